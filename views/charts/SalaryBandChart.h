#pragma once

#include "ChartPage.h"
#include "RangeChart.h"

#include <memory>

class QStackedWidget;
class QTableView;

namespace jobexplorer {

class ChartExporter;
class RangeChartWidget;
class SalaryBandModel;
class Workspace;

// The salary band chart: each matching posting's annual range as a bar (minimum to maximum,
// a tick at the midpoint), sorted by midpoint, labelled with company and title, drawn over the
// band the dataset's source published for the posting's level. When the bars would be thinner
// than a few pixels it shows a box plot of midpoints per level instead. Draws a SalaryBandModel,
// which follows the filter while the chart is shown; can show its numbers as a table. Clicking
// a posting's row emits postingClicked.
class SalaryBandChart final : public ChartPage
{
    Q_OBJECT
public:
    // Below this many pixels a bar, postings are summarised per level.
    static constexpr int minimumBarPixels = 6;

    // The workspace must outlive the chart.
    explicit SalaryBandChart(Workspace *workspace, QWidget *parent = nullptr);

    // What the chart draws for plotHeight pixels of rows: postings, or levels when they would
    // not fit.
    static RangeChartData build(const Workspace &workspace, double plotHeight);
    // What the chart draws for model's rows.
    static RangeChartData chartData(const SalaryBandModel &model);
    // Writes the chart of the workspace's current filter as a picture of any size (the rows
    // chosen for the picture's height); the workspace must outlive the exporter.
    static std::unique_ptr<ChartExporter> exporter(const Workspace &workspace, const QStringList &caption);

    // What is drawn.
    const RangeChartData &data() const;
    SalaryBandModel *model() const { return m_model; }

    ChartKind kind() const override { return ChartKind::Bands; }
    bool isTableShown() const override;
    void setTableShown(bool shown) override;
    void refresh() override;
    std::unique_ptr<ChartExporter> exporter(const QStringList &caption) const override;
    QAbstractItemModel *numbers() const override;
    int numbersExportRole() const override;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Workspace *m_workspace;
    SalaryBandModel *m_model;
    RangeChartWidget *m_chart;
    QTableView *m_table;
    QStackedWidget *m_stack;
};

} // namespace jobexplorer
