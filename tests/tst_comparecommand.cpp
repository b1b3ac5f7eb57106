#include "BundledData.h"
#include "BundledDataset.h"
#include "CompareCommand.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace jobexplorer;

class tst_CompareCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shouldWriteOneCsvRowPerCohortOfTheBundledDataset();
    void shouldHandTheComparisonToFurtherWriters();
    void shouldFailClearly_data();
    void shouldFailClearly();
    void shouldSplitTheNameAtTheFirstEqualsSign();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_CompareCommand::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QString error;
    m_path = BundledDataset::ensureDatabase(resources::bundledDatasetFiles(), m_dir.path(), &error);
    QVERIFY2(!m_path.isEmpty(), qPrintable(error));
}

void tst_CompareCommand::shouldWriteOneCsvRowPerCohortOfTheBundledDataset()
{
    // Given senior postings, those paying 230k or more, and the report's Senior base band
    QString output, errors;
    QTextStream out(&output), err(&errors);
    const QString csv = m_dir.filePath(QStringLiteral("compare.csv"));
    CompareCommand command({m_path,
                            {QStringLiteral("Senior=seniority:senior"), QStringLiteral("High=salary>=230k")},
                            {QStringLiteral("senior")},
                            csv,
                            {},
                            {}});
    // When the command runs
    QCOMPARE(command.run(out, err), 0);
    QVERIFY2(errors.isEmpty(), qPrintable(errors));

    // Then it says what it found, one line per cohort
    QCOMPARE(
        output.split(QLatin1Char('\n')),
        (QStringList{
            QStringLiteral("Senior: 12 postings, 0 with a salary (left out: 12 without a salary)"),
            // Apple's two ranges reach past 230k: $147,400–$272,100 and $181,100–$318,400
            QStringLiteral("High: 2 postings, 2 with a salary in USD; median $229,750, quartiles $219,750 – "
                           "$239,750, midpoints $209,750 – $249,750, ranges $147,400 – $318,400"),
            QStringLiteral("Senior base, report: published band $168,000 – $230,000"),
            QStringLiteral("Wrote ") + QDir::toNativeSeparators(csv),
            QString(),
        }));
    // and the CSV has the same figures as numbers, one row per cohort
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.at(0).startsWith("Cohort,Kind,Filter,Description,Postings,With salary,"));
    QVERIFY2(lines.at(1).startsWith(
                 "Senior,Postings,seniority:senior,Seniority: Senior,12,0,12,0,,,,,,,,,0,0,12,0,0,0,"
                 "Kubernetes 58%;"),
             lines.at(1).constData());
    QVERIFY2(lines.at(2).startsWith("High,Postings,salary>=230k,"), lines.at(2).constData());
    QVERIFY2(
        lines.at(2).contains(",2,2,0,0,USD,147400,209750,219750,229750,239750,249750,318400,0,0,0,1,0,1,"),
        lines.at(2).constData());
    QCOMPARE(
        lines.at(3),
        "\"Senior base, report\",Published band,,\"Salary Progression Expectations: Base Salary: $168,000 - "
        "$230,000\",,,,,USD,168000,,,,,,230000,,,,,,,,\r");
    QVERIFY(command.comparison());
    QCOMPARE(command.comparison()->size(), 3);
}

void tst_CompareCommand::shouldHandTheComparisonToFurtherWriters()
{
    QString output, errors;
    QTextStream out(&output), err(&errors);
    CompareCommand command({m_path,
                            {QStringLiteral("A=seniority:senior"), QStringLiteral("B=seniority:staff")},
                            {},
                            {},
                            {},
                            {}});
    QStringList seen;
    command.addWriter([&seen](const Workspace &, const Comparison &comparison, QString *) {
        for (const CohortStatistics &cohort : comparison.cohorts())
            seen << cohort.name;
        return true;
    });
    command.addWriter([](const Workspace &, const Comparison &, QString *error) {
        *error = QStringLiteral("Cannot write chart.png: disk full");
        return false;
    });
    QCOMPARE(command.run(out, err), 1);
    QCOMPARE(seen, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(errors, QStringLiteral("Cannot write chart.png: disk full\n"));
}

void tst_CompareCommand::shouldFailClearly_data()
{
    QTest::addColumn<QStringList>("cohorts");
    QTest::addColumn<QStringList>("bands");
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("expected");
    const QStringList two{QStringLiteral("A=seniority:senior"), QStringLiteral("B=has:salary")};
    QTest::newRow("bad filter names its cohort")
        << QStringList{QStringLiteral("A=seniority:senior"), QStringLiteral("Wizards=seniority:wizard")}
        << QStringList() << "out.csv"
        << ""
        << "The filter of cohort “Wizards” is not valid: “seniority:wizard” at character 1: unknown "
           "seniority";
    QTest::newRow("one cohort") << QStringList{QStringLiteral("A=seniority:senior")} << QStringList()
                                << "out.csv"
                                << ""
                                << "Compare 2 to 6 cohorts (--compare and --compare-band); 1 given.";
    QTest::newRow("seven cohorts") << QStringList(7, QStringLiteral("A=has:salary")) << QStringList()
                                   << "out.csv"
                                   << ""
                                   << "Compare 2 to 6 cohorts (--compare and --compare-band); 7 given.";
    QTest::newRow("five cohorts and two bands")
        << QStringList{QStringLiteral("A="), QStringLiteral("B="), QStringLiteral("C="), QStringLiteral("D="),
                       QStringLiteral("E=")}
        << QStringList{QStringLiteral("senior"), QStringLiteral("staff")} << "out.csv"
        << ""
        << "7 given.";
    QTest::newRow("no equals sign") << QStringList{QStringLiteral("A=has:salary"),
                                                   QStringLiteral("seniority:senior")}
                                    << QStringList() << "out.csv"
                                    << ""
                                    << "“seniority:senior” is not a cohort: write NAME=FILTER";
    QTest::newRow("empty name") << QStringList{QStringLiteral("A=has:salary"),
                                               QStringLiteral("=seniority:senior")}
                                << QStringList() << "out.csv"
                                << ""
                                << "the name before “=” is empty.";
    QTest::newRow("duplicate names") << QStringList{QStringLiteral("Senior=seniority:senior"),
                                                    QStringLiteral("senior=has:salary")}
                                     << QStringList() << "out.csv"
                                     << ""
                                     << "Two cohorts are named “senior”";
    QTest::newRow("unknown band") << QStringList{QStringLiteral("A=has:salary")}
                                  << QStringList{QStringLiteral("wizard")} << "out.csv"
                                  << ""
                                  << "The dataset publishes no base band for “wizard”";
    QTest::newRow("band of no such pay") << QStringList{QStringLiteral("A=has:salary")}
                                         << QStringList{QStringLiteral("senior:bonus")} << "out.csv"
                                         << ""
                                         << "The dataset publishes no bonus band for “senior:bonus”";
    QTest::newRow("folder as file") << two << QStringList() << "."
                                    << ""
                                    << "it is a folder";
    QTest::newRow("missing folder") << two << QStringList() << "no/such/folder/out.csv"
                                    << ""
                                    << "Cannot write ";
    QTest::newRow("with --filter") << two << QStringList() << "out.csv"
                                   << "has:salary"
                                   << "--filter does not combine with --compare";
}

void tst_CompareCommand::shouldFailClearly()
{
    QFETCH(QStringList, cohorts);
    QFETCH(QStringList, bands);
    QFETCH(QString, csv);
    QFETCH(QString, filter);
    QFETCH(QString, expected);
    QString output, errors;
    QTextStream out(&output), err(&errors);
    const QString target = csv == QLatin1String(".") ? m_dir.path() : m_dir.filePath(csv);
    CompareCommand command({m_path, cohorts, bands, target, filter, {}});
    QCOMPARE(command.run(out, err), 1);
    QVERIFY2(errors.contains(expected), qPrintable(errors));
    if (csv != QLatin1String("."))
        QVERIFY(!QFile::exists(target));
}

void tst_CompareCommand::shouldSplitTheNameAtTheFirstEqualsSign()
{
    QString error;
    const auto cohort = CompareCommand::parseCohort(QStringLiteral(" High = salary>=230k "), &error);
    QVERIFY(cohort);
    QCOMPARE(cohort->name, QStringLiteral("High"));
    QCOMPARE(cohort->expression, QStringLiteral("salary>=230k"));
    const auto all = CompareCommand::parseCohort(QStringLiteral("All="), &error);
    QVERIFY(all);
    QCOMPARE(all->expression, QString());
}

QTEST_GUILESS_MAIN(tst_CompareCommand)
#include "tst_comparecommand.moc"
