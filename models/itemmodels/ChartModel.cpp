#include "ChartModel.h"

#include "FilterEngine.h"
#include "PostingFormat.h"
#include "PostingStore.h"
#include "PostingTypes.h"
#include "Workspace.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace jobexplorer {

namespace {

constexpr int topSkills = 10;
constexpr int topValues = 10;
constexpr int maxSalaryBins = 12;
constexpr double minSalaryBinWidth = 5000; // narrower pay bands mean little

struct KindInfo
{
    ChartModel::Kind kind;
    const char *key;
    const char *name;
};

constexpr std::array<KindInfo, 7> kindInfo{{
    {ChartModel::Kind::Skills, "skills", QT_TRANSLATE_NOOP("jobexplorer::ChartModel", "Skill demand")},
    {ChartModel::Kind::Seniority, "seniority", QT_TRANSLATE_NOOP("jobexplorer::ChartModel", "Seniority")},
    {ChartModel::Kind::Roles, "roles", QT_TRANSLATE_NOOP("jobexplorer::ChartModel", "Role family")},
    {ChartModel::Kind::WorkMode, "workmode", QT_TRANSLATE_NOOP("jobexplorer::ChartModel", "Work mode")},
    {ChartModel::Kind::Types, "types", QT_TRANSLATE_NOOP("jobexplorer::ChartModel", "Employment type")},
    {ChartModel::Kind::Locations, "locations", QT_TRANSLATE_NOOP("jobexplorer::ChartModel", "Top locations")},
    {ChartModel::Kind::Salary, "salary", QT_TRANSLATE_NOOP("jobexplorer::ChartModel", "Annual salary")},
}};

std::optional<Facet> facetOf(ChartModel::Kind kind)
{
    switch (kind) {
    case ChartModel::Kind::Skills:
        return Facet::Skill;
    case ChartModel::Kind::Seniority:
        return Facet::Seniority;
    case ChartModel::Kind::Roles:
        return Facet::Role;
    case ChartModel::Kind::WorkMode:
        return Facet::WorkMode;
    case ChartModel::Kind::Types:
        return Facet::EmploymentType;
    case ChartModel::Kind::Locations:
        return Facet::Location;
    case ChartModel::Kind::Salary:
        break;
    }
    return std::nullopt;
}

// A bin width of 1, 2, 2.5 or 5 times a power of ten that covers span in at most maxBins bins.
double niceBinWidth(double span, int maxBins)
{
    if (span <= 0)
        return 10000;
    const double rough = span / maxBins;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= rough)
            return step * magnitude;
    }
    return 10 * magnitude;
}

QString percentText(double percent)
{
    return QString::number(percent, 'f', 1);
}

} // namespace

QString ChartModel::key(Kind kind)
{
    for (const KindInfo &info : kindInfo) {
        if (info.kind == kind)
            return QString::fromLatin1(info.key);
    }
    return {};
}

std::optional<ChartModel::Kind> ChartModel::fromKey(QStringView key)
{
    for (const KindInfo &info : kindInfo) {
        if (key.compare(QLatin1String(info.key), Qt::CaseInsensitive) == 0)
            return info.kind;
    }
    return std::nullopt;
}

QString ChartModel::name(Kind kind)
{
    for (const KindInfo &info : kindInfo) {
        if (info.kind == kind)
            return tr(info.name);
    }
    return {};
}

ChartModel::ChartModel(Workspace *workspace, Kind kind, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_kind(kind),
      m_topCount(kind == Kind::Skills ? topSkills : topValues)
{
    connect(workspace, &Workspace::filterChanged, this, &ChartModel::update);
    update();
}

void ChartModel::setActive(bool active)
{
    m_active = active;
    if (active)
        refresh();
}

void ChartModel::refresh()
{
    if (!m_stale)
        return;
    beginResetModel();
    compute();
    endResetModel();
}

void ChartModel::retranslate()
{
    update();
}

void ChartModel::update()
{
    m_stale = true;
    if (m_active)
        refresh();
}

void ChartModel::compute()
{
    m_stale = false;
    m_rows.clear();
    m_currency.clear();
    m_withSalary = m_otherCurrency = 0;
    m_hasPublished = false;
    m_publishedLabel.clear();
    const PostingStore *store = m_workspace->store();
    m_matches = store ? m_workspace->result().matchCount() : 0;
    m_total = store ? store->size() : 0;
    if (!store)
        return;
    switch (m_kind) {
    case Kind::Skills:
        computeSkills();
        break;
    case Kind::Salary:
        computeSalary();
        break;
    default:
        computeFacet();
        break;
    }
}

void ChartModel::computeSkills()
{
    const PostingStore &store = *m_workspace->store();
    const FilterResult &result = m_workspace->result();

    // The report's share of each skill over its whole sample, where it publishes one: the
    // complete frequency table first, then any other table naming the skill.
    QHash<QString, double> published;
    int publishedTotal = 0;
    const auto &frequencies = m_workspace->reference().skillFrequencies;
    for (const bool completeTable : {true, false}) {
        for (const SkillFrequencyRecord &record : frequencies) {
            const bool isComplete = record.table == QLatin1String("Complete Skills Frequency Table");
            if (isComplete != completeTable || record.skill.isEmpty() || !record.percent ||
                published.contains(record.skill))
                continue;
            published.insert(record.skill, *record.percent);
            if (record.total)
                publishedTotal = std::max(publishedTotal, *record.total);
        }
    }
    m_hasPublished = !published.isEmpty();
    if (m_hasPublished) {
        m_publishedLabel = publishedTotal > 0
                               ? tr("Report (all %1)").arg(PostingFormat::postingCount(publishedTotal))
                               : tr("Report");
    }

    if (m_matches == 0)
        return;
    for (const int skill : result.topSkills) {
        if (m_rows.size() >= m_topCount)
            break;
        Row row;
        row.label = store.skillName(skill);
        row.count = result.skillCounts[static_cast<std::size_t>(skill)];
        row.share = 100.0 * row.count / m_matches;
        row.categoryId = store.skillCategory(skill);
        row.category = skillCategoryLabel(store.categoryName(row.categoryId));
        row.value = skill;
        if (const auto it = published.constFind(row.label); it != published.cend())
            row.published = *it;
        m_rows.append(row);
    }
}

void ChartModel::computeFacet()
{
    const Facet facet = *facetOf(m_kind);
    const FilterEngine &engine = *m_workspace->engine();
    const FilterResult &result = m_workspace->result();
    // The facet's own counts ignore its own selection; the chart shows the matches only.
    std::vector<int> counts;
    if (m_kind == Kind::Locations)
        counts = engine.countPrimaryPlaces(result.rows);
    else if (m_workspace->filter().facet(facet).isEmpty())
        counts = result.counts(facet);
    else
        counts = engine.countAmong(facet, result.rows);

    for (int value = 0; value < static_cast<int>(counts.size()); ++value) {
        const int count = counts[static_cast<std::size_t>(value)];
        if (count == 0)
            continue;
        Row row;
        row.label = engine.valueName(facet, value);
        row.count = count;
        row.share = m_matches > 0 ? 100.0 * count / m_matches : 0;
        row.value = value;
        m_rows.append(row);
    }
    const bool ordinal = m_kind == Kind::Seniority || m_kind == Kind::WorkMode;
    if (ordinal) {
        // Levels and modes keep their natural order, "unknown" (value 0) last.
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [](const Row &a, const Row &b) { return (a.value == 0) < (b.value == 0); });
    } else {
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
            return a.count != b.count ? a.count > b.count : a.label.localeAwareCompare(b.label) < 0;
        });
        if (m_rows.size() > m_topCount)
            m_rows.resize(m_topCount);
    }
}

void ChartModel::computeSalary()
{
    const PostingStore &store = *m_workspace->store();
    const FilterEngine &engine = *m_workspace->engine();
    const SalaryStatistics &stats = m_workspace->result().salary;
    m_currency = stats.currency;
    m_withSalary = stats.withSalary;
    m_otherCurrency = stats.otherCurrency;
    if (m_withSalary == 0)
        return;

    std::vector<double> midpoints;
    midpoints.reserve(static_cast<std::size_t>(m_withSalary));
    std::int32_t code = -1;
    for (const int row : m_workspace->result().rows) {
        if (!store.hasSalary(row))
            continue;
        if (code < 0 && store.currency(row) == m_currency)
            code = store.currencyCode(row);
        if (store.currencyCode(row) == code)
            midpoints.push_back(engine.salaryMidpoint(row));
    }
    if (midpoints.empty())
        return;
    const auto [lowest, highest] = std::minmax_element(midpoints.begin(), midpoints.end());
    double width = std::max(minSalaryBinWidth, niceBinWidth(*highest - *lowest, maxSalaryBins));
    double low = std::floor(*lowest / width) * width;
    int bins = std::max(1, static_cast<int>(std::floor((*highest - low) / width)) + 1);
    while (bins > maxSalaryBins) { // floor() of both ends can add a bin
        width = niceBinWidth(width * (bins + 1), maxSalaryBins);
        low = std::floor(*lowest / width) * width;
        bins = std::max(1, static_cast<int>(std::floor((*highest - low) / width)) + 1);
    }
    std::vector<int> counts(static_cast<std::size_t>(bins), 0);
    for (const double midpoint : midpoints)
        ++counts[static_cast<std::size_t>(
            std::clamp(static_cast<int>((midpoint - low) / width), 0, bins - 1))];
    for (int bin = 0; bin < bins; ++bin) {
        Row row;
        row.low = low + bin * width;
        row.high = row.low + width;
        row.label = tr("%1–%2").arg(PostingFormat::compactMoney(row.low, m_currency),
                                    PostingFormat::compactMoney(row.high, m_currency));
        row.count = counts[static_cast<std::size_t>(bin)];
        row.share = 100.0 * row.count / static_cast<double>(midpoints.size());
        m_rows.append(row);
    }
}

QString ChartModel::title() const
{
    const QString chart = name(m_kind);
    if (!m_workspace->store())
        return chart;
    if (m_matches == 0)
        return tr("%1 · no matching postings").arg(chart);
    if (m_kind == Kind::Salary) {
        if (m_withSalary == 0)
            return tr("%1 · none of %2 states a salary").arg(chart, PostingFormat::postingCount(m_matches));
        QString title = tr("%1 (%2) · %3 of %4 state one")
                            .arg(chart, m_currency, QLocale().toString(m_withSalary),
                                 PostingFormat::postingCount(m_matches));
        if (m_otherCurrency > 0)
            title += tr(" · %Ln in other currencies left out", nullptr, m_otherCurrency);
        return title;
    }
    if (m_matches == m_total)
        return tr("%1 · %2").arg(chart, PostingFormat::postingCount(m_matches));
    return tr("%1 · %2 of %3")
        .arg(chart, QLocale().toString(m_matches), PostingFormat::postingCount(m_total));
}

void ChartModel::toggle(int row)
{
    if (row < 0 || row >= m_rows.size() || !m_workspace->engine())
        return;
    const Row &r = m_rows.at(row);
    Filter filter = m_workspace->filter();
    if (m_kind == Kind::Salary) {
        // The bin is in the chart's currency: the range is too.
        const Range bin{r.low, r.high};
        const bool selected = isSelected(row);
        filter.salary = selected ? Range{} : bin;
        filter.salaryCurrency =
            selected || m_currency == m_workspace->engine()->defaultSalaryCurrency() ? QString() : m_currency;
    } else {
        filter.toggle(*facetOf(m_kind), r.value, filter.skillMatch());
    }
    m_workspace->setFilter(filter);
}

bool ChartModel::isSelected(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const Row &r = m_rows.at(row);
    if (m_kind == Kind::Salary) {
        const Filter &filter = m_workspace->filter();
        return filter.salary == Range{r.low, r.high} && m_workspace->engine() &&
               m_workspace->engine()->salaryCurrency(filter) == m_currency;
    }
    return m_workspace->filter().isSelected(*facetOf(m_kind), r.value);
}

int ChartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ChartModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    if (m_kind != Kind::Skills)
        return ShareColumn + 1;
    return m_hasPublished ? PublishedColumn + 1 : CategoryColumn + 1;
}

QVariant ChartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    if (role == ValueRole) {
        switch (column) {
        case CountColumn:
            return row.count;
        case ShareColumn:
            return row.share;
        case CategoryColumn:
            return row.categoryId;
        case PublishedColumn:
            return row.published ? QVariant(*row.published) : QVariant();
        default:
            return {};
        }
    }
    if (role == ExportRole) {
        switch (column) {
        case CountColumn:
            return QString::number(row.count);
        case ShareColumn:
            return percentText(row.share);
        case PublishedColumn:
            return row.published ? percentText(*row.published) : QString();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (column == CountColumn || column == ShareColumn || column == PublishedColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case LabelColumn:
        return row.label;
    case CountColumn:
        return QLocale().toString(row.count);
    case ShareColumn:
        return tr("%1%").arg(QLocale().toString(row.share, 'f', 0));
    case CategoryColumn:
        return row.category;
    case PublishedColumn:
        return row.published ? tr("%1%").arg(QLocale().toString(*row.published, 'f', 0)) : QString();
    default:
        return {};
    }
}

QVariant ChartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        switch (m_kind) {
        case Kind::Skills:
            return tr("Skill");
        case Kind::Seniority:
            return tr("Seniority");
        case Kind::Roles:
            return tr("Role family");
        case Kind::WorkMode:
            return tr("Work mode");
        case Kind::Types:
            return tr("Employment type");
        case Kind::Locations:
            return tr("Location");
        case Kind::Salary:
            return tr("Annual salary (%1)").arg(m_currency);
        }
        return {};
    case CountColumn:
        return tr("Postings");
    case ShareColumn:
        return m_kind == Kind::Salary ? tr("Share of postings with a salary")
                                      : tr("Share of matching postings");
    case CategoryColumn:
        return tr("Category");
    case PublishedColumn:
        return tr("Published share");
    default:
        return {};
    }
}

} // namespace jobexplorer
