#include "ChartBuilder.h"

#include "ChartModel.h"
#include "ChartPalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace jobexplorer {

namespace {

// The report's published shares, beside the computed ones: a neutral grey.
const QColor publishedColour(0xA0, 0xA0, 0xA0);

bool isHorizontal(const ChartModel &model)
{
    return model.kind() != ChartModel::Kind::Salary;
}

double value(const ChartModel &model, int row, int column)
{
    return model.index(row, column).data(ChartModel::ValueRole).toDouble();
}

// The share axis ends at the next multiple of 10 above the largest bar (100 at most), so short
// bars are not squeezed against a fixed 100%.
double axisEnd(double largest)
{
    const double end = std::clamp(std::ceil((largest + 0.5) / 10) * 10, 10.0, 100.0);
    return end > 60 ? std::ceil(end / 20) * 20 : end;
}

// A horizontal bar longer than this share of the axis has no room for its label after it; the
// axis then goes on by labelRoom of its length.
constexpr double nearEnd = 0.8;
constexpr double labelRoom = 0.15;

// Ticks every 10 points, or every 20 on a long axis.
int tickCount(double end)
{
    return static_cast<int>(end / (end > 60 ? 20 : 10)) + 1;
}

void labelBars(QAbstractBarSeries *series)
{
    // Outside the bar the label sits on the white background: dark text, not the default white.
    for (QBarSet *set : series->barSets())
        set->setLabelColor(ChartPalette::text());
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(3);
}

// The model's rows in the order of the bars: horizontal bars are drawn bottom-up, so the first
// row goes last and ends on top.
QList<int> barOrder(const ChartModel &model)
{
    const int rows = model.rowCount();
    QList<int> order;
    for (int i = 0; i < rows; ++i)
        order << (isHorizontal(model) ? rows - 1 - i : i);
    return order;
}

} // namespace

int ChartBuilder::rowOfBar(const ChartModel &model, int barIndex)
{
    return isHorizontal(model) ? model.rowCount() - 1 - barIndex : barIndex;
}

QStringList ChartBuilder::barLabels(const ChartModel &model)
{
    QStringList labels;
    for (int row = 0; row < model.rowCount(); ++row)
        labels << model.index(row, ChartModel::LabelColumn).data().toString();
    return labels;
}

QAbstractBarSeries *ChartBuilder::build(QChart *chart, const ChartModel &model, const Options &options)
{
    clear(chart, model, options);
    if (model.rowCount() == 0)
        return nullptr;
    const bool published =
        model.kind() == ChartModel::Kind::Skills && options.publishedShares && model.hasPublishedShares();
    const bool categories = model.kind() == ChartModel::Kind::Skills && !published;
    QAbstractBarSeries *series =
        categories ? categorySeries(model) : shareSeries(model, published, options.compact);
    // The legend names the categories, or tells the computed share from the report's.
    chart->legend()->setVisible(categories || published);
    series->setBarWidth(published ? 0.85 : 0.75);
    chart->addSeries(series);
    addAxes(chart, series, model, options.compact, published);
    return series;
}

void ChartBuilder::removeSeriesAndAxes(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void ChartBuilder::clear(QChart *chart, const ChartModel &model, const Options &options)
{
    removeSeriesAndAxes(chart);
    chart->setTitle(model.title());
    chart->legend()->setVisible(false);
    chart->legend()->setAlignment(options.compact ? Qt::AlignBottom : Qt::AlignRight);
}

QAbstractBarSeries *ChartBuilder::categorySeries(const ChartModel &model)
{
    // One stacked set per category, zero outside its own skills: each bar gets its category's
    // colour and the legend names the categories.
    auto *series = new QHorizontalStackedBarSeries;
    QList<int> categoryOrder;
    QHash<int, QBarSet *> setOfCategory;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int category = static_cast<int>(value(model, row, ChartModel::CategoryColumn));
        if (setOfCategory.contains(category))
            continue;
        auto *set = new QBarSet(model.index(row, ChartModel::CategoryColumn).data().toString());
        set->setColor(ChartPalette::category(category));
        set->setBorderColor(set->color());
        setOfCategory.insert(category, set);
        categoryOrder << category;
    }
    for (const int row : barOrder(model)) {
        const int category = static_cast<int>(value(model, row, ChartModel::CategoryColumn));
        for (const int c : std::as_const(categoryOrder))
            setOfCategory.value(c)->append(c == category ? value(model, row, ChartModel::ShareColumn) : 0.0);
    }
    for (const int c : std::as_const(categoryOrder))
        series->append(setOfCategory.value(c));
    labelBars(series);
    return series;
}

QAbstractBarSeries *ChartBuilder::shareSeries(const ChartModel &model, bool published, bool compact)
{
    QAbstractBarSeries *series = nullptr;
    if (isHorizontal(model))
        series = new QHorizontalBarSeries;
    else
        series = new QBarSeries;
    const QList<int> order = barOrder(model);
    auto *matching = new QBarSet(model.kind() == ChartModel::Kind::Salary ? tr("Postings with a salary")
                                                                          : tr("Matching postings"));
    matching->setColor(ChartPalette::primary());
    matching->setBorderColor(ChartPalette::primary());
    for (const int row : order)
        matching->append(std::round(value(model, row, ChartModel::ShareColumn) * 10) / 10);
    series->append(matching);
    if (published) {
        auto *report = new QBarSet(model.publishedLabel());
        report->setColor(publishedColour);
        report->setBorderColor(publishedColour);
        for (const int row : order)
            report->append(value(model, row, ChartModel::PublishedColumn));
        series->append(report);
    }
    // Two labelled bars a row do not fit in a narrow chart; the tooltips and table still tell.
    if (!(published && compact))
        labelBars(series);
    return series;
}

void ChartBuilder::addAxes(QChart *chart, QAbstractBarSeries *series, const ChartModel &model, bool compact,
                           bool published)
{
    QStringList categories;
    double largest = 0;
    for (const int row : barOrder(model)) {
        categories << model.index(row, ChartModel::LabelColumn).data().toString();
        largest = std::max(largest, value(model, row, ChartModel::ShareColumn));
        if (published)
            largest = std::max(largest, value(model, row, ChartModel::PublishedColumn));
    }
    auto *labels = new QBarCategoryAxis;
    labels->append(categories);
    // Names are short; Qt Charts would otherwise elide them to "..." in a narrow dock.
    labels->setTruncateLabels(false);
    QFont font = labels->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    labels->setLabelsFont(font);
    auto *share = new QValueAxis;
    const double end = axisEnd(largest);
    if (isHorizontal(model) && largest > end * nearEnd) {
        // A label outside a bar that reaches the end would leave the plot, and Qt Charts then
        // draws it inside the bar, dark on a dark bar: the axis goes on a little, without a tick,
        // to leave it room on the background.
        share->setRange(0, end * (1 + labelRoom));
        share->setTickType(QValueAxis::TicksDynamic);
        share->setTickAnchor(0);
        share->setTickInterval(compact ? end / 2 : end / (tickCount(end) - 1));
    } else {
        share->setRange(0, end);
        share->setTickCount(compact ? 3 : tickCount(end));
    }
    share->setTruncateLabels(false);
    share->setLabelFormat(QStringLiteral("%d%%"));
    share->setTitleText(model.kind() == ChartModel::Kind::Salary ? tr("Share of postings with a salary")
                                                                 : tr("Share of matching postings"));
    if (isHorizontal(model)) {
        chart->addAxis(labels, Qt::AlignLeft);
        chart->addAxis(share, Qt::AlignBottom);
    } else {
        labels->setLabelsAngle(model.rowCount() > 6 ? -40 : 0);
        chart->addAxis(labels, Qt::AlignBottom);
        chart->addAxis(share, Qt::AlignLeft);
    }
    series->attachAxis(labels);
    series->attachAxis(share);
}

} // namespace jobexplorer
