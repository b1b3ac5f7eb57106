#include "LocationNormalizer.h"
#include "PostingNormalizer.h"
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
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // min|max|currency, empty when not a salary
    QTest::newRow("range") << QStringLiteral("$144,000 – $216,000") << "144000|216000|USD";
    QTest::newRow("from") << "from $150,000"
                          << "150000||USD";
    QTest::newRow("up to euros") << QStringLiteral("up to €80,000") << "|80000|EUR";
    QTest::newRow("code") << "CHF 90,000"
                          << "90000|90000|CHF";
    QTest::newRow("k") << "120k-150k"
                       << "120000|150000|";
    QTest::newRow("words") << "competitive"
                           << "";
}

void tst_PostingNormalizer::shouldReadSalaryText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    SalaryRecord salary;
    const bool ok = PostingNormalizer::parseSalaryText(text, salary);
    const auto number = [](std::optional<double> v) { return v ? QString::number(*v, 'f', 0) : QString(); };
    QCOMPARE(ok ? number(salary.min) % QLatin1Char('|') % number(salary.max) % QLatin1Char('|') %
                      salary.currency
                : QString(),
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
