#pragma once

#include <QString>

namespace jobexplorer {

// A named filter kept for comparison: "Senior · AI Infra · Bay Area" with the filter expression
// (FilterExpression) that selects its postings. Plain data; CohortList validates and keeps them.
struct Cohort
{
    QString name;
    QString expression;

    bool operator==(const Cohort &) const = default;
};

} // namespace jobexplorer
