#include "ChartsPanel.h"

#include "ChartExporter.h"
#include "ChartWidget.h"
#include "RangeChart.h"
#include "RangeChartTableModel.h"
#include "SalaryBandChart.h"
#include "Workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QMenu>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace jobexplorer {

ChartsPanel::ChartsPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_tabs(new QTabWidget(this)),
      m_bands(new SalaryBandChart(workspace)), m_tableAction(new QAction(tr("Show as &Table"), this)),
      m_publishedAction(new QAction(tr("Compare with the &Report"), this)),
      m_copyAction(new QAction(tr("&Copy Chart"), this)),
      m_exportAction(new QAction(tr("Export C&hart…"), this)),
      m_exportNumbersAction(new QAction(tr("Export Chart &Numbers as CSV…"), this)),
      m_nextAction(new QAction(tr("&Next Chart"), this)),
      m_previousAction(new QAction(tr("&Previous Chart"), this))
{
    setObjectName(QStringLiteral("chartsPanel"));
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Charts"));
    // Short tab names, so that all seven fit beside the buttons in a dock of moderate width.
    const char *const tabNames[] = {QT_TR_NOOP("Skills"),    QT_TR_NOOP("Seniority"), QT_TR_NOOP("Roles"),
                                    QT_TR_NOOP("Work mode"), QT_TR_NOOP("Types"),     QT_TR_NOOP("Locations"),
                                    QT_TR_NOOP("Salary")};
    for (const ChartModel::Kind kind : ChartModel::allKinds) {
        auto *model = new ChartModel(workspace, kind, this);
        auto *chart = new ChartWidget(model, m_tabs);
        m_charts << chart;
        const int tab = m_tabs->addTab(chart, tr(tabNames[static_cast<int>(kind)]));
        m_tabs->setTabToolTip(tab, ChartModel::name(kind));
        connect(model, &QAbstractItemModel::modelReset, this, &ChartsPanel::updateActions);
    }
    const int bandsTab = m_tabs->addTab(m_bands, tr("Bands"));
    m_tabs->setTabToolTip(bandsTab,
                          tr("Salary bands: each posting's range against the published band for its level"));

    m_tableAction->setObjectName(QStringLiteral("chartTableAction"));
    m_tableAction->setCheckable(true);
    m_tableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_tableAction->setToolTip(tr("Show the chart's numbers as a table"));
    connect(m_tableAction, &QAction::toggled, this, [this](bool on) {
        for (ChartWidget *chart : std::as_const(m_charts))
            chart->setTableShown(on);
        m_bands->setTableShown(on);
    });
    m_publishedAction->setObjectName(QStringLiteral("publishedSharesAction"));
    m_publishedAction->setCheckable(true);
    m_publishedAction->setToolTip(
        tr("Show the share the market report publishes for each skill beside the computed one"));
    connect(m_publishedAction, &QAction::toggled, this,
            [this](bool on) { chart(ChartModel::Kind::Skills)->setPublishedShown(on); });
    m_copyAction->setObjectName(QStringLiteral("copyChartAction"));
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyAction->setToolTip(tr("Copy the chart with its caption as a picture"));
    connect(m_copyAction, &QAction::triggered, this, &ChartsPanel::copyCurrentChart);
    m_exportAction->setObjectName(QStringLiteral("exportChartAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_exportAction->setToolTip(tr("Export the chart as PNG, SVG or PDF with its caption"));
    connect(m_exportAction, &QAction::triggered, this, &ChartsPanel::exportChartRequested);
    m_exportNumbersAction->setObjectName(QStringLiteral("exportChartNumbersAction"));
    m_exportNumbersAction->setToolTip(tr("Export the chart's numbers as CSV"));
    connect(m_exportNumbersAction, &QAction::triggered, this, &ChartsPanel::exportNumbersRequested);
    m_nextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_nextAction, &QAction::triggered, this,
            [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    m_previousAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(m_previousAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });

    auto *buttons = new QWidget(m_tabs);
    auto *buttonLayout = new QHBoxLayout(buttons);
    buttonLayout->setContentsMargins(0, 0, 4, 0);
    buttonLayout->setSpacing(2);
    const auto addButton = [&](QAction *action, const QString &text) {
        auto *button = new QToolButton(buttons);
        button->setDefaultAction(action);
        button->setText(text);
        button->setAutoRaise(true);
        buttonLayout->addWidget(button);
    };
    addButton(m_tableAction, tr("Table"));
    // The rest behind one button, to leave the tabs their room; the window's menus have them too.
    auto *more = new QToolButton(buttons);
    more->setObjectName(QStringLiteral("chartMenuButton"));
    more->setText(tr("Chart"));
    more->setToolTip(tr("Export, copy or compare this chart"));
    more->setAutoRaise(true);
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    menu->addAction(m_publishedAction);
    menu->addSeparator();
    menu->addAction(m_copyAction);
    menu->addAction(m_exportAction);
    menu->addAction(m_exportNumbersAction);
    more->setMenu(menu);
    buttonLayout->addWidget(more);
    m_tabs->setCornerWidget(buttons, Qt::TopRightCorner);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_tabs, &QTabWidget::currentChanged, this, &ChartsPanel::updateActions);
    connect(workspace, &Workspace::opened, this, &ChartsPanel::updateActions);
    updateActions();
}

ChartWidget *ChartsPanel::currentChart() const
{
    return qobject_cast<ChartWidget *>(m_tabs->currentWidget());
}

ChartWidget *ChartsPanel::chart(ChartModel::Kind kind) const
{
    for (ChartWidget *chart : m_charts) {
        if (chart->model()->kind() == kind)
            return chart;
    }
    return nullptr;
}

void ChartsPanel::setCurrentChart(ChartModel::Kind kind)
{
    m_tabs->setCurrentWidget(chart(kind));
}

bool ChartsPanel::isBandChartCurrent() const
{
    return m_tabs->currentWidget() == m_bands;
}

void ChartsPanel::setBandChartCurrent()
{
    m_tabs->setCurrentWidget(m_bands);
}

QString ChartsPanel::currentKey() const
{
    if (isBandChartCurrent())
        return QStringLiteral("bands");
    const ChartWidget *current = currentChart();
    return current ? ChartModel::key(current->model()->kind()) : QString();
}

std::unique_ptr<ChartExporter> ChartsPanel::currentExporter() const
{
    const QStringList caption = ChartExporter::caption(*m_workspace);
    if (isBandChartCurrent()) {
        return SalaryBandChart::exporter(*m_workspace, caption);
    }
    ChartWidget *current = currentChart();
    if (!current)
        return {};
    current->model()->refresh();
    return std::make_unique<ChartExporter>(*current->model(), current->options(), caption);
}

QAbstractItemModel *ChartsPanel::currentNumbers() const
{
    if (isBandChartCurrent()) {
        m_bands->refresh();
        return m_bands->tableModel();
    }
    ChartWidget *current = currentChart();
    if (!current)
        return nullptr;
    current->model()->refresh();
    return current->model();
}

int ChartsPanel::currentNumbersExportRole() const
{
    return isBandChartCurrent() ? int(RangeChartTableModel::ExportRole) : int(ChartModel::ExportRole);
}

void ChartsPanel::copyCurrentChart()
{
    if (!m_workspace->isOpen())
        return;
    if (const std::unique_ptr<ChartExporter> exporter = currentExporter())
        QApplication::clipboard()->setImage(exporter->image(ChartExporter::defaultSize));
}

void ChartsPanel::updateActions()
{
    const bool open = m_workspace->isOpen();
    const ChartWidget *current = currentChart();
    const bool skills = current && current->model()->kind() == ChartModel::Kind::Skills;
    m_publishedAction->setEnabled(skills && current->model()->hasPublishedShares());
    m_copyAction->setEnabled(open);
    m_exportAction->setEnabled(open);
    m_exportNumbersAction->setEnabled(open);
}

} // namespace jobexplorer
