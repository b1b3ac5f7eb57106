#pragma once

#include "ChartPalette.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

#include <cstdint>
#include <optional>
#include <utility>

class QPainter;

namespace jobexplorer {

// What a range chart draws: one row per posting, cohort or level, each with any of a shaded
// reference band (a published salary band), a solid range bar (a posting's minimum to maximum)
// with a tick at its midpoint, and a box plot (minimum, quartiles, median, maximum of midpoints)
// with markers at the lowest minimum and highest maximum. All values share one money axis.
struct RangeChartData
{
    using Interval = std::pair<double, double>;
    struct Box
    {
        double minimum = 0, firstQuartile = 0, median = 0, thirdQuartile = 0, maximum = 0;
    };
    struct Row
    {
        QString label;
        QString toolTip;
        std::optional<Interval> reference;
        std::optional<Interval> range;
        std::optional<double> tick;
        std::optional<Box> box;
        std::optional<Interval> extremes;
        QColor colour = ChartPalette::primary();
        std::int64_t postingId = -1; // the posting a row shows, if it shows one
        // Written in the plot when the row has nothing to draw ("no salary stated"), so that an
        // empty row does not read as a figure too small to see.
        QString emptyText;

        bool hasValues() const { return reference || range || tick || box || extremes; }
    };
    struct LegendEntry
    {
        QColor colour;
        QString text;
        bool shaded = false;
    };

    QString title;
    QString note; // under the title: "4 with a salary of 42 matching · USD"
    QString currency;
    QList<Row> rows;
    QList<LegendEntry> legend;
    QString emptyText; // shown when there are no rows
};

// Paints data into rect, in the same way on screen and in exported pictures.
void paintRangeChart(QPainter &painter, const QRectF &rect, const RangeChartData &data);
// The row drawn at point, or -1.
int rangeChartRowAt(const QRectF &rect, const RangeChartData &data, QPointF point);

// A widget showing a range chart: hover a row for its numbers, click it (rowClicked).
class RangeChartWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit RangeChartWidget(QWidget *parent = nullptr);

    const RangeChartData &data() const { return m_data; }
    void setData(RangeChartData data);
    QStringList rowLabels() const;

    QSize sizeHint() const override { return {480, 300}; }
    QSize minimumSizeHint() const override { return {240, 160}; }

Q_SIGNALS:
    void rowClicked(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    RangeChartData m_data;
};

} // namespace jobexplorer
