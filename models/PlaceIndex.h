#pragma once

#include <QStringList>

#include <cstdint>
#include <vector>

namespace jobexplorer {

class PostingStore;

// The places of a store's locations: every metro area, city, region and country, each once,
// and for every location the places it lies in. A posting is at a place when one of its
// locations is. The store is not owned and must outlive the index.
class PlaceIndex final
{
public:
    enum class Kind { MetroArea, City, Region, Country };

    explicit PlaceIndex(const PostingStore &store);

    int size() const { return static_cast<int>(m_names.size()); }
    // "San Francisco Bay Area", "San Francisco, CA", "CA, United States", "United States".
    QString name(int place) const { return m_names.value(place); }
    // The name without its region or country: "San Francisco".
    QString bareName(int place) const { return m_bareNames.value(place); }
    Kind kind(int place) const { return m_kinds[static_cast<std::size_t>(place)]; }
    // The most precise named place of a store location that is still a market: its metro area,
    // else its city, else its region, else its country; -1 for a location with no place.
    int primaryPlace(int location) const
    {
        const auto first = m_locationOffsets[static_cast<std::size_t>(location)];
        return first < m_locationOffsets[static_cast<std::size_t>(location) + 1] ? m_locationPlaces[first] : -1;
    }

    // Calls fn(place) for every place of a row, once even when two of its locations share it
    // (two Bay Area cities). lastRow, sized size() and filled with -1 by the caller, remembers
    // the last row that reported each place; reuse it across rows visited in any order.
    template <typename Fn>
    void forEachPlaceOfRow(int row, std::vector<int> &lastRow, Fn &&fn) const;

private:
    const PostingStore &m_store;
    QStringList m_names;
    QStringList m_bareNames;
    std::vector<Kind> m_kinds;
    std::vector<std::uint32_t> m_locationOffsets; // per store location, into m_locationPlaces
    std::vector<std::int32_t> m_locationPlaces;
};

} // namespace jobexplorer

#include "PostingStore.h"

namespace jobexplorer {

template <typename Fn>
void PlaceIndex::forEachPlaceOfRow(int row, std::vector<int> &lastRow, Fn &&fn) const
{
    for (const std::int32_t location : m_store.locationIds(row)) {
        const std::uint32_t end = m_locationOffsets[static_cast<std::size_t>(location) + 1];
        for (std::uint32_t i = m_locationOffsets[static_cast<std::size_t>(location)]; i < end; ++i) {
            const std::int32_t place = m_locationPlaces[i];
            if (lastRow[static_cast<std::size_t>(place)] != row) {
                lastRow[static_cast<std::size_t>(place)] = row;
                fn(place);
            }
        }
    }
}

} // namespace jobexplorer
