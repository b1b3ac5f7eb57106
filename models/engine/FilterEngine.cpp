#include "FilterEngine.h"

#include "PostingStore.h"
#include "PostingTypes.h"
#include "TextFolding.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>
#include <numeric>
#include <thread>
#include <type_traits>

namespace jobexplorer {

namespace {

// A value found in at least 1/32 of the postings keeps a bitset (n/8 bytes); rarer values are
// looked up in their column or keep their row list (4 bytes a row), whichever is smaller.
// (Skills had bitsets from 1/256 of the postings, for counting by popcount: at a million
// postings that was 27 MB more, and recomputes were no faster — most were slower.)
constexpr int denseValueDivisor = 32;

template <typename Enum, std::size_t N> int enumCount(const std::array<EnumEntry<Enum>, N> &)
{
    return static_cast<int>(N);
}

// A stated range as [from, to]; one stated bound stands for both ("5+ years" is [5, 5]).
std::optional<std::pair<double, double>> statedRange(float low, float high)
{
    if (std::isnan(low) && std::isnan(high))
        return std::nullopt;
    return std::pair<double, double>(std::isnan(low) ? high : low, std::isnan(high) ? low : high);
}

} // namespace

template <typename Fn> decltype(auto) FilterEngine::withColumn(Facet facet, Fn &&fn) const
{
    switch (facet) {
    case Facet::Seniority:
        return fn(m_store.seniorityColumn());
    case Facet::WorkMode:
        return fn(m_store.workModeColumn());
    case Facet::EmploymentType:
        return fn(m_store.employmentTypeColumn());
    case Facet::Company:
        return fn(m_store.companyColumn());
    case Facet::Industry:
        return fn(m_store.industryColumn());
    case Facet::CompanySize:
        return fn(m_store.companySizeColumn());
    case Facet::Role:
    case Facet::Location:
    case Facet::Skill:
        break;
    }
    return fn(m_store.roleFamilyColumn());
}

template <typename Fn> void FilterEngine::forEachValueOfRow(Facet facet, int row, Fn &&fn) const
{
    if (facet == Facet::Skill) {
        for (const PostingStore::SkillId skill : m_store.skillIds(row))
            fn(static_cast<int>(skill));
        return;
    }
    m_places.forEachPlaceOfRow(row, std::forward<Fn>(fn));
}

FilterEngine::FilterEngine(const PostingStore &store) : m_store(store), m_places(store)
{
    // The skill and location indexes, the largest, are built on a second core meanwhile (a
    // million postings: about half the time of building everything here).
    std::exception_ptr failure;
    // Joined however this function is left.
    std::jthread multiValued([this, &failure] {
        try {
            buildIndex(Facet::Skill);
            buildIndex(Facet::Location);
        } catch (...) {
            failure = std::current_exception();
        }
    });
    buildSalaryOrders();
    for (const Facet facet : allFacets) {
        if (facet != Facet::Skill && facet != Facet::Location)
            buildIndex(facet);
    }
    multiValued.join();
    if (failure)
        std::rethrow_exception(failure);
}

void FilterEngine::buildSalaryOrders()
{
    const PostingStore &store = m_store;
    const int n = store.size();
    m_salaryRows = Bitset(n);
    m_rareCurrencyRows = Bitset(n);
    m_currencySalaries.resize(static_cast<std::size_t>(store.currencies().size()) + 1);
    for (int row = 0; row < n; ++row) {
        if (store.hasSalary(row)) {
            m_salaryRows.set(row);
            m_currencySalaries[static_cast<std::size_t>(store.currencyCode(row) + 1)].byMidpoint.push_back(
                row);
        }
    }
    for (CurrencySalaries &currency : m_currencySalaries) {
        std::vector<int> &rows = currency.byMidpoint;
        rows.shrink_to_fit();
        if (static_cast<int>(rows.size()) >= std::max(1, n / denseValueDivisor)) {
            currency.rows = Bitset(n);
            for (const int row : rows)
                currency.rows->set(row);
        } else {
            for (const int row : rows)
                m_rareCurrencyRows.set(row);
        }
        currency.byFrom = currency.byTo = rows;
        auto sortBy = [](std::vector<int> &order, auto &&key) {
            std::vector<std::pair<double, int>> keyed;
            keyed.reserve(order.size());
            for (const int row : order)
                keyed.emplace_back(key(row), row);
            std::sort(keyed.begin(), keyed.end());
            for (std::size_t i = 0; i < keyed.size(); ++i)
                order[i] = keyed[i].second;
        };
        sortBy(currency.byMidpoint, [this](int row) { return salaryMidpoint(row); });
        sortBy(currency.byFrom, [&store](int row) {
            return statedRange(store.annualSalaryMin(row), store.annualSalaryMax(row))->first;
        });
        sortBy(currency.byTo, [&store](int row) {
            return statedRange(store.annualSalaryMin(row), store.annualSalaryMax(row))->second;
        });
    }
    // The most common currency; on a tie the first in the pool, as salaryStatistics() decides.
    for (std::size_t c = 0; c < m_currencySalaries.size(); ++c) {
        if (m_currencySalaries[c].byMidpoint.size() > m_currencySalaries[m_defaultCurrency].byMidpoint.size())
            m_defaultCurrency = c;
    }
}

QStringList FilterEngine::salaryCurrencies() const
{
    std::vector<std::size_t> order;
    for (std::size_t c = 1; c < m_currencySalaries.size(); ++c) {
        if (!m_currencySalaries[c].byMidpoint.empty())
            order.push_back(c);
    }
    std::stable_sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
        return m_currencySalaries[a].byMidpoint.size() > m_currencySalaries[b].byMidpoint.size();
    });
    QStringList codes;
    for (const std::size_t c : order)
        codes << m_store.currencies().value(static_cast<std::int32_t>(c) - 1);
    return codes;
}

int FilterEngine::salaryCount(const QString &currency) const
{
    const auto code = m_store.currencies().find(currency);
    if (!code)
        return 0;
    return static_cast<int>(m_currencySalaries[static_cast<std::size_t>(*code + 1)].byMidpoint.size());
}

QString FilterEngine::defaultSalaryCurrency() const
{
    return m_store.currencies().value(static_cast<std::int32_t>(m_defaultCurrency) - 1);
}

QString FilterEngine::salaryCurrency(const Filter &filter) const
{
    return filter.salaryCurrency.isEmpty() ? defaultSalaryCurrency() : filter.salaryCurrency;
}

// Value indexes: bitsets for common values, row lists for rare values of multi-valued facets.
void FilterEngine::buildIndex(Facet facet)
{
    const int n = m_store.size();
    FacetIndex &idx = m_indexes[static_cast<std::size_t>(facet)];
    const auto valueCount = static_cast<std::size_t>(this->valueCount(facet));
    std::vector<int> sizes(valueCount, 0);
    const bool multi = facet == Facet::Skill || facet == Facet::Location;
    const int denseMinimum = std::max(1, n / denseValueDivisor);
    if (multi) {
        for (int row = 0; row < n; ++row)
            forEachValueOfRow(facet, row, [&](int v) { ++sizes[static_cast<std::size_t>(v)]; });
    } else {
        withColumn(facet, [&](const auto &column) {
            for (const auto code : column) {
                if (static_cast<int>(code) >= 0)
                    ++sizes[static_cast<std::size_t>(code)];
            }
        });
    }
    idx.values.resize(valueCount);
    idx.totals = sizes;
    for (std::size_t v = 0; v < valueCount; ++v) {
        idx.links += static_cast<std::size_t>(sizes[v]);
        if (sizes[v] >= denseMinimum) {
            idx.values[v].dense = Bitset(n);
            ++idx.denseValues;
        } else if (multi)
            idx.values[v].rows.reserve(static_cast<std::size_t>(sizes[v]));
    }
    if (multi) {
        for (int row = 0; row < n; ++row) {
            forEachValueOfRow(facet, row, [&](int v) {
                ValueRows &entry = idx.values[static_cast<std::size_t>(v)];
                if (entry.dense)
                    entry.dense->set(row);
                else
                    entry.rows.push_back(row);
            });
        }
    } else {
        idx.rest = Bitset(n);
        withColumn(facet, [&](const auto &column) {
            for (std::size_t row = 0; row < column.size(); ++row) {
                const auto code = static_cast<int>(column[row]);
                if (code >= 0 && idx.values[static_cast<std::size_t>(code)].dense)
                    idx.values[static_cast<std::size_t>(code)].dense->set(static_cast<int>(row));
                else
                    idx.rest.set(static_cast<int>(row));
            }
        });
    }
}

int FilterEngine::largestValueCount(Facet facet) const
{
    const std::vector<int> &totals = index(facet).totals;
    return totals.empty() ? 0 : *std::max_element(totals.begin(), totals.end());
}

int FilterEngine::valueCount(Facet facet) const
{
    switch (facet) {
    case Facet::Role:
        return m_store.roleFamilies().size();
    case Facet::Seniority:
        return enumCount(Vocabulary::seniorities);
    case Facet::Location:
        return m_places.size();
    case Facet::WorkMode:
        return enumCount(Vocabulary::workModes);
    case Facet::EmploymentType:
        return enumCount(Vocabulary::employmentTypes);
    case Facet::Skill:
        return m_store.skillCount();
    case Facet::Company:
        return m_store.companies().size();
    case Facet::Industry:
        return m_store.industries().size();
    case Facet::CompanySize:
        return m_store.companySizes().size();
    }
    return 0;
}

QString FilterEngine::valueName(Facet facet, int value) const
{
    switch (facet) {
    case Facet::Seniority:
        return Vocabulary::label(Vocabulary::seniorities, static_cast<Seniority>(value));
    case Facet::WorkMode:
        return Vocabulary::label(Vocabulary::workModes, static_cast<WorkMode>(value));
    case Facet::EmploymentType:
        return Vocabulary::label(Vocabulary::employmentTypes, static_cast<EmploymentType>(value));
    default:
        return valueKey(facet, value);
    }
}

QString FilterEngine::valueKey(Facet facet, int value) const
{
    switch (facet) {
    case Facet::Role:
        return m_store.roleFamilies().value(value);
    case Facet::Seniority:
        return Vocabulary::key(Vocabulary::seniorities, static_cast<Seniority>(value));
    case Facet::Location:
        return m_places.name(value);
    case Facet::WorkMode:
        return Vocabulary::key(Vocabulary::workModes, static_cast<WorkMode>(value));
    case Facet::EmploymentType:
        return Vocabulary::key(Vocabulary::employmentTypes, static_cast<EmploymentType>(value));
    case Facet::Skill:
        return value >= 0 && value < m_store.skillCount() ? m_store.skillName(value) : QString();
    case Facet::Company:
        return m_store.companies().value(value);
    case Facet::Industry:
        return m_store.industries().value(value);
    case Facet::CompanySize:
        return m_store.companySizes().value(value);
    }
    return {};
}

QList<int> FilterEngine::findValues(Facet facet, const QString &text) const
{
    const QString wanted = foldForSearch(text.trimmed());
    QList<int> found;
    if (facet == Facet::Skill) {
        if (const auto skill = m_store.findSkill(text.trimmed()))
            found << *skill;
        else {
            for (int id = 0; id < m_store.skillCount(); ++id) {
                if (foldForSearch(m_store.skillName(id)) == wanted)
                    found << id;
            }
        }
        return found;
    }
    // A full name or key wins; only when none matches do locations match by bare name, so that
    // "Seattle" means the metro area and "San Francisco" finds the city "San Francisco, CA".
    for (int value = 0; value < valueCount(facet); ++value) {
        if (foldForSearch(valueKey(facet, value)) == wanted ||
            foldForSearch(valueName(facet, value)) == wanted)
            found << value;
    }
    if (found.isEmpty() && facet == Facet::Location) {
        for (int value = 0; value < valueCount(facet); ++value) {
            if (foldForSearch(m_places.bareName(value)) == wanted)
                found << value;
        }
    }
    return found;
}

Bitset FilterEngine::valuesMask(Facet facet, const QList<int> &values) const
{
    const int n = m_store.size();
    const FacetIndex &idx = index(facet);
    Bitset mask(n);
    std::vector<char> wanted(idx.values.size(), 0);
    bool anyRare = false;
    for (const int value : values) {
        if (value < 0 || static_cast<std::size_t>(value) >= idx.values.size())
            continue;
        const ValueRows &entry = idx.values[static_cast<std::size_t>(value)];
        if (entry.dense) {
            mask.orWith(*entry.dense);
        } else {
            for (const int row : entry.rows)
                mask.set(row);
            wanted[static_cast<std::size_t>(value)] = 1;
            anyRare = true;
        }
    }
    if (anyRare && facet != Facet::Skill && facet != Facet::Location) {
        // Rare values of a single-valued facet: look them up in the column, rest rows only.
        withColumn(facet, [&](const auto &column) {
            idx.rest.forEach([&](int row) {
                const auto code = static_cast<int>(column[static_cast<std::size_t>(row)]);
                if (code >= 0 && wanted[static_cast<std::size_t>(code)])
                    mask.set(row);
            });
        });
    }
    return mask;
}

Bitset FilterEngine::facetMask(Facet facet, const FacetFilter &filter) const
{
    Bitset mask(m_store.size(), true);
    for (const QList<int> &clause : filter.clauses)
        mask.andWith(valuesMask(facet, clause));
    if (!filter.excluded.isEmpty())
        mask.andNotWith(valuesMask(facet, filter.excluded));
    return mask;
}

void FilterEngine::prepareTextSearch() const
{
    if (m_textPrepared)
        return;
    auto fold = [](const QList<QString> &values) {
        QStringList folded;
        folded.reserve(values.size());
        for (const QString &value : values)
            folded << foldForSearch(value);
        return folded;
    };
    m_foldedTitles = fold(m_store.titles().values());
    m_foldedCompanies = fold(m_store.companies().values());
    m_foldedNotes = fold(m_store.notesPool().values());
    for (int skill = 0; skill < m_store.skillCount(); ++skill)
        m_foldedSkills << foldForSearch(m_store.skillName(skill));
    m_textPrepared = true;
}

std::optional<Bitset> FilterEngine::otherMask(const Filter &filter, std::optional<Bitset> *foreign) const
{
    const bool salary = filter.requireSalary || filter.salary.isSet();
    const bool salaryRange = filter.salary.isSet();
    // The pool code of the range's currency; a currency no posting states matches none.
    std::int32_t currency = static_cast<std::int32_t>(m_defaultCurrency) - 1;
    if (!filter.salaryCurrency.isEmpty())
        currency = m_store.currencies()
                       .find(filter.salaryCurrency)
                       .value_or(std::numeric_limits<std::int32_t>::min());
    const bool experience = filter.experience.isSet();
    const bool fit = filter.fit.isSet();
    QStringList terms;
    for (const QString &term : filter.text) {
        const QString folded = foldForSearch(term.trimmed());
        if (!folded.isEmpty())
            terms << folded;
    }
    if (!salary && !experience && !fit && terms.isEmpty())
        return std::nullopt;
    if (fit && !m_client)
        return Bitset(m_store.size());

    // Per term, which pooled texts and skills contain it; then one pass over the rows.
    struct TermHits
    {
        std::vector<char> titles, companies, notes, skills;
    };
    std::vector<TermHits> hits;
    if (!terms.isEmpty()) {
        prepareTextSearch();
        auto contains = [](const QStringList &texts, const QString &term) {
            std::vector<char> hit(static_cast<std::size_t>(texts.size()));
            for (qsizetype i = 0; i < texts.size(); ++i)
                hit[static_cast<std::size_t>(i)] = texts.at(i).contains(term) ? 1 : 0;
            return hit;
        };
        for (const QString &term : std::as_const(terms))
            hits.push_back({contains(m_foldedTitles, term), contains(m_foldedCompanies, term),
                            contains(m_foldedNotes, term), contains(m_foldedSkills, term)});
    }
    const double salaryLow = filter.salary.min.value_or(-INFINITY);
    const double salaryHigh = filter.salary.max.value_or(INFINITY);
    const double experienceLow = filter.experience.min.value_or(-INFINITY);
    const double experienceHigh = filter.experience.max.value_or(INFINITY);
    auto hit = [](const std::vector<char> &flags, std::int32_t code) {
        return code >= 0 && flags[static_cast<std::size_t>(code)];
    };

    Bitset mask(m_store.size());
    if (salaryRange)
        foreign->emplace(m_store.size());
    for (int row = 0; row < m_store.size(); ++row) {
        // A salary in another currency than the range's cannot be compared with it: left out,
        // and counted when the rest of the filter holds.
        bool otherCurrency = false;
        if (salary) {
            const auto range = statedRange(m_store.annualSalaryMin(row), m_store.annualSalaryMax(row));
            if (!range)
                continue;
            if (salaryRange && m_store.currencyCode(row) != currency)
                otherCurrency = true;
            else if (range->second < salaryLow || range->first > salaryHigh)
                continue;
        }
        if (experience) {
            const auto range = statedRange(m_store.experienceMin(row), m_store.experienceMax(row));
            if (!range || range->second < experienceLow || range->first > experienceHigh)
                continue;
        }
        if (fit) {
            const auto [held, total] = fitWeights(row, *m_client);
            if ((filter.fit.min && !Fit::reaches(held, total, *filter.fit.min)) ||
                (filter.fit.max && Fit::value(held, total) > *filter.fit.max + 1e-9))
                continue;
        }
        bool allTerms = true;
        for (const TermHits &term : hits) {
            bool found = hit(term.titles, m_store.titleCode(row)) ||
                         hit(term.companies, m_store.companyCode(row)) ||
                         hit(term.notes, m_store.notesCode(row));
            if (!found) {
                for (const PostingStore::SkillId skill : m_store.skillIds(row)) {
                    if (term.skills[static_cast<std::size_t>(skill)]) {
                        found = true;
                        break;
                    }
                }
            }
            if (!found) {
                allTerms = false;
                break;
            }
        }
        if (allTerms)
            (otherCurrency ? **foreign : mask).set(row);
    }
    return mask;
}

std::pair<int, int> FilterEngine::fitWeights(int row, const ClientSkills &skills) const
{
    int held = 0;
    int total = 0;
    const std::uint32_t *offsets = m_store.skillOffsets();
    const PostingStore::SkillId *ids = m_store.skillIdData();
    for (std::uint32_t mention = offsets[row]; mention < offsets[row + 1]; ++mention) {
        const int weight = m_store.isPreferred(mention) ? Fit::preferredWeight : Fit::requiredWeight;
        total += weight;
        if (skills.holds(ids[mention]))
            held += weight;
    }
    return {held, total};
}

std::vector<int> FilterEngine::countAmong(Facet facet, const std::vector<int> &rows) const
{
    Bitset set(m_store.size());
    for (const int row : rows)
        set.set(row);
    return countValues(facet, set);
}

std::vector<int> FilterEngine::countPrimaryPlaces(const std::vector<int> &rows) const
{
    std::vector<int> counts(static_cast<std::size_t>(m_places.size()), 0);
    std::vector<int> lastRow(counts.size(), -1);
    for (const int row : rows) {
        for (const std::int32_t location : m_store.locationIds(row)) {
            const int place = m_places.primaryPlace(location);
            if (place >= 0 && lastRow[static_cast<std::size_t>(place)] != row) {
                lastRow[static_cast<std::size_t>(place)] = row;
                ++counts[static_cast<std::size_t>(place)];
            }
        }
    }
    return counts;
}

std::vector<int> FilterEngine::countValues(Facet facet, const Bitset &rows) const
{
    if (facet == Facet::Skill || facet == Facet::Location)
        return countMultiValued(facet, rows);
    const FacetIndex &idx = index(facet);
    std::vector<int> counts(idx.values.size(), 0);
    const int members = rows.count();
    if (members == 0)
        return counts;
    if (members == m_store.size())
        return idx.totals;
    const bool complement = members > m_store.size() / 2;
    const int walked = complement ? m_store.size() - members : members;
    if (std::size_t(walked) < idx.denseValues * rows.words().size()) {
        // Fewer rows (or non-members) than words of the value bitsets: count the column alone.
        withColumn(facet, [&](const auto &column) {
            auto count = [&](int row) {
                const auto code = static_cast<int>(column[static_cast<std::size_t>(row)]);
                if (code >= 0)
                    ++counts[static_cast<std::size_t>(code)];
            };
            if (complement)
                rows.forEachMissing(count);
            else
                rows.forEach(count);
        });
        if (complement) {
            for (std::size_t v = 0; v < counts.size(); ++v)
                counts[v] = idx.totals[v] - counts[v];
        }
        return counts;
    }
    for (std::size_t v = 0; v < idx.values.size(); ++v) {
        if (idx.values[v].dense)
            counts[v] = Bitset::countAnd(rows, *idx.values[v].dense);
    }
    withColumn(facet, [&](const auto &column) {
        auto count = [&](int row) {
            const auto code = static_cast<int>(column[static_cast<std::size_t>(row)]);
            if (code >= 0)
                ++counts[static_cast<std::size_t>(code)];
        };
        if (!complement) {
            rows.forEachAnd(idx.rest, count);
            return;
        }
        // Most rows are members: count the rare values of the rows that are not, and subtract.
        std::vector<int> missing(counts.size(), 0);
        rows.forEachMissing([&](int row) {
            if (idx.rest.test(row)) {
                const auto code = static_cast<int>(column[static_cast<std::size_t>(row)]);
                if (code >= 0)
                    ++missing[static_cast<std::size_t>(code)];
            }
        });
        for (std::size_t v = 0; v < counts.size(); ++v) {
            if (!idx.values[v].dense)
                counts[v] = idx.totals[v] - missing[v];
        }
    });
    return counts;
}

void FilterEngine::countColumnsAmong(std::span<const Facet> facets, const std::vector<int> &rows,
                                     std::span<std::vector<int> *const> counts) const
{
    // Columns of 32-bit codes (company, industry, ...) and of one-byte levels (seniority, mode,
    // type), each with the counts it adds to.
    constexpr std::size_t maxColumns = FacetCount;
    std::array<const std::int32_t *, maxColumns> wide{};
    std::array<int *, maxColumns> wideCounts{};
    std::array<const std::uint8_t *, maxColumns> narrow{};
    std::array<int *, maxColumns> narrowCounts{};
    std::size_t wideColumns = 0, narrowColumns = 0;
    for (std::size_t i = 0; i < facets.size(); ++i) {
        counts[i]->assign(index(facets[i]).values.size(), 0);
        withColumn(facets[i], [&](const auto &column) {
            using Code = typename std::decay_t<decltype(column)>::value_type;
            if constexpr (std::is_same_v<Code, std::int32_t>) {
                wide[wideColumns] = column.data();
                wideCounts[wideColumns++] = counts[i]->data();
            } else {
                static_assert(sizeof(Code) == 1 && std::is_unsigned_v<std::underlying_type_t<Code>>);
                narrow[narrowColumns] = reinterpret_cast<const std::uint8_t *>(column.data());
                narrowCounts[narrowColumns++] = counts[i]->data();
            }
        });
    }
    // The rows are far apart: each row's codes are prefetched a few rows ahead of counting.
    constexpr std::size_t ahead = 16;
    const int *const row = rows.data();
    const std::size_t size = rows.size();
    for (std::size_t i = 0; i < size; ++i) {
        if (i + ahead < size) {
            const int next = row[i + ahead];
            for (std::size_t c = 0; c < wideColumns; ++c)
                __builtin_prefetch(wide[c] + next);
            for (std::size_t c = 0; c < narrowColumns; ++c)
                __builtin_prefetch(narrow[c] + next);
        }
        const int r = row[i];
        for (std::size_t c = 0; c < wideColumns; ++c) {
            const std::int32_t code = wide[c][r];
            if (code >= 0)
                ++wideCounts[c][code];
        }
        for (std::size_t c = 0; c < narrowColumns; ++c)
            ++narrowCounts[c][narrow[c][r]];
    }
}

std::vector<int> FilterEngine::countMultiValued(Facet facet, const Bitset &rows) const
{
    const FacetIndex &idx = index(facet);
    std::vector<int> counts(idx.values.size(), 0);
    const int members = rows.count();
    if (members == 0)
        return counts;
    // Either walk the member rows' value lists, or intersect each value's rows with the set,
    // whichever touches fewer items. (Weighting them by measured costs was tried and was no
    // faster on the benchmark's databases.)
    const double linksPerRow = m_store.size() ? double(idx.links) / m_store.size() : 0;
    double perValue = 0;
    for (const ValueRows &entry : idx.values)
        perValue += entry.dense ? double(rows.words().size()) : double(entry.rows.size());
    // When most rows are members, walk the others and subtract their counts from the totals.
    const bool complement = members > m_store.size() / 2;
    const int walked = complement ? m_store.size() - members : members;
    if (walked == 0)
        return idx.totals; // every row is a member
    // Places are counted per location set: one step a row, then one a set.
    const double walkCost =
        facet == Facet::Skill ? walked * linksPerRow : double(walked) + double(m_store.locationSetCount());
    if (walkCost < perValue) {
        // The hot loop of most recomputes: raw pointers into the row lists, nothing else.
        int *count = counts.data();
        auto visit = [&](auto &&perRow) {
            if (complement)
                rows.forEachMissing(perRow);
            else
                rows.forEach(perRow);
        };
        if (facet == Facet::Skill) {
            const std::uint32_t *offsets = m_store.skillOffsets();
            const PostingStore::SkillId *ids = m_store.skillIdData();
            visit([&](int row) {
                const std::uint32_t end = offsets[row + 1];
                for (std::uint32_t i = offsets[row]; i < end; ++i)
                    ++count[ids[i]];
            });
        } else {
            // Per location set (far fewer than rows), then per place of each set counted.
            std::vector<int> perSet(static_cast<std::size_t>(m_store.locationSetCount()), 0);
            const std::int32_t *setOfRow = m_store.locationSetColumn().data();
            int *setCount = perSet.data();
            visit([&](int row) { ++setCount[setOfRow[row]]; });
            for (std::size_t set = 0; set < perSet.size(); ++set) {
                if (const int c = perSet[set]) {
                    for (const std::int32_t place : m_places.setPlaces(static_cast<std::int32_t>(set)))
                        count[place] += c;
                }
            }
        }
        if (complement) {
            for (std::size_t v = 0; v < counts.size(); ++v)
                counts[v] = idx.totals[v] - counts[v];
        }
        return counts;
    }
    for (std::size_t v = 0; v < idx.values.size(); ++v) {
        const ValueRows &entry = idx.values[v];
        if (entry.dense) {
            counts[v] = Bitset::countAnd(rows, *entry.dense);
        } else {
            int count = 0;
            for (const int row : entry.rows)
                count += rows.test(row) ? 1 : 0;
            counts[v] = count;
        }
    }
    return counts;
}

void FilterEngine::countSkillsTwice(const Bitset &base, const Bitset &matching, std::vector<int> &inBase,
                                    std::vector<int> &inMatching) const
{
    const FacetIndex &idx = index(Facet::Skill);
    inBase.assign(idx.values.size(), 0);
    inMatching.assign(idx.values.size(), 0);
    const double linksPerRow = m_store.size() ? double(idx.links) / m_store.size() : 0;
    double perValue = 0;
    for (const ValueRows &entry : idx.values)
        perValue += entry.dense ? double(base.words().size()) : double(entry.rows.size());
    if (base.count() * linksPerRow < perValue) {
        // Each row's list is walked once: matching rows count into inMatching, the other rows
        // of base into inBase, which then gets the matching counts added. The rows are far
        // apart in memory, so each is visited in three steps a few rows apart: fetch its offset,
        // then its list, then count (most of the time went to waiting for memory otherwise).
        const std::uint32_t *offsets = m_store.skillOffsets();
        const PostingStore::SkillId *ids = m_store.skillIdData();
        int *const counts[2] = {inBase.data(), inMatching.data()};
        const auto &b = base.words();
        const auto &m = matching.words();
        constexpr std::size_t ahead = 16, ring = 64; // ring > 2 * ahead, a power of two
        std::array<std::uint32_t, ring> pending{};   // row << 1 | matching
        std::size_t pushed = 0;
        auto count = [&](std::uint32_t entry) {
            int *const count = counts[entry & 1];
            const std::uint32_t row = entry >> 1;
            const std::uint32_t end = offsets[row + 1];
            for (std::uint32_t i = offsets[row]; i < end; ++i)
                ++count[ids[i]];
        };
        for (std::size_t w = 0; w < b.size(); ++w) {
            std::uint64_t word = b[w];
            while (word) {
                const int bit = std::countr_zero(word);
                word &= word - 1;
                const auto row = static_cast<std::uint32_t>(w * 64 + static_cast<std::size_t>(bit));
                __builtin_prefetch(offsets + row);
                pending[pushed % ring] = row << 1 | static_cast<std::uint32_t>((m[w] >> bit) & 1);
                if (pushed >= ahead)
                    __builtin_prefetch(ids + offsets[pending[(pushed - ahead) % ring] >> 1]);
                if (pushed >= 2 * ahead)
                    count(pending[(pushed - 2 * ahead) % ring]);
                ++pushed;
            }
        }
        for (std::size_t i = pushed > 2 * ahead ? pushed - 2 * ahead : 0; i < pushed; ++i)
            count(pending[i % ring]);
        for (std::size_t v = 0; v < inBase.size(); ++v)
            inBase[v] += inMatching[v];
        return;
    }
    // One pass over each common skill's bitset gives both counts.
    const auto &b = base.words();
    const auto &m = matching.words();
    for (std::size_t v = 0; v < idx.values.size(); ++v) {
        const ValueRows &entry = idx.values[v];
        int countBase = 0, countMatching = 0;
        if (entry.dense) {
            const auto &bits = entry.dense->words();
            for (std::size_t w = 0; w < bits.size(); ++w) {
                const std::uint64_t word = b[w] & bits[w];
                countBase += std::popcount(word);
                countMatching += std::popcount(word & m[w]);
            }
        } else {
            for (const int row : entry.rows) {
                countBase += base.test(row) ? 1 : 0;
                countMatching += matching.test(row) ? 1 : 0;
            }
        }
        inBase[v] = countBase;
        inMatching[v] = countMatching;
    }
}

double FilterEngine::salaryMidpoint(int row) const
{
    const auto [from, to] = *statedRange(m_store.annualSalaryMin(row), m_store.annualSalaryMax(row));
    return (from + to) / 2;
}

SalaryStatistics FilterEngine::salaryStatistics(const Bitset &rows) const
{
    SalaryStatistics stats;
    const std::vector<int> perCurrency = salaryRowsPerCurrency(rows);
    const int withSalary = std::accumulate(perCurrency.begin(), perCurrency.end(), 0);
    if (withSalary == 0)
        return stats;
    const auto dominant = std::max_element(perCurrency.begin(), perCurrency.end());
    const auto index = static_cast<std::size_t>(dominant - perCurrency.begin());
    const auto currency = static_cast<std::int32_t>(index) - 1;
    const CurrencySalaries &salaries = m_currencySalaries[index];
    stats.currency = m_store.currencies().value(currency);
    stats.otherCurrency = withSalary - *dominant;
    const auto count = static_cast<std::size_t>(*dominant);

    // Few matches among the currency's rows (under 1/32 of them; the ordered walk reads little
    // more than one bit a row): gather their midpoints and select the quartiles. Many: walk the
    // currency's orders.
    constexpr std::size_t walkDivisor = 32;
    if (count * walkDivisor < salaries.byMidpoint.size())
        gatherSalaries(rows, salaries, currency, count, stats);
    else
        walkSalaryOrders(rows, salaries, count, stats);
    return stats;
}

// Rows per currency (index: code + 1): common currencies by popcount, the rest visited.
std::vector<int> FilterEngine::salaryRowsPerCurrency(const Bitset &rows) const
{
    std::vector<int> perCurrency(m_currencySalaries.size(), 0);
    for (std::size_t c = 0; c < m_currencySalaries.size(); ++c) {
        if (m_currencySalaries[c].rows)
            perCurrency[c] = Bitset::countAnd(rows, *m_currencySalaries[c].rows);
    }
    rows.forEachAnd(m_rareCurrencyRows,
                    [&](int row) { ++perCurrency[static_cast<std::size_t>(m_store.currencyCode(row) + 1)]; });
    return perCurrency;
}

void FilterEngine::gatherSalaries(const Bitset &rows, const CurrencySalaries &salaries, std::int32_t currency,
                                  std::size_t count, SalaryStatistics &stats) const
{
    std::vector<double> midpoints;
    midpoints.reserve(count);
    double lowest = INFINITY;
    double highest = -INFINITY;
    auto gather = [&](int row) {
        if (m_store.currencyCode(row) != currency)
            return;
        const auto [from, to] = *statedRange(m_store.annualSalaryMin(row), m_store.annualSalaryMax(row));
        midpoints.push_back((from + to) / 2);
        lowest = std::min(lowest, from);
        highest = std::max(highest, to);
    };
    rows.forEachAnd(salaries.rows ? *salaries.rows : m_rareCurrencyRows, gather);
    stats.lowestMinimum = lowest;
    stats.highestMaximum = highest;
    stats.setMidpoints(std::move(midpoints));
}

// Walks the currency's rows in order of midpoint, reading the values at the ranks the quartiles
// need, and the bound orders up to their first match.
void FilterEngine::walkSalaryOrders(const Bitset &rows, const CurrencySalaries &salaries, std::size_t count,
                                    SalaryStatistics &stats) const
{
    auto firstMatch = [&rows](auto begin, auto end) {
        return *std::find_if(begin, end, [&rows](int row) { return rows.test(row); });
    };
    auto range = [this](int row) {
        return *statedRange(m_store.annualSalaryMin(row), m_store.annualSalaryMax(row));
    };
    stats.lowestMinimum = range(firstMatch(salaries.byFrom.begin(), salaries.byFrom.end())).first;
    stats.highestMaximum = range(firstMatch(salaries.byTo.rbegin(), salaries.byTo.rend())).second;
    stats.withSalary = static_cast<int>(count);
    stats.maximum = salaryMidpoint(firstMatch(salaries.byMidpoint.rbegin(), salaries.byMidpoint.rend()));
    readQuartiles(rows, salaries.byMidpoint, count, stats);
}

// The minimum and the quartiles of the count matching rows in byMidpoint (all of one currency's
// rows, in order of midpoint).
void FilterEngine::readQuartiles(const Bitset &rows, const std::vector<int> &byMidpoint, std::size_t count,
                                 SalaryStatistics &stats) const
{
    std::array<SalaryStatistics::Position, 3> positions;
    std::array<double, 3> lows{}, highs{};
    for (std::size_t q = 0; q < positions.size(); ++q)
        positions[q] = SalaryStatistics::quantilePosition(count, SalaryStatistics::quartiles[q]);
    const std::size_t lastRank = std::min(count - 1, positions.back().lower + 1);
    // Only the rows at those ranks are read (their values are far apart in memory); when every
    // row of the currency matches, the rank is the position in the order.
    auto atRank = [&](std::size_t rank, int row) {
        if (rank == 0)
            stats.minimum = salaryMidpoint(row);
        for (std::size_t q = 0; q < positions.size(); ++q) {
            if (rank == positions[q].lower)
                lows[q] = salaryMidpoint(row);
            if (rank == positions[q].lower + 1)
                highs[q] = salaryMidpoint(row);
        }
    };
    if (count == byMidpoint.size()) {
        atRank(0, byMidpoint.front());
        for (const auto &position : positions) {
            atRank(position.lower, byMidpoint[position.lower]);
            if (position.lower + 1 < count)
                atRank(position.lower + 1, byMidpoint[position.lower + 1]);
        }
    } else {
        const int *const order = byMidpoint.data();
        const std::uint64_t *const bits = rows.words().data();
        std::size_t rank = 0;
        std::size_t wanted = 0; // the next rank that atRank reads
        std::array<std::size_t, 7> ranks{0};
        for (std::size_t q = 0; q < positions.size(); ++q) {
            ranks[1 + 2 * q] = positions[q].lower;
            ranks[2 + 2 * q] = positions[q].lower + 1;
        }
        for (std::size_t i = 0;; ++i) {
            const auto row = static_cast<std::size_t>(order[i]);
            if (!((bits[row >> 6] >> (row & 63)) & 1))
                continue;
            if (rank == ranks[wanted]) {
                atRank(rank, order[i]);
                while (wanted + 1 < ranks.size() && ranks[wanted] <= rank)
                    ++wanted;
            }
            if (rank++ == lastRank)
                break;
        }
    }
    stats.firstQuartile = SalaryStatistics::interpolate(positions[0], count, lows[0], highs[0]);
    stats.median = SalaryStatistics::interpolate(positions[1], count, lows[1], highs[1]);
    stats.thirdQuartile = SalaryStatistics::interpolate(positions[2], count, lows[2], highs[2]);
}

FilterResult FilterEngine::evaluate(const Filter &filter, int topSkillCount) const
{
    const int n = m_store.size();
    FilterResult result;
    result.total = n;

    const FacetMasks masks = facetMasks(filter);
    std::optional<Bitset> foreign;
    const std::optional<Bitset> other = otherMask(filter, &foreign);
    Bitset matching = other ? *other : Bitset(n, true);
    for (const auto &mask : masks) {
        if (mask) {
            matching.andWith(*mask);
            if (foreign)
                foreign->andWith(*mask);
        }
    }
    result.rows = matching.toRows();
    result.salaryCurrencyLeftOut = foreign ? foreign->count() : 0;

    countFacets(masks, other, matching, result);
    result.topSkills = topSkills(result.skillCounts, topSkillCount);
    result.salary = salaryStatistics(matching);
    return result;
}

// Per facet with a selection: the rows it selects.
FilterEngine::FacetMasks FilterEngine::facetMasks(const Filter &filter) const
{
    FacetMasks masks;
    for (const Facet facet : allFacets) {
        if (!filter.facet(facet).isEmpty())
            masks[static_cast<std::size_t>(facet)] = facetMask(facet, filter.facet(facet));
    }
    return masks;
}

// A facet's base: the rows that pass every other selection.
Bitset FilterEngine::baseWithout(std::size_t index, const FacetMasks &masks,
                                 const std::optional<Bitset> &other) const
{
    Bitset base = other ? *other : Bitset(m_store.size(), true);
    for (std::size_t i = 0; i < masks.size(); ++i) {
        if (i != index && masks[i])
            base.andWith(*masks[i]);
    }
    return base;
}

// Fills result.facetCounts (each facet counted over its base) and result.skillCounts (over the
// matching rows).
void FilterEngine::countFacets(const FacetMasks &masks, const std::optional<Bitset> &other,
                               const Bitset &matching, FilterResult &result) const
{
    std::array<Facet, FacetCount> shared{};
    const std::size_t sharedFacets = countUnselectedColumns(masks, result, shared);

    bool skillsCounted = false;
    for (const Facet facet : allFacets) {
        const auto index = static_cast<std::size_t>(facet);
        if (std::find(shared.begin(), shared.begin() + static_cast<std::ptrdiff_t>(sharedFacets), facet) !=
            shared.begin() + static_cast<std::ptrdiff_t>(sharedFacets))
            continue;
        if (facet == Facet::Skill && masks[index]) {
            // The matching rows are a subset of the skill facet's base: one walk over the base
            // counts both the facet and the skills among matches.
            const Bitset base = baseWithout(index, masks, other);
            countSkillsTwice(base, matching, result.facetCounts[index], result.skillCounts);
            skillsCounted = true;
            continue;
        }
        if (!masks[index]) {
            // Without its own selection, a facet's base is the matching set itself.
            if (facet != Facet::Skill)
                result.facetCounts[index] = countValues(facet, matching);
            continue;
        }
        result.facetCounts[index] = countValues(facet, baseWithout(index, masks, other));
    }
    if (!skillsCounted) {
        result.skillCounts = countMultiValued(Facet::Skill, matching);
        result.facetCounts[static_cast<std::size_t>(Facet::Skill)] = result.skillCounts;
    }
}

// The single-valued facets without a selection all count the matching rows (result.rows): when
// those are a minority, one walk over them counts every such facet. Returns how many facets it
// counted, listed at the start of shared.
std::size_t FilterEngine::countUnselectedColumns(const FacetMasks &masks, FilterResult &result,
                                                 std::array<Facet, FacetCount> &shared) const
{
    std::array<std::vector<int> *, FacetCount> sharedCounts{};
    std::size_t sharedFacets = 0;
    const std::size_t members = result.rows.size();
    if (members > 0 && members <= static_cast<std::size_t>(m_store.size() / 2)) {
        for (const Facet facet : allFacets) {
            const auto index = static_cast<std::size_t>(facet);
            if (!masks[index] && facet != Facet::Skill && facet != Facet::Location) {
                shared[sharedFacets] = facet;
                sharedCounts[sharedFacets++] = &result.facetCounts[index];
            }
        }
        countColumnsAmong(std::span(shared.data(), sharedFacets), result.rows,
                          std::span(sharedCounts.data(), sharedFacets));
    }
    return sharedFacets;
}

// The topSkillCount skills with the most postings (ties by name), of those with any.
std::vector<int> FilterEngine::topSkills(const std::vector<int> &skillCounts, int topSkillCount) const
{
    std::vector<int> order;
    for (int skill = 0; skill < m_store.skillCount(); ++skill) {
        if (skillCounts[static_cast<std::size_t>(skill)] > 0)
            order.push_back(skill);
    }
    const auto top =
        std::min<std::size_t>(order.size(), static_cast<std::size_t>(std::max(0, topSkillCount)));
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(top), order.end(),
                      [&](int a, int b) {
                          const int ca = skillCounts[static_cast<std::size_t>(a)];
                          const int cb = skillCounts[static_cast<std::size_t>(b)];
                          if (ca != cb)
                              return ca > cb;
                          return m_store.skillName(a).compare(m_store.skillName(b), Qt::CaseInsensitive) < 0;
                      });
    order.resize(top);
    return order;
}

} // namespace jobexplorer
