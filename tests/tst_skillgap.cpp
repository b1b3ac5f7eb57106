#include "BundledData.h"
#include "BundledDataset.h"
#include "Client.h"
#include "FilterEngine.h"
#include "FilterExpression.h"
#include "PostingDatabase.h"
#include "PostingStore.h"
#include "RandomDataset.h"
#include "SkillGap.h"
#include "TestDatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace jobexplorer;

namespace {

const char *statusName(SkillGap::Status status)
{
    switch (status) {
    case SkillGap::Status::Held:
        return "held";
    case SkillGap::Status::Learning:
        return "learning";
    case SkillGap::Status::Missing:
        break;
    }
    return "missing";
}

// "Go 2/0 missing +1": skill, postings/preferred, status, unlocks.
QStringList skillRows(const SkillGap &gap, const PostingStore &store, int first = 1000)
{
    QStringList rows;
    for (const SkillGap::Skill &skill : gap.skills) {
        if (rows.size() == first)
            break;
        rows << QStringLiteral("%1 %2/%3 %4 +%5")
                    .arg(store.skillName(skill.skill))
                    .arg(skill.postings)
                    .arg(skill.preferred)
                    .arg(QLatin1String(statusName(skill.status)))
                    .arg(skill.unlocks);
    }
    return rows;
}

// "Terraform +1 =1": each step's skill, postings gained and postings fitted after it.
QStringList pathRows(const SkillGap &gap, const PostingStore &store)
{
    QStringList rows;
    for (const SkillGap::Step &step : gap.path)
        rows << QStringLiteral("%1 +%2 =%3")
                    .arg(store.skillName(step.skill))
                    .arg(step.gained)
                    .arg(step.fitted);
    return rows;
}

ClientSkills clientOf(const PostingStore &store,
                      std::initializer_list<std::pair<const char *, SkillLevel>> skills,
                      bool learningCounts = false)
{
    Client client;
    for (const auto &[name, level] : skills)
        client.skills.append({QString::fromUtf8(name), level});
    return client.skillSet(store, learningCounts);
}

// Skills A, B, C, D; the postings' skills with (p) for preferred:
//   P1: A, B      P2: A, B(p)      P3: A, B, C, D(p)      P4: none      P5: C
Dataset handMadeDataset()
{
    Dataset dataset;
    dataset.meta.title = QStringLiteral("Hand-made");
    dataset.skillCategories = {{QStringLiteral("letters"), QStringLiteral("Letters")}};
    for (const char *name : {"A", "B", "C", "D"})
        dataset.skills.append({QString::fromLatin1(name), QStringLiteral("letters"), {}});
    const QList<QStringList> postings = {
        {QStringLiteral("A"), QStringLiteral("B")},
        {QStringLiteral("A"), QStringLiteral("B(p)")},
        {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D(p)")},
        {},
        {QStringLiteral("C")}};
    for (qsizetype i = 0; i < postings.size(); ++i) {
        PostingRecord posting;
        posting.sourceId = QStringLiteral("P%1").arg(i + 1);
        posting.company = QStringLiteral("Company");
        posting.title = QStringLiteral("P%1").arg(i + 1);
        for (QString skill : postings.at(i)) {
            const bool preferred = skill.endsWith(QLatin1String("(p)"));
            skill.remove(QLatin1String("(p)"));
            posting.skills.append({skill, preferred ? Requirement::Preferred : Requirement::Required, skill});
        }
        dataset.postings.append(posting);
    }
    return dataset;
}

// The gap by definition, recomputing every posting's fit for every candidate of every step.
SkillGap bruteForceGap(const FilterEngine &engine, const std::vector<int> &rows, ClientSkills client,
                       double threshold, int pathLength)
{
    const PostingStore &store = engine.store();
    auto fits = [&](int row, const ClientSkills &skills) {
        const auto [held, total] = engine.fitWeights(row, skills);
        return Fit::reaches(held, total, threshold);
    };
    auto fitted = [&](const ClientSkills &skills) {
        return static_cast<int>(
            std::count_if(rows.begin(), rows.end(), [&](int row) { return fits(row, skills); }));
    };
    auto with = [](ClientSkills skills, int skill) {
        skills.levels[static_cast<std::size_t>(skill)] = SkillLevel::Has;
        return skills;
    };
    auto listedByOpen = [&](const ClientSkills &skills, int skill) {
        int open = 0;
        for (const int row : rows) {
            const auto ids = store.skillIds(row);
            if (!fits(row, skills) && std::find(ids.begin(), ids.end(), skill) != ids.end())
                ++open;
        }
        return open;
    };

    SkillGap gap;
    gap.postings = static_cast<int>(rows.size());
    gap.threshold = threshold;
    gap.fitsNow = fitted(client);
    for (int skill = 0; skill < store.skillCount(); ++skill) {
        SkillGap::Skill entry{skill, 0, 0, SkillGap::Status::Missing, 0};
        for (const int row : rows) {
            const auto ids = store.skillIds(row);
            const auto at = std::find(ids.begin(), ids.end(), skill);
            if (at == ids.end())
                continue;
            ++entry.postings;
            entry.preferred +=
                store.isPreferred(store.skillOffsets()[row] + static_cast<std::size_t>(at - ids.begin()));
        }
        if (entry.postings == 0)
            continue;
        const SkillLevel level = client.level(skill);
        entry.status = level == SkillLevel::Learning ? SkillGap::Status::Learning
                       : level == SkillLevel::None   ? SkillGap::Status::Missing
                                                     : SkillGap::Status::Held;
        entry.unlocks = client.holds(skill) ? 0 : fitted(with(client, skill)) - gap.fitsNow;
        gap.skills.push_back(entry);
    }
    std::sort(gap.skills.begin(), gap.skills.end(), [&](const SkillGap::Skill &a, const SkillGap::Skill &b) {
        if (a.postings != b.postings)
            return a.postings > b.postings;
        const int byName = store.skillName(a.skill).compare(store.skillName(b.skill), Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.skill < b.skill;
    });
    int now = gap.fitsNow;
    for (int step = 0; step < pathLength; ++step) {
        int best = -1, bestGain = 0, bestOpen = 0;
        for (int skill = 0; skill < store.skillCount(); ++skill) {
            if (client.holds(skill))
                continue;
            const int open = listedByOpen(client, skill);
            if (open == 0)
                continue;
            const int gain = fitted(with(client, skill)) - now;
            const bool better = best < 0 || gain > bestGain ||
                                (gain == bestGain &&
                                 (open > bestOpen ||
                                  (open == bestOpen && store.skillName(skill).compare(
                                                           store.skillName(best), Qt::CaseInsensitive) < 0)));
            if (better) {
                best = skill;
                bestGain = gain;
                bestOpen = open;
            }
        }
        if (best < 0)
            break;
        client = with(client, best);
        now += bestGain;
        gap.path.push_back({best, bestGain, now});
    }
    return gap;
}

} // namespace

class tst_SkillGap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shouldComputeTheGapOfARemoteClientOnTheBundledData_data();
    void shouldComputeTheGapOfARemoteClientOnTheBundledData();
    void shouldWeighPreferredSkillsHalfOnAHandMadeDatabase_data();
    void shouldWeighPreferredSkillsHalfOnAHandMadeDatabase();
    void shouldFilterByFitOnlyWithAClient_data();
    void shouldFilterByFitOnlyWithAClient();
    void shouldAgreeWithBruteForceOnRandomDatasets_data();
    void shouldAgreeWithBruteForceOnRandomDatasets();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostingDatabase> m_database;
    std::unique_ptr<PostingStore> m_store;
    std::unique_ptr<FilterEngine> m_engine;
    test::LoadedDatabase m_handMade;
};

void tst_SkillGap::initTestCase()
{
    QString error;
    const QString path =
        BundledDataset::ensureDatabase(resources::bundledDatasetFiles(), m_dir.path(), &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    m_database = PostingDatabase::open(path, &error);
    QVERIFY2(m_database, qPrintable(error));
    m_store = m_database->loadStore(&error);
    QVERIFY2(m_store, qPrintable(error));
    QVERIFY(!m_store->hasPreferredMentions()); // read only when a client needs them
    QVERIFY2(m_database->loadPreferredMentions(*m_store, &error), qPrintable(error));
    QVERIFY(m_store->hasPreferredMentions());
    m_engine = std::make_unique<FilterEngine>(*m_store);
    m_handMade = test::loadDatabase(m_dir, handMadeDataset(), QStringLiteral("handmade.sqlite"));
    QVERIFY(m_handMade.engine);
}

void tst_SkillGap::shouldComputeTheGapOfARemoteClientOnTheBundledData_data()
{
    // mode:remote,hybrid leaves three postings of the report. Their skills, (p) preferred:
    //   #1 NVIDIA:     Kubernetes, Python, Go, Terraform, Cloud Computing, NVIDIA DGX
    //                  → weight 12, the client holds Python: 2/12
    //   #3 Scale AI:   Python, Go, Rust, C++, vLLM(p), SGLang(p), TensorRT-LLM(p), Kubernetes,
    //                  Docker, Terraform, AWS, GCP, text-generation-inference(p), Cloud Computing,
    //                  Infrastructure as Code → 11 × 2 + 4 × 1 = 26, held Python, Docker, AWS: 6/26
    //   #27 Bluevine:  AI/ML Workloads, Data Pipelines, AWS, Amazon SageMaker → held AWS: 2/8
    QTest::addColumn<double>("threshold");
    QTest::addColumn<int>("fitsNow");
    QTest::addColumn<QStringList>("firstSkills");
    QTest::addColumn<QStringList>("path");
    // At 0.8 nothing fits and no one skill is enough; the path takes the skills that two
    // postings ask for (Cloud Computing, Go, Kubernetes by name), after which NVIDIA's 8/12
    // reaches 10/12 ≥ 9.6 with Terraform; then every skill left is asked for once.
    QTest::newRow("fit 0.8: nothing fits, NVIDIA fits after four steps")
        << 0.8 << 0
        << test::strings({"AWS 2/0 held +0", "Cloud Computing 2/0 missing +0", "Go 2/0 missing +0",
                          "Kubernetes 2/0 missing +0", "Python 2/0 held +0", "Terraform 2/0 missing +0",
                          "AI/ML Workloads 1/0 missing +0", "Amazon SageMaker 1/0 missing +0"})
        << test::strings({"Cloud Computing +0 =0", "Go +0 =0", "Kubernetes +0 =0", "Terraform +1 =1",
                          "AI/ML Workloads +0 =1"});
    // At 0.25 Bluevine fits (2/8); any required skill brings NVIDIA to 4/12 and any skill Scale
    // AI to at least 7/26 ≥ 6.5, so the four skills both list unlock two; Cloud Computing wins
    // by name, and then every posting fits.
    QTest::newRow("fit 0.25: Bluevine fits, Cloud Computing unlocks the other two")
        << 0.25 << 1
        << test::strings({"AWS 2/0 held +0", "Cloud Computing 2/0 missing +2", "Go 2/0 missing +2",
                          "Kubernetes 2/0 missing +2", "Python 2/0 held +0", "Terraform 2/0 missing +2",
                          "AI/ML Workloads 1/0 missing +0", "Amazon SageMaker 1/0 missing +0"})
        << test::strings({"Cloud Computing +2 =3"});
}

void tst_SkillGap::shouldComputeTheGapOfARemoteClientOnTheBundledData()
{
    QFETCH(double, threshold);
    QFETCH(int, fitsNow);
    QFETCH(QStringList, firstSkills);
    QFETCH(QStringList, path);

    // Given a client with Python, Docker and AWS and the remote or hybrid postings
    const ClientSkills client = clientOf(
        *m_store, {{"Python", SkillLevel::Has}, {"Docker", SkillLevel::Strong}, {"AWS", SkillLevel::Has}});
    const auto filter = FilterExpression::parse(QStringLiteral("mode:remote,hybrid"), *m_engine);
    QVERIFY(filter);
    const FilterResult result = m_engine->evaluate(*filter);
    QCOMPARE(result.matchCount(), 3);

    // When the gap is computed
    const SkillGap gap = SkillGapCalculator::compute(*m_engine, result.rows, client, threshold);

    // Then the fits, the skills asked for and the path are the hand-computed ones
    QList<std::pair<int, int>> weights;
    for (const int row : result.rows)
        weights << m_engine->fitWeights(row, client);
    QCOMPARE(weights, (QList<std::pair<int, int>>{{2, 12}, {6, 26}, {2, 8}}));
    QCOMPARE(gap.postings, 3);
    QCOMPARE(gap.fitsNow, fitsNow);
    QCOMPARE(static_cast<int>(gap.skills.size()), 19);
    QCOMPARE(skillRows(gap, *m_store, static_cast<int>(firstSkills.size())), firstSkills);
    QVERIFY(skillRows(gap, *m_store)
                .contains(QStringLiteral("vLLM 1/1 missing +%1").arg(threshold < 0.5 ? 1 : 0)));
    QVERIFY(skillRows(gap, *m_store).contains(QStringLiteral("Docker 1/0 held +0")));
    QCOMPARE(pathRows(gap, *m_store), path);
}

void tst_SkillGap::shouldWeighPreferredSkillsHalfOnAHandMadeDatabase_data()
{
    // The client has A and is learning C. Weights: P1 2/4, P2 2/3, P3 2/7, P4 (no skills) fits,
    // P5 0/2; counting C as held: P3 4/7, P5 2/2.
    QTest::addColumn<bool>("learningCounts");
    QTest::addColumn<int>("fitsNow");
    QTest::addColumn<QStringList>("skills");
    QTest::addColumn<QStringList>("path");
    // At 0.6: P2 and P4 fit. B brings P1 to 4/4; C brings P5 to 2/2; B and C are both listed by
    // two postings that do not fit, B wins by name; then P3 at 4/7 fits with C (6/7) or D (5/7),
    // so C unlocks P3 and P5.
    QTest::newRow("learning does not count")
        << false << 2
        << test::strings({"A 3/0 held +0", "B 3/1 missing +1", "C 2/0 learning +1", "D 1/1 missing +0"})
        << test::strings({"B +1 =3", "C +2 =5"});
    // Counting C: P5 fits too, and P3 at 4/7 fits with B (6/7) or D (5/7); P1 needs B.
    QTest::newRow("learning counts as held")
        << true << 3
        << test::strings({"A 3/0 held +0", "B 3/1 missing +2", "C 2/0 learning +0", "D 1/1 missing +1"})
        << test::strings({"B +2 =5"});
}

void tst_SkillGap::shouldWeighPreferredSkillsHalfOnAHandMadeDatabase()
{
    QFETCH(bool, learningCounts);
    QFETCH(int, fitsNow);
    QFETCH(QStringList, skills);
    QFETCH(QStringList, path);
    const FilterEngine &engine = *m_handMade.engine;
    const ClientSkills client =
        clientOf(*m_handMade.store, {{"A", SkillLevel::Has}, {"C", SkillLevel::Learning}}, learningCounts);
    const FilterResult all = engine.evaluate({});

    const SkillGap gap = SkillGapCalculator::compute(engine, all.rows, client, 0.6);

    QCOMPARE(gap.fitsNow, fitsNow);
    QCOMPARE(skillRows(gap, *m_handMade.store), skills);
    QCOMPARE(pathRows(gap, *m_handMade.store), path);
    QCOMPARE(engine.fitWeights(1, client), std::make_pair(2, 3));
    QCOMPARE(engine.fitWeights(3, client), std::make_pair(0, 0));
}

void tst_SkillGap::shouldFilterByFitOnlyWithAClient_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QString>("canonical");
    // The client has A: P1 0.5, P2 0.667, P3 0.286, P4 1 (no skills), P5 0.
    QTest::newRow("at least 0.6") << QStringLiteral("fit>=0.6") << test::strings({"P2", "P4"})
                                  << QStringLiteral("fit>=0.6");
    QTest::newRow("at least 50% as a percentage")
        << QStringLiteral("fit>=50%") << test::strings({"P1", "P2", "P4"}) << QStringLiteral("fit>=0.5");
    QTest::newRow("at most 0.3") << QStringLiteral("fit<=0.3") << test::strings({"P3", "P5"})
                                 << QStringLiteral("fit<=0.3");
    QTest::newRow("between 0.5 and 0.7, with another term")
        << QStringLiteral("fit:0.5..0.7 company:company") << test::strings({"P1", "P2"})
        << QStringLiteral("company:Company fit:0.5..0.7");
}

void tst_SkillGap::shouldFilterByFitOnlyWithAClient()
{
    QFETCH(QString, expression);
    QFETCH(QStringList, titles);
    QFETCH(QString, canonical);
    FilterEngine &engine = *m_handMade.engine;

    // Without a client the term is refused, naming what is missing
    engine.setClientSkills(std::nullopt);
    FilterExpression::Error error;
    QVERIFY(!FilterExpression::parse(expression, engine, &error));
    QVERIFY2(error.message.contains(QLatin1String("fit needs a client")), qPrintable(error.message));

    // With one it selects by fit, and reads back as written
    engine.setClientSkills(clientOf(*m_handMade.store, {{"A", SkillLevel::Has}}));
    const auto filter = FilterExpression::parse(expression, engine, &error);
    QVERIFY2(filter, qPrintable(error.message));
    QStringList matched;
    for (const int row : engine.evaluate(*filter).rows)
        matched << m_handMade.store->title(row);
    QCOMPARE(matched, titles);
    QCOMPARE(FilterExpression::format(*filter, engine), canonical);
    QCOMPARE(FilterExpression::parse(canonical, engine), filter);
    engine.setClientSkills(std::nullopt);
}

void tst_SkillGap::shouldAgreeWithBruteForceOnRandomDatasets_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("postings");
    QTest::newRow("seed 11, 300 postings") << 11u << 300;
    QTest::newRow("seed 12, 800 postings") << 12u << 800;
    QTest::newRow("seed 13, 60 postings") << 13u << 60;
}

void tst_SkillGap::shouldAgreeWithBruteForceOnRandomDatasets()
{
    QFETCH(quint32, seed);
    QFETCH(int, postings);
    QRandomGenerator random(seed);
    Dataset dataset = test::randomDataset(random, postings);
    for (PostingRecord &posting : dataset.postings) {
        for (SkillMentionRecord &skill : posting.skills) {
            if (random.bounded(4) == 0)
                skill.requirement = Requirement::Preferred;
        }
    }
    QTemporaryDir dir;
    const test::LoadedDatabase loaded = test::loadDatabase(dir, dataset, QStringLiteral("random.sqlite"));
    QVERIFY(loaded.engine);
    QVERIFY(loaded.store->hasPreferredMentions());
    const FilterEngine &engine = *loaded.engine;
    const PostingStore &store = *loaded.store;

    constexpr int rounds = 40;
    int pathSteps = 0;
    for (int round = 0; round < rounds; ++round) {
        // A random client of a few skills at random levels, against a random subset of rows
        ClientSkills client;
        client.levels.assign(static_cast<std::size_t>(store.skillCount()), SkillLevel::None);
        for (int i = 0, n = 1 + random.bounded(6); i < n; ++i)
            client.levels[static_cast<std::size_t>(random.bounded(store.skillCount()))] =
                static_cast<SkillLevel>(1 + random.bounded(3));
        client.learningCounts = random.bounded(2) == 1;
        std::vector<int> rows;
        const int keep = 1 + random.bounded(4);
        for (int row = 0; row < store.size(); ++row) {
            if (random.bounded(keep) == 0)
                rows.push_back(row);
        }
        const double threshold = std::array{0.5, 0.6, 0.75, 0.8, 1.0}[random.bounded(5)];

        const SkillGap gap = SkillGapCalculator::compute(engine, rows, client, threshold);
        const SkillGap expected =
            bruteForceGap(engine, rows, client, threshold, SkillGapCalculator::defaultPathLength);
        QCOMPARE(gap.fitsNow, expected.fitsNow);
        QCOMPARE(skillRows(gap, store), skillRows(expected, store));
        QCOMPARE(pathRows(gap, store), pathRows(expected, store));
        pathSteps += static_cast<int>(gap.path.size());
    }
    QVERIFY(pathSteps > rounds); // the paths were not all empty
}

QTEST_GUILESS_MAIN(tst_SkillGap)
#include "tst_skillgap.moc"
