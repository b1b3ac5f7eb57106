#include "SalaryStatistics.h"

#include <algorithm>
#include <cmath>

namespace jobexplorer {

SalaryStatistics::Position SalaryStatistics::quantilePosition(std::size_t count, double p)
{
    const double position = p * static_cast<double>(count - 1);
    const auto lower = static_cast<std::size_t>(std::floor(position));
    return {lower, position - static_cast<double>(lower)};
}

double SalaryStatistics::interpolate(const Position &position, std::size_t count, double low, double high)
{
    if (position.lower + 1 >= count)
        return low;
    return low + (high - low) * position.weight;
}

double SalaryStatistics::quantile(std::vector<double> &values, double p)
{
    // nth_element rather than a sort: a million-posting store has hundreds of thousands of
    // salaries, and three selections are linear where a sort is not.
    const Position position = quantilePosition(values.size(), p);
    const auto lower = static_cast<std::ptrdiff_t>(position.lower);
    std::nth_element(values.begin(), values.begin() + lower, values.end());
    const double low = values[position.lower];
    if (position.lower + 1 >= values.size())
        return low;
    return interpolate(position, values.size(), low,
                       *std::min_element(values.begin() + lower + 1, values.end()));
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
    firstQuartile = quantile(midpoints, quartiles[0]);
    median = quantile(midpoints, quartiles[1]);
    thirdQuartile = quantile(midpoints, quartiles[2]);
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
