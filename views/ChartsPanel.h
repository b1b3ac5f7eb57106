#pragma once

#include "ChartKind.h"
#include "ChartModel.h"
#include "ExportSettings.h"

#include <QWidget>

#include <cstdint>
#include <memory>

class QAction;
class QTabWidget;
class QToolButton;

namespace jobexplorer {

class ChartPage;
class ChartWidget;
class Workspace;

// The charts area: one tab per chart (skill demand, seniority, role family, work mode,
// employment type, top locations, salary, salary bands), each following the filter while it is
// shown, with actions to show the numbers as a table, overlay the report's published skill
// shares, copy the chart and export it as a picture or its numbers as CSV. The workspace must
// outlive the panel.
class ChartsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsPanel(Workspace *workspace, QWidget *parent = nullptr);

    // Where picture exports start and what they remember; taken over. Without settings they
    // start in the home folder and remember nothing.
    void setExportSettings(std::unique_ptr<ExportSettings> settings);

    // The chart on show, of whatever kind, and the chart of each kind.
    ChartPage *currentPage() const;
    ChartKind currentKind() const;
    void setCurrentKind(ChartKind kind);
    ChartPage *page(ChartKind kind) const;
    // The bar chart on show, or nullptr when the chart on show is not a bar chart.
    ChartWidget *currentChart() const;
    ChartWidget *chart(ChartModel::Kind kind) const;
    void setCurrentChart(ChartModel::Kind kind);

    QAction *tableAction() const { return m_tableAction; }
    QAction *publishedAction() const { return m_publishedAction; }
    QAction *copyAction() const { return m_copyAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *exportNumbersAction() const { return m_exportNumbersAction; }
    // Whether the gap chart's picture and the report's client section name the client (the
    // "Name the client" toggle of the panel's menu).
    bool isClientNameShown() const;
    QAction *nextAction() const { return m_nextAction; }
    QAction *previousAction() const { return m_previousAction; }

    // Puts the current chart, with its caption, on the clipboard as a picture.
    void copyCurrentChart();
    // Ask where to write, then write the current chart as a picture or its numbers as CSV;
    // report through exported() or errorOccurred().
    void exportCurrentChart();
    void exportCurrentNumbers();

Q_SIGNALS:
    // A row of a chart that shows one posting was clicked.
    void postingClicked(std::int64_t postingId);
    // An export was written; message names the file.
    void exported(const QString &message);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The tab names, buttons and actions in the current language (each chart retranslates itself).
    void retranslate();
    void createPages();
    void createActions();
    void createCornerButtons();
    void updateActions();

    Workspace *m_workspace;
    std::unique_ptr<ExportSettings> m_exportSettings;
    QTabWidget *m_tabs;
    QList<ChartPage *> m_pages;
    QAction *m_tableAction;
    QAction *m_publishedAction;
    QAction *m_copyAction;
    QAction *m_exportAction;
    QAction *m_exportNumbersAction;
    QAction *m_nextAction;
    QAction *m_previousAction;
    QToolButton *m_tableButton = nullptr;
    QToolButton *m_menuButton = nullptr;
};

} // namespace jobexplorer
