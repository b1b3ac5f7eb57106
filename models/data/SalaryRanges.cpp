#include "SalaryRanges.h"

#include "PostingStore.h"

#include <algorithm>
#include <cmath>

namespace jobexplorer {

std::vector<PostingSalaryRange> SalaryRanges::of(const PostingStore &store, const std::vector<int> &rows,
                                                 const QString &currency)
{
    std::vector<PostingSalaryRange> ranges;
    const auto code = currency.isEmpty() ? std::optional<std::int32_t>(StringPool::NoValue)
                                         : store.currencies().find(currency);
    if (!code)
        return ranges;
    for (const int row : rows) {
        if (!store.hasSalary(row) || store.currencyCode(row) != *code)
            continue;
        const float low = store.annualSalaryMin(row);
        const float high = store.annualSalaryMax(row);
        PostingSalaryRange range;
        range.row = row;
        range.postingId = store.postingId(row);
        range.company = store.company(row);
        range.title = store.title(row);
        range.minimum = std::isnan(low) ? high : low;
        range.maximum = std::isnan(high) ? low : high;
        range.midpoint = (range.minimum + range.maximum) / 2;
        range.level = store.seniority(row);
        ranges.push_back(std::move(range));
    }
    std::sort(ranges.begin(), ranges.end(), [](const PostingSalaryRange &a, const PostingSalaryRange &b) {
        if (a.midpoint != b.midpoint)
            return a.midpoint < b.midpoint;
        if (a.minimum != b.minimum)
            return a.minimum < b.minimum;
        return a.row < b.row;
    });
    return ranges;
}

std::optional<SalaryBandRecord> SalaryRanges::referenceBand(const QList<SalaryBandRecord> &bands,
                                                            Seniority level, const QString &payType)
{
    auto find = [&](Seniority wanted) -> std::optional<SalaryBandRecord> {
        for (const SalaryBandRecord &band : bands) {
            if (band.level == wanted && band.payType.compare(payType, Qt::CaseInsensitive) == 0 &&
                band.qualifier.isEmpty())
                return band;
        }
        return std::nullopt;
    };
    auto band = find(level);
    if (!band && level == Seniority::Principal)
        band = find(Seniority::Staff);
    return band;
}

std::optional<double> SalaryRanges::annualMinimum(const SalaryBandRecord &band)
{
    return band.min ? std::optional<double>(*band.min * annualMultiplier(band.period)) : std::nullopt;
}

std::optional<double> SalaryRanges::annualMaximum(const SalaryBandRecord &band)
{
    return band.max ? std::optional<double>(*band.max * annualMultiplier(band.period)) : std::nullopt;
}

} // namespace jobexplorer
