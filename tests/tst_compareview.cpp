#include "ChartExporter.h"
#include "CohortList.h"
#include "CompareView.h"
#include "ComparisonChart.h"
#include "ComparisonModel.h"
#include "RangeChart.h"
#include "SalaryBandChart.h"
#include "SalaryBandModel.h"
#include "TestDatabase.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QImage>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace jobexplorer;

class tst_CompareView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void bandChartShowsEachPostingsRangeByMidpoint();
    void bandChartSummarisesByLevelWhenBarsWouldBeTooThin();
    void bandChartRowsOpenTheirPosting();
    void bandNumbersAsATable();
    void cohortsAreComparedSideBySide();
    void cohortsWithoutAnySalarySaySo();
    void aCohortOfOneSalaryIsDrawnAsItsRange();
    void cohortsSurviveARestart();
    void comparisonExportsWithACaptionNamingEachCohort();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_CompareView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("jobexplorer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_compareview"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_path = test::writeDatabase(m_dir, test::sampleDataset());
}

void tst_CompareView::init()
{
    QSettings().clear();
}

void tst_CompareView::bandChartShowsEachPostingsRangeByMidpoint()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    const RangeChartData data = SalaryBandChart::build(workspace, 400);
    // Scale AI $179,400–$224,250 (midpoint $201,825) above AppLovin $144k–$216k ($180k).
    QCOMPARE(data.rows.size(), 2);
    QCOMPARE(data.rows.at(0).label,
             QStringLiteral("Scale AI · AI Infrastructure Engineer, Model Serving Platform"));
    QCOMPARE(*data.rows.at(0).range, (RangeChartData::Interval{179400, 224250}));
    QCOMPARE(*data.rows.at(0).tick, 201825.0);
    QCOMPARE(*data.rows.at(1).tick, 180000.0);
    QCOMPARE(data.currency, QStringLiteral("USD"));
    QCOMPARE(data.note,
             QStringLiteral(
                 "2 with a salary of 6 postings matching · annual, USD · left out: 4 without a salary"));
    // The sample publishes only the Senior band; neither posting is senior.
    QVERIFY(!data.rows.at(0).reference && !data.rows.at(1).reference);

    QVERIFY(workspace.setFilterExpression(QStringLiteral("company:nvidia")));
    const RangeChartData none = SalaryBandChart::build(workspace, 400);
    QVERIFY(none.rows.isEmpty());
    QCOMPARE(none.emptyText, QStringLiteral("None of the matching postings states a salary."));
}

void tst_CompareView::bandChartSummarisesByLevelWhenBarsWouldBeTooThin()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    const RangeChartData data = SalaryBandChart::build(workspace, 2 * SalaryBandChart::minimumBarPixels - 1);
    QCOMPARE(data.rows.size(), 2); // Entry: AppLovin, Mid: Scale AI
    QCOMPARE(data.rows.at(0).label, QStringLiteral("Entry (1)"));
    QCOMPARE(data.rows.at(1).label, QStringLiteral("Mid (1)"));
    QVERIFY(data.rows.at(1).box);
    QCOMPARE(data.rows.at(1).box->median, 201825.0);
    QCOMPARE(*data.rows.at(1).extremes, (RangeChartData::Interval{179400, 224250}));
}

void tst_CompareView::bandChartRowsOpenTheirPosting()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    SalaryBandChart chart(&workspace);
    chart.resize(700, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QSignalSpy clicked(&chart, &SalaryBandChart::postingClicked);
    auto *view = chart.findChild<RangeChartWidget *>();
    QVERIFY(view);
    QCOMPARE(view->rowLabels().size(), 2);
    // Click the lower row (AppLovin): three quarters down the plot.
    const QRectF area = view->rect();
    int row = -1;
    QPoint point;
    for (int y = 0; y < area.height() && row != 1; ++y) {
        point = QPoint(int(area.width() * 0.7), y);
        row = rangeChartRowAt(area, view->data(), point);
    }
    QCOMPARE(row, 1);
    QTest::mouseClick(view, Qt::LeftButton, {}, point);
    QCOMPARE(clicked.count(), 1);
    const auto detail = workspace.detail(clicked.at(0).at(0).value<std::int64_t>());
    QVERIFY(detail);
    QCOMPARE(detail->posting.company, QStringLiteral("AppLovin"));
}

void tst_CompareView::bandNumbersAsATable()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    SalaryBandModel model(&workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, SalaryBandModel::MinimumColumn).data().toString(), QStringLiteral("$179,400"));
    QCOMPARE(model.index(0, SalaryBandModel::MidpointColumn).data(SalaryBandModel::ExportRole).toString(),
             QStringLiteral("201825"));
    QCOMPARE(model.index(0, SalaryBandModel::FirstQuartileColumn).data().toString(), QString());
    model.setMaximumPostings(0);
    QCOMPARE(model.index(1, SalaryBandModel::LabelColumn).data().toString(), QStringLiteral("Mid (1)"));
}

void tst_CompareView::cohortsAreComparedSideBySide()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    CompareView view(&workspace);
    QVERIFY(!view.comparison());
    QVERIFY(!view.exportChartAction()->isEnabled());

    // Two cohorts from two filters, as a counselor saves them
    QVERIFY(workspace.setFilterExpression(QStringLiteral("has:salary")));
    QVERIFY(view.saveCurrentFilter(QStringLiteral("With salary")));
    QVERIFY(workspace.setFilterExpression(QStringLiteral("seniority:senior")));
    QVERIFY(view.saveCurrentFilter(QStringLiteral("Senior")));
    QString error;
    QVERIFY(!view.saveCurrentFilter(QStringLiteral("senior"), &error)); // names are unique, ignoring case
    QVERIFY2(!error.isEmpty(), "a refusal says why");
    QVERIFY(view.comparison());
    QCOMPARE(view.comparison()->size(), 2);
    QCOMPARE(view.comparison()->at(0).postings, 2);
    QCOMPARE(view.comparison()->at(0).salary.median, (201825.0 + 180000.0) / 2);
    QCOMPARE(view.comparison()->at(1).postings, 2);
    QCOMPARE(view.comparison()->at(1).salary.withSalary, 0);
    QVERIFY(view.exportChartAction()->isEnabled());

    // The report's Senior band as a cohort of its own
    auto *bands = view.findChild<QListWidget *>(QStringLiteral("bandList"));
    QVERIFY(bands);
    QCOMPARE(bands->count(), 1);
    view.setBandChecked(0, true);
    QCOMPARE(view.comparison()->size(), 3);
    QVERIFY(view.comparison()->at(2).isBand());
    QCOMPARE(view.chart()->rowLabels(),
             (QStringList{QStringLiteral("With salary (2 of 2)"), QStringLiteral("Senior (0 of 2)"),
                          QStringLiteral("Senior base, report")}));
    const RangeChartData &chart = view.chart()->data();
    QCOMPARE(*chart.rows.at(2).reference, (RangeChartData::Interval{168000, 230000}));
    QVERIFY(chart.rows.at(0).box);
    // A cohort without a salary says so in its row, instead of a blank row
    QVERIFY(!chart.rows.at(1).hasValues());
    QCOMPARE(chart.rows.at(1).emptyText, QStringLiteral("no salary stated"));
    QVERIFY2(chart.rows.at(1).toolTip.contains(QLatin1String("\n2 postings, none states a salary")),
             qPrintable(chart.rows.at(1).toolTip));
    QCOMPARE(view.comparisonModel()->index(1, ComparisonModel::MedianColumn).data().toString(),
             QStringLiteral("no salary stated"));
    QCOMPARE(view.comparisonModel()->rowCount(), 3);
    QCOMPARE(view.comparisonModel()
                 ->index(0, ComparisonModel::MedianColumn)
                 .data(ComparisonModel::ValueRole)
                 .toDouble(),
             190912.5);
}

void tst_CompareView::cohortsWithoutAnySalarySaySo()
{
    // Given two cohorts none of whose postings states a salary
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    CompareView view(&workspace);
    QVERIFY(workspace.setFilterExpression(QStringLiteral("seniority:senior")));
    QVERIFY(view.saveCurrentFilter(QStringLiteral("Senior")));
    QVERIFY(workspace.setFilterExpression(QStringLiteral("company:nvidia")));
    QVERIFY(view.saveCurrentFilter(QStringLiteral("NVIDIA")));
    QVERIFY(view.comparison());
    // Then the chart's subtitle says so instead of naming no currency, and each row says it
    const RangeChartData &chart = view.chart()->data();
    QCOMPARE(chart.note, QStringLiteral("annual · no posting of these cohorts states a salary"));
    for (const RangeChartData::Row &row : chart.rows) {
        QVERIFY(!row.hasValues());
        QCOMPARE(row.emptyText, QStringLiteral("no salary stated"));
    }
}

void tst_CompareView::aCohortOfOneSalaryIsDrawnAsItsRange()
{
    // Given a cohort whose only salary is AppLovin's $144,000 – $216,000, beside one of two
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    CompareView view(&workspace);
    QVERIFY(workspace.setFilterExpression(QStringLiteral("salary<=170k")));
    QVERIFY(view.saveCurrentFilter(QStringLiteral("One")));
    QVERIFY(workspace.setFilterExpression(QStringLiteral("has:salary")));
    QVERIFY(view.saveCurrentFilter(QStringLiteral("Two")));
    QVERIFY(view.comparison());
    QCOMPARE(view.comparison()->at(0).salary.withSalary, 1);
    // Then the one salary is drawn as its range with its midpoint, not as a box of equal quartiles
    const RangeChartData &chart = view.chart()->data();
    const RangeChartData::Row &one = chart.rows.at(0);
    QVERIFY(!one.box);
    QCOMPARE(*one.range, (RangeChartData::Interval{144000, 216000}));
    QCOMPARE(*one.tick, 180000.0);
    QVERIFY2(one.toolTip.contains(QLatin1String("one posting, not a distribution")), qPrintable(one.toolTip));
    // And two salaries are a box; the legend explains both
    QVERIFY(chart.rows.at(1).box);
    QCOMPARE(chart.legend.size(), 2);
    QCOMPARE(chart.legend.at(1).text, QStringLiteral("Bar: one posting's range, tick: its midpoint"));
}

void tst_CompareView::cohortsSurviveARestart()
{
    {
        Workspace workspace;
        QVERIFY(workspace.open(m_path));
        CompareView view(&workspace);
        QVERIFY(workspace.setFilterExpression(QStringLiteral("mode:remote")));
        QVERIFY(view.saveCurrentFilter(QStringLiteral("Remote")));
    }
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    CompareView view(&workspace);
    QCOMPARE(view.cohorts()->size(), 1);
    QCOMPARE(view.cohorts()->at(0).name, QStringLiteral("Remote"));
    QCOMPARE(view.cohorts()->at(0).expression, QStringLiteral("mode:remote"));
}

void tst_CompareView::comparisonExportsWithACaptionNamingEachCohort()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    CompareView view(&workspace);
    QVERIFY(workspace.setFilterExpression(QStringLiteral("has:salary")));
    QVERIFY(view.saveCurrentFilter(QStringLiteral("Paid")));
    workspace.clearFilter();
    QVERIFY(view.saveCurrentFilter(QStringLiteral("Everyone")));
    QVERIFY(view.comparison());
    const QStringList caption = ComparisonChart::caption(workspace, *view.comparison(), QDate(2026, 11, 26));
    QCOMPARE(caption.at(1), QStringLiteral("Paid: with a salary"));
    QCOMPARE(caption.at(2), QStringLiteral("Everyone: All postings"));
    const RangeChartData data = ComparisonChart::data(*view.comparison());
    ChartExporter exporter(
        [data](QPainter &painter, const QRectF &rect) { paintRangeChart(painter, rect, data); }, data.title,
        caption);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("comparison.png"));
    QVERIFY2(exporter.writeFile(file, QSize(1000, 700)), qPrintable(exporter.errorString()));
    QImage image;
    QVERIFY(image.load(file));
    QCOMPARE(image.size(), QSize(1000, 700));
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            coloured += image.pixelColor(x, y).saturation() > 120 ? 1 : 0;
    }
    QVERIFY2(coloured > 200, qPrintable(QString::number(coloured))); // the boxes are drawn
}

QTEST_MAIN(tst_CompareView)
#include "tst_compareview.moc"
