#include "MainWindow.h"

#include "BundledData.h"
#include "BundledDataset.h"
#include "ChartsPanel.h"
#include "ChartWidget.h"
#include "ClientPanel.h"
#include "CompareView.h"
#include "CsvExporter.h"
#include "DatasetJsonWriter.h"
#include "FilterEngine.h"
#include "FilterPanel.h"
#include "ImportDialog.h"
#include "PostingDetailView.h"
#include "PostingFormat.h"
#include "PostingStore.h"
#include "PostingTableModel.h"
#include "PostingTableView.h"
#include "ReportActions.h"
#include "Settings.h"
#include "Translations.h"
#include "Workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

namespace jobexplorer {

namespace {
constexpr int defaultDetailWidth = 360;
constexpr int defaultFilterWidth = 330;
constexpr int defaultChartHeight = 320;
// The details over the client panel: the panel's skills, fit and learning path need the room.
constexpr int defaultDetailHeight = 300;
constexpr int defaultClientHeight = 520;
constexpr QSize defaultWindowSize(1400, 820);

// The bundled dataset's database, built in the cache folder and named after a hash of its data
// (BundledDataset): a name that means nothing to the user.
bool isBundledCopy(const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    return name.startsWith(QLatin1String("bundled-")) && name.endsWith(QLatin1String(".jobexplorer.sqlite"));
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : MainWindow(nullptr, parent) {}

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent), m_workspace(workspace ? workspace : new Workspace(this)),
      m_tableModel(new PostingTableModel(this)), m_table(new PostingTableView(this)),
      m_detail(new PostingDetailView(this)), m_filterPanel(new FilterPanel(m_workspace, this)),
      m_charts(new ChartsPanel(m_workspace, this)), m_compare(new CompareView(m_workspace, this)),
      m_report(new ReportActions(m_workspace, this)), m_clientPanel(new ClientPanel(m_workspace, {}, this)),
      m_central(new QTabWidget(this)), m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    m_table->setModel(m_tableModel);
    // The postings and the comparison of cohorts share the middle of the window.
    m_central->setObjectName(QStringLiteral("centralTabs"));
    m_central->setDocumentMode(true);
    m_central->addTab(m_table, QString());
    m_central->addTab(m_compare, QString());
    setCentralWidget(m_central);

    auto *filterDock = new QDockWidget(this);
    filterDock->setObjectName(QStringLiteral("filterDock"));
    filterDock->setWidget(m_filterPanel);
    addDockWidget(Qt::LeftDockWidgetArea, filterDock);

    auto *chartDock = new QDockWidget(this);
    chartDock->setObjectName(QStringLiteral("chartDock"));
    chartDock->setWidget(m_charts);
    addDockWidget(Qt::BottomDockWidgetArea, chartDock);
    // The filter panel and the details keep the full height; the charts sit under the table.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    connect(m_compare, &CompareView::errorOccurred, this, &MainWindow::showError);
    connect(m_compare, &CompareView::exported, this, &MainWindow::showMessage);
    connect(m_charts, &ChartsPanel::errorOccurred, this, &MainWindow::showError);
    connect(m_charts, &ChartsPanel::exported, this, &MainWindow::showMessage);
    connect(m_charts, &ChartsPanel::postingClicked, this, &MainWindow::showPosting);
    connect(m_report, &ReportActions::errorOccurred, this, &MainWindow::showError);
    connect(m_report, &ReportActions::exported, this, &MainWindow::showMessage);
    // The report shows the chart on show and, while the Compare Cohorts tab is, the comparison.
    m_report->setOptionsSource([this] {
        Report::Options options;
        options.shownChart = m_charts->currentKind();
        if (const ChartWidget *chart = m_charts->currentChart())
            options.chartOptions = chart->options();
        if (m_central->currentWidget() == m_compare && m_compare->comparison())
            options.comparison = *m_compare->comparison();
        return options;
    });
    m_report->setClientNameSource([this] { return m_charts->isClientNameShown(); });
    // The panels export themselves; the settings remember where, in which format and how big.
    m_charts->setExportSettings(std::make_unique<StoredExportSettings>());
    m_compare->setExportSettings(std::make_unique<StoredExportSettings>());

    auto *detailDock = new QDockWidget(this);
    detailDock->setObjectName(QStringLiteral("detailDock"));
    detailDock->setWidget(m_detail);
    addDockWidget(Qt::RightDockWidgetArea, detailDock);
    // The client under the details, so that a posting's held and missing skills show beside
    // the client's profile.
    auto *clientDock = new QDockWidget(this);
    clientDock->setObjectName(QStringLiteral("clientDock"));
    clientDock->setWidget(m_clientPanel);
    addDockWidget(Qt::RightDockWidgetArea, clientDock);
    splitDockWidget(detailDock, clientDock, Qt::Vertical);
    connect(m_clientPanel, &ClientPanel::errorOccurred, this, &MainWindow::showError);
    connect(m_workspace, &Workspace::clientChanged, this, &MainWindow::showClient);

    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);

    createMenus();
    retranslate();

    connect(m_workspace, &Workspace::opened, this, [this] {
        m_tableModel->setStore(m_workspace->store());
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    });
    connect(m_workspace, &Workspace::filterChanged, this, [this] {
        m_tableModel->setRows(m_workspace->result().rows);
        updateStatus();
    });
    connect(m_table, &PostingTableView::currentPostingChanged, this, &MainWindow::showPosting);
    connect(m_workspace, &Workspace::integrityProblem, this, &MainWindow::showError);

    resize(defaultWindowSize);
    sizeDocks();
    // Where the docks are now is where Reset Layout puts them back.
    m_defaultDockState = saveState();
    restoreGeometry(settings::windowGeometry.value());
    restoreState(settings::windowState.value());
    m_table->restoreColumns(settings::tableHeaderState.value());
}

MainWindow::~MainWindow() = default;

void MainWindow::retranslate()
{
    setWindowTitle(tr("Job Market Explorer"));
    m_central->setTabText(m_central->indexOf(m_table), tr("&Postings"));
    m_central->setTabText(m_central->indexOf(m_compare), tr("C&ompare Cohorts"));
    m_central->setAccessibleName(tr("Postings and cohorts"));
    dock("filterDock")->setWindowTitle(tr("Filters"));
    dock("chartDock")->setWindowTitle(tr("Charts"));
    dock("detailDock")->setWindowTitle(tr("Details"));
    dock("clientDock")->setWindowTitle(tr("Client"));

    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open Database…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    updateRecentFilesMenu();
    m_importAction->setText(tr("&Import Postings…"));
    m_exportCsvAction->setText(tr("&Export Postings as CSV…"));
    m_exportJsonAction->setText(tr("Export Postings as &JSON…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_findAction->setText(tr("&Search Postings"));
    m_clearAction->setText(tr("&Clear Filters"));
    m_expressionAction->setText(tr("Edit Filter &Expression"));
    m_showPostingsAction->setText(tr("&Postings"));
    m_showCompareAction->setText(tr("C&ompare Cohorts"));
    m_showClientAction->setText(tr("C&lient"));
    m_resetLayoutAction->setText(tr("&Reset Layout"));
    m_fullScreenAction->setText(tr("&Full Screen"));
    m_languageMenu->setTitle(tr("&Language"));
    for (QAction *language : m_languageMenu->actions())
        language->setChecked(language->objectName() == QLatin1String("language_") + Translations::current());
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Job Market Explorer"));

    // The table's titles and translated cells; its rows, sort and selection stay.
    m_tableModel->retranslate();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

QDockWidget *MainWindow::dock(const char *name) const
{
    // By object name, the name that also identifies each dock in the saved state.
    return findChild<QDockWidget *>(QLatin1String(name));
}

void MainWindow::sizeDocks()
{
    resizeDocks({dock("filterDock"), dock("detailDock")}, {defaultFilterWidth, defaultDetailWidth},
                Qt::Horizontal);
    resizeDocks({dock("chartDock")}, {defaultChartHeight}, Qt::Vertical);
    resizeDocks({dock("detailDock"), dock("clientDock")}, {defaultDetailHeight, defaultClientHeight},
                Qt::Vertical);
}

void MainWindow::resetLayout()
{
    if (isMaximized() || isFullScreen())
        showNormal();
    resize(defaultWindowSize);
    // The default state docks and shows every dock in its area; the sizes follow the new window.
    restoreState(m_defaultDockState);
    sizeDocks();
    m_table->resetColumns();
}

void MainWindow::createMenus()
{
    createFileMenu();
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_charts->copyAction());
    createViewMenu();
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    // Menu titles and action texts in retranslate().
    QMenu *file = m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = file->addAction(QString(), this, &MainWindow::chooseDatabase);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_recentMenu = file->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    updateRecentFilesMenu();
    file->addSeparator();
    m_importAction = file->addAction(QString(), this, &MainWindow::importPostings);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addSeparator();
    m_exportCsvAction = file->addAction(QString(), this, &MainWindow::exportCsv);
    m_exportCsvAction->setObjectName(QStringLiteral("exportCsvAction"));
    m_exportCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportJsonAction = file->addAction(QString(), this, &MainWindow::exportJson);
    m_exportJsonAction->setObjectName(QStringLiteral("exportJsonAction"));
    m_exportJsonAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    file->addAction(m_charts->exportAction());
    file->addAction(m_charts->exportNumbersAction());
    file->addAction(m_compare->exportChartAction());
    file->addAction(m_compare->exportCsvAction());
    file->addSeparator();
    file->addAction(m_report->exportAction());
    file->addAction(m_report->previewAction());
    file->addAction(m_report->printAction());
    file->addSeparator();
    m_quitAction = file->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
}

void MainWindow::createViewMenu()
{
    QMenu *view = m_viewMenu = menuBar()->addMenu(QString());
    m_findAction = view->addAction(QString(), m_filterPanel, &FilterPanel::focusSearch);
    m_findAction->setShortcut(QKeySequence::Find);
    m_clearAction = view->addAction(QString(), m_filterPanel, &FilterPanel::clearAll);
    m_clearAction->setObjectName(QStringLiteral("clearFiltersAction"));
    m_clearAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace));
    m_expressionAction = view->addAction(QString(), m_filterPanel, &FilterPanel::focusExpression);
    m_expressionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addSeparator();
    m_showPostingsAction = view->addAction(QString(), this, [this] { m_central->setCurrentIndex(0); });
    m_showPostingsAction->setObjectName(QStringLiteral("showPostingsAction"));
    m_showPostingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_showCompareAction = view->addAction(QString(), this, [this] { m_central->setCurrentIndex(1); });
    m_showCompareAction->setObjectName(QStringLiteral("showCompareAction"));
    m_showCompareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_showClientAction = view->addAction(QString(), this, [this] {
        QDockWidget *client = dock("clientDock");
        client->show();
        client->raise();
        m_clientPanel->focusChooser();
    });
    m_showClientAction->setObjectName(QStringLiteral("showClientAction"));
    m_showClientAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    view->addSeparator();
    view->addAction(m_charts->nextAction());
    view->addAction(m_charts->previousAction());
    view->addAction(m_charts->tableAction());
    view->addAction(m_charts->publishedAction());
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    m_resetLayoutAction = view->addAction(QString(), this, &MainWindow::resetLayout);
    m_resetLayoutAction->setObjectName(QStringLiteral("resetLayoutAction"));

    QAction *fullScreen = m_fullScreenAction = view->addAction(QString());
    fullScreen->setObjectName(QStringLiteral("fullScreenAction"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    createLanguageMenu(view);
}

void MainWindow::createLanguageMenu(QMenu *view)
{
    QMenu *language = m_languageMenu = view->addMenu(QString());
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(language);
    for (const Translations::Language &entry : Translations::available()) {
        QAction *action =
            language->addAction(entry.nativeName, this, [this, code = entry.code] { switchLanguage(code); });
        action->setObjectName(QStringLiteral("language_") + entry.code);
        action->setCheckable(true);
        action->setChecked(entry.code == Translations::current());
        languages->addAction(action);
    }
}

void MainWindow::createHelpMenu()
{
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(
            this, tr("About Job Market Explorer"),
            tr("<p><b>Job Market Explorer</b> %1</p><p>Explore job postings: filter them, compare "
               "salary bands and export charts and data.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

bool MainWindow::switchLanguage(const QString &code)
{
    if (code == Translations::current() || !Translations::install(code))
        return false;
    settings::language.setValue(code);
    // The new translator makes Qt post a LanguageChange to every window, on which each widget
    // sets its texts again (changeEvent): delivered now, so that the switch is done on return.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    return true;
}

bool MainWindow::openDatabase(const QString &fileName)
{
    if (!m_workspace->open(fileName)) {
        showError(m_workspace->errorString());
        return false;
    }
    if (isBundledCopy(fileName))
        settings::bundledTitle.setValue(m_workspace->store()->meta().title);
    rememberRecentFile(QFileInfo(fileName).absoluteFilePath());
    settings::lastDatabase.setValue(QFileInfo(fileName).absoluteFilePath());
    if (m_workspace->isReadOnly())
        statusBar()->showMessage(
            tr("%1 is read-only: you can explore it but not change it.").arg(displayName(fileName)), 10000);
    return true;
}

void MainWindow::chooseDatabase()
{
    // Where the user chose a file last, else the documents: never the hidden cache folder that
    // holds the bundled dataset.
    QString folder = settings::openFolder.value();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Open Database"), folder,
        tr("Job Market Explorer databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
    if (fileName.isEmpty())
        return;
    settings::openFolder.setValue(QFileInfo(fileName).absolutePath());
    openDatabase(fileName);
}

void MainWindow::importPostings()
{
    ImportDialog dialog(m_workspace->isOpen() ? m_workspace->fileName() : QString(),
                        resources::skillTaxonomyFile(), this);
    dialog.setObjectName(QStringLiteral("importDialog"));
    dialog.exec();
    // The imported postings show at once: the database written is (re)opened.
    if (!dialog.importedDatabase().isEmpty())
        openDatabase(dialog.importedDatabase());
}

QString MainWindow::chooseExportFile(const QString &title, const QString &fileName, const QString &filter)
{
    if (!m_workspace->isOpen())
        return {};
    return QFileDialog::getSaveFileName(this, title, QDir::home().filePath(fileName), filter);
}

void MainWindow::reportExport(const QString &fileName)
{
    statusBar()->showMessage(
        tr("Exported %1 to %2")
            .arg(PostingFormat::postingCount(m_tableModel->rowCount()), QDir::toNativeSeparators(fileName)),
        10000);
}

void MainWindow::exportCsv()
{
    const QString fileName = chooseExportFile(tr("Export Postings as CSV"), tr("postings.csv"),
                                              tr("CSV files (*.csv);;All files (*)"));
    if (fileName.isEmpty())
        return;
    // What the table shows: its columns in their on-screen order, hidden ones left out.
    QList<int> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    CsvExporter exporter;
    if (!exporter.writeFile(*m_tableModel, fileName, columns))
        showError(exporter.errorString());
    else
        reportExport(fileName);
}

void MainWindow::exportJson()
{
    const QString fileName = chooseExportFile(tr("Export Postings as JSON"), tr("postings.json"),
                                              tr("JSON files (*.json);;All files (*)"));
    if (fileName.isEmpty())
        return;
    DatasetJsonWriter writer;
    if (!writer.writeFile(m_workspace->matchingDatasetHeader(), m_workspace->matchingPostings(), fileName))
        showError(writer.errorString());
    else
        reportExport(fileName);
}

void MainWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::updateRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = settings::recentFiles.value();
    for (const QString &fileName : files)
        m_recentMenu->addAction(displayName(fileName), this, [this, fileName] { openRecentFile(fileName); });
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::rememberRecentFile(const QString &fileName)
{
    QStringList files = settings::recentFiles.value();
    files.removeAll(fileName);
    // One bundled dataset: a new version of the program builds its copy under another name.
    if (isBundledCopy(fileName))
        files.removeIf(isBundledCopy);
    files.prepend(fileName);
    while (files.size() > settings::maxRecentFiles)
        files.removeLast();
    settings::recentFiles.setValue(files);
    updateRecentFilesMenu();
}

void MainWindow::openRecentFile(const QString &fileName)
{
    if (!isBundledCopy(fileName) || QFileInfo::exists(fileName)) {
        openDatabase(fileName);
        return;
    }
    // The copy of an older version of the bundled data: the current one, built if needed.
    QString error;
    const QString bundled = BundledDataset::ensureDatabase(resources::bundledDatasetFiles(), &error);
    if (bundled.isEmpty())
        showError(error);
    else
        openDatabase(bundled);
}

QString MainWindow::displayName(const QString &fileName) const
{
    if (!isBundledCopy(fileName))
        return QDir::toNativeSeparators(fileName);
    if (m_workspace->store() && QFileInfo(m_workspace->fileName()) == QFileInfo(fileName))
        return m_workspace->store()->meta().title;
    const QString title = settings::bundledTitle.value();
    // Known once the copy has been opened (as it is at the first start).
    return title.isEmpty() ? QDir::toNativeSeparators(fileName) : title;
}

void MainWindow::updateStatus()
{
    const PostingStore *store = m_workspace->store();
    if (!store) {
        m_statusLabel->setText(tr("No database open"));
        return;
    }
    const FilterResult &result = m_workspace->result();
    const QString count =
        result.matchCount() == store->size()
            ? PostingFormat::postingCount(store->size())
            : tr("%1 of %2")
                  .arg(QLocale().toString(result.matchCount()), PostingFormat::postingCount(store->size()));
    QString text = tr("%1 · %2").arg(count, store->meta().title);
    if (result.salaryCurrencyLeftOut > 0)
        text += QStringLiteral(" · ") % PostingFormat::otherCurrencyLeftOut(result.salaryCurrencyLeftOut);
    if (m_workspace->isReadOnly())
        text += QStringLiteral(" · ") % tr("read-only");
    m_statusLabel->setText(text);
    m_statusLabel->setToolTip(displayName(m_workspace->fileName()));
}

void MainWindow::showError(const QString &message)
{
    // Not modal-blocking: the window stays usable and tests can read the message.
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Job Market Explorer"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showPosting(std::int64_t postingId)
{
    m_detail->setDetail(postingId < 0 ? std::nullopt : m_workspace->detail(postingId));
}

void MainWindow::showClient()
{
    const bool added = !m_tableModel->hasFitColumn() && m_workspace->clientSkills();
    m_tableModel->setClient(m_workspace->engine(), m_workspace->clientSkills());
    if (added) {
        // The Fit column appears after the company and title, where a glance finds it.
        QHeaderView *header = m_table->horizontalHeader();
        header->moveSection(header->visualIndex(PostingTableModel::FitColumn),
                            header->visualIndex(PostingTableModel::Title) + 1);
    }
    const Client *client = m_workspace->clientSkills() ? m_clientPanel->currentClient() : nullptr;
    m_detail->setClient(client ? std::optional<Client>(*client) : std::nullopt);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    settings::windowGeometry.setValue(saveGeometry());
    settings::windowState.setValue(saveState());
    settings::tableHeaderState.setValue(m_table->saveColumns());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile()) {
        event->acceptProposedAction();
        openDatabase(urls.constFirst().toLocalFile());
    }
}

} // namespace jobexplorer
