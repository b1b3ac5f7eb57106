#pragma once

#include "Dataset.h"
#include "PostingTypes.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace jobexplorer {

class PostingStore;

// One posting's annual salary range, for the salary band chart (a bar from minimum to maximum
// with a tick at the midpoint). A posting that states one bound has minimum == maximum.
struct PostingSalaryRange
{
    int row = -1; // in the store
    std::int64_t postingId = 0;
    QString company;
    QString title;
    double minimum = 0;
    double maximum = 0;
    double midpoint = 0;
    Seniority level = Seniority::Unknown;

    bool operator==(const PostingSalaryRange &) const = default;
};

// The salary ranges of postings and the published reference bands they are drawn against.
class SalaryRanges final
{
public:
    // The ranges of those rows that state a salary in currency (the dominant currency of their
    // SalaryStatistics, so that one axis never mixes currencies), sorted by midpoint, then
    // minimum, then row. Rows without a salary or in another currency are left out.
    static std::vector<PostingSalaryRange> of(const PostingStore &store, const std::vector<int> &rows,
                                              const QString &currency);

    // The published band for a level: the first band of that level and pay type ("base" or
    // "total") without a qualifier (so "Senior: $168k–$230k base", not "Top companies"). The
    // report publishes one "Staff/Principal" band, stored as level staff; principal falls back
    // to it. std::nullopt when the dataset publishes none.
    static std::optional<SalaryBandRecord> referenceBand(const QList<SalaryBandRecord> &bands,
                                                         Seniority level,
                                                         const QString &payType = QStringLiteral("base"));
    // A band's bounds per year (annualMultiplier() of its period); std::nullopt when not stated.
    static std::optional<double> annualMinimum(const SalaryBandRecord &band);
    static std::optional<double> annualMaximum(const SalaryBandRecord &band);
};

} // namespace jobexplorer
