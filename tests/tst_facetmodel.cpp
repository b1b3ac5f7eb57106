#include "FacetModel.h"
#include "FilterEngine.h"
#include "TestDatabase.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace jobexplorer;

class tst_FacetModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void shouldListEveryValueWithItsCount();
    void shouldGroupSkillsByCategory();
    void shouldChangeTheWorkspaceFilterWhenChecked();
    void shouldCombineSkillsAllOrAny();
    void shouldExcludeAndClear();
    void shouldFollowANewDatabase();

private:
    QModelIndex find(const FacetModel &model, const QString &name, const QModelIndex &parent = {}) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
};

void tst_FacetModel::initTestCase()
{
    m_path = test::writeDatabase(m_dir, test::sampleDataset());
}

void tst_FacetModel::init()
{
    m_workspace = std::make_unique<Workspace>();
    QVERIFY2(m_workspace->open(m_path), qPrintable(m_workspace->errorString()));
}

QModelIndex tst_FacetModel::find(const FacetModel &model, const QString &name,
                                 const QModelIndex &parent) const
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, FacetModel::NameColumn, parent);
        if (index.data().toString() == name)
            return index;
        if (const QModelIndex child = find(model, name, index); child.isValid())
            return child;
    }
    return {};
}

void tst_FacetModel::shouldListEveryValueWithItsCount()
{
    FacetModel model(m_workspace.get(), Facet::Seniority);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 6); // five levels and unknown
    const QModelIndex senior = find(model, QStringLiteral("Senior"));
    QVERIFY(senior.isValid());
    QCOMPARE(senior.data(FacetModel::CountRole).toInt(), 2);
    QCOMPARE(senior.siblingAtColumn(FacetModel::CountColumn).data().toInt(), 2);
    QCOMPARE(senior.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QVERIFY(senior.flags() & Qt::ItemIsUserCheckable);
}

void tst_FacetModel::shouldGroupSkillsByCategory()
{
    FacetModel model(m_workspace.get(), Facet::Skill);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.isGrouped());
    const QModelIndex languages = find(model, QStringLiteral("Programming Languages"));
    QVERIFY(languages.isValid());
    QVERIFY(languages.data(FacetModel::IsCategoryRole).toBool());
    QVERIFY(!(languages.flags() & Qt::ItemIsUserCheckable));
    QCOMPARE(model.rowCount(languages), 4); // Python, Go, Rust, C++
    const QModelIndex python = find(model, QStringLiteral("Python"), languages);
    QCOMPARE(python.parent(), languages);
    QCOMPARE(python.data(FacetModel::CountRole).toInt(), 4);
}

void tst_FacetModel::shouldChangeTheWorkspaceFilterWhenChecked()
{
    FacetModel model(m_workspace.get(), Facet::Seniority);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(m_workspace.get(), &Workspace::filterChanged);

    // When the user checks "Senior"
    QVERIFY(model.setData(find(model, QStringLiteral("Senior")), Qt::Checked, Qt::CheckStateRole));

    // Then the workspace filters, and the other levels keep their own counts
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_workspace->result().matchCount(), 2);
    QCOMPARE(m_workspace->filterExpression(), QStringLiteral("seniority:senior"));
    QCOMPARE(find(model, QStringLiteral("Senior")).data(Qt::CheckStateRole).value<Qt::CheckState>(),
             Qt::Checked);
    QCOMPARE(find(model, QStringLiteral("Mid")).data(FacetModel::CountRole).toInt(), 1);

    // And another facet's model now counts only senior postings
    FacetModel modes(m_workspace.get(), Facet::WorkMode);
    QCOMPARE(find(modes, QStringLiteral("Remote")).data(FacetModel::CountRole).toInt(), 2);
    QCOMPARE(find(modes, QStringLiteral("Hybrid")).data(FacetModel::CountRole).toInt(), 0);

    QVERIFY(model.setData(find(model, QStringLiteral("Senior")), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(m_workspace->result().matchCount(), 6);
}

void tst_FacetModel::shouldCombineSkillsAllOrAny()
{
    FacetModel model(m_workspace.get(), Facet::Skill);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setData(find(model, QStringLiteral("Go")), Qt::Checked, Qt::CheckStateRole);
    model.setData(find(model, QStringLiteral("AWS")), Qt::Checked, Qt::CheckStateRole);
    QCOMPARE(m_workspace->filterExpression(), QStringLiteral("skill:Go skill:AWS"));
    QCOMPARE(m_workspace->result().matchCount(), 1);
    model.setSkillMatch(SkillMatch::Any);
    QCOMPARE(m_workspace->filterExpression(), QStringLiteral("skill:Go,AWS"));
    QCOMPARE(m_workspace->result().matchCount(), 4);
    QVERIFY(find(model, QStringLiteral("Cloud Platforms")).data(FacetModel::SelectedRole).toBool());
}

void tst_FacetModel::shouldExcludeAndClear()
{
    FacetModel model(m_workspace.get(), Facet::WorkMode);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.toggleExcluded(find(model, QStringLiteral("Remote")).data(FacetModel::ValueRole).toInt());
    QCOMPARE(m_workspace->filterExpression(), QStringLiteral("-mode:remote"));
    const QModelIndex excluded = find(model, QStringLiteral("not Remote"));
    QVERIFY(excluded.isValid());
    QVERIFY(excluded.data(FacetModel::ExcludedRole).toBool());
    QCOMPARE(m_workspace->result().matchCount(), 4);
    model.clear();
    QVERIFY(m_workspace->filter().isEmpty());
}

void tst_FacetModel::shouldFollowANewDatabase()
{
    FacetModel model(m_workspace.get(), Facet::Company);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    Dataset smaller = test::sampleDataset();
    smaller.postings.resize(2);
    QVERIFY(m_workspace->open(test::writeDatabase(m_dir, smaller, QStringLiteral("two.sqlite"))));
    QCOMPARE(model.rowCount(), 2);
}

QTEST_GUILESS_MAIN(tst_FacetModel)
#include "tst_facetmodel.moc"
