#pragma once

#include <QCoreApplication>
#include <QStringList>

class QAbstractBarSeries;
class QChart;

namespace jobexplorer {

class ChartModel;

// Draws a ChartModel's numbers into a Qt Charts chart: bars top-down in the model's order
// (skills coloured by category, or beside the report's published share), a vertical histogram
// for salary. Used for the chart on screen and for exported pictures, so both look the same.
// Only views/charts includes Qt Charts.
class ChartBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::ChartBuilder)
public:
    struct Options
    {
        bool publishedShares = false; // skills: the report's share beside the computed one
        bool compact = false;         // a narrow chart: legend below, fewer ticks
    };

    // Replaces the chart's series and axes; returns the bar series (nullptr when there are no
    // bars). Horizontal series list the model's rows bottom-up: bar index i is row
    // rowOfBar(model, i).
    static QAbstractBarSeries *build(QChart *chart, const ChartModel &model, const Options &options);
    static int rowOfBar(const ChartModel &model, int barIndex);
    // Removes every series and axis of chart and deletes them (a removed axis is the caller's
    // to delete: left alone, one leaks at every rebuild).
    static void removeSeriesAndAxes(QChart *chart);
    // The bar labels top-down (left to right for salary), for tests and screen readers.
    static QStringList barLabels(const ChartModel &model);

private:
    // Removes the series and axes, sets the title and places the (hidden) legend.
    static void clear(QChart *chart, const ChartModel &model, const Options &options);
    // Skills: one stacked set per category, so each bar has its category's colour.
    static QAbstractBarSeries *categorySeries(const ChartModel &model);
    // The matching postings' shares, and with published the report's beside them.
    static QAbstractBarSeries *shareSeries(const ChartModel &model, bool published, bool compact);
    static void addAxes(QChart *chart, QAbstractBarSeries *series, const ChartModel &model, bool compact,
                        bool published);
};

} // namespace jobexplorer
