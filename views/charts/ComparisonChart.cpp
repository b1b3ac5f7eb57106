#include "ComparisonChart.h"

#include "ChartExporter.h"
#include "ChartPalette.h"
#include "Comparison.h"
#include "PostingFormat.h"
#include "PostingStore.h"
#include "Workspace.h"

#include <QLocale>

namespace jobexplorer {

RangeChartData ComparisonChart::data(const Comparison &comparison)
{
    RangeChartData data;
    data.title = tr("Annual salary by cohort");
    data.emptyText = tr("Choose two to six cohorts to compare.");
    QString currency;
    bool anyBand = false, anyBox = false, anySingle = false;
    for (int i = 0; i < comparison.size(); ++i) {
        const CohortStatistics &cohort = comparison.at(i);
        RangeChartData::Row row;
        row.colour = ChartPalette::cohort(i);
        const SalaryStatistics &s = cohort.salary;
        if (currency.isEmpty())
            currency = s.currency;
        if (cohort.isBand()) {
            row.label = cohort.name;
            if (s.lowestMinimum > 0 && s.highestMaximum > 0) {
                row.reference = RangeChartData::Interval{s.lowestMinimum, s.highestMaximum};
                anyBand = true;
            }
            row.toolTip = tr("%1\n%2").arg(cohort.name, cohort.description);
        } else {
            row.label =
                tr("%1 (%2 of %3)")
                    .arg(cohort.name, QLocale().toString(s.withSalary), QLocale().toString(cohort.postings));
            if (s.withSalary == 1) {
                // One posting is no distribution: its range as a bar, its midpoint as a tick.
                row.range = RangeChartData::Interval{s.lowestMinimum, s.highestMaximum};
                row.tick = s.median;
                anySingle = true;
                row.toolTip =
                    tr("%1: %2\n%3 postings, one with a salary: %4, midpoint %5 (one posting, not a "
                       "distribution)")
                        .arg(cohort.name, cohort.description, QLocale().toString(cohort.postings),
                             PostingFormat::salaryRange(s.lowestMinimum, s.highestMaximum, s.currency),
                             PostingFormat::money(s.median, s.currency));
            } else if (s.withSalary > 0) {
                row.box =
                    RangeChartData::Box{s.minimum, s.firstQuartile, s.median, s.thirdQuartile, s.maximum};
                row.extremes = RangeChartData::Interval{s.lowestMinimum, s.highestMaximum};
                anyBox = true;
                row.toolTip =
                    tr("%1: %2\n%3 postings, %4 with a salary\nmedian %5, middle half %6")
                        .arg(cohort.name, cohort.description, QLocale().toString(cohort.postings),
                             QLocale().toString(s.withSalary), PostingFormat::money(s.median, s.currency),
                             PostingFormat::salaryRange(s.firstQuartile, s.thirdQuartile, s.currency));
            } else {
                // Said, not left blank: an empty row reads as a figure too small to see.
                row.emptyText = PostingFormat::noSalaryStated();
                row.toolTip = tr("%1: %2\n%3 postings, none states a salary")
                                  .arg(cohort.name, cohort.description, QLocale().toString(cohort.postings));
            }
            const QString leftOut = s.leftOutText(cohort.postings);
            if (!leftOut.isEmpty())
                row.toolTip += QLatin1Char('\n') + tr("left out: %1").arg(leftOut);
        }
        data.rows.append(row);
    }
    data.currency = currency;
    data.note = anyBox || anySingle || anyBand
                    ? tr("annual, %1 · (postings with a salary of those matching)").arg(currency)
                    : tr("annual · no posting of these cohorts states a salary");
    if (anyBox)
        data.legend.append(
            {ChartPalette::primary(),
             tr("Box: middle half of midpoints, line: median; whiskers: lowest to highest midpoint; "
                "dashes: lowest minimum to highest maximum"),
             false});
    if (anySingle)
        data.legend.append(
            {ChartPalette::mutedText(), tr("Bar: one posting's range, tick: its midpoint"), false});
    if (anyBand)
        data.legend.append({QColor(), tr("Published band"), true});
    return data;
}

std::unique_ptr<ChartExporter> ComparisonChart::exporter(const Workspace &workspace,
                                                         const Comparison &comparison)
{
    RangeChartData chart = data(comparison);
    const QString title = chart.title;
    return std::make_unique<ChartExporter>(
        [chart = std::move(chart)](QPainter &painter, const QRectF &rect) {
            paintRangeChart(painter, rect, chart);
        },
        title, caption(workspace, comparison));
}

QStringList ComparisonChart::caption(const Workspace &workspace, const Comparison &comparison, QDate date)
{
    QStringList lines;
    if (workspace.store())
        lines << workspace.store()->meta().title;
    for (const CohortStatistics &cohort : comparison.cohorts())
        lines << tr("%1: %2").arg(cohort.name, cohort.description);
    lines << tr("%1 · Job Market Explorer").arg(QLocale().toString(date, QLocale::LongFormat));
    return lines;
}

} // namespace jobexplorer
