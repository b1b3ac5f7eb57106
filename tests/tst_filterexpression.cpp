#include "FilterEngine.h"
#include "FilterExpression.h"
#include "PostingDatabase.h"
#include "PostingStore.h"
#include "RandomDataset.h"
#include "TestDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace jobexplorer;

class tst_FilterExpression : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shouldParseEveryRule_data();
    void shouldParseEveryRule();
    void shouldRefuseBadTerms_data();
    void shouldRefuseBadTerms();
    void shouldPlaceAnErrorByCharactersAsTheUserSeesThem_data();
    void shouldPlaceAnErrorByCharactersAsTheUserSeesThem();
    void shouldRoundTripPanelStates();
    void shouldRoundTripRandomFilters();
    void shouldDescribeAFilterInWords();

private:
    int value(Facet facet, const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<PostingDatabase> m_database;
    std::unique_ptr<PostingStore> m_store;
    std::unique_ptr<FilterEngine> m_engine;
};

void tst_FilterExpression::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QString error;
    m_database = PostingDatabase::open(test::writeDatabase(m_dir, test::sampleDataset()), &error);
    QVERIFY2(m_database, qPrintable(error));
    m_store = m_database->loadStore(&error);
    m_engine = std::make_unique<FilterEngine>(*m_store);
}

int tst_FilterExpression::value(Facet facet, const QString &name) const
{
    const QList<int> found = m_engine->findValues(facet, name);
    return found.size() == 1 ? found.first() : -1000;
}

void tst_FilterExpression::shouldParseEveryRule_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical"); // format(parse(text))
    QTest::addColumn<int>("matches");       // postings of the sample it matches

    QTest::newRow("empty") << ""
                           << "" << 6;
    QTest::newRow("one value") << "seniority:senior"
                               << "seniority:senior" << 2;
    QTest::newRow("values ORed") << "seniority:senior,staff"
                                 << "seniority:senior,staff" << 3;
    QTest::newRow("labels and case") << "SENIORITY:Senior"
                                     << "seniority:senior" << 2;
    QTest::newRow("repeated key ANDs") << "skill:kubernetes skill:python"
                                       << "skill:Kubernetes skill:Python" << 3;
    QTest::newRow("comma ORs") << "skill:rust,sagemaker"
                               << "skill:Rust,SageMaker" << 2;
    QTest::newRow("alias") << "skill:k8s"
                           << "skill:Kubernetes" << 3;
    QTest::newRow("quoted value") << "role:\"ML Infrastructure Engineer\""
                                  << "role:\"ML Infrastructure Engineer\"" << 2;
    QTest::newRow("location by metro") << "location:\"san francisco bay area\""
                                       << "location:\"San Francisco Bay Area\"" << 3;
    QTest::newRow("location by bare city") << "location:\"Tel Aviv\""
                                           << "location:\"Tel Aviv, Israel\"" << 1;
    QTest::newRow("location by country") << "location:israel"
                                         << "location:Israel" << 1;
    QTest::newRow("exclusion") << "-mode:remote"
                               << "-mode:remote" << 4;
    QTest::newRow("exclusion of two") << "-mode:remote,hybrid"
                                      << "-mode:remote,hybrid" << 3;
    QTest::newRow("mode label with hyphen") << "mode:on-site"
                                            << "mode:onsite" << 0;
    QTest::newRow("salary at least, in k") << "salary>=220k"
                                           << "salary>=220k" << 1;
    QTest::newRow("salary at most") << "salary<=150000"
                                    << "salary<=150k" << 1;
    QTest::newRow("salary range") << "salary:150k..300k"
                                  << "salary:150k..300k" << 2;
    QTest::newRow("salary in millions") << "salary<=0.2m"
                                        << "salary<=200k" << 2;
    QTest::newRow("open range") << "salary:200k.."
                                << "salary>=200k" << 2;
    QTest::newRow("salary in the currency written") << "salary>=220k usd"
                                                    << "salary>=220k USD" << 1;
    QTest::newRow("salary range in capitals") << "salary:150k..300k GBP"
                                              << "salary:150k..300k GBP" << 0;
    QTest::newRow("salary in a currency no posting states") << "salary>=200k eur"
                                                            << "salary>=200k EUR" << 0;
    QTest::newRow("three other letters after a salary are a word") << "salary>=100k dgx"
                                                                   << "salary>=100k \"dgx\"" << 0;
    QTest::newRow("a code before the salary is a word") << "eur salary>=100k"
                                                        << "salary>=100k \"eur\"" << 0;
    QTest::newRow("experience at least") << "experience>=8"
                                         << "experience>=8" << 2;
    QTest::newRow("experience range") << "experience:3..5"
                                      << "experience:3..5" << 1;
    QTest::newRow("has salary") << "has:salary"
                                << "has:salary" << 2;
    QTest::newRow("free word") << "dgx"
                               << "dgx" << 1;
    QTest::newRow("quoted phrase") << "\"token streaming\""
                                   << "\"token streaming\"" << 1;
    QTest::newRow("phrase that looks like a term") << "\"mode:remote\""
                                                   << "\"mode:remote\"" << 0;
    QTest::newRow("everything") << "python -mode:remote seniority:entry,mid salary>=100k has:salary"
                                << "seniority:entry,mid -mode:remote salary>=100k has:salary python" << 2;
    QTest::newRow("company with space") << "company:\"scale ai\""
                                        << "company:\"Scale AI\"" << 1;
    QTest::newRow("extra spaces") << "  seniority:senior    skill:aws  "
                                  << "seniority:senior skill:AWS" << 1;
}

void tst_FilterExpression::shouldParseEveryRule()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(int, matches);
    FilterExpression::Error error;
    const std::optional<Filter> filter = FilterExpression::parse(text, *m_engine, &error);
    QVERIFY2(filter, qPrintable(error.message));
    QCOMPARE(FilterExpression::format(*filter, *m_engine), canonical);
    QCOMPARE(m_engine->evaluate(*filter).matchCount(), matches);
    // The canonical text parses back to the same filter.
    QCOMPARE(FilterExpression::parse(canonical, *m_engine), filter);
}

void tst_FilterExpression::shouldRefuseBadTerms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown key") << "python colour:blue" << 7
                                 << "unknown key “colour”. Accepted keys: role, seniority, location, mode";
    QTest::newRow("unknown value")
        << "seniority:wizard" << 0
        << "unknown seniority “wizard”. Accepted: unknown, entry, mid, senior, staff, principal.";
    QTest::newRow("unknown skill suggests similar") << "skill:kube" << 0 << "Accepted: Kubernetes, Kubeflow";
    QTest::newRow("malformed number") << "salary>=lots" << 0 << "“lots” is not a number";
    QTest::newRow("malformed range") << "experience:3-5" << 0 << "expected a range like experience:3..5";
    QTest::newRow("upside-down range")
        << "salary:300k..100k" << 0 << "the lower bound is above the upper bound";
    // Found by fuzz_filterexpression: accepted as two terms, refused when formatted as one range.
    QTest::newRow("upside-down bounds as two terms")
        << "se salary>=1k salary<=2" << 14 << "the lower bound is above the upper bound";
    QTest::newRow("upside-down bounds after a range")
        << "experience:..2 experience>=5" << 15 << "the lower bound is above the upper bound";
    QTest::newRow("negative number") << "experience>=-2" << 0 << "is not a number";
    QTest::newRow("excluded range") << "-salary>=100k" << 0 << "a range cannot be excluded";
    QTest::newRow("has something else") << "has:equity" << 0 << "the only accepted form is has:salary";
    QTest::newRow("comparison on a facet") << "seniority>=senior" << 0 << "takes values after a colon";
    QTest::newRow("missing value") << "skill:python," << 0 << "a value is missing";
    QTest::newRow("unclosed quote") << "role:\"AI Infra" << 0 << "a quotation mark is not closed";
    QTest::newRow("unknown currency code")
        << "salary>=200k XYZ" << 13 << "unknown currency “XYZ”. Salaries here are in USD.";
    QTest::newRow("two currencies for one range") << "salary>=100k eur salary<=200k gbp" << 30
                                                  << "a salary range has one currency, and EUR was given "
                                                     "before GBP.";
}

void tst_FilterExpression::shouldRefuseBadTerms()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(QString, expected);
    FilterExpression::Error error;
    QVERIFY(!FilterExpression::parse(text, *m_engine, &error));
    QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    QCOMPARE(error.position, position);
    QVERIFY(error.length > 0);
    QVERIFY2(error.message.contains(text.mid(position, error.length)), qPrintable(error.message));
}

void tst_FilterExpression::shouldPlaceAnErrorByCharactersAsTheUserSeesThem_data()
{
    QTest::addColumn<QString>("before"); // free text before the bad term
    QTest::addColumn<int>("character");  // where the bad term starts, from 1, as the user counts
    QTest::newRow("plain letters") << QStringLiteral("python ") << 8;
    QTest::newRow("fifteen emoji, two UTF-16 units each")
        << QString(QStringLiteral("\U0001F600")).repeated(15) + QLatin1Char(' ') << 17;
    QTest::newRow("e and a combining acute accent") << QStringLiteral("cafe\u0301 ") << 6;
    QTest::newRow("several combining marks on one letter") << QStringLiteral("a\u0301\u0323\u0308 ") << 3;
    QTest::newRow("a family emoji joined by zero-width joiners")
        << QStringLiteral("\U0001F469\u200D\U0001F469\u200D\U0001F467 ") << 3;
    QTest::newRow("a flag of two regional indicators") << QStringLiteral("\U0001F1E9\U0001F1EA ") << 3;
}

void tst_FilterExpression::shouldPlaceAnErrorByCharactersAsTheUserSeesThem()
{
    QFETCH(QString, before);
    QFETCH(int, character);

    // Given a bad term after text whose characters are not one UTF-16 unit each
    const QString bad = QStringLiteral("colour:blue");
    const QString text = before + bad;

    // When it is parsed
    FilterExpression::Error error;
    QVERIFY(!FilterExpression::parse(text, *m_engine, &error));

    // Then the message counts characters as the user sees them
    QCOMPARE(error.character, character);
    QVERIFY2(error.message.contains(QStringLiteral("at character %1:").arg(character)),
             qPrintable(error.message));
    // And position and length still select the term in the text, in UTF-16 units
    QCOMPARE(error.position, int(before.size()));
    QCOMPARE(text.mid(error.position, error.length), bad);
}

void tst_FilterExpression::shouldRoundTripPanelStates()
{
    // The panel builds filters by toggling values; each state must survive its text form.
    Filter filter;
    auto roundTrips = [&] {
        const QString text = FilterExpression::format(filter, *m_engine);
        FilterExpression::Error error;
        const auto parsed = FilterExpression::parse(text, *m_engine, &error);
        return parsed == filter ? QString() : text % QStringLiteral(" → ") % error.message;
    };
    filter.toggle(Facet::Seniority, int(Seniority::Senior));
    QCOMPARE(roundTrips(), QString());
    filter.toggle(Facet::Skill, value(Facet::Skill, QStringLiteral("Python")));
    filter.toggle(Facet::Skill, value(Facet::Skill, QStringLiteral("Go")));
    QCOMPARE(roundTrips(), QString());
    filter.setSkillMatch(SkillMatch::Any);
    QCOMPARE(roundTrips(), QString());
    for (int place = 0; place < m_engine->valueCount(Facet::Location); ++place) {
        Filter single;
        single.toggle(Facet::Location, place);
        const auto parsed = FilterExpression::parse(FilterExpression::format(single, *m_engine), *m_engine);
        QCOMPARE(parsed, std::optional<Filter>(single));
    }
    filter.toggleExcluded(Facet::Company, value(Facet::Company, QStringLiteral("NVIDIA")));
    filter.salary = {150000, 250000};
    filter.salaryCurrency = QStringLiteral("EUR");
    QCOMPARE(roundTrips(), QString());
    filter.experience.min = 2.5;
    filter.text << QStringLiteral("serving platform") << QStringLiteral("say \"hi\"");
    QCOMPARE(roundTrips(), QString());
    // Found by fuzz_filterexpression: text ending in backslashes, or with one before a quote
    filter.text << QStringLiteral("075k\\\\\\") << QStringLiteral("C:\\new \\\"folder\\");
    QCOMPARE(roundTrips(), QString());
    // ...and text ending in a line break (a pattern's $ matched before it: left unquoted)
    filter.text << QStringLiteral("\x05 pasted\n") << QStringLiteral("plain\n");
    QCOMPARE(roundTrips(), QString());
    // ...and a bound too large for 15 digits
    filter.salary = {1599999999990003729424098846048236e3, std::nullopt};
    QCOMPARE(roundTrips(), QString());
    // ...and bounds with decimals on both sides of a range
    filter.salary = {150000, 2.0444444444444445e+114};
    filter.experience = {2.5, 7.5};
    QCOMPARE(roundTrips(), QString());
}

void tst_FilterExpression::shouldRoundTripRandomFilters()
{
    QRandomGenerator random(7);
    QTemporaryDir dir;
    QString error;
    const auto database =
        PostingDatabase::open(test::writeDatabase(dir, test::randomDataset(random, 300)), &error);
    const auto store = database->loadStore(&error);
    const FilterEngine engine(*store);
    for (int i = 0; i < 500; ++i) {
        Filter filter;
        for (const Facet facet : allFacets) {
            if (random.bounded(3) == 0 && engine.valueCount(facet) > 0)
                filter.toggle(facet, random.bounded(engine.valueCount(facet)), SkillMatch(random.bounded(2)));
            if (random.bounded(8) == 0 && engine.valueCount(facet) > 0)
                filter.toggleExcluded(facet, random.bounded(engine.valueCount(facet)));
        }
        if (random.bounded(3) == 0)
            filter.salary.min = random.bounded(300) * 1000 + (random.bounded(2) ? 500 : 0);
        if (filter.salary.isSet() && random.bounded(3) == 0)
            filter.salaryCurrency = random.bounded(2) ? QStringLiteral("EUR") : QStringLiteral("NOK");
        if (random.bounded(4) == 0)
            filter.experience.max = random.bounded(12);
        // Words of three letters, which right after a salary range would read as its currency
        const QStringList words{QStringLiteral("eur"), QStringLiteral("AWS"), QStringLiteral("gpu")};
        if (random.bounded(4) == 0)
            filter.text << words.at(random.bounded(words.size()));
        const QString text = FilterExpression::format(filter, engine);
        FilterExpression::Error parseError;
        const auto parsed = FilterExpression::parse(text, engine, &parseError);
        QVERIFY2(parsed == filter, qPrintable(text % QStringLiteral(" → ") % parseError.message));
    }
}

void tst_FilterExpression::shouldDescribeAFilterInWords()
{
    const auto filter = FilterExpression::parse(
        QStringLiteral("seniority:senior,staff skill:k8s skill:python -mode:remote has:salary"), *m_engine);
    QVERIFY(filter);
    QCOMPARE(
        FilterExpression::describe(*filter, *m_engine),
        QStringLiteral("Seniority: Senior or Staff · Work mode: not Remote · Skills: Kubernetes and Python · "
                       "with a salary"));
    QCOMPARE(FilterExpression::describe({}, *m_engine), QStringLiteral("All postings"));
    // A salary range names its currency
    QCOMPARE(FilterExpression::describe(
                 *FilterExpression::parse(QStringLiteral("salary>=200k eur"), *m_engine), *m_engine),
             QStringLiteral("Salary: at least €200,000"));
    QCOMPARE(FilterExpression::describe(
                 *FilterExpression::parse(QStringLiteral("salary:150k..200k"), *m_engine), *m_engine),
             QStringLiteral("Salary: $150,000 to $200,000"));
}

QTEST_GUILESS_MAIN(tst_FilterExpression)
#include "tst_filterexpression.moc"
