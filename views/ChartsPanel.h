#pragma once

#include "ChartModel.h"

#include <QWidget>

#include <memory>

class QAction;
class QTabWidget;

namespace jobexplorer {

class ChartExporter;
class ChartWidget;
class SalaryBandChart;
class Workspace;

// The charts area: one tab per chart (skill demand, seniority, role family, work mode,
// employment type, top locations, salary), each following the filter while it is shown, with
// actions to show the numbers as a table, overlay the report's published skill shares, copy the
// chart and ask for it (or its numbers) to be exported.
class ChartsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsPanel(Workspace *workspace, QWidget *parent = nullptr);

    // The chart on show, or nullptr when it is the salary band chart (bandChart()).
    ChartWidget *currentChart() const;
    SalaryBandChart *bandChart() const { return m_bands; }
    bool isBandChartCurrent() const;
    void setBandChartCurrent();
    // For exports of whatever chart is on show: its command-line name ("skills", "bands"), an
    // exporter with the caption of the current filter, and its numbers as a table model (with
    // plain numbers in exportRole).
    QString currentKey() const;
    std::unique_ptr<ChartExporter> currentExporter() const;
    QAbstractItemModel *currentNumbers() const;
    int currentNumbersExportRole() const;
    ChartWidget *chart(ChartModel::Kind kind) const;
    void setCurrentChart(ChartModel::Kind kind);

    QAction *tableAction() const { return m_tableAction; }
    QAction *publishedAction() const { return m_publishedAction; }
    QAction *copyAction() const { return m_copyAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *exportNumbersAction() const { return m_exportNumbersAction; }
    QAction *nextAction() const { return m_nextAction; }
    QAction *previousAction() const { return m_previousAction; }

    // Puts the current chart, with its caption, on the clipboard as a picture.
    void copyCurrentChart();

Q_SIGNALS:
    // The export actions were triggered; the window asks where to write.
    void exportChartRequested();
    void exportNumbersRequested();

private:
    void updateActions();

    Workspace *m_workspace;
    QTabWidget *m_tabs;
    QList<ChartWidget *> m_charts;
    SalaryBandChart *m_bands;
    QAction *m_tableAction;
    QAction *m_publishedAction;
    QAction *m_copyAction;
    QAction *m_exportAction;
    QAction *m_exportNumbersAction;
    QAction *m_nextAction;
    QAction *m_previousAction;
};

} // namespace jobexplorer
