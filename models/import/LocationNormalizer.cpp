#include "LocationNormalizer.h"

#include "TextFolding.h"

#include <QHash>
#include <QRegularExpression>

#include <array>

namespace jobexplorer {

namespace {

struct Pair
{
    const char *code;
    const char *name;
};

constexpr std::array<Pair, 51> UsStates{{
    {"AL", "Alabama"},        {"AK", "Alaska"},         {"AZ", "Arizona"},
    {"AR", "Arkansas"},       {"CA", "California"},     {"CO", "Colorado"},
    {"CT", "Connecticut"},    {"DE", "Delaware"},       {"DC", "District of Columbia"},
    {"FL", "Florida"},        {"GA", "Georgia"},        {"HI", "Hawaii"},
    {"ID", "Idaho"},          {"IL", "Illinois"},       {"IN", "Indiana"},
    {"IA", "Iowa"},           {"KS", "Kansas"},         {"KY", "Kentucky"},
    {"LA", "Louisiana"},      {"ME", "Maine"},          {"MD", "Maryland"},
    {"MA", "Massachusetts"},  {"MI", "Michigan"},       {"MN", "Minnesota"},
    {"MS", "Mississippi"},    {"MO", "Missouri"},       {"MT", "Montana"},
    {"NE", "Nebraska"},       {"NV", "Nevada"},         {"NH", "New Hampshire"},
    {"NJ", "New Jersey"},     {"NM", "New Mexico"},     {"NY", "New York"},
    {"NC", "North Carolina"}, {"ND", "North Dakota"},   {"OH", "Ohio"},
    {"OK", "Oklahoma"},       {"OR", "Oregon"},         {"PA", "Pennsylvania"},
    {"RI", "Rhode Island"},   {"SC", "South Carolina"}, {"SD", "South Dakota"},
    {"TN", "Tennessee"},      {"TX", "Texas"},          {"UT", "Utah"},
    {"VT", "Vermont"},        {"VA", "Virginia"},       {"WA", "Washington"},
    {"WV", "West Virginia"},  {"WI", "Wisconsin"},      {"WY", "Wyoming"},
}};

constexpr std::array<Pair, 13> CanadianProvinces{{
    {"AB", "Alberta"},
    {"BC", "British Columbia"},
    {"MB", "Manitoba"},
    {"NB", "New Brunswick"},
    {"NL", "Newfoundland and Labrador"},
    {"NS", "Nova Scotia"},
    {"NT", "Northwest Territories"},
    {"NU", "Nunavut"},
    {"ON", "Ontario"},
    {"PE", "Prince Edward Island"},
    {"QC", "Quebec"},
    {"SK", "Saskatchewan"},
    {"YT", "Yukon"},
}};

const QLatin1String UnitedStates("United States");

// Country names as stored, with other spellings that mean them (folded).
const QHash<QString, QString> &countries()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const std::initializer_list<const char *> names{"United States", "Canada",
                                                        "Mexico",        "Brazil",
                                                        "Argentina",     "Chile",
                                                        "Colombia",      "United Kingdom",
                                                        "Ireland",       "Germany",
                                                        "France",        "Spain",
                                                        "Portugal",      "Italy",
                                                        "Netherlands",   "Belgium",
                                                        "Switzerland",   "Austria",
                                                        "Sweden",        "Norway",
                                                        "Denmark",       "Finland",
                                                        "Poland",        "Czechia",
                                                        "Romania",       "Hungary",
                                                        "Greece",        "Ukraine",
                                                        "Estonia",       "Lithuania",
                                                        "Latvia",        "Israel",
                                                        "Turkey",        "United Arab Emirates",
                                                        "Saudi Arabia",  "Qatar",
                                                        "Egypt",         "South Africa",
                                                        "Nigeria",       "Kenya",
                                                        "India",         "Pakistan",
                                                        "Bangladesh",    "Sri Lanka",
                                                        "China",         "Hong Kong",
                                                        "Taiwan",        "Japan",
                                                        "South Korea",   "Singapore",
                                                        "Malaysia",      "Indonesia",
                                                        "Philippines",   "Vietnam",
                                                        "Thailand",      "Australia",
                                                        "New Zealand",   "Luxembourg"};
        for (const char *name : names)
            t.insert(QString::fromLatin1(name).toCaseFolded(), QString::fromLatin1(name));
        const std::initializer_list<Pair> aliases{{"usa", "United States"},
                                                  {"us", "United States"},
                                                  {"u.s.", "United States"},
                                                  {"u.s.a.", "United States"},
                                                  {"united states of america", "United States"},
                                                  {"uk", "United Kingdom"},
                                                  {"great britain", "United Kingdom"},
                                                  {"england", "United Kingdom"},
                                                  {"scotland", "United Kingdom"},
                                                  {"czech republic", "Czechia"},
                                                  {"uae", "United Arab Emirates"},
                                                  {"korea", "South Korea"},
                                                  {"republic of korea", "South Korea"},
                                                  {"deutschland", "Germany"},
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
        {"San Francisco Bay Area",
         "CA",
         {"San Francisco", "Oakland",     "San Jose",   "Palo Alto",           "Mountain View",
          "Sunnyvale",     "Santa Clara", "Menlo Park", "Redwood City",        "Cupertino",
          "Fremont",       "Berkeley",    "San Mateo",  "South San Francisco", "Foster City",
          "Milpitas",      "Burlingame",  "Emeryville", "Los Gatos",           "San Bruno"},
         {"san francisco bay area", "bay area", "sf bay area", "silicon valley"}},
        {"New York City",
         "NY",
         {"New York", "New York City", "Brooklyn", "Manhattan", "Queens", "Bronx"},
         {"new york city metropolitan area", "greater new york city area", "new york metropolitan area",
          "nyc"}},
        {"New York City", "NJ", {"Jersey City", "Hoboken", "Newark"}, {}},
        {"Seattle",
         "WA",
         {"Seattle", "Bellevue", "Redmond", "Kirkland", "Bothell", "Tacoma"},
         {"greater seattle area", "seattle metropolitan area"}},
        {"Los Angeles",
         "CA",
         {"Los Angeles", "Santa Monica", "Pasadena", "Burbank", "Irvine", "Long Beach", "Culver City"},
         {"los angeles metropolitan area", "greater los angeles area"}},
        {"Boston",
         "MA",
         {"Boston", "Cambridge", "Somerville", "Waltham", "Burlington"},
         {"greater boston", "boston metropolitan area"}},
        {"Chicago",
         "IL",
         {"Chicago", "Evanston", "Naperville"},
         {"greater chicago area", "chicago metropolitan area"}},
        {"Austin",
         "TX",
         {"Austin", "Round Rock"},
         {"austin, texas metropolitan area", "greater austin area"}},
        {"Dallas-Fort Worth",
         "TX",
         {"Dallas", "Fort Worth", "Plano", "Irving", "Richardson", "Arlington"},
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
        if (text.compare(QLatin1String(state.code), Qt::CaseInsensitive) == 0 ||
            text.compare(QLatin1String(state.name), Qt::CaseInsensitive) == 0)
            return QLatin1String(state.code);
    }
    return {};
}

bool isCanadianProvince(const QString &text)
{
    for (const Pair &province : CanadianProvinces) {
        if (text.compare(QLatin1String(province.code), Qt::CaseInsensitive) == 0 ||
            text.compare(QLatin1String(province.name), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString country(const QString &text)
{
    return countries().value(text.toCaseFolded());
}

} // namespace

bool LocationNormalizer::isRemoteText(const QString &text)
{
    const QString t = foldForSearch(text.trimmed());
    return t == QLatin1String("remote") || t.startsWith(QLatin1String("remote ")) ||
           t.startsWith(QLatin1String("remote,")) || t.startsWith(QLatin1String("remote -")) ||
           t.startsWith(QLatin1String("remote (")) || t == QLatin1String("anywhere") ||
           t == QLatin1String("work from home");
}

QList<LocationRecord> LocationNormalizer::locations(const QString &text)
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

LocationRecord LocationNormalizer::location(const QString &text)
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

void LocationNormalizer::complete(LocationRecord &place)
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
