#include "BundledData.h"
#include "BundledDataset.h"
#include "ChartsPanel.h"
#include "ClientPanel.h"
#include "CompareView.h"
#include "MainWindow.h"
#include "PostingDetailView.h"
#include "PostingStore.h"
#include "PostingTableModel.h"
#include "PostingTableView.h"
#include "ReportActions.h"
#include "TestDatabase.h"
#include "Workspace.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace jobexplorer;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shouldShowThePostingsOfAnOpenedDatabase();
    void shouldShowTheDetailsOfTheSelectedPosting();
    void shouldKeepTheOpenDatabaseWhenAnotherFileIsBad();
    void shouldSayWhenADatabaseIsReadOnly();
    void shouldRememberRecentFiles();
    void shouldNameTheBundledDatasetByItsTitle();
    void shouldStartTheOpenDialogOutsideTheCache();
    void shouldShowOnlyMatchingPostingsWhenFiltered();
    void shouldSayWhatASalaryRangeLeavesOutForItsCurrency();
    void shouldOpenADroppedFile();
    void shouldHideAndShowColumnsFromTheHeaderMenu();
    void shouldRestoreTheTableColumnsOfTheLastSession();
    void shouldRestoreTheDefaultLayoutOnReset();
    void shouldHaveAnApplicationIcon();
    void shouldReportWhatIsOnScreen();
    void shouldReportTheChosenClient();

private:
    QString statusText() const;
    QHeaderView *tableHeader() const;
    // Right-clicks the table header and returns the menu that pops up.
    QMenu *openColumnMenu() const;
    void recreateWindow();
    QMessageBox *errorMessage() const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    // Expected texts below are in US English, whatever the machine's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("jobexplorer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    m_path = test::writeDatabase(m_dir, test::sampleDataset());
}

void tst_MainWindow::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
}

QString tst_MainWindow::statusText() const
{
    return m_window->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
}

QMessageBox *tst_MainWindow::errorMessage() const
{
    return m_window->findChild<QMessageBox *>(QStringLiteral("errorMessage"));
}

void tst_MainWindow::shouldShowThePostingsOfAnOpenedDatabase()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Job Market Explorer"));
    QCOMPARE(statusText(), QStringLiteral("No database open"));

    QVERIFY(m_window->openDatabase(m_path));

    auto *table = m_window->findChild<PostingTableView *>(QStringLiteral("postingTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 6);
    QCOMPARE(statusText(),
             QStringLiteral("6 postings · Test sample: six postings of the December 2025 report"));
    QVERIFY(!errorMessage());
}

void tst_MainWindow::shouldShowTheDetailsOfTheSelectedPosting()
{
    QVERIFY(m_window->openDatabase(m_path));
    auto *table = m_window->findChild<PostingTableView *>(QStringLiteral("postingTable"));
    auto *detail = m_window->findChild<PostingDetailView *>(QStringLiteral("postingDetail"));
    QVERIFY(detail->toPlainText().contains(QLatin1String("Select a posting")));

    // When the user clicks the Scale AI row
    const QRect cell = table->visualRect(table->model()->index(1, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());

    // Then the detail pane shows its fields, skills with categories and source link
    const QString text = detail->toPlainText();
    QVERIFY2(text.contains(QLatin1String("AI Infrastructure Engineer, Model Serving Platform")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("$179,400 – $224,250 per year")));
    QVERIFY(text.contains(QLatin1String("as written: $179,400 - $224,250 USD")));
    QVERIFY(text.contains(QStringLiteral("New York, NY, United States · New York City")));
    QVERIFY(text.contains(QLatin1String("Skills (12)")));
    QVERIFY2(text.contains(QLatin1String("Model Serving & Inference\nvLLM, SGLang, TensorRT-LLM")),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Open the posting on www.linkedin.com")));
    QVERIFY(detail->toHtml().contains(QLatin1String("href=\"https://www.linkedin.com/jobs/view/")));
}

void tst_MainWindow::shouldKeepTheOpenDatabaseWhenAnotherFileIsBad()
{
    QVERIFY(m_window->openDatabase(m_path));
    const QString bad = m_dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are meeting notes, not a database.\n");
    }

    QVERIFY(!m_window->openDatabase(bad));

    QMessageBox *message = errorMessage();
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(bad), qPrintable(message->text()));
    QVERIFY(message->text().contains(QLatin1String("not an SQLite database")));
    QCOMPARE(m_window->workspace()->fileName(), m_path);
    QCOMPARE(m_window->findChild<PostingTableView *>()->model()->rowCount(), 6);
    QVERIFY(statusText().startsWith(QLatin1String("6 postings")));
}

void tst_MainWindow::shouldSayWhenADatabaseIsReadOnly()
{
    const QString copy = m_dir.filePath(QStringLiteral("readonly.sqlite"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_path, copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::ReadGroup));

    QVERIFY(m_window->openDatabase(copy));

    QVERIFY2(statusText().endsWith(QStringLiteral("· read-only")), qPrintable(statusText()));
    QCOMPARE(m_window->findChild<PostingTableView *>()->model()->rowCount(), 6);
}

void tst_MainWindow::shouldRememberRecentFiles()
{
    QVERIFY(m_window->openDatabase(m_path));
    auto *recent = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    QCOMPARE(recent->actions().size(), 1);
    QCOMPARE(recent->actions().constFirst()->text(), m_path);
}

void tst_MainWindow::shouldNameTheBundledDatasetByItsTitle()
{
    // Given the bundled dataset, built in its (cache) folder under its hashed name, and a file
    QString error;
    const QString bundled =
        BundledDataset::ensureDatabase(resources::bundledDatasetFiles(), m_dir.path(), &error);
    QVERIFY2(!bundled.isEmpty(), qPrintable(error));
    QVERIFY(QFileInfo(bundled).fileName().startsWith(QLatin1String("bundled-")));
    QVERIFY(m_window->openDatabase(m_path));

    // When it is opened
    QVERIFY(m_window->openDatabase(bundled));

    // Then Open Recent names it by its title, the other file by its path
    const QString title = m_window->workspace()->store()->meta().title;
    QCOMPARE(title, QStringLiteral("AI Infrastructure and AIOps Job Market, December 2025"));
    auto *recent = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    QCOMPARE(recent->actions().size(), 2);
    QCOMPARE(recent->actions().at(0)->text(), title);
    QCOMPARE(recent->actions().at(1)->text(), m_path);
    // and so does everything else that would show its name
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY(!status->text().contains(QLatin1String("bundled-")));
    QVERIFY2(!status->toolTip().contains(QLatin1String("bundled-")), qPrintable(status->toolTip()));
    QVERIFY(!m_window->windowTitle().contains(QLatin1String("bundled-")));

    // And choosing it in Open Recent opens it again
    QVERIFY(m_window->openDatabase(m_path));
    QCOMPARE(recent->actions().at(1)->text(), title);
    recent->actions().at(1)->trigger();
    QCOMPARE(QFileInfo(m_window->workspace()->fileName()).fileName(), QFileInfo(bundled).fileName());
}

void tst_MainWindow::shouldStartTheOpenDialogOutsideTheCache()
{
    QString error;
    const QString bundled =
        BundledDataset::ensureDatabase(resources::bundledDatasetFiles(), m_dir.path(), &error);
    QVERIFY2(!bundled.isEmpty(), qPrintable(error));
    QVERIFY(m_window->openDatabase(bundled));

    // Opens File ▸ Open Database…, notes where the dialog starts and picks fileName (or cancels).
    const auto openDialog = [this](const QString &fileName) {
        auto *open = m_window->findChild<QAction *>(QStringLiteral("openAction"));
        QString folder;
        QTimer::singleShot(0, open, [&folder, fileName] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            folder = dialog->directory().absolutePath();
            if (fileName.isEmpty()) {
                dialog->reject();
            } else {
                dialog->selectFile(fileName);
                static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), protected there
            }
        });
        open->trigger();
        return folder;
    };

    // The first time, the documents folder (or home), not the hidden folder of the bundled copy
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString first = openDialog(m_path);
    QVERIFY(!first.isEmpty());
    QVERIFY2(first != QFileInfo(bundled).absolutePath(), qPrintable(first));
    QVERIFY2(first == QDir(documents).absolutePath() || first == QDir::homePath(), qPrintable(first));
    QCOMPARE(m_window->workspace()->fileName(), m_path);

    // Then the folder the user chose a file in last, also in the next session
    QVERIFY(m_window->openDatabase(bundled));
    recreateWindow();
    const QString next = openDialog(QString());
    QCOMPARE(next, QFileInfo(m_path).absolutePath());
}

void tst_MainWindow::shouldShowOnlyMatchingPostingsWhenFiltered()
{
    QVERIFY(m_window->openDatabase(m_path));
    auto *query = m_window->findChild<QLineEdit *>(QStringLiteral("filterQuery"));
    QVERIFY(query);
    query->setFocus();
    QTest::keyClicks(query, QStringLiteral("seniority:senior,entry location:\"San Francisco Bay Area\""));
    QTest::keyClick(query, Qt::Key_Return);

    auto *table = m_window->findChild<PostingTableView *>(QStringLiteral("postingTable"));
    QCOMPARE(table->model()->rowCount(), 2); // NVIDIA and AppLovin
    QCOMPARE(statusText(),
             QStringLiteral("2 of 6 postings · Test sample: six postings of the December 2025 report"));

    // Ctrl+Shift+Backspace clears every filter
    m_window->findChild<QAction *>(QStringLiteral("clearFiltersAction"))->trigger();
    QCOMPARE(table->model()->rowCount(), 6);
}

void tst_MainWindow::shouldSayWhatASalaryRangeLeavesOutForItsCurrency()
{
    // Given the sample (two salaries in US dollars) and a posting paid 900,000–1,100,000 kroner
    Dataset dataset = test::sampleDataset();
    PostingRecord oslo;
    oslo.title = QStringLiteral("Paid in kroner");
    oslo.salary = {900000, 1100000, QStringLiteral("NOK"), PayPeriod::Year, {}};
    dataset.postings.append(oslo);
    QVERIFY(m_window->openDatabase(test::writeDatabase(m_dir, dataset, QStringLiteral("kroner.sqlite"))));

    // When the user asks for salaries of at least 200k
    auto *query = m_window->findChild<QLineEdit *>(QStringLiteral("filterQuery"));
    query->setFocus();
    QTest::keyClicks(query, QStringLiteral("salary>=200k"));
    QTest::keyClick(query, Qt::Key_Return);

    // Then the kroner are not compared with dollars, and the status bar says so
    auto *table = m_window->findChild<PostingTableView *>(QStringLiteral("postingTable"));
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(statusText(), QStringLiteral("2 of 7 postings · Test sample: six postings of the December 2025 "
                                          "report · 1 posting in another currency left out"));
}

void tst_MainWindow::shouldOpenADroppedFile()
{
    // Given a window showing nothing, When a database file is dropped on it
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(m_path)});
    const QPoint where = m_window->rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(where, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);

    // Then it is open
    QCOMPARE(m_window->workspace()->fileName(), m_path);
    QCOMPARE(m_window->findChild<PostingTableView *>()->model()->rowCount(), 6);
}

QHeaderView *tst_MainWindow::tableHeader() const
{
    return m_window->findChild<PostingTableView *>(QStringLiteral("postingTable"))->horizontalHeader();
}

QMenu *tst_MainWindow::openColumnMenu() const
{
    QWidget *viewport = tableHeader()->viewport();
    const QPoint where(10, viewport->height() / 2);
    QContextMenuEvent event(QContextMenuEvent::Mouse, where, viewport->mapToGlobal(where));
    QCoreApplication::sendEvent(viewport, &event);
    // A closed menu deletes itself later: the one just opened is the visible one.
    const QList<QMenu *> menus = m_window->findChildren<QMenu *>(QStringLiteral("columnMenu"));
    const auto open =
        std::find_if(menus.cbegin(), menus.cend(), [](const QMenu *menu) { return menu->isVisible(); });
    return open == menus.cend() ? nullptr : *open;
}

void tst_MainWindow::recreateWindow()
{
    // Closing saves the settings, as when the user quits.
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

static QAction *actionNamed(const QMenu *menu, const QString &text)
{
    const QList<QAction *> actions = menu->actions();
    const auto found = std::find_if(actions.cbegin(), actions.cend(),
                                    [&text](const QAction *action) { return action->text() == text; });
    return found == actions.cend() ? nullptr : *found;
}

void tst_MainWindow::shouldHideAndShowColumnsFromTheHeaderMenu()
{
    QVERIFY(m_window->openDatabase(m_path));

    // Given the header menu, it lists every column, checked as shown
    QMenu *menu = openColumnMenu();
    QVERIFY(menu);
    QVERIFY(menu->isVisible());
    QAction *workMode = actionNamed(menu, QStringLiteral("Work mode"));
    QVERIFY(workMode);
    QVERIFY(workMode->isChecked());
    QCOMPARE(menu->actions().size(), PostingTableModel::ColumnCount + 2); // columns, separator, Reset Columns

    // When the user unchecks Work mode, Then the column is hidden
    workMode->trigger();
    QVERIFY(tableHeader()->isSectionHidden(PostingTableModel::WorkMode));
    menu->close();

    // When they check it again in a new menu, Then it is back
    menu = openColumnMenu();
    workMode = actionNamed(menu, QStringLiteral("Work mode"));
    QVERIFY(!workMode->isChecked());
    workMode->trigger();
    QVERIFY(!tableHeader()->isSectionHidden(PostingTableModel::WorkMode));
    menu->close();

    // When columns were hidden and moved and the user chooses Reset Columns, Then all are back in place
    tableHeader()->hideSection(PostingTableModel::Salary);
    tableHeader()->moveSection(tableHeader()->visualIndex(PostingTableModel::Skills), 0);
    menu = openColumnMenu();
    auto *reset = menu->findChild<QAction *>(QStringLiteral("resetColumnsAction"));
    QVERIFY(reset);
    reset->trigger();
    QVERIFY(!tableHeader()->isSectionHidden(PostingTableModel::Salary));
    QCOMPARE(tableHeader()->visualIndex(PostingTableModel::Skills), int(PostingTableModel::Skills));
    menu->close();
}

void tst_MainWindow::shouldRestoreTheTableColumnsOfTheLastSession()
{
    QVERIFY(m_window->openDatabase(m_path));
    QHeaderView *header = tableHeader();
    QCOMPARE(header->visualIndex(PostingTableModel::Title), int(PostingTableModel::Title));

    // Given Title dragged to the front, Skills hidden from the header menu and Company widened
    header->moveSection(header->visualIndex(PostingTableModel::Title), 0);
    QMenu *menu = openColumnMenu();
    QVERIFY(menu);
    actionNamed(menu, QStringLiteral("Skills"))->trigger();
    menu->close();
    constexpr int companyWidth = 222;
    header->resizeSection(PostingTableModel::Company, companyWidth);

    // When the program is closed and started again, and a database opened
    recreateWindow();
    QVERIFY(m_window->openDatabase(m_path));

    // Then the columns are as they were left
    header = tableHeader();
    QCOMPARE(header->visualIndex(PostingTableModel::Title), 0);
    QCOMPARE(header->visualIndex(PostingTableModel::Company), 1);
    QVERIFY(header->isSectionHidden(PostingTableModel::Skills));
    QVERIFY(!header->isSectionHidden(PostingTableModel::Salary));
    QCOMPARE(header->sectionSize(PostingTableModel::Company), companyWidth);
}

void tst_MainWindow::shouldRestoreTheDefaultLayoutOnReset()
{
    // Given a new window's layout
    const QSize defaultSize = m_window->size();
    QHeaderView *header = tableHeader();
    QList<int> defaultWidths;
    for (int column = 0; column < PostingTableModel::ColumnCount; ++column)
        defaultWidths << header->sectionSize(column);
    auto *filterDock = m_window->findChild<QDockWidget *>(QStringLiteral("filterDock"));
    auto *chartDock = m_window->findChild<QDockWidget *>(QStringLiteral("chartDock"));
    auto *detailDock = m_window->findChild<QDockWidget *>(QStringLiteral("detailDock"));
    QVERIFY(filterDock && chartDock && detailDock);

    // rearranged: the filters hidden, the charts floating, the details on the left, columns
    // moved, hidden and resized, the window smaller
    filterDock->toggleViewAction()->trigger();
    chartDock->setFloating(true);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, detailDock);
    header->moveSection(header->visualIndex(PostingTableModel::Salary), 0);
    header->hideSection(PostingTableModel::Title);
    header->resizeSection(PostingTableModel::Company, 50);
    constexpr QSize smallSize(800, 560); // fits the offscreen screen, so restoring keeps it
    m_window->resize(smallSize);
    // and kept through a restart
    recreateWindow();
    header = tableHeader();
    filterDock = m_window->findChild<QDockWidget *>(QStringLiteral("filterDock"));
    chartDock = m_window->findChild<QDockWidget *>(QStringLiteral("chartDock"));
    detailDock = m_window->findChild<QDockWidget *>(QStringLiteral("detailDock"));
    QVERIFY(filterDock->isHidden());
    QVERIFY(chartDock->isFloating());
    QCOMPARE(m_window->dockWidgetArea(detailDock), Qt::LeftDockWidgetArea);
    QCOMPARE(m_window->size(), smallSize);
    QVERIFY(header->isSectionHidden(PostingTableModel::Title));

    // When the user chooses View > Reset Layout
    auto *reset = m_window->findChild<QAction *>(QStringLiteral("resetLayoutAction"));
    QVERIFY(reset);
    reset->trigger();

    // Then every dock is back in its place and the window at its default size
    QVERIFY(filterDock->isVisible());
    QVERIFY(!chartDock->isFloating());
    QVERIFY(chartDock->isVisible());
    QCOMPARE(m_window->dockWidgetArea(filterDock), Qt::LeftDockWidgetArea);
    QCOMPARE(m_window->dockWidgetArea(chartDock), Qt::BottomDockWidgetArea);
    QCOMPARE(m_window->dockWidgetArea(detailDock), Qt::RightDockWidgetArea);
    QCOMPARE(m_window->size(), defaultSize);
    // and every column shown in its place at its default width
    for (int column = 0; column < PostingTableModel::ColumnCount; ++column) {
        QCOMPARE(header->visualIndex(column), column);
        QVERIFY(!header->isSectionHidden(column));
        if (column != PostingTableModel::Skills) // the last column stretches to the window
            QCOMPARE(header->sectionSize(column), defaultWidths.at(column));
    }
}

void tst_MainWindow::shouldHaveAnApplicationIcon()
{
    // The SVG compiled into the program is the window icon (main() sets it); it must draw.
    const QIcon icon(resources::applicationIconFile());
    QVERIFY(!icon.isNull());
    const QImage image = icon.pixmap(QSize(64, 64)).toImage();
    QCOMPARE(image.size(), QSize(64, 64));
    // The tile's centre is coloured, its corner transparent.
    QVERIFY(qAlpha(image.pixel(32, 32)) > 0);
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
}

QTEST_MAIN(tst_MainWindow)
void tst_MainWindow::shouldReportWhatIsOnScreen()
{
    // Given the File menu's report actions, which need a database
    auto *print = m_window->findChild<QAction *>(QStringLiteral("printAction"));
    QVERIFY(print);
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    QVERIFY(!print->isEnabled());
    QVERIFY(m_window->openDatabase(m_path));
    QVERIFY(print->isEnabled());
    for (const char *name : {"printAction", "printPreviewAction", "exportReportAction"})
        QVERIFY(m_window->menuBar()->actions().constFirst()->menu()->actions().contains(
            m_window->findChild<QAction *>(QLatin1String(name))));

    // When the top locations are on show, the report has them after the skills and before the bands
    auto countCharts = [this](const QString &name) {
        const QString file = m_dir.filePath(name);
        if (!m_window->reportActions()->exportTo(file, QStringLiteral("Handout"), QPageSize(QPageSize::A4)))
            return -1;
        QFile html(file);
        html.open(QIODevice::ReadOnly);
        return static_cast<int>(html.readAll().count("<img"));
    };
    m_window->charts()->setCurrentKind(ChartKind::Skills);
    QCOMPARE(countCharts(QStringLiteral("skills.html")), 2);
    m_window->charts()->setCurrentKind(ChartKind::Locations);
    QCOMPARE(countCharts(QStringLiteral("locations.html")), 3);

    // ...and while two cohorts are compared, the report compares them
    QVERIFY(m_window->compareView()->saveCurrentFilter(QStringLiteral("Everyone")));
    QVERIFY(m_window->workspace()->setFilterExpression(QStringLiteral("mode:remote")));
    QVERIFY(m_window->compareView()->saveCurrentFilter(QStringLiteral("Remote")));
    m_window->findChild<QAction *>(QStringLiteral("showCompareAction"))->trigger();
    QVERIFY(m_window->compareView()->comparison());
    const QString compared = m_dir.filePath(QStringLiteral("compared.html"));
    QVERIFY(
        m_window->reportActions()->exportTo(compared, QStringLiteral("Handout"), QPageSize(QPageSize::A4)));
    QFile html(compared);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QByteArray text = html.readAll();
    QVERIFY(text.contains("Cohorts compared"));
    QVERIFY(text.contains(">Remote<"));
    QVERIFY(!errorMessage());
}

void tst_MainWindow::shouldReportTheChosenClient()
{
    QVERIFY(m_window->openDatabase(m_path));
    auto exportedText = [this](const QString &name) {
        const QString file = m_dir.filePath(name);
        if (!m_window->reportActions()->exportTo(file, QStringLiteral("Handout"), QPageSize(QPageSize::A4)))
            return QByteArray();
        QFile html(file);
        html.open(QIODevice::ReadOnly);
        return html.readAll();
    };
    // Without a client the report has no client section
    QVERIFY(!exportedText(QStringLiteral("none.html")).contains("Learning path"));

    // When the counselor chooses a client named Ines in the Client panel
    ClientPanel *panel = m_window->clientPanel();
    panel->createClient();
    auto *name = panel->findChild<QLineEdit *>(QStringLiteral("clientName"));
    QVERIFY(name);
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Ines"));
    QTest::keyClick(name, Qt::Key_Return);
    name->clearFocus(); // editingFinished
    panel->addSkills({QStringLiteral("Python"), QStringLiteral("SQL")});
    QVERIFY(m_window->workspace()->clientSkills());

    // Then the report ends with the section for her
    const QByteArray named = exportedText(QStringLiteral("named.html"));
    for (const char *text :
         {"For Ines", "Skills held and missing", "Postings the client fits now", "Learning path"})
        QVERIFY2(named.contains(text), text);

    // ...and without her name when the charts panel's name toggle is off
    auto *toggle = m_window->charts()->findChild<QAction *>(QStringLiteral("clientNameInCaptionAction"));
    QVERIFY(toggle);
    toggle->setChecked(false);
    const QByteArray anonymous = exportedText(QStringLiteral("anonymous.html"));
    QVERIFY(anonymous.contains("For the client"));
    QVERIFY(!anonymous.contains("Ines"));
    QVERIFY(!errorMessage());
}

#include "tst_mainwindow.moc"
