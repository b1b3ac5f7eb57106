#include "FilterEngine.h"
#include "PostingDatabase.h"
#include "PostingStore.h"
#include "SalaryStatistics.h"
#include "TestDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace jobexplorer;

namespace {

using Loaded = test::LoadedDatabase;

PostingRecord posting(const QString &title, std::optional<double> min = std::nullopt,
                      std::optional<double> max = std::nullopt,
                      const QString &currency = QStringLiteral("USD"), PayPeriod period = PayPeriod::Year)
{
    PostingRecord p;
    p.title = title;
    p.salary.min = min;
    p.salary.max = max;
    if (p.salary.isStated()) {
        p.salary.currency = currency;
        p.salary.period = period;
    }
    return p;
}

Dataset datasetOf(const QList<PostingRecord> &postings)
{
    Dataset dataset = test::sampleDataset(); // for its taxonomy
    dataset.postings = postings;
    return dataset;
}

// Every figure on one line, so that a failure shows the whole picture.
QString statisticsText(const SalaryStatistics &s)
{
    return QStringLiteral("%1 n=%2 other=%3 box=%4/%5/%6/%7/%8 range=%9..%10")
        .arg(s.currency)
        .arg(s.withSalary)
        .arg(s.otherCurrency)
        .arg(s.minimum, 0, 'g', 12)
        .arg(s.firstQuartile, 0, 'g', 12)
        .arg(s.median, 0, 'g', 12)
        .arg(s.thirdQuartile, 0, 'g', 12)
        .arg(s.maximum, 0, 'g', 12)
        .arg(s.lowestMinimum, 0, 'g', 12)
        .arg(s.highestMaximum, 0, 'g', 12);
}

} // namespace

class tst_SalaryStatistics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldComputeQuartilesLikeType7_data();
    void shouldComputeQuartilesLikeType7();
    void shouldGiveZerosWithoutMidpoints();
    void shouldAnnualiseEveryPayPeriod_data();
    void shouldAnnualiseEveryPayPeriod();
    void shouldDescribePostingsOfTheDatabase_data();
    void shouldDescribePostingsOfTheDatabase();
    void shouldSayWhatWasLeftOutAndWhy();
};

void tst_SalaryStatistics::shouldComputeQuartilesLikeType7_data()
{
    QTest::addColumn<QList<double>>("midpoints");
    QTest::addColumn<QList<double>>("expected"); // minimum, Q1, median, Q3, maximum
    // Worked by hand: the p-quantile of n sorted values x is at position h = p(n-1), between
    // x[floor h] and the next, linearly.
    QTest::newRow("one value") << QList<double>{100} << QList<double>{100, 100, 100, 100, 100};
    QTest::newRow("two values") << QList<double>{201825, 180000}
                                << QList<double>{180000, 185456.25, 190912.5, 196368.75, 201825};
    QTest::newRow("odd count, unsorted")
        << QList<double>{50, 10, 40, 20, 30} << QList<double>{10, 20, 30, 40, 50};
    QTest::newRow("even count") << QList<double>{4, 1, 3, 2} << QList<double>{1, 1.75, 2.5, 3.25, 4};
    QTest::newRow("ties at the bottom") << QList<double>{5, 10, 5, 5} << QList<double>{5, 5, 5, 6.25, 10};
    QTest::newRow("ties around the median")
        << QList<double>{300, 200, 100, 200, 300, 200} << QList<double>{100, 200, 200, 275, 300};
    QTest::newRow("all equal") << QList<double>{7, 7, 7} << QList<double>{7, 7, 7, 7, 7};
}

void tst_SalaryStatistics::shouldComputeQuartilesLikeType7()
{
    QFETCH(QList<double>, midpoints);
    QFETCH(QList<double>, expected);
    SalaryStatistics stats;
    stats.setMidpoints(std::vector<double>(midpoints.begin(), midpoints.end()));
    QCOMPARE(stats.withSalary, midpoints.size());
    QCOMPARE(
        (QList<double>{stats.minimum, stats.firstQuartile, stats.median, stats.thirdQuartile, stats.maximum}),
        expected);
    std::vector<double> values(midpoints.begin(), midpoints.end());
    QCOMPARE(SalaryStatistics::quantile(values, 0.5), expected.at(2));
}

void tst_SalaryStatistics::shouldGiveZerosWithoutMidpoints()
{
    SalaryStatistics stats;
    stats.median = 1; // left over from before
    stats.setMidpoints({});
    QCOMPARE(statisticsText(stats), statisticsText(SalaryStatistics{}));
}

void tst_SalaryStatistics::shouldAnnualiseEveryPayPeriod_data()
{
    QTest::addColumn<PayPeriod>("period");
    QTest::addColumn<double>("multiplier");
    QTest::addColumn<double>("amount");
    QTest::addColumn<double>("annual");
    QTest::newRow("hour ×2080") << PayPeriod::Hour << 2080.0 << 55.25 << 114920.0;
    QTest::newRow("day ×260") << PayPeriod::Day << 260.0 << 400.0 << 104000.0;
    QTest::newRow("week ×52") << PayPeriod::Week << 52.0 << 2000.0 << 104000.0;
    QTest::newRow("biweek ×26") << PayPeriod::Biweek << 26.0 << 4000.0 << 104000.0;
    QTest::newRow("month ×12") << PayPeriod::Month << 12.0 << 8000.0 << 96000.0;
    QTest::newRow("year ×1") << PayPeriod::Year << 1.0 << 120000.0 << 120000.0;
    QTest::newRow("unknown ×1") << PayPeriod::Unknown << 1.0 << 0.0 << 0.0;
}

void tst_SalaryStatistics::shouldAnnualiseEveryPayPeriod()
{
    QFETCH(PayPeriod, period);
    QFETCH(double, multiplier);
    QFETCH(double, amount);
    QFETCH(double, annual);
    QCOMPARE(annualMultiplier(period), multiplier);
    if (period == PayPeriod::Unknown)
        return; // a stated salary always has a period (the reader defaults it to year)

    // Given a posting paid per period, when it is written to a database and loaded
    QTemporaryDir dir;
    const Loaded loaded = test::loadDatabase(
        dir, datasetOf({posting(QStringLiteral("Paid"), amount, amount * 2, QStringLiteral("USD"), period)}),
        QStringLiteral("period.sqlite"));
    QVERIFY(loaded.store);
    // Then the store and the statistics see the annual amounts
    QCOMPARE(double(loaded.store->annualSalaryMin(0)), annual);
    QCOMPARE(double(loaded.store->annualSalaryMax(0)), annual * 2);
    QCOMPARE(loaded.engine->evaluate({}).salary.median, annual * 1.5);
    // and the detail keeps the amount as written
    const auto detail = loaded.database->loadDetail(loaded.store->postingId(0));
    QVERIFY(detail);
    QCOMPARE(*detail->posting.salary.min, amount);
    QCOMPARE(detail->posting.salary.period, period);
}

void tst_SalaryStatistics::shouldDescribePostingsOfTheDatabase_data()
{
    QTest::addColumn<QList<PostingRecord>>("postings");
    QTest::addColumn<QString>("expected");
    const QString eur = QStringLiteral("EUR");
    const QString gbp = QStringLiteral("GBP");
    QTest::newRow("none with a salary")
        << QList<PostingRecord>{posting(QStringLiteral("a")), posting(QStringLiteral("b"))}
        << QStringLiteral(" n=0 other=0 box=0/0/0/0/0 range=0..0");
    QTest::newRow("one posting") << QList<PostingRecord>{posting(QStringLiteral("a"), 100000, 120000)}
                                 << QStringLiteral("USD n=1 other=0 box=110000/110000/110000/110000/110000 "
                                                   "range=100000..120000");
    QTest::newRow("one bound stands for both")
        << QList<PostingRecord>{posting(QStringLiteral("a"), 90000),
                                posting(QStringLiteral("b"), std::nullopt, 150000)}
        << QStringLiteral("USD n=2 other=0 box=90000/105000/120000/135000/150000 range=90000..150000");
    QTest::newRow("mixed currencies: USD dominant, EUR and GBP left out")
        << QList<PostingRecord>{posting(QStringLiteral("u1"), 90000, 110000),
                                posting(QStringLiteral("e1"), 50000, 60000, eur),
                                posting(QStringLiteral("u2"), 100000, 120000),
                                posting(QStringLiteral("g1"), 70000, 80000, gbp),
                                posting(QStringLiteral("u3"), 120000, 140000),
                                posting(QStringLiteral("e2"), 1, 2, eur),
                                posting(QStringLiteral("none"))}
        << QStringLiteral("USD n=3 other=3 box=100000/105000/110000/120000/130000 range=90000..140000");
    QTest::newRow("mixed currencies: hourly EUR outnumbers yearly USD")
        << QList<PostingRecord>{posting(QStringLiteral("u1"), 90000, 110000),
                                posting(QStringLiteral("e1"), 50, 60, eur, PayPeriod::Hour),
                                posting(QStringLiteral("e2"), 40, 50, eur, PayPeriod::Hour)}
        // EUR midpoints: 40–50/h → 93,600 and 50–60/h → 114,400; Q1 = 93,600 + 0.25 × 20,800
        << QStringLiteral("EUR n=2 other=1 box=93600/98800/104000/109200/114400 range=83200..124800");
}

void tst_SalaryStatistics::shouldDescribePostingsOfTheDatabase()
{
    QFETCH(QList<PostingRecord>, postings);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const Loaded loaded = test::loadDatabase(dir, datasetOf(postings), QStringLiteral("salaries.sqlite"));
    QVERIFY(loaded.engine);
    QCOMPARE(statisticsText(loaded.engine->evaluate({}).salary), expected);
}

void tst_SalaryStatistics::shouldSayWhatWasLeftOutAndWhy()
{
    SalaryStatistics stats;
    stats.withSalary = 3;
    stats.otherCurrency = 3;
    QCOMPARE(stats.withoutSalary(7), 1);
    QCOMPARE(stats.leftOut(7), 4);
    QCOMPARE(stats.leftOutText(7), QStringLiteral("1 without a salary, 3 in another currency"));
    QCOMPARE(stats.leftOutText(6), QStringLiteral("3 in another currency"));
    stats.otherCurrency = 0;
    QCOMPARE(stats.leftOutText(3), QString());
    QCOMPARE(stats.leftOutText(5), QStringLiteral("2 without a salary"));
}

QTEST_GUILESS_MAIN(tst_SalaryStatistics)
#include "tst_salarystatistics.moc"
