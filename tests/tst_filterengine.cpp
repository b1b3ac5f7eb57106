#include "FilterEngine.h"
#include "PostingDatabase.h"
#include "PostingStore.h"
#include "RandomDataset.h"
#include "TestDatabase.h"
#include "TextFolding.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace jobexplorer;

namespace {

using Loaded = test::LoadedDatabase;

// The plain evaluation the engine is checked against: one posting at a time, by definition.
class BruteForce
{
public:
    explicit BruteForce(const FilterEngine &engine) : m_engine(engine), m_store(engine.store())
    {
        // Worked out once per posting, by definition, so that thousands of filters stay quick.
        for (int row = 0; row < m_store.size(); ++row) {
            for (const Facet facet : allFacets)
                m_values[static_cast<std::size_t>(facet)].push_back(computeValues(facet, row));
            QString text = foldForSearch(m_store.title(row)) % QChar(0) %
                           foldForSearch(m_store.company(row)) % QChar(0) % foldForSearch(m_store.notes(row));
            for (const auto id : m_store.skillIds(row))
                text += QChar(0) % foldForSearch(m_store.skillName(id));
            m_text.push_back(text);
        }
        // The default currency of a salary range: the one most postings with a salary state,
        // the first in the store on a tie (no currency counts as one).
        QList<QString> seen;
        QHash<QString, int> salaries;
        for (int row = 0; row < m_store.size(); ++row) {
            if (!m_store.hasSalary(row))
                continue;
            if (!salaries.contains(m_store.currency(row)))
                seen << m_store.currency(row);
            ++salaries[m_store.currency(row)];
        }
        auto poolOrder = [this](const QString &currency) {
            return currency.isEmpty() ? -1 : m_store.currencies().find(currency).value_or(0);
        };
        std::stable_sort(seen.begin(), seen.end(),
                         [&](const QString &a, const QString &b) { return poolOrder(a) < poolOrder(b); });
        for (const QString &currency : std::as_const(seen)) {
            if (salaries.value(currency) > salaries.value(m_defaultCurrency, -1))
                m_defaultCurrency = currency;
        }
    }

    // The postings a salary range leaves out for their currency, by definition: every other
    // condition holds, and a salary is stated in another currency than the range's.
    bool leftOutForCurrency(const Filter &filter, int row) const
    {
        if (!filter.salary.isSet() || !m_store.hasSalary(row) ||
            m_store.currency(row) == rangeCurrency(filter))
            return false;
        Filter rest = filter;
        rest.salary = {};
        rest.salaryCurrency.clear();
        return matches(rest, row);
    }

    QString rangeCurrency(const Filter &filter) const
    {
        return filter.salaryCurrency.isEmpty() ? m_defaultCurrency : filter.salaryCurrency;
    }

    const QList<int> &values(Facet facet, int row) const
    {
        return m_values[static_cast<std::size_t>(facet)][static_cast<std::size_t>(row)];
    }

private:
    QList<int> computeValues(Facet facet, int row) const
    {
        switch (facet) {
        case Facet::Role:
            return code(m_store.roleFamilyCode(row));
        case Facet::Seniority:
            return {int(m_store.seniority(row))};
        case Facet::WorkMode:
            return {int(m_store.workMode(row))};
        case Facet::EmploymentType:
            return {int(m_store.employmentType(row))};
        case Facet::Company:
            return code(m_store.companyCode(row));
        case Facet::Industry:
            return code(m_store.industryCode(row));
        case Facet::CompanySize:
            return code(m_store.companySizeCode(row));
        case Facet::Skill: {
            QList<int> skills;
            for (const auto id : m_store.skillIds(row))
                skills << id;
            return skills;
        }
        case Facet::Location: {
            QList<int> places;
            for (int place = 0; place < m_engine.valueCount(Facet::Location); ++place) {
                for (const auto id : m_store.locationIds(row)) {
                    if (isAt(m_store.location(id), place)) {
                        places << place;
                        break;
                    }
                }
            }
            return places;
        }
        }
        return {};
    }

public:
    bool matches(const Filter &filter, int row, std::optional<Facet> ignored = std::nullopt) const
    {
        for (const Facet facet : allFacets) {
            if (facet == ignored)
                continue;
            const QList<int> &own = values(facet, row);
            auto hasAny = [&own](const QList<int> &wanted) {
                return std::any_of(wanted.begin(), wanted.end(), [&own](int v) { return own.contains(v); });
            };
            for (const QList<int> &clause : filter.facet(facet).clauses) {
                if (!hasAny(clause))
                    return false;
            }
            if (hasAny(filter.facet(facet).excluded))
                return false;
        }
        auto interval = [](float low, float high) -> std::optional<std::pair<double, double>> {
            if (std::isnan(low) && std::isnan(high))
                return std::nullopt;
            return std::pair<double, double>(std::isnan(low) ? high : low, std::isnan(high) ? low : high);
        };
        auto overlaps = [](const std::pair<double, double> &i, const Range &r) {
            return !(r.min && i.second < *r.min) && !(r.max && i.first > *r.max);
        };
        const auto salary = interval(m_store.annualSalaryMin(row), m_store.annualSalaryMax(row));
        if ((filter.requireSalary || filter.salary.isSet()) && (!salary || !overlaps(*salary, filter.salary)))
            return false;
        // A range applies to one currency.
        if (filter.salary.isSet() && m_store.currency(row) != rangeCurrency(filter))
            return false;
        const auto experience = interval(m_store.experienceMin(row), m_store.experienceMax(row));
        if (filter.experience.isSet() && (!experience || !overlaps(*experience, filter.experience)))
            return false;
        for (const QString &term : filter.text) {
            if (!m_text[static_cast<std::size_t>(row)].contains(foldForSearch(term)))
                return false;
        }
        return true;
    }

private:
    static QList<int> code(int c) { return c < 0 ? QList<int>{} : QList<int>{c}; }
    bool isAt(const StoreLocation &l, int place) const
    {
        const QString name = m_engine.valueKey(Facet::Location, place);
        switch (m_engine.placeKind(place)) {
        case FilterEngine::PlaceKind::MetroArea:
            return l.metroArea == name;
        case FilterEngine::PlaceKind::City:
            if (l.city.isEmpty())
                return !l.text.isEmpty() && l.text != l.country && l.text != l.region &&
                       l.text != l.metroArea && l.text == name;
            return l.displayName() == name;
        case FilterEngine::PlaceKind::Region:
            return !l.region.isEmpty() &&
                   (l.country.isEmpty() ? l.region : l.region % QLatin1String(", ") % l.country) == name;
        case FilterEngine::PlaceKind::Country:
            return l.country == name;
        }
        return false;
    }

    const FilterEngine &m_engine;
    const PostingStore &m_store;
    std::array<std::vector<QList<int>>, FacetCount> m_values;
    std::vector<QString> m_text;
    QString m_defaultCurrency;
};

Filter randomFilter(QRandomGenerator &random, const FilterEngine &engine)
{
    Filter filter;
    for (const Facet facet : allFacets) {
        const int count = engine.valueCount(facet);
        if (count == 0 || random.bounded(3) != 0)
            continue;
        FacetFilter &f = filter.facet(facet);
        const int clauses = random.bounded(1, 3);
        for (int c = 0; c < clauses; ++c) {
            QList<int> clause;
            const int values = random.bounded(1, 4);
            for (int v = 0; v < values; ++v)
                clause << random.bounded(count);
            f.clauses << clause;
        }
        if (random.bounded(4) == 0)
            f.excluded << random.bounded(count);
    }
    if (random.bounded(5) == 0)
        filter.salary.min = 60000 + random.bounded(200) * 1000;
    if (random.bounded(5) == 0)
        filter.salary.max = 100000 + random.bounded(250) * 1000;
    // Now and then in a currency of its own, or one no posting states.
    if (filter.salary.isSet() && random.bounded(3) == 0) {
        const QStringList currencies{QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("JPY")};
        filter.salaryCurrency = currencies.at(random.bounded(currencies.size()));
    }
    if (random.bounded(5) == 0)
        filter.experience.min = random.bounded(8);
    if (random.bounded(6) == 0)
        filter.experience.max = random.bounded(10);
    filter.requireSalary = random.bounded(8) == 0;
    const QStringList words{QStringLiteral("zurich"), QStringLiteral("PLATFORM"), QStringLiteral("cafe"),
                            QStringLiteral("müller"), QStringLiteral("go"),       QStringLiteral("xyz")};
    if (random.bounded(5) == 0)
        filter.text << words.at(random.bounded(words.size()));
    return filter;
}

} // namespace

class tst_FilterEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shouldMatchEverythingWithoutAFilter();
    void shouldOrValuesWithinAFacetAndAndAcrossFacets();
    void shouldCountEachFacetWithoutItsOwnSelection();
    void shouldMatchAllOrAnyOfTheChosenSkills();
    void shouldExcludeValues();
    void shouldMatchOverlappingSalaryAndExperienceRanges();
    void shouldSearchTextWithoutCaseOrAccents();
    void shouldComputeSalaryStatisticsPerCurrency();
    void shouldApplyASalaryRangeToOneCurrency_data();
    void shouldApplyASalaryRangeToOneCurrency();
    void shouldAgreeWithBruteForceOnRandomFilters_data();
    void shouldAgreeWithBruteForceOnRandomFilters();

private:
    QList<int> sourceNumbers(const FilterResult &result) const;
    int value(Facet facet, const QString &name) const;

    QTemporaryDir m_dir;
    Loaded m_sample;
};

void tst_FilterEngine::initTestCase()
{
    m_sample = test::loadDatabase(m_dir, test::sampleDataset(), QStringLiteral("sample.sqlite"));
    QVERIFY(m_sample.engine);
}

QList<int> tst_FilterEngine::sourceNumbers(const FilterResult &result) const
{
    // Store rows 0..5 are report postings 1, 3, 11, 26, 27, 39.
    static const QList<int> numbers{1, 3, 11, 26, 27, 39};
    QList<int> found;
    for (const int row : result.rows)
        found << numbers.at(row);
    return found;
}

int tst_FilterEngine::value(Facet facet, const QString &name) const
{
    const QList<int> found = m_sample.engine->findValues(facet, name);
    return found.size() == 1 ? found.first() : -1;
}

void tst_FilterEngine::shouldMatchEverythingWithoutAFilter()
{
    const FilterResult result = m_sample.engine->evaluate({});
    QCOMPARE(result.total, 6);
    QCOMPARE(result.matchCount(), 6);
    QCOMPARE(result.counts(Facet::Seniority)[int(Seniority::Senior)], 2);
    QCOMPARE(result.skillCounts[value(Facet::Skill, QStringLiteral("Python"))], 4);
    QCOMPARE(m_sample.engine->valueName(Facet::Skill, result.topSkills.at(0)), QStringLiteral("Python"));
    QCOMPARE(result.counts(Facet::Location)[value(Facet::Location, QStringLiteral("San Francisco Bay Area"))],
             3);
}

void tst_FilterEngine::shouldOrValuesWithinAFacetAndAndAcrossFacets()
{
    Filter filter;
    filter.facet(Facet::Seniority).clauses << QList<int>{int(Seniority::Senior), int(Seniority::Entry)};
    QCOMPARE(sourceNumbers(m_sample.engine->evaluate(filter)), (QList<int>{1, 26, 27}));
    filter.facet(Facet::Location).clauses
        << QList<int>{value(Facet::Location, QStringLiteral("San Francisco Bay Area"))};
    QCOMPARE(sourceNumbers(m_sample.engine->evaluate(filter)), (QList<int>{1, 26}));
}

void tst_FilterEngine::shouldCountEachFacetWithoutItsOwnSelection()
{
    // Given "Senior" is chosen
    Filter filter;
    filter.facet(Facet::Seniority).clauses << QList<int>{int(Seniority::Senior)};
    const FilterResult result = m_sample.engine->evaluate(filter);

    // Then the other levels keep their counts, and other facets count only senior postings
    const std::vector<int> &levels = result.counts(Facet::Seniority);
    QCOMPARE(levels[int(Seniority::Senior)], 2);
    QCOMPARE(levels[int(Seniority::Mid)], 1);
    QCOMPARE(levels[int(Seniority::Principal)], 1);
    QCOMPARE(result.counts(Facet::WorkMode)[int(WorkMode::Remote)], 2);
    QCOMPARE(result.counts(Facet::WorkMode)[int(WorkMode::Hybrid)], 0);
    QCOMPARE(result.skillCounts[value(Facet::Skill, QStringLiteral("Python"))], 1);
}

void tst_FilterEngine::shouldMatchAllOrAnyOfTheChosenSkills()
{
    const int go = value(Facet::Skill, QStringLiteral("golang")); // an alias
    const int aws = value(Facet::Skill, QStringLiteral("AWS"));
    QVERIFY(go >= 0 && aws >= 0);
    Filter filter;
    filter.toggle(Facet::Skill, go, SkillMatch::All);
    filter.toggle(Facet::Skill, aws, SkillMatch::All);
    QCOMPARE(sourceNumbers(m_sample.engine->evaluate(filter)), (QList<int>{3}));
    filter.setSkillMatch(SkillMatch::Any);
    QCOMPARE(filter.skillMatch(), SkillMatch::Any);
    QCOMPARE(sourceNumbers(m_sample.engine->evaluate(filter)), (QList<int>{1, 3, 26, 27}));
}

void tst_FilterEngine::shouldExcludeValues()
{
    Filter filter;
    filter.toggleExcluded(Facet::WorkMode, int(WorkMode::Remote));
    QCOMPARE(sourceNumbers(m_sample.engine->evaluate(filter)), (QList<int>{3, 11, 26, 39}));
    filter.toggleExcluded(Facet::Company, value(Facet::Company, QStringLiteral("Scale AI")));
    QCOMPARE(sourceNumbers(m_sample.engine->evaluate(filter)), (QList<int>{11, 26, 39}));
}

void tst_FilterEngine::shouldMatchOverlappingSalaryAndExperienceRanges()
{
    Filter filter;
    filter.salary.min = 220000; // Scale AI's range reaches 224,250; AppLovin's stops at 216,000
    QCOMPARE(sourceNumbers(m_sample.engine->evaluate(filter)), (QList<int>{3}));
    filter = {};
    filter.salary.max = 150000;
    QCOMPARE(sourceNumbers(m_sample.engine->evaluate(filter)), (QList<int>{26}));
    filter = {};
    filter.requireSalary = true;
    QCOMPARE(sourceNumbers(m_sample.engine->evaluate(filter)), (QList<int>{3, 26}));
    filter = {};
    filter.experience.min = 3;
    filter.experience.max = 5; // 4+ only: 8+, 7+ and 8-10 start above 5; 0-2 ends below 3
    QCOMPARE(sourceNumbers(m_sample.engine->evaluate(filter)), (QList<int>{3}));
    filter.experience = {8, {}};
    QCOMPARE(sourceNumbers(m_sample.engine->evaluate(filter)), (QList<int>{1, 39}));
}

void tst_FilterEngine::shouldSearchTextWithoutCaseOrAccents()
{
    QTemporaryDir dir;
    Dataset dataset = test::sampleDataset();
    PostingRecord zurich;
    zurich.title = QStringLiteral("Test posting, not from the report");
    zurich.company = QStringLiteral("Ünïcode Labs");
    zurich.notes = QStringLiteral("Office in Zürich");
    dataset.postings.append(zurich);
    const Loaded loaded = test::loadDatabase(dir, dataset, QStringLiteral("accents.sqlite"));
    auto matches = [&](const QString &text) {
        Filter filter;
        filter.text << text;
        return loaded.engine->evaluate(filter).matchCount();
    };
    QCOMPARE(matches(QStringLiteral("zurich")), 1);
    QCOMPARE(matches(QStringLiteral("ZÜRICH")), 1);
    QCOMPARE(matches(QStringLiteral("unicode labs")), 1);
    QCOMPARE(matches(QStringLiteral("dgx")), 1);             // title of NVIDIA's posting
    QCOMPARE(matches(QStringLiteral("sagemaker")), 1);       // a skill of Bluevine's posting
    QCOMPARE(matches(QStringLiteral("token streaming")), 1); // notes of Scale AI's posting
    QCOMPARE(matches(QStringLiteral("cobol")), 0);
}

void tst_FilterEngine::shouldComputeSalaryStatisticsPerCurrency()
{
    QTemporaryDir dir;
    Dataset dataset = test::sampleDataset();
    PostingRecord euro;
    euro.title = QStringLiteral("Test posting paid in euros");
    euro.salary = {70000, 90000, QStringLiteral("EUR"), PayPeriod::Year, {}};
    dataset.postings.append(euro);
    const Loaded loaded = test::loadDatabase(dir, dataset, QStringLiteral("currencies.sqlite"));

    const SalaryStatistics stats = loaded.engine->evaluate({}).salary;
    // Midpoints: AppLovin 180,000 and Scale AI 201,825 (USD); the euro posting is left out.
    QCOMPARE(stats.currency, QStringLiteral("USD"));
    QCOMPARE(stats.withSalary, 2);
    QCOMPARE(stats.otherCurrency, 1);
    QCOMPARE(stats.minimum, 180000.0);
    QCOMPARE(stats.maximum, 201825.0);
    QCOMPARE(stats.median, 190912.5);
    QCOMPARE(stats.firstQuartile, 185456.25);
    QCOMPARE(stats.thirdQuartile, 196368.75);
    QCOMPARE(stats.lowestMinimum, 144000.0);
    QCOMPARE(stats.highestMaximum, 224250.0);
}

void tst_FilterEngine::shouldApplyASalaryRangeToOneCurrency_data()
{
    QTest::addColumn<QString>("currency"); // of the range; empty: the database's most common
    QTest::addColumn<double>("minimum");
    QTest::addColumn<QStringList>("titles"); // of the matching postings
    QTest::addColumn<int>("leftOut");        // for their currency
    // Scale AI's USD range reaches 224,250, AppLovin's stops at 216,000; 900,000 kroner would
    // pass any bound in dollars.
    QTest::newRow("the most common currency by default")
        << QString() << 220000.0
        << QStringList{QStringLiteral("AI Infrastructure Engineer, Model Serving Platform")} << 4;
    QTest::newRow("Norwegian kroner")
        << QStringLiteral("NOK") << 200000.0 << QStringList{QStringLiteral("Paid in kroner")} << 6;
    QTest::newRow("euros") << QStringLiteral("EUR") << 60000.0
                           << QStringList{QStringLiteral("Paid in euros"), QStringLiteral("Also in euros")}
                           << 5;
    QTest::newRow("a currency no posting states") << QStringLiteral("JPY") << 0.0 << QStringList{} << 7;
}

void tst_FilterEngine::shouldApplyASalaryRangeToOneCurrency()
{
    QFETCH(QString, currency);
    QFETCH(double, minimum);
    QFETCH(QStringList, titles);
    QFETCH(int, leftOut);

    // Given the sample (two salaries in USD) and postings paid in kroner, Swiss francs and euros
    QTemporaryDir dir;
    Dataset dataset = test::sampleDataset();
    auto add = [&dataset](const QString &title, double min, double max, const QString &code) {
        PostingRecord posting;
        posting.title = title;
        posting.salary = {min, max, code, PayPeriod::Year, {}};
        dataset.postings.append(posting);
    };
    add(QStringLiteral("Paid in kroner"), 900000, 1100000, QStringLiteral("NOK"));
    add(QStringLiteral("Paid in francs"), 180000, 220000, QStringLiteral("CHF"));
    add(QStringLiteral("Paid in euros"), 70000, 90000, QStringLiteral("EUR"));
    add(QStringLiteral("Also in euros"), 60000, 65000, QStringLiteral("EUR"));
    add(QStringLiteral("Ties USD with euros"), 150000, 160000, QStringLiteral("USD"));
    const Loaded loaded = test::loadDatabase(dir, dataset, QStringLiteral("currencies.sqlite"));
    QCOMPARE(loaded.engine->defaultSalaryCurrency(), QStringLiteral("USD"));
    QCOMPARE(loaded.engine->salaryCurrencies(), (QStringList{QStringLiteral("USD"), QStringLiteral("EUR"),
                                                             QStringLiteral("NOK"), QStringLiteral("CHF")}));

    // When a salary range asks for at least minimum in currency
    Filter filter;
    filter.salary.min = minimum;
    filter.salaryCurrency = currency;
    const FilterResult result = loaded.engine->evaluate(filter);

    // Then only postings in that currency match, and the others with a salary are counted
    QStringList found;
    for (const int row : result.rows)
        found << loaded.store->title(row);
    QCOMPARE(found, titles);
    QCOMPARE(result.salaryCurrencyLeftOut, leftOut);
}

void tst_FilterEngine::shouldAgreeWithBruteForceOnRandomFilters_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("postings");
    QTest::newRow("seed 1, 400 postings") << 1u << 400;
    QTest::newRow("seed 2, 1500 postings") << 2u << 1500;
    QTest::newRow("seed 3, 130 postings") << 3u << 130;
}

void tst_FilterEngine::shouldAgreeWithBruteForceOnRandomFilters()
{
    QFETCH(quint32, seed);
    QFETCH(int, postings);
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    const Loaded loaded =
        test::loadDatabase(dir, test::randomDataset(random, postings), QStringLiteral("random.sqlite"));
    QVERIFY(loaded.engine);
    const FilterEngine &engine = *loaded.engine;
    const BruteForce brute(engine);
    const int n = loaded.store->size();

    constexpr int filters = 700;
    int nonEmpty = 0;
    for (int i = 0; i < filters; ++i) {
        const Filter filter = randomFilter(random, engine);
        const FilterResult result = engine.evaluate(filter);
        std::vector<int> expected;
        for (int row = 0; row < n; ++row) {
            if (brute.matches(filter, row))
                expected.push_back(row);
        }
        QCOMPARE(result.rows, expected);
        nonEmpty += expected.empty() ? 0 : 1;

        for (const Facet facet : allFacets) {
            std::vector<int> counts(static_cast<std::size_t>(engine.valueCount(facet)), 0);
            for (int row = 0; row < n; ++row) {
                if (brute.matches(filter, row, facet)) {
                    for (const int v : brute.values(facet, row))
                        ++counts[static_cast<std::size_t>(v)];
                }
            }
            if (result.counts(facet) != counts)
                QFAIL(qPrintable(
                    QStringLiteral("facet %1 counts differ for filter %2").arg(int(facet)).arg(i)));
        }
        std::vector<int> skills(static_cast<std::size_t>(engine.valueCount(Facet::Skill)), 0);
        for (const int row : expected) {
            for (const auto id : loaded.store->skillIds(row))
                ++skills[static_cast<std::size_t>(id)];
        }
        QCOMPARE(result.skillCounts, skills);
        int withSalary = 0;
        for (const int row : expected)
            withSalary += loaded.store->hasSalary(row) ? 1 : 0;
        QCOMPARE(result.salary.withSalary + result.salary.otherCurrency, withSalary);
        int leftOut = 0;
        for (int row = 0; row < n; ++row)
            leftOut += brute.leftOutForCurrency(filter, row) ? 1 : 0;
        QCOMPARE(result.salaryCurrencyLeftOut, leftOut);
    }
    QVERIFY2(nonEmpty > filters / 10, "random filters should not all match nothing");
}

QTEST_GUILESS_MAIN(tst_FilterEngine)
#include "tst_filterengine.moc"
