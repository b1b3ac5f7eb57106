#pragma once

#include "Bitset.h"
#include "Filter.h"
#include "FilterResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
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
    enum class PlaceKind { MetroArea, City, Region, Country };

    explicit FilterEngine(const PostingStore &store);

    const PostingStore &store() const { return m_store; }
    FilterResult evaluate(const Filter &filter, int topSkillCount = 20) const;

    int valueCount(Facet facet) const;
    // The value as shown to the user (levels and modes translated).
    QString valueName(Facet facet, int value) const;
    // The value as written in a filter expression: a key for levels, modes and types, the name
    // otherwise.
    QString valueKey(Facet facet, int value) const;
    // Every value whose key, name or alias equals text, regardless of case and accents. A
    // location without such a match is found by its bare name ("San Francisco" finds the city
    // "San Francisco, CA"; "Seattle" is the metro area of that name).
    QList<int> findValues(Facet facet, const QString &text) const;
    PlaceKind placeKind(int place) const { return m_placeKinds[static_cast<std::size_t>(place)]; }

private:
    struct SkillRows
    {
        std::optional<Bitset> dense; // for common skills
        std::vector<int> rows;       // for the rest, ascending
    };

    Bitset valuesMask(Facet facet, const QList<int> &values) const;
    Bitset facetMask(Facet facet, const FacetFilter &filter) const;
    std::optional<Bitset> otherMask(const Filter &filter) const;
    std::vector<int> countValues(Facet facet, const Bitset &rows) const;
    std::vector<int> countSkills(const Bitset &rows) const;
    SalaryStatistics salaryStatistics(const Bitset &rows) const;
    void prepareTextSearch() const;

    const PostingStore &m_store;
    // Places: every metro area, city, region and country of the store's locations.
    QStringList m_placeNames;
    QStringList m_placeBareNames;
    std::vector<PlaceKind> m_placeKinds;
    std::vector<std::uint32_t> m_placeOffsets; // per row, into m_placeIds
    std::vector<std::int32_t> m_placeIds;
    std::vector<SkillRows> m_skillRows;
    std::size_t m_skillLinks = 0;
    // Case- and accent-folded text for free-text search, made on first use.
    mutable bool m_textPrepared = false;
    mutable QStringList m_foldedTitles, m_foldedCompanies, m_foldedNotes, m_foldedSkills;
};

} // namespace jobexplorer
