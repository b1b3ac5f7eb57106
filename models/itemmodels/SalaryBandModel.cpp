#include "SalaryBandModel.h"

#include "FilterEngine.h"
#include "PostingFormat.h"
#include "PostingStore.h"
#include "SalaryRanges.h"
#include "SalaryStatistics.h"
#include "Workspace.h"

#include <QLocale>

#include <algorithm>

namespace jobexplorer {

// The texts keep the contexts they were first translated in: the salary band chart's and its
// table's (lupdate needs each context spelled out).

namespace {

std::optional<SalaryBandModel::Interval> bandOf(const QList<SalaryBandRecord> &bands, Seniority level)
{
    const std::optional<SalaryBandRecord> band = SalaryRanges::referenceBand(bands, level);
    if (!band)
        return std::nullopt;
    const std::optional<double> low = SalaryRanges::annualMinimum(*band);
    const std::optional<double> high = SalaryRanges::annualMaximum(*band);
    if (!low || !high)
        return std::nullopt;
    return SalaryBandModel::Interval{*low, *high};
}

} // namespace

SalaryBandModel::SalaryBandModel(const Workspace *workspace, QObject *parent)
    : SalaryBandModel(workspace, std::numeric_limits<int>::max(), parent)
{
}

SalaryBandModel::SalaryBandModel(const Workspace *workspace, int maximumPostings, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_maximumPostings(maximumPostings)
{
    connect(workspace, &Workspace::filterChanged, this, &SalaryBandModel::update);
    update();
}

QString SalaryBandModel::name()
{
    return QCoreApplication::translate("jobexplorer::SalaryBandChart", "Salary bands");
}

void SalaryBandModel::setMaximumPostings(int count)
{
    if (count == m_maximumPostings)
        return;
    m_maximumPostings = count;
    update();
}

void SalaryBandModel::setActive(bool active)
{
    m_active = active;
    if (active)
        refresh();
}

void SalaryBandModel::refresh()
{
    if (!m_stale)
        return;
    beginResetModel();
    compute();
    endResetModel();
}

void SalaryBandModel::retranslate()
{
    update();
}

void SalaryBandModel::update()
{
    m_stale = true;
    if (m_active)
        refresh();
}

void SalaryBandModel::compute()
{
    m_stale = false;
    m_rows.clear();
    m_perPosting = true;
    m_hasBands = false;
    m_title = name();
    m_note.clear();
    m_currency.clear();
    const PostingStore *store = m_workspace->store();
    if (!store) {
        m_emptyText = QCoreApplication::translate("jobexplorer::SalaryBandChart", "No database open");
        return;
    }
    const FilterResult &result = m_workspace->result();
    const SalaryStatistics &stats = result.salary;
    m_currency = stats.currency;
    const std::vector<PostingSalaryRange> ranges = SalaryRanges::of(*store, result.rows, stats.currency);

    m_note = QCoreApplication::translate("jobexplorer::SalaryBandChart", "%1 with a salary of %2 matching")
                 .arg(QLocale().toString(static_cast<int>(ranges.size())),
                      PostingFormat::postingCount(result.matchCount()));
    if (!stats.currency.isEmpty())
        m_note +=
            QStringLiteral(" · ") +
            QCoreApplication::translate("jobexplorer::SalaryBandChart", "annual, %1").arg(stats.currency);
    const QString leftOut = stats.leftOutText(result.matchCount());
    if (!leftOut.isEmpty() && !ranges.empty())
        m_note += QStringLiteral(" · ") +
                  QCoreApplication::translate("jobexplorer::SalaryBandChart", "left out: %1").arg(leftOut);
    m_emptyText = QCoreApplication::translate("jobexplorer::SalaryBandChart",
                                              "None of the matching postings states a salary.");
    if (ranges.empty())
        return;

    const QList<SalaryBandRecord> &bands = m_workspace->reference().salaryBands;
    m_perPosting = ranges.size() <= static_cast<std::size_t>(std::max(m_maximumPostings, 0));
    if (m_perPosting)
        addPostingRows(ranges, bands);
    else
        addLevelRows(ranges, bands);
    m_hasBands =
        std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.band.has_value(); });
}

void SalaryBandModel::addPostingRows(const std::vector<PostingSalaryRange> &ranges,
                                     const QList<SalaryBandRecord> &bands)
{
    m_title = QCoreApplication::translate("jobexplorer::SalaryBandChart", "Salary bands · %1 by midpoint")
                  .arg(PostingFormat::postingCount(static_cast<qsizetype>(ranges.size())));
    // Highest midpoint on top.
    for (auto it = ranges.rbegin(); it != ranges.rend(); ++it) {
        Row row;
        const QString company =
            it->company.isEmpty()
                ? QCoreApplication::translate("jobexplorer::SalaryBandChart", "(no company)")
                : it->company;
        row.label =
            QCoreApplication::translate("jobexplorer::SalaryBandChart", "%1 · %2").arg(company, it->title);
        row.range = Interval{it->minimum, it->maximum};
        row.midpoint = it->midpoint;
        row.postingId = it->postingId;
        row.band = bandOf(bands, it->level);
        const QString level = Vocabulary::label(Vocabulary::seniorities, it->level);
        row.toolTip =
            QCoreApplication::translate("jobexplorer::SalaryBandChart", "%1\n%2 · %3\n%4 (midpoint %5)")
                .arg(it->title, company, level,
                     PostingFormat::salaryRange(it->minimum, it->maximum, m_currency),
                     PostingFormat::money(it->midpoint, m_currency));
        if (row.band)
            row.toolTip +=
                QLatin1Char('\n') +
                QCoreApplication::translate("jobexplorer::SalaryBandChart", "Published band for %1: %2")
                    .arg(level, PostingFormat::salaryRange(row.band->first, row.band->second, m_currency));
        m_rows.append(row);
    }
}

void SalaryBandModel::addLevelRows(const std::vector<PostingSalaryRange> &ranges,
                                   const QList<SalaryBandRecord> &bands)
{
    m_title =
        QCoreApplication::translate("jobexplorer::SalaryBandChart", "Salary bands · %1 postings by level")
            .arg(QLocale().toString(static_cast<int>(ranges.size())));
    for (const auto &entry : Vocabulary::seniorities) {
        std::vector<double> midpoints;
        double lowest = std::numeric_limits<double>::max(), highest = std::numeric_limits<double>::lowest();
        for (const PostingSalaryRange &range : ranges) {
            if (range.level != entry.value)
                continue;
            midpoints.push_back(range.midpoint);
            lowest = std::min(lowest, range.minimum);
            highest = std::max(highest, range.maximum);
        }
        if (midpoints.empty())
            continue;
        SalaryStatistics level;
        level.setMidpoints(midpoints);
        Row row;
        const QString name = Vocabulary::label(Vocabulary::seniorities, entry.value);
        row.label = QCoreApplication::translate("jobexplorer::SalaryBandChart", "%1 (%2)")
                        .arg(name, QLocale().toString(level.withSalary));
        row.box =
            Quartiles{level.minimum, level.firstQuartile, level.median, level.thirdQuartile, level.maximum};
        row.extremes = Interval{lowest, highest};
        row.band = bandOf(bands, entry.value);
        row.toolTip =
            QCoreApplication::translate("jobexplorer::SalaryBandChart",
                                        "%1: %2 postings\nmedian %3, middle half %4\nranges from %5")
                .arg(name, QLocale().toString(level.withSalary),
                     PostingFormat::money(level.median, m_currency),
                     PostingFormat::salaryRange(level.firstQuartile, level.thirdQuartile, m_currency),
                     PostingFormat::salaryRange(lowest, highest, m_currency));
        m_rows.append(row);
    }
}

int SalaryBandModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SalaryBandModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> SalaryBandModel::value(const Row &row, int column) const
{
    switch (column) {
    case MinimumColumn:
        return row.box     ? std::optional(row.box->minimum)
               : row.range ? std::optional(row.range->first)
                           : std::nullopt;
    case FirstQuartileColumn:
        return row.box ? std::optional(row.box->firstQuartile) : std::nullopt;
    case MidpointColumn:
        return row.box ? std::optional(row.box->median) : row.midpoint;
    case ThirdQuartileColumn:
        return row.box ? std::optional(row.box->thirdQuartile) : std::nullopt;
    case MaximumColumn:
        return row.box     ? std::optional(row.box->maximum)
               : row.range ? std::optional(row.range->second)
                           : std::nullopt;
    case LowestMinimumColumn:
        return row.extremes ? std::optional(row.extremes->first) : std::nullopt;
    case HighestMaximumColumn:
        return row.extremes ? std::optional(row.extremes->second) : std::nullopt;
    case BandFromColumn:
        return row.band ? std::optional(row.band->first) : std::nullopt;
    case BandToColumn:
        return row.band ? std::optional(row.band->second) : std::nullopt;
    default:
        return std::nullopt;
    }
}

QVariant SalaryBandModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == PostingIdRole)
        return QVariant::fromValue(row.postingId);
    if (index.column() == LabelColumn) {
        if (role == Qt::DisplayRole || role == ExportRole)
            return row.label;
        if (role == Qt::ToolTipRole)
            return row.toolTip;
        return {};
    }
    const std::optional<double> v = value(row, index.column());
    switch (role) {
    case Qt::DisplayRole:
        return v ? PostingFormat::money(*v, m_currency) : QString();
    case ValueRole:
        return v ? QVariant(*v) : QVariant();
    case ExportRole:
        return v ? QString::number(*v, 'f', 0) : QString();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant SalaryBandModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return QCoreApplication::translate("jobexplorer::RangeChartTableModel", "Row");
    case MinimumColumn:
        return QCoreApplication::translate("jobexplorer::RangeChartTableModel", "Minimum");
    case FirstQuartileColumn:
        return QCoreApplication::translate("jobexplorer::RangeChartTableModel", "First quartile");
    case MidpointColumn:
        return QCoreApplication::translate("jobexplorer::RangeChartTableModel", "Midpoint or median");
    case ThirdQuartileColumn:
        return QCoreApplication::translate("jobexplorer::RangeChartTableModel", "Third quartile");
    case MaximumColumn:
        return QCoreApplication::translate("jobexplorer::RangeChartTableModel", "Maximum");
    case LowestMinimumColumn:
        return QCoreApplication::translate("jobexplorer::RangeChartTableModel", "Lowest minimum");
    case HighestMaximumColumn:
        return QCoreApplication::translate("jobexplorer::RangeChartTableModel", "Highest maximum");
    case BandFromColumn:
        return QCoreApplication::translate("jobexplorer::RangeChartTableModel", "Published band from");
    case BandToColumn:
        return QCoreApplication::translate("jobexplorer::RangeChartTableModel", "Published band to");
    default:
        return {};
    }
}

} // namespace jobexplorer
