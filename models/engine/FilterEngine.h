#pragma once

#include "Bitset.h"
#include "ClientSkills.h"
#include "Filter.h"
#include "FilterResult.h"
#include "PlaceIndex.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace jobexplorer {

class PostingStore;

// Evaluates filters over a PostingStore with bitsets: each facet's selection becomes a set of
// rows, the sets are ANDed, and counts come from scanning only the rows that matter. It also
// names the values of every facet (the "vocabulary" that the panel shows and expressions use).
// The store is not owned and must outlive the engine.
class FilterEngine final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::FilterEngine)
public:
    using PlaceKind = PlaceIndex::Kind;

    explicit FilterEngine(const PostingStore &store);

    const PostingStore &store() const { return m_store; }
    FilterResult evaluate(const Filter &filter, int topSkillCount = 20) const;

    int valueCount(Facet facet) const;
    // The most postings any one value of facet has: its count without a filter, which no
    // filter can raise.
    int largestValueCount(Facet facet) const;
    // The value as shown to the user (levels and modes translated).
    QString valueName(Facet facet, int value) const;
    // The value as written in a filter expression: a key for levels, modes and types, the name
    // otherwise.
    QString valueKey(Facet facet, int value) const;
    // Every value whose key, name or alias equals text, regardless of case and accents. A
    // location without such a match is found by its bare name ("San Francisco" finds the city
    // "San Francisco, CA"; "Seattle" is the metro area of that name).
    QList<int> findValues(Facet facet, const QString &text) const;
    PlaceKind placeKind(int place) const { return m_places.kind(place); }

    // Per value of facet: how many of rows (ascending store rows) have it.
    std::vector<int> countAmong(Facet facet, const std::vector<int> &rows) const;
    // Per place: how many of rows have a location whose primary place (PlaceIndex) it is, for
    // a "top locations" view that counts each posting once per market, not once per city,
    // region and country.
    std::vector<int> countPrimaryPlaces(const std::vector<int> &rows) const;
    // The client whose fit a filter's fit term (Filter::fit) measures, or none: then no posting
    // matches a fit term (FilterExpression refuses one without a client).
    void setClientSkills(std::optional<ClientSkills> skills) { m_client = std::move(skills); }
    const ClientSkills *clientSkills() const { return m_client ? &*m_client : nullptr; }
    // A row's held and total skill weight for skills, in the half units of Fit (ClientSkills.h).
    std::pair<int, int> fitWeights(int row, const ClientSkills &skills) const;

    // Calls fn(row) for every store row that lists skill, in increasing order.
    template <typename Fn> void forEachRowWithSkill(int skill, Fn &&fn) const
    {
        const ValueRows &entry = index(Facet::Skill).values[static_cast<std::size_t>(skill)];
        if (entry.dense)
            entry.dense->forEach(fn);
        else
            for (const int row : entry.rows)
                fn(row);
    }

    // The midpoint of a row's annualised salary range (its one bound when only one is stated);
    // meaningful only for rows with a salary.
    double salaryMidpoint(int row) const;

    // The currencies postings state a salary in, most postings first (ties: the one first seen
    // in the store); a salary without a currency is not among them.
    QStringList salaryCurrencies() const;
    // How many postings state a salary in currency.
    int salaryCount(const QString &currency) const;
    // The currency most postings with a salary state (as salaryCurrencies() orders them, a
    // salary without one included): what a salary range without a currency applies to. Empty
    // when that is no currency, or no posting states a salary.
    QString defaultSalaryCurrency() const;
    // The currency filter's salary range applies to: its own, else the default.
    QString salaryCurrency(const Filter &filter) const;

private:
    // The rows of one value: a bitset when the value is common (at least 1/32 of the rows,
    // where n/8 bytes beat 4 bytes a row), otherwise an ascending row list (multi-valued facets)
    // or nothing, the column being scanned instead (single-valued facets).
    struct ValueRows
    {
        std::optional<Bitset> dense;
        std::vector<int> rows;
    };
    // Per facet: the rows of every value, and for single-valued facets the rows whose value
    // has no bitset ("rest"), which counting and matching walk through the column.
    struct FacetIndex
    {
        std::vector<ValueRows> values;
        Bitset rest;
        std::size_t links = 0;       // multi-valued: value mentions in all rows
        std::vector<int> totals;     // per value: rows that have it
        std::size_t denseValues = 0; // values with a bitset
    };

    void buildSalaryOrders();
    void buildIndex(Facet facet);
    const FacetIndex &index(Facet facet) const { return m_indexes[static_cast<std::size_t>(facet)]; }
    Bitset valuesMask(Facet facet, const QList<int> &values) const;
    Bitset facetMask(Facet facet, const FacetFilter &filter) const;
    // The rows passing the ranges, the salary toggle and the text; with a salary range,
    // *foreign gets those that pass all but the range because their salary is in another currency.
    std::optional<Bitset> otherMask(const Filter &filter, std::optional<Bitset> *foreign) const;
    std::vector<int> countValues(Facet facet, const Bitset &rows) const;
    std::vector<int> countMultiValued(Facet facet, const Bitset &rows) const;
    // The counts of several single-valued facets over the same rows (ascending), in one walk
    // that reads every column of a row together. counts[i] is sized and filled for facets[i].
    void countColumnsAmong(std::span<const Facet> facets, const std::vector<int> &rows,
                           std::span<std::vector<int> *const> counts) const;
    // Skill counts over base and over matching (a subset of base) in one pass.
    void countSkillsTwice(const Bitset &base, const Bitset &matching, std::vector<int> &inBase,
                          std::vector<int> &inMatching) const;
    void prepareTextSearch() const;
    template <typename Fn> decltype(auto) withColumn(Facet facet, Fn &&fn) const;
    template <typename Fn> void forEachValueOfRow(Facet facet, int row, Fn &&fn) const;

    // The phases of evaluate().
    using FacetMasks = std::array<std::optional<Bitset>, FacetCount>;
    FacetMasks facetMasks(const Filter &filter) const;
    Bitset baseWithout(std::size_t index, const FacetMasks &masks, const std::optional<Bitset> &other) const;
    void countFacets(const FacetMasks &masks, const std::optional<Bitset> &other, const Bitset &matching,
                     FilterResult &result) const;
    std::size_t countUnselectedColumns(const FacetMasks &masks, FilterResult &result,
                                       std::array<Facet, FacetCount> &shared) const;
    std::vector<int> topSkills(const std::vector<int> &skillCounts, int topSkillCount) const;

    const PostingStore &m_store;
    PlaceIndex m_places;
    std::array<FacetIndex, FacetCount> m_indexes;
    // The rows that state a salary, per currency (index: code + 1, 0 for none). A currency of
    // at least 1/32 of the rows keeps a bitset of its rows, the others' rows are in
    // rareCurrencyRows. Each currency's rows are also kept ordered by midpoint, by lower and by
    // upper bound: when most of them match, the statistics walk these orders instead of
    // gathering the midpoints and selecting quartiles.
    struct CurrencySalaries
    {
        std::optional<Bitset> rows;
        std::vector<int> byMidpoint, byFrom, byTo;
    };

    // The phases of salaryStatistics().
    SalaryStatistics salaryStatistics(const Bitset &rows) const;
    std::vector<int> salaryRowsPerCurrency(const Bitset &rows) const;
    void gatherSalaries(const Bitset &rows, const CurrencySalaries &salaries, std::int32_t currency,
                        std::size_t count, SalaryStatistics &stats) const;
    void walkSalaryOrders(const Bitset &rows, const CurrencySalaries &salaries, std::size_t count,
                          SalaryStatistics &stats) const;
    void readQuartiles(const Bitset &rows, const std::vector<int> &byMidpoint, std::size_t count,
                       SalaryStatistics &stats) const;

    // Pool code + 1 of the default salary currency (0: none; see defaultSalaryCurrency()).
    std::size_t m_defaultCurrency = 0;
    std::optional<ClientSkills> m_client;
    Bitset m_salaryRows;
    Bitset m_rareCurrencyRows;
    std::vector<CurrencySalaries> m_currencySalaries;
    // Case- and accent-folded text for free-text search, made on first use.
    mutable bool m_textPrepared = false;
    mutable QStringList m_foldedTitles, m_foldedCompanies, m_foldedNotes, m_foldedSkills;
};

} // namespace jobexplorer
