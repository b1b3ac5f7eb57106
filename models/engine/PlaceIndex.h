#pragma once

#include "PostingStore.h"

#include <QStringList>

#include <cstdint>
#include <span>
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
        return first < m_locationOffsets[static_cast<std::size_t>(location) + 1] ? m_locationPlaces[first]
                                                                                 : -1;
    }

    // The places of a store location set (PostingStore::locationSet()), each once even when two
    // of its locations share it (two Bay Area cities).
    std::span<const std::int32_t> setPlaces(std::int32_t set) const
    {
        const auto begin = m_setOffsets[static_cast<std::size_t>(set)];
        return {m_setPlaces.data() + begin, m_setOffsets[static_cast<std::size_t>(set) + 1] - begin};
    }
    // Calls fn(place) for every place of a row, once each.
    template <typename Fn> void forEachPlaceOfRow(int row, Fn &&fn) const
    {
        for (const std::int32_t place : setPlaces(m_store.locationSetColumn()[static_cast<std::size_t>(row)]))
            fn(place);
    }

private:
    const PostingStore &m_store;
    QStringList m_names;
    QStringList m_bareNames;
    std::vector<Kind> m_kinds;
    std::vector<std::uint32_t> m_locationOffsets; // per store location, into m_locationPlaces
    std::vector<std::int32_t> m_locationPlaces;
    std::vector<std::uint32_t> m_setOffsets; // per store location set, into m_setPlaces
    std::vector<std::int32_t> m_setPlaces;
};

} // namespace jobexplorer
