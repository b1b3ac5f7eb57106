#pragma once

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace jobexplorer {

// Salary statistics of a set of postings that state a salary. Currencies are never mixed: the
// figures are for the dominant currency (the one most of the postings use), and otherCurrency
// counts the postings with a salary in another currency (or in none), which are left out.
// Amounts are annual (PayPeriod multipliers, see annualMultiplier()); each posting contributes
// the midpoint of its range, or its one stated bound.
struct SalaryStatistics
{
    QString currency;
    int withSalary = 0;    // postings in `currency` that the figures describe
    int otherCurrency = 0; // postings with a salary in another currency or none, left out
    double minimum = 0;    // of the midpoints, as are the quartiles, median and maximum
    double firstQuartile = 0;
    double median = 0;
    double thirdQuartile = 0;
    double maximum = 0;
    double lowestMinimum = 0;  // lowest lower bound
    double highestMaximum = 0; // highest upper bound

    bool operator==(const SalaryStatistics &) const = default;

    // Of `matching` postings, those left out of the figures: without a salary, or in another
    // currency.
    int withoutSalary(int matching) const { return matching - withSalary - otherCurrency; }
    int leftOut(int matching) const { return matching - withSalary; }
    // Why postings are left out, for the user: "3 without a salary, 1 in another currency";
    // empty when every posting counts.
    QString leftOutText(int matching) const;

    // The type 7 quantile (linear interpolation between the closest ranks: R's default, NumPy's
    // "linear", Excel's PERCENTILE.INC) of values at p in [0, 1]. values must not be empty; it
    // may be in any order and is reordered.
    static double quantile(std::vector<double> &values, double p);
    // Where the type 7 quantile at p of count values lies in their ascending order: between
    // ranks lower and lower + 1 (lower alone when it is the last), weight of the way up.
    struct Position
    {
        std::size_t lower = 0;
        double weight = 0;
    };
    static Position quantilePosition(std::size_t count, double p);
    // The quantile at position of count ascending values, from the values at its ranks.
    static double interpolate(const Position &position, std::size_t count, double low, double high);
    static constexpr double quartiles[3] = {0.25, 0.5, 0.75};
    // Sets withSalary, minimum, the quartiles, median and maximum from the midpoints of one
    // currency; currency, otherCurrency and the bounds are the caller's. No midpoints: zeros.
    void setMidpoints(std::vector<double> midpoints);

    Q_DECLARE_TR_FUNCTIONS(jobexplorer::SalaryStatistics)
};

} // namespace jobexplorer
