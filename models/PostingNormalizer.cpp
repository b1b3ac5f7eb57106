#include "PostingNormalizer.h"

#include "TextFolding.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

#include <array>
#include <cmath>

namespace jobexplorer {

namespace {

// Years of experience at which each level starts (documented in import-format.md).
constexpr double MidYears = 3;
constexpr double SeniorYears = 5;
constexpr double StaffYears = 8;
// A salary without a period below this amount is taken as hourly, else yearly.
constexpr double HourlyBelow = 1000;
// Epoch times: seconds have 10 digits until 2286, milliseconds 13.
constexpr qsizetype EpochMillisecondDigits = 12;
constexpr qsizetype EpochSecondDigits = 9;

struct Pair
{
    const char *code;
    const char *name;
};

constexpr std::array<Pair, 51> UsStates{{
    {"AL", "Alabama"}, {"AK", "Alaska"}, {"AZ", "Arizona"}, {"AR", "Arkansas"}, {"CA", "California"},
    {"CO", "Colorado"}, {"CT", "Connecticut"}, {"DE", "Delaware"}, {"DC", "District of Columbia"},
    {"FL", "Florida"}, {"GA", "Georgia"}, {"HI", "Hawaii"}, {"ID", "Idaho"}, {"IL", "Illinois"},
    {"IN", "Indiana"}, {"IA", "Iowa"}, {"KS", "Kansas"}, {"KY", "Kentucky"}, {"LA", "Louisiana"},
    {"ME", "Maine"}, {"MD", "Maryland"}, {"MA", "Massachusetts"}, {"MI", "Michigan"}, {"MN", "Minnesota"},
    {"MS", "Mississippi"}, {"MO", "Missouri"}, {"MT", "Montana"}, {"NE", "Nebraska"}, {"NV", "Nevada"},
    {"NH", "New Hampshire"}, {"NJ", "New Jersey"}, {"NM", "New Mexico"}, {"NY", "New York"},
    {"NC", "North Carolina"}, {"ND", "North Dakota"}, {"OH", "Ohio"}, {"OK", "Oklahoma"}, {"OR", "Oregon"},
    {"PA", "Pennsylvania"}, {"RI", "Rhode Island"}, {"SC", "South Carolina"}, {"SD", "South Dakota"},
    {"TN", "Tennessee"}, {"TX", "Texas"}, {"UT", "Utah"}, {"VT", "Vermont"}, {"VA", "Virginia"},
    {"WA", "Washington"}, {"WV", "West Virginia"}, {"WI", "Wisconsin"}, {"WY", "Wyoming"},
}};

constexpr std::array<Pair, 13> CanadianProvinces{{
    {"AB", "Alberta"}, {"BC", "British Columbia"}, {"MB", "Manitoba"}, {"NB", "New Brunswick"},
    {"NL", "Newfoundland and Labrador"}, {"NS", "Nova Scotia"}, {"NT", "Northwest Territories"},
    {"NU", "Nunavut"}, {"ON", "Ontario"}, {"PE", "Prince Edward Island"}, {"QC", "Quebec"},
    {"SK", "Saskatchewan"}, {"YT", "Yukon"},
}};

const QLatin1String UnitedStates("United States");

// Country names as stored, with other spellings that mean them (folded).
const QHash<QString, QString> &countries()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const std::initializer_list<const char *> names{
            "United States", "Canada", "Mexico", "Brazil", "Argentina", "Chile", "Colombia", "United Kingdom",
            "Ireland", "Germany", "France", "Spain", "Portugal", "Italy", "Netherlands", "Belgium", "Switzerland",
            "Austria", "Sweden", "Norway", "Denmark", "Finland", "Poland", "Czechia", "Romania", "Hungary",
            "Greece", "Ukraine", "Estonia", "Lithuania", "Latvia", "Israel", "Turkey", "United Arab Emirates",
            "Saudi Arabia", "Qatar", "Egypt", "South Africa", "Nigeria", "Kenya", "India", "Pakistan",
            "Bangladesh", "Sri Lanka", "China", "Hong Kong", "Taiwan", "Japan", "South Korea", "Singapore",
            "Malaysia", "Indonesia", "Philippines", "Vietnam", "Thailand", "Australia", "New Zealand", "Luxembourg"};
        for (const char *name : names)
            t.insert(QString::fromLatin1(name).toCaseFolded(), QString::fromLatin1(name));
        const std::initializer_list<Pair> aliases{
            {"usa", "United States"}, {"us", "United States"}, {"u.s.", "United States"},
            {"u.s.a.", "United States"}, {"united states of america", "United States"},
            {"uk", "United Kingdom"}, {"great britain", "United Kingdom"}, {"england", "United Kingdom"},
            {"scotland", "United Kingdom"}, {"czech republic", "Czechia"}, {"uae", "United Arab Emirates"},
            {"korea", "South Korea"}, {"republic of korea", "South Korea"}, {"deutschland", "Germany"},
            {"the netherlands", "Netherlands"}};
        for (const Pair &alias : aliases)
            t.insert(QLatin1String(alias.code), QLatin1String(alias.name));
        return t;
    }();
    return table;
}

// Major metros: (city, region or country) → metro area, and the names job boards give metros.
struct Metro
{
    const char *name;
    const char *region; // a US state code, or empty for a city outside the US
    std::initializer_list<const char *> cities;
    std::initializer_list<const char *> aliases; // folded
};

const std::array<Metro, 20> &metros()
{
    static const std::array<Metro, 20> table{{
        {"San Francisco Bay Area", "CA",
         {"San Francisco", "Oakland", "San Jose", "Palo Alto", "Mountain View", "Sunnyvale", "Santa Clara",
          "Menlo Park", "Redwood City", "Cupertino", "Fremont", "Berkeley", "San Mateo", "South San Francisco",
          "Foster City", "Milpitas", "Burlingame", "Emeryville", "Los Gatos", "San Bruno"},
         {"san francisco bay area", "bay area", "sf bay area", "silicon valley"}},
        {"New York City", "NY", {"New York", "New York City", "Brooklyn", "Manhattan", "Queens", "Bronx"},
         {"new york city metropolitan area", "greater new york city area", "new york metropolitan area", "nyc"}},
        {"New York City", "NJ", {"Jersey City", "Hoboken", "Newark"}, {}},
        {"Seattle", "WA", {"Seattle", "Bellevue", "Redmond", "Kirkland", "Bothell", "Tacoma"},
         {"greater seattle area", "seattle metropolitan area"}},
        {"Los Angeles", "CA", {"Los Angeles", "Santa Monica", "Pasadena", "Burbank", "Irvine", "Long Beach", "Culver City"},
         {"los angeles metropolitan area", "greater los angeles area"}},
        {"Boston", "MA", {"Boston", "Cambridge", "Somerville", "Waltham", "Burlington"},
         {"greater boston", "boston metropolitan area"}},
        {"Chicago", "IL", {"Chicago", "Evanston", "Naperville"}, {"greater chicago area", "chicago metropolitan area"}},
        {"Austin", "TX", {"Austin", "Round Rock"}, {"austin, texas metropolitan area", "greater austin area"}},
        {"Dallas-Fort Worth", "TX", {"Dallas", "Fort Worth", "Plano", "Irving", "Richardson", "Arlington"},
         {"dallas-fort worth metroplex", "dallas-fort worth"}},
        {"Washington DC", "DC", {"Washington"}, {"washington dc-baltimore area", "washington dc metro area"}},
        {"Washington DC", "VA", {"Arlington", "Reston", "McLean", "Alexandria", "Herndon"}, {}},
        {"Atlanta", "GA", {"Atlanta", "Alpharetta"}, {"atlanta metropolitan area"}},
        {"Denver", "CO", {"Denver", "Boulder"}, {"denver metropolitan area"}},
        {"Greater London", "", {"London"}, {"london area, united kingdom", "greater london"}},
        {"Berlin", "", {"Berlin"}, {"berlin metropolitan area"}},
        {"Paris", "", {"Paris"}, {"greater paris metropolitan region"}},
        {"Toronto", "", {"Toronto", "Mississauga"}, {"greater toronto area"}},
        {"Bengaluru", "", {"Bengaluru", "Bangalore"}, {}},
        {"Tel Aviv", "", {"Tel Aviv", "Tel Aviv-Yafo", "Herzliya"}, {}},
        {"Singapore", "", {"Singapore"}, {}},
    }};
    return table;
}

QString usStateCode(const QString &text)
{
    for (const Pair &state : UsStates) {
        if (text.compare(QLatin1String(state.code), Qt::CaseInsensitive) == 0
            || text.compare(QLatin1String(state.name), Qt::CaseInsensitive) == 0)
            return QLatin1String(state.code);
    }
    return {};
}

bool isCanadianProvince(const QString &text)
{
    for (const Pair &province : CanadianProvinces) {
        if (text.compare(QLatin1String(province.code), Qt::CaseInsensitive) == 0
            || text.compare(QLatin1String(province.name), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString country(const QString &text)
{
    return countries().value(text.toCaseFolded());
}

// Words of a title, folded, split at anything that is not a letter, digit or '.'.
QStringList words(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w.+#]+"));
    QStringList result = foldForSearch(text).split(separators, Qt::SkipEmptyParts);
    for (QString &word : result) {
        while (word.endsWith(QLatin1Char('.')) && word != QLatin1String("sr.") && word != QLatin1String("jr."))
            word.chop(1);
    }
    return result;
}

bool containsPhrase(const QStringList &words, std::initializer_list<const char *> phrase)
{
    const auto n = qsizetype(phrase.size());
    for (qsizetype i = 0; i + n <= words.size(); ++i) {
        qsizetype k = 0;
        for (const char *part : phrase) {
            if (words.at(i + k) != QLatin1String(part))
                break;
            ++k;
        }
        if (k == n)
            return true;
    }
    return false;
}

bool containsAny(const QStringList &words, std::initializer_list<const char *> list)
{
    for (const char *word : list) {
        if (words.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

} // namespace

Seniority PostingNormalizer::seniorityFromYears(double years)
{
    if (years >= StaffYears)
        return Seniority::Staff;
    if (years >= SeniorYears)
        return Seniority::Senior;
    if (years >= MidYears)
        return Seniority::Mid;
    return Seniority::Entry;
}

PostingNormalizer::SeniorityResult PostingNormalizer::seniority(const QString &label, const QString &title,
                                                                std::optional<double> yearsMin)
{
    const QString trimmedLabel = label.trimmed();
    // 1. Our own level names, as keys or labels (an export read back).
    for (const auto &entry : Vocabulary::seniorities) {
        if (entry.value == Seniority::Unknown)
            continue;
        if (trimmedLabel.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0
            || trimmedLabel.compare(Vocabulary::label(Vocabulary::seniorities, entry.value), Qt::CaseInsensitive) == 0)
            return {entry.value, trimmedLabel};
    }
    // 2. Title words, the most specific statement of a posting's level.
    const QStringList w = words(title);
    struct TitleRule
    {
        std::initializer_list<const char *> phrase;
        Seniority level;
        const char *text;
    };
    // Checked in order: "Principal Staff" is principal, "Sr. Staff" is staff.
    static const std::initializer_list<TitleRule> titleRules{
        {{"principal"}, Seniority::Principal, "Principal"},
        {{"distinguished"}, Seniority::Principal, "Distinguished"},
        {{"fellow"}, Seniority::Principal, "Fellow"},
        {{"head", "of"}, Seniority::Principal, "Head of"},
        {{"director"}, Seniority::Principal, "Director"},
        {{"vp"}, Seniority::Principal, "VP"},
        {{"staff"}, Seniority::Staff, "Staff"},
        {{"lead"}, Seniority::Staff, "Lead"},
        {{"senior"}, Seniority::Senior, "Senior"},
        {{"sr."}, Seniority::Senior, "Sr."},
        {{"sr"}, Seniority::Senior, "Sr"},
        {{"new", "grad"}, Seniority::Entry, "New Grad"},
        {{"graduate"}, Seniority::Entry, "Graduate"},
        {{"junior"}, Seniority::Entry, "Junior"},
        {{"jr."}, Seniority::Entry, "Jr."},
        {{"jr"}, Seniority::Entry, "Jr"},
        {{"intern"}, Seniority::Entry, "Intern"},
        {{"internship"}, Seniority::Entry, "Internship"},
        {{"entry", "level"}, Seniority::Entry, "Entry level"},
    };
    for (const TitleRule &rule : titleRules) {
        if (containsPhrase(w, rule.phrase))
            return {rule.level, QLatin1String(rule.text)};
    }
    // 3. Job-board experience labels (LinkedIn's formatted_experience_level and the like).
    const QString l = foldForSearch(trimmedLabel);
    if (!l.isEmpty()) {
        if (l.startsWith(QLatin1String("intern")) || l.startsWith(QLatin1String("entry")) || l == QLatin1String("junior"))
            return {Seniority::Entry, trimmedLabel};
        if (l == QLatin1String("associate"))
            return {Seniority::Mid, trimmedLabel};
        if (l.startsWith(QLatin1String("mid-senior")) || l.startsWith(QLatin1String("mid senior"))) {
            // LinkedIn's broad experienced level: years decide between mid and senior.
            const Seniority level = yearsMin && *yearsMin < SeniorYears ? Seniority::Mid : Seniority::Senior;
            return {level, trimmedLabel};
        }
        if (l.startsWith(QLatin1String("mid")) || l == QLatin1String("intermediate"))
            return {Seniority::Mid, trimmedLabel};
        if (l == QLatin1String("director") || l == QLatin1String("executive"))
            return {Seniority::Principal, trimmedLabel};
    }
    // 4. Years of experience asked for.
    if (yearsMin)
        return {seniorityFromYears(*yearsMin), tr("%1+ years").arg(*yearsMin)};
    return {Seniority::Unknown, trimmedLabel};
}

QStringList PostingNormalizer::roleFamilies()
{
    return {QStringLiteral("AI Infrastructure Engineer"), QStringLiteral("ML Infrastructure Engineer"),
            QStringLiteral("AIOps Engineer"), QStringLiteral("AI Platform Engineer"),
            QStringLiteral("MLOps Infrastructure Engineer"), otherRoleFamily()};
}

QString PostingNormalizer::roleFamily(const QString &title)
{
    // Split "AI/ML" into "ai" and "ml" too.
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    const QStringList w = foldForSearch(title).split(separators, Qt::SkipEmptyParts);
    const bool ai = containsAny(w, {"ai", "gpu", "llm", "genai"}) || containsPhrase(w, {"artificial", "intelligence"});
    const bool ml = containsAny(w, {"ml"}) || containsPhrase(w, {"machine", "learning"});
    bool infrastructure = false;
    for (const QString &word : w) {
        if (word.startsWith(QLatin1String("infra")))
            infrastructure = true;
    }
    if (containsAny(w, {"aiops"}) || containsPhrase(w, {"ai", "operations"}) || containsPhrase(w, {"ai", "ops"}))
        return QStringLiteral("AIOps Engineer");
    if (containsAny(w, {"mlops"}) || containsPhrase(w, {"ml", "ops"}))
        return QStringLiteral("MLOps Infrastructure Engineer");
    if ((ai || ml) && (containsAny(w, {"platform"})))
        return QStringLiteral("AI Platform Engineer");
    if (ml && infrastructure)
        return QStringLiteral("ML Infrastructure Engineer");
    if ((ai || containsAny(w, {"training", "inference"})) && infrastructure)
        return QStringLiteral("AI Infrastructure Engineer");
    return otherRoleFamily();
}

std::optional<WorkMode> PostingNormalizer::workMode(const QString &text)
{
    const QString t = foldForSearch(text.trimmed());
    if (t.isEmpty())
        return std::nullopt;
    if (const auto key = Vocabulary::fromKey(Vocabulary::workModes, t); key && *key != WorkMode::Unknown)
        return key;
    for (const auto &entry : Vocabulary::workModes) {
        if (entry.value != WorkMode::Unknown
            && t == foldForSearch(Vocabulary::label(Vocabulary::workModes, entry.value)))
            return entry.value;
    }
    if (t.contains(QLatin1String("not remote")) || t.contains(QLatin1String("non-remote")))
        return WorkMode::OnSite;
    if (t.contains(QLatin1String("hybrid")))
        return WorkMode::Hybrid;
    if (t.contains(QLatin1String("remote")) || t.contains(QLatin1String("work from home"))
        || t.contains(QLatin1String("telecommute")))
        return WorkMode::Remote;
    if (t.contains(QLatin1String("on-site")) || t.contains(QLatin1String("onsite")) || t.contains(QLatin1String("on site"))
        || t.contains(QLatin1String("in office")) || t.contains(QLatin1String("in-office"))
        || t.contains(QLatin1String("not remote")))
        return WorkMode::OnSite;
    return std::nullopt;
}

std::optional<bool> PostingNormalizer::flag(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return std::nullopt;
    if (t == QLatin1String("1") || t == QLatin1String("1.0") || t == QLatin1String("true") || t == QLatin1String("yes")
        || t == QLatin1String("y"))
        return true;
    return false;
}

EmploymentType PostingNormalizer::employmentType(const QString &text)
{
    QString t = foldForSearch(text.trimmed());
    t.replace(QLatin1Char('_'), QLatin1Char('-')).replace(QLatin1Char(' '), QLatin1Char('-'));
    if (t.isEmpty() || t == QLatin1String("unknown"))
        return EmploymentType::Unknown;
    if (const auto key = Vocabulary::fromKey(Vocabulary::employmentTypes, t))
        return *key;
    if (t.startsWith(QLatin1String("full")) || t == QLatin1String("permanent"))
        return EmploymentType::FullTime;
    if (t.startsWith(QLatin1String("part")))
        return EmploymentType::PartTime;
    if (t.startsWith(QLatin1String("contract")) || t.startsWith(QLatin1String("freelance")))
        return EmploymentType::Contract;
    if (t.startsWith(QLatin1String("temp")))
        return EmploymentType::Temporary;
    if (t.startsWith(QLatin1String("intern")))
        return EmploymentType::Internship;
    if (t.startsWith(QLatin1String("volunteer")))
        return EmploymentType::Volunteer;
    return EmploymentType::Other;
}

std::optional<PayPeriod> PostingNormalizer::payPeriod(const QString &text)
{
    QString t = foldForSearch(text.trimmed());
    t.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (t.startsWith(QLatin1String("per")))
        t = t.mid(3);
    if (t.isEmpty())
        return std::nullopt;
    if (t == QLatin1String("hourly") || t == QLatin1String("hour") || t == QLatin1String("hr") || t == QLatin1String("h"))
        return PayPeriod::Hour;
    if (t == QLatin1String("daily") || t == QLatin1String("day"))
        return PayPeriod::Day;
    if (t == QLatin1String("biweekly") || t == QLatin1String("biweek") || t == QLatin1String("everytwoweeks")
        || t == QLatin1String("fortnightly"))
        return PayPeriod::Biweek;
    if (t == QLatin1String("weekly") || t == QLatin1String("week") || t == QLatin1String("wk"))
        return PayPeriod::Week;
    if (t == QLatin1String("monthly") || t == QLatin1String("month") || t == QLatin1String("mo"))
        return PayPeriod::Month;
    if (t == QLatin1String("yearly") || t == QLatin1String("year") || t == QLatin1String("annual")
        || t == QLatin1String("annually") || t == QLatin1String("yr") || t == QLatin1String("annum")
        || t == QLatin1String("salary"))
        return PayPeriod::Year;
    return std::nullopt;
}

std::optional<double> PostingNormalizer::amount(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    for (const QChar c : {QChar(u'$'), QChar(0x20AC), QChar(0x00A3), QChar(u','), QChar(u' '), QChar(0x00A0),
                          QChar(0x202F)})
        t.remove(c);
    double factor = 1;
    if (t.endsWith(QLatin1Char('k'), Qt::CaseInsensitive)) {
        factor = 1000;
        t.chop(1);
    }
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value * factor;
}

QString PostingNormalizer::currencyFromSymbol(const QString &symbol)
{
    if (symbol == QLatin1String("$"))
        return QStringLiteral("USD");
    if (symbol == QStringLiteral("€"))
        return QStringLiteral("EUR");
    if (symbol == QStringLiteral("£"))
        return QStringLiteral("GBP");
    return symbol.toUpper();
}

bool PostingNormalizer::parseSalaryText(const QString &text, SalaryRecord &salary)
{
    // A money amount: an optional symbol or code, digits with separators, an optional k.
    static const QRegularExpression money(
        QStringLiteral("([$€£]|\\b[A-Z]{3})?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*([kK]\\b)?"));
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    QList<double> amounts;
    QString currency;
    auto it = money.globalMatch(t);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        auto value = amount(m.captured(2));
        if (!value)
            return false;
        if (!m.captured(3).isEmpty())
            *value *= 1000;
        amounts << *value;
        if (currency.isEmpty() && !m.captured(1).isEmpty())
            currency = currencyFromSymbol(m.captured(1));
    }
    if (amounts.isEmpty() || amounts.size() > 2)
        return false;
    const QString folded = t.toCaseFolded();
    if (amounts.size() == 2) {
        salary.min = amounts.at(0);
        salary.max = amounts.at(1);
    } else if (folded.startsWith(QLatin1String("up to"))) {
        salary.max = amounts.at(0);
    } else if (folded.startsWith(QLatin1String("from"))) {
        salary.min = amounts.at(0);
    } else {
        salary.min = amounts.at(0);
        salary.max = amounts.at(0);
    }
    salary.currency = currency;
    return true;
}

bool PostingNormalizer::parseExperience(const QString &text, std::optional<double> &min, std::optional<double> &max)
{
    static const QRegularExpression number(QStringLiteral("\\d+(?:\\.\\d+)?"));
    QList<double> numbers;
    auto it = number.globalMatch(text);
    while (it.hasNext())
        numbers << it.next().captured().toDouble();
    if (numbers.isEmpty())
        return false;
    const QString folded = text.toCaseFolded();
    if (numbers.size() >= 2) {
        min = numbers.at(0);
        max = numbers.at(1);
    } else if (folded.contains(QLatin1String("up to")) || folded.startsWith(QLatin1String("max"))) {
        max = numbers.at(0);
    } else if (folded.contains(QLatin1Char('+')) || folded.contains(QLatin1String("at least"))
               || folded.contains(QLatin1String("min"))) {
        min = numbers.at(0);
    } else {
        min = numbers.at(0);
        max = numbers.at(0);
    }
    return true;
}

std::optional<QDate> PostingNormalizer::date(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    // Epoch numbers, possibly written as floats ("1713397508000.0").
    static const QRegularExpression epoch(QStringLiteral("^(\\d+)(?:\\.0*)?$"));
    if (const auto m = epoch.match(t); m.hasMatch()) {
        const QString digits = m.captured(1);
        if (digits.size() >= EpochMillisecondDigits)
            return QDateTime::fromMSecsSinceEpoch(digits.toLongLong(), Qt::UTC).date();
        if (digits.size() >= EpochSecondDigits)
            return QDateTime::fromSecsSinceEpoch(digits.toLongLong(), Qt::UTC).date();
        return std::nullopt;
    }
    if (t.size() >= 10) {
        const QDate iso = QDate::fromString(t.left(10), Qt::ISODate);
        if (iso.isValid())
            return iso;
    }
    for (const char *format : {"M/d/yyyy", "M/d/yy", "d.M.yyyy"}) {
        const QDate d = QDate::fromString(t, QLatin1String(format));
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

bool PostingNormalizer::isRemoteText(const QString &text)
{
    const QString t = foldForSearch(text.trimmed());
    return t == QLatin1String("remote") || t.startsWith(QLatin1String("remote ")) || t.startsWith(QLatin1String("remote,"))
        || t.startsWith(QLatin1String("remote -")) || t.startsWith(QLatin1String("remote (")) || t == QLatin1String("anywhere")
        || t == QLatin1String("work from home");
}

QList<LocationRecord> PostingNormalizer::locations(const QString &text)
{
    QList<LocationRecord> result;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty() || isRemoteText(part))
            continue;
        result << location(part.trimmed());
    }
    return result;
}

LocationRecord PostingNormalizer::location(const QString &text)
{
    LocationRecord place;
    place.text = text;
    QStringList parts = text.split(QLatin1Char(','));
    for (QString &part : parts)
        part = part.trimmed();
    parts.removeAll(QString());
    if (parts.isEmpty())
        return place;

    // A metro area by its job-board name ("San Francisco Bay Area").
    const QString folded = foldForSearch(text.trimmed());
    for (const Metro &metro : metros()) {
        for (const char *alias : metro.aliases) {
            if (folded == QLatin1String(alias)) {
                place.metroArea = QLatin1String(metro.name);
                place.country = *metro.region ? QString(UnitedStates) : QString();
                if (!*metro.region && QLatin1String(metro.name) == QLatin1String("Greater London"))
                    place.country = QStringLiteral("United Kingdom");
                return place;
            }
        }
    }

    if (parts.size() >= 3) {
        place.city = parts.at(0);
        place.region = parts.at(1);
        place.country = country(parts.at(2)).isEmpty() ? parts.at(2) : country(parts.at(2));
    } else if (parts.size() == 2) {
        const QString state = usStateCode(parts.at(1));
        const QString nation = country(parts.at(1));
        if (!state.isEmpty() && nation.isEmpty()) {
            place.city = parts.at(0);
            place.region = state;
        } else if (!nation.isEmpty()) {
            // "Texas, United States" names a state; "Berlin, Germany" a city.
            const QString firstAsState = nation == UnitedStates ? usStateCode(parts.at(0)) : QString();
            if (!firstAsState.isEmpty() && parts.at(0).size() > 2)
                place.region = firstAsState;
            else if (nation == QLatin1String("Canada") && isCanadianProvince(parts.at(0)))
                place.region = parts.at(0);
            else
                place.city = parts.at(0);
            place.country = nation;
        } else if (isCanadianProvince(parts.at(1))) {
            place.city = parts.at(0);
            place.region = parts.at(1);
            place.country = QStringLiteral("Canada");
        } else {
            place.city = parts.at(0);
            place.region = parts.at(1);
        }
    } else {
        const QString only = parts.constFirst();
        if (const QString nation = country(only); !nation.isEmpty())
            place.country = nation;
        else if (const QString state = usStateCode(only); !state.isEmpty() && only.size() > 2)
            place.region = state;
        else
            place.city = only;
    }
    complete(place);
    return place;
}

void PostingNormalizer::complete(LocationRecord &place)
{
    if (place.country.isEmpty() && !place.region.isEmpty()) {
        if (const QString state = usStateCode(place.region); !state.isEmpty()) {
            place.country = UnitedStates;
            place.region = state;
        } else if (isCanadianProvince(place.region)) {
            place.country = QStringLiteral("Canada");
        }
    } else if (place.country == UnitedStates && !place.region.isEmpty()) {
        if (const QString state = usStateCode(place.region); !state.isEmpty())
            place.region = state;
    }
    if (!place.metroArea.isEmpty() || place.city.isEmpty())
        return;
    for (const Metro &metro : metros()) {
        const bool us = *metro.region;
        if (us && place.region.compare(QLatin1String(metro.region), Qt::CaseInsensitive) != 0)
            continue;
        if (!us && place.country == UnitedStates)
            continue;
        for (const char *city : metro.cities) {
            if (place.city.compare(QLatin1String(city), Qt::CaseInsensitive) == 0) {
                place.metroArea = QLatin1String(metro.name);
                return;
            }
        }
    }
}

} // namespace jobexplorer
