#include "PostingTypes.h"

namespace jobexplorer {

double annualMultiplier(PayPeriod period)
{
    constexpr double hoursPerYear = 2080; // 40 hours × 52 weeks
    constexpr double workDaysPerYear = 260;
    constexpr double weeksPerYear = 52;
    constexpr double biweeksPerYear = 26;
    constexpr double monthsPerYear = 12;
    switch (period) {
    case PayPeriod::Hour:
        return hoursPerYear;
    case PayPeriod::Day:
        return workDaysPerYear;
    case PayPeriod::Week:
        return weeksPerYear;
    case PayPeriod::Biweek:
        return biweeksPerYear;
    case PayPeriod::Month:
        return monthsPerYear;
    case PayPeriod::Year:
    case PayPeriod::Unknown:
        break;
    }
    return 1;
}

} // namespace jobexplorer
