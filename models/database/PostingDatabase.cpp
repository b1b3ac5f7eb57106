#include "PostingDatabase.h"

#include "DatasetWriter.h"
#include "OutputFile.h"
#include "SqliteStatement.h"
#include "StoreLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace jobexplorer {

namespace {

constexpr QLatin1String sqliteMagic("SQLite format 3\0", 16);
constexpr std::array requiredTables{"meta",     "skill_categories",  "skills",        "skill_aliases",
                                    "postings", "posting_locations", "posting_skills"};

QString displayPath(const QString &fileName)
{
    return QDir::toNativeSeparators(fileName);
}

template <typename Enum, std::size_t N>
Enum fromColumn(const std::array<EnumEntry<Enum>, N> &table, const SqliteStatement &row, int column,
                Enum fallback)
{
    return Vocabulary::fromKey(table, row.text(column)).value_or(fallback);
}

// The columns of postings that readPosting() reads, after the id.
#define POSTING_COLUMNS                                                                                      \
    "source_id, company, label, title, role_family, seniority, seniority_text, experience_min, "             \
    "experience_max, experience_text, work_mode, work_mode_text, employment_type, salary_min, salary_max, "  \
    "salary_currency, salary_period, salary_text, industry, company_size, posted_date, source_url, notes"

// A row of "SELECT id, POSTING_COLUMNS FROM postings" into p (all but locations and skills).
void readPosting(const SqliteStatement &row, PostingRecord &p)
{
    p.sourceId = row.text(1);
    p.company = row.text(2);
    p.label = row.text(3);
    p.title = row.text(4);
    p.roleFamily = row.text(5);
    p.seniority = fromColumn(Vocabulary::seniorities, row, 6, Seniority::Unknown);
    p.seniorityText = row.text(7);
    p.experienceMin = row.number(8);
    p.experienceMax = row.number(9);
    p.experienceText = row.text(10);
    p.workMode = fromColumn(Vocabulary::workModes, row, 11, WorkMode::Unknown);
    p.workModeText = row.text(12);
    p.employmentType = fromColumn(Vocabulary::employmentTypes, row, 13, EmploymentType::Unknown);
    p.salary.min = row.number(14);
    p.salary.max = row.number(15);
    p.salary.currency = row.text(16);
    p.salary.period = fromColumn(Vocabulary::payPeriods, row, 17, PayPeriod::Unknown);
    p.salary.text = row.text(18);
    p.industry = row.text(19);
    p.companySize = row.text(20);
    p.postedDate = QDate::fromString(row.text(21), Qt::ISODate);
    p.sourceUrl = row.text(22);
    p.notes = row.text(23);
}

} // namespace

PostingDatabase::PostingDatabase(std::unique_ptr<SqliteConnection> connection, QString fileName,
                                 bool readOnly, int formatVersion)
    : m_connection(std::move(connection)), m_fileName(std::move(fileName)), m_readOnly(readOnly),
      m_formatVersion(formatVersion), m_protection(OutputFile::protect(m_fileName))
{
}

PostingDatabase::~PostingDatabase()
{
    OutputFile::unprotect(m_protection);
}

QString PostingDatabase::foreignMarks(SqliteConnection &connection)
{
    SqliteStatement applicationId(connection, "PRAGMA application_id");
    const std::int64_t id = applicationId.next() ? applicationId.integer(0) : 0;
    if (id != ApplicationId)
        return tr("it is an SQLite database of another program (application id %1), not a Job Market "
                  "Explorer database.")
            .arg(id);
    SqliteStatement format(connection, "SELECT value FROM meta WHERE key = 'format'");
    const QString formatName = format.next() ? format.text(0) : QString();
    if (formatName != QLatin1String(FormatName))
        return tr("its format \"%1\" is not a Job Market Explorer database format.").arg(formatName);
    return {};
}

QString PostingDatabase::problem(const QString &what) const
{
    return tr("%1: %2").arg(displayPath(m_fileName), what);
}

std::unique_ptr<PostingDatabase> PostingDatabase::open(const QString &fileName, QString *errorMessage,
                                                       Check check)
{
    auto fail = [&](const QString &message) -> std::unique_ptr<PostingDatabase> {
        if (errorMessage)
            *errorMessage = tr("Cannot open %1: %2").arg(displayPath(fileName), message);
        return nullptr;
    };

    if (fileName.isEmpty()) {
        if (errorMessage)
            *errorMessage = tr("Cannot open a database: no file name was given.");
        return nullptr;
    }
    const QFileInfo info(fileName);
    if (!info.exists())
        return fail(tr("the file does not exist."));
    if (info.isDir())
        return fail(tr("it is a folder, not a database file."));
    // Reading a named pipe or a device would wait for a writer that may never come.
    if (!info.isFile())
        return fail(tr("it is not a regular file (a named pipe or a device, say)."));
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("the file cannot be read (%1).").arg(file.errorString()));
    const QByteArray header = file.read(sqliteMagic.size());
    file.close();
    if (header.isEmpty())
        return fail(tr("the file is empty."));
    if (header != QByteArray(sqliteMagic.data(), sqliteMagic.size()))
        return fail(tr("it is not an SQLite database (it may be a different kind of file)."));

    // Root may write anywhere; a file without its owner's write bit is still meant to be read-only.
    const bool readOnly = !info.isWritable() || !info.permission(QFile::WriteOwner);
    if (!readOnly)
        DatasetWriter::removeStaleTemporaryFiles(fileName);
    std::unique_ptr<SqliteConnection> connection;
    try {
        connection = std::make_unique<SqliteConnection>(
            fileName, readOnly ? SqliteConnection::Mode::ReadOnly : SqliteConnection::Mode::ReadWrite);
    } catch (const SqliteError &error) {
        return fail(tr("SQLite cannot open it (%1).").arg(error.message));
    }

    int formatVersion = 0;
    try {
        // SQLite opens almost any file; the first real read tells whether it is usable.
        if (check == Check::Full) {
            if (const QString problems = connection->quickCheck(); !problems.isEmpty())
                return fail(tr("it is damaged (%1).").arg(problems));
        }
        for (const char *table : requiredTables) {
            if (!connection->hasTable(table))
                return fail(tr("it is an SQLite database, but not a Job Market Explorer database "
                               "(it has no \"%1\" table).")
                                .arg(QLatin1String(table)));
        }
        if (const QString problem = foreignMarks(*connection); !problem.isEmpty())
            return fail(problem);
        SqliteStatement version(*connection, "SELECT value FROM meta WHERE key = 'format_version'");
        if (!version.next())
            return fail(tr("it has no format version; it was not written by Job Market Explorer."));
        const QString versionText = version.text(0);
        bool ok = false;
        formatVersion = versionText.toInt(&ok);
        if (!ok || formatVersion < 1)
            return fail(tr("its format version \"%1\" is not valid.").arg(versionText));
        if (formatVersion > FormatVersion)
            return fail(tr("it was written by a newer version of Job Market Explorer (format version %1; "
                           "this version reads up to %2). Please update the program.")
                            .arg(formatVersion)
                            .arg(FormatVersion));
    } catch (const SqliteError &error) {
        return fail(tr("it is damaged or not a database (%1).").arg(error.message));
    }
    return std::unique_ptr<PostingDatabase>(
        new PostingDatabase(std::move(connection), fileName, readOnly, formatVersion));
}

bool PostingDatabase::loadPreferredMentions(PostingStore &store, QString *errorMessage) const
{
    QString error;
    if (StoreLoader::loadPreferred(*m_connection, store, &error))
        return true;
    if (errorMessage)
        *errorMessage = problem(error);
    return false;
}

std::unique_ptr<PostingStore> PostingDatabase::loadStore(QString *errorMessage) const
{
    QString error;
    auto store = StoreLoader::load(*m_connection, &error);
    if (!store) {
        if (errorMessage)
            *errorMessage = problem(error);
        return nullptr;
    }
    if (store->meta().title.isEmpty()) {
        DatasetMeta meta = store->meta();
        meta.title = QFileInfo(m_fileName).completeBaseName();
        PostingStore::Builder(*store).setMeta(meta);
    }
    return store;
}

std::optional<PostingDetail> PostingDatabase::loadDetail(std::int64_t postingId) const
{
    try {
        SqliteStatement row(*m_connection, "SELECT id, " POSTING_COLUMNS " FROM postings WHERE id = ?");
        row.bindInteger(postingId);
        if (!row.next())
            return std::nullopt;
        PostingDetail detail;
        detail.id = postingId;
        PostingRecord &p = detail.posting;
        readPosting(row, p);

        SqliteStatement locations(*m_connection,
                                  "SELECT city, region, country, metro_area, text "
                                  "FROM posting_locations WHERE posting_id = ? ORDER BY position");
        for (locations.bindInteger(postingId); locations.next();)
            p.locations.append({locations.text(0), locations.text(1), locations.text(2), locations.text(3),
                                locations.text(4)});

        SqliteStatement skills(*m_connection,
                               "SELECT s.name, c.name, ps.requirement, ps.mention FROM posting_skills ps "
                               "JOIN skills s ON s.id = ps.skill_id "
                               "LEFT JOIN skill_categories c ON c.id = s.category_id "
                               "WHERE ps.posting_id = ? ORDER BY ps.position");
        for (skills.bindInteger(postingId); skills.next();) {
            p.skills.append({skills.text(0),
                             fromColumn(Vocabulary::requirements, skills, 2, Requirement::Unspecified),
                             skills.text(3)});
            detail.skillCategories << skills.text(1);
        }
        return detail;
    } catch (const SqliteError &) {
        // A file changed or damaged since it was opened: the posting cannot be shown.
        return std::nullopt;
    }
}

Dataset PostingDatabase::loadReference() const
{
    Dataset reference;
    // Each table is optional (a file of another version may lack one): one that cannot be read
    // adds nothing.
    auto readEach = [this](const char *sql, auto &&add) {
        try {
            for (SqliteStatement row(*m_connection, sql); row.next();)
                add(row);
        } catch (const SqliteError &) {
        }
    };
    readEach("SELECT section, level, level_text, pay_type, qualifier, min, max, open_ended, "
             "currency, period, text FROM ref_salary_bands ORDER BY id",
             [&](const SqliteStatement &row) {
                 SalaryBandRecord band;
                 band.section = row.text(0);
                 band.level = Vocabulary::fromKey(Vocabulary::seniorities, row.text(1));
                 band.levelText = row.text(2);
                 band.payType = row.text(3);
                 band.qualifier = row.text(4);
                 band.min = row.number(5);
                 band.max = row.number(6);
                 band.openEnded = row.integer(7) != 0;
                 band.currency = row.text(8);
                 band.period = fromColumn(Vocabulary::payPeriods, row, 9, PayPeriod::Year);
                 band.text = row.text(10);
                 reference.salaryBands.append(band);
             });
    readEach("SELECT f.table_name, f.category, f.label, s.name, f.count, f.total, f.percent, "
             "f.detail, f.note FROM ref_skill_frequencies f "
             "LEFT JOIN skills s ON s.id = f.skill_id ORDER BY f.id",
             [&](const SqliteStatement &row) {
                 reference.skillFrequencies.append({row.text(0), row.text(1), row.text(2), row.text(3),
                                                    row.optionalInteger(4), row.optionalInteger(5),
                                                    row.number(6), row.text(7), row.text(8)});
             });
    readEach("SELECT table_name, label, value_text, count, total, percent, "
             "detail, note FROM ref_figures ORDER BY id",
             [&](const SqliteStatement &row) {
                 reference.figures.append({row.text(0), row.text(1), row.text(2), row.optionalInteger(3),
                                           row.optionalInteger(4), row.number(5), row.text(6), row.text(7)});
             });
    return reference;
}

namespace {

// The index of id in sorted (searched from `from` on), or sorted.size() when it is not there.
std::size_t slotOf(const std::vector<std::int64_t> &sorted, std::int64_t id, std::size_t from)
{
    const auto at = std::lower_bound(sorted.begin() + std::ptrdiff_t(from), sorted.end(), id);
    return at != sorted.end() && *at == id ? std::size_t(at - sorted.begin()) : sorted.size();
}

// The dataset's meta, categories, skills and aliases; skillAt maps skills.id to the skill's
// index in dataset.skills.
void readTaxonomy(SqliteConnection &connection, Dataset &dataset, QHash<qint64, qsizetype> &skillAt)
{
    try {
        for (SqliteStatement row(connection, "SELECT key, value FROM meta"); row.next();) {
            const std::string_view key = row.bytes(0);
            if (key == "title")
                dataset.meta.title = row.text(1);
            else if (key == "source")
                dataset.meta.source = row.text(1);
            else if (key == "collection_period")
                dataset.meta.collectionPeriod = row.text(1);
            else if (key == "description")
                dataset.meta.description = row.text(1);
        }
        for (SqliteStatement row(connection,
                                 "SELECT key, name FROM skill_categories ORDER BY sort_order, id");
             row.next();)
            dataset.skillCategories.append({row.text(0), row.text(1)});
        for (SqliteStatement row(connection,
                                 "SELECT s.id, s.name, c.key FROM skills s "
                                 "LEFT JOIN skill_categories c ON c.id = s.category_id ORDER BY s.id");
             row.next();) {
            skillAt.insert(row.integer(0), dataset.skills.size());
            dataset.skills.append({row.text(1), row.text(2), {}});
        }
        for (SqliteStatement row(connection, "SELECT skill_id, alias FROM skill_aliases ORDER BY rowid");
             row.next();) {
            const auto at = skillAt.constFind(row.integer(0));
            if (at != skillAt.cend())
                dataset.skills[*at].aliases << row.text(1);
        }
    } catch (const SqliteError &) {
        // Opening checked these tables; a file damaged since gives what could be read.
    }
}

// The postings of the sorted, distinct ids (an empty slot for an id that is not there), read
// a run of nearby ids at a time: one range query over each of postings, posting_locations
// and posting_skills per run, the statements prepared once. A million ids are three passes
// over the tables instead of three million queries; a few scattered ids are a few lookups.
std::vector<std::optional<PostingRecord>> readPostingRuns(SqliteConnection &connection,
                                                          const std::vector<std::int64_t> &sorted,
                                                          const Dataset &dataset,
                                                          const QHash<qint64, qsizetype> &skillAt)
{
    std::vector<std::optional<PostingRecord>> read(sorted.size());
    try {
        SqliteStatement postings(connection, "SELECT id, " POSTING_COLUMNS
                                             " FROM postings WHERE id BETWEEN ? AND ? ORDER BY id");
        SqliteStatement locations(
            connection, "SELECT posting_id, city, region, country, metro_area, text FROM posting_locations "
                        "WHERE posting_id BETWEEN ? AND ? ORDER BY posting_id, position");
        // In the primary key's order (no sort of millions of rows); each posting's few skills
        // are put in position order below. Names come from the taxonomy read before: a skill
        // missing from it is left out, as the join of loadDetail() leaves it out.
        SqliteStatement skills(connection, "SELECT posting_id, skill_id, position, requirement, mention "
                                           "FROM posting_skills WHERE posting_id BETWEEN ? AND ? "
                                           "ORDER BY posting_id");
        std::vector<std::pair<std::int64_t, SkillMentionRecord>> mentions; // one posting's, by position
        auto flushMentions = [&mentions](PostingRecord &p) {
            std::stable_sort(mentions.begin(), mentions.end(),
                             [](const auto &a, const auto &b) { return a.first < b.first; });
            for (auto &mention : mentions)
                p.skills.append(std::move(mention.second));
            mentions.clear();
        };
        for (std::size_t first = 0; first < sorted.size();) {
            // A run: ids no more than MaxIdGap apart, so that a range reads few unwanted rows.
            std::size_t last = first;
            while (last + 1 < sorted.size() && sorted[last + 1] - sorted[last] <= PostingDatabase::MaxIdGap)
                ++last;
            const std::int64_t low = sorted[first];
            const std::int64_t high = sorted[last];
            for (postings.bindInteger(low).bindInteger(high); postings.next();) {
                if (const std::size_t at = slotOf(sorted, postings.integer(0), first); at < read.size())
                    readPosting(postings, read[at].emplace());
            }
            for (locations.bindInteger(low).bindInteger(high); locations.next();) {
                if (const std::size_t at = slotOf(sorted, locations.integer(0), first);
                    at < read.size() && read[at])
                    read[at]->locations.append({locations.text(1), locations.text(2), locations.text(3),
                                                locations.text(4), locations.text(5)});
            }
            std::size_t current = read.size();
            for (skills.bindInteger(low).bindInteger(high); skills.next();) {
                const std::size_t at = slotOf(sorted, skills.integer(0), first);
                if (at != current) {
                    if (current < read.size())
                        flushMentions(*read[current]);
                    current = at < read.size() && read[at] ? at : read.size();
                }
                const auto skill = skillAt.constFind(skills.integer(1));
                if (current == read.size() || skill == skillAt.cend())
                    continue;
                mentions.emplace_back(skills.integer(2),
                                      SkillMentionRecord{dataset.skills.at(*skill).name,
                                                         fromColumn(Vocabulary::requirements, skills, 3,
                                                                    Requirement::Unspecified),
                                                         skills.text(4)});
            }
            if (current < read.size())
                flushMentions(*read[current]);
            first = last + 1;
        }
    } catch (const SqliteError &) {
        // A file changed or damaged since it was opened: the postings read so far are given.
    }
    return read;
}

} // namespace

Dataset PostingDatabase::loadDataset(const std::vector<std::int64_t> &postingIds) const
{
    Dataset dataset = loadDatasetHeader();
    dataset.postings.reserve(static_cast<qsizetype>(postingIds.size()));
    forEachPosting(postingIds,
                   [&dataset](const PostingRecord &posting) { dataset.postings.append(posting); });
    return dataset;
}

Dataset PostingDatabase::loadDatasetHeader() const
{
    Dataset dataset = loadReference();
    QHash<qint64, qsizetype> skillAt;
    readTaxonomy(*m_connection, dataset, skillAt);
    return dataset;
}

void PostingDatabase::forEachPosting(const std::vector<std::int64_t> &postingIds,
                                     const PostingVisitor &visit) const
{
    Dataset taxonomy;
    QHash<qint64, qsizetype> skillAt; // skills.id → index in taxonomy.skills
    readTaxonomy(*m_connection, taxonomy, skillAt);
    for (std::size_t begin = 0; begin < postingIds.size(); begin += ExportBatch) {
        const auto first = postingIds.begin() + std::ptrdiff_t(begin);
        const auto last =
            postingIds.begin() + std::ptrdiff_t(std::min(begin + ExportBatch, postingIds.size()));
        std::vector<std::int64_t> sorted(first, last);
        std::sort(sorted.begin(), sorted.end());
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        const std::vector<std::optional<PostingRecord>> read =
            readPostingRuns(*m_connection, sorted, taxonomy, skillAt);
        // In the order asked for; an id asked for twice is there twice.
        for (auto id = first; id != last; ++id) {
            if (const auto &posting = read[slotOf(sorted, *id, 0)])
                visit(*posting);
        }
    }
}

} // namespace jobexplorer

#undef POSTING_COLUMNS
