#include "ImportMapping.h"

#include "OutputFile.h"
#include "PostingColumns.h"
#include "SalaryText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace jobexplorer {

namespace {

using Field = ImportMapping::Field;

// Column names a message lists before "and N more".
constexpr qsizetype MaxColumnsListed = 20;

struct FieldInfo
{
    Field field;
    const char *key;
    const char *label;
    // Header names that map to the field without a preset, normalised (lower case, no spaces,
    // underscores or hyphens).
    std::initializer_list<const char *> headers;
};

const std::array<FieldInfo, ImportMapping::FieldCount> &fieldInfos()
{
    static const std::array<FieldInfo, ImportMapping::FieldCount> infos{{
        {Field::SourceId,
         "source_id",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Source id"),
         {"sourceid", "jobid", "id", "postingid"}},
        {Field::Company,
         "company",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Company"),
         {"company", "companyname", "employer", "organization", "organisation"}},
        {Field::Title,
         "title",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Title"),
         {"title", "jobtitle", "titleraw", "position"}},
        {Field::Description,
         "description",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Description"),
         {"description", "jobdescription", "body"}},
        {Field::RoleFamily,
         "role_family",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Role family"),
         {"rolefamily"}},
        {Field::Seniority,
         "seniority",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Seniority"),
         {"seniority", "formattedexperiencelevel", "experiencelevel", "senioritylevel"}},
        {Field::ExperienceText,
         "experience",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Experience"),
         {"experience", "yearsofexperience"}},
        {Field::ExperienceMin,
         "experience_min",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Minimum years"),
         {"experiencemin", "minyearsexperience"}},
        {Field::ExperienceMax,
         "experience_max",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Maximum years"),
         {"experiencemax", "maxyearsexperience"}},
        {Field::WorkMode,
         "work_mode",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Work mode"),
         {"workmode", "remotetypename", "remotetype", "workplacetype"}},
        {Field::RemoteAllowed,
         "remote_allowed",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Remote allowed (flag)"),
         {"remoteallowed", "remote"}},
        {Field::EmploymentType,
         "employment_type",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Employment type"),
         {"employmenttype", "employmenttypename", "formattedworktype", "jobtype", "worktype"}},
        {Field::SalaryMin,
         "salary_min",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Salary minimum"),
         {"salarymin", "minsalary", "salaryfrom"}},
        {Field::SalaryMax,
         "salary_max",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Salary maximum"),
         {"salarymax", "maxsalary", "salaryto"}},
        {Field::SalaryMedian,
         "salary_median",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Salary (single figure)"),
         {"medsalary", "salarymedian", "salary"}},
        {Field::SalaryText,
         "salary_text",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Salary range as text"),
         {"salarytext", "salary(annual)", "salaryrange", "pay"}},
        {Field::PayPeriod,
         "pay_period",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Pay period"),
         {"payperiod", "originalpayperiod", "salaryperiod"}},
        {Field::Currency,
         "currency",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Currency"),
         {"currency", "salarycurrency"}},
        {Field::Location,
         "location",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Location"),
         {"location", "locations", "joblocation"}},
        {Field::City, "city", QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "City"), {"city", "cityname"}},
        {Field::Region,
         "region",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "State or region"),
         {"region", "state", "statename"}},
        {Field::Country,
         "country",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Country"),
         {"country", "countryname"}},
        {Field::MetroArea,
         "metro_area",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Metro area"),
         {"metroarea", "metro", "msaname", "msa"}},
        {Field::PostedDate,
         "posted_date",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Posted date"),
         {"posteddate", "posted", "dateposted", "listedtime", "postingdate"}},
        {Field::SourceUrl,
         "source_url",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Link"),
         {"sourceurl", "url", "jobpostingurl", "link"}},
        {Field::Skills,
         "skills",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Skills (listed)"),
         {"skills", "skillsname", "skillsdesc", "skilllist"}},
        {Field::Industry,
         "industry",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Industry"),
         {"industry", "industryname"}},
        {Field::CompanySize,
         "company_size",
         QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Company size"),
         {"companysize"}},
        {Field::Notes, "notes", QT_TRANSLATE_NOOP("jobexplorer::ImportMapping", "Notes"), {"notes", "note"}},
    }};
    return infos;
}

QString normalisedHeader(const QString &header)
{
    QString result;
    result.reserve(header.size());
    for (const QChar c : header) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('_') && c != QLatin1Char('-'))
            result.append(c.toLower());
    }
    return result;
}

const QLatin1String FormatKey("format");
const QLatin1String FormatValue("jobexplorer-mapping");
const QLatin1String NameKey("name");
const QLatin1String ColumnsKey("columns");

ImportMapping linkedIn()
{
    ImportMapping m;
    m.setName(QStringLiteral("linkedin"));
    const std::initializer_list<std::pair<Field, const char *>> columns{
        {Field::SourceId, "job_id"},
        {Field::Company, "company_name"},
        {Field::Title, "title"},
        {Field::Description, "description"},
        {Field::SalaryMax, "max_salary"},
        {Field::SalaryMedian, "med_salary"},
        {Field::SalaryMin, "min_salary"},
        {Field::PayPeriod, "pay_period"},
        {Field::Currency, "currency"},
        {Field::Location, "location"},
        {Field::EmploymentType, "formatted_work_type"},
        {Field::Seniority, "formatted_experience_level"},
        {Field::RemoteAllowed, "remote_allowed"},
        {Field::PostedDate, "listed_time"},
        {Field::SourceUrl, "job_posting_url"},
        {Field::Skills, "skills_desc"},
    };
    for (const auto &[field, column] : columns)
        m.setColumn(field, QLatin1String(column));
    return m;
}

ImportMapping lightcast()
{
    ImportMapping m;
    m.setName(QStringLiteral("lightcast"));
    const std::initializer_list<std::pair<Field, const char *>> columns{
        {Field::SourceId, "ID"},
        {Field::Title, "TITLE_RAW"},
        {Field::Company, "COMPANY_NAME"},
        {Field::Description, "BODY"},
        {Field::SalaryMin, "SALARY_FROM"},
        {Field::SalaryMax, "SALARY_TO"},
        {Field::PayPeriod, "ORIGINAL_PAY_PERIOD"},
        {Field::WorkMode, "REMOTE_TYPE_NAME"},
        {Field::EmploymentType, "EMPLOYMENT_TYPE_NAME"},
        {Field::ExperienceMin, "MIN_YEARS_EXPERIENCE"},
        {Field::ExperienceMax, "MAX_YEARS_EXPERIENCE"},
        {Field::City, "CITY_NAME"},
        {Field::Region, "STATE_NAME"},
        {Field::MetroArea, "MSA_NAME"},
        {Field::PostedDate, "POSTED"},
        {Field::Skills, "SKILLS_NAME"},
        {Field::SourceUrl, "URL"},
        {Field::Industry, "NAICS2_NAME"},
    };
    for (const auto &[field, column] : columns)
        m.setColumn(field, QLatin1String(column));
    return m;
}

// The columns of our own CSV export, by the table's (translated) header names.
ImportMapping ownExport()
{
    ImportMapping m;
    m.setName(QStringLiteral("jobexplorer"));
    const auto header = &PostingColumns::title;
    m.setColumn(Field::Company, header(PostingColumns::Company));
    m.setColumn(Field::Title, header(PostingColumns::Title));
    m.setColumn(Field::RoleFamily, header(PostingColumns::RoleFamily));
    m.setColumn(Field::Seniority, header(PostingColumns::Seniority));
    m.setColumn(Field::Location, header(PostingColumns::Locations));
    m.setColumn(Field::WorkMode, header(PostingColumns::WorkMode));
    m.setColumn(Field::ExperienceText, header(PostingColumns::Experience));
    m.setColumn(Field::SalaryText, header(PostingColumns::Salary));
    m.setColumn(Field::Skills, header(PostingColumns::Skills));
    return m;
}

// What the sample's values of one column look like as salaries.
struct ColumnValues
{
    int values = 0;   // not empty
    int salaries = 0; // read as a salary
    int ranges = 0;   // of those, two amounts
    int marked = 0;   // of those, with a currency or pay period written
};

ColumnValues salaryValues(const QList<QStringList> &sample, int column)
{
    ColumnValues counts;
    for (const QStringList &row : sample) {
        const QString value = column < row.size() ? row.at(column).trimmed() : QString();
        if (value.isEmpty())
            continue;
        ++counts.values;
        const auto salary = SalaryText::read(value);
        if (!salary)
            continue;
        ++counts.salaries;
        counts.ranges += salary->amountCount > 1 ? 1 : 0;
        counts.marked += !salary->currencyWritten.isEmpty() || salary->period ? 1 : 0;
    }
    return counts;
}

// The salary fields of a mapping by header names, chosen again by the values.
void chooseSalaryFields(ImportMapping &m, const QStringList &header, const QList<QStringList> &sample)
{
    if (sample.isEmpty())
        return;
    const auto at = m.resolve(header);
    // A column of single amounts holding ranges is the salary range as text.
    for (const Field field : {Field::SalaryMedian, Field::SalaryMin, Field::SalaryMax}) {
        const int column = at[std::size_t(field)];
        if (column < 0 || m.isMapped(Field::SalaryText) || salaryValues(sample, column).ranges == 0)
            continue;
        m.setColumn(Field::SalaryText, m.column(field));
        m.setColumn(field, QString());
    }
    for (const Field field : {Field::SalaryMedian, Field::SalaryMin, Field::SalaryMax, Field::SalaryText}) {
        if (m.isMapped(field))
            return;
    }
    // No salary column by name: the first unmapped column of amounts with a currency or period.
    for (int column = 0; column < int(header.size()); ++column) {
        if (std::find(at.cbegin(), at.cend(), column) != at.cend())
            continue;
        const ColumnValues counts = salaryValues(sample, column);
        if (counts.values > 0 && counts.marked == counts.values) {
            m.setColumn(Field::SalaryText, header.at(column));
            return;
        }
    }
}

bool hasColumns(const QStringList &header, std::initializer_list<QString> names)
{
    for (const QString &name : names) {
        if (!header.contains(name, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace

QString ImportMapping::fieldKey(Field field)
{
    return QLatin1String(fieldInfos()[std::size_t(field)].key);
}

QString ImportMapping::fieldLabel(Field field)
{
    return tr(fieldInfos()[std::size_t(field)].label);
}

std::optional<ImportMapping::Field> ImportMapping::fieldFromKey(const QString &key)
{
    for (const FieldInfo &info : fieldInfos()) {
        if (key == QLatin1String(info.key))
            return info.field;
    }
    return std::nullopt;
}

QStringList ImportMapping::presetNames()
{
    return {QStringLiteral("linkedin"), QStringLiteral("lightcast"), QStringLiteral("jobexplorer")};
}

std::optional<ImportMapping> ImportMapping::preset(const QString &name)
{
    const QString key = name.toLower();
    if (key == QLatin1String("linkedin"))
        return linkedIn();
    if (key == QLatin1String("lightcast"))
        return lightcast();
    if (key == QLatin1String("jobexplorer"))
        return ownExport();
    return std::nullopt;
}

ImportMapping ImportMapping::detect(const QStringList &header, const QList<QStringList> &sample)
{
    if (hasColumns(header, {QStringLiteral("job_id"), QStringLiteral("formatted_experience_level"),
                            QStringLiteral("listed_time")}))
        return linkedIn();
    if (hasColumns(header, {QStringLiteral("TITLE_RAW")}) &&
        hasColumns(header, {QStringLiteral("SALARY_FROM"), QStringLiteral("MSA_NAME")}))
        return lightcast();
    const ImportMapping own = ownExport();
    if (own.missingColumns(header).isEmpty())
        return own;
    // An English export read in another language, or the other way round.
    if (hasColumns(header, {QStringLiteral("Title"), QStringLiteral("Role family"),
                            QStringLiteral("Salary (annual)")})) {
        ImportMapping english = fromHeaderNames(header);
        english.setName(QStringLiteral("jobexplorer"));
        return english;
    }
    ImportMapping byNames = fromHeaderNames(header);
    chooseSalaryFields(byNames, header, sample);
    return byNames;
}

ImportMapping ImportMapping::fromHeaderNames(const QStringList &header)
{
    ImportMapping m;
    for (const FieldInfo &info : fieldInfos()) {
        // The earliest known name wins, so "job_id" beats a later plain "id".
        for (const char *known : info.headers) {
            const qsizetype at = [&] {
                for (qsizetype i = 0; i < header.size(); ++i) {
                    if (normalisedHeader(header.at(i)) == QLatin1String(known))
                        return i;
                }
                return qsizetype(-1);
            }();
            if (at >= 0) {
                m.setColumn(info.field, header.at(at));
                break;
            }
        }
    }
    return m;
}

std::optional<ImportMapping> ImportMapping::load(const QString &nameOrFile, QString *errorMessage)
{
    if (auto p = preset(nameOrFile))
        return p;
    QFile file(nameOrFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = tr("The mapping %1 is neither a preset (%2) nor a readable file: %3")
                            .arg(nameOrFile, presetNames().join(QLatin1String(", ")), file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        document.object().value(FormatKey).toString() != FormatValue) {
        *errorMessage = tr("The mapping file %1 is not a saved column mapping.").arg(nameOrFile);
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    ImportMapping m;
    m.m_fileName = nameOrFile;
    m.setName(object.value(NameKey).toString(QFileInfo(nameOrFile).completeBaseName()));
    const QJsonObject columns = object.value(ColumnsKey).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const auto field = fieldFromKey(it.key());
        if (!field) {
            *errorMessage =
                tr("The mapping file %1 names the unknown field \"%2\".").arg(nameOrFile, it.key());
            return std::nullopt;
        }
        m.setColumn(*field, it.value().toString());
    }
    return m;
}

QByteArray ImportMapping::toJson() const
{
    QJsonObject columns;
    for (const FieldInfo &info : fieldInfos()) {
        if (isMapped(info.field))
            columns.insert(QLatin1String(info.key), column(info.field));
    }
    QJsonObject object;
    object.insert(FormatKey, FormatValue);
    object.insert(NameKey, m_name);
    object.insert(ColumnsKey, columns);
    return QJsonDocument(object).toJson();
}

bool ImportMapping::save(const QString &fileName, QString *errorMessage) const
{
    OutputFile file(fileName);
    const QByteArray json = toJson();
    const bool written = file.open() && file.device().write(json) == json.size();
    if (!written || !file.commit()) {
        *errorMessage = tr("Cannot write %1: %2")
                            .arg(QDir::toNativeSeparators(fileName),
                                 file.errorString().isEmpty() ? file.deviceProblem() : file.errorString());
        return false;
    }
    return true;
}

QStringList ImportMapping::missingColumns(const QStringList &header) const
{
    QStringList missing;
    for (const QString &name : m_columns) {
        if (!name.isEmpty() && !header.contains(name, Qt::CaseInsensitive))
            missing << name;
    }
    return missing;
}

QString ImportMapping::titleProblem(const QStringList &header, const QString &dataFile) const
{
    if (resolve(header)[std::size_t(Field::Title)] >= 0)
        return {};
    const QString file = QDir::toNativeSeparators(dataFile);
    const QString title = column(Field::Title);
    if (!title.isEmpty() && !m_fileName.isEmpty()) {
        return tr("Cannot import %1: it has no column “%2”, which the mapping file %3 takes the title "
                  "from (its columns: %4).")
            .arg(file, title, QDir::toNativeSeparators(m_fileName), columnList(header));
    }
    if (!title.isEmpty() && !m_name.isEmpty()) {
        return tr("Cannot import %1: it has no column “%2”, which the mapping “%3” takes the title "
                  "from (its columns: %4).")
            .arg(file, title, m_name, columnList(header));
    }
    return tr("Cannot import %1: no column is mapped to the title (columns: %2).")
        .arg(file, columnList(header));
}

QString ImportMapping::columnList(const QStringList &columns)
{
    const QString separator = QStringLiteral(", ");
    if (columns.size() <= MaxColumnsListed)
        return columns.join(separator);
    return tr("%1 and %n more", "the first names of a long list of columns",
              int(columns.size() - MaxColumnsListed))
        .arg(columns.first(MaxColumnsListed).join(separator));
}

std::array<int, ImportMapping::FieldCount> ImportMapping::resolve(const QStringList &header) const
{
    std::array<int, FieldCount> at;
    for (std::size_t i = 0; i < at.size(); ++i)
        at[i] = m_columns[i].isEmpty() ? -1 : int(header.indexOf(m_columns[i]));
    // Fall back to a case-insensitive match.
    for (std::size_t i = 0; i < at.size(); ++i) {
        if (at[i] >= 0 || m_columns[i].isEmpty())
            continue;
        for (qsizetype c = 0; c < header.size(); ++c) {
            if (header.at(c).compare(m_columns[i], Qt::CaseInsensitive) == 0) {
                at[i] = int(c);
                break;
            }
        }
    }
    return at;
}

} // namespace jobexplorer
