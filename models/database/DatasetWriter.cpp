#include "DatasetWriter.h"

#include "PostingDatabase.h"
#include "SkillListBlob.h"
#include "SqliteStatement.h"
#include "SqliteTransaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QStringEncoder>
#include <QTemporaryFile>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#else
#include <io.h>
#endif

namespace jobexplorer {

namespace {

template <typename Enum, std::size_t N>
const char *vocabularyKey(const std::array<EnumEntry<Enum>, N> &table, Enum value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return entry.key;
    }
    return nullptr;
}

QString schemaSql()
{
    QFile file(QStringLiteral(":/jobexplorer/models/schema.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The schema file separates statements with a semicolon at the end of a line; a trigger ends
// at its line "END;".
QStringList schemaStatements()
{
    QStringList statements;
    QString current;
    const QStringList lines = schemaSql().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        current += line % QLatin1Char('\n');
        const bool trigger =
            current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
        if (trigger ? line.trimmed().compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                    : line.trimmed().endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    return statements;
}

// Resolves skill names and aliases, case-insensitively. Names are almost always written the
// way the taxonomy writes them, so the exact spelling is looked up before the folded one.
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
        // Only after every folded key is known: an exact spelling must not win over a later
        // skill that claims the same folded name (that is a conflict, reported by validate()).
        for (qsizetype i = 0; i < dataset.skills.size(); ++i) {
            const SkillRecord &skill = dataset.skills.at(i);
            m_exact.insert(skill.name, m_folded.value(skill.name.toCaseFolded()));
            for (const QString &alias : skill.aliases)
                m_exact.insert(alias, m_folded.value(alias.toCaseFolded()));
        }
    }
    qsizetype find(const QString &name) const
    {
        const auto it = m_exact.constFind(name);
        return it != m_exact.cend() ? *it : m_folded.value(name.toCaseFolded(), -1);
    }
    const QString &conflict() const { return m_conflict; }

private:
    void add(const QString &name, qsizetype skill)
    {
        const QString key = name.toCaseFolded();
        const auto it = m_folded.constFind(key);
        if (it != m_folded.cend() && *it != skill && m_conflict.isEmpty())
            m_conflict = name;
        m_folded.insert(key, skill);
    }
    QHash<QString, qsizetype> m_folded;
    QHash<QString, qsizetype> m_exact;
    QString m_conflict;
};

QString postingName(const PostingRecord &posting, qsizetype index)
{
    const QString who =
        posting.company.isEmpty() ? posting.title : posting.company % QStringLiteral(" – ") % posting.title;
    return DatasetWriter::tr("posting %1 (%2)").arg(index + 1).arg(who);
}

// validate() with the dataset's skill index at hand.
QString checkDataset(const Dataset &dataset, const SkillIndex &skills)
{
    QSet<QString> categories;
    for (const SkillCategoryRecord &category : dataset.skillCategories) {
        if (categories.contains(category.key))
            return DatasetWriter::tr("the skill category \"%1\" is defined twice").arg(category.key);
        categories.insert(category.key);
    }
    for (const SkillRecord &skill : dataset.skills) {
        if (!skill.category.isEmpty() && !categories.contains(skill.category))
            return DatasetWriter::tr("the skill \"%1\" has the unknown category \"%2\"")
                .arg(skill.name, skill.category);
    }
    if (!skills.conflict().isEmpty())
        return DatasetWriter::tr("the skill name or alias \"%1\" is used for two skills")
            .arg(skills.conflict());
    // seenIn[skill] is the number (index + 1) of the last posting that named the skill.
    std::vector<qsizetype> seenIn(std::size_t(dataset.skills.size()), 0);
    for (qsizetype i = 0; i < dataset.postings.size(); ++i) {
        const PostingRecord &posting = dataset.postings.at(i);
        // The schema's CHECK constraints on postings, which write() leaves to this function.
        if ((posting.experienceMin && *posting.experienceMin < 0) ||
            (posting.experienceMax && *posting.experienceMax < 0))
            return DatasetWriter::tr("%1 has a negative number of years of experience")
                .arg(postingName(posting, i));
        if (posting.salary.isStated() && posting.salary.period == PayPeriod::Unknown)
            return DatasetWriter::tr("%1 has a salary without a pay period").arg(postingName(posting, i));
        for (const SkillMentionRecord &mention : posting.skills) {
            const qsizetype skill = skills.find(mention.skill);
            if (skill < 0)
                return DatasetWriter::tr("%1 names the unknown skill \"%2\"")
                    .arg(postingName(posting, i), mention.skill);
            if (seenIn[std::size_t(skill)] == i + 1)
                return DatasetWriter::tr("%1 lists the skill \"%2\" twice")
                    .arg(postingName(posting, i), mention.skill);
            seenIn[std::size_t(skill)] = i + 1;
        }
    }
    for (const SkillFrequencyRecord &row : dataset.skillFrequencies) {
        if (!row.skill.isEmpty() && skills.find(row.skill) < 0)
            return DatasetWriter::tr("the published frequency \"%1\" names the unknown skill \"%2\"")
                .arg(row.label, row.skill);
    }
    return {};
}

void insertMeta(SqliteConnection &db, const DatasetMeta &datasetMeta)
{
    SqliteStatement insertMeta(db, "INSERT INTO meta (key, value) VALUES (?, ?)");
    const QList<std::pair<QString, QString>> meta{
        {QStringLiteral("format"), QLatin1String(PostingDatabase::FormatName)},
        {QStringLiteral("format_version"), QString::number(PostingDatabase::FormatVersion)},
        {QStringLiteral("title"), datasetMeta.title},
        {QStringLiteral("source"), datasetMeta.source},
        {QStringLiteral("collection_period"), datasetMeta.collectionPeriod},
        {QStringLiteral("description"), datasetMeta.description},
        {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    for (const auto &[key, value] : meta) {
        if (!value.isEmpty())
            insertMeta.bindText(key).bindText(value).run();
    }
}

// Brings the dataset's skill categories, skills and aliases into db: those already there (by
// category key, by skill name or alias regardless of case) are kept as they are, the others
// inserted. Returns the skills' ids in db, by index in dataset.skills. For a new database every
// table is empty and everything is inserted; for an append only the taxonomy is read, never a
// posting. Throws SqliteError.
std::vector<qint64> insertTaxonomy(SqliteConnection &db, const Dataset &dataset)
{
    QHash<QString, qint64> categoryIds;
    qint64 nextSortOrder = 0;
    for (SqliteStatement row(db, "SELECT key, id, sort_order FROM skill_categories"); row.next();) {
        categoryIds.insert(row.text(0), row.integer(1));
        nextSortOrder = std::max<qint64>(nextSortOrder, row.integer(2) + 1);
    }
    QHash<QString, qint64> skillByName; // folded name or alias → id
    for (SqliteStatement row(db, "SELECT name, id FROM skills"); row.next();)
        skillByName.insert(row.text(0).toCaseFolded(), row.integer(1));
    QSet<QString> aliases; // folded
    for (SqliteStatement row(db, "SELECT alias FROM skill_aliases"); row.next();)
        aliases.insert(row.text(0).toCaseFolded());

    SqliteStatement insertCategory(db,
                                   "INSERT INTO skill_categories (key, name, sort_order) VALUES (?, ?, ?)");
    for (const SkillCategoryRecord &category : dataset.skillCategories) {
        if (!categoryIds.contains(category.key))
            categoryIds.insert(category.key, insertCategory.bindText(category.key)
                                                 .bindText(category.name)
                                                 .bindInteger(nextSortOrder++)
                                                 .run());
    }
    std::vector<qint64> skillIds;
    skillIds.reserve(std::size_t(dataset.skills.size()));
    SqliteStatement insertSkill(db, "INSERT INTO skills (name, category_id) VALUES (?, ?)");
    SqliteStatement insertAlias(db, "INSERT INTO skill_aliases (alias, skill_id) VALUES (?, ?)");
    for (const SkillRecord &skill : dataset.skills) {
        const QString name = skill.name.toCaseFolded();
        if (const auto known = skillByName.constFind(name); known != skillByName.cend()) {
            skillIds.push_back(*known);
            continue;
        }
        insertSkill.bindText(skill.name);
        if (skill.category.isEmpty())
            insertSkill.bindNull();
        else
            insertSkill.bindInteger(categoryIds.value(skill.category));
        skillIds.push_back(insertSkill.run());
        skillByName.insert(name, skillIds.back());
        for (const QString &alias : skill.aliases) {
            const QString folded = alias.toCaseFolded();
            if (folded != name && !aliases.contains(folded)) {
                insertAlias.bindText(alias).bindInteger(skillIds.back()).run();
                aliases.insert(folded);
            }
        }
    }
    return skillIds;
}

// Inserts the postings with their locations, skills and skill lists (when the file has that
// table); skillIds as insertTaxonomy() returned them. The full write and the append share this
// routine. Throws SqliteError; what was inserted is then the caller's transaction's to undo.
void insertPostings(SqliteConnection &db, const QList<PostingRecord> &postings, const SkillIndex &skills,
                    const std::vector<qint64> &skillIds, bool withSkillLists)
{
    // The CHECK constraints of postings and posting_skills are lists of vocabulary keys (and
    // years >= 0). SQLite checks such a list through a temporary index that it builds and
    // drops for every row inserted, which was a third of the writing time. The keys written
    // here come from the vocabulary tables and checkDataset() has checked the rest, so these
    // tables are filled without the checks (NOT NULL still holds: a value outside the
    // vocabulary is bound as NULL and refused).
    db.execute(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    const auto checksBack = qScopeGuard([&db] {
        sqlite3_exec(db.handle(), "PRAGMA ignore_check_constraints = OFF", nullptr, nullptr, nullptr);
    });
    SqliteStatement insertPosting(
        db, "INSERT INTO postings (source_id, company, label, title, role_family, seniority, seniority_text, "
            "experience_min, experience_max, experience_text, work_mode, work_mode_text, employment_type, "
            "salary_min, salary_max, salary_currency, salary_period, salary_annual_min, salary_annual_max, "
            "salary_text, industry, company_size, posted_date, source_url, notes) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SqliteStatement insertLocation(
        db, "INSERT INTO posting_locations (posting_id, position, city, region, country, "
            "metro_area, text) VALUES (?, ?, ?, ?, ?, ?, ?)");
    SqliteStatement insertSkill(
        db, "INSERT INTO posting_skills (posting_id, skill_id, position, requirement, mention) "
            "VALUES (?, ?, ?, ?, ?)");
    std::optional<SqliteStatement> insertSkillList;
    if (withSkillLists)
        insertSkillList.emplace(db, "INSERT INTO posting_skill_lists (posting_id, skill_ids) VALUES (?, ?)");
    std::string skillList;
    for (const PostingRecord &p : postings) {
        const double factor = annualMultiplier(p.salary.period);
        auto annual = [factor](const std::optional<double> &amount) {
            return amount ? std::optional<double>(*amount * factor) : std::nullopt;
        };
        insertPosting.bindNullable(p.sourceId)
            .bindNullable(p.company)
            .bindNullable(p.label)
            .bindText(p.title);
        insertPosting.bindNullable(p.roleFamily).bindKey(vocabularyKey(Vocabulary::seniorities, p.seniority));
        insertPosting.bindNullable(p.seniorityText)
            .bindNullable(p.experienceMin)
            .bindNullable(p.experienceMax);
        insertPosting.bindNullable(p.experienceText)
            .bindKey(vocabularyKey(Vocabulary::workModes, p.workMode));
        insertPosting.bindNullable(p.workModeText)
            .bindKey(vocabularyKey(Vocabulary::employmentTypes, p.employmentType));
        insertPosting.bindNullable(p.salary.min).bindNullable(p.salary.max).bindNullable(p.salary.currency);
        if (p.salary.isStated())
            insertPosting.bindKey(vocabularyKey(Vocabulary::payPeriods, p.salary.period));
        else
            insertPosting.bindNull();
        insertPosting.bindNullable(annual(p.salary.min))
            .bindNullable(annual(p.salary.max))
            .bindNullable(p.salary.text);
        insertPosting.bindNullable(p.industry).bindNullable(p.companySize);
        if (const QDate &d = p.postedDate; d.isValid() && d.year() >= 0 && d.year() <= 9999) {
            // QDate::toString(Qt::ISODate) by hand, without a QString per posting.
            char date[16];
            std::snprintf(date, sizeof date, "%04d-%02d-%02d", d.year(), d.month(), d.day());
            insertPosting.bindCopy(date);
        } else {
            insertPosting.bindNull();
        }
        const qint64 postingId = insertPosting.bindNullable(p.sourceUrl).bindNullable(p.notes).run();
        for (qsizetype i = 0; i < p.locations.size(); ++i) {
            const LocationRecord &l = p.locations.at(i);
            insertLocation.bindInteger(postingId).bindInteger(i).bindNullable(l.city).bindNullable(l.region);
            insertLocation.bindNullable(l.country).bindNullable(l.metroArea).bindNullable(l.text).run();
        }
        // The skills before the list: the trigger posting_skills_inserted, present when
        // appending, drops the posting's list whenever one of its skills is inserted.
        skillList.clear();
        for (qsizetype i = 0; i < p.skills.size(); ++i) {
            const SkillMentionRecord &s = p.skills.at(i);
            const qint64 skillId = skillIds[std::size_t(skills.find(s.skill))];
            insertSkill.bindInteger(postingId).bindInteger(skillId).bindInteger(i);
            insertSkill.bindKey(vocabularyKey(Vocabulary::requirements, s.requirement))
                .bindNullable(s.mention)
                .run();
            SkillListBlob::append(skillList, skillId);
        }
        if (insertSkillList)
            insertSkillList->bindInteger(postingId).bindBlob(skillList).run();
    }
}

// The published figures, with SQLite's CHECK constraints. Throws SqliteError.
void insertReference(SqliteConnection &db, const Dataset &dataset, const SkillIndex &skills,
                     const std::vector<qint64> &skillIds)
{
    SqliteStatement insertBand(
        db, "INSERT INTO ref_salary_bands (section, level, level_text, pay_type, qualifier, "
            "min, max, open_ended, currency, period, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const SalaryBandRecord &b : dataset.salaryBands) {
        insertBand.bindNullable(b.section);
        if (b.level)
            insertBand.bindKey(vocabularyKey(Vocabulary::seniorities, *b.level));
        else
            insertBand.bindNull();
        insertBand.bindNullable(b.levelText)
            .bindText(b.payType)
            .bindNullable(b.qualifier)
            .bindNullable(b.min)
            .bindNullable(b.max);
        insertBand.bindInteger(b.openEnded ? 1 : 0).bindNullable(b.currency);
        insertBand.bindKey(vocabularyKey(Vocabulary::payPeriods, b.period)).bindText(b.text).run();
    }
    SqliteStatement insertFrequency(
        db, "INSERT INTO ref_skill_frequencies (table_name, category, label, skill_id, count, "
            "total, percent, detail, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const SkillFrequencyRecord &f : dataset.skillFrequencies) {
        insertFrequency.bindText(f.table).bindNullable(f.category).bindText(f.label);
        const qsizetype skill = f.skill.isEmpty() ? -1 : skills.find(f.skill);
        if (skill < 0)
            insertFrequency.bindNull();
        else
            insertFrequency.bindInteger(skillIds[std::size_t(skill)]);
        insertFrequency.bindNullable(f.count).bindNullable(f.total).bindNullable(f.percent).bindNullable(
            f.detail);
        insertFrequency.bindNullable(f.note).run();
    }
    SqliteStatement insertFigure(
        db, "INSERT INTO ref_figures (table_name, label, value_text, count, total, percent, "
            "detail, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const FigureRecord &f : dataset.figures) {
        insertFigure.bindText(f.table)
            .bindText(f.label)
            .bindNullable(f.valueText)
            .bindNullable(f.count)
            .bindNullable(f.total);
        insertFigure.bindNullable(f.percent).bindNullable(f.detail).bindNullable(f.note).run();
    }
}

// Makes sure what was written to fileName is on the disk, not only in the system's cache.
bool syncFile(const QString &fileName)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(fileName).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#else
    QFile file(fileName);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    return _commit(file.handle()) == 0;
#endif
}

} // namespace

int DatasetWriter::removeStaleTemporaryFiles(const QString &fileName)
{
    const QFileInfo target(fileName);
    QDir folder = target.absoluteDir();
    const QString prefix = QLatin1Char('.') + target.fileName() + QLatin1Char('.');
    const QDateTime oldEnough = QDateTime::currentDateTimeUtc().addSecs(-staleAfterSeconds);
    int removed = 0;
    const QFileInfoList candidates =
        folder.entryInfoList({prefix + QLatin1String("??????")}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &candidate : candidates) {
        if (!candidate.isFile() || candidate.isSymLink() || candidate.lastModified().toUTC() > oldEnough)
            continue;
        // Ours only: an SQLite file (or nothing yet, when the write was killed at once)...
        QFile file(candidate.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray header = file.read(16);
        file.close();
        if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
            continue;
        // ...that no writer holds: a writer keeps its transaction, and so SQLite's lock, open
        // until the file is complete and moved into place.
        if (!header.isEmpty()) {
            try {
                SqliteConnection probe(candidate.absoluteFilePath(), SqliteConnection::Mode::ReadWrite,
                                       SqliteConnection::Threads::OneThread);
                probe.execute("BEGIN IMMEDIATE");
                probe.execute("ROLLBACK");
            } catch (const SqliteError &) {
                continue; // busy: still being written
            }
        }
        if (QFile::remove(candidate.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

QString DatasetWriter::validate(const Dataset &dataset)
{
    return checkDataset(dataset, SkillIndex(dataset));
}

bool DatasetWriter::append(const Dataset &additions, const QString &fileName)
{
    m_error.clear();
    auto fail = [&](const QString &problem) {
        m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), problem);
        return false;
    };
    const SkillIndex skills(additions);
    if (const QString invalid = checkDataset(additions, skills); !invalid.isEmpty())
        return fail(invalid);
    try {
        SqliteConnection db(fileName, SqliteConnection::Mode::ReadWrite,
                            SqliteConnection::Threads::OneThread);
        // The file's own journal and sync settings stay: they make the transaction atomic on
        // this file (a crash or a full disk leaves it as it was). A reader of the open file
        // (the window's integrity check, say) may hold it for a while: wait for it.
        db.execute(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs));
        db.execute(QStringLiteral("PRAGMA cache_size = %1").arg(appendCacheKiB));
        const bool withSkillLists = db.hasTable("posting_skill_lists");
        SqliteTransaction transaction(db);
        // Take the write lock now rather than at the first insert, so that a busy file is
        // reported before anything is done.
        db.execute("DELETE FROM meta WHERE 0");
        const std::vector<qint64> skillIds = insertTaxonomy(db, additions);
        insertPostings(db, additions.postings, skills, skillIds, withSkillLists);
        transaction.commit();
    } catch (const SqliteError &error) {
        return fail(error.message);
    }
    return true;
}

bool DatasetWriter::write(const Dataset &dataset, const QString &fileName)
{
    const QString shownName = QDir::toNativeSeparators(fileName);
    auto fail = [&](const QString &problem) {
        m_error = tr("Cannot write %1: %2").arg(shownName, problem);
        return false;
    };
    m_error.clear();
    const SkillIndex skills(dataset);
    if (const QString invalid = checkDataset(dataset, skills); !invalid.isEmpty())
        return fail(invalid);
    const QFileInfo target(fileName);
    if (target.isDir())
        return fail(tr("it is a folder."));
    const QStringList statements = schemaStatements();
    if (statements.isEmpty())
        return fail(tr("the database schema is missing from the program."));

    removeStaleTemporaryFiles(fileName);
    QTemporaryFile temporary(target.absolutePath() % QLatin1String("/.") % target.fileName() %
                             QLatin1String(".XXXXXX"));
    if (!temporary.open())
        return fail(temporary.errorString());
    temporary.close();

    {
        try {
            SqliteConnection db(temporary.fileName(), SqliteConnection::Mode::ReadWrite,
                                SqliteConnection::Threads::OneThread);
            // The file is a temporary one that only replaces the target once complete, so
            // SQLite need not guard it against crashes: no rollback journal on disk, no syncs
            // (the finished file is synced once, below, before it is moved into place).
            db.execute(QStringLiteral("PRAGMA application_id = %1").arg(PostingDatabase::ApplicationId));
            db.execute("PRAGMA journal_mode = MEMORY");
            db.execute("PRAGMA synchronous = OFF");
            // Every id a row refers to is one this function has just inserted (checkDataset()
            // has made sure each name resolves), so SQLite need not look each one up again.
            db.execute("PRAGMA foreign_keys = OFF");
            SqliteTransaction transaction(db);
            // Indexes are built after the rows are in: one sort instead of a million inserts.
            // Triggers come last too: they guard the file against later edits, not this write.
            QStringList afterRows;
            for (const QString &statement : statements) {
                if (statement.startsWith(QLatin1String("CREATE INDEX"), Qt::CaseInsensitive) ||
                    statement.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
                    afterRows << statement;
                else
                    db.execute(statement);
            }
            insertMeta(db, dataset.meta);
            const std::vector<qint64> skillIds = insertTaxonomy(db, dataset);
            insertPostings(db, dataset.postings, skills, skillIds, true);
            insertReference(db, dataset, skills, skillIds);
            for (const QString &statement : afterRows)
                db.execute(statement);
            transaction.commit();
        } catch (const SqliteError &error) {
            return fail(error.message);
        }
    }
    if (!syncFile(temporary.fileName()))
        return fail(tr("the finished file could not be saved to disk (%1).")
                        .arg(QString::fromLocal8Bit(std::strerror(errno))));

    // rename(2) replaces the target in one step: readers see the old file or the new one.
    if (std::rename(QFile::encodeName(temporary.fileName()).constData(),
                    QFile::encodeName(fileName).constData()) != 0)
        return fail(tr("the finished file could not be moved into place (%1).")
                        .arg(QString::fromLocal8Bit(std::strerror(errno))));
    temporary.setAutoRemove(false);
    QFile::setPermissions(fileName,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return true;
}

} // namespace jobexplorer
