#include "CohortList.h"
#include "FilterEngine.h"
#include "PostingDatabase.h"
#include "PostingStore.h"
#include "SettingsCohortStorage.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace jobexplorer;

namespace {

QString namesOf(const CohortList &list)
{
    QStringList parts;
    for (const Cohort &cohort : list.cohorts())
        parts << cohort.name % QLatin1Char('=') % cohort.expression;
    return parts.join(QLatin1String(" | "));
}

} // namespace

class tst_CohortList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shouldAddRenameEditAndDelete();
    void shouldRefuseBadEdits_data();
    void shouldRefuseBadEdits();
    void shouldKeepCohortsPerDatabaseAcrossRestarts();
    void shouldKeepSavedCohortsThatNoLongerParse();
    void shouldImportWithDuplicateNamesHandled();
    void shouldEditNamesThroughTheModel();

private:
    QString iniFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    std::unique_ptr<CohortList> makeList(const QString &database);

    QTemporaryDir m_dir;
    QString m_path, m_otherPath;
    std::unique_ptr<PostingDatabase> m_database;
    std::unique_ptr<PostingStore> m_store;
    std::unique_ptr<FilterEngine> m_engine;
    std::unique_ptr<CohortList> m_list;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_CohortList::initTestCase()
{
    m_path = test::writeDatabase(m_dir, test::sampleDataset());
    m_otherPath = test::writeDatabase(m_dir, test::sampleDataset(), QStringLiteral("other.sqlite"));
    QString error;
    m_database = PostingDatabase::open(m_path, &error);
    QVERIFY2(m_database, qPrintable(error));
    m_store = m_database->loadStore(&error);
    QVERIFY2(m_store, qPrintable(error));
    m_engine = std::make_unique<FilterEngine>(*m_store);
}

std::unique_ptr<CohortList> tst_CohortList::makeList(const QString &database)
{
    auto list = std::make_unique<CohortList>();
    list->setStorage(std::make_unique<SettingsCohortStorage>(iniFile()));
    list->setDatabase(database, m_engine.get());
    return list;
}

void tst_CohortList::init()
{
    QFile::remove(iniFile());
    m_list = makeList(m_path);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_list.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_CohortList::cleanup()
{
    m_tester.reset();
    m_list.reset();
}

void tst_CohortList::shouldAddRenameEditAndDelete()
{
    // Given an empty list, when cohorts are added, renamed, edited and deleted
    QSignalSpy inserted(m_list.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY2(m_list->add({QStringLiteral(" Senior "), QStringLiteral("seniority:senior")}),
             qPrintable(m_list->errorString()));
    QVERIFY(m_list->add({QStringLiteral("With salary"), QStringLiteral("has:salary")}));
    QVERIFY(m_list->add({QStringLiteral("Everything"), QString()}));
    QCOMPARE(inserted.size(), 3);
    QVERIFY(m_list->rename(0, QStringLiteral("Senior · AI Infra")));
    QVERIFY(m_list->rename(1, QStringLiteral("WITH SALARY"))); // its own name in other case is fine
    QVERIFY(m_list->setExpression(2, QStringLiteral("skill:kubernetes")));
    QVERIFY(m_list->remove(1));

    // Then the list holds what was asked, trimmed
    QCOMPARE(namesOf(*m_list),
             QStringLiteral("Senior · AI Infra=seniority:senior | Everything=skill:kubernetes"));
    QCOMPARE(m_list->indexOf(QStringLiteral("everything")), 1);
    QCOMPARE(m_list->data(m_list->index(1), Qt::ToolTipRole).toString(),
             QStringLiteral("Skills: Kubernetes"));
    QCOMPARE(m_list->data(m_list->index(0), CohortList::ExpressionRole).toString(),
             QStringLiteral("seniority:senior"));
}

void tst_CohortList::shouldRefuseBadEdits_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected");
    QTest::newRow("add without a name") << "add" << -1 << "  "
                                        << "has:salary"
                                        << "A cohort needs a name.";
    QTest::newRow("add a taken name") << "add" << -1 << "senior"
                                      << "has:salary"
                                      << "There is already a cohort named “Senior”.";
    QTest::newRow("add an invalid filter")
        << "add" << -1 << "Wizards"
        << "seniority:wizard"
        << "The filter is not valid: “seniority:wizard” at character 1: unknown "
           "seniority “wizard”";
    QTest::newRow("rename to a taken name") << "rename" << 1 << "SENIOR"
                                            << ""
                                            << "already a cohort named “Senior”";
    QTest::newRow("rename a missing row") << "rename" << 5 << "X"
                                          << ""
                                          << "There is no such cohort.";
    QTest::newRow("edit to an invalid filter") << "edit" << 0 << ""
                                               << "salary>=lots"
                                               << "“lots” is not a number";
    QTest::newRow("delete a missing row") << "delete" << -1 << ""
                                          << ""
                                          << "There is no such cohort.";
}

void tst_CohortList::shouldRefuseBadEdits()
{
    QFETCH(QString, operation);
    QFETCH(int, row);
    QFETCH(QString, name);
    QFETCH(QString, expression);
    QFETCH(QString, expected);
    // Given two cohorts
    QVERIFY(m_list->add({QStringLiteral("Senior"), QStringLiteral("seniority:senior")}));
    QVERIFY(m_list->add({QStringLiteral("Staff"), QStringLiteral("seniority:staff")}));
    const QString before = namesOf(*m_list);

    // When a bad edit is asked for
    bool ok = true;
    if (operation == QLatin1String("add"))
        ok = m_list->add({name, expression});
    else if (operation == QLatin1String("rename"))
        ok = m_list->rename(row, name);
    else if (operation == QLatin1String("edit"))
        ok = m_list->setExpression(row, expression);
    else
        ok = m_list->remove(row);

    // Then it is refused with the reason, and nothing changed, in memory or saved
    QVERIFY(!ok);
    QVERIFY2(m_list->errorString().contains(expected), qPrintable(m_list->errorString()));
    QCOMPARE(namesOf(*m_list), before);
    QCOMPARE(namesOf(*makeList(m_path)), before);
}

void tst_CohortList::shouldKeepCohortsPerDatabaseAcrossRestarts()
{
    // Given cohorts saved for one database
    QVERIFY(m_list->add({QStringLiteral("Senior"), QStringLiteral("seniority:senior")}));
    QVERIFY(m_list->add({QStringLiteral("High"), QStringLiteral("salary>=200k")}));
    QVERIFY(m_list->rename(1, QStringLiteral("High pay")));

    // When the program starts again (a new list on the same settings file)
    const auto restarted = makeList(m_path);
    // Then they are back, in order
    QCOMPARE(namesOf(*restarted), QStringLiteral("Senior=seniority:senior | High pay=salary>=200k"));
    // and the same database reached by another path is the same database
    const QString indirect =
        QFileInfo(m_path).absolutePath() + QStringLiteral("/./") + QFileInfo(m_path).fileName();
    QCOMPARE(namesOf(*makeList(indirect)), namesOf(*restarted));
    // but another database has its own (none)
    const auto other = makeList(m_otherPath);
    QCOMPARE(other->size(), 0);
    QVERIFY(other->add({QStringLiteral("Entry"), QStringLiteral("seniority:entry")}));
    QCOMPARE(namesOf(*makeList(m_path)), namesOf(*restarted));
    QCOMPARE(SettingsCohortStorage(iniFile()).load(m_otherPath),
             (QList<Cohort>{{QStringLiteral("Entry"), QStringLiteral("seniority:entry")}}));
    // and deleting is remembered too
    QVERIFY(m_list->remove(0));
    QCOMPARE(namesOf(*makeList(m_path)), QStringLiteral("High pay=salary>=200k"));
}

void tst_CohortList::shouldKeepSavedCohortsThatNoLongerParse()
{
    // Given settings holding a cohort whose filter this database cannot parse
    SettingsCohortStorage storage(iniFile());
    QString error;
    QVERIFY(storage.save(m_path,
                         {{QStringLiteral("Old"), QStringLiteral("skill:cobol")},
                          {QStringLiteral("Fine"), QStringLiteral("has:salary")}},
                         &error));
    // When the list is shown for it
    const auto list = makeList(m_path);
    // Then nothing is lost, and the broken one is named
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->invalidCohorts(), QStringList{QStringLiteral("Old")});
}

void tst_CohortList::shouldImportWithDuplicateNamesHandled()
{
    // Given two cohorts
    QVERIFY(m_list->add({QStringLiteral("Senior"), QStringLiteral("seniority:senior")}));
    QVERIFY(m_list->add({QStringLiteral("Senior (2)"), QStringLiteral("seniority:staff")}));

    // When a file's cohorts are imported: one the same, one with a taken name, one invalid, one new
    const CohortList::ImportSummary summary = m_list->importCohorts({
        {QStringLiteral("senior"), QStringLiteral("seniority:senior")},
        {QStringLiteral("Senior"), QStringLiteral("seniority:senior skill:python")},
        {QStringLiteral("Broken"), QStringLiteral("seniority:wizard")},
        {QStringLiteral("Remote"), QStringLiteral("mode:remote")},
    });

    // Then the same one is skipped, the taken name gets the next free number, the invalid one is rejected
    QCOMPARE(summary.added, 2);
    QCOMPARE(summary.unchanged, 1);
    QCOMPARE(summary.renamed, QStringList{QStringLiteral("Senior → Senior (3)")});
    QCOMPARE(summary.rejected.size(), 1);
    QVERIFY2(summary.rejected.constFirst().startsWith(QStringLiteral("Broken: The filter is not valid")),
             qPrintable(summary.rejected.constFirst()));
    QCOMPARE(namesOf(*makeList(m_path)),
             QStringLiteral("Senior=seniority:senior | Senior (2)=seniority:staff | "
                            "Senior (3)=seniority:senior skill:python | Remote=mode:remote"));
}

void tst_CohortList::shouldEditNamesThroughTheModel()
{
    QVERIFY(m_list->add({QStringLiteral("Senior"), QStringLiteral("seniority:senior")}));
    const QModelIndex index = m_list->index(0);
    QVERIFY(m_list->flags(index).testFlag(Qt::ItemIsEditable));
    QSignalSpy changed(m_list.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_list->setData(index, QStringLiteral("Seniors")));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!m_list->setData(index, QString()));
    QCOMPARE(index.data().toString(), QStringLiteral("Seniors"));
}

QTEST_GUILESS_MAIN(tst_CohortList)
#include "tst_cohortlist.moc"
