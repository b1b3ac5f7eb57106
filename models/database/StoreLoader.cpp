#include "StoreLoader.h"

#include "PostingStore.h"
#include "SkillListBlob.h"
#include "SqliteStatement.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <algorithm>
#include <cstring>
#include <numeric>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>

namespace jobexplorer {

namespace {

// Maps the UTF-8 bytes of a column value to a code, decoding each distinct value once. A
// million rows make millions of lookups among a few thousand values: an open-addressed table
// of (hash, code) with the bytes kept in one buffer: std::unordered_map (a node and a string
// per value, a division per lookup) was the largest item of loading after SQLite itself.
class Interner
{
public:
    template <typename MakeCode> std::int32_t code(std::string_view bytes, MakeCode &&makeCode)
    {
        if (bytes.empty())
            return StringPool::NoValue;
        const std::uint64_t hash = hashOf(bytes);
        std::size_t i = hash & m_mask;
        for (;; i = (i + 1) & m_mask) {
            const Slot &slot = m_slots[i];
            if (slot.code < 0)
                break;
            if (slot.hash == hash && slot.length == bytes.size() &&
                std::memcmp(m_bytes.data() + slot.offset, bytes.data(), bytes.size()) == 0)
                return slot.code;
        }
        const std::int32_t code =
            makeCode(QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size())));
        m_slots[i] = {hash, static_cast<std::uint32_t>(m_bytes.size()),
                      static_cast<std::uint32_t>(bytes.size()), code};
        m_bytes.append(bytes);
        if (++m_used * 2 > m_slots.size())
            grow();
        return code;
    }

private:
    struct Slot
    {
        std::uint64_t hash = 0;
        std::uint32_t offset = 0, length = 0;
        std::int32_t code = -1; // -1: empty
    };

    static std::uint64_t hashOf(std::string_view bytes)
    {
        constexpr std::uint64_t multiplier = 0x9E3779B97F4A7C15ull;
        std::uint64_t hash = bytes.size() * multiplier;
        std::size_t i = 0;
        for (; i + 8 <= bytes.size(); i += 8) {
            std::uint64_t word;
            std::memcpy(&word, bytes.data() + i, 8);
            hash = (hash ^ word) * multiplier;
            hash ^= hash >> 29;
        }
        std::uint64_t tail = 0;
        std::memcpy(&tail, bytes.data() + i, bytes.size() - i);
        hash = (hash ^ tail) * multiplier;
        return hash ^ (hash >> 32);
    }

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        m_mask = m_slots.size() - 1;
        for (const Slot &slot : old) {
            if (slot.code < 0)
                continue;
            std::size_t i = slot.hash & m_mask;
            while (m_slots[i].code >= 0)
                i = (i + 1) & m_mask;
            m_slots[i] = slot;
        }
    }

    std::vector<Slot> m_slots = std::vector<Slot>(64);
    std::size_t m_mask = 63;
    std::size_t m_used = 0;
    std::string m_bytes;
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
template <typename IdType> struct Links
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

// Every row's skills, as compressed sparse rows in listed order. A posting's list comes from
// posting_skill_lists, one value a posting, when it has one there (a million postings: 0.35 s
// instead of 2.5 s for a row of posting_skills per skill); the others, edited since or in a
// file written before that table, from posting_skills.
std::pair<std::vector<std::uint32_t>, std::vector<PostingStore::SkillId>>
readSkills(SqliteConnection &database, const std::vector<std::int64_t> &postingIds, const RowOfId &rowOf,
           const RowOfId &skillOf, std::size_t skillCount)
{
    using SkillId = PostingStore::SkillId;
    const auto rows = postingIds.size();
    // listOf[skill]: the number of the last list that named the skill, to catch a list that
    // names one twice (posting_skills cannot), which is then read from posting_skills.
    std::vector<std::uint32_t> listOf(skillCount, 0);
    std::uint32_t lists = 0;
    std::vector<std::uint32_t> begin(rows, 0), length(rows, 0);
    std::vector<bool> listed(rows, false);
    std::vector<SkillId> listIds;
    std::size_t listedRows = 0;
    const bool haveLists = database.hasTable("posting_skill_lists");
    // Every list together names as many skills as posting_skills has rows (SQLite counts them
    // from its smallest index).
    std::size_t mentions = 0;
    if (SqliteStatement count(database, "SELECT count(*) FROM posting_skills"); count.next())
        mentions = static_cast<std::size_t>(count.integer(0));
    if (haveLists) {
        listIds.reserve(mentions);
        for (SqliteStatement s(database, "SELECT posting_id, skill_ids FROM posting_skill_lists");
             s.next();) {
            const int row = rowOf(s.integer(0));
            if (row < 0 || listed[static_cast<std::size_t>(row)])
                continue;
            const std::size_t start = listIds.size();
            ++lists;
            bool repeated = false;
            bool unknown = false;
            const bool decoded = SkillListBlob::decode(s.blob(1), [&](std::int64_t id) {
                if (const int skill = skillOf(id); skill >= 0) {
                    repeated = repeated || listOf[static_cast<std::size_t>(skill)] == lists;
                    listOf[static_cast<std::size_t>(skill)] = lists;
                    listIds.push_back(static_cast<SkillId>(skill));
                } else {
                    unknown = true; // a list that posting_skills could not hold either
                }
            });
            if (!decoded || repeated || unknown) {
                listIds.resize(start); // read from posting_skills instead
                continue;
            }
            begin[static_cast<std::size_t>(row)] = static_cast<std::uint32_t>(start);
            length[static_cast<std::size_t>(row)] = static_cast<std::uint32_t>(listIds.size() - start);
            listed[static_cast<std::size_t>(row)] = true;
            ++listedRows;
        }
    }

    // The postings without a list: a few are looked up one by one, many read in one pass.
    Links<SkillId> links;
    const std::size_t unlisted = rows - listedRows;
    if (unlisted > 0 && haveLists && unlisted <= std::max<std::size_t>(rows / 16, 1000)) {
        SqliteStatement s(database, "SELECT position, skill_id FROM posting_skills WHERE posting_id = ?");
        for (std::size_t row = 0; row < rows; ++row) {
            if (listed[row])
                continue;
            for (s.reset().bindInteger(postingIds[row]); s.next();) {
                if (const int skill = skillOf(s.integer(1)); skill >= 0)
                    links.add(static_cast<int>(row), static_cast<std::int32_t>(s.integer(0)),
                              static_cast<SkillId>(skill));
            }
        }
    } else if (unlisted > 0) {
        if (!haveLists)
            links.reserve(mentions);
        for (SqliteStatement s(database, "SELECT posting_id, position, skill_id FROM posting_skills");
             s.next();) {
            const int row = rowOf(s.integer(0));
            const int skill = skillOf(s.integer(2));
            if (row >= 0 && skill >= 0 && !listed[static_cast<std::size_t>(row)])
                links.add(row, static_cast<std::int32_t>(s.integer(1)), static_cast<SkillId>(skill));
        }
    }
    if (listedRows == 0)
        return links.toRows(static_cast<int>(rows));
    if (listedRows == rows) {
        // Usually every posting has its list, in row order: the lists are the rows as read.
        std::vector<std::uint32_t> offsets(rows + 1, 0);
        bool inOrder = true;
        for (std::size_t row = 0; row < rows && inOrder; ++row) {
            inOrder = begin[row] == offsets[row];
            offsets[row + 1] = offsets[row] + length[row];
        }
        if (inOrder)
            return {std::move(offsets), std::move(listIds)};
    }

    auto [linkOffsets, linkIds] = links.toRows(static_cast<int>(rows));
    std::vector<std::uint32_t> offsets(rows + 1, 0);
    std::vector<SkillId> ids;
    ids.reserve(listIds.size() + linkIds.size());
    for (std::size_t row = 0; row < rows; ++row) {
        if (listed[row]) {
            const auto first = listIds.begin() + begin[row];
            ids.insert(ids.end(), first, first + length[row]);
        } else {
            ids.insert(ids.end(), linkIds.begin() + linkOffsets[row], linkIds.begin() + linkOffsets[row + 1]);
        }
        offsets[row + 1] = static_cast<std::uint32_t>(ids.size());
    }
    return {std::move(offsets), std::move(ids)};
}

// Every row's locations as compressed sparse rows of indexes into `locations`, which gets each
// distinct location (all fields alike) once. Read in table order and sorted here, which is much
// cheaper than asking SQLite to sort.
std::pair<std::vector<std::uint32_t>, std::vector<PostingStore::Id>>
readLocations(SqliteConnection &database, const RowOfId &rowOf, int rows,
              std::vector<StoreLocation> &locations)
{
    Interner distinct;
    Links<PostingStore::Id> links;
    std::string key;
    for (SqliteStatement s(database, "SELECT posting_id, position, city, region, country, metro_area, text "
                                     "FROM posting_locations");
         s.next();) {
        const int row = rowOf(s.integer(0));
        if (row < 0)
            continue;
        key.clear();
        for (int column = 2; column <= 6; ++column) {
            key += s.bytes(column);
            key += '\x1f';
        }
        const PostingStore::Id id = distinct.code(key, [&](const QString &) {
            locations.push_back({s.text(2), s.text(3), s.text(4), s.text(5), s.text(6)});
            return static_cast<PostingStore::Id>(locations.size() - 1);
        });
        links.add(row, static_cast<std::int32_t>(s.integer(1)), id);
    }
    return links.toRows(rows);
}

// The dataset's title, source and description.
DatasetMeta readMeta(SqliteConnection &database)
{
    DatasetMeta meta;
    for (SqliteStatement s(database, "SELECT key, value FROM meta"); s.next();) {
        const std::string_view key = s.bytes(0);
        if (key == "title")
            meta.title = s.text(1);
        else if (key == "source")
            meta.source = s.text(1);
        else if (key == "collection_period")
            meta.collectionPeriod = s.text(1);
        else if (key == "description")
            meta.description = s.text(1);
    }
    return meta;
}

// The categories and skills. Skills get store ids 0, 1, … in database id order, so RowOfId
// maps database ids to them: the database ids are returned in that order.
std::vector<std::int64_t> readSkillTaxonomy(SqliteConnection &database, PostingStore::Builder &builder)
{
    std::unordered_map<std::int64_t, PostingStore::Id> categoryIds;
    for (SqliteStatement s(database, "SELECT id, name FROM skill_categories ORDER BY sort_order, id");
         s.next();)
        categoryIds.emplace(s.integer(0), builder.addCategory(s.text(1)));
    std::vector<std::int64_t> skillDatabaseIds;
    for (SqliteStatement s(database, "SELECT id, name, category_id FROM skills ORDER BY id"); s.next();) {
        const auto category = categoryIds.find(s.integer(2));
        builder.addSkill(s.text(1), category == categoryIds.end() || s.isNull(2) ? -1 : category->second);
        skillDatabaseIds.push_back(s.integer(0));
    }
    return skillDatabaseIds;
}

void readSkillAliases(SqliteConnection &database, const RowOfId &skillOf, PostingStore::Builder &builder)
{
    for (SqliteStatement s(database, "SELECT alias, skill_id FROM skill_aliases"); s.next();) {
        const int skill = skillOf(s.integer(1));
        if (skill >= 0)
            builder.addSkillAlias(s.text(0), skill);
    }
}

// What the second thread reads: the posting ids in row order, each row's skills and locations.
struct PostingLinks
{
    std::vector<std::int64_t> postingIds;
    std::pair<std::vector<std::uint32_t>, std::vector<PostingStore::SkillId>> skillRows;
    std::vector<StoreLocation> locations;
    std::pair<std::vector<std::uint32_t>, std::vector<PostingStore::Id>> locationRows;
    QString error;
};

void readPostingLinks(SqliteConnection &database, const RowOfId &skillOf, std::size_t skillCount,
                      PostingLinks &links)
{
    try {
        // A read-only connection of its own, as for the postings (readPostings()).
        SqliteConnection reader = SqliteConnection::readerOf(database);
        for (SqliteStatement s(reader, "SELECT id FROM postings ORDER BY id"); s.next();)
            links.postingIds.push_back(s.integer(0));
        const RowOfId rowOf(links.postingIds);
        links.skillRows = readSkills(reader, links.postingIds, rowOf, skillOf, skillCount);
        links.locationRows =
            readLocations(reader, rowOf, static_cast<int>(links.postingIds.size()), links.locations);
    } catch (const SqliteError &error) {
        links.error = error.message;
    }
}

// Every posting's own columns, a row each, in posting id order.
void readPostings(SqliteConnection &database, PostingStore::Builder &builder)
{
    using Column = PostingStore::Builder::TextColumn;
    Interner company, title, role, industry, size, currency, notes;
    auto into = [&builder](Column column) {
        return [&builder, column](const QString &value) { return builder.intern(column, value); };
    };
    // A read-only connection of this thread's own: one used by one thread needs no SQLite
    // locking per call, and a million postings make tens of millions of calls. (Memory-mapping
    // the file was tried: no faster, and the mapped pages count as resident memory while
    // loading.)
    SqliteConnection reader = SqliteConnection::readerOf(database);
    {
        SqliteStatement count(reader, "SELECT count(*) FROM postings");
        builder.reserve(count.next() ? static_cast<std::size_t>(count.integer(0)) : 0);
    }
    SqliteStatement p(reader,
                      "SELECT id, company, title, role_family, industry, company_size, salary_currency, "
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
}

// True when the two connections read the same postings in the same order (another program may
// have written between their reads).
bool sameRows(const PostingStore &store, const std::vector<std::int64_t> &postingIds)
{
    if (store.size() != static_cast<int>(postingIds.size()))
        return false;
    for (int row = 0; row < store.size(); ++row) {
        if (store.postingId(row) != postingIds[static_cast<std::size_t>(row)])
            return false;
    }
    return true;
}

// Hands the skills and locations read by the second thread to the store.
void placePostingLinks(PostingStore::Builder &builder, PostingLinks &links)
{
    std::vector<PostingStore::Id> storeId;
    storeId.reserve(links.locations.size());
    for (const StoreLocation &location : links.locations)
        storeId.push_back(builder.addLocation(location));
    for (PostingStore::Id &id : links.locationRows.second)
        id = storeId[static_cast<std::size_t>(id)];
    builder.setLocations(std::move(links.locationRows.first), std::move(links.locationRows.second));
    builder.setSkills(std::move(links.skillRows.first), std::move(links.skillRows.second));
}

} // namespace

bool StoreLoader::loadPreferred(SqliteConnection &database, PostingStore &store, QString *errorMessage)
{
    try {
        std::vector<std::int64_t> postingIds(static_cast<std::size_t>(store.size()));
        for (int row = 0; row < store.size(); ++row)
            postingIds[static_cast<std::size_t>(row)] = store.postingId(row);
        std::vector<std::int64_t> skillIds;
        for (SqliteStatement s(database, "SELECT id FROM skills ORDER BY id"); s.next();)
            skillIds.push_back(s.integer(0));
        const RowOfId rowOf(postingIds);
        const RowOfId skillOf(skillIds);
        PostingStore::Builder builder(store);
        for (SqliteStatement s(database, "SELECT posting_id, skill_id FROM posting_skills "
                                         "WHERE requirement = 'preferred'");
             s.next();) {
            const int row = rowOf(s.integer(0));
            const int skill = skillOf(s.integer(1));
            if (row >= 0 && skill >= 0 && skill < store.skillCount())
                builder.markPreferred(row, static_cast<PostingStore::SkillId>(skill));
        }
    } catch (const SqliteError &error) {
        if (errorMessage)
            *errorMessage = tr("the skills' requirements cannot be read (%1).").arg(error.message);
        return false;
    }
    return true;
}

std::unique_ptr<PostingStore> StoreLoader::load(SqliteConnection &database, QString *errorMessage)
{
    auto store = std::make_unique<PostingStore>();
    PostingStore::Builder builder(*store);
    try {
        builder.setMeta(readMeta(database));
        const std::vector<std::int64_t> skillDatabaseIds = readSkillTaxonomy(database, builder);
        if (skillDatabaseIds.size() > static_cast<std::size_t>(PostingStore::maxSkills))
            throw SqliteError{tr("it names %1 different skills; this version handles up to %2")
                                  .arg(skillDatabaseIds.size())
                                  .arg(PostingStore::maxSkills)};
        const RowOfId skillOf(skillDatabaseIds);
        readSkillAliases(database, skillOf, builder);

        // Skills and locations are read on a second core while this thread reads the postings.
        // Both map posting ids to rows, so the second thread reads the ids itself first.
        PostingLinks links;
        {
            std::jthread secondReader(
                [&] { readPostingLinks(database, skillOf, skillDatabaseIds.size(), links); });
            readPostings(database, builder);
        } // joined here, and however this scope is left
        if (!links.error.isEmpty())
            throw SqliteError{links.error};
        if (!sameRows(*store, links.postingIds))
            throw SqliteError{tr("the postings changed while they were read")};
        placePostingLinks(builder, links);
#if defined(__GLIBC__)
        // Reading frees more temporary memory than the store keeps; glibc holds on to freed
        // memory for later use (about ten megabytes for a million postings) unless asked.
        malloc_trim(0);
#endif
    } catch (const SqliteError &error) {
        if (errorMessage)
            *errorMessage = tr("the postings cannot be read (%1).").arg(error.message);
        return nullptr;
    }
    return store;
}

} // namespace jobexplorer
