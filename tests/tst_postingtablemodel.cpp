#include "PostingDatabase.h"
#include "PostingStore.h"
#include "PostingTableModel.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace jobexplorer;

using StoreRows = QList<int>;

class tst_PostingTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void shouldShowEveryPostingWithFormattedCells();
    void shouldSortEveryColumn_data();
    void shouldSortEveryColumn();
    void shouldKeepTheSelectedPostingAcrossASort();
    void shouldShowOnlyTheGivenRowsInSortOrder();
    void shouldBeEmptyWithoutAStore();

private:
    StoreRows shownRows() const;

    QTemporaryDir m_dir;
    std::unique_ptr<PostingStore> m_store;
    std::unique_ptr<PostingTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_PostingTableModel::initTestCase()
{
    // Expected texts below are in US English, whatever the machine's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString path = test::writeDatabase(m_dir, test::sampleDataset());
    QString error;
    const auto database = PostingDatabase::open(path, &error);
    QVERIFY2(database, qPrintable(error));
    m_store = database->loadStore(&error);
    QVERIFY2(m_store, qPrintable(error));
}

void tst_PostingTableModel::init()
{
    m_model = std::make_unique<PostingTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setStore(m_store.get());
}

StoreRows tst_PostingTableModel::shownRows() const
{
    StoreRows rows;
    for (int row = 0; row < m_model->rowCount(); ++row)
        rows << m_model->index(row, 0).data(PostingTableModel::StoreRowRole).toInt();
    return rows;
}

void tst_PostingTableModel::shouldShowEveryPostingWithFormattedCells()
{
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->columnCount(), int(PostingTableModel::ColumnCount));
    QCOMPARE(m_model->headerData(PostingTableModel::Salary, Qt::Horizontal).toString(),
             QStringLiteral("Salary (annual)"));
    auto cell = [this](int row, int column) { return m_model->index(row, column).data().toString(); };
    QCOMPARE(cell(1, PostingTableModel::Company), QStringLiteral("Scale AI"));
    QCOMPARE(cell(1, PostingTableModel::Seniority), QStringLiteral("Mid"));
    QCOMPARE(cell(1, PostingTableModel::WorkMode), QStringLiteral("Hybrid"));
    QCOMPARE(cell(1, PostingTableModel::Salary), QStringLiteral("$179,400 – $224,250"));
    QCOMPARE(cell(1, PostingTableModel::Experience), QStringLiteral("4+ years"));
    QCOMPARE(cell(3, PostingTableModel::Experience), QStringLiteral("0–2 years"));
    QCOMPARE(cell(4, PostingTableModel::Locations), QStringLiteral("Tel Aviv, Israel"));
    QCOMPARE(cell(0, PostingTableModel::Salary), QString());
    QCOMPARE(m_model->index(1, 0).data(PostingTableModel::PostingIdRole).toLongLong(), m_store->postingId(1));
}

void tst_PostingTableModel::shouldSortEveryColumn_data()
{
    // Store rows: 0 NVIDIA, 1 Scale AI, 2 LinkedIn, 3 AppLovin, 4 Bluevine, 5 no company.
    QTest::addColumn<int>("column");
    QTest::addColumn<StoreRows>("ascending");
    QTest::addColumn<StoreRows>("descending");
    QTest::newRow("company, empty last")
        << int(PostingTableModel::Company) << StoreRows{3, 4, 2, 0, 1, 5} << StoreRows{1, 0, 2, 4, 3, 5};
    QTest::newRow("title") << int(PostingTableModel::Title) << StoreRows{1, 5, 3, 2, 0, 4}
                           << StoreRows{4, 0, 2, 3, 5, 1};
    QTest::newRow("role family") << int(PostingTableModel::RoleFamily) << StoreRows{0, 1, 2, 3, 4, 5}
                                 << StoreRows{5, 3, 4, 0, 1, 2};
    QTest::newRow("seniority by level, not by name")
        << int(PostingTableModel::Seniority) << StoreRows{3, 1, 0, 4, 5, 2} << StoreRows{2, 5, 0, 4, 1, 3};
    QTest::newRow("locations, none last")
        << int(PostingTableModel::Locations) << StoreRows{3, 1, 0, 4, 2, 5} << StoreRows{4, 0, 1, 3, 2, 5};
    QTest::newRow("work mode, unknown last")
        << int(PostingTableModel::WorkMode) << StoreRows{0, 4, 1, 2, 3, 5} << StoreRows{1, 0, 4, 2, 3, 5};
    QTest::newRow("experience as numbers")
        << int(PostingTableModel::Experience) << StoreRows{3, 1, 2, 5, 0, 4} << StoreRows{0, 5, 2, 1, 3, 4};
    QTest::newRow("salary as numbers, none last")
        << int(PostingTableModel::Salary) << StoreRows{3, 1, 0, 2, 4, 5} << StoreRows{1, 3, 0, 2, 4, 5};
    QTest::newRow("skills") << int(PostingTableModel::Skills) << StoreRows{5, 3, 0, 4, 1, 2}
                            << StoreRows{2, 1, 4, 0, 3, 5};
}

void tst_PostingTableModel::shouldSortEveryColumn()
{
    QFETCH(int, column);
    QFETCH(StoreRows, ascending);
    QFETCH(StoreRows, descending);

    m_model->sort(column, Qt::AscendingOrder);
    QCOMPARE(shownRows(), ascending);
    m_model->sort(column, Qt::DescendingOrder);
    QCOMPARE(shownRows(), descending);
}

void tst_PostingTableModel::shouldKeepTheSelectedPostingAcrossASort()
{
    // Given the Scale AI row is current (held as a persistent index, like a view's selection)
    const QPersistentModelIndex current = m_model->index(1, PostingTableModel::Title);
    QCOMPARE(current.data(PostingTableModel::StoreRowRole).toInt(), 1);

    // When the table is sorted by company, descending
    m_model->sort(PostingTableModel::Company, Qt::DescendingOrder);

    // Then the index moved with the posting
    QCOMPARE(current.row(), 0);
    QCOMPARE(current.column(), int(PostingTableModel::Title));
    QCOMPARE(current.data().toString(), QStringLiteral("AI Infrastructure Engineer, Model Serving Platform"));
}

void tst_PostingTableModel::shouldShowOnlyTheGivenRowsInSortOrder()
{
    m_model->sort(PostingTableModel::Company, Qt::AscendingOrder);
    m_model->setRows({0, 1, 5});
    QCOMPARE(shownRows(), (StoreRows{0, 1, 5}));
    QCOMPARE(m_model->rowOfStoreRow(5), 2);
    QCOMPARE(m_model->rowOfStoreRow(3), -1);
}

void tst_PostingTableModel::shouldBeEmptyWithoutAStore()
{
    m_model->setStore(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->sort(PostingTableModel::Company);
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_PostingTableModel)
#include "tst_postingtablemodel.moc"
