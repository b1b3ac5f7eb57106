#include "DatasetJsonWriter.h"

#include "OutputFile.h"

#include "DatasetReader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jobexplorer {

namespace {

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

template <typename T> QJsonValue number(const std::optional<T> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonObject posting(const PostingRecord &p)
{
    QJsonArray locations;
    for (const LocationRecord &l : p.locations)
        locations.append(QJsonObject{{QStringLiteral("city"), text(l.city)},
                                     {QStringLiteral("region"), text(l.region)},
                                     {QStringLiteral("country"), text(l.country)},
                                     {QStringLiteral("metro_area"), text(l.metroArea)},
                                     {QStringLiteral("text"), text(l.text)}});
    QJsonArray skills;
    for (const SkillMentionRecord &s : p.skills)
        skills.append(QJsonObject{
            {QStringLiteral("skill"), s.skill},
            {QStringLiteral("requirement"), Vocabulary::key(Vocabulary::requirements, s.requirement)},
            {QStringLiteral("mention"), text(s.mention)}});
    QJsonObject salary;
    if (p.salary.isStated())
        salary =
            QJsonObject{{QStringLiteral("min"), number(p.salary.min)},
                        {QStringLiteral("max"), number(p.salary.max)},
                        {QStringLiteral("currency"), text(p.salary.currency)},
                        {QStringLiteral("period"), Vocabulary::key(Vocabulary::payPeriods, p.salary.period)},
                        {QStringLiteral("text"), text(p.salary.text)}};
    return QJsonObject{
        {QStringLiteral("source_id"), text(p.sourceId)},
        {QStringLiteral("company"), text(p.company)},
        {QStringLiteral("label"), text(p.label)},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("role_family"), text(p.roleFamily)},
        {QStringLiteral("seniority"), Vocabulary::key(Vocabulary::seniorities, p.seniority)},
        {QStringLiteral("seniority_text"), text(p.seniorityText)},
        {QStringLiteral("experience"), QJsonObject{{QStringLiteral("min"), number(p.experienceMin)},
                                                   {QStringLiteral("max"), number(p.experienceMax)},
                                                   {QStringLiteral("text"), text(p.experienceText)}}},
        {QStringLiteral("work_mode"), Vocabulary::key(Vocabulary::workModes, p.workMode)},
        {QStringLiteral("work_mode_text"), text(p.workModeText)},
        {QStringLiteral("employment_type"), Vocabulary::key(Vocabulary::employmentTypes, p.employmentType)},
        {QStringLiteral("salary"), p.salary.isStated() ? QJsonValue(salary) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("industry"), text(p.industry)},
        {QStringLiteral("company_size"), text(p.companySize)},
        {QStringLiteral("posted_date"),
         text(p.postedDate.isValid() ? p.postedDate.toString(Qt::ISODate) : QString())},
        {QStringLiteral("source_url"), text(p.sourceUrl)},
        {QStringLiteral("notes"), text(p.notes)},
        {QStringLiteral("locations"), locations},
        {QStringLiteral("skills"), skills},
    };
}

} // namespace

QByteArray DatasetJsonWriter::toJson(const Dataset &dataset)
{
    QJsonArray categories;
    for (const SkillCategoryRecord &c : dataset.skillCategories)
        categories.append(QJsonObject{{QStringLiteral("key"), c.key}, {QStringLiteral("name"), c.name}});
    QJsonArray skills;
    for (const SkillRecord &s : dataset.skills)
        skills.append(QJsonObject{{QStringLiteral("name"), s.name},
                                  {QStringLiteral("category"), text(s.category)},
                                  {QStringLiteral("aliases"), QJsonArray::fromStringList(s.aliases)}});
    QJsonArray postings;
    for (const PostingRecord &p : dataset.postings)
        postings.append(posting(p));
    QJsonArray bands;
    for (const SalaryBandRecord &b : dataset.salaryBands)
        bands.append(QJsonObject{
            {QStringLiteral("section"), text(b.section)},
            {QStringLiteral("level"), b.level ? QJsonValue(Vocabulary::key(Vocabulary::seniorities, *b.level))
                                              : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("level_text"), text(b.levelText)},
            {QStringLiteral("pay_type"), b.payType},
            {QStringLiteral("qualifier"), text(b.qualifier)},
            {QStringLiteral("min"), number(b.min)},
            {QStringLiteral("max"), number(b.max)},
            {QStringLiteral("open_ended"), b.openEnded},
            {QStringLiteral("currency"), text(b.currency)},
            {QStringLiteral("period"), Vocabulary::key(Vocabulary::payPeriods, b.period)},
            {QStringLiteral("text"), b.text}});
    auto published = [](const auto &record) {
        return QJsonObject{{QStringLiteral("table"), record.table},
                           {QStringLiteral("label"), record.label},
                           {QStringLiteral("count"), number(record.count)},
                           {QStringLiteral("total"), number(record.total)},
                           {QStringLiteral("percent"), number(record.percent)},
                           {QStringLiteral("detail"), text(record.detail)},
                           {QStringLiteral("note"), text(record.note)}};
    };
    QJsonArray frequencies;
    for (const SkillFrequencyRecord &f : dataset.skillFrequencies) {
        QJsonObject o = published(f);
        o.insert(QStringLiteral("category"), text(f.category));
        o.insert(QStringLiteral("skill"), text(f.skill));
        frequencies.append(o);
    }
    QJsonArray figures;
    for (const FigureRecord &f : dataset.figures) {
        QJsonObject o = published(f);
        o.insert(QStringLiteral("value_text"), text(f.valueText));
        figures.append(o);
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("jobexplorer-dataset")},
        {QStringLiteral("format_version"), DatasetReader::FormatVersion},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("title"), text(dataset.meta.title)},
                     {QStringLiteral("source"), text(dataset.meta.source)},
                     {QStringLiteral("collection_period"), text(dataset.meta.collectionPeriod)},
                     {QStringLiteral("description"), text(dataset.meta.description)}}},
        {QStringLiteral("skill_categories"), categories},
        {QStringLiteral("skills"), skills},
        {QStringLiteral("postings"), postings},
        {QStringLiteral("reference"), QJsonObject{{QStringLiteral("salary_bands"), bands},
                                                  {QStringLiteral("skill_frequencies"), frequencies},
                                                  {QStringLiteral("figures"), figures}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool DatasetJsonWriter::writeFile(const Dataset &dataset, const QString &fileName)
{
    const QString shown = QDir::toNativeSeparators(fileName);
    OutputFile file(fileName);
    if (!file.open()) {
        m_error = tr("Cannot write %1: %2").arg(shown, file.errorString());
        return false;
    }
    const QByteArray json = toJson(dataset);
    if (file.device().write(json) != json.size()) {
        m_error = tr("Cannot write %1: %2").arg(shown, file.deviceProblem());
        return false;
    }
    if (!file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(shown, file.errorString());
        return false;
    }
    return true;
}

} // namespace jobexplorer
