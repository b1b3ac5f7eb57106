#include "DatasetWriter.h"

#include "PostingDatabase.h"
#include "SqlConnection.h"
#include "SqlTransaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QVariant>

#include <QSet>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace jobexplorer {

namespace {

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

template <typename T>
QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}

// Runs statements with bound values, preparing each distinct statement once: a million
// postings mean millions of inserts of a handful of kinds.
class StatementRunner
{
public:
    explicit StatementRunner(QSqlDatabase database) : m_database(std::move(database)), m_plain(m_database) {}

    bool run(const QString &sql, const QVariantList &values = {})
    {
        if (values.isEmpty()) {
            m_last = &m_plain;
            return m_plain.exec(sql);
        }
        auto it = m_prepared.find(sql);
        if (it == m_prepared.end()) {
            it = m_prepared.insert(sql, QSqlQuery(m_database));
            if (!it->prepare(sql)) {
                m_last = &*it;
                return false;
            }
        }
        m_last = &*it;
        for (qsizetype i = 0; i < values.size(); ++i)
            it->bindValue(static_cast<int>(i), values.at(i));
        return it->exec();
    }
    qint64 lastInsertId() const { return m_last->lastInsertId().toLongLong(); }
    QString lastError() const { return m_last->lastError().text(); }

private:
    QSqlDatabase m_database;
    QSqlQuery m_plain;
    QHash<QString, QSqlQuery> m_prepared;
    QSqlQuery *m_last = &m_plain;
};

QString schemaSql()
{
    QFile file(QStringLiteral(":/jobexplorer/models/schema.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The schema file separates statements with a semicolon at the end of a line.
QStringList schemaStatements()
{
    QStringList statements;
    QString current;
    const QStringList lines = schemaSql().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        current += line % QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    return statements;
}

// Resolves skill names and aliases, case-insensitively.
class SkillIndex
{
public:
    explicit SkillIndex(const Dataset &dataset)
    {
        for (qsizetype i = 0; i < dataset.skills.size(); ++i) {
            const SkillRecord &skill = dataset.skills.at(i);
            add(skill.name, i);
            for (const QString &alias : skill.aliases)
                add(alias, i);
        }
    }
    qsizetype find(const QString &name) const { return m_index.value(name.toCaseFolded(), -1); }
    const QString &conflict() const { return m_conflict; }

private:
    void add(const QString &name, qsizetype skill)
    {
        const QString key = name.toCaseFolded();
        const auto it = m_index.constFind(key);
        if (it != m_index.cend() && *it != skill && m_conflict.isEmpty())
            m_conflict = name;
        m_index.insert(key, skill);
    }
    QHash<QString, qsizetype> m_index;
    QString m_conflict;
};

QString postingName(const PostingRecord &posting, qsizetype index)
{
    const QString who = posting.company.isEmpty() ? posting.title : posting.company % QStringLiteral(" – ") % posting.title;
    return DatasetWriter::tr("posting %1 (%2)").arg(index + 1).arg(who);
}

} // namespace

QString DatasetWriter::validate(const Dataset &dataset)
{
    QSet<QString> categories;
    for (const SkillCategoryRecord &category : dataset.skillCategories) {
        if (categories.contains(category.key))
            return tr("the skill category \"%1\" is defined twice").arg(category.key);
        categories.insert(category.key);
    }
    for (const SkillRecord &skill : dataset.skills) {
        if (!skill.category.isEmpty() && !categories.contains(skill.category))
            return tr("the skill \"%1\" has the unknown category \"%2\"").arg(skill.name, skill.category);
    }
    const SkillIndex skills(dataset);
    if (!skills.conflict().isEmpty())
        return tr("the skill name or alias \"%1\" is used for two skills").arg(skills.conflict());
    for (qsizetype i = 0; i < dataset.postings.size(); ++i) {
        const PostingRecord &posting = dataset.postings.at(i);
        QSet<qsizetype> seen;
        for (const SkillMentionRecord &mention : posting.skills) {
            const qsizetype skill = skills.find(mention.skill);
            if (skill < 0)
                return tr("%1 names the unknown skill \"%2\"").arg(postingName(posting, i), mention.skill);
            if (seen.contains(skill))
                return tr("%1 lists the skill \"%2\" twice").arg(postingName(posting, i), mention.skill);
            seen.insert(skill);
        }
    }
    for (const SkillFrequencyRecord &row : dataset.skillFrequencies) {
        if (!row.skill.isEmpty() && skills.find(row.skill) < 0)
            return tr("the published frequency \"%1\" names the unknown skill \"%2\"").arg(row.label, row.skill);
    }
    return {};
}

bool DatasetWriter::write(const Dataset &dataset, const QString &fileName)
{
    const QString shownName = QDir::toNativeSeparators(fileName);
    auto fail = [&](const QString &problem) {
        m_error = tr("Cannot write %1: %2").arg(shownName, problem);
        return false;
    };
    m_error.clear();
    if (const QString invalid = validate(dataset); !invalid.isEmpty())
        return fail(invalid);
    const QFileInfo target(fileName);
    if (target.isDir())
        return fail(tr("it is a folder."));
    const QStringList statements = schemaStatements();
    if (statements.isEmpty())
        return fail(tr("the database schema is missing from the program."));

    QTemporaryFile temporary(target.absolutePath() % QLatin1String("/.") % target.fileName()
                             % QLatin1String(".XXXXXX"));
    if (!temporary.open())
        return fail(temporary.errorString());
    temporary.close();

    {
        SqlConnection connection(temporary.fileName(), SqlConnection::Mode::ReadWrite);
        if (!connection.isOpen())
            return fail(connection.errorString());
        QSqlDatabase db = connection.database();
        StatementRunner runner(db);
        auto exec = [&](const QString &sql, const QVariantList &values = {}) {
            if (runner.run(sql, values))
                return true;
            m_error = tr("Cannot write %1: %2").arg(shownName, runner.lastError());
            return false;
        };
        if (!exec(QStringLiteral("PRAGMA application_id = %1").arg(PostingDatabase::ApplicationId))
            || !exec(QStringLiteral("PRAGMA foreign_keys = ON")))
            return false;

        SqlTransaction transaction(db);
        if (!transaction.isActive())
            return fail(db.lastError().text());
        for (const QString &statement : statements) {
            if (!exec(statement))
                return false;
        }

        const QString insertMeta = QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)");
        const QList<std::pair<QString, QString>> meta{
            {QStringLiteral("format"), QStringLiteral("jobexplorer-postings")},
            {QStringLiteral("format_version"), QString::number(PostingDatabase::FormatVersion)},
            {QStringLiteral("title"), dataset.meta.title},
            {QStringLiteral("source"), dataset.meta.source},
            {QStringLiteral("collection_period"), dataset.meta.collectionPeriod},
            {QStringLiteral("description"), dataset.meta.description},
            {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        };
        for (const auto &[key, value] : meta) {
            if (!value.isEmpty() && !exec(insertMeta, {key, value}))
                return false;
        }

        QHash<QString, qint64> categoryIds;
        for (qsizetype i = 0; i < dataset.skillCategories.size(); ++i) {
            const SkillCategoryRecord &category = dataset.skillCategories.at(i);
            if (!exec(QStringLiteral("INSERT INTO skill_categories (key, name, sort_order) VALUES (?, ?, ?)"),
                      {category.key, category.name, qint64(i)}))
                return false;
            categoryIds.insert(category.key, runner.lastInsertId());
        }
        QList<qint64> skillIds;
        for (const SkillRecord &skill : dataset.skills) {
            const QVariant category = skill.category.isEmpty() ? QVariant(QMetaType::fromType<qint64>())
                                                               : QVariant(categoryIds.value(skill.category));
            if (!exec(QStringLiteral("INSERT INTO skills (name, category_id) VALUES (?, ?)"), {skill.name, category}))
                return false;
            skillIds << runner.lastInsertId();
            for (const QString &alias : skill.aliases) {
                if (alias.compare(skill.name, Qt::CaseInsensitive) == 0)
                    continue;
                if (!exec(QStringLiteral("INSERT INTO skill_aliases (alias, skill_id) VALUES (?, ?)"),
                          {alias, skillIds.last()}))
                    return false;
            }
        }

        const SkillIndex skills(dataset);
        const QString insertPosting = QStringLiteral(
            "INSERT INTO postings (source_id, company, label, title, role_family, seniority, seniority_text, "
            "experience_min, experience_max, experience_text, work_mode, work_mode_text, employment_type, "
            "salary_min, salary_max, salary_currency, salary_period, salary_annual_min, salary_annual_max, "
            "salary_text, industry, company_size, posted_date, source_url, notes) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const PostingRecord &p : dataset.postings) {
            const double factor = annualMultiplier(p.salary.period);
            auto annual = [factor](const std::optional<double> &amount) {
                return amount ? std::optional<double>(*amount * factor) : std::nullopt;
            };
            const QVariant period = p.salary.isStated()
                                      ? QVariant(Vocabulary::key(Vocabulary::payPeriods, p.salary.period))
                                      : QVariant(QMetaType::fromType<QString>());
            if (!exec(insertPosting,
                      {nullable(p.sourceId), nullable(p.company), nullable(p.label), p.title,
                       nullable(p.roleFamily), Vocabulary::key(Vocabulary::seniorities, p.seniority),
                       nullable(p.seniorityText), nullable(p.experienceMin), nullable(p.experienceMax),
                       nullable(p.experienceText), Vocabulary::key(Vocabulary::workModes, p.workMode),
                       nullable(p.workModeText), Vocabulary::key(Vocabulary::employmentTypes, p.employmentType),
                       nullable(p.salary.min), nullable(p.salary.max), nullable(p.salary.currency), period,
                       nullable(annual(p.salary.min)), nullable(annual(p.salary.max)), nullable(p.salary.text),
                       nullable(p.industry), nullable(p.companySize),
                       nullable(p.postedDate.isValid() ? p.postedDate.toString(Qt::ISODate) : QString()),
                       nullable(p.sourceUrl), nullable(p.notes)}))
                return false;
            const qint64 postingId = runner.lastInsertId();
            for (qsizetype i = 0; i < p.locations.size(); ++i) {
                const LocationRecord &l = p.locations.at(i);
                if (!exec(QStringLiteral("INSERT INTO posting_locations (posting_id, position, city, region, country, "
                                         "metro_area, text) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {postingId, qint64(i), nullable(l.city), nullable(l.region), nullable(l.country),
                           nullable(l.metroArea), nullable(l.text)}))
                    return false;
            }
            for (qsizetype i = 0; i < p.skills.size(); ++i) {
                const SkillMentionRecord &s = p.skills.at(i);
                if (!exec(QStringLiteral("INSERT INTO posting_skills (posting_id, skill_id, position, requirement, "
                                         "mention) VALUES (?, ?, ?, ?, ?)"),
                          {postingId, skillIds.at(skills.find(s.skill)), qint64(i),
                           Vocabulary::key(Vocabulary::requirements, s.requirement), nullable(s.mention)}))
                    return false;
            }
        }

        for (const SalaryBandRecord &b : dataset.salaryBands) {
            const QVariant level = b.level ? QVariant(Vocabulary::key(Vocabulary::seniorities, *b.level))
                                           : QVariant(QMetaType::fromType<QString>());
            if (!exec(QStringLiteral("INSERT INTO ref_salary_bands (section, level, level_text, pay_type, qualifier, "
                                     "min, max, open_ended, currency, period, text) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {nullable(b.section), level, nullable(b.levelText), b.payType, nullable(b.qualifier),
                       nullable(b.min), nullable(b.max), b.openEnded ? 1 : 0, nullable(b.currency),
                       Vocabulary::key(Vocabulary::payPeriods, b.period), b.text}))
                return false;
        }
        for (const SkillFrequencyRecord &f : dataset.skillFrequencies) {
            const qsizetype skill = f.skill.isEmpty() ? -1 : skills.find(f.skill);
            const QVariant skillId =
                skill < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(skillIds.at(skill));
            if (!exec(QStringLiteral("INSERT INTO ref_skill_frequencies (table_name, category, label, skill_id, count, "
                                     "total, percent, detail, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {f.table, nullable(f.category), f.label, skillId, nullable(f.count), nullable(f.total),
                       nullable(f.percent), nullable(f.detail), nullable(f.note)}))
                return false;
        }
        for (const FigureRecord &f : dataset.figures) {
            if (!exec(QStringLiteral("INSERT INTO ref_figures (table_name, label, value_text, count, total, percent, "
                                     "detail, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {f.table, f.label, nullable(f.valueText), nullable(f.count), nullable(f.total),
                       nullable(f.percent), nullable(f.detail), nullable(f.note)}))
                return false;
        }
        if (!transaction.commit())
            return fail(db.lastError().text());
    }

    // rename(2) replaces the target in one step: readers see the old file or the new one.
    if (std::rename(QFile::encodeName(temporary.fileName()).constData(), QFile::encodeName(fileName).constData()) != 0)
        return fail(tr("the finished file could not be moved into place (%1).")
                        .arg(QString::fromLocal8Bit(std::strerror(errno))));
    temporary.setAutoRemove(false);
    QFile::setPermissions(fileName, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return true;
}

} // namespace jobexplorer
