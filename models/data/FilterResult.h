#pragma once

#include "Filter.h"
#include "SalaryStatistics.h"

#include <QString>

#include <array>
#include <vector>

namespace jobexplorer {

// Everything one evaluation of a filter gives.
struct FilterResult
{
    int total = 0;                                        // postings in the store
    std::vector<int> rows;                                // matching store rows, ascending
    std::array<std::vector<int>, FacetCount> facetCounts; // [facet][value id]: postings matching the
                                                          // filter without that facet's own selection
    std::vector<int> skillCounts;                         // [skill id]: among the matching postings
    std::vector<int> topSkills;                           // skill ids, most frequent first
    SalaryStatistics salary;
    // With a salary range: the postings that pass the rest of the filter but state their salary
    // in another currency than the range's, and are left out for that (0 without a range).
    int salaryCurrencyLeftOut = 0;

    int matchCount() const { return static_cast<int>(rows.size()); }
    const std::vector<int> &counts(Facet f) const { return facetCounts[static_cast<std::size_t>(f)]; }
};

} // namespace jobexplorer
