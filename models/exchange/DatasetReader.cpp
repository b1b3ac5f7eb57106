#include "DatasetReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace jobexplorer {

namespace {

// Thrown inside this file only, to unwind from deep in a record to read() with a message.
struct ParseError
{
    QString message;
};

QString text(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isNull() || value.isUndefined())
        return {};
    if (!value.isString())
        throw ParseError{DatasetReader::tr("\"%1\" must be text").arg(key)};
    return value.toString().trimmed();
}

std::optional<double> number(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    if (!value.isDouble())
        throw ParseError{DatasetReader::tr("\"%1\" must be a number or null").arg(key)};
    return value.toDouble();
}

std::optional<int> integer(const QJsonObject &object, QLatin1String key)
{
    const std::optional<double> value = number(object, key);
    if (!value)
        return std::nullopt;
    if (*value != static_cast<int>(*value))
        throw ParseError{DatasetReader::tr("\"%1\" must be a whole number").arg(key)};
    return static_cast<int>(*value);
}

template <typename Enum, std::size_t N>
Enum vocabulary(const QJsonObject &object, QLatin1String key, const std::array<EnumEntry<Enum>, N> &table,
                Enum fallback)
{
    const QString value = text(object, key);
    if (value.isEmpty())
        return fallback;
    if (const auto parsed = Vocabulary::fromKey(table, value))
        return *parsed;
    QStringList accepted;
    for (const auto &entry : table)
        accepted << QString::fromLatin1(entry.key);
    throw ParseError{DatasetReader::tr("\"%1\" has the unknown value \"%2\" (accepted: %3)")
                         .arg(key, value, accepted.join(QLatin1String(", ")))};
}

QJsonArray array(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isNull() || value.isUndefined())
        return {};
    if (!value.isArray())
        throw ParseError{DatasetReader::tr("\"%1\" must be a list").arg(key)};
    return value.toArray();
}

QJsonObject objectAt(const QJsonValue &value, QLatin1String what, qsizetype index)
{
    if (!value.isObject())
        throw ParseError{DatasetReader::tr("%1 %2 must be an object").arg(what).arg(index + 1)};
    return value.toObject();
}

// Prefixes a record's problem with where it is, e.g. "postings 3 (report#3)".
template <typename Fn> auto inRecord(const QString &where, Fn &&fn)
{
    try {
        return fn();
    } catch (const ParseError &error) {
        throw ParseError{where % QLatin1String(": ") % error.message};
    }
}

PostingRecord readPosting(const QJsonObject &o)
{
    PostingRecord p;
    p.sourceId = text(o, QLatin1String("source_id"));
    p.company = text(o, QLatin1String("company"));
    p.label = text(o, QLatin1String("label"));
    p.title = text(o, QLatin1String("title"));
    if (p.title.isEmpty())
        throw ParseError{DatasetReader::tr("a posting needs a title")};
    p.roleFamily = text(o, QLatin1String("role_family"));
    p.seniority = vocabulary(o, QLatin1String("seniority"), Vocabulary::seniorities, Seniority::Unknown);
    p.seniorityText = text(o, QLatin1String("seniority_text"));
    const QJsonObject experience = o.value(QLatin1String("experience")).toObject();
    p.experienceMin = number(experience, QLatin1String("min"));
    p.experienceMax = number(experience, QLatin1String("max"));
    p.experienceText = text(experience, QLatin1String("text"));
    if (p.experienceMin && p.experienceMax && *p.experienceMin > *p.experienceMax)
        throw ParseError{DatasetReader::tr("experience minimum is above its maximum")};
    p.workMode = vocabulary(o, QLatin1String("work_mode"), Vocabulary::workModes, WorkMode::Unknown);
    p.workModeText = text(o, QLatin1String("work_mode_text"));
    p.employmentType =
        vocabulary(o, QLatin1String("employment_type"), Vocabulary::employmentTypes, EmploymentType::Unknown);
    const QJsonObject salary = o.value(QLatin1String("salary")).toObject();
    p.salary.min = number(salary, QLatin1String("min"));
    p.salary.max = number(salary, QLatin1String("max"));
    p.salary.currency = text(salary, QLatin1String("currency")).toUpper();
    p.salary.period = vocabulary(salary, QLatin1String("period"), Vocabulary::payPeriods,
                                 p.salary.isStated() ? PayPeriod::Year : PayPeriod::Unknown);
    p.salary.text = text(salary, QLatin1String("text"));
    if (p.salary.min && p.salary.max && *p.salary.min > *p.salary.max)
        throw ParseError{DatasetReader::tr("salary minimum is above its maximum")};
    if (p.salary.isStated() && p.salary.currency.isEmpty())
        throw ParseError{DatasetReader::tr("a salary needs a currency")};
    p.industry = text(o, QLatin1String("industry"));
    p.companySize = text(o, QLatin1String("company_size"));
    const QString posted = text(o, QLatin1String("posted_date"));
    if (!posted.isEmpty()) {
        p.postedDate = QDate::fromString(posted, Qt::ISODate);
        if (!p.postedDate.isValid())
            throw ParseError{DatasetReader::tr("\"posted_date\" must be a date like 2025-12-01")};
    }
    p.sourceUrl = text(o, QLatin1String("source_url"));
    p.notes = text(o, QLatin1String("notes"));
    const QJsonArray locations = array(o, QLatin1String("locations"));
    for (qsizetype i = 0; i < locations.size(); ++i) {
        const QJsonObject l = objectAt(locations.at(i), QLatin1String("location"), i);
        p.locations.append({text(l, QLatin1String("city")), text(l, QLatin1String("region")),
                            text(l, QLatin1String("country")), text(l, QLatin1String("metro_area")),
                            text(l, QLatin1String("text"))});
    }
    const QJsonArray skills = array(o, QLatin1String("skills"));
    for (qsizetype i = 0; i < skills.size(); ++i) {
        const QJsonObject s = objectAt(skills.at(i), QLatin1String("skill"), i);
        SkillMentionRecord mention;
        mention.skill = text(s, QLatin1String("skill"));
        if (mention.skill.isEmpty())
            throw ParseError{DatasetReader::tr("skill %1 has no name").arg(i + 1)};
        mention.requirement =
            vocabulary(s, QLatin1String("requirement"), Vocabulary::requirements, Requirement::Unspecified);
        mention.mention = text(s, QLatin1String("mention"));
        p.skills.append(mention);
    }
    return p;
}

SalaryBandRecord readSalaryBand(const QJsonObject &o)
{
    SalaryBandRecord b;
    b.section = text(o, QLatin1String("section"));
    const QString level = text(o, QLatin1String("level"));
    if (!level.isEmpty())
        b.level = vocabulary(o, QLatin1String("level"), Vocabulary::seniorities, Seniority::Unknown);
    b.levelText = text(o, QLatin1String("level_text"));
    b.payType = text(o, QLatin1String("pay_type"));
    if (b.payType.isEmpty())
        b.payType = QStringLiteral("base");
    if (b.payType != QLatin1String("base") && b.payType != QLatin1String("total"))
        throw ParseError{DatasetReader::tr("\"pay_type\" must be base or total")};
    b.qualifier = text(o, QLatin1String("qualifier"));
    b.min = number(o, QLatin1String("min"));
    b.max = number(o, QLatin1String("max"));
    b.openEnded = o.value(QLatin1String("open_ended")).toBool();
    b.currency = text(o, QLatin1String("currency")).toUpper();
    b.period = vocabulary(o, QLatin1String("period"), Vocabulary::payPeriods, PayPeriod::Year);
    b.text = text(o, QLatin1String("text"));
    if (b.text.isEmpty())
        throw ParseError{DatasetReader::tr("a salary band needs its text as published")};
    return b;
}

// The fields a published skill frequency and any other published figure share.
template <typename Record> Record readPublished(const QJsonObject &o, const QString &what)
{
    Record f;
    f.table = text(o, QLatin1String("table"));
    f.label = text(o, QLatin1String("label"));
    if (f.table.isEmpty() || f.label.isEmpty())
        throw ParseError{DatasetReader::tr("%1 needs a table and a label").arg(what)};
    f.count = integer(o, QLatin1String("count"));
    f.total = integer(o, QLatin1String("total"));
    f.percent = number(o, QLatin1String("percent"));
    f.detail = text(o, QLatin1String("detail"));
    f.note = text(o, QLatin1String("note"));
    return f;
}

SkillFrequencyRecord readSkillFrequency(const QJsonObject &o)
{
    auto f = readPublished<SkillFrequencyRecord>(o, DatasetReader::tr("a skill frequency"));
    f.category = text(o, QLatin1String("category"));
    f.skill = text(o, QLatin1String("skill"));
    return f;
}

FigureRecord readFigure(const QJsonObject &o)
{
    auto f = readPublished<FigureRecord>(o, DatasetReader::tr("a figure"));
    f.valueText = text(o, QLatin1String("value_text"));
    return f;
}

template <typename Record, typename Reader>
void readList(const QJsonObject &parent, QLatin1String key, QList<Record> &out, Reader reader)
{
    const QJsonArray list = array(parent, key);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject object = objectAt(list.at(i), key, i);
        QString where = key % QLatin1Char(' ') % QString::number(i + 1);
        const QString id = object.value(QLatin1String("source_id")).toString();
        if (!id.isEmpty())
            where += QLatin1String(" (") % id % QLatin1Char(')');
        out.append(inRecord(where, [&] { return reader(object); }));
    }
}

} // namespace

bool DatasetReader::fail(const QString &name, const QString &problem)
{
    m_error = tr("Cannot read the dataset %1: %2").arg(name, problem);
    return false;
}

bool DatasetReader::readFile(const QString &path, Dataset &dataset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(path, file.errorString());
    return read(file.readAll(), path, dataset);
}

bool DatasetReader::read(const QByteArray &json, const QString &name, Dataset &dataset)
{
    m_error.clear();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            name, tr("invalid JSON at offset %1 (%2)").arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return fail(name, tr("the file does not hold a JSON object"));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("jobexplorer-dataset"))
        return fail(name,
                    tr("it is not a Job Market Explorer dataset (no \"format\": \"jobexplorer-dataset\")"));
    const QJsonValue versionValue = root.value(QLatin1String("format_version"));
    int version = FormatVersion;
    if (!versionValue.isUndefined()) {
        const double number = versionValue.toDouble(0);
        if (!versionValue.isDouble() || number < 1 || number != std::floor(number) || number > 1e9) {
            const QString shown =
                versionValue.isString()
                    ? QLatin1Char('"') + versionValue.toString() + QLatin1Char('"')
                    : QString::fromUtf8(
                          QJsonDocument(QJsonArray{versionValue}).toJson(QJsonDocument::Compact))
                          .mid(1)
                          .chopped(1);
            return fail(name, tr("\"format_version\" must be a whole number from 1; got %1").arg(shown));
        }
        version = static_cast<int>(number);
    }
    if (version > FormatVersion)
        return fail(name, tr("it was written in format version %1; this version reads up to %2")
                              .arg(version)
                              .arg(FormatVersion));

    Dataset merged = dataset;
    try {
        const QJsonObject meta = root.value(QLatin1String("meta")).toObject();
        auto take = [&meta](QLatin1String key, QString &field) {
            const QString value = text(meta, key);
            if (!value.isEmpty())
                field = value;
        };
        take(QLatin1String("title"), merged.meta.title);
        take(QLatin1String("source"), merged.meta.source);
        take(QLatin1String("collection_period"), merged.meta.collectionPeriod);
        take(QLatin1String("description"), merged.meta.description);

        readList(root, QLatin1String("skill_categories"), merged.skillCategories, [](const QJsonObject &o) {
            SkillCategoryRecord c{text(o, QLatin1String("key")), text(o, QLatin1String("name"))};
            if (c.key.isEmpty() || c.name.isEmpty())
                throw ParseError{tr("a skill category needs a key and a name")};
            return c;
        });
        readList(root, QLatin1String("skills"), merged.skills, [](const QJsonObject &o) {
            SkillRecord s{text(o, QLatin1String("name")), text(o, QLatin1String("category")), {}};
            if (s.name.isEmpty())
                throw ParseError{tr("a skill needs a name")};
            for (const QJsonValue &alias : array(o, QLatin1String("aliases"))) {
                if (!alias.isString() || alias.toString().trimmed().isEmpty())
                    throw ParseError{tr("the aliases of %1 must be text").arg(s.name)};
                s.aliases << alias.toString().trimmed();
            }
            return s;
        });
        readList(root, QLatin1String("postings"), merged.postings, readPosting);
        const QJsonObject reference = root.value(QLatin1String("reference")).toObject();
        readList(reference, QLatin1String("salary_bands"), merged.salaryBands, readSalaryBand);
        readList(reference, QLatin1String("skill_frequencies"), merged.skillFrequencies, readSkillFrequency);
        readList(reference, QLatin1String("figures"), merged.figures, readFigure);
    } catch (const ParseError &error) {
        return fail(name, error.message);
    }
    dataset = std::move(merged);
    return true;
}

} // namespace jobexplorer
