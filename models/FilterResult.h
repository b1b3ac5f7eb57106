#pragma once

#include "Filter.h"

#include <QString>

#include <array>
#include <vector>

namespace jobexplorer {

// Salary statistics of the matching postings that state a salary. Currencies are never mixed:
// the figures are for the most common currency, and otherCurrency counts what was left out.
// Midpoints are of each posting's annualised range (the one bound when only one is stated).
struct SalaryStatistics
{
    QString currency;
    int withSalary = 0;
    int otherCurrency = 0;
    double minimum = 0;
    double firstQuartile = 0;
    double median = 0;
    double thirdQuartile = 0;
    double maximum = 0;
    double lowestMinimum = 0;  // lowest lower bound
    double highestMaximum = 0; // highest upper bound

    bool operator==(const SalaryStatistics &) const = default;
};

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

    int matchCount() const { return static_cast<int>(rows.size()); }
    const std::vector<int> &counts(Facet f) const { return facetCounts[static_cast<std::size_t>(f)]; }
};

} // namespace jobexplorer
