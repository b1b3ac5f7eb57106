#include "ChartsPanel.h"

#include "ChartExporter.h"
#include "ChartWidget.h"
#include "CsvExporter.h"
#include "ExportSettings.h"
#include "GapChart.h"
#include "PictureExport.h"
#include "SalaryBandChart.h"
#include "Workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMenu>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace jobexplorer {

namespace {

// Short tab names, so that all nine fit beside the buttons in a dock of moderate width.
struct Tab
{
    ChartKind kind;
    const char *name;
};
constexpr std::array<Tab, ChartKinds::all.size()> tabs{{
    {ChartKind::Skills, QT_TRANSLATE_NOOP("jobexplorer::ChartsPanel", "Skills")},
    {ChartKind::Seniority, QT_TRANSLATE_NOOP("jobexplorer::ChartsPanel", "Seniority")},
    {ChartKind::Roles, QT_TRANSLATE_NOOP("jobexplorer::ChartsPanel", "Roles")},
    {ChartKind::WorkMode, QT_TRANSLATE_NOOP("jobexplorer::ChartsPanel", "Work mode")},
    {ChartKind::Types, QT_TRANSLATE_NOOP("jobexplorer::ChartsPanel", "Types")},
    {ChartKind::Locations, QT_TRANSLATE_NOOP("jobexplorer::ChartsPanel", "Locations")},
    {ChartKind::Salary, QT_TRANSLATE_NOOP("jobexplorer::ChartsPanel", "Salary")},
    {ChartKind::Bands, QT_TRANSLATE_NOOP("jobexplorer::ChartsPanel", "Bands")},
    {ChartKind::Gap, QT_TRANSLATE_NOOP("jobexplorer::ChartsPanel", "Gap")},
}};

} // namespace

ChartsPanel::ChartsPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_tabs(new QTabWidget(this)), m_tableAction(new QAction(this)),
      m_publishedAction(new QAction(this)), m_copyAction(new QAction(this)),
      m_exportAction(new QAction(this)), m_exportNumbersAction(new QAction(this)),
      m_nextAction(new QAction(this)), m_previousAction(new QAction(this))
{
    setObjectName(QStringLiteral("chartsPanel"));
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->setDocumentMode(true);
    createPages();
    createActions();
    createCornerButtons();
    retranslate();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_tabs, &QTabWidget::currentChanged, this, &ChartsPanel::updateActions);
    connect(workspace, &Workspace::opened, this, &ChartsPanel::updateActions);
    updateActions();
}

bool ChartsPanel::isClientNameShown() const
{
    const auto *clientName = findChild<QAction *>(QStringLiteral("clientNameInCaptionAction"));
    return !clientName || clientName->isChecked();
}

void ChartsPanel::retranslate()
{
    m_tableAction->setText(tr("Show as &Table"));
    m_tableAction->setToolTip(tr("Show the chart's numbers as a table"));
    m_publishedAction->setText(tr("Compare with the &Report"));
    m_publishedAction->setToolTip(
        tr("Show the share the market report publishes for each skill beside the computed one"));
    m_copyAction->setText(tr("&Copy Chart"));
    m_copyAction->setToolTip(tr("Copy the chart with its caption as a picture"));
    m_exportAction->setText(tr("Export C&hart…"));
    m_exportAction->setToolTip(tr("Export the chart as PNG, SVG or PDF with its caption"));
    m_exportNumbersAction->setText(tr("Export Chart &Numbers as CSV…"));
    m_exportNumbersAction->setToolTip(tr("Export the chart's numbers as CSV"));
    if (auto *clientName = findChild<QAction *>(QStringLiteral("clientNameInCaptionAction")))
        clientName->setText(tr("Name the C&lient in the Gap Chart's Caption"));
    m_nextAction->setText(tr("&Next Chart"));
    m_previousAction->setText(tr("&Previous Chart"));
    m_tabs->setAccessibleName(tr("Charts"));
    for (int index = 0; index < m_tabs->count(); ++index) {
        const Tab &tab = tabs[static_cast<std::size_t>(index)];
        m_tabs->setTabText(index, tr(tab.name));
        const std::optional<ChartModel::Kind> bars = ChartKinds::barKind(tab.kind);
        m_tabs->setTabToolTip(index, bars ? ChartModel::name(*bars)
                                     : tab.kind == ChartKind::Gap
                                         ? tr("Skill gap: the skills the matching postings ask for, "
                                              "held, being learnt or lacking by the chosen client")
                                         : tr("Salary bands: each posting's range against the published "
                                              "band for its level"));
    }
    m_tableButton->setText(tr("Table"));
    m_menuButton->setText(tr("Chart"));
    m_menuButton->setToolTip(tr("Export, copy or compare this chart"));
}

void ChartsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChartsPanel::createPages()
{
    // The one place that knows which widget draws which kind of chart; the tabs are in the order
    // of tabs, named in retranslate().
    for (const Tab &tab : tabs) {
        ChartPage *page = nullptr;
        if (const std::optional<ChartModel::Kind> bars = ChartKinds::barKind(tab.kind)) {
            auto *model = new ChartModel(m_workspace, *bars, this);
            connect(model, &QAbstractItemModel::modelReset, this, &ChartsPanel::updateActions);
            page = new ChartWidget(model, m_tabs);
        } else if (tab.kind == ChartKind::Gap) {
            page = new GapChart(m_workspace, m_tabs);
        } else {
            page = new SalaryBandChart(m_workspace, m_tabs);
        }
        m_pages << page;
        m_tabs->addTab(page, QString());
        connect(page, &ChartPage::postingClicked, this, &ChartsPanel::postingClicked);
    }
}

void ChartsPanel::createActions()
{
    m_tableAction->setObjectName(QStringLiteral("chartTableAction"));
    m_tableAction->setCheckable(true);
    m_tableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_tableAction, &QAction::toggled, this, [this](bool on) {
        for (ChartPage *page : std::as_const(m_pages))
            page->setTableShown(on);
    });
    m_publishedAction->setObjectName(QStringLiteral("publishedSharesAction"));
    m_publishedAction->setCheckable(true);
    connect(m_publishedAction, &QAction::toggled, this,
            [this](bool on) { chart(ChartModel::Kind::Skills)->setPublishedShown(on); });
    m_copyAction->setObjectName(QStringLiteral("copyChartAction"));
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyAction, &QAction::triggered, this, &ChartsPanel::copyCurrentChart);
    m_exportAction->setObjectName(QStringLiteral("exportChartAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_exportAction, &QAction::triggered, this, &ChartsPanel::exportCurrentChart);
    m_exportNumbersAction->setObjectName(QStringLiteral("exportChartNumbersAction"));
    connect(m_exportNumbersAction, &QAction::triggered, this, &ChartsPanel::exportCurrentNumbers);
    m_nextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_nextAction, &QAction::triggered, this,
            [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    m_previousAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(m_previousAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
}

void ChartsPanel::createCornerButtons()
{
    auto *buttons = new QWidget(m_tabs);
    auto *buttonLayout = new QHBoxLayout(buttons);
    buttonLayout->setContentsMargins(0, 0, 4, 0);
    buttonLayout->setSpacing(2);
    auto *table = new QToolButton(buttons);
    m_tableButton = table;
    table->setDefaultAction(m_tableAction);
    table->setAutoRaise(true);
    buttonLayout->addWidget(table);
    // The rest behind one button, to leave the tabs their room; the window's menus have them too.
    auto *more = new QToolButton(buttons);
    m_menuButton = more;
    more->setObjectName(QStringLiteral("chartMenuButton"));
    more->setAutoRaise(true);
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    menu->addAction(m_publishedAction);
    menu->addSeparator();
    menu->addAction(m_copyAction);
    menu->addAction(m_exportAction);
    menu->addAction(m_exportNumbersAction);
    // The gap chart's picture names the client unless the counselor leaves the name out, for a
    // chart that is shown to others. Kept here, beside the other export choices.
    auto *clientName = new QAction(this);
    clientName->setObjectName(QStringLiteral("clientNameInCaptionAction"));
    clientName->setCheckable(true);
    clientName->setChecked(true);
    connect(clientName, &QAction::toggled, this, [this](bool on) {
        for (ChartPage *page : std::as_const(m_pages)) {
            if (auto *gap = qobject_cast<GapChart *>(page))
                gap->setClientNameShown(on);
        }
    });
    menu->addSeparator();
    menu->addAction(clientName);
    more->setMenu(menu);
    buttonLayout->addWidget(more);
    m_tabs->setCornerWidget(buttons, Qt::TopRightCorner);
}

void ChartsPanel::setExportSettings(std::unique_ptr<ExportSettings> settings)
{
    m_exportSettings = std::move(settings);
}

ChartPage *ChartsPanel::currentPage() const
{
    return qobject_cast<ChartPage *>(m_tabs->currentWidget());
}

ChartKind ChartsPanel::currentKind() const
{
    return currentPage()->kind();
}

void ChartsPanel::setCurrentKind(ChartKind kind)
{
    m_tabs->setCurrentWidget(page(kind));
}

ChartPage *ChartsPanel::page(ChartKind kind) const
{
    for (ChartPage *page : m_pages) {
        if (page->kind() == kind)
            return page;
    }
    return nullptr;
}

ChartWidget *ChartsPanel::currentChart() const
{
    return qobject_cast<ChartWidget *>(currentPage());
}

ChartWidget *ChartsPanel::chart(ChartModel::Kind kind) const
{
    return qobject_cast<ChartWidget *>(page(ChartKinds::of(kind)));
}

void ChartsPanel::setCurrentChart(ChartModel::Kind kind)
{
    setCurrentKind(ChartKinds::of(kind));
}

void ChartsPanel::copyCurrentChart()
{
    if (!m_workspace->isOpen())
        return;
    ChartPage *current = currentPage();
    // The dock may be hidden, its chart behind the filter.
    current->refresh();
    const std::unique_ptr<ChartExporter> exporter = current->exporter(ChartExporter::caption(*m_workspace));
    QApplication::clipboard()->setImage(exporter->image(ChartExporter::defaultSize));
}

void ChartsPanel::exportCurrentChart()
{
    if (!m_workspace->isOpen())
        return;
    ChartPage *current = currentPage();
    current->refresh();
    const std::unique_ptr<ChartExporter> exporter = current->exporter(ChartExporter::caption(*m_workspace));
    const PictureExport::Result result =
        PictureExport::run(this, m_exportSettings.get(), *exporter, ChartKinds::key(current->kind()));
    if (!result.error.isEmpty())
        Q_EMIT errorOccurred(result.error);
    else if (!result.fileName.isEmpty())
        Q_EMIT exported(QCoreApplication::translate("jobexplorer::MainWindow", "Exported the chart to %1")
                            .arg(QDir::toNativeSeparators(result.fileName)));
}

void ChartsPanel::exportCurrentNumbers()
{
    if (!m_workspace->isOpen())
        return;
    ChartPage *current = currentPage();
    current->refresh();
    const QString fileName = QFileDialog::getSaveFileName(
        this, QCoreApplication::translate("jobexplorer::MainWindow", "Export Chart Numbers as CSV"),
        QDir::home().filePath(ChartKinds::key(current->kind()) + QLatin1String(".csv")),
        QCoreApplication::translate("jobexplorer::MainWindow", "CSV files (*.csv);;All files (*)"));
    if (fileName.isEmpty())
        return;
    CsvExporter exporter;
    exporter.setRole(current->numbersExportRole());
    if (!exporter.writeFile(*current->numbers(), fileName))
        Q_EMIT errorOccurred(exporter.errorString());
    else
        Q_EMIT exported(
            QCoreApplication::translate("jobexplorer::MainWindow", "Exported the chart's numbers to %1")
                .arg(QDir::toNativeSeparators(fileName)));
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
