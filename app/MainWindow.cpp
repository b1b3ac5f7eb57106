#include "MainWindow.h"

#include "PostingDetailView.h"
#include "PostingFormat.h"
#include "PostingStore.h"
#include "PostingTableModel.h"
#include "PostingTableView.h"
#include "Settings.h"
#include "Workspace.h"

#include <QAction>
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
#include <QStatusBar>

namespace jobexplorer {

namespace {
constexpr int defaultDetailWidth = 400;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_workspace(new Workspace(this)), m_tableModel(new PostingTableModel(this)),
      m_table(new PostingTableView(this)), m_detail(new PostingDetailView(this)), m_statusLabel(new QLabel(this))
{
    setWindowTitle(tr("Job Market Explorer"));
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    m_table->setModel(m_tableModel);
    setCentralWidget(m_table);

    auto *detailDock = new QDockWidget(tr("Details"), this);
    detailDock->setObjectName(QStringLiteral("detailDock"));
    detailDock->setWidget(m_detail);
    addDockWidget(Qt::RightDockWidgetArea, detailDock);

    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);

    createMenus();

    connect(m_workspace, &Workspace::opened, this, [this] {
        m_tableModel->setStore(m_workspace->store());
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        updateStatus();
    });
    connect(m_table, &PostingTableView::currentPostingChanged, this, &MainWindow::showPosting);

    resize(1400, 820);
    resizeDocks({detailDock}, {defaultDetailWidth}, Qt::Horizontal);
    restoreGeometry(settings::windowGeometry.value());
    restoreState(settings::windowState.value());
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Database…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("openAction"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    updateRecentFilesMenu();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Job Market Explorer"), this, [this] {
        QMessageBox::about(this, tr("About Job Market Explorer"),
                           tr("<p><b>Job Market Explorer</b> %1</p><p>Explore job postings: filter them, compare "
                              "salary bands and export charts and data.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

bool MainWindow::openDatabase(const QString &fileName)
{
    if (!m_workspace->open(fileName)) {
        showError(m_workspace->errorString());
        return false;
    }
    rememberRecentFile(QFileInfo(fileName).absoluteFilePath());
    if (m_workspace->isReadOnly())
        statusBar()->showMessage(tr("%1 is read-only: you can explore it but not change it.")
                                     .arg(QDir::toNativeSeparators(fileName)),
                                 10000);
    return true;
}

void MainWindow::chooseDatabase()
{
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Open Database"), QFileInfo(m_workspace->fileName()).absolutePath(),
        tr("Job Market Explorer databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
    if (!fileName.isEmpty())
        openDatabase(fileName);
}

void MainWindow::updateRecentFilesMenu()
{
    m_recentMenu->clear();
    const QStringList files = settings::recentFiles.value();
    for (const QString &fileName : files) {
        m_recentMenu->addAction(QDir::toNativeSeparators(fileName), this,
                                [this, fileName] { openDatabase(fileName); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::rememberRecentFile(const QString &fileName)
{
    QStringList files = settings::recentFiles.value();
    files.removeAll(fileName);
    files.prepend(fileName);
    while (files.size() > settings::maxRecentFiles)
        files.removeLast();
    settings::recentFiles.setValue(files);
    updateRecentFilesMenu();
}

void MainWindow::updateStatus()
{
    const PostingStore *store = m_workspace->store();
    if (!store) {
        m_statusLabel->setText(tr("No database open"));
        return;
    }
    QString text = tr("%1 · %2").arg(PostingFormat::postingCount(store->size()), store->meta().title);
    if (m_workspace->isReadOnly())
        text += QStringLiteral(" · ") % tr("read-only");
    m_statusLabel->setText(text);
    m_statusLabel->setToolTip(QDir::toNativeSeparators(m_workspace->fileName()));
}

void MainWindow::showError(const QString &message)
{
    // Not modal-blocking: the window stays usable and tests can read the message.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Job Market Explorer"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showPosting(std::int64_t postingId)
{
    m_detail->setDetail(postingId < 0 ? std::nullopt : m_workspace->detail(postingId));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    settings::windowGeometry.setValue(saveGeometry());
    settings::windowState.setValue(saveState());
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
