#pragma once

#include "Dataset.h"

#include <QList>
#include <QString>

namespace jobexplorer {

// Turns the location text of job-board exports into city, region, country and metro area (US
// states and Canadian provinces by code or name, country spellings, the major metros), as
// documented in import-format.md.
class LocationNormalizer final
{
public:
    // "San Francisco, CA", "Berlin, Germany", "Montreal, Quebec, Canada", "United States",
    // "Texas", "San Francisco Bay Area"; several places separated by ';'. "Remote" is no place
    // (the caller takes it as a work mode) and gives an empty list.
    static QList<LocationRecord> locations(const QString &text);
    static LocationRecord location(const QString &text);
    // True for "Remote", "Anywhere", "Remote, US"…
    static bool isRemoteText(const QString &text);
    // Fills country and metro area of a place from what is known (US state → United States,
    // city and state → metro area for major metros).
    static void complete(LocationRecord &location);
};

} // namespace jobexplorer
