#include "PostingImporter.h"

#include "DatasetReader.h"
#include "DatasetWriter.h"
#include "LocationNormalizer.h"
#include "PostingDatabase.h"
#include "PostingNormalizer.h"
#include "PostingStore.h"
#include "SalaryText.h"
#include "SqliteStatement.h"
#include "TextFolding.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace jobexplorer {

namespace {

using Field = ImportMapping::Field;

constexpr int ProgressEvery = 512; // rows between progress calls
// A salary without a period written or mapped below this amount is taken as hourly, else yearly.
constexpr double HourlyBelow = 1000;
constexpr int MaxListedSkillLength = 60;
// rememberStored() reserves room for at most this many stored postings' keys up front.
constexpr std::int64_t MaxReservedKeys = 4'000'000;

// Splits a listed skill set: a JSON list (["Python", "SQL"]), or items separated by ';', else
// by ',', '|' or line breaks.
QStringList splitListed(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QStringList items;
    if (t.startsWith(QLatin1Char('['))) {
        const QJsonDocument document = QJsonDocument::fromJson(t.toUtf8());
        if (document.isArray()) {
            const QJsonArray array = document.array();
            for (const QJsonValue &value : array)
                items << value.toString();
            return items;
        }
    }
    static const QRegularExpression semicolon(QStringLiteral("[;\\n]"));
    static const QRegularExpression other(QStringLiteral("[,|\\n]"));
    items = t.contains(QLatin1Char(';')) ? t.split(semicolon) : t.split(other);
    for (QString &item : items) {
        item = item.trimmed();
        while (item.startsWith(QLatin1Char('"')) || item.startsWith(QLatin1Char('\'')) ||
               item.startsWith(QLatin1Char('[')))
            item.remove(0, 1);
        while (item.endsWith(QLatin1Char('"')) || item.endsWith(QLatin1Char('\'')) ||
               item.endsWith(QLatin1Char(']')))
            item.chop(1);
        item = item.trimmed();
    }
    items.removeAll(QString());
    return items;
}

bool isProse(const QString &item)
{
    return item.size() > MaxListedSkillLength ||
           item.count(QLatin1Char(' ')) >= PostingImporter::MaxListedSkillWords;
}

QString placeKey(const PostingRecord &posting)
{
    if (posting.locations.isEmpty())
        return {};
    const LocationRecord &l = posting.locations.constFirst();
    if (l.city.isEmpty() && l.region.isEmpty() && l.country.isEmpty())
        return foldForSearch(l.text.isEmpty() ? l.metroArea : l.text);
    return foldForSearch(l.city % QLatin1Char(',') % l.region % QLatin1Char(',') % l.country);
}

// How exports write "no value".
bool isNoValue(const QString &text)
{
    return text.size() <= 6 && (text.compare(QLatin1String("[None]"), Qt::CaseInsensitive) == 0 ||
                                text.compare(QLatin1String("None"), Qt::CaseInsensitive) == 0 ||
                                text.compare(QLatin1String("N/A"), Qt::CaseInsensitive) == 0 ||
                                text.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0 ||
                                text.compare(QLatin1String("NaN"), Qt::CaseInsensitive) == 0);
}

// "120000-150000 USD year": a stated salary as text, for a source that gives only amounts.
QString salaryRangeText(const SalaryRecord &salary, const QString &periodText)
{
    const QLocale c = QLocale::c();
    QString range = salary.min && salary.max && *salary.min != *salary.max
                        ? c.toString(*salary.min, 'f', 0) % QLatin1Char('-') % c.toString(*salary.max, 'f', 0)
                        : c.toString(salary.min.value_or(salary.max.value_or(0)), 'f', 0);
    return range % QLatin1Char(' ') % salary.currency %
           (periodText.isEmpty() ? QString() : QLatin1Char(' ') % periodText);
}

} // namespace

PostingImporter::PostingImporter(Dataset base, bool recogniseSkills)
    : m_dataset(std::move(base)), m_recognise(recogniseSkills)
{
    m_recognizer = std::make_unique<SkillRecognizer>(m_dataset.skills);
    m_columns.fill(-1);
    for (const PostingRecord &posting : std::as_const(m_dataset.postings))
        remember(posting);
}

PostingImporter::~PostingImporter() = default;

void PostingImporter::setMapping(const ImportMapping &mapping, const QStringList &header)
{
    m_columns = mapping.resolve(header);
    m_header = header;
}

QString PostingImporter::duplicateKey(const PostingRecord &posting) const
{
    return foldForSearch(posting.company) % QLatin1Char('\x1f') % foldForSearch(posting.title) %
           QLatin1Char('\x1f') % placeKey(posting) % QLatin1Char('\x1f') %
           posting.postedDate.toString(Qt::ISODate);
}

void PostingImporter::remember(const PostingRecord &posting)
{
    if (!posting.sourceId.isEmpty())
        m_sourceIds.insert(posting.sourceId);
    m_keys.insert(duplicateKey(posting));
}

bool PostingImporter::add(PostingRecord posting)
{
    if (!posting.sourceId.isEmpty() && m_sourceIds.contains(posting.sourceId))
        return false;
    // The key is made once: folding is a good part of converting a row.
    QString key = duplicateKey(posting);
    if (m_keys.contains(key))
        return false;
    if (!posting.sourceId.isEmpty())
        m_sourceIds.insert(posting.sourceId);
    m_keys.insert(std::move(key));
    m_dataset.postings.append(std::move(posting));
    return true;
}

int PostingImporter::skillFor(const QString &listed)
{
    const int known = m_recognizer->find(listed);
    if (known >= 0)
        return known;
    // Lightcast qualifies names: "Python (Programming Language)".
    if (const qsizetype open = listed.indexOf(QLatin1String(" ("));
        open > 0 && listed.endsWith(QLatin1Char(')'))) {
        if (const int bare = m_recognizer->find(listed.left(open)); bare >= 0)
            return bare;
    }
    if (std::none_of(m_dataset.skillCategories.cbegin(), m_dataset.skillCategories.cend(),
                     [](const SkillCategoryRecord &c) { return c.key == uncategorisedKey(); }))
        m_dataset.skillCategories.append({uncategorisedKey(), tr("Uncategorised")});
    // PostingStore keeps skill ids in 16 bits; beyond that a listed skill is left out.
    if (m_dataset.skills.size() >= PostingStore::maxSkills)
        return -1;
    const SkillRecord skill{listed, uncategorisedKey(), {}};
    m_dataset.skills.append(skill);
    ++m_newSkills;
    return m_recognizer->add(skill);
}

void PostingImporter::linkSkills(PostingRecord &posting, const QString &listed, const QString &text)
{
    QSet<int> linked;
    QString prose = text;
    const QStringList items = splitListed(listed);
    for (const QString &item : items) {
        if (isProse(item)) {
            prose += QLatin1Char('\n') % item;
            continue;
        }
        const int skill = skillFor(item);
        if (skill < 0 || linked.contains(skill))
            continue;
        linked.insert(skill);
        posting.skills.append({m_dataset.skills.at(skill).name, Requirement::Unspecified, item});
    }
    if (!m_recognise || prose.isEmpty())
        return;
    const QList<SkillRecognizer::Match> found = m_recognizer->recognise(prose);
    for (const SkillRecognizer::Match &match : found) {
        if (linked.contains(match.skill))
            continue;
        linked.insert(match.skill);
        posting.skills.append({m_dataset.skills.at(match.skill).name, Requirement::Unspecified,
                               recognisedPrefix() % match.mention});
    }
}

// One row's values by field, through the mapping's columns.
class PostingImporter::RowValues
{
public:
    RowValues(const ImportSource::Row &row, const std::array<int, ImportMapping::FieldCount> &columns,
              const QStringList &header)
        : m_row(row), m_columns(columns), m_header(header)
    {
    }

    // The trimmed text, empty for a missing column or an export's "no value".
    QString value(Field field) const
    {
        const int column = m_columns[std::size_t(field)];
        if (column < 0 || column >= m_row.fields.size())
            return {};
        const QString text = m_row.fields.at(column).trimmed();
        return isNoValue(text) ? QString() : text;
    }

    QString columnName(Field field) const
    {
        const int column = m_columns[std::size_t(field)];
        return column >= 0 && column < m_header.size() ? m_header.at(column) : ImportMapping::fieldKey(field);
    }

private:
    const ImportSource::Row &m_row;
    const std::array<int, ImportMapping::FieldCount> &m_columns;
    const QStringList &m_header;
};

std::optional<PostingRecord> PostingImporter::convert(const ImportSource::Row &row, RejectedRow *problem)
{
    const RowValues values(row, m_columns, m_header);
    auto value = [&](Field field) { return values.value(field); };
    auto reject = [&](const Problem &bad) -> std::optional<PostingRecord> {
        *problem = {row.line, values.columnName(bad.field), bad.reason};
        return std::nullopt;
    };

    PostingRecord p;
    p.title = value(Field::Title);
    if (p.title.isEmpty())
        return reject({Field::Title, tr("no title")});
    p.sourceId = value(Field::SourceId);
    p.company = value(Field::Company);
    p.sourceUrl = value(Field::SourceUrl);
    p.industry = value(Field::Industry);
    p.companySize = value(Field::CompanySize);
    p.notes = value(Field::Notes);
    p.roleFamily = value(Field::RoleFamily);
    if (p.roleFamily.isEmpty())
        p.roleFamily = PostingNormalizer::roleFamily(p.title);

    // Experience, then seniority (which may be taken from the years).
    if (const std::optional<Problem> bad = readExperience(values, p))
        return reject(*bad);
    const auto level = PostingNormalizer::seniority(value(Field::Seniority), p.title, p.experienceMin);
    p.seniority = level.level;
    p.seniorityText = level.text;

    p.employmentType = PostingNormalizer::employmentType(value(Field::EmploymentType));
    readWorkMode(values, p);
    readLocations(values, p);
    if (const std::optional<Problem> bad = readSalary(values, p.salary))
        return reject(*bad);

    if (const QString posted = value(Field::PostedDate); !posted.isEmpty()) {
        const auto date = PostingNormalizer::date(posted);
        if (!date)
            return reject({Field::PostedDate, tr("\"%1\" is not a date").arg(posted)});
        p.postedDate = *date;
    }

    linkSkills(p, value(Field::Skills), p.title % QLatin1Char('\n') % value(Field::Description));
    return p;
}

std::optional<PostingImporter::Problem> PostingImporter::readExperience(const RowValues &values,
                                                                        PostingRecord &p)
{
    for (const Field field : {Field::ExperienceMin, Field::ExperienceMax}) {
        const QString text = values.value(field);
        if (text.isEmpty())
            continue;
        const auto years = PostingNormalizer::amount(text);
        if (!years || *years < 0)
            return Problem{field, tr("\"%1\" is not a number of years").arg(text)};
        (field == Field::ExperienceMin ? p.experienceMin : p.experienceMax) = years;
    }
    p.experienceText = values.value(Field::ExperienceText);
    if (!p.experienceText.isEmpty() && !p.experienceMin && !p.experienceMax &&
        !PostingNormalizer::parseExperience(p.experienceText, p.experienceMin, p.experienceMax))
        return Problem{Field::ExperienceText,
                       tr("\"%1\" states no years of experience").arg(p.experienceText)};
    if (p.experienceMin && p.experienceMax && *p.experienceMin > *p.experienceMax)
        return Problem{Field::ExperienceMin, tr("minimum years above maximum years")};
    if (p.experienceText.isEmpty() && (p.experienceMin || p.experienceMax)) {
        const QLocale c = QLocale::c();
        if (p.experienceMin && p.experienceMax)
            p.experienceText = c.toString(*p.experienceMin) % QLatin1Char('-') % c.toString(*p.experienceMax);
        else
            p.experienceText = p.experienceMin ? QString(c.toString(*p.experienceMin) % QLatin1Char('+'))
                                               : QString(QLatin1String("0-") % c.toString(*p.experienceMax));
    }
    return std::nullopt;
}

void PostingImporter::readWorkMode(const RowValues &values, PostingRecord &p)
{
    p.workModeText = values.value(Field::WorkMode);
    if (const auto mode = PostingNormalizer::workMode(p.workModeText))
        p.workMode = *mode;
    if (p.workMode == WorkMode::Unknown &&
        PostingNormalizer::flag(values.value(Field::RemoteAllowed)).value_or(false)) {
        p.workMode = WorkMode::Remote;
        p.workModeText = values.value(Field::RemoteAllowed);
    }
}

// Places: a location text (several separated by ';'), or city/region/country columns. A remote
// location text makes an unknown work mode remote.
void PostingImporter::readLocations(const RowValues &values, PostingRecord &p)
{
    const QString locationText = values.value(Field::Location);
    if (!locationText.isEmpty()) {
        p.locations = LocationNormalizer::locations(locationText);
        if (p.workMode == WorkMode::Unknown &&
            LocationNormalizer::isRemoteText(locationText.section(QLatin1Char(';'), 0, 0))) {
            p.workMode = WorkMode::Remote;
            p.workModeText = locationText;
        }
    }
    if (!p.locations.isEmpty())
        return;
    // Separate columns; Lightcast writes the state into the city too ("Austin, TX").
    const QString city = values.value(Field::City);
    LocationRecord place =
        city.contains(QLatin1Char(','))
            ? LocationNormalizer::location(city)
            : LocationRecord{city, values.value(Field::Region), values.value(Field::Country), {}, {}};
    if (place.region.isEmpty())
        place.region = values.value(Field::Region);
    if (place.country.isEmpty())
        place.country = values.value(Field::Country);
    QStringList parts;
    for (const QString &part : {place.city, place.region, place.country}) {
        if (!part.isEmpty())
            parts << part;
    }
    const QString metro = values.value(Field::MetroArea);
    place.text = parts.isEmpty() ? metro : parts.join(QLatin1String(", "));
    if (!place.text.isEmpty()) {
        // Our metro names for the major metros, so that sources agree; the source's otherwise.
        place.metroArea.clear();
        LocationNormalizer::complete(place);
        if (place.metroArea.isEmpty())
            place.metroArea = metro;
        p.locations << place;
    }
}

std::optional<PostingImporter::Problem> PostingImporter::readSalary(const RowValues &values,
                                                                    SalaryRecord &salary)
{
    // Each salary cell is read with the currency and period written beside its amounts.
    struct Cell
    {
        Field field;
        SalaryText text;
    };
    QList<Cell> cells;
    for (const Field field : {Field::SalaryMin, Field::SalaryMax, Field::SalaryMedian}) {
        const QString text = values.value(field);
        if (text.isEmpty())
            continue;
        QString problem;
        const auto read = SalaryText::read(text, &problem);
        if (!read)
            return Problem{field, problem};
        if (read->amountCount > 1)
            return Problem{field, tr("salary “%1” is a range where one amount belongs; map the column as "
                                     "“%2”")
                                      .arg(text, ImportMapping::fieldLabel(Field::SalaryText))};
        const double amount = read->min.value_or(read->max.value_or(0));
        if (field == Field::SalaryMin)
            salary.min = amount;
        else if (field == Field::SalaryMax)
            salary.max = amount;
        else if (!salary.min && !salary.max)
            salary.min = salary.max = amount;
        cells.append({field, *read});
    }
    const QString salaryText = values.value(Field::SalaryText);
    if (!salary.isStated() && !salaryText.isEmpty()) {
        QString problem;
        const auto read = SalaryText::read(salaryText, &problem);
        if (!read)
            return Problem{Field::SalaryText, problem};
        salary.min = read->min;
        salary.max = read->max;
        cells.append({Field::SalaryText, *read});
    }
    if (!salary.isStated())
        return std::nullopt;
    if (salary.min && salary.max && *salary.min > *salary.max)
        return Problem{Field::SalaryMin, tr("minimum salary above maximum")};

    // The period: as written beside the amounts, else the period column's, else by the amount.
    const QString periodText = values.value(Field::PayPeriod);
    const auto columnPeriod = PostingNormalizer::payPeriod(periodText);
    if (!columnPeriod && !periodText.isEmpty())
        return Problem{Field::PayPeriod, tr("unknown pay period \"%1\"").arg(periodText)};
    std::optional<PayPeriod> writtenPeriod;
    QString writtenPeriodText;
    for (const Cell &cell : std::as_const(cells)) {
        if (!cell.text.period)
            continue;
        if (writtenPeriod && *writtenPeriod != *cell.text.period)
            return Problem{cell.field,
                           tr("the salary columns name two pay periods, %1 and %2")
                               .arg(Vocabulary::label(Vocabulary::payPeriods, *writtenPeriod),
                                    Vocabulary::label(Vocabulary::payPeriods, *cell.text.period))};
        writtenPeriod = cell.text.period;
        writtenPeriodText = cell.text.periodWritten;
    }
    if (writtenPeriod)
        salary.period = *writtenPeriod;
    else if (columnPeriod)
        salary.period = *columnPeriod;
    else
        salary.period = salary.max.value_or(*salary.min) < HourlyBelow ? PayPeriod::Hour : PayPeriod::Year;

    // The currency: as written beside the amounts, else the currency column's, else USD.
    const QString currencyText = values.value(Field::Currency);
    QString column;
    if (!currencyText.isEmpty()) {
        QStringList candidates;
        const auto code = SalaryText::currencyCode(currencyText, &candidates);
        if (!code)
            return Problem{Field::Currency, tr("unknown currency “%1”").arg(currencyText)};
        column = *code;
        if (column.isEmpty() && std::none_of(cells.cbegin(), cells.cend(), [&](const Cell &cell) {
                return candidates.contains(cell.text.currency);
            }))
            return Problem{Field::Currency, tr("“%1” could be %2: the salary does not say which")
                                                .arg(currencyText, candidates.join(QLatin1String(", ")))};
    }
    QString currency;
    for (const Cell &cell : std::as_const(cells)) {
        QString problem;
        const auto code = cell.text.resolveCurrency(column, &problem);
        if (!code)
            return Problem{cell.field, problem};
        if (!currency.isEmpty() && !code->isEmpty() && *code != currency)
            return Problem{cell.field,
                           tr("the salary columns name two currencies, %1 and %2").arg(currency, *code)};
        if (!code->isEmpty())
            currency = *code;
    }
    salary.currency = currency.isEmpty() ? (column.isEmpty() ? QStringLiteral("USD") : column) : currency;

    // The text as written: the salary text, or the one amount cell that says more than a number,
    // else the amounts with their currency and period.
    salary.text = salaryText;
    if (salary.text.isEmpty() && cells.size() == 1 &&
        (!cells.constFirst().text.currencyWritten.isEmpty() || cells.constFirst().text.period))
        salary.text = values.value(cells.constFirst().field);
    if (salary.text.isEmpty())
        salary.text = salaryRangeText(salary, writtenPeriod ? writtenPeriodText : periodText);
    return std::nullopt;
}

bool PostingImporter::addFromDataset(const PostingRecord &posting, const Dataset &source)
{
    PostingRecord copy = posting;
    // Bring every skill the posting names into this taxonomy, with its category. The source's
    // skills are indexed once per source, not once per posting.
    if (m_sourceDataset != &source || !m_sourceSkills) {
        m_sourceSkills = std::make_unique<SkillRecognizer>(source.skills);
        m_sourceDataset = &source;
    }
    const SkillRecognizer &sourceSkills = *m_sourceSkills;
    for (SkillMentionRecord &mention : copy.skills) {
        const int at = sourceSkills.find(mention.skill);
        const SkillRecord record =
            at >= 0 ? source.skills.at(at) : SkillRecord{mention.skill, uncategorisedKey(), {}};
        if (m_recognizer->find(record.name) >= 0) {
            mention.skill = m_dataset.skills.at(m_recognizer->find(record.name)).name;
            continue;
        }
        QString categoryKey = record.category.isEmpty() ? uncategorisedKey() : record.category;
        const bool haveCategory =
            std::any_of(m_dataset.skillCategories.cbegin(), m_dataset.skillCategories.cend(),
                        [&](const SkillCategoryRecord &c) { return c.key == categoryKey; });
        if (!haveCategory) {
            const auto it = std::find_if(source.skillCategories.cbegin(), source.skillCategories.cend(),
                                         [&](const SkillCategoryRecord &c) { return c.key == categoryKey; });
            m_dataset.skillCategories.append(
                it != source.skillCategories.cend()
                    ? *it
                    : SkillCategoryRecord{uncategorisedKey(), tr("Uncategorised")});
            categoryKey = m_dataset.skillCategories.constLast().key;
        }
        // Aliases that already name another skill here are left out.
        SkillRecord added{record.name, categoryKey, {}};
        for (const QString &alias : record.aliases) {
            if (m_recognizer->find(alias) < 0)
                added.aliases << alias;
        }
        m_dataset.skills.append(added);
        m_recognizer->add(added);
        ++m_newSkills;
        mention.skill = added.name;
    }
    return add(std::move(copy));
}

QList<ImportPreviewModel::Row> PostingImporter::previewRows(ImportSource &source,
                                                            const ImportMapping &mapping, int count)
{
    QList<ImportPreviewModel::Row> rows;
    if (source.format() == ImportSource::Format::JsonDataset) {
        const QList<PostingRecord> &postings = source.dataset().postings;
        for (qsizetype i = 0; i < postings.size() && i < count; ++i)
            rows.append({int(i + 1), source.rowName(int(i + 1)), postings.at(i), {}});
        return rows;
    }
    setMapping(mapping, source.header());
    source.rewind();
    ImportSource::Row row;
    while (rows.size() < count && source.next(row)) {
        RejectedRow problem;
        auto posting = convert(row, &problem);
        const QString text = posting ? QString() : tr("column %1: %2").arg(problem.column, problem.reason);
        rows.append({row.line, source.rowName(row.line), std::move(posting), text});
    }
    if (!source.errorString().isEmpty())
        rows.append({0, {}, std::nullopt, source.errorString()});
    source.rewind();
    return rows;
}

bool PostingImporter::importRows(ImportSource &source, const ImportSettings &settings, ImportSummary &summary,
                                 QString *errorMessage, const Progress &progress,
                                 const std::atomic_bool *cancel)
{
    m_recognise = settings.recogniseSkills;
    auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
    if (source.format() == ImportSource::Format::JsonDataset) {
        summary.mappingName = QStringLiteral("jobexplorer");
        const Dataset &data = source.dataset();
        m_sourceSkills.reset(); // indexed anew for this source by addFromDataset()
        for (qsizetype i = 0; i < data.postings.size(); ++i) {
            if (cancelled()) {
                summary.cancelled = true;
                return true;
            }
            ++summary.read;
            if (data.postings.at(i).title.trimmed().isEmpty()) {
                summary.rejected.append({int(i + 1), QStringLiteral("title"), tr("no title")});
                if (settings.abortOnBadRow)
                    break;
                continue;
            }
            if (addFromDataset(data.postings.at(i), data))
                ++summary.imported;
            else
                ++summary.duplicates;
        }
    } else {
        const ImportMapping mapping =
            settings.mapping
                ? *settings.mapping
                : ImportMapping::detect(source.header(), source.sample(ImportMapping::SampleRows));
        summary.mappingName = mapping.name();
        setMapping(mapping, source.header());
        if (QString problem = mapping.titleProblem(source.header(), source.fileName()); !problem.isEmpty()) {
            *errorMessage = std::move(problem);
            return false;
        }
        source.rewind();
        ImportSource::Row row;
        while (source.next(row)) {
            if (cancelled()) {
                summary.cancelled = true;
                return true;
            }
            ++summary.read;
            RejectedRow problem;
            if (auto posting = convert(row, &problem)) {
                if (add(std::move(*posting)))
                    ++summary.imported;
                else
                    ++summary.duplicates;
            } else {
                summary.rejected.append(problem);
                if (settings.abortOnBadRow)
                    break;
            }
            if (progress && summary.read % ProgressEvery == 0)
                progress(source.progress(), summary.read);
        }
        if (!source.errorString().isEmpty()) {
            *errorMessage = source.errorString();
            return false;
        }
    }
    summary.newSkills = m_newSkills;
    if (progress)
        progress(1.0, summary.read);
    if (settings.abortOnBadRow && !summary.rejected.isEmpty()) {
        const RejectedRow &bad = summary.rejected.constFirst();
        *errorMessage = tr("Import aborted at %1, column %2: %3; nothing was written.")
                            .arg(source.rowName(bad.line), bad.column, bad.reason);
        return false;
    }
    return true;
}

std::optional<Dataset> PostingImporter::newBase(const QString &taxonomyFile, const QString &sourceFile,
                                                QString *errorMessage)
{
    Dataset base;
    DatasetReader reader;
    if (!reader.readFile(taxonomyFile, base)) {
        *errorMessage = reader.errorString();
        return std::nullopt;
    }
    base.postings.clear();
    base.salaryBands.clear();
    base.skillFrequencies.clear();
    base.figures.clear();
    const QFileInfo info(sourceFile);
    base.meta = {};
    base.meta.title = info.completeBaseName();
    base.meta.source = tr("Imported from %1").arg(info.fileName());
    base.meta.description = tr("Postings imported from %1 on %2.")
                                .arg(info.fileName(), QDate::currentDate().toString(Qt::ISODate));
    return base;
}

std::optional<Dataset> PostingImporter::existingBase(const QString &database, QString *errorMessage)
{
    const auto db = PostingDatabase::open(database, errorMessage);
    if (!db)
        return std::nullopt;
    if (db->isReadOnly()) {
        *errorMessage =
            tr("Cannot import into %1: the database is read-only.").arg(QDir::toNativeSeparators(database));
        return std::nullopt;
    }
    const auto store = db->loadStore(errorMessage);
    if (!store)
        return std::nullopt;
    std::vector<std::int64_t> ids;
    ids.reserve(std::size_t(store->size()));
    for (int row = 0; row < store->size(); ++row)
        ids.push_back(store->postingId(row));
    return db->loadDataset(ids);
}

std::optional<Dataset> PostingImporter::existingTaxonomy(const QString &database, QString *errorMessage)
{
    // Not checked whole (PRAGMA quick_check reads every page of a large file): the append
    // touches only the pages it extends, and SQLite refuses a damaged one there; the window
    // checks a file it opens in the background.
    const auto db = PostingDatabase::open(database, errorMessage, PostingDatabase::Check::Deferred);
    if (!db)
        return std::nullopt;
    if (db->isReadOnly()) {
        *errorMessage =
            tr("Cannot import into %1: the database is read-only.").arg(QDir::toNativeSeparators(database));
        return std::nullopt;
    }
    return db->loadDataset({});
}

bool PostingImporter::rememberStored(const QString &database, QString *errorMessage)
{
    try {
        SqliteConnection db(database, SqliteConnection::Mode::ReadOnly, SqliteConnection::Threads::OneThread);
        // Room for every key at once: growing two sets of a million strings step by step
        // rehashes each key many times.
        {
            SqliteStatement count(db, "SELECT max(id) FROM postings");
            // (ids are normally 1..n; a sparse file's larger ids only reserve up to the cap)
            const auto stored = std::min<std::int64_t>(count.next() ? count.integer(0) : 0, MaxReservedKeys);
            m_keys.reserve(m_keys.size() + qsizetype(stored));
            m_sourceIds.reserve(m_sourceIds.size() + qsizetype(stored));
        }
        // The columns of duplicateKey() and the source id, with each posting's first location.
        SqliteStatement row(db, "SELECT p.source_id, p.company, p.title, p.posted_date, l.city, l.region, "
                                "l.country, l.metro_area, l.text FROM postings p "
                                "LEFT JOIN posting_locations l ON l.posting_id = p.id AND l.position = "
                                "(SELECT MIN(position) FROM posting_locations WHERE posting_id = p.id)");
        PostingRecord posting;
        while (row.next()) {
            posting.sourceId = row.text(0);
            posting.company = row.text(1);
            posting.title = row.text(2);
            posting.postedDate = QDate::fromString(row.text(3), Qt::ISODate);
            // No location (the join's NULLs) gives the same key as an empty one.
            posting.locations = {{row.text(4), row.text(5), row.text(6), row.text(7), row.text(8)}};
            remember(posting);
        }
    } catch (const SqliteError &error) {
        *errorMessage =
            tr("Cannot import into %1: %2").arg(QDir::toNativeSeparators(database), error.message);
        return false;
    }
    return true;
}

bool PostingImporter::run(const QString &sourceFile, const QString &database, const QString &taxonomyFile,
                          const ImportSettings &settings, ImportSummary &summary, QString *errorMessage,
                          const Progress &progress, const std::atomic_bool *cancel)
{
    summary = {};
    ImportSource source;
    if (!source.open(sourceFile)) {
        *errorMessage = source.errorString();
        return false;
    }
    if (settings.encoding)
        source.setEncoding(*settings.encoding);
    if (settings.delimiter)
        source.setDelimiter(*settings.delimiter);
    if (settings.headerRow)
        source.setHasHeaderRow(*settings.headerRow);

    const QFileInfo target(database);
    if (target.exists() && !target.isWritable()) {
        *errorMessage =
            tr("Cannot import into %1: the file is read-only.").arg(QDir::toNativeSeparators(database));
        return false;
    }
    // Appending reads the file's taxonomy and its postings' duplicate keys, and adds the new
    // postings in one transaction on the file; a new database is written whole.
    const bool append = target.exists();
    std::optional<Dataset> base =
        append ? existingTaxonomy(database, errorMessage) : newBase(taxonomyFile, sourceFile, errorMessage);
    if (!base)
        return false;

    PostingImporter importer(std::move(*base), settings.recogniseSkills);
    if (append && !importer.rememberStored(database, errorMessage))
        return false;
    // Whatever fails from here on, nothing was added.
    auto failed = [&summary] {
        summary.imported = 0;
        return false;
    };
    if (!importer.importRows(source, settings, summary, errorMessage, progress, cancel))
        return failed();
    if (summary.cancelled) {
        *errorMessage =
            tr("The import was cancelled; %1 was not changed.").arg(QDir::toNativeSeparators(database));
        return failed();
    }
    if (summary.imported == 0) {
        *errorMessage = tr("Nothing could be imported from %1; %2 was not changed.")
                            .arg(QDir::toNativeSeparators(sourceFile), QDir::toNativeSeparators(database));
        return failed();
    }
    DatasetWriter writer;
    if (!(append ? writer.append(importer.dataset(), database)
                 : writer.write(importer.dataset(), database))) {
        *errorMessage = writer.errorString();
        return failed();
    }
    return true;
}

} // namespace jobexplorer
