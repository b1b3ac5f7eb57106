#include "RangeChart.h"

#include "ChartPalette.h"
#include "PostingFormat.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace jobexplorer {

namespace {

constexpr double margin = 8;
constexpr double axisHeight = 22;
constexpr double legendHeight = 20;
const QColor gridColour(0xE0, 0xE0, 0xE0);

struct Layout
{
    QRectF title;
    QRectF labels; // the label column, as tall as the plot
    QRectF plot;
    QRectF axis;
    QRectF legend;
    double rowHeight = 0;
    double low = 0, high = 1, step = 1;

    double x(double value) const { return plot.left() + (value - low) / (high - low) * plot.width(); }
};

double niceStep(double span, int maxTicks)
{
    const double rough = span / std::max(1, maxTicks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= rough)
            return step * magnitude;
    }
    return 10 * magnitude;
}

Layout layoutFor(const QRectF &rect, const RangeChartData &data, const QFontMetricsF &metrics)
{
    Layout layout;
    const double lineHeight = metrics.height();
    const double titleHeight = lineHeight * (data.note.isEmpty() ? 1.4 : 2.5);
    layout.title =
        QRectF(rect.left() + margin, rect.top() + margin / 2, rect.width() - 2 * margin, titleHeight);
    const double legendSpace = data.legend.isEmpty() ? 0 : legendHeight;
    double labelWidth = 0;
    for (const RangeChartData::Row &row : data.rows)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(row.label));
    labelWidth = std::min(labelWidth + margin, rect.width() * 0.38);
    const double top = layout.title.bottom() + margin / 2;
    const double bottom = rect.bottom() - margin - legendSpace - axisHeight;
    layout.labels = QRectF(rect.left() + margin, top, labelWidth, std::max(1.0, bottom - top));
    layout.plot =
        QRectF(layout.labels.right() + margin, top,
               std::max(1.0, rect.right() - 2 * margin - layout.labels.right() - 12), layout.labels.height());
    layout.axis = QRectF(layout.plot.left(), layout.plot.bottom(), layout.plot.width(), axisHeight);
    layout.legend = QRectF(rect.left() + margin, rect.bottom() - margin - legendSpace,
                           rect.width() - 2 * margin, legendSpace);
    layout.rowHeight = data.rows.isEmpty() ? 0 : layout.plot.height() / data.rows.size();

    double low = std::numeric_limits<double>::max(), high = std::numeric_limits<double>::lowest();
    auto take = [&](double v) {
        low = std::min(low, v);
        high = std::max(high, v);
    };
    for (const RangeChartData::Row &row : data.rows) {
        if (row.reference) {
            take(row.reference->first);
            take(row.reference->second);
        }
        if (row.range) {
            take(row.range->first);
            take(row.range->second);
        }
        if (row.box) {
            take(row.box->minimum);
            take(row.box->maximum);
        }
        if (row.extremes) {
            take(row.extremes->first);
            take(row.extremes->second);
        }
    }
    if (low > high) {
        low = 0;
        high = 1;
    }
    const int maxTicks = std::max(2, static_cast<int>(layout.plot.width() / 90));
    layout.step = niceStep(std::max(high - low, 1.0), maxTicks);
    layout.low = std::floor(low / layout.step) * layout.step;
    layout.high = std::ceil(high / layout.step) * layout.step;
    if (layout.high <= layout.low)
        layout.high = layout.low + layout.step;
    return layout;
}

void paintTitle(QPainter &painter, const Layout &layout, const RangeChartData &data,
                const QFontMetricsF &metrics)
{
    QFont titleFont = painter.font();
    titleFont.setBold(true);
    painter.setPen(ChartPalette::text());
    painter.save();
    painter.setFont(titleFont);
    painter.drawText(layout.title, Qt::AlignHCenter | Qt::AlignTop, data.title);
    painter.restore();
    if (!data.note.isEmpty())
        painter.drawText(layout.title, Qt::AlignHCenter | Qt::AlignBottom,
                         metrics.elidedText(data.note, Qt::ElideRight, layout.title.width()));
}

void paintGrid(QPainter &painter, const Layout &layout, const RangeChartData &data)
{
    // Without a single value there is no scale to show ("$0 $1 $1").
    const bool anyValue = std::any_of(data.rows.cbegin(), data.rows.cend(),
                                      [](const RangeChartData::Row &row) { return row.hasValues(); });
    for (double value = layout.low; anyValue && value <= layout.high + layout.step / 2;
         value += layout.step) {
        const double x = layout.x(value);
        painter.setPen(QPen(gridColour, 1));
        painter.drawLine(QPointF(x, layout.plot.top()), QPointF(x, layout.plot.bottom()));
        painter.setPen(ChartPalette::text());
        const QString label = PostingFormat::compactMoney(value, data.currency);
        painter.drawText(QRectF(x - 50, layout.axis.top() + 3, 100, axisHeight - 3),
                         Qt::AlignHCenter | Qt::AlignTop, label);
    }
    painter.setPen(QPen(QColor(0xAA, 0xAA, 0xAA), 1));
    painter.drawLine(layout.plot.bottomLeft(), layout.plot.bottomRight());
}

// The whiskers from the lowest to the highest midpoint, the box from the first to the third
// quartile and a white line at the median.
void paintBox(QPainter &painter, const Layout &layout, const RangeChartData::Row &row, double centre,
              double thickness)
{
    const RangeChartData::Box &b = *row.box;
    painter.setPen(QPen(row.colour.darker(150), 1.5));
    painter.drawLine(QPointF(layout.x(b.minimum), centre), QPointF(layout.x(b.maximum), centre));
    for (const double v : {b.minimum, b.maximum}) {
        const double x = layout.x(v);
        painter.drawLine(QPointF(x, centre - thickness / 3), QPointF(x, centre + thickness / 3));
    }
    const QRectF box(
        QPointF(layout.x(b.firstQuartile), centre - thickness / 2),
        QPointF(std::max(layout.x(b.thirdQuartile), layout.x(b.firstQuartile) + 2), centre + thickness / 2));
    painter.fillRect(box, row.colour);
    painter.drawRect(box);
    painter.setPen(QPen(Qt::white, 2.5));
    painter.drawLine(QPointF(layout.x(b.median), box.top() + 1),
                     QPointF(layout.x(b.median), box.bottom() - 1));
}

// One row: its label, then from the back to the front its published band, range bar, midpoint
// tick, extremes and box.
void paintRow(QPainter &painter, const Layout &layout, const RangeChartData::Row &row, double centre,
              const QFontMetricsF &metrics)
{
    const double thickness = std::clamp(layout.rowHeight * 0.6, 1.0, 22.0);
    if (layout.rowHeight >= metrics.height() * 0.8) {
        painter.setPen(ChartPalette::text());
        const QString label = metrics.elidedText(row.label, Qt::ElideRight, layout.labels.width() - margin);
        painter.drawText(QRectF(layout.labels.left(), centre - layout.rowHeight / 2,
                                layout.labels.width() - margin, layout.rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter, label);
    }
    if (row.reference) {
        const double h = std::min(layout.rowHeight * 0.95, thickness * 1.6);
        painter.fillRect(QRectF(QPointF(layout.x(row.reference->first), centre - h / 2),
                                QPointF(layout.x(row.reference->second), centre + h / 2)),
                         ChartPalette::referenceBand());
    }
    if (row.range) {
        const QRectF bar(QPointF(layout.x(row.range->first), centre - thickness / 2),
                         QPointF(std::max(layout.x(row.range->second), layout.x(row.range->first) + 2),
                                 centre + thickness / 2));
        painter.fillRect(bar, row.colour);
    }
    if (row.tick) {
        painter.setPen(QPen(Qt::white, 2));
        const double x = layout.x(*row.tick);
        painter.drawLine(QPointF(x, centre - thickness / 2), QPointF(x, centre + thickness / 2));
    }
    if (row.extremes) {
        painter.setPen(QPen(row.colour.darker(130), 1, Qt::DashLine));
        painter.drawLine(QPointF(layout.x(row.extremes->first), centre),
                         QPointF(layout.x(row.extremes->second), centre));
        painter.setPen(QPen(row.colour.darker(130), 2));
        for (const double v : {row.extremes->first, row.extremes->second}) {
            const double x = layout.x(v);
            painter.drawLine(QPointF(x, centre - thickness / 4), QPointF(x, centre + thickness / 4));
        }
    }
    if (row.box)
        paintBox(painter, layout, row, centre, thickness);
    if (!row.hasValues() && !row.emptyText.isEmpty() && layout.rowHeight >= metrics.height() * 0.8) {
        QFont italic = painter.font();
        italic.setItalic(true);
        painter.save();
        painter.setFont(italic);
        painter.setPen(ChartPalette::mutedText());
        painter.drawText(QRectF(layout.plot.left() + margin, centre - layout.rowHeight / 2,
                                layout.plot.width() - margin, layout.rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, row.emptyText);
        painter.restore();
    }
}

void paintLegend(QPainter &painter, const Layout &layout, const RangeChartData &data,
                 const QFontMetricsF &metrics)
{
    double x = layout.legend.left();
    for (const RangeChartData::LegendEntry &entry : data.legend) {
        const QRectF swatch(x, layout.legend.center().y() - 5, 14, 10);
        painter.fillRect(swatch, entry.shaded ? ChartPalette::referenceBand() : entry.colour);
        painter.setPen(ChartPalette::text());
        // Elided when the chart is narrow; the full text is in the table and the tooltips.
        const double room = layout.legend.right() - swatch.right() - 4;
        const QString text = metrics.elidedText(entry.text, Qt::ElideRight, room);
        const double width = metrics.horizontalAdvance(text);
        painter.drawText(QRectF(swatch.right() + 4, layout.legend.top(), width + 2, layout.legend.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        x = swatch.right() + 4 + width + 16;
    }
}

} // namespace

void paintRangeChart(QPainter &painter, const QRectF &rect, const RangeChartData &data)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect, Qt::white);
    // Text in the chart's own pixels, as large as on screen whatever the device: a font in
    // points would be sized for a PDF's 1200 dots an inch and then scaled up with the chart.
    QFont font = QGuiApplication::font();
    font.setPixelSize(QFontInfo(font).pixelSize());
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const Layout layout = layoutFor(rect, data, metrics);
    paintTitle(painter, layout, data, metrics);
    if (data.rows.isEmpty()) {
        painter.drawText(layout.plot.united(layout.labels), Qt::AlignCenter | Qt::TextWordWrap,
                         data.emptyText);
    } else {
        paintGrid(painter, layout, data);
        for (qsizetype i = 0; i < data.rows.size(); ++i)
            paintRow(painter, layout, data.rows.at(i), layout.plot.top() + (i + 0.5) * layout.rowHeight,
                     metrics);
        paintLegend(painter, layout, data, metrics);
    }
    painter.restore();
}

int rangeChartRowAt(const QRectF &rect, const RangeChartData &data, QPointF point)
{
    const Layout layout = layoutFor(rect, data, QFontMetricsF(QFont()));
    const QRectF rows(layout.labels.left(), layout.plot.top(), layout.plot.right() - layout.labels.left(),
                      layout.plot.height());
    if (data.rows.isEmpty() || !rows.contains(point))
        return -1;
    return std::clamp(static_cast<int>((point.y() - layout.plot.top()) / layout.rowHeight), 0,
                      static_cast<int>(data.rows.size()) - 1);
}

RangeChartWidget::RangeChartWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void RangeChartWidget::setData(RangeChartData data)
{
    m_data = std::move(data);
    setAccessibleDescription(m_data.title + QLatin1String(". ") + m_data.note);
    update();
}

QStringList RangeChartWidget::rowLabels() const
{
    QStringList labels;
    for (const RangeChartData::Row &row : m_data.rows)
        labels << row.label;
    return labels;
}

void RangeChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintRangeChart(painter, rect(), m_data);
}

bool RangeChartWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rangeChartRowAt(rect(), m_data, help->pos());
        if (row >= 0 && !m_data.rows.at(row).toolTip.isEmpty())
            QToolTip::showText(help->globalPos(), m_data.rows.at(row).toolTip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void RangeChartWidget::mousePressEvent(QMouseEvent *event)
{
    const int row = rangeChartRowAt(rect(), m_data, event->position());
    if (row >= 0 && event->button() == Qt::LeftButton)
        Q_EMIT rowClicked(row);
    QWidget::mousePressEvent(event);
}

} // namespace jobexplorer
