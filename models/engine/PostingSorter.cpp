#include "PostingSorter.h"

#include "PostingStore.h"

#include <QCollator>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <functional>
#include <numeric>

namespace jobexplorer {

namespace {

// Rank of each text in locale-aware, case-insensitive, number-aware order.
template <typename Container> std::vector<int> collationRanks(const Container &texts)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::vector<int> order(texts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return collator.compare(texts[a], texts[b]) < 0; });
    std::vector<int> rank(texts.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        rank[static_cast<std::size_t>(order[i])] = static_cast<int>(i);
    return rank;
}

// The collation rank of each of count names, by id.
template <typename Name> std::vector<int> nameRanks(int count, Name name)
{
    std::vector<QString> names;
    names.reserve(static_cast<std::size_t>(count));
    for (int id = 0; id < count; ++id)
        names.push_back(name(id));
    return collationRanks(names);
}

int seniorityRank(Seniority seniority)
{
    return seniority == Seniority::Unknown ? -1 : static_cast<int>(seniority);
}

int workModeRank(WorkMode mode)
{
    return mode == WorkMode::Unknown ? -1 : static_cast<int>(mode);
}

int compareFloats(float a, float b)
{
    const bool aMissing = std::isnan(a);
    const bool bMissing = std::isnan(b);
    if (aMissing || bMissing)
        return int(aMissing) - int(bMissing);
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Maps a float to an unsigned integer of the same order; NaN (a missing value) last.
std::uint64_t orderedBits(float value)
{
    if (std::isnan(value))
        return 0xFFFFFFFFu;
    const auto bits = std::bit_cast<std::uint32_t>(value);
    return (bits & 0x80000000u) ? ~bits : (bits | 0x80000000u);
}

} // namespace

// How sort() orders rows by one key: which rows are empty, a 64-bit key per row of the same
// order, and the full three-way comparison of two non-empty rows that breaks ties of keys that
// are not exact (lists). The functions read scalar and ranks: an Ordering is filled in place.
struct PostingSorter::Ordering
{
    std::vector<int> scalar; // per store row; -1 = empty
    std::vector<int> ranks;  // per location or skill id
    std::function<bool(int)> isEmpty;
    std::function<int(int, int)> compare;
    std::function<std::uint64_t(int)> prefix;
    bool exact = true;
};

void PostingSorter::sort(std::vector<int> &rows, Key key, Qt::SortOrder order) const
{
    Ordering ordering;
    setComparison(ordering, key);
    setPrefix(ordering, key);
    sortRows(rows, ordering, order == Qt::AscendingOrder);
}

void PostingSorter::setComparison(Ordering &o, Key key) const
{
    auto compareLists = [&](auto list) {
        return [&, list](int a, int b) {
            const auto la = list(a);
            const auto lb = list(b);
            const std::size_t n = std::min(la.size(), lb.size());
            for (std::size_t i = 0; i < n; ++i) {
                const int d =
                    o.ranks[static_cast<std::size_t>(la[i])] - o.ranks[static_cast<std::size_t>(lb[i])];
                if (d != 0)
                    return d;
            }
            return int(la.size()) - int(lb.size());
        };
    };

    switch (key) {
    case Key::Locations:
        o.ranks =
            nameRanks(m_store.locationCount(), [&](int id) { return m_store.location(id).displayName(); });
        o.isEmpty = [&](int row) { return m_store.locationIds(row).empty(); };
        o.compare = compareLists([&](int row) { return m_store.locationIds(row); });
        break;
    case Key::Skills:
        o.ranks = nameRanks(m_store.skillCount(), [&](int id) { return m_store.skillName(id); });
        o.isEmpty = [&](int row) { return m_store.skillIds(row).empty(); };
        o.compare = compareLists([&](int row) { return m_store.skillIds(row); });
        break;
    case Key::Experience:
        o.isEmpty = [&](int row) {
            return std::isnan(m_store.experienceMin(row)) && std::isnan(m_store.experienceMax(row));
        };
        o.compare = [&](int a, int b) {
            const int d = compareFloats(m_store.experienceMin(a), m_store.experienceMin(b));
            return d != 0 ? d : compareFloats(m_store.experienceMax(a), m_store.experienceMax(b));
        };
        break;
    case Key::Salary:
        o.isEmpty = [&](int row) { return !m_store.hasSalary(row); };
        o.compare = [&](int a, int b) {
            const int d = compareFloats(m_store.annualSalaryMin(a), m_store.annualSalaryMin(b));
            return d != 0 ? d : compareFloats(m_store.annualSalaryMax(a), m_store.annualSalaryMax(b));
        };
        break;
    default:
        setScalarComparison(o, key);
        break;
    }
}

// Keys of one value a row, ranked once into scalar (-1 for an empty row).
void PostingSorter::setScalarComparison(Ordering &o, Key key) const
{
    auto byScalar = [&](auto value) {
        o.scalar.resize(static_cast<std::size_t>(m_store.size()));
        for (int row = 0; row < m_store.size(); ++row)
            o.scalar[static_cast<std::size_t>(row)] = value(row);
    };
    auto poolRank = [&](const StringPool &pool, auto code) {
        const std::vector<int> rank = collationRanks(pool.values());
        byScalar([&](int row) {
            const int c = code(row);
            return c < 0 ? -1 : rank[static_cast<std::size_t>(c)];
        });
    };

    switch (key) {
    case Key::Company:
        poolRank(m_store.companies(), [&](int row) { return m_store.companyCode(row); });
        break;
    case Key::Title:
        poolRank(m_store.titles(), [&](int row) { return m_store.titleCode(row); });
        break;
    case Key::RoleFamily:
        poolRank(m_store.roleFamilies(), [&](int row) { return m_store.roleFamilyCode(row); });
        break;
    case Key::Seniority:
        byScalar([&](int row) { return seniorityRank(m_store.seniority(row)); });
        break;
    case Key::WorkMode:
        byScalar([&](int row) { return workModeRank(m_store.workMode(row)); });
        break;
    default:
        break;
    }
    o.isEmpty = [&](int row) { return o.scalar[static_cast<std::size_t>(row)] < 0; };
    o.compare = [&](int a, int b) {
        return o.scalar[static_cast<std::size_t>(a)] - o.scalar[static_cast<std::size_t>(b)];
    };
}

// Sorting a million rows through the comparisons above is slow; each row first gets a 64-bit key
// of the same order (for lists: their first three ranks), and the full comparison only breaks
// ties of keys that are not exact.
void PostingSorter::setPrefix(Ordering &o, Key key) const
{
    auto listPrefix = [&](auto list) {
        o.exact = false;
        return [&, list](int row) {
            constexpr std::uint64_t fieldMask = (std::uint64_t(1) << 21) - 1;
            const auto ids = list(row);
            std::uint64_t value = 0;
            for (std::size_t i = 0; i < 3; ++i) {
                const std::uint64_t rank =
                    i < ids.size()
                        ? std::min<std::uint64_t>(o.ranks[static_cast<std::size_t>(ids[i])] + 1, fieldMask)
                        : 0;
                value = (value << 21) | rank;
            }
            return value;
        };
    };
    switch (key) {
    case Key::Locations:
        o.prefix = listPrefix([&](int row) { return m_store.locationIds(row); });
        break;
    case Key::Skills:
        o.prefix = listPrefix([&](int row) { return m_store.skillIds(row); });
        break;
    case Key::Experience:
        o.prefix = [&](int row) {
            return orderedBits(m_store.experienceMin(row)) << 32 | orderedBits(m_store.experienceMax(row));
        };
        break;
    case Key::Salary:
        o.prefix = [&](int row) {
            return orderedBits(m_store.annualSalaryMin(row)) << 32 |
                   orderedBits(m_store.annualSalaryMax(row));
        };
        break;
    default:
        o.prefix = [&](int row) {
            return static_cast<std::uint64_t>(o.scalar[static_cast<std::size_t>(row)]);
        };
        break;
    }
}

// Non-empty rows by prefix, then by the full comparison, then in store order; empty rows last,
// in store order.
void PostingSorter::sortRows(std::vector<int> &rows, const Ordering &o, bool ascending) const
{
    const auto firstEmpty =
        std::stable_partition(rows.begin(), rows.end(), [&](int row) { return !o.isEmpty(row); });
    std::vector<std::uint64_t> keys(static_cast<std::size_t>(m_store.size()));
    for (auto it = rows.begin(); it != firstEmpty; ++it)
        keys[static_cast<std::size_t>(*it)] = o.prefix(*it);
    std::sort(rows.begin(), firstEmpty, [&](int a, int b) {
        const std::uint64_t ka = keys[static_cast<std::size_t>(a)];
        const std::uint64_t kb = keys[static_cast<std::size_t>(b)];
        if (ka != kb)
            return ascending ? ka < kb : ka > kb;
        if (!o.exact) {
            const int d = o.compare(a, b);
            if (d != 0)
                return ascending ? d < 0 : d > 0;
        }
        return a < b;
    });
    std::sort(firstEmpty, rows.end());
}

} // namespace jobexplorer
