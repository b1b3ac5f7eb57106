#include "MainWindow.h"
#include "PostingDetailView.h"
#include "PostingStore.h"
#include "PostingTableView.h"
#include "TestDatabase.h"
#include "Workspace.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMenu>
#include <QMimeData>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
    void shouldShowOnlyMatchingPostingsWhenFiltered();
    void shouldOpenADroppedFile();

private:
    QString statusText() const;
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
    QCOMPARE(statusText(), QStringLiteral("6 postings · Test sample: six postings of the December 2025 report"));
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
    QVERIFY2(text.contains(QLatin1String("AI Infrastructure Engineer, Model Serving Platform")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("$179,400 – $224,250 per year")));
    QVERIFY(text.contains(QLatin1String("as written: $179,400 - $224,250 USD")));
    QVERIFY(text.contains(QStringLiteral("New York, NY, United States · New York City")));
    QVERIFY(text.contains(QLatin1String("Skills (12)")));
    QVERIFY2(text.contains(QLatin1String("Model Serving & Inference\nvLLM, SGLang, TensorRT-LLM")), qPrintable(text));
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
    QCOMPARE(statusText(), QStringLiteral("2 of 6 postings · Test sample: six postings of the December 2025 report"));

    // Ctrl+Shift+Backspace clears every filter
    m_window->findChild<QAction *>(QStringLiteral("clearFiltersAction"))->trigger();
    QCOMPARE(table->model()->rowCount(), 6);
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

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
