#include "SalaryBandModel.h"
#include "TestDatabase.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace jobexplorer;

class tst_SalaryBandModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shouldShowEachPostingsRangeByMidpoint();
    void shouldSummariseByLevelBeyondTheMaximumPostings();
    void shouldFollowTheFilterOnlyWhileActive();
    void shouldExplainWhyThereAreNoRows();

private:
    static QString rowText(const SalaryBandModel &model, int row);

    QTemporaryDir m_dir;
    QString m_path;
};

void tst_SalaryBandModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_path = test::writeDatabase(m_dir, test::sampleDataset());
}

// A row as its CSV export has it, the cells joined by "|".
QString tst_SalaryBandModel::rowText(const SalaryBandModel &model, int row)
{
    QStringList cells;
    for (int column = 0; column < model.columnCount(); ++column)
        cells << model.index(row, column).data(SalaryBandModel::ExportRole).toString();
    return cells.join(QLatin1Char('|'));
}

void tst_SalaryBandModel::shouldShowEachPostingsRangeByMidpoint()
{
    // Given the sample, two of whose postings state a salary
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    SalaryBandModel model(&workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Then each is a row, the highest midpoint first
    QVERIFY(model.isPerPosting());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(rowText(model, 0),
             QStringLiteral(
                 "Scale AI · AI Infrastructure Engineer, Model Serving Platform|179400||201825||224250||||"));
    QCOMPARE(model.index(0, SalaryBandModel::MinimumColumn).data().toString(), QStringLiteral("$179,400"));
    QCOMPARE(model.index(0, SalaryBandModel::MidpointColumn).data(SalaryBandModel::ValueRole).toDouble(),
             201825.0);
    QVERIFY(!model.index(0, SalaryBandModel::FirstQuartileColumn).data(SalaryBandModel::ValueRole).isValid());
    QCOMPARE(model.index(1, SalaryBandModel::MidpointColumn).data(SalaryBandModel::ValueRole).toDouble(),
             180000.0);
    QVERIFY(model.index(1, SalaryBandModel::LabelColumn).data(SalaryBandModel::PostingIdRole).toLongLong() >=
            0);
    QCOMPARE(model.currency(), QStringLiteral("USD"));
    QCOMPARE(model.note(),
             QStringLiteral(
                 "2 with a salary of 6 postings matching · annual, USD · left out: 4 without a salary"));
    // The sample publishes only the Senior band; neither posting is senior.
    QVERIFY(!model.hasBands());
}

void tst_SalaryBandModel::shouldSummariseByLevelBeyondTheMaximumPostings()
{
    // Given room for one posting only
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    SalaryBandModel model(&workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // When the two postings do not fit
    model.setMaximumPostings(1);

    // Then each level is a row of quartiles: Entry (AppLovin), Mid (Scale AI)
    QCOMPARE(reset.count(), 1);
    QVERIFY(!model.isPerPosting());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(rowText(model, 0),
             QStringLiteral("Entry (1)|180000|180000|180000|180000|180000|144000|216000||"));
    QCOMPARE(rowText(model, 1), QStringLiteral("Mid (1)|201825|201825|201825|201825|201825|179400|224250||"));
    QCOMPARE(model.index(1, SalaryBandModel::LabelColumn).data(SalaryBandModel::PostingIdRole).toLongLong(),
             -1);
}

void tst_SalaryBandModel::shouldFollowTheFilterOnlyWhileActive()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    SalaryBandModel model(&workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Given an inactive model, when the filter leaves no salary
    model.setActive(false);
    QVERIFY(workspace.setFilterExpression(QStringLiteral("company:nvidia")));
    // Then it keeps its rows until refreshed
    QCOMPARE(model.rowCount(), 2);
    model.refresh();
    QCOMPARE(model.rowCount(), 0);

    // When it is active again, it follows at once
    model.setActive(true);
    workspace.clearFilter();
    QCOMPARE(model.rowCount(), 2);
}

void tst_SalaryBandModel::shouldExplainWhyThereAreNoRows()
{
    Workspace workspace;
    SalaryBandModel model(&workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.title(), QStringLiteral("Salary bands"));
    QCOMPARE(model.emptyText(), QStringLiteral("No database open"));

    QVERIFY(workspace.open(m_path));
    QVERIFY(workspace.setFilterExpression(QStringLiteral("company:nvidia")));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.emptyText(), QStringLiteral("None of the matching postings states a salary."));
}

QTEST_GUILESS_MAIN(tst_SalaryBandModel)
#include "tst_salarybandmodel.moc"
