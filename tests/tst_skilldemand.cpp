#include "SkillDemandChart.h"
#include "SkillDemandModel.h"
#include "TestDatabase.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace jobexplorer;

class tst_SkillDemand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shouldListTheTopSkillsOfTheMatchingPostings();
    void shouldDrawOneBarPerSkillColouredByCategory();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_SkillDemand::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_path = test::writeDatabase(m_dir, test::sampleDataset());
}

void tst_SkillDemand::shouldListTheTopSkillsOfTheMatchingPostings()
{
    Workspace workspace;
    SkillDemandModel model(&workspace, 3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(workspace.open(m_path));

    // Python is in 4 of 6 postings; Go, Kubernetes and Terraform in 3 (ties by name)
    QCOMPARE(model.rowCount(), 3);
    auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(0, SkillDemandModel::SkillColumn), QStringLiteral("Python"));
    QCOMPARE(cell(0, SkillDemandModel::CategoryColumn), QStringLiteral("Programming Languages"));
    QCOMPARE(cell(0, SkillDemandModel::CountColumn), QStringLiteral("4"));
    QCOMPARE(cell(0, SkillDemandModel::ShareColumn), QStringLiteral("67%"));
    QCOMPARE(cell(1, SkillDemandModel::SkillColumn), QStringLiteral("Go"));
    QCOMPARE(cell(2, SkillDemandModel::SkillColumn), QStringLiteral("Kubernetes"));

    // When the filter changes, the chart's numbers follow
    QVERIFY(workspace.setFilterExpression(QStringLiteral("has:salary")));
    QCOMPARE(model.matchCount(), 2);
    QCOMPARE(cell(0, SkillDemandModel::ShareColumn), QStringLiteral("100%")); // C++, Go, Python: both
    QCOMPARE(model.index(0, SkillDemandModel::ShareColumn).data(SkillDemandModel::ValueRole).toDouble(), 100.0);
}

void tst_SkillDemand::shouldDrawOneBarPerSkillColouredByCategory()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    SkillDemandModel model(&workspace, 5);
    SkillDemandChart chart(&model);
    chart.resize(700, 320);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));

    QCOMPARE(chart.barLabels(),
             (QStringList{QStringLiteral("Python"), QStringLiteral("Go"), QStringLiteral("Kubernetes"),
                          QStringLiteral("Terraform"), QStringLiteral("AWS")}));
    QCOMPARE(chart.legendEntries(),
             (QStringList{QStringLiteral("Programming Languages"), QStringLiteral("Infrastructure & Orchestration"),
                          QStringLiteral("Cloud Platforms")}));
    QCOMPARE(chart.title(), QStringLiteral("Skill demand · share of 6 postings matching"));

    QVERIFY(workspace.setFilterExpression(QStringLiteral("company:nvidia company:\"scale ai\"")));
    QCOMPARE(chart.barLabels(), QStringList());
    QCOMPARE(chart.title(), QStringLiteral("Skill demand: no matching postings"));
}

QTEST_MAIN(tst_SkillDemand)
#include "tst_skilldemand.moc"
