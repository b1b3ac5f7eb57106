#include "ChartModel.h"
#include "ChartsPanel.h"
#include "ChartWidget.h"
#include "FacetModel.h"
#include "FacetSection.h"
#include "FilterPanel.h"
#include "MainWindow.h"
#include "PostingDetailView.h"
#include "PostingTableModel.h"
#include "PostingTableView.h"
#include "TestDatabase.h"
#include "Translations.h"
#include "Workspace.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
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
    void switchingLanguageKeepsWhatTheWindowShows();
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
    german->trigger();
    QVERIFY(english); // the same window, in German
    QVERIFY(window->isVisible());
    QCOMPARE(Translations::current(), QStringLiteral("de"));
    QCOMPARE(window->menuBar()->actions().constFirst()->text(), QStringLiteral("&Datei"));
    const QString germanTitle = window->charts()->currentChart()->title();
    QVERIFY2(germanTitle != englishTitle && germanTitle.contains(QLatin1String("2 von 6")),
             qPrintable(germanTitle));
    // Same data, same filter
    QCOMPARE(window->workspace()->filterExpression(), QStringLiteral("seniority:senior"));
    QCOMPARE(window->workspace()->result().matchCount(), 2);

    QVERIFY(window->switchLanguage(QStringLiteral("en")));
    QVERIFY(!window->switchLanguage(QStringLiteral("en"))); // nothing to change
    QCOMPARE(window->menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
    QCOMPARE(window->charts()->currentChart()->title(), englishTitle);
    delete window;
}

// Switching the language while the program runs changes the texts in place: the table keeps its
// rows, the selected posting, every panel its state and the window its place.
void tst_Translations::switchingLanguageKeepsWhatTheWindowShows()
{
    // Given a window with a filter, a selected posting, "any chosen skill", a section opened,
    // the role chart and the cohorts tab
    QVERIFY(Translations::install(QStringLiteral("en")));
    auto *window = new MainWindow;
    QPointer<MainWindow> guard = window;
    QVERIFY(window->openDatabase(m_path));
    QVERIFY(window->workspace()->setFilterExpression(QStringLiteral("-seniority:senior")));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const int matches = window->workspace()->result().matchCount();
    QVERIFY(matches > 1);

    auto *table = window->findChild<PostingTableView *>(QStringLiteral("postingTable"));
    auto *detail = window->findChild<PostingDetailView *>(QStringLiteral("postingDetail"));
    QVERIFY(table && detail);
    table->selectRow(1);
    const qint64 selectedId = table->currentIndex().data(PostingTableModel::PostingIdRole).toLongLong();
    const QString selectedTitle = table->model()->index(1, PostingTableModel::Title).data().toString();
    QVERIFY(!selectedTitle.isEmpty());
    QVERIFY(detail->toPlainText().contains(selectedTitle));

    const QString skillKey = QStringLiteral("facet-%1").arg(int(Facet::Skill));
    auto *skillMatch = window->findChild<QComboBox *>(skillKey + QLatin1String("-match"));
    QVERIFY(skillMatch);
    QCOMPARE(skillMatch->currentIndex(), 0);
    QTest::keyClick(skillMatch, Qt::Key_Down); // "Postings with any chosen skill"
    QCOMPARE(skillMatch->currentIndex(), 1);
    auto *location = window->findChild<FacetSection *>(QStringLiteral("facet-%1").arg(int(Facet::Location)));
    QVERIFY(location && !location->isExpanded());
    location->setExpanded(true);
    window->charts()->setCurrentChart(ChartModel::Kind::Roles);
    auto *central = window->findChild<QTabWidget *>(QStringLiteral("centralTabs"));
    central->setCurrentIndex(1);
    const QRect geometry = window->geometry();

    const std::pair<const char *, const char *> languages[] = {
        {"de", "&Datei"}, {"fr", "&Fichier"}, {"es", "&Archivo"}, {"en", "&File"}};
    for (const auto &[code, file] : languages) {
        // When the user picks the language in View ▸ Language
        auto *action = window->findChild<QAction *>(QStringLiteral("language_") + QLatin1String(code));
        QVERIFY(action);
        action->trigger();
        QCoreApplication::processEvents();

        // Then the same window shows everything in the new language, and nothing else changed
        QVERIFY2(!guard.isNull(), code);
        QCOMPARE(Translations::current(), QLatin1String(code));
        QVERIFY(action->isChecked());
        QCOMPARE(window->menuBar()->actions().constFirst()->text(), QString::fromUtf8(file));
        QCOMPARE(window->geometry(), geometry);
        QCOMPARE(table->model()->rowCount(), matches);
        for (int row = 0; row < matches; ++row)
            QVERIFY(!table->model()->index(row, PostingTableModel::Title).data().toString().isEmpty());
        QCOMPARE(table->currentIndex().row(), 1);
        QCOMPARE(table->currentIndex().data(PostingTableModel::PostingIdRole).toLongLong(), selectedId);
        QVERIFY2(detail->toPlainText().contains(selectedTitle), code);
        QCOMPARE(skillMatch->currentIndex(), 1);
        QCOMPARE(skillMatch->currentText(),
                 QCoreApplication::translate("jobexplorer::FacetSection", "Postings with any chosen skill"));
        QVERIFY(location->isExpanded());
        QCOMPARE(window->charts()->currentChart()->model()->kind(), ChartModel::Kind::Roles);
        QCOMPARE(central->currentIndex(), 1);
        QCOMPARE(central->tabText(0), QCoreApplication::translate("jobexplorer::MainWindow", "&Postings"));
        const QString status = window->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
        QVERIFY2(status.startsWith(QString::number(matches) + QLatin1Char(' ')), qPrintable(status));
    }

    // And a filter change after the switches still fills the table
    QVERIFY(window->workspace()->setFilterExpression(QString()));
    QCOMPARE(table->model()->rowCount(), window->workspace()->result().matchCount());
    QVERIFY(!table->model()->index(0, PostingTableModel::Title).data().toString().isEmpty());
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
