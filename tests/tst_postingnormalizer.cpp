#include "LocationNormalizer.h"
#include "PostingNormalizer.h"
#include "SalaryText.h"
#include "TestDatabase.h"

#include <QTest>

using namespace jobexplorer;

namespace {

using test::strings;

QString placeText(const LocationRecord &l)
{
    return QStringList{l.city, l.region, l.country, l.metroArea}.join(QLatin1Char('|'));
}

} // namespace

class tst_PostingNormalizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldTakeSeniorityFromLabelsTitlesAndYears_data();
    void shouldTakeSeniorityFromLabelsTitlesAndYears();
    void shouldGiveRoleFamiliesByKeywords_data();
    void shouldGiveRoleFamiliesByKeywords();
    void shouldSplitLocations_data();
    void shouldSplitLocations();
    void shouldReadPayPeriodsAndAmounts();
    void shouldReadSalaryText_data();
    void shouldReadSalaryText();
    void shouldResolveTheCurrencyWithTheColumn_data();
    void shouldResolveTheCurrencyWithTheColumn();
    void shouldReadCurrencyColumns_data();
    void shouldReadCurrencyColumns();
    void shouldReadDates_data();
    void shouldReadDates();
    void shouldReadWorkModesAndEmploymentTypes();
};

void tst_PostingNormalizer::shouldTakeSeniorityFromLabelsTitlesAndYears_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("title");
    QTest::addColumn<double>("years"); // -1: not stated
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("text");
    QTest::newRow("our own label") << "Staff"
                                   << "Senior Engineer" << -1.0 << "staff"
                                   << "Staff";
    QTest::newRow("Internship label") << "Internship"
                                      << "Data Engineer" << -1.0 << "entry"
                                      << "Internship";
    QTest::newRow("Entry level label") << "Entry level"
                                       << "Analyst" << -1.0 << "entry"
                                       << "Entry level";
    QTest::newRow("Associate label") << "Associate"
                                     << "Analyst" << -1.0 << "mid"
                                     << "Associate";
    QTest::newRow("Mid-Senior level") << "Mid-Senior level"
                                      << "ML Engineer" << -1.0 << "senior"
                                      << "Mid-Senior level";
    QTest::newRow("Mid-Senior with 3 years") << "Mid-Senior level"
                                             << "ML Engineer" << 3.0 << "mid"
                                             << "Mid-Senior level";
    QTest::newRow("Director label") << "Director"
                                    << "Engineering" << -1.0 << "principal"
                                    << "Director";
    QTest::newRow("Executive label") << "Executive"
                                     << "CTO" << -1.0 << "principal"
                                     << "Executive";
    QTest::newRow("title beats board label") << "Mid-Senior level"
                                             << "Staff Engineer" << -1.0 << "staff"
                                             << "Staff";
    QTest::newRow("Sr.") << ""
                         << "Sr. Data Engineer" << -1.0 << "senior"
                         << "Sr.";
    QTest::newRow("Sr. Staff") << ""
                               << "Sr. Staff Software Engineer" << -1.0 << "staff"
                               << "Staff";
    QTest::newRow("Principal Staff") << ""
                                     << "Principal Staff Engineer" << -1.0 << "principal"
                                     << "Principal";
    QTest::newRow("New Grad") << ""
                              << "ML Infrastructure Engineer, New Grad" << -1.0 << "entry"
                              << "New Grad";
    QTest::newRow("Junior") << ""
                            << "Junior Developer" << -1.0 << "entry"
                            << "Junior";
    QTest::newRow("Lead") << ""
                          << "AIOps Engineer Lead" << -1.0 << "staff"
                          << "Lead";
    QTest::newRow("Head of") << ""
                             << "Head of Data" << -1.0 << "principal"
                             << "Head of";
    QTest::newRow("leader is not lead") << ""
                                        << "Thought Leader" << -1.0 << "unknown"
                                        << "";
    QTest::newRow("years 2") << ""
                             << "Engineer" << 2.0 << "entry"
                             << "2+ years";
    QTest::newRow("years 3") << ""
                             << "Engineer" << 3.0 << "mid"
                             << "3+ years";
    QTest::newRow("years 5") << ""
                             << "Engineer" << 5.0 << "senior"
                             << "5+ years";
    QTest::newRow("years 10") << ""
                              << "Engineer" << 10.0 << "staff"
                              << "10+ years";
    QTest::newRow("nothing") << ""
                             << "Engineer" << -1.0 << "unknown"
                             << "";
}

void tst_PostingNormalizer::shouldTakeSeniorityFromLabelsTitlesAndYears()
{
    QFETCH(QString, label);
    QFETCH(QString, title);
    QFETCH(double, years);
    QFETCH(QString, level);
    QFETCH(QString, text);
    const auto result =
        PostingNormalizer::seniority(label, title, years < 0 ? std::nullopt : std::optional(years));
    QCOMPARE(Vocabulary::key(Vocabulary::seniorities, result.level), level);
    QCOMPARE(result.text, text);
}

void tst_PostingNormalizer::shouldGiveRoleFamiliesByKeywords_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("family");
    QTest::newRow("AIOps") << "Splunk Observability and AIOps Engineer"
                           << "AIOps Engineer";
    QTest::newRow("AI operations") << "Principal AI Operations Engineer"
                                   << "AIOps Engineer";
    QTest::newRow("MLOps") << "Enterprise MLOps Engineer (Azure ML/AKS/DevOps)"
                           << "MLOps Infrastructure Engineer";
    QTest::newRow("ML platform") << "ML Platform Engineer (Feature Infrastructure)"
                                 << "AI Platform Engineer";
    QTest::newRow("AI/ML infrastructure") << "AI/ML Infrastructure Engineer"
                                          << "ML Infrastructure Engineer";
    QTest::newRow("machine learning infra") << "Senior Machine Learning Infrastructure Engineer"
                                            << "ML Infrastructure Engineer";
    QTest::newRow("AI infra") << "Sr. Staff Software Engineer, AI Infra"
                              << "AI Infrastructure Engineer";
    QTest::newRow("other") << "Registered Nurse"
                           << "Other";
    QTest::newRow("maintain is not ai") << "Maintenance Infrastructure Technician"
                                        << "Other";
}

void tst_PostingNormalizer::shouldGiveRoleFamiliesByKeywords()
{
    QFETCH(QString, title);
    QFETCH(QString, family);
    QCOMPARE(PostingNormalizer::roleFamily(title), family);
}

void tst_PostingNormalizer::shouldSplitLocations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("places"); // city|region|country|metro
    QTest::newRow("US city and state code")
        << "San Francisco, CA" << strings({"San Francisco|CA|United States|San Francisco Bay Area"});
    QTest::newRow("US city and state name")
        << "Palo Alto, California" << strings({"Palo Alto|CA|United States|San Francisco Bay Area"});
    QTest::newRow("city and country") << "Berlin, Germany" << strings({"Berlin||Germany|Berlin"});
    QTest::newRow("three parts") << "Montreal, Quebec, Canada" << strings({"Montreal|Quebec|Canada|"});
    QTest::newRow("country only") << "United States" << strings({"||United States|"});
    QTest::newRow("state and country") << "Texas, United States" << strings({"|TX|United States|"});
    QTest::newRow("metro name") << "San Francisco Bay Area"
                                << strings({"|||San Francisco Bay Area"}); // country below
    QTest::newRow("remote is no place") << "Remote" << strings({});
    QTest::newRow("several") << "New York, NY; Seattle, WA"
                             << strings({"New York|NY|United States|New York City",
                                         "Seattle|WA|United States|Seattle"});
    QTest::newRow("unknown stays city") << "Springfield, Ruritania" << strings({"Springfield|Ruritania||"});
}

void tst_PostingNormalizer::shouldSplitLocations()
{
    QFETCH(QString, text);
    QFETCH(QStringList, places);
    QStringList found;
    const QList<LocationRecord> locations = LocationNormalizer::locations(text);
    for (LocationRecord l : locations) {
        if (l.metroArea == QLatin1String("San Francisco Bay Area") && l.city.isEmpty()) {
            QCOMPARE(l.country, QStringLiteral("United States"));
            l.country.clear();
        }
        found << placeText(l);
    }
    QCOMPARE(found, places);
}

void tst_PostingNormalizer::shouldReadPayPeriodsAndAmounts()
{
    QCOMPARE(PostingNormalizer::payPeriod(QStringLiteral("HOURLY")), PayPeriod::Hour);
    QCOMPARE(PostingNormalizer::payPeriod(QStringLiteral("WEEKLY")), PayPeriod::Week);
    QCOMPARE(PostingNormalizer::payPeriod(QStringLiteral("BIWEEKLY")), PayPeriod::Biweek);
    QCOMPARE(PostingNormalizer::payPeriod(QStringLiteral("bi-weekly")), PayPeriod::Biweek);
    QCOMPARE(PostingNormalizer::payPeriod(QStringLiteral("MONTHLY")), PayPeriod::Month);
    QCOMPARE(PostingNormalizer::payPeriod(QStringLiteral("YEARLY")), PayPeriod::Year);
    QCOMPARE(PostingNormalizer::payPeriod(QStringLiteral("per year")), PayPeriod::Year);
    QCOMPARE(PostingNormalizer::payPeriod(QStringLiteral("fortnight-ish")), std::nullopt);
    QCOMPARE(PostingNormalizer::amount(QStringLiteral("$120,000.50")), 120000.5);
    QCOMPARE(PostingNormalizer::amount(QStringLiteral("85k")), 85000.0);
    QCOMPARE(PostingNormalizer::amount(QStringLiteral("lots")), std::nullopt);
}

void tst_PostingNormalizer::shouldReadSalaryText_data()
{
    // expected: min|max|currency|period, the currency marked * when its sign is shared by
    // several ("$", "kr"), the period empty when none is written; or ! and the problem.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dollar range") << QStringLiteral("$144,000 – $216,000") << "144000|216000|USD*|";
    QTest::newRow("euro range") << QStringLiteral("€50,000 – €60,000") << "50000|60000|EUR|";
    QTest::newRow("euro range, one sign") << QStringLiteral("€50,000–60,000") << "50000|60000|EUR|";
    QTest::newRow("k range, code after") << "50-60k EUR"
                                         << "50000|60000|EUR|";
    QTest::newRow("k range, no currency") << "120k-150k"
                                          << "120000|150000||";
    QTest::newRow("euro single figure") << QStringLiteral("€60,000") << "60000|60000|EUR|";
    QTest::newRow("k and euro sign after") << QStringLiteral("60k€") << "60000|60000|EUR|";
    QTest::newRow("code in lower case beside the amount") << "60k eur"
                                                          << "60000|60000|EUR|";
    QTest::newRow("Swiss apostrophes") << "CHF 120'000"
                                       << "120000|120000|CHF|";
    QTest::newRow("code before, p.a.") << "CHF 120'000 p.a."
                                       << "120000|120000|CHF|year";
    QTest::newRow("Norwegian spaces, range")
        << QStringLiteral("NOK 900 000–1 100 000") << "900000|1100000|NOK|";
    QTest::newRow("no-break spaces") << QStringLiteral("65\u00a0000\u00a0€ par an") << "65000|65000|EUR|year";
    QTest::newRow("German thousands dot, /Jahr")
        << QStringLiteral("60.000 € brutto/Jahr") << "60000|60000|EUR|year";
    QTest::newRow("decimal comma, /h") << QStringLiteral("55,50 €/h") << "55.5|55.5|EUR|hour";
    QTest::newRow("euro per hour") << QStringLiteral("€55/hour") << "55|55|EUR|hour";
    QTest::newRow("dollar /hr") << "$55/hr"
                                << "55|55|USD*|hour";
    QTest::newRow("an hour") << "$40 an hour"
                             << "40|40|USD*|hour";
    QTest::newRow("hourly range") << "$35 - $45 hourly"
                                  << "35|45|USD*|hour";
    QTest::newRow("per day") << QStringLiteral("€600 per day") << "600|600|EUR|day";
    QTest::newRow("weekly") << QStringLiteral("£900 weekly") << "900|900|GBP|week";
    QTest::newRow("biweekly is not weekly") << "$3,000 biweekly"
                                            << "3000|3000|USD*|biweek";
    QTest::newRow("per month") << QStringLiteral("€4,500 per month") << "4500|4500|EUR|month";
    QTest::newRow("/mo") << "$9,000/mo"
                         << "9000|9000|USD*|month";
    QTest::newRow("/yr") << "$150k/yr"
                         << "150000|150000|USD*|year";
    QTest::newRow("annually, code before") << "USD 150,000 annually"
                                           << "150000|150000|USD|year";
    QTest::newRow("£ k a year") << QStringLiteral("£45k a year") << "45000|45000|GBP|year";
    QTest::newRow("decimals") << "$1,234.50 per week"
                              << "1234.5|1234.5|USD*|week";
    QTest::newRow("from") << "from $150,000"
                          << "150000||USD*|";
    QTest::newRow("plus") << "$150k+"
                          << "150000||USD*|";
    QTest::newRow("up to euros") << QStringLiteral("up to €80,000") << "|80000|EUR|";
    QTest::newRow("code before") << "CHF 90,000"
                                 << "90000|90000|CHF|";
    QTest::newRow("Canadian dollar sign") << "C$90,000"
                                          << "90000|90000|CAD|";
    QTest::newRow("dollar sign with its code") << "$60,000 CAD"
                                               << "60000|60000|CAD|";
    QTest::newRow("kronor: which one is not written") << "kr 45 000 per month"
                                                      << "45000|45000|*|month";
    QTest::newRow("a bonus share is no amount")
        << QStringLiteral("€60,000 + 10% bonus") << "60000|60000|EUR|";
    QTest::newRow("a state PA is no period") << "$120,000 (Pittsburgh, PA)"
                                             << "120000|120000|USD*|";
    QTest::newRow("words") << "competitive"
                           << "!salary “competitive” has no amount";
    QTest::newRow("two currencies") << QStringLiteral("€50,000 – $60,000")
                                    << QStringLiteral(
                                           "!salary “€50,000 – $60,000” names two currencies, EUR and $");
    QTest::newRow("two codes") << "50,000 EUR - 60,000 GBP"
                               << "!salary “50,000 EUR - 60,000 GBP” names two currencies, EUR and GBP";
    QTest::newRow("two periods") << "$50/hour or $8,000 a month"
                                 << "!salary “$50/hour or $8,000 a month” names two pay periods, per hour "
                                    "and per month";
    QTest::newRow("three amounts") << QStringLiteral("€40,000, €50,000 or €60,000")
                                   << QStringLiteral("!salary “€40,000, €50,000 or €60,000” has more than "
                                                     "two amounts");
}

void tst_PostingNormalizer::shouldReadSalaryText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString problem;
    const auto salary = SalaryText::read(text, &problem);
    const auto number = [](std::optional<double> v) { return v ? QString::number(*v, 'g', 10) : QString(); };
    const QString found =
        salary
            ? QString(number(salary->min) % QLatin1Char('|') % number(salary->max) % QLatin1Char('|') %
                      salary->currency % (salary->candidates.isEmpty() ? QString() : QStringLiteral("*")) %
                      QLatin1Char('|') %
                      (salary->period ? Vocabulary::key(Vocabulary::payPeriods, *salary->period) : QString()))
            : QString(QLatin1Char('!') % problem);
    QCOMPARE(found, expected);
}

void tst_PostingNormalizer::shouldResolveTheCurrencyWithTheColumn_data()
{
    // expected: the code, or ! and the problem.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a bare $ is US dollars") << "$55,000"
                                            << ""
                                            << "USD";
    QTest::newRow("the column says which dollar") << "$55,000"
                                                  << "CAD"
                                                  << "CAD";
    QTest::newRow("a dollar against a euro column")
        << "$55,000"
        << "EUR"
        << "!the salary is in “$” (USD, CAD, AUD, NZD, SGD, HKD, MXN) but the currency column says EUR";
    QTest::newRow("the value's euro wins over the column") << QStringLiteral("€55,000") << "USD"
                                                           << "EUR";
    QTest::newRow("no currency written: the column's") << "55,000"
                                                       << "CHF"
                                                       << "CHF";
    QTest::newRow("nothing anywhere") << "55,000"
                                      << ""
                                      << "";
    QTest::newRow("kronor without a column")
        << "kr 500 000"
        << ""
        << "!“kr” could be SEK, NOK, DKK, ISK: map a currency column that says which";
    QTest::newRow("kronor the column names") << "kr 500 000"
                                             << "NOK"
                                             << "NOK";
}

void tst_PostingNormalizer::shouldResolveTheCurrencyWithTheColumn()
{
    QFETCH(QString, text);
    QFETCH(QString, column);
    QFETCH(QString, expected);
    const auto salary = SalaryText::read(text);
    QVERIFY(salary);
    QString problem;
    const auto currency = salary->resolveCurrency(column, &problem);
    QCOMPARE(currency ? *currency : QString(QLatin1Char('!') % problem), expected);
}

void tst_PostingNormalizer::shouldReadCurrencyColumns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // the code, * when shared; ! when not a currency
    QTest::newRow("code") << "EUR"
                          << "EUR";
    QTest::newRow("code in lower case") << "nok"
                                        << "NOK";
    QTest::newRow("euro sign") << QStringLiteral("€") << "EUR";
    QTest::newRow("US$") << "US$"
                         << "USD";
    QTest::newRow("dollar sign") << "$"
                                 << "USD*";
    QTest::newRow("kronor sign") << "kr"
                                 << "*";
    QTest::newRow("capitals Qt does not know") << "XBT"
                                               << "XBT";
    QTest::newRow("a word") << "banana"
                            << "!";
    QTest::newRow("lower case, not a code") << "abc"
                                            << "!";
}

void tst_PostingNormalizer::shouldReadCurrencyColumns()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QStringList candidates;
    const auto code = SalaryText::currencyCode(text, &candidates);
    QCOMPARE(code ? QString(*code % (candidates.isEmpty() ? QString() : QStringLiteral("*")))
                  : QStringLiteral("!"),
             expected);
}

void tst_PostingNormalizer::shouldReadDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("LinkedIn epoch ms as float") << "1713397508000.0" << QDate(2024, 4, 17);
    QTest::newRow("epoch ms") << "1713397508000" << QDate(2024, 4, 17);
    QTest::newRow("epoch s") << "1713397508" << QDate(2024, 4, 17);
    QTest::newRow("ISO") << "2024-06-02" << QDate(2024, 6, 2);
    QTest::newRow("ISO with time") << "2024-06-02 10:11:12" << QDate(2024, 6, 2);
    QTest::newRow("US") << "6/2/2024" << QDate(2024, 6, 2);
    QTest::newRow("not a date") << "yesterday" << QDate();
    QTest::newRow("20 digits: overflows 64 bits") << "99999999999999999999" << QDate();
    QTest::newRow("2^64") << "18446744073709551616" << QDate();
    QTest::newRow("epoch ms in the year 5138") << "99999999999999" << QDate();
    QTest::newRow("negative epoch") << "-1" << QDate();
}

void tst_PostingNormalizer::shouldReadDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(PostingNormalizer::date(text).value_or(QDate()), date);
}

void tst_PostingNormalizer::shouldReadWorkModesAndEmploymentTypes()
{
    QCOMPARE(PostingNormalizer::workMode(QStringLiteral("Hybrid Remote")), WorkMode::Hybrid);
    QCOMPARE(PostingNormalizer::workMode(QStringLiteral("Not Remote")), WorkMode::OnSite);
    QCOMPARE(PostingNormalizer::workMode(QStringLiteral("On-site")), WorkMode::OnSite);
    QCOMPARE(PostingNormalizer::workMode(QStringLiteral("remote")), WorkMode::Remote);
    QCOMPARE(PostingNormalizer::workMode(QStringLiteral("[None]")), std::nullopt);
    QCOMPARE(PostingNormalizer::employmentType(QStringLiteral("FULL_TIME")), EmploymentType::FullTime);
    QCOMPARE(PostingNormalizer::employmentType(QStringLiteral("Full-time (> 32 hours)")),
             EmploymentType::FullTime);
    QCOMPARE(PostingNormalizer::employmentType(QStringLiteral("Part-time")), EmploymentType::PartTime);
    QCOMPARE(PostingNormalizer::employmentType(QStringLiteral("Contract")), EmploymentType::Contract);
    QCOMPARE(PostingNormalizer::employmentType(QStringLiteral("Internship")), EmploymentType::Internship);
    QCOMPARE(PostingNormalizer::employmentType(QStringLiteral("Per diem")), EmploymentType::Other);
    QCOMPARE(PostingNormalizer::employmentType(QString()), EmploymentType::Unknown);
}

QTEST_GUILESS_MAIN(tst_PostingNormalizer)
#include "tst_postingnormalizer.moc"
