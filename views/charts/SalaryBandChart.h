#pragma once

#include "RangeChart.h"

#include <QWidget>

#include <cstdint>
#include <memory>

class QStackedWidget;
class QTableView;

namespace jobexplorer {

class ChartExporter;
class RangeChartTableModel;
class RangeChartWidget;
class Workspace;

// The salary band chart: each matching posting's annual range as a bar (minimum to maximum,
// a tick at the midpoint), sorted by midpoint, labelled with company and title, drawn over the
// band the dataset's source published for the posting's level. When the bars would be thinner
// than a few pixels it shows a box plot of midpoints per level instead. Follows the filter while
// shown; can show its numbers as a table.
class SalaryBandChart final : public QWidget
{
    Q_OBJECT
public:
    // Below this many pixels a bar, postings are summarised per level.
    static constexpr int minimumBarPixels = 6;

    explicit SalaryBandChart(Workspace *workspace, QWidget *parent = nullptr);

    // The chart for plotHeight pixels of rows: postings, or levels when they would not fit.
    static RangeChartData build(const Workspace &workspace, double plotHeight);
    // Writes the chart of the workspace's current filter as a picture of any size.
    static std::unique_ptr<ChartExporter> exporter(const Workspace &workspace, const QStringList &caption);

    // What is drawn; refresh() first brings it up to date with the filter while hidden.
    const RangeChartData &data() const;
    void refresh();
    RangeChartTableModel *tableModel() const { return m_tableModel; }
    bool isTableShown() const;
    void setTableShown(bool shown);

Q_SIGNALS:
    void postingClicked(std::int64_t postingId);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    Workspace *m_workspace;
    RangeChartWidget *m_chart;
    RangeChartTableModel *m_tableModel;
    QTableView *m_table;
    QStackedWidget *m_stack;
    bool m_stale = true;
};

} // namespace jobexplorer
