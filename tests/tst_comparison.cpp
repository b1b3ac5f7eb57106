#include "BundledData.h"
#include "BundledDataset.h"
#include "Comparison.h"
#include "FilterEngine.h"
#include "PostingDatabase.h"
#include "PostingStore.h"
#include "SalaryRanges.h"

#include <QTemporaryDir>
#include <QTest>

using namespace jobexplorer;

namespace {

QString boxText(const SalaryStatistics &s)
{
    return QStringLiteral("%1 n=%2 other=%3 box=%4/%5/%6/%7/%8 range=%9..%10")
        .arg(s.currency)
        .arg(s.withSalary)
        .arg(s.otherCurrency)
        .arg(s.minimum, 0, 'f', 2)
        .arg(s.firstQuartile, 0, 'f', 2)
        .arg(s.median, 0, 'f', 2)
        .arg(s.thirdQuartile, 0, 'f', 2)
        .arg(s.maximum, 0, 'f', 2)
        .arg(s.lowestMinimum, 0, 'f', 0)
        .arg(s.highestMaximum, 0, 'f', 0);
}

QString rangeText(const PostingSalaryRange &r)
{
    return QStringLiteral("%1 | %2 | %3..%4 mid %5 | %6")
        .arg(r.company, r.title)
        .arg(r.minimum, 0, 'f', 0)
        .arg(r.maximum, 0, 'f', 0)
        .arg(r.midpoint, 0, 'f', 0)
        .arg(Vocabulary::key(Vocabulary::seniorities, r.level));
}

} // namespace

// Cohorts of the bundled dataset, checked against the figures of the December 2025 report
// (resources/data/README.md lists how each figure became data).
class tst_Comparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shouldCountPostingsPerLevelAsTheDatasetRecordsThem();
    void shouldComputeTheSalaryBoxOfTheReportsFourRanges();
    void shouldPutThePublishedBandsBesideThePostings();
    void shouldFindTheReferenceBandOfALevel_data();
    void shouldFindTheReferenceBandOfALevel();
    void shouldListSalaryRangesSortedByMidpoint();
    void shouldGiveTopSkillsWithShares();
    void shouldApplyTheMuchMoreCommonRule_data();
    void shouldApplyTheMuchMoreCommonRule();
    void shouldFlagSkillsMuchMoreCommonInOneCohort();
    void shouldNameTheCohortWhoseFilterIsNotValid();

private:
    std::optional<Comparison> compare(const QList<Comparison::Entry> &entries);

    QTemporaryDir m_dir;
    std::unique_ptr<PostingDatabase> m_database;
    std::unique_ptr<PostingStore> m_store;
    std::unique_ptr<FilterEngine> m_engine;
    QList<SalaryBandRecord> m_bands;
};

void tst_Comparison::initTestCase()
{
    QString error;
    const QString path =
        BundledDataset::ensureDatabase(resources::bundledDatasetFiles(), m_dir.path(), &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    m_database = PostingDatabase::open(path, &error);
    QVERIFY2(m_database, qPrintable(error));
    m_store = m_database->loadStore(&error);
    QVERIFY2(m_store, qPrintable(error));
    m_engine = std::make_unique<FilterEngine>(*m_store);
    m_bands = m_database->loadReference().salaryBands;
}

std::optional<Comparison> tst_Comparison::compare(const QList<Comparison::Entry> &entries)
{
    QString error;
    auto comparison = Comparison::compute(*m_engine, entries, &error);
    if (!comparison)
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return comparison;
}

void tst_Comparison::shouldCountPostingsPerLevelAsTheDatasetRecordsThem()
{
    // Given a cohort of all 42 postings of the report and one per level
    const auto comparison =
        compare({{{QStringLiteral("All"), QString()}, {}},
                 {{QStringLiteral("Senior"), QStringLiteral("seniority:senior")}, {}},
                 {{QStringLiteral("Staff+"), QStringLiteral("seniority:staff,principal")}, {}}});
    QVERIFY(comparison);
    // Then: "entry 1, mid 2, senior 12, staff 6, principal 2 and unknown 19" (the dataset's
    // levels of the report's 42 postings)
    const CohortStatistics &all = comparison->at(0);
    QCOMPARE(all.postings, 42);
    QCOMPARE(all.description, QStringLiteral("All postings"));
    QCOMPARE(all.seniorityMix, (std::array<int, 6>{19, 1, 2, 12, 6, 2})); // in enum order: unknown first
    QCOMPARE(comparison->at(1).postings, 12);
    QCOMPARE(comparison->at(1).seniorityCount(Seniority::Senior), 12);
    QCOMPARE(comparison->at(2).postings, 8);
    QCOMPARE(comparison->at(2).seniorityCount(Seniority::Staff), 6);
    QCOMPARE(comparison->at(2).seniorityCount(Seniority::Principal), 2);
    QCOMPARE(comparison->at(2).description, QStringLiteral("Seniority: Staff or Principal"));
}

void tst_Comparison::shouldComputeTheSalaryBoxOfTheReportsFourRanges()
{
    // The report states four salary ranges: Scale AI $179,400–$224,250 (midpoint 201,825),
    // Apple Staff $181,100–$318,400 (249,750), Apple On-device $147,400–$272,100 (209,750),
    // AppLovin $144k–$216k (180,000). Sorted midpoints 180,000 201,825 209,750 249,750:
    // Q1 at 0.75 → 180,000 + 0.75 × 21,825 = 196,368.75; median (201,825 + 209,750) / 2 =
    // 205,787.5; Q3 at 2.25 → 209,750 + 0.25 × 40,000 = 219,750.
    const auto comparison = compare({{{QStringLiteral("With salary"), QStringLiteral("has:salary")}, {}},
                                     {{QStringLiteral("Staff"), QStringLiteral("seniority:staff")}, {}},
                                     {{QStringLiteral("Senior"), QStringLiteral("seniority:senior")}, {}}});
    QVERIFY(comparison);
    QCOMPARE(comparison->at(0).postings, 4);
    QCOMPARE(
        boxText(comparison->at(0).salary),
        QStringLiteral(
            "USD n=4 other=0 box=180000.00/196368.75/205787.50/219750.00/249750.00 range=144000..318400"));
    // Staff: only Apple's Staff ML Infrastructure Engineer states pay
    QCOMPARE(
        boxText(comparison->at(1).salary),
        QStringLiteral(
            "USD n=1 other=0 box=249750.00/249750.00/249750.00/249750.00/249750.00 range=181100..318400"));
    QCOMPARE(comparison->at(1).salary.leftOutText(comparison->at(1).postings),
             QStringLiteral("5 without a salary"));
    // Senior: none of the twelve states pay
    QCOMPARE(comparison->at(2).salary.withSalary, 0);
    QCOMPARE(comparison->at(2).salary.leftOutText(12), QStringLiteral("12 without a salary"));
}

void tst_Comparison::shouldPutThePublishedBandsBesideThePostings()
{
    // "Senior (5-8 years): Base Salary: $168,000 - $230,000"; "Staff/Principal (8+ years): Base
    // Salary: $180,000 - $320,000"; "Total Comp: $280,000 - $500,000+"
    const auto senior = SalaryRanges::referenceBand(m_bands, Seniority::Senior);
    const auto staffTotal = SalaryRanges::referenceBand(m_bands, Seniority::Staff, QStringLiteral("total"));
    QVERIFY(senior && staffTotal);
    const auto comparison =
        compare({{{QStringLiteral("Senior postings"), QStringLiteral("seniority:senior")}, {}},
                 {{}, senior},
                 {{QStringLiteral("Mine"), {}}, staffTotal}});
    QVERIFY(comparison);
    const CohortStatistics &band = comparison->at(1);
    QVERIFY(band.isBand());
    QCOMPARE(band.name, QStringLiteral("Senior base, report"));
    QCOMPARE(band.description,
             QStringLiteral("Salary Progression Expectations: Base Salary: $168,000 - $230,000"));
    QCOMPARE(band.salary.currency, QStringLiteral("USD"));
    QCOMPARE(band.salary.lowestMinimum, 168000.0);
    QCOMPARE(band.salary.highestMaximum, 230000.0);
    QCOMPARE(band.postings, 0);
    QVERIFY(band.topSkills.isEmpty());
    QCOMPARE(comparison->at(2).name, QStringLiteral("Mine"));
    QCOMPARE(comparison->at(2).salary.highestMaximum, 500000.0);
    QVERIFY(comparison->at(2).band->openEnded);
    QCOMPARE(Comparison::bandName(*staffTotal), QStringLiteral("Staff/Principal total comp, report"));
}

void tst_Comparison::shouldFindTheReferenceBandOfALevel_data()
{
    QTest::addColumn<Seniority>("level");
    QTest::addColumn<QString>("payType");
    QTest::addColumn<QString>("expected");
    QTest::newRow("entry base") << Seniority::Entry << "base"
                                << "Base Salary: $90,000 - $140,000";
    QTest::newRow("mid base") << Seniority::Mid << "base"
                              << "Base Salary: $130,000 - $180,000";
    QTest::newRow("senior base, not Large Tech's") << Seniority::Senior << "base"
                                                   << "Base Salary: $168,000 - $230,000";
    QTest::newRow("senior total, not Top companies") << Seniority::Senior << "total"
                                                     << "Total Comp: $220,000 - $350,000";
    QTest::newRow("staff base") << Seniority::Staff << "base"
                                << "Base Salary: $180,000 - $320,000";
    QTest::newRow("principal falls back to Staff/Principal") << Seniority::Principal << "base"
                                                             << "Base Salary: $180,000 - $320,000";
    QTest::newRow("unknown level has none") << Seniority::Unknown << "base"
                                            << "";
}

void tst_Comparison::shouldFindTheReferenceBandOfALevel()
{
    QFETCH(Seniority, level);
    QFETCH(QString, payType);
    QFETCH(QString, expected);
    const auto band = SalaryRanges::referenceBand(m_bands, level, payType);
    QCOMPARE(band ? band->text : QString(), expected);
}

void tst_Comparison::shouldListSalaryRangesSortedByMidpoint()
{
    const FilterResult result = m_engine->evaluate({});
    const auto ranges = SalaryRanges::of(*m_store, result.rows, result.salary.currency);
    QStringList lines;
    for (const auto &range : ranges)
        lines << rangeText(range);
    QCOMPARE(lines,
             (QStringList{
                 QStringLiteral(
                     "AppLovin | ML Infrastructure Engineer, New Grad | 144000..216000 mid 180000 | entry"),
                 QStringLiteral("Scale AI | AI Infrastructure Engineer, Model Serving Platform | "
                                "179400..224250 mid 201825 | mid"),
                 QStringLiteral("Apple | On-device ML Infrastructure Engineer (Core ML Framework) | "
                                "147400..272100 mid 209750 | unknown"),
                 QStringLiteral("Apple | Staff ML Infrastructure Engineer (ML Platform & Technology - ML "
                                "Compute) | 181100..318400 mid 249750 | staff"),
             }));
    QVERIFY(SalaryRanges::of(*m_store, result.rows, QStringLiteral("EUR")).empty());
}

void tst_Comparison::shouldGiveTopSkillsWithShares()
{
    const auto comparison = compare({{{QStringLiteral("All"), QString()}, {}},
                                     {{QStringLiteral("Senior"), QStringLiteral("seniority:senior")}, {}}});
    QVERIFY(comparison);
    const QList<SkillShare> &top = comparison->at(1).topSkills;
    QCOMPARE(top.size(), Comparison::topSkillCount);
    // Most common first; Kubernetes in 7 of the 12 senior postings
    QCOMPARE(top.at(0).name, QStringLiteral("Kubernetes"));
    QCOMPARE(top.at(0).count, 7);
    QCOMPARE(top.at(0).share, 7.0 / 12);
    for (qsizetype i = 1; i < top.size(); ++i)
        QVERIFY(top.at(i - 1).count >= top.at(i).count);
}

void tst_Comparison::shouldApplyTheMuchMoreCommonRule_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("otherCount");
    QTest::addColumn<int>("otherTotal");
    QTest::addColumn<bool>("expected");
    QTest::newRow("20% against none") << 2 << 10 << 0 << 10 << true;
    QTest::newRow("30% against 10%") << 3 << 10 << 1 << 10 << true;
    QTest::newRow("40% against 20%: exactly 20 points and twice") << 4 << 10 << 2 << 10 << true;
    QTest::newRow("50% against 30%: 20 points, not twice") << 5 << 10 << 3 << 10 << false;
    QTest::newRow("15% against 0%: twice, not 20 points") << 3 << 20 << 0 << 10 << false;
    QTest::newRow("one posting is an anecdote") << 1 << 2 << 0 << 10 << false;
    QTest::newRow("against an empty cohort") << 5 << 10 << 0 << 0 << false;
    QTest::newRow("cohorts of different sizes: 50% against 20%") << 5 << 10 << 20 << 100 << true;
}

void tst_Comparison::shouldApplyTheMuchMoreCommonRule()
{
    QFETCH(int, count);
    QFETCH(int, total);
    QFETCH(int, otherCount);
    QFETCH(int, otherTotal);
    QFETCH(bool, expected);
    QCOMPARE(Comparison::isMuchMoreCommon(count, total, otherCount, otherTotal), expected);
}

void tst_Comparison::shouldFlagSkillsMuchMoreCommonInOneCohort()
{
    // Given senior postings (Kubernetes 7 of 12, 58%), staff and principal ones (2 of 8, 25%)
    // and a published band
    const auto comparison =
        compare({{{QStringLiteral("Senior"), QStringLiteral("seniority:senior")}, {}},
                 {{QStringLiteral("Staff+"), QStringLiteral("seniority:staff,principal")}, {}},
                 {{}, SalaryRanges::referenceBand(m_bands, Seniority::Senior)}});
    QVERIFY(comparison);
    const SkillShare &kubernetes = comparison->at(0).topSkills.at(0);
    QCOMPARE(kubernetes.name, QStringLiteral("Kubernetes"));
    // Then Kubernetes is much more common among senior postings than among staff ones (33
    // points, 2.3 times), and bands take no part
    QCOMPARE(kubernetes.muchMoreCommonThan, QList<int>{1});
    QVERIFY(kubernetes.isDistinctive());
    for (const SkillShare &skill : comparison->at(1).topSkills) {
        if (skill.name == QLatin1String("Kubernetes"))
            QVERIFY(!skill.isDistinctive());
        // Every flag agrees with the rule
        for (const int other : skill.muchMoreCommonThan) {
            const int otherCount = static_cast<int>(std::count_if(
                comparison->at(other).rows.begin(), comparison->at(other).rows.end(), [&](int row) {
                    const auto ids = m_store->skillIds(row);
                    return std::find(ids.begin(), ids.end(), skill.skill) != ids.end();
                }));
            QVERIFY(Comparison::isMuchMoreCommon(skill.count, comparison->at(1).postings, otherCount,
                                                 comparison->at(other).postings));
        }
    }
}

void tst_Comparison::shouldNameTheCohortWhoseFilterIsNotValid()
{
    QString error;
    const auto comparison =
        Comparison::compute(*m_engine,
                            {{{QStringLiteral("Fine"), QStringLiteral("has:salary")}, {}},
                             {{QStringLiteral("Wizards"), QStringLiteral("seniority:wizard")}, {}}},
                            &error);
    QVERIFY(!comparison);
    QVERIFY2(error.startsWith(QStringLiteral(
                 "The filter of cohort “Wizards” is not valid: “seniority:wizard” at character 1")),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_Comparison)
#include "tst_comparison.moc"
