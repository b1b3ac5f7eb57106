#pragma once

#include "ChartBuilder.h"
#include "ChartPage.h"

#include <QStringList>

class QChart;
class QChartView;
class QStackedWidget;
class QTableView;

namespace jobexplorer {

class ChartModel;

// One bar chart over the matching postings, or its numbers as a table (setTableShown), following
// its model (which must outlive the widget). Hover a bar for its count and share; click it to choose (or
// drop) that value in the filter. The model is active (follows the filter) only while the widget is visible.
class ChartWidget final : public ChartPage
{
    Q_OBJECT
public:
    explicit ChartWidget(ChartModel *model, QWidget *parent = nullptr);

    ChartModel *model() const { return m_model; }
    QString title() const;
    // What is drawn, for tests and screen readers: bar labels top-down, legend entries.
    QStringList barLabels() const;
    QStringList legendEntries() const;

    ChartKind kind() const override;
    bool isTableShown() const override;
    void setTableShown(bool shown) override;
    void refresh() override;
    std::unique_ptr<ChartExporter> exporter(const QStringList &caption) const override;
    QAbstractItemModel *numbers() const override;
    int numbersExportRole() const override;
    // Skills: draw the report's published share beside each computed one.
    bool isPublishedShown() const { return m_options.publishedShares; }
    void setPublishedShown(bool shown);
    const ChartBuilder::Options &options() const { return m_options; }

    // Clicks the bar of row, as a user would (for keyboard use and tests).
    void clickBar(int row);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();

    ChartModel *m_model;
    ChartBuilder::Options m_options;
    QChart *m_chart;
    QChartView *m_view;
    QTableView *m_table;
    QStackedWidget *m_stack;
};

} // namespace jobexplorer
