#include "ChartBuilder.h"

#include "ChartModel.h"

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

// Distinguishable colours (Okabe–Ito and Tableau hues), one per skill category id.
const QColor categoryColours[] = {
    QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
    QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00), QColor(0xF0, 0xE4, 0x42), QColor(0x59, 0x59, 0x59),
    QColor(0x8C, 0x56, 0x4B), QColor(0x9C, 0x75, 0xCD), QColor(0x2C, 0xA0, 0x2C), QColor(0xD6, 0x27, 0x28),
    QColor(0x17, 0xBE, 0xCF), QColor(0xBC, 0xBD, 0x22),
};
const QColor barColour(0x00, 0x72, 0xB2);
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

// Ticks every 10 points, or every 20 on a long axis.
int tickCount(double end)
{
    return static_cast<int>(end / (end > 60 ? 20 : 10)) + 1;
}

void labelBars(QAbstractBarSeries *series)
{
    // Outside the bar the label sits on the white background: dark text, not the default white.
    for (QBarSet *set : series->barSets())
        set->setLabelColor(QColor(0x33, 0x33, 0x33));
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(3);
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
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        // The chart gives up an axis it removes: it is deleted here, not left behind at every
        // filter change.
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(model.title());
    chart->legend()->setVisible(false);
    chart->legend()->setAlignment(options.compact ? Qt::AlignBottom : Qt::AlignRight);
    const int rows = model.rowCount();
    if (rows == 0)
        return nullptr;

    const bool horizontal = isHorizontal(model);
    const bool skills = model.kind() == ChartModel::Kind::Skills;
    const bool published = skills && options.publishedShares && model.hasPublishedShares();
    // Horizontal bars are drawn bottom-up: the first row goes last, so it ends on top.
    QList<int> order;
    for (int i = 0; i < rows; ++i)
        order << (horizontal ? rows - 1 - i : i);
    QStringList categories;
    double largest = 0;
    for (const int row : std::as_const(order)) {
        categories << model.index(row, ChartModel::LabelColumn).data().toString();
        largest = std::max(largest, value(model, row, ChartModel::ShareColumn));
        if (published)
            largest = std::max(largest, value(model, row, ChartModel::PublishedColumn));
    }

    QAbstractBarSeries *series = nullptr;
    if (skills && !published) {
        // One stacked set per category, zero outside its own skills: each bar gets its
        // category's colour and the legend names the categories.
        series = new QHorizontalStackedBarSeries;
        QList<int> categoryOrder;
        QHash<int, QBarSet *> setOfCategory;
        for (int row = 0; row < rows; ++row) {
            const int category = static_cast<int>(value(model, row, ChartModel::CategoryColumn));
            if (setOfCategory.contains(category))
                continue;
            auto *set = new QBarSet(model.index(row, ChartModel::CategoryColumn).data().toString());
            set->setColor(categoryColours[std::size_t(std::max(category, 0)) % std::size(categoryColours)]);
            set->setBorderColor(set->color());
            setOfCategory.insert(category, set);
            categoryOrder << category;
        }
        for (const int row : std::as_const(order)) {
            const int category = static_cast<int>(value(model, row, ChartModel::CategoryColumn));
            for (const int c : std::as_const(categoryOrder))
                setOfCategory.value(c)->append(c == category ? value(model, row, ChartModel::ShareColumn)
                                                             : 0.0);
        }
        for (const int c : std::as_const(categoryOrder))
            series->append(setOfCategory.value(c));
        labelBars(series);
        chart->legend()->setVisible(true);
    } else {
        if (horizontal)
            series = new QHorizontalBarSeries;
        else
            series = new QBarSeries;
        auto *matching = new QBarSet(model.kind() == ChartModel::Kind::Salary ? tr("Postings with a salary")
                                                                              : tr("Matching postings"));
        matching->setColor(barColour);
        matching->setBorderColor(barColour);
        for (const int row : std::as_const(order))
            matching->append(std::round(value(model, row, ChartModel::ShareColumn) * 10) / 10);
        series->append(matching);
        if (published) {
            auto *report = new QBarSet(model.publishedLabel());
            report->setColor(publishedColour);
            report->setBorderColor(publishedColour);
            for (const int row : std::as_const(order))
                report->append(value(model, row, ChartModel::PublishedColumn));
            series->append(report);
            chart->legend()->setVisible(true);
        }
        // Two labelled bars a row do not fit in a narrow chart; the tooltips and table still tell.
        if (!(published && options.compact))
            labelBars(series);
    }
    series->setBarWidth(published ? 0.85 : 0.75);
    chart->addSeries(series);

    auto *labels = new QBarCategoryAxis;
    labels->append(categories);
    // Names are short; Qt Charts would otherwise elide them to "..." in a narrow dock.
    labels->setTruncateLabels(false);
    QFont font = labels->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    labels->setLabelsFont(font);
    auto *share = new QValueAxis;
    share->setRange(0, axisEnd(largest));
    share->setTickCount(options.compact ? 3 : tickCount(axisEnd(largest)));
    share->setTruncateLabels(false);
    share->setLabelFormat(QStringLiteral("%d%%"));
    share->setTitleText(model.kind() == ChartModel::Kind::Salary ? tr("Share of postings with a salary")
                                                                 : tr("Share of matching postings"));
    if (horizontal) {
        chart->addAxis(labels, Qt::AlignLeft);
        chart->addAxis(share, Qt::AlignBottom);
    } else {
        labels->setLabelsAngle(rows > 6 ? -40 : 0);
        chart->addAxis(labels, Qt::AlignBottom);
        chart->addAxis(share, Qt::AlignLeft);
    }
    series->attachAxis(labels);
    series->attachAxis(share);
    return series;
}

} // namespace jobexplorer
