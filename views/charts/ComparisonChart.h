#pragma once

#include "RangeChart.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <memory>

namespace jobexplorer {

class ChartExporter;
class Comparison;
class Workspace;

// The comparison of cohorts as a range chart: per cohort a box plot of annual salary midpoints
// (first to third quartile, median, whiskers from the lowest to the highest midpoint, dashes to
// the lowest minimum and highest maximum); a cohort with one salary as that posting's range with
// a tick at its midpoint, not a box of equal quartiles; a published band as a shaded band.
class ComparisonChart final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::ComparisonChart)
public:
    static RangeChartData data(const Comparison &comparison);
    // The caption of an exported comparison: the dataset, each cohort with its filter in words,
    // and the date.
    static QStringList caption(const Workspace &workspace, const Comparison &comparison,
                               QDate date = QDate::currentDate());
    // Writes the comparison chart, with that caption, as a picture of any size.
    static std::unique_ptr<ChartExporter> exporter(const Workspace &workspace, const Comparison &comparison);
};

} // namespace jobexplorer
