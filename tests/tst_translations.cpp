#include "ChartModel.h"
#include "ChartsPanel.h"
#include "ChartWidget.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "Translations.h"
#include "Workspace.h"

#include <QFile>
#include <QMenuBar>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace jobexplorer;

class tst_Translations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyStringIsTranslated_data();
    void everyStringIsTranslated();
    void switchingLanguageChangesTheWindowAtOnce();
    void numbersFollowTheLanguage();
    void unknownLanguagesAreRefused();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_Translations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_path = test::writeDatabase(m_dir, test::sampleDataset());
}

void tst_Translations::everyStringIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    for (const Translations::Language &language : Translations::available()) {
        if (language.code != QLatin1String("en"))
            QTest::newRow(qPrintable(language.code)) << language.code;
    }
}

// lupdate run over today's sources into a copy of the committed file: any string without a
// translation (a new one included) comes out "unfinished", any translated string the sources no
// longer have comes out "vanished" or "obsolete".
void tst_Translations::everyStringIsTranslated()
{
    QFETCH(QString, language);
    const QString committed = QStringLiteral(JOBEXPLORER_TRANSLATIONS_DIR "/jobexplorer_%1.ts").arg(language);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("check.ts"));
    QVERIFY(QFile::copy(committed, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.start(QStringLiteral(JOBEXPLORER_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-silent"),
                   QStringLiteral("@" JOBEXPLORER_TRANSLATABLE_SOURCES), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context, source;
    QStringList problems;
    int messages = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (!type.isEmpty())
                problems << QStringLiteral("%1 %2: \"%3\"").arg(type, context, source);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 100);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 entries of jobexplorer_%3.ts need work:\n%4")
                            .arg(problems.size())
                            .arg(messages)
                            .arg(language, problems.mid(0, 30).join(QLatin1Char('\n')))));
}

void tst_Translations::switchingLanguageChangesTheWindowAtOnce()
{
    QVERIFY(Translations::install(QStringLiteral("en")));
    auto *window = new MainWindow;
    QPointer<MainWindow> english = window;
    QVERIFY(window->openDatabase(m_path));
    QVERIFY(window->workspace()->setFilterExpression(QStringLiteral("seniority:senior")));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
    const QString englishTitle = window->charts()->currentChart()->title();
    QCOMPARE(englishTitle, QStringLiteral("Skill demand · 2 of 6 postings"));

    // View ▸ Language ▸ Deutsch, as a user picks it
    auto *german = window->findChild<QAction *>(QStringLiteral("language_de"));
    QVERIFY(german);
    QSignalSpy replaced(window, &MainWindow::windowReplaced);
    german->trigger();
    QCOMPARE(replaced.count(), 1);
    window = replaced.at(0).at(0).value<MainWindow *>();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY(english.isNull()); // the English window closed and went away
    QCOMPARE(Translations::current(), QStringLiteral("de"));
    QCOMPARE(window->menuBar()->actions().constFirst()->text(), QStringLiteral("&Datei"));
    const QString germanTitle = window->charts()->currentChart()->title();
    QVERIFY2(germanTitle != englishTitle && germanTitle.contains(QLatin1String("2 von 6")),
             qPrintable(germanTitle));
    // Same data, same filter
    QCOMPARE(window->workspace()->filterExpression(), QStringLiteral("seniority:senior"));
    QCOMPARE(window->workspace()->result().matchCount(), 2);

    window = window->switchLanguage(QStringLiteral("en"));
    QCOMPARE(window->menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
    QCOMPARE(window->charts()->currentChart()->title(), englishTitle);
    delete window;
}

void tst_Translations::numbersFollowTheLanguage()
{
    QVERIFY(Translations::install(QStringLiteral("de")));
    QCOMPARE(QLocale().toString(168000), QStringLiteral("168.000"));
    QVERIFY(Translations::install(QStringLiteral("en")));
    QCOMPARE(QLocale().toString(168000), QStringLiteral("168,000"));
}

void tst_Translations::unknownLanguagesAreRefused()
{
    QVERIFY(Translations::install(QStringLiteral("en")));
    QVERIFY(!Translations::install(QStringLiteral("xx")));
    QCOMPARE(Translations::current(), QStringLiteral("en"));
    QVERIFY(Translations::isAvailable(QStringLiteral("fr")));
    QVERIFY(Translations::isAvailable(QStringLiteral("es")));
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
