#include "SalaryStatistics.h"

#include <algorithm>
#include <cmath>

namespace jobexplorer {

double SalaryStatistics::quantile(std::vector<double> &values, double p)
{
    // nth_element rather than a sort: a million-posting store has hundreds of thousands of
    // salaries, and three selections are linear where a sort is not.
    const double position = p * static_cast<double>(values.size() - 1);
    const auto lower = static_cast<std::size_t>(std::floor(position));
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(lower), values.end());
    const double low = values[lower];
    if (lower + 1 >= values.size())
        return low;
    const double high = *std::min_element(values.begin() + static_cast<std::ptrdiff_t>(lower) + 1, values.end());
    return low + (high - low) * (position - static_cast<double>(lower));
}

void SalaryStatistics::setMidpoints(std::vector<double> midpoints)
{
    withSalary = static_cast<int>(midpoints.size());
    if (midpoints.empty()) {
        minimum = firstQuartile = median = thirdQuartile = maximum = 0;
        return;
    }
    const auto [low, high] = std::minmax_element(midpoints.begin(), midpoints.end());
    minimum = *low;
    maximum = *high;
    constexpr double first = 0.25, half = 0.5, third = 0.75;
    firstQuartile = quantile(midpoints, first);
    median = quantile(midpoints, half);
    thirdQuartile = quantile(midpoints, third);
}

QString SalaryStatistics::leftOutText(int matching) const
{
    QStringList reasons;
    if (const int none = withoutSalary(matching); none > 0)
        reasons << tr("%Ln without a salary", nullptr, none);
    if (otherCurrency > 0)
        reasons << tr("%Ln in another currency", nullptr, otherCurrency);
    return reasons.join(tr(", "));
}

} // namespace jobexplorer
