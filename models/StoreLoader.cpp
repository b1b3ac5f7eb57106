#include "StoreLoader.h"

#include "PostingStore.h"

#include <sqlite3.h>

#include <algorithm>
#include <numeric>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>

namespace jobexplorer {

namespace {

struct ReadError
{
    QString message;
};

// One prepared statement, finalized on destruction.
class Statement
{
public:
    Statement(sqlite3 *database, const char *sql) : m_database(database)
    {
        if (sqlite3_prepare_v2(database, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            throw ReadError{QString::fromUtf8(sqlite3_errmsg(database))};
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Steps to the next row; false at the end; throws on an error (a damaged file, say).
    bool next()
    {
        const int result = sqlite3_step(m_statement);
        if (result == SQLITE_ROW)
            return true;
        if (result == SQLITE_DONE)
            return false;
        throw ReadError{QString::fromUtf8(sqlite3_errmsg(m_database))};
    }
    std::int64_t integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    std::optional<double> number(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<double>(sqlite3_column_double(m_statement, column));
    }
    std::string_view bytes(int column) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return text ? std::string_view(text, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)))
                    : std::string_view();
    }
    QString text(int column) const
    {
        const std::string_view b = bytes(column);
        return QString::fromUtf8(b.data(), static_cast<qsizetype>(b.size()));
    }

private:
    sqlite3 *m_database;
    sqlite3_stmt *m_statement = nullptr;
};

// A read-only connection of its own to the file, for one thread: without SQLite's per-call
// locking (a million postings make tens of millions of calls). (Memory-mapping the file was
// tried: no faster, and the mapped pages count as resident memory while loading.)
class Reader
{
public:
    explicit Reader(const QByteArray &file)
    {
        if (sqlite3_open_v2(file.constData(), &m_connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
            != SQLITE_OK) {
            const QString message = QString::fromUtf8(sqlite3_errmsg(m_connection));
            sqlite3_close(m_connection);
            throw ReadError{message};
        }
    }
    ~Reader() { sqlite3_close(m_connection); }
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;
    sqlite3 *connection() const { return m_connection; }

private:
    sqlite3 *m_connection = nullptr;
};

struct TransparentHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

// Maps the UTF-8 bytes of a column value to a code, decoding each distinct value once.
class Interner
{
public:
    template <typename MakeCode>
    std::int32_t code(std::string_view bytes, MakeCode &&makeCode)
    {
        if (bytes.empty())
            return StringPool::NoValue;
        const auto it = m_codes.find(bytes);
        if (it != m_codes.end())
            return it->second;
        const std::int32_t code = makeCode(QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size())));
        m_codes.emplace(std::string(bytes), code);
        return code;
    }

private:
    std::unordered_map<std::string, std::int32_t, TransparentHash, std::equal_to<>> m_codes;
};

template <typename Enum, std::size_t N>
Enum vocabulary(const std::array<EnumEntry<Enum>, N> &table, std::string_view key, Enum fallback)
{
    for (const auto &entry : table) {
        if (key == entry.key)
            return entry.value;
    }
    return fallback;
}

// Maps posting ids to store rows: a plain vector when the ids are dense, as they usually are.
class RowOfId
{
public:
    explicit RowOfId(const std::vector<std::int64_t> &ids)
    {
        if (ids.empty())
            return;
        m_first = ids.front();
        const std::int64_t span = ids.back() - ids.front() + 1;
        if (span <= static_cast<std::int64_t>(ids.size()) * 4) {
            m_dense.assign(static_cast<std::size_t>(span), -1);
            for (std::size_t row = 0; row < ids.size(); ++row)
                m_dense[static_cast<std::size_t>(ids[row] - m_first)] = static_cast<int>(row);
        } else {
            for (std::size_t row = 0; row < ids.size(); ++row)
                m_sparse.emplace(ids[row], static_cast<int>(row));
        }
    }
    int operator()(std::int64_t id) const
    {
        if (!m_dense.empty()) {
            const std::int64_t index = id - m_first;
            return index >= 0 && index < static_cast<std::int64_t>(m_dense.size())
                     ? m_dense[static_cast<std::size_t>(index)]
                     : -1;
        }
        const auto it = m_sparse.find(id);
        return it == m_sparse.end() ? -1 : it->second;
    }

private:
    std::int64_t m_first = 0;
    std::vector<int> m_dense;
    std::unordered_map<std::int64_t, int> m_sparse;
};

// Links (row, position, id) read in any order, turned into compressed sparse rows ordered by
// row and, within a row, by position.
template <typename IdType>
struct Links
{
    std::vector<int> rows;
    std::vector<std::int32_t> positions;
    std::vector<IdType> ids;

    void reserve(std::size_t count)
    {
        rows.reserve(count);
        positions.reserve(count);
        ids.reserve(count);
    }

    void add(int row, std::int32_t position, IdType id)
    {
        rows.push_back(row);
        positions.push_back(position);
        ids.push_back(id);
    }

    std::pair<std::vector<std::uint32_t>, std::vector<IdType>> toRows(int rowCount) const
    {
        std::vector<std::uint32_t> offsets(static_cast<std::size_t>(rowCount) + 1, 0);
        for (const int row : rows)
            ++offsets[static_cast<std::size_t>(row) + 1];
        std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
        std::vector<std::uint32_t> next(offsets.begin(), offsets.end() - 1);
        std::vector<std::pair<std::int32_t, IdType>> placed(ids.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
            placed[next[static_cast<std::size_t>(rows[i])]++] = {positions[i], ids[i]};
        for (int row = 0; row < rowCount; ++row) {
            const auto begin = placed.begin() + offsets[static_cast<std::size_t>(row)];
            const auto end = placed.begin() + offsets[static_cast<std::size_t>(row) + 1];
            if (!std::is_sorted(begin, end))
                std::sort(begin, end);
        }
        std::vector<IdType> sorted(placed.size());
        std::transform(placed.begin(), placed.end(), sorted.begin(), [](const auto &p) { return p.second; });
        return {std::move(offsets), std::move(sorted)};
    }
};

} // namespace

std::unique_ptr<PostingStore> StoreLoader::load(sqlite3 *database, QString *errorMessage)
{
    auto store = std::make_unique<PostingStore>();
    PostingStore::Builder builder(*store);
    using Column = PostingStore::Builder::TextColumn;
    try {
        DatasetMeta meta;
        for (Statement meta_(database, "SELECT key, value FROM meta"); meta_.next();) {
            const std::string_view key = meta_.bytes(0);
            if (key == "title")
                meta.title = meta_.text(1);
            else if (key == "source")
                meta.source = meta_.text(1);
            else if (key == "collection_period")
                meta.collectionPeriod = meta_.text(1);
            else if (key == "description")
                meta.description = meta_.text(1);
        }
        builder.setMeta(meta);

        std::unordered_map<std::int64_t, PostingStore::Id> categoryIds;
        for (Statement s(database, "SELECT id, name FROM skill_categories ORDER BY sort_order, id"); s.next();)
            categoryIds.emplace(s.integer(0), builder.addCategory(s.text(1)));

        // Skills get store ids 0, 1, … in database id order, so RowOfId maps database ids to them.
        std::vector<std::int64_t> skillDatabaseIds;
        for (Statement s(database, "SELECT id, name, category_id FROM skills ORDER BY id"); s.next();) {
            const auto category = categoryIds.find(s.integer(2));
            builder.addSkill(s.text(1), category == categoryIds.end() || s.isNull(2) ? -1 : category->second);
            skillDatabaseIds.push_back(s.integer(0));
        }
        if (skillDatabaseIds.size() > static_cast<std::size_t>(PostingStore::maxSkills))
            throw ReadError{tr("it names %1 different skills; this version handles up to %2")
                                .arg(skillDatabaseIds.size())
                                .arg(PostingStore::maxSkills)};
        const RowOfId skillOf(skillDatabaseIds);
        for (Statement s(database, "SELECT alias, skill_id FROM skill_aliases"); s.next();) {
            const int skill = skillOf(s.integer(1));
            if (skill >= 0)
                builder.addSkillAlias(s.text(0), skill);
        }

        // Posting ids first (cheap: the rowid index alone), so that the skills, the largest
        // table, can be read on a second core while this thread reads postings and locations.
        std::vector<std::int64_t> postingIds;
        for (Statement s(database, "SELECT id FROM postings ORDER BY id"); s.next();)
            postingIds.push_back(s.integer(0));
        const RowOfId rowOf(postingIds);
        const int rows = static_cast<int>(postingIds.size());
        builder.reserve(postingIds.size());

        std::pair<std::vector<std::uint32_t>, std::vector<PostingStore::SkillId>> skillRows;
        QString skillError;
        const QByteArray file(sqlite3_db_filename(database, "main"));
        std::thread skillReader([&] {
            try {
                const Reader reader(file);
                sqlite3 *connection = reader.connection();
                Links<PostingStore::SkillId> links;
                {
                    Statement count(connection, "SELECT count(*) FROM posting_skills");
                    links.reserve(count.next() ? static_cast<std::size_t>(count.integer(0)) : 0);
                }
                for (Statement s(connection, "SELECT posting_id, position, skill_id FROM posting_skills"); s.next();) {
                    const int row = rowOf(s.integer(0));
                    const int skill = skillOf(s.integer(2));
                    if (row >= 0 && skill >= 0)
                        links.add(row, static_cast<std::int32_t>(s.integer(1)), static_cast<PostingStore::SkillId>(skill));
                }
                skillRows = links.toRows(rows);
            } catch (const ReadError &error) {
                skillError = error.message;
            }
        });
        // Joins the reader however this scope is left.
        struct Join
        {
            std::thread &thread;
            ~Join()
            {
                if (thread.joinable())
                    thread.join();
            }
        } join{skillReader};

        Interner company, title, role, industry, size, currency, notes;
        auto into = [&builder](Column column) {
            return [&builder, column](const QString &value) { return builder.intern(column, value); };
        };
        // This thread reads through a connection of its own as well, for the same reasons.
        const Reader reader(file);
        Statement p(reader.connection(), "SELECT id, company, title, role_family, industry, company_size, salary_currency, "
                              "seniority, work_mode, employment_type, experience_min, experience_max, "
                              "salary_annual_min, salary_annual_max, notes FROM postings ORDER BY id");
        while (p.next()) {
            StoreRow row;
            row.postingId = p.integer(0);
            row.company = company.code(p.bytes(1), into(Column::Company));
            row.title = title.code(p.bytes(2), into(Column::Title));
            row.roleFamily = role.code(p.bytes(3), into(Column::RoleFamily));
            row.industry = industry.code(p.bytes(4), into(Column::Industry));
            row.companySize = size.code(p.bytes(5), into(Column::CompanySize));
            row.currency = currency.code(p.bytes(6), into(Column::Currency));
            row.seniority = vocabulary(Vocabulary::seniorities, p.bytes(7), Seniority::Unknown);
            row.workMode = vocabulary(Vocabulary::workModes, p.bytes(8), WorkMode::Unknown);
            row.employmentType = vocabulary(Vocabulary::employmentTypes, p.bytes(9), EmploymentType::Unknown);
            row.experienceMin = p.number(10);
            row.experienceMax = p.number(11);
            row.annualSalaryMin = p.number(12);
            row.annualSalaryMax = p.number(13);
            row.notes = notes.code(p.bytes(14), into(Column::Notes));
            builder.addPosting(row);
        }
        if (store->size() != rows)
            throw ReadError{tr("the postings changed while they were read")};

        // Locations: deduplicated by all their fields; read in table order and sorted here,
        // which is much cheaper than asking SQLite to sort.
        Interner locations;
        Links<PostingStore::Id> locationLinks;
        for (Statement s(reader.connection(), "SELECT posting_id, position, city, region, country, metro_area, text "
                                   "FROM posting_locations");
             s.next();) {
            const int row = rowOf(s.integer(0));
            if (row < 0)
                continue;
            std::string key;
            for (int column = 2; column <= 6; ++column) {
                key += s.bytes(column);
                key += '\x1f';
            }
            const PostingStore::Id id = locations.code(key, [&](const QString &) {
                return builder.addLocation({s.text(2), s.text(3), s.text(4), s.text(5), s.text(6)});
            });
            locationLinks.add(row, static_cast<std::int32_t>(s.integer(1)), id);
        }
        auto [locationOffsets, locationIds] = locationLinks.toRows(rows);
        builder.setLocations(std::move(locationOffsets), std::move(locationIds));

        skillReader.join();
        if (!skillError.isEmpty())
            throw ReadError{skillError};
        builder.setSkills(std::move(skillRows.first), std::move(skillRows.second));
    } catch (const ReadError &error) {
        if (errorMessage)
            *errorMessage = tr("the postings cannot be read (%1).").arg(error.message);
        return nullptr;
    }
    return store;
}

} // namespace jobexplorer
