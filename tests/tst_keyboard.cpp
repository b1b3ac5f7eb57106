#include "ChartModel.h"
#include "ChartsPanel.h"
#include "ChartWidget.h"
#include "FilterChips.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "Workspace.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace jobexplorer;

// Driving the window from the keyboard alone: the standard and the program's own shortcuts.
class tst_Keyboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyViewIsReachableByShortcut();
    void everyMenuActionHasAnAccessibleText();
    void clearAllByKeyEmptiesTheFilterText();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_Keyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("jobexplorer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keyboard"));
    QSettings().clear();
    m_path = test::writeDatabase(m_dir, test::sampleDataset());
}

void tst_Keyboard::everyViewIsReachableByShortcut()
{
    MainWindow window;
    QVERIFY(window.openDatabase(m_path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    auto *central = qobject_cast<QTabWidget *>(window.centralWidget());
    QVERIFY(central);

    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(central->currentIndex(), 1); // Compare Cohorts
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(central->currentIndex(), 0); // Postings

    // Next and previous chart
    QCOMPARE(window.charts()->currentChart()->model()->kind(), ChartModel::Kind::Skills);
    QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(window.charts()->currentChart()->model()->kind(), ChartModel::Kind::Seniority);
    QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(window.charts()->currentChart()->model()->kind(), ChartModel::Kind::Skills);
    // A chart's numbers as a table
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(window.charts()->currentChart()->isTableShown());

    // Type a filter without the mouse: Ctrl+L, text, Enter
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    auto *expression = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(expression);
    QTest::keyClicks(expression, QStringLiteral("seniority:senior"));
    QTest::keyClick(expression, Qt::Key_Return);
    QCOMPARE(window.workspace()->result().matchCount(), 2);
    // Clear filters
    QTest::keyClick(&window, Qt::Key_Backspace, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.workspace()->result().matchCount(), 6);

    // Full screen and back
    auto *fullScreen = window.findChild<QAction *>(QStringLiteral("fullScreenAction"));
    QVERIFY(fullScreen);
    QCOMPARE(fullScreen->shortcut(), QKeySequence(QKeySequence::FullScreen));
    fullScreen->trigger();
    QTRY_VERIFY(window.windowState() & Qt::WindowFullScreen);
    fullScreen->trigger();
    QTRY_VERIFY(!(window.windowState() & Qt::WindowFullScreen));
}

void tst_Keyboard::everyMenuActionHasAnAccessibleText()
{
    MainWindow window;
    // Every action of every menu, submenus included.
    QList<QAction *> actions;
    QList<QMenu *> menus;
    for (QAction *top : window.menuBar()->actions())
        menus << top->menu();
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        for (QAction *action : menu->actions()) {
            if (action->menu())
                menus << action->menu();
            else
                actions << action;
        }
    }
    int withShortcut = 0;
    for (const QAction *action : actions) {
        if (action->isSeparator() || action->menu())
            continue;
        QVERIFY2(!action->text().isEmpty(), qPrintable(action->objectName()));
        withShortcut += action->shortcut().isEmpty() ? 0 : 1;
    }
    QVERIFY2(withShortcut >= 15, qPrintable(QString::number(withShortcut)));
    // The standard keys where the platform has them
    QStringList standard;
    for (const QAction *action : actions)
        standard << action->shortcut().toString();
    for (const QKeySequence::StandardKey key : {QKeySequence::Open, QKeySequence::Quit, QKeySequence::Find})
        QVERIFY(standard.contains(QKeySequence(key).toString()));
}

void tst_Keyboard::clearAllByKeyEmptiesTheFilterText()
{
    // Given a filter typed in the filter box, the keyboard focus still there
    MainWindow window;
    QVERIFY(window.openDatabase(m_path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    auto *expression = window.findChild<QLineEdit *>(QStringLiteral("filterQuery"));
    QVERIFY(expression);
    QCOMPARE(QApplication::focusWidget(), expression);
    QTest::keyClicks(expression, QStringLiteral("seniority:senior"));
    QTest::keyClick(expression, Qt::Key_Return);
    QCOMPARE(window.workspace()->result().matchCount(), 2);

    // When Clear all is pressed as Ctrl+Shift+Backspace
    QTest::keyClick(expression, Qt::Key_Backspace, Qt::ControlModifier | Qt::ShiftModifier);

    // Then it does what the Clear all button does: no filter, no filter text, no chips
    QCOMPARE(window.workspace()->result().matchCount(), 6);
    QCOMPARE(expression->text(), QString());
    auto *chips = window.findChild<FilterChips *>(QStringLiteral("filterChips"));
    QVERIFY(chips);
    QVERIFY(chips->chipTexts().isEmpty());

    // And the same with the text search focused
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("textSearch"));
    QVERIFY(search);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(search, QStringLiteral("kubernetes"));
    QTRY_COMPARE(window.workspace()->filter().text, QStringList{QStringLiteral("kubernetes")});
    QTest::keyClick(search, Qt::Key_Backspace, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.workspace()->result().matchCount(), 6);
    QCOMPARE(search->text(), QString());
    QCOMPARE(expression->text(), QString());
}

QTEST_MAIN(tst_Keyboard)
#include "tst_keyboard.moc"
