#include "PlaceIndex.h"

#include <QHash>

#include <algorithm>

namespace jobexplorer {

PlaceIndex::PlaceIndex(const PostingStore &store) : m_store(store)
{
    QHash<QString, int> index; // "kind:name" → place
    auto place = [&](Kind kind, const QString &name, const QString &bare) {
        const QString key = QString::number(int(kind)) % QLatin1Char(':') % name;
        auto it = index.constFind(key);
        if (it == index.cend()) {
            it = index.insert(key, size());
            m_names << name;
            m_bareNames << bare;
            m_kinds.push_back(kind);
        }
        return *it;
    };
    m_locationOffsets.push_back(0);
    for (int id = 0; id < store.locationCount(); ++id) {
        const StoreLocation &l = store.location(id);
        if (!l.metroArea.isEmpty())
            m_locationPlaces.push_back(place(Kind::MetroArea, l.metroArea, l.metroArea));
        // A location written only as a country or region ("United States") is no city.
        const bool textIsCity = l.city.isEmpty() && !l.text.isEmpty() && l.text != l.country &&
                                l.text != l.region && l.text != l.metroArea;
        const QString city = l.city.isEmpty() ? (textIsCity ? l.text : QString()) : l.city;
        if (!city.isEmpty())
            m_locationPlaces.push_back(place(Kind::City, l.city.isEmpty() ? l.text : l.displayName(), city));
        if (!l.region.isEmpty()) {
            const QString name = l.country.isEmpty() ? l.region : l.region % QLatin1String(", ") % l.country;
            m_locationPlaces.push_back(place(Kind::Region, name, l.region));
        }
        if (!l.country.isEmpty())
            m_locationPlaces.push_back(place(Kind::Country, l.country, l.country));
        m_locationOffsets.push_back(static_cast<std::uint32_t>(m_locationPlaces.size()));
    }
    m_setOffsets.push_back(0);
    for (int set = 0; set < store.locationSetCount(); ++set) {
        const auto first = m_setPlaces.size();
        for (const PostingStore::Id location : store.locationSet(set)) {
            for (auto i = m_locationOffsets[static_cast<std::size_t>(location)];
                 i < m_locationOffsets[static_cast<std::size_t>(location) + 1]; ++i) {
                const std::int32_t p = m_locationPlaces[i];
                if (std::find(m_setPlaces.begin() + static_cast<std::ptrdiff_t>(first), m_setPlaces.end(),
                              p) == m_setPlaces.end())
                    m_setPlaces.push_back(p);
            }
        }
        m_setOffsets.push_back(static_cast<std::uint32_t>(m_setPlaces.size()));
    }
}

} // namespace jobexplorer
