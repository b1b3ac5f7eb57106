#include "FilterEngine.h"
#include "PostingDatabase.h"
#include "PostingStore.h"
#include "SqlFilterEvaluator.h"
#include "TestDatabase.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace jobexplorer;

namespace {

struct Loaded : test::LoadedDatabase
{
    std::unique_ptr<SqlFilterEvaluator> sql;
};

Loaded load(const QTemporaryDir &dir, const Dataset &dataset, const QString &name)
{
    Loaded loaded;
    static_cast<test::LoadedDatabase &>(loaded) = test::loadDatabase(dir, dataset, name);
    if (loaded.engine)
        loaded.sql = std::make_unique<SqlFilterEvaluator>(loaded.path, *loaded.engine);
    return loaded;
}

LocationRecord place(const QString &city, const QString &region, const QString &country,
                     const QString &metro = {}, const QString &text = {})
{
    return {city, region, country, metro, text.isEmpty() ? city : text};
}

SalaryRecord salary(std::optional<double> min, std::optional<double> max, const QString &currency,
                    PayPeriod period = PayPeriod::Year)
{
    return {min, max, currency, period, QStringLiteral("as written")};
}

QList<SkillMentionRecord> skills(const QStringList &names)
{
    QList<SkillMentionRecord> mentions;
    for (const QString &name : names)
        mentions.append({name, Requirement::Required, {}});
    return mentions;
}

// The sample's six postings and six more with the values that are easy to get wrong in SQL:
// no company, a location that is only text, a US city without a region, a region without a
// city or without a country, two locations in one metro area, one-sided salary and experience
// ranges, hourly pay, salaries in three currencies and one without a currency.
Dataset edgeCaseDataset()
{
    Dataset dataset = test::sampleDataset();
    auto add = [&dataset](const QString &company, const QString &title, const QString &role,
                          Seniority seniority, WorkMode mode, EmploymentType type) -> PostingRecord & {
        PostingRecord posting;
        posting.company = company;
        posting.label = company.isEmpty() ? title : QString();
        posting.title = title;
        posting.roleFamily = role;
        posting.seniority = seniority;
        posting.workMode = mode;
        posting.employmentType = type;
        dataset.postings.append(posting);
        return dataset.postings.last();
    };
    const QString us = QStringLiteral("United States");

    PostingRecord &contract =
        add({}, QStringLiteral("MLOps Engineer (contract)"), QStringLiteral("MLOps Infrastructure Engineer"),
            Seniority::Mid, WorkMode::Remote, EmploymentType::Contract);
    contract.salary = salary(55.25, 70.5, QStringLiteral("EUR"), PayPeriod::Hour);
    contract.locations = {place({}, {}, {}, {}, QStringLiteral("Remote"))};
    contract.experienceMax = 3;
    contract.industry = QStringLiteral("Consulting");
    contract.companySize = QStringLiteral("51-200");
    contract.skills = skills({QStringLiteral("Python"), QStringLiteral("MLflow"), QStringLiteral("Docker")});

    PostingRecord &zurich = add(QStringLiteral("Nimbus Labs"), QStringLiteral("Senior Platform Engineer"),
                                QStringLiteral("AI Platform Engineer"), Seniority::Senior, WorkMode::Hybrid,
                                EmploymentType::FullTime);
    zurich.salary = salary(90000, std::nullopt, QStringLiteral("EUR"));
    zurich.locations = {place(QStringLiteral("Zürich"), {}, QStringLiteral("Switzerland"),
                              QStringLiteral("Zürich Metropolitan Area")),
                        place(QStringLiteral("Berlin"), QStringLiteral("Berlin"), QStringLiteral("Germany"))};
    zurich.experienceMin = 5;
    zurich.experienceMax = 8;
    zurich.industry = QStringLiteral("Software");
    zurich.companySize = QStringLiteral("11-50");
    zurich.skills = skills({QStringLiteral("Kubernetes"), QStringLiteral("Go"), QStringLiteral("Rust")});

    PostingRecord &austin = add(QStringLiteral("Scale AI"), QStringLiteral("Staff Inference Engineer"),
                                QStringLiteral("AI Infrastructure Engineer"), Seniority::Staff,
                                WorkMode::OnSite, EmploymentType::FullTime);
    austin.salary = salary(std::nullopt, 250000, QStringLiteral("USD"));
    austin.locations = {place(QStringLiteral("Austin"), {}, us),
                        place({}, QStringLiteral("CA"), us, {}, QStringLiteral("California")),
                        place({}, {}, QStringLiteral("Canada"), {}, QStringLiteral("Canada"))};
    austin.experienceMin = 10;
    austin.skills = skills({QStringLiteral("vLLM"), QStringLiteral("Python"), QStringLiteral("Kubernetes"),
                            QStringLiteral("AWS")});

    PostingRecord &seattle = add(QStringLiteral("Nimbus Labs"), QStringLiteral("ML Infrastructure Engineer"),
                                 QStringLiteral("ML Infrastructure Engineer"), Seniority::Senior,
                                 WorkMode::Remote, EmploymentType::FullTime);
    seattle.salary = salary(80000, 100000, QStringLiteral("GBP"));
    seattle.locations = {
        place(QStringLiteral("Seattle"), QStringLiteral("WA"), us, QStringLiteral("Seattle")),
        place(QStringLiteral("Bellevue"), QStringLiteral("WA"), us, QStringLiteral("Seattle"))};
    seattle.experienceMin = 3;
    seattle.experienceMax = 5;
    seattle.industry = QStringLiteral("Software");
    seattle.companySize = QStringLiteral("11-50");
    seattle.skills = skills({QStringLiteral("Python"), QStringLiteral("Terraform"), QStringLiteral("AWS")});

    PostingRecord &toronto = add(QStringLiteral("Maple AI"), QStringLiteral("Senior MLOps Engineer"),
                                 QStringLiteral("MLOps Infrastructure Engineer"), Seniority::Senior,
                                 WorkMode::Hybrid, EmploymentType::FullTime);
    toronto.salary = salary(100000, 120000, {});
    toronto.locations = {place(QStringLiteral("Toronto"), QStringLiteral("ON"), QStringLiteral("Canada"),
                               QStringLiteral("Greater Toronto Area")),
                         place({}, QStringLiteral("Bavaria"), {}, {}, QStringLiteral("Bavaria"))};
    toronto.industry = QStringLiteral("Finance");
    toronto.companySize = QStringLiteral("201-500");
    toronto.skills = skills({QStringLiteral("Kubernetes"), QStringLiteral("Databricks")});

    add(QStringLiteral("Orbit"), QStringLiteral("Engineer"), {}, Seniority::Unknown, WorkMode::Unknown,
        EmploymentType::Unknown);
    return dataset;
}

Facet facetOfKey(const QString &key)
{
    static const QHash<QString, Facet> facets{
        {QStringLiteral("role"), Facet::Role},           {QStringLiteral("seniority"), Facet::Seniority},
        {QStringLiteral("location"), Facet::Location},   {QStringLiteral("mode"), Facet::WorkMode},
        {QStringLiteral("type"), Facet::EmploymentType}, {QStringLiteral("skill"), Facet::Skill},
        {QStringLiteral("company"), Facet::Company},     {QStringLiteral("industry"), Facet::Industry},
        {QStringLiteral("size"), Facet::CompanySize},
    };
    return facets.value(key);
}

// A filter from a compact spec: terms separated by ';', each "key=value|value" (one clause),
// "-key=value|value" (excluded), "salary>=N", "salary<=N", "currency=CODE" (the salary range's),
// "experience>=N", "experience<=N", "has:salary" or "text=words". Values are found by name, as the filter
// panel finds them.
Filter makeFilter(const FilterEngine &engine, const QString &spec)
{
    Filter filter;
    const QStringList terms = spec.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (QString term : terms) {
        term = term.trimmed();
        if (term == QLatin1String("has:salary")) {
            filter.requireSalary = true;
            continue;
        }
        if (term.startsWith(QLatin1String("currency="))) {
            filter.salaryCurrency = term.section(QLatin1Char('='), 1);
            continue;
        }
        for (const auto &[name, range] : {std::pair{QStringLiteral("salary"), &filter.salary},
                                          std::pair{QStringLiteral("experience"), &filter.experience}}) {
            if (term.startsWith(QString(name % QLatin1String(">="))))
                range->min = term.mid(name.size() + 2).toDouble();
            else if (term.startsWith(QString(name % QLatin1String("<="))))
                range->max = term.mid(name.size() + 2).toDouble();
        }
        if (term.startsWith(QLatin1String("salary")) || term.startsWith(QLatin1String("experience")))
            continue;
        const bool excluded = term.startsWith(QLatin1Char('-'));
        const QString key = term.mid(excluded ? 1 : 0).section(QLatin1Char('='), 0, 0);
        const QString values = term.section(QLatin1Char('='), 1);
        if (key == QLatin1String("text")) {
            filter.text << values;
            continue;
        }
        const Facet facet = facetOfKey(key);
        QList<int> ids;
        for (const QString &value : values.split(QLatin1Char('|'))) {
            const QList<int> found = engine.findValues(facet, value);
            if (found.isEmpty())
                QTest::qFail(qPrintable(QStringLiteral("no value named ") % value), __FILE__, __LINE__);
            ids += found;
        }
        if (excluded)
            filter.facet(facet).excluded += ids;
        else
            filter.facet(facet).clauses.append(ids);
    }
    return filter;
}

QString facetName(Facet facet)
{
    static const std::array<const char *, FacetCount> names{"role",  "seniority", "location", "mode", "type",
                                                            "skill", "company",   "industry", "size"};
    return QLatin1String(names[static_cast<std::size_t>(facet)]);
}

QString listText(const std::vector<int> &values)
{
    QStringList parts;
    for (const int value : values)
        parts << QString::number(value);
    return parts.join(QLatin1Char(' '));
}

QString salaryText(const SalaryStatistics &s)
{
    return QStringLiteral("%1 n=%2 other=%3 min=%4 q1=%5 median=%6 q3=%7 max=%8 low=%9 high=%10")
        .arg(s.currency)
        .arg(s.withSalary)
        .arg(s.otherCurrency)
        .arg(s.minimum, 0, 'g', 17)
        .arg(s.firstQuartile, 0, 'g', 17)
        .arg(s.median, 0, 'g', 17)
        .arg(s.thirdQuartile, 0, 'g', 17)
        .arg(s.maximum, 0, 'g', 17)
        .arg(s.lowestMinimum, 0, 'g', 17)
        .arg(s.highestMaximum, 0, 'g', 17);
}

// The first field in which the two results differ, as "field: engine … sql …"; empty when equal.
QString difference(const FilterResult &engine, const FilterResult &sql)
{
    auto differ = [](const QString &field, const QString &a, const QString &b) {
        return QStringLiteral("%1: engine [%2] sql [%3]").arg(field, a, b);
    };
    if (engine.total != sql.total)
        return differ(QStringLiteral("total"), QString::number(engine.total), QString::number(sql.total));
    if (engine.rows != sql.rows)
        return differ(QStringLiteral("rows"), listText(engine.rows), listText(sql.rows));
    for (const Facet facet : allFacets) {
        if (engine.counts(facet) != sql.counts(facet))
            return differ(QStringLiteral("facet counts of ") % facetName(facet),
                          listText(engine.counts(facet)), listText(sql.counts(facet)));
    }
    if (engine.skillCounts != sql.skillCounts)
        return differ(QStringLiteral("skill counts"), listText(engine.skillCounts),
                      listText(sql.skillCounts));
    if (engine.topSkills != sql.topSkills)
        return differ(QStringLiteral("top skills"), listText(engine.topSkills), listText(sql.topSkills));
    if (!(engine.salary == sql.salary))
        return differ(QStringLiteral("salary"), salaryText(engine.salary), salaryText(sql.salary));
    if (engine.salaryCurrencyLeftOut != sql.salaryCurrencyLeftOut)
        return differ(QStringLiteral("left out for their currency"),
                      QString::number(engine.salaryCurrencyLeftOut),
                      QString::number(sql.salaryCurrencyLeftOut));
    return {};
}

// A random but well-formed dataset: skewed skill use, every kind of missing value, several
// locations per posting and four currencies (one of them none). ASCII skill names only: the
// top-skill order of tied non-ASCII names is a documented difference.
Dataset generatedDataset(quint32 seed, int postings)
{
    QRandomGenerator random(seed);
    Dataset dataset;
    dataset.meta.title = QStringLiteral("Generated");
    dataset.skillCategories = {{QStringLiteral("a"), QStringLiteral("A")},
                               {QStringLiteral("b"), QStringLiteral("B")}};
    constexpr int skillCount = 40;
    for (int i = 0; i < skillCount; ++i)
        dataset.skills.append({QStringLiteral("Skill %1").arg(QChar(u'A' + i % 26)) % QString::number(i / 26),
                               i % 2 ? QStringLiteral("a") : QStringLiteral("b"),
                               {}});
    auto pick = [&random](const QStringList &values) {
        return values.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(values.size()))));
    };
    const QStringList companies{{},
                                QStringLiteral("Acme"),
                                QStringLiteral("Globex"),
                                QStringLiteral("Initech"),
                                QStringLiteral("Umbrella"),
                                QStringLiteral("Hooli")};
    const QStringList roles{
        {}, QStringLiteral("SRE"), QStringLiteral("MLOps Engineer"), QStringLiteral("Platform Engineer")};
    const QStringList industries{{}, QStringLiteral("Software"), QStringLiteral("Finance")};
    const QStringList sizes{{}, QStringLiteral("11-50"), QStringLiteral("5,001-10,000")};
    const QStringList currencies{
        {}, QStringLiteral("USD"), QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP")};
    const QString us = QStringLiteral("United States");
    const QList<LocationRecord> locations{
        place(QStringLiteral("San Francisco"), QStringLiteral("CA"), us,
              QStringLiteral("San Francisco Bay Area")),
        place(QStringLiteral("Oakland"), QStringLiteral("CA"), us, QStringLiteral("San Francisco Bay Area")),
        place(QStringLiteral("Seattle"), QStringLiteral("WA"), us, QStringLiteral("Seattle")),
        place(QStringLiteral("Austin"), {}, us),
        place(QStringLiteral("Austin"), QStringLiteral("TX"), QStringLiteral("USA")),
        place({}, QStringLiteral("CA"), us, {}, QStringLiteral("California")),
        place({}, {}, us, {}, QStringLiteral("USA")),
        place({}, {}, {}, {}, QStringLiteral("Remote")),
        place(QStringLiteral("München"), QStringLiteral("Bavaria"), QStringLiteral("Germany")),
        place({}, QStringLiteral("Bavaria"), {}, {}, QStringLiteral("Bavaria")),
        place(QStringLiteral("London"), {}, QStringLiteral("United Kingdom"),
              QStringLiteral("Greater London")),
        place(QStringLiteral("Toronto"), QStringLiteral("ON"), QStringLiteral("Canada")),
    };
    for (int i = 0; i < postings; ++i) {
        PostingRecord p;
        p.company = pick(companies);
        p.title = QStringLiteral("Engineer %1").arg(i);
        p.roleFamily = pick(roles);
        p.seniority = static_cast<Seniority>(random.bounded(6));
        p.workMode = static_cast<WorkMode>(random.bounded(4));
        p.employmentType = static_cast<EmploymentType>(random.bounded(8));
        p.industry = pick(industries);
        p.companySize = pick(sizes);
        if (random.bounded(4) != 0)
            p.experienceMin = random.bounded(12);
        if (random.bounded(3) == 0)
            p.experienceMax = p.experienceMin.value_or(0) + random.bounded(6);
        if (random.bounded(2) == 0) {
            const bool hourly = random.bounded(5) == 0;
            // Cents on hourly pay, so that annualised amounts are not whole numbers.
            const double base =
                hourly ? 30 + random.bounded(9000) / 100.0 : 60000 + 1000.0 * random.bounded(200);
            if (random.bounded(5) != 0)
                p.salary.min = base;
            if (random.bounded(5) != 0 || !p.salary.min)
                p.salary.max = base * (1 + random.bounded(50) / 100.0);
            p.salary.currency = pick(currencies);
            p.salary.period = hourly ? PayPeriod::Hour : PayPeriod::Year;
        }
        const int locationCount = static_cast<int>(random.bounded(4));
        for (int l = 0; l < locationCount; ++l)
            p.locations.append(
                locations.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(locations.size())))));
        QList<int> chosen;
        const int wanted = static_cast<int>(random.bounded(9));
        for (int s = 0; s < wanted; ++s) {
            // Squaring a uniform number favours the first skills: a few common, a long tail.
            const double u = random.generateDouble();
            const int skill = static_cast<int>(u * u * skillCount);
            if (!chosen.contains(skill))
                chosen << skill;
        }
        for (const int skill : std::as_const(chosen))
            p.skills.append({dataset.skills.at(skill).name, Requirement::Required, {}});
        dataset.postings.append(p);
    }
    return dataset;
}

Filter randomFilter(QRandomGenerator &random, const FilterEngine &engine)
{
    Filter filter;
    auto someValues = [&](Facet facet) {
        QList<int> values;
        const int count = 1 + static_cast<int>(random.bounded(3));
        for (int i = 0; i < count; ++i) {
            // Now and then an id the engine does not know, which both must ignore.
            values << static_cast<int>(random.bounded(static_cast<quint32>(engine.valueCount(facet) + 1)));
        }
        return values;
    };
    for (const Facet facet : allFacets) {
        if (engine.valueCount(facet) == 0)
            continue;
        if (random.bounded(4) == 0) {
            const int clauses = 1 + static_cast<int>(random.bounded(2));
            for (int c = 0; c < clauses; ++c)
                filter.facet(facet).clauses.append(someValues(facet));
        }
        if (random.bounded(7) == 0)
            filter.facet(facet).excluded = someValues(facet);
    }
    if (random.bounded(5) == 0) {
        if (random.bounded(2))
            filter.salary.min = 50000 + 10000.0 * random.bounded(20);
        if (random.bounded(2))
            filter.salary.max = 80000 + 10000.0 * random.bounded(20);
        // The range in a currency of its own now and then, or in one no posting states.
        const QStringList currencies{QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("JPY")};
        if (filter.salary.isSet() && random.bounded(3) == 0)
            filter.salaryCurrency = currencies.at(random.bounded(currencies.size()));
    }
    filter.requireSalary = random.bounded(8) == 0;
    if (random.bounded(5) == 0) {
        if (random.bounded(2))
            filter.experience.min = random.bounded(12);
        if (random.bounded(2))
            filter.experience.max = random.bounded(12);
    }
    return filter;
}

} // namespace

class tst_SqlFilterEvaluator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shouldGiveTheEngineResult_data();
    void shouldGiveTheEngineResult();
    void shouldCountEveryOtherFacetForASelectedFacet();
    void shouldComputeSalaryStatisticsOfTheDominantCurrency_data();
    void shouldComputeSalaryStatisticsOfTheDominantCurrency();
    void shouldAgreeWithTheEngineOnRandomFilters();
    void shouldRefuseFreeText();
    void shouldReportAFileItCannotOpen();

private:
    QTemporaryDir m_dir;
    Loaded m_edge;
};

void tst_SqlFilterEvaluator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_edge = load(m_dir, edgeCaseDataset(), QStringLiteral("edge.sqlite"));
    QVERIFY(m_edge.sql);
    QVERIFY2(m_edge.sql->isOpen(), qPrintable(m_edge.sql->errorString()));
    QCOMPARE(m_edge.store->size(), 12);
}

void tst_SqlFilterEvaluator::shouldGiveTheEngineResult_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("matches");

    QTest::newRow("no filter") << QString() << 12;
    QTest::newRow("two levels") << QStringLiteral("seniority=senior|staff") << 7;
    QTest::newRow("excluded level") << QStringLiteral("-seniority=senior") << 7;
    QTest::newRow("both skills") << QStringLiteral("skill=Kubernetes; skill=Python") << 4;
    QTest::newRow("either skill") << QStringLiteral("skill=Kubernetes|Rust") << 6;
    QTest::newRow("skill by alias") << QStringLiteral("skill=K8s") << 6;
    QTest::newRow("excluded skill") << QStringLiteral("-skill=Python") << 5;
    QTest::newRow("two metro areas") << QStringLiteral("location=San Francisco Bay Area|Seattle") << 4;
    QTest::newRow("cities by display name")
        << QStringLiteral("location=Santa Clara, CA|Tel Aviv, Israel") << 2;
    QTest::newRow("city named by its text") << QStringLiteral("location=Remote") << 1;
    QTest::newRow("US city without region") << QStringLiteral("location=Austin, United States") << 1;
    QTest::newRow("region with country") << QStringLiteral("location=CA, United States") << 4;
    QTest::newRow("region without country") << QStringLiteral("location=Bavaria") << 1;
    QTest::newRow("country") << QStringLiteral("location=Canada") << 2;
    QTest::newRow("excluded country keeps postings without location")
        << QStringLiteral("-location=United States") << 7;
    QTest::newRow("excluded company keeps postings without company")
        << QStringLiteral("-company=Scale AI") << 10;
    QTest::newRow("company") << QStringLiteral("company=Nimbus Labs") << 2;
    QTest::newRow("industry") << QStringLiteral("industry=Software") << 2;
    QTest::newRow("company size") << QStringLiteral("size=11-50") << 2;
    QTest::newRow("role family") << QStringLiteral("role=AI Infrastructure Engineer") << 4;
    QTest::newRow("mode and type") << QStringLiteral("mode=remote; type=contract") << 1;
    QTest::newRow("has salary") << QStringLiteral("has:salary") << 7;
    // A salary range is in US dollars, the most common currency, unless it names another.
    QTest::newRow("salary at least") << QStringLiteral("salary>=150000") << 3;
    QTest::newRow("salary at most: no dollar salary is that low") << QStringLiteral("salary<=100000") << 0;
    QTest::newRow("salary between") << QStringLiteral("salary>=100000; salary<=150000") << 1;
    QTest::newRow("salary at most in euros") << QStringLiteral("salary<=100000; currency=EUR") << 1;
    QTest::newRow("salary in pounds") << QStringLiteral("salary>=90000; currency=GBP") << 1;
    QTest::newRow("salary in a currency no posting states") << QStringLiteral("salary>=0; currency=JPY") << 0;
    QTest::newRow("experience at least") << QStringLiteral("experience>=5") << 6;
    QTest::newRow("experience at most") << QStringLiteral("experience<=3") << 3;
    QTest::newRow("typical") << QStringLiteral("seniority=senior|staff; skill=Kubernetes; "
                                               "location=San Francisco Bay Area|Seattle")
                             << 1;
    QTest::newRow("nothing matches") << QStringLiteral("skill=Kubernetes; skill=Rust; seniority=entry") << 0;
    QTest::newRow("blank text is no text") << QStringLiteral("text=   ; seniority=senior") << 5;
}

void tst_SqlFilterEvaluator::shouldGiveTheEngineResult()
{
    QFETCH(QString, spec);
    QFETCH(int, matches);

    // Given a filter on the edge-case database
    const Filter filter = makeFilter(*m_edge.engine, spec);

    // When both evaluate it
    const FilterResult expected = m_edge.engine->evaluate(filter);
    const std::optional<FilterResult> actual = m_edge.sql->evaluate(filter);

    // Then SQL finds the postings counted by hand, and every figure equals the engine's
    QVERIFY2(actual, qPrintable(m_edge.sql->errorString()));
    QCOMPARE(actual->matchCount(), matches);
    QCOMPARE(actual->total, 12);
    const QString diff = difference(expected, *actual);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void tst_SqlFilterEvaluator::shouldCountEveryOtherFacetForASelectedFacet()
{
    // Given senior and staff postings that need Kubernetes
    const Filter filter =
        makeFilter(*m_edge.engine, QStringLiteral("seniority=senior|staff; skill=Kubernetes"));

    // When SQL evaluates the filter
    const auto result = m_edge.sql->evaluate(filter);
    QVERIFY2(result, qPrintable(m_edge.sql->errorString()));

    // Then the seniority facet counts every level among the Kubernetes postings (its own
    // selection left out), while the work mode counts only the matching postings
    const std::vector<int> &levels = result->counts(Facet::Seniority);
    QCOMPARE(levels.at(static_cast<std::size_t>(Seniority::Senior)), 3); // S1, Zürich, Toronto
    QCOMPARE(levels.at(static_cast<std::size_t>(Seniority::Staff)), 2);  // S6, Austin
    QCOMPARE(levels.at(static_cast<std::size_t>(Seniority::Mid)), 1);    // S2
    const std::vector<int> &modes = result->counts(Facet::WorkMode);
    QCOMPARE(modes.at(static_cast<std::size_t>(WorkMode::Hybrid)), 2);
    QCOMPARE(result->matchCount(), 5);
}

void tst_SqlFilterEvaluator::shouldComputeSalaryStatisticsOfTheDominantCurrency_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("withSalary");
    QTest::addColumn<int>("otherCurrency");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("firstQuartile");

    QTest::newRow("most salaries in USD")
        << QStringLiteral("has:salary") << QStringLiteral("USD") << 3 << 4 << 201825.0 << 190912.5;
    QTest::newRow("tie goes to the currency seen first")
        << QStringLiteral("company=Nimbus Labs") << QStringLiteral("EUR") << 1 << 1 << 90000.0 << 90000.0;
    QTest::newRow("tie goes to no currency first")
        << QStringLiteral("industry=Finance|Software") << QString() << 1 << 2 << 110000.0 << 110000.0;
    QTest::newRow("no salary") << QStringLiteral("company=Orbit") << QString() << 0 << 0 << 0.0 << 0.0;
}

void tst_SqlFilterEvaluator::shouldComputeSalaryStatisticsOfTheDominantCurrency()
{
    QFETCH(QString, spec);
    QFETCH(QString, currency);
    QFETCH(int, withSalary);
    QFETCH(int, otherCurrency);
    QFETCH(double, median);
    QFETCH(double, firstQuartile);

    const Filter filter = makeFilter(*m_edge.engine, spec);
    const auto result = m_edge.sql->evaluate(filter);
    QVERIFY2(result, qPrintable(m_edge.sql->errorString()));
    QCOMPARE(result->salary.currency, currency);
    QCOMPARE(result->salary.withSalary, withSalary);
    QCOMPARE(result->salary.otherCurrency, otherCurrency);
    QCOMPARE(result->salary.median, median);
    QCOMPARE(result->salary.firstQuartile, firstQuartile);
    QCOMPARE(salaryText(result->salary), salaryText(m_edge.engine->evaluate(filter).salary));
}

void tst_SqlFilterEvaluator::shouldAgreeWithTheEngineOnRandomFilters()
{
    // Given a generated database of a few hundred postings
    const Loaded generated = load(m_dir, generatedDataset(20251207, 400), QStringLiteral("generated.sqlite"));
    QVERIFY(generated.sql && generated.sql->isOpen());
    QRandomGenerator random(42);
    int nonEmpty = 0;
    for (int i = 0; i < 150; ++i) {
        // When both evaluate the same random filter
        const Filter filter = randomFilter(random, *generated.engine);
        const FilterResult expected = generated.engine->evaluate(filter, 10);
        const auto actual = generated.sql->evaluate(filter, 10);

        // Then they give the same result
        QVERIFY2(actual, qPrintable(generated.sql->errorString()));
        const QString diff = difference(expected, *actual);
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("filter %1: %2").arg(i).arg(diff)));
        nonEmpty += actual->matchCount() > 0 ? 1 : 0;
    }
    // A comparison of empty results would prove little.
    QVERIFY(nonEmpty > 30);
}

void tst_SqlFilterEvaluator::shouldRefuseFreeText()
{
    // Given a filter with a word, which SQLite cannot match without case and accent folding
    const Filter filter = makeFilter(*m_edge.engine, QStringLiteral("text=zurich"));

    // When SQL evaluates it, Then it refuses with a message instead of giving other counts
    QVERIFY(!m_edge.sql->evaluate(filter));
    QVERIFY(m_edge.sql->errorString().contains(QLatin1String("zurich")));
    // And the evaluator stays usable
    QVERIFY(m_edge.sql->evaluate(Filter{}));
    QVERIFY(m_edge.sql->errorString().isEmpty());
}

void tst_SqlFilterEvaluator::shouldReportAFileItCannotOpen()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing/none.sqlite"));
    SqlFilterEvaluator sql(missing, *m_edge.engine);
    QVERIFY(!sql.isOpen());
    QVERIFY(sql.errorString().contains(QLatin1String("none.sqlite")));
    QVERIFY(!sql.evaluate(Filter{}));
}

QTEST_GUILESS_MAIN(tst_SqlFilterEvaluator)
#include "tst_sqlfilterevaluator.moc"
