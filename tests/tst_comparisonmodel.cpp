#include "ComparisonModel.h"
#include "CsvExporter.h"
#include "FilterEngine.h"
#include "PostingDatabase.h"
#include "PostingStore.h"
#include "SalaryRanges.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace jobexplorer;

namespace {

// One row as its cells joined with " | ", in the given role.
QString rowText(const QAbstractItemModel &model, int row, int role = Qt::DisplayRole)
{
    QStringList cells;
    for (int column = 0; column < model.columnCount(); ++column)
        cells << model.index(row, column).data(role).toString();
    return cells.join(QLatin1String(" | "));
}

} // namespace

class tst_ComparisonModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void shouldShowOneRowPerCohort();
    void shouldGiveRawValuesForChartsAndCsv();
    void shouldLeaveOutWhatDoesNotApply();
    void shouldExportOneCsvRowPerCohort();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostingDatabase> m_database;
    std::unique_ptr<PostingStore> m_store;
    std::unique_ptr<FilterEngine> m_engine;
    std::unique_ptr<ComparisonModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ComparisonModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Dataset dataset = test::sampleDataset();
    SalaryBandRecord band;
    band.section = QStringLiteral("Salary Progression Expectations");
    band.level = Seniority::Senior;
    band.levelText = QStringLiteral("Senior (5-8 years)");
    band.min = 168000;
    band.max = 230000;
    band.currency = QStringLiteral("USD");
    band.text = QStringLiteral("Base Salary: $168,000 - $230,000");
    dataset.salaryBands = {band};
    QString error;
    m_database = PostingDatabase::open(test::writeDatabase(m_dir, dataset), &error);
    QVERIFY2(m_database, qPrintable(error));
    m_store = m_database->loadStore(&error);
    QVERIFY2(m_store, qPrintable(error));
    m_engine = std::make_unique<FilterEngine>(*m_store);
}

void tst_ComparisonModel::init()
{
    // The sample: NVIDIA (senior), Scale AI (mid, $179,400–$224,250), LinkedIn (principal),
    // AppLovin (entry, $144k–$216k), Bluevine (senior), an unnamed staff posting.
    QString error;
    const auto band = SalaryRanges::referenceBand(m_database->loadReference().salaryBands, Seniority::Senior);
    auto comparison =
        Comparison::compute(*m_engine,
                            {{{QStringLiteral("Senior"), QStringLiteral("seniority:senior")}, {}},
                             {{QStringLiteral("Paid, \"US\""), QStringLiteral("has:salary")}, {}},
                             {{}, band}},
                            &error);
    QVERIFY2(comparison, qPrintable(error));
    m_model = std::make_unique<ComparisonModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setComparison(std::move(*comparison));
    QCOMPARE(reset.size(), 1);
}

void tst_ComparisonModel::shouldShowOneRowPerCohort()
{
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(ComparisonModel::ColumnCount));
    QCOMPARE(m_model->headerData(ComparisonModel::MedianColumn, Qt::Horizontal).toString(),
             QStringLiteral("Median"));
    QCOMPARE(m_model->headerData(1, Qt::Vertical).toString(), QStringLiteral("Paid, \"US\""));
    QCOMPARE(rowText(*m_model, 0),
             QStringLiteral(
                 "Senior | Postings | seniority:senior | Seniority: Senior | 2 | 0 | 2 | 0 |  |  |  |  | "
                 "no salary stated |  |  |  "
                 "| 0 | 0 | 2 | 0 | 0 | 0 | AWS 50%; Data pipelines 50%; DGX infrastructure 50%; Go 50%; "
                 "Kubernetes 50%; ML workloads 50%; Public Cloud 50%; Python 50%; SageMaker 50%; Terraform "
                 "50% | "));
    QCOMPARE(
        rowText(*m_model, 1),
        QStringLiteral(
            "Paid, \"US\" | Postings | has:salary | with a salary | 2 | 2 | 0 | 0 | USD | $144,000 | "
            "$180,000 | "
            "$185,456 | $190,913 | $196,369 | $201,825 | $224,250 | 1 | 1 | 0 | 0 | 0 | 0 | C++ 100%; Go "
            "100%; "
            "Python 100%; Algorithms 50%; AWS 50%; Data structures 50%; Docker 50%; GCP 50%; Kubernetes 50%; "
            "Rust 50% | C++ (more than in Senior); Go (more than in Senior); Python (more than in Senior)"));
    QCOMPARE(rowText(*m_model, 2),
             QStringLiteral(
                 "Senior base, report | Published band |  | Salary Progression Expectations: Base Salary: "
                 "$168,000 - $230,000 |  |  |  |  | USD | $168,000 |  |  |  |  |  | $230,000 |  |  |  |  |  "
                 "|  |  | "));
}

void tst_ComparisonModel::shouldGiveRawValuesForChartsAndCsv()
{
    const QModelIndex median = m_model->index(1, ComparisonModel::MedianColumn);
    QCOMPARE(median.data(ComparisonModel::ValueRole).toDouble(), 190912.5);
    QCOMPARE(median.data().toString(), QStringLiteral("$190,913"));
    QCOMPARE(m_model->index(1, ComparisonModel::PostingsColumn).data(ComparisonModel::ValueRole).toInt(), 2);
    QCOMPARE(
        m_model->index(2, ComparisonModel::HighestMaximumColumn).data(ComparisonModel::ValueRole).toDouble(),
        230000.0);
    QCOMPARE(ComparisonModel::levelOf(ComparisonModel::StaffColumn), Seniority::Staff);
    QCOMPARE(m_model->comparison().at(1).salary.median, 190912.5);
}

void tst_ComparisonModel::shouldLeaveOutWhatDoesNotApply()
{
    // No salary among the senior postings: no box, and the tooltip says why
    // (the median says so; its value is empty text, so that a CSV keeps the column for numbers)
    QCOMPARE(m_model->index(0, ComparisonModel::MedianColumn).data(ComparisonModel::ValueRole),
             QVariant(QString()));
    QCOMPARE(m_model->index(0, ComparisonModel::MedianColumn).data().toString(),
             QStringLiteral("no salary stated"));
    QCOMPARE(m_model->index(0, ComparisonModel::FirstQuartileColumn).data().toString(), QString());
    QCOMPARE(m_model->index(0, ComparisonModel::MedianColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Left out: 2 without a salary"));
    // A band has bounds, no postings and no box
    QVERIFY(!m_model->index(2, ComparisonModel::PostingsColumn).data(ComparisonModel::ValueRole).isValid());
    QVERIFY(!m_model->index(2, ComparisonModel::MedianColumn).data(ComparisonModel::ValueRole).isValid());
    QCOMPARE(m_model->index(2, ComparisonModel::NameColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Salary Progression Expectations: Base Salary: $168,000 - $230,000"));
}

void tst_ComparisonModel::shouldExportOneCsvRowPerCohort()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvExporter exporter;
    exporter.setRole(ComparisonModel::ValueRole);
    QVERIFY(exporter.write(*m_model, buffer));
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size(), 5); // header, three cohorts, the empty rest after the last CRLF
    QCOMPARE(lines.at(0),
             "Cohort,Kind,Filter,Description,Postings,With salary,Without salary,Other currency,Currency,"
             "Lowest minimum,Minimum midpoint,First quartile,Median,Third quartile,Maximum midpoint,Highest "
             "maximum,"
             "Entry,Mid,Senior,Staff,Principal,Unknown,Top skills,Much more common\r");
    QVERIFY2(lines.at(2).startsWith(
                 "\"Paid, \"\"US\"\"\",Postings,has:salary,with a salary,2,2,0,0,USD,144000,180000,"
                 "185456.25,190912.5,196368.75,201825,224250,1,1,0,0,0,0,"),
             lines.at(2).constData());
    QCOMPARE(
        lines.at(3),
        "\"Senior base, report\",Published band,,\"Salary Progression Expectations: Base Salary: $168,000 - "
        "$230,000\",,,,,USD,168000,,,,,,230000,,,,,,,,\r");
}

QTEST_GUILESS_MAIN(tst_ComparisonModel)
#include "tst_comparisonmodel.moc"
