#include "ChartExporter.h"
#include "ChartModel.h"
#include "ChartsPanel.h"
#include "ChartWidget.h"
#include "CsvExporter.h"
#include "TestDatabase.h"
#include "Workspace.h"

#include <cmath>

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QImage>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <QXmlStreamReader>

using namespace jobexplorer;

class tst_Charts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyChartModelPassesTheModelTester();
    void skillsShowTheTopSkillsAndThePublishedShare();
    void seniorityKeepsLevelOrderAndFollowsTheFilter();
    void locationsCountEachPostingOncePerMarket();
    void salaryBinsTheAnnualMidpoints();
    void inactiveModelsCatchUpWhenShown();
    void chartDrawsOneBarPerRowColouredByCategory();
    void barLabelsContrastWithWhatIsBehindThem();
    void redrawingLeavesNoAxesBehind();
    void clickingABarTogglesItsValueInTheFilter();
    void clickingASalaryBinSetsTheSalaryRange();
    void pngHasTheRequestedSizeAndACaption();
    void svgIsWellFormedAndCarriesTheCaption();
    void pdfIsAPdf();
    void failedExportsLeaveNoFile();
    void numbersExportAsCsv();
    void panelCopiesTheChartAndShowsTables();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_Charts::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_path = test::writeDatabase(m_dir, test::sampleDataset());
}

void tst_Charts::everyChartModelPassesTheModelTester()
{
    for (const ChartModel::Kind kind : ChartModel::allKinds) {
        Workspace workspace;
        ChartModel model(&workspace, kind);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(workspace.open(m_path));
        QVERIFY2(model.rowCount() > 0, qPrintable(ChartModel::key(kind)));
        QVERIFY(workspace.setFilterExpression(QStringLiteral("seniority:senior")));
        QVERIFY(workspace.setFilterExpression(QStringLiteral("company:nvidia company:bluevine")));
        QCOMPARE(model.rowCount(), 0);
        workspace.clearFilter();
        QCOMPARE(ChartModel::fromKey(ChartModel::key(kind)), kind);
    }
    QCOMPARE(ChartModel::fromKey(u"pie"), std::nullopt);
}

void tst_Charts::skillsShowTheTopSkillsAndThePublishedShare()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    ChartModel model(&workspace, ChartModel::Kind::Skills);
    auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
    // Python is in 4 of 6 postings; Go, Kubernetes and Terraform in 3 (ties by name)
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(cell(0, ChartModel::LabelColumn), QStringLiteral("Python"));
    QCOMPARE(cell(0, ChartModel::CategoryColumn), QStringLiteral("Programming Languages"));
    QCOMPARE(cell(0, ChartModel::CountColumn), QStringLiteral("4"));
    QCOMPARE(cell(0, ChartModel::ShareColumn), QStringLiteral("67%"));
    QCOMPARE(cell(1, ChartModel::LabelColumn), QStringLiteral("Go"));
    QCOMPARE(cell(2, ChartModel::LabelColumn), QStringLiteral("Kubernetes"));
    QCOMPARE(model.title(), QStringLiteral("Skill demand · 6 postings"));

    // The sample publishes Kubernetes at 86% of the report's 42 postings, and nothing else.
    QVERIFY(model.hasPublishedShares());
    QCOMPARE(model.columnCount(), ChartModel::PublishedColumn + 1);
    QCOMPARE(model.publishedLabel(), QStringLiteral("Report (all 42 postings)"));
    QCOMPARE(model.index(2, ChartModel::PublishedColumn).data(ChartModel::ValueRole).toDouble(), 86.0);
    QCOMPARE(cell(2, ChartModel::PublishedColumn), QStringLiteral("86%"));
    QVERIFY(!model.index(0, ChartModel::PublishedColumn).data(ChartModel::ValueRole).isValid());

    QVERIFY(workspace.setFilterExpression(QStringLiteral("has:salary")));
    QCOMPARE(model.matchCount(), 2);
    QCOMPARE(model.title(), QStringLiteral("Skill demand · 2 of 6 postings"));
    QCOMPARE(model.index(0, ChartModel::ShareColumn).data(ChartModel::ValueRole).toDouble(), 100.0);
}

void tst_Charts::seniorityKeepsLevelOrderAndFollowsTheFilter()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    ChartModel model(&workspace, ChartModel::Kind::Seniority);
    auto column = [&](int c) {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.index(row, c).data().toString();
        return values;
    };
    QCOMPARE(column(ChartModel::LabelColumn),
             (QStringList{QStringLiteral("Entry"), QStringLiteral("Mid"), QStringLiteral("Senior"),
                          QStringLiteral("Staff"), QStringLiteral("Principal")}));
    QCOMPARE(column(ChartModel::CountColumn),
             (QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1"),
                          QStringLiteral("1")}));

    // The panel's counts ignore a facet's own selection; the chart shows only what matches.
    QVERIFY(workspace.setFilterExpression(QStringLiteral("seniority:senior,staff")));
    QCOMPARE(column(ChartModel::LabelColumn),
             (QStringList{QStringLiteral("Senior"), QStringLiteral("Staff")}));
    QCOMPARE(model.index(0, ChartModel::ShareColumn).data(ChartModel::ValueRole).toDouble(), 200.0 / 3);
    QVERIFY(model.isSelected(0));
    QVERIFY(workspace.setFilterExpression(QStringLiteral("-seniority:senior")));
    QVERIFY(!column(ChartModel::LabelColumn).contains(QStringLiteral("Senior")));
    QCOMPARE(model.rowCount(), 4);
}

void tst_Charts::locationsCountEachPostingOncePerMarket()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    ChartModel model(&workspace, ChartModel::Kind::Locations);
    // Santa Clara, San Francisco and Palo Alto are one market; Scale AI counts once in each of
    // its three metros; postings without a location are in no market.
    QCOMPARE(model.index(0, ChartModel::LabelColumn).data().toString(),
             QStringLiteral("San Francisco Bay Area"));
    QCOMPARE(model.index(0, ChartModel::CountColumn).data(ChartModel::ValueRole).toInt(), 3);
    QCOMPARE(model.rowCount(), 4);
    int total = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        total += model.index(row, ChartModel::CountColumn).data(ChartModel::ValueRole).toInt();
    QCOMPARE(total, 6); // 3 Bay Area + New York City + Seattle + Tel Aviv

    // Chosen locations count among the matches only.
    QVERIFY(workspace.setFilterExpression(QStringLiteral("location:\"New York City\"")));
    QCOMPARE(model.rowCount(), 3); // Scale AI's three metros
    QCOMPARE(model.index(0, ChartModel::CountColumn).data(ChartModel::ValueRole).toInt(), 1);
}

void tst_Charts::salaryBinsTheAnnualMidpoints()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    ChartModel model(&workspace, ChartModel::Kind::Salary);
    // Midpoints: Scale AI (179,400 + 224,250) / 2 = 201,825; AppLovin (144k + 216k) / 2 = 180k.
    QCOMPARE(model.currency(), QStringLiteral("USD"));
    QCOMPARE(model.withSalary(), 2);
    QCOMPARE(model.rowCount(), 5); // $5k bins from $180k to $205k
    QCOMPARE(model.index(0, ChartModel::LabelColumn).data().toString(), QStringLiteral("$180k–$185k"));
    QCOMPARE(model.index(0, ChartModel::CountColumn).data(ChartModel::ValueRole).toInt(), 1);
    QCOMPARE(model.index(4, ChartModel::LabelColumn).data().toString(), QStringLiteral("$200k–$205k"));
    QCOMPARE(model.index(4, ChartModel::CountColumn).data(ChartModel::ValueRole).toInt(), 1);
    QCOMPARE(model.index(4, ChartModel::ShareColumn).data(ChartModel::ValueRole).toDouble(), 50.0);
    QCOMPARE(model.title(), QStringLiteral("Annual salary (USD) · 2 of 6 postings state one"));

    QVERIFY(workspace.setFilterExpression(QStringLiteral("company:nvidia")));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.title(), QStringLiteral("Annual salary · none of 1 posting states a salary"));
}

void tst_Charts::inactiveModelsCatchUpWhenShown()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    ChartModel model(&workspace, ChartModel::Kind::Seniority);
    model.setActive(false);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QVERIFY(workspace.setFilterExpression(QStringLiteral("seniority:senior")));
    QVERIFY(workspace.setFilterExpression(QStringLiteral("seniority:staff")));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), 5); // still the numbers of when it was hidden
    model.setActive(true);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 1);
}

void tst_Charts::chartDrawsOneBarPerRowColouredByCategory()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    ChartModel model(&workspace, ChartModel::Kind::Skills);
    ChartWidget chart(&model);
    chart.resize(700, 320);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCOMPARE(chart.barLabels().mid(0, 5),
             (QStringList{QStringLiteral("Python"), QStringLiteral("Go"), QStringLiteral("Kubernetes"),
                          QStringLiteral("Terraform"), QStringLiteral("AWS")}));
    QCOMPARE(chart.legendEntries().mid(0, 2),
             (QStringList{QStringLiteral("Programming Languages"),
                          QStringLiteral("Infrastructure & Orchestration")}));
    QCOMPARE(chart.title(), QStringLiteral("Skill demand · 6 postings"));

    // Beside the report: two sets, the computed share and the published one.
    chart.setPublishedShown(true);
    QCOMPARE(chart.legendEntries(),
             (QStringList{QStringLiteral("Matching postings"), QStringLiteral("Report (all 42 postings)")}));

    QVERIFY(!chart.isTableShown());
    chart.setTableShown(true);
    QVERIFY(chart.isTableShown());
    auto *table = chart.findChild<QAbstractItemView *>(QStringLiteral("chartTable"));
    QVERIFY(table && table->isVisible());
    QCOMPARE(table->model(), &model);

    QVERIFY(workspace.setFilterExpression(QStringLiteral("company:nvidia company:\"scale ai\"")));
    QCOMPARE(chart.barLabels(), QStringList());
    QCOMPARE(chart.title(), QStringLiteral("Skill demand · no matching postings"));
}

namespace {

// WCAG 2 relative luminance and contrast ratio (1 to 21).
double luminance(const QColor &colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

void tst_Charts::barLabelsContrastWithWhatIsBehindThem()
{
    // Given the skill chart of postings that all ask for Kubernetes: a bar as long as the axis
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    QVERIFY(workspace.setFilterExpression(QStringLiteral("skill:kubernetes")));
    ChartModel model(&workspace, ChartModel::Kind::Skills);
    ChartWidget chart(&model);
    chart.resize(700, 320);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    auto *view = chart.findChild<QChartView *>();
    QVERIFY(view);
    QCoreApplication::processEvents();

    // Then every value label is readable where it is drawn: on its bar or on the background
    // The theme's background is a gradient of near-white; its brush colour means nothing.
    const QBrush brush = view->chart()->backgroundBrush();
    const QColor background = brush.style() == Qt::SolidPattern ? brush.color() : QColor(Qt::white);
    QList<const QGraphicsRectItem *> bars;
    QList<const QGraphicsTextItem *> labels;
    for (const QGraphicsItem *item : view->scene()->items()) {
        if (!item->isVisible())
            continue;
        if (const auto *rect = dynamic_cast<const QGraphicsRectItem *>(item);
            rect && rect->brush().style() != Qt::NoBrush && rect->rect().width() > 0 &&
            rect->rect().height() > 0 &&
            rect->sceneBoundingRect().width() < view->chart()->plotArea().width() + 1 &&
            rect->brush().color().alpha() > 0 && rect->brush().color() != background)
            bars << rect;
        if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item);
            text && text->toPlainText().endsWith(QLatin1Char('%')))
            labels << text;
    }
    QVERIFY(!bars.isEmpty());
    bool full = false;
    for (const QGraphicsTextItem *label : std::as_const(labels)) {
        const QPointF centre = label->sceneBoundingRect().center();
        QColor behind = background;
        for (const QGraphicsRectItem *bar : std::as_const(bars)) {
            if (bar->sceneBoundingRect().contains(centre))
                behind = bar->brush().color();
        }
        full = full || label->toPlainText() == QLatin1String("100%");
        const double ratio = contrast(label->defaultTextColor(), behind);
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("%1: %2 on %3, contrast %4")
                                .arg(label->toPlainText(), label->defaultTextColor().name(), behind.name())
                                .arg(ratio)));
    }
    QVERIFY(full); // the Kubernetes bar's label was among them
    // and the Kubernetes bar leaves its label room on the background: the share axis goes on
    // after 100% (Qt Charts otherwise draws that label inside the bar, dark on dark)
    const QList<QAbstractAxis *> shareAxes = view->chart()->axes(Qt::Horizontal);
    QCOMPARE(shareAxes.size(), 1);
    const auto *share = qobject_cast<const QValueAxis *>(shareAxes.constFirst());
    QVERIFY(share);
    QVERIFY2(share->max() > 100, qPrintable(QString::number(share->max())));
}

void tst_Charts::redrawingLeavesNoAxesBehind()
{
    // Given a chart on screen
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    ChartModel model(&workspace, ChartModel::Kind::Seniority);
    ChartWidget chart(&model);
    chart.show();
    auto *view = chart.findChild<QChartView *>();
    QVERIFY(view);
    QList<QPointer<QAbstractAxis>> before;
    for (QAbstractAxis *axis : view->chart()->axes())
        before << axis;
    QCOMPARE(before.size(), 2);

    // When the filter changes, it is drawn with new axes and the old ones are gone
    QVERIFY(workspace.setFilterExpression(QStringLiteral("seniority:senior")));
    QCOMPARE(view->chart()->axes().size(), 2);
    for (const QPointer<QAbstractAxis> &axis : std::as_const(before))
        QVERIFY(axis.isNull());
}

void tst_Charts::clickingABarTogglesItsValueInTheFilter()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    ChartModel model(&workspace, ChartModel::Kind::Seniority);
    ChartWidget chart(&model);
    chart.resize(600, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));

    // Click in the middle of the "Senior" bar (row 2, drawn third from the top).
    auto *view = chart.findChild<QChartView *>();
    QVERIFY(view);
    auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().constFirst());
    QVERIFY(series);
    const int bar = model.rowCount() - 1 - 2;
    const QPointF scene =
        view->chart()->mapToPosition(QPointF(series->barSets().constFirst()->at(bar) / 2, bar), series);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(scene));
    QCOMPARE(workspace.filterExpression(), QStringLiteral("seniority:senior"));
    QCOMPARE(workspace.result().matchCount(), 2);

    // The chart now shows only Senior; clicking it again drops it.
    QCOMPARE(chart.barLabels(), QStringList{QStringLiteral("Senior")});
    series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().constFirst());
    const QPointF again = view->chart()->mapToPosition(QPointF(50, 0), series);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(again));
    QCOMPARE(workspace.filterExpression(), QString());
}

void tst_Charts::clickingASalaryBinSetsTheSalaryRange()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    ChartModel model(&workspace, ChartModel::Kind::Salary);
    model.toggle(0);
    QCOMPARE(workspace.filter().salary, (Range{180000.0, 185000.0}));
    QVERIFY(model.isSelected(0));
    model.toggle(0);
    QVERIFY(!workspace.filter().salary.isSet());
}

void tst_Charts::pngHasTheRequestedSizeAndACaption()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    QVERIFY(workspace.setFilterExpression(QStringLiteral("skill:python")));
    ChartModel model(&workspace, ChartModel::Kind::Skills);
    const QStringList caption = ChartExporter::caption(workspace, QDate(2026, 11, 26));
    QCOMPARE(caption.size(), 3);
    QCOMPARE(caption.at(1), QStringLiteral("Filter: Skills: Python"));
    QCOMPARE(caption.at(2),
             QStringLiteral("4 of 6 postings · Thursday, November 26, 2026 · Job Market Explorer"));

    QTemporaryDir dir;
    for (const QSize size : {QSize(1600, 1000), QSize(640, 480)}) {
        const QString file = dir.filePath(QStringLiteral("skills-%1.png").arg(size.width()));
        ChartExporter exporter(model, {}, caption);
        QVERIFY2(exporter.writeFile(file, size), qPrintable(exporter.errorString()));
        QImage image;
        QVERIFY(image.load(file));
        QCOMPARE(image.size(), size);
        // Not blank: the bars' blue is there. The caption: dark text in the bottom tenth.
        int blue = 0, captionInk = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); x += 2) {
                const QColor c = image.pixelColor(x, y);
                if (c.blue() > 150 && c.red() < 60)
                    ++blue;
                if (y > image.height() * 9 / 10 && c.lightness() < 100)
                    ++captionInk;
            }
        }
        QVERIFY2(blue > 500, qPrintable(QString::number(blue)));
        QVERIFY2(captionInk > 100, qPrintable(QString::number(captionInk)));
    }
}

void tst_Charts::svgIsWellFormedAndCarriesTheCaption()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    ChartModel model(&workspace, ChartModel::Kind::Seniority);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("seniority.svg"));
    ChartExporter exporter(model, {}, ChartExporter::caption(workspace));
    QVERIFY2(exporter.writeFile(file), qPrintable(exporter.errorString()));
    QFile svg(file);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svg);
    QString text;
    bool isSvg = false;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("svg"))
            isSvg = true;
        if (xml.isCharacters())
            text += xml.text();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(isSvg);
    QVERIFY(text.contains(QStringLiteral("Filter: All postings")));
    QVERIFY(text.contains(QStringLiteral("Senior")));
}

void tst_Charts::pdfIsAPdf()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    ChartModel model(&workspace, ChartModel::Kind::Roles);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("roles.pdf"));
    ChartExporter exporter(model, {}, ChartExporter::caption(workspace));
    QVERIFY2(exporter.writeFile(file), qPrintable(exporter.errorString()));
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(pdf.size() > 2000);
    // The same into any device, e.g. memory
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(exporter.write(buffer, ChartExporter::Format::Pdf));
    QVERIFY(buffer.data().startsWith("%PDF-"));
}

void tst_Charts::failedExportsLeaveNoFile()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    ChartModel model(&workspace, ChartModel::Kind::Skills);
    ChartExporter exporter(model, {}, {});
    QTemporaryDir dir;

    // A folder given as the file
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("chart.png")));
    QVERIFY(!exporter.writeFile(dir.filePath(QStringLiteral("chart.png"))));
    QVERIFY2(exporter.errorString().contains(QStringLiteral("chart.png")),
             qPrintable(exporter.errorString()));
    // An unknown format, a silly size, a folder that does not exist
    QVERIFY(!exporter.writeFile(dir.filePath(QStringLiteral("chart.gif"))));
    QVERIFY(exporter.errorString().contains(QStringLiteral(".png, .svg or .pdf")));
    QVERIFY(!exporter.writeFile(dir.filePath(QStringLiteral("small.png")), QSize(10, 10)));
    QVERIFY(!exporter.writeFile(dir.filePath(QStringLiteral("missing/chart.svg"))));
    QVERIFY(exporter.errorString().contains(QStringLiteral("chart.svg")));

    // A read-only file stays as it was.
    const QString kept = dir.filePath(QStringLiteral("kept.png"));
    {
        QFile file(kept);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old");
    }
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    const bool written = exporter.writeFile(kept);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!written) {
        QFile file(kept);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("old"));
    } // (root may write anyway)
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), (QStringList{QStringLiteral("kept.png")}));
}

void tst_Charts::numbersExportAsCsv()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    ChartModel model(&workspace, ChartModel::Kind::Seniority);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("seniority.csv"));
    CsvExporter exporter;
    exporter.setRole(ChartModel::ExportRole);
    QVERIFY(exporter.writeFile(model, file));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(csv.readAll()),
             QStringLiteral(
                 "Seniority,Postings,Share of matching postings\r\n"
                 "Entry,1,16.7\r\nMid,1,16.7\r\nSenior,2,33.3\r\nStaff,1,16.7\r\nPrincipal,1,16.7\r\n"));
}

void tst_Charts::panelCopiesTheChartAndShowsTables()
{
    Workspace workspace;
    QVERIFY(workspace.open(m_path));
    ChartsPanel panel(&workspace);
    panel.resize(800, 360);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.currentChart()->model()->kind(), ChartModel::Kind::Skills);
    QVERIFY(panel.publishedAction()->isEnabled());

    // Only the chart on show follows the filter; the others catch up when chosen.
    QVERIFY(workspace.setFilterExpression(QStringLiteral("seniority:senior")));
    QVERIFY(panel.chart(ChartModel::Kind::WorkMode)->model()->rowCount() != 1);
    panel.nextAction()->trigger();
    panel.nextAction()->trigger();
    panel.nextAction()->trigger();
    QCOMPARE(panel.currentChart()->model()->kind(), ChartModel::Kind::WorkMode);
    QCOMPARE(panel.currentChart()->barLabels(), QStringList{QStringLiteral("Remote")});
    QVERIFY(!panel.publishedAction()->isEnabled());
    panel.previousAction()->trigger();
    QCOMPARE(panel.currentChart()->model()->kind(), ChartModel::Kind::Roles);

    panel.tableAction()->trigger();
    QVERIFY(panel.currentChart()->isTableShown());

    panel.copyAction()->trigger();
    const QImage copied = QApplication::clipboard()->image();
    QCOMPARE(copied.size(), ChartExporter::defaultSize);
}

QTEST_MAIN(tst_Charts)
#include "tst_charts.moc"
