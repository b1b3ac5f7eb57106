#include "SqlFilterEvaluator.h"

#include "FilterEngine.h"
#include "PostingStore.h"
#include "PostingTypes.h"
#include "SqlConnection.h"
#include "TextFolding.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <limits>

namespace jobexplorer {

namespace {

using PlaceKind = FilterEngine::PlaceKind;

// A location part is absent when NULL or empty: PostingDatabase reads both as an empty string.
// The name of a city place is StoreLocation::displayName(): "City, Region" in the United
// States, "City, Region, Country" or "City, Country" elsewhere.
const QString cityPlaceName = QStringLiteral(
    "l.city"
    " || CASE WHEN COALESCE(l.region, '') <> '' THEN ', ' || l.region ELSE '' END"
    " || CASE WHEN COALESCE(l.country, '') <> ''"
    "          AND NOT (COALESCE(l.region, '') <> '' AND l.country IN ('United States', 'USA', 'US'))"
    "         THEN ', ' || l.country ELSE '' END");
const QString regionPlaceName = QStringLiteral(
    "CASE WHEN COALESCE(l.country, '') <> '' THEN l.region || ', ' || l.country ELSE l.region END");

// Every place of every location, as FilterEngine's constructor makes them: (posting, kind, name).
QString placesQuery()
{
    auto kind = [](PlaceKind k) { return QString::number(static_cast<int>(k)); };
    return QStringLiteral("SELECT l.posting_id AS posting_id, ") % kind(PlaceKind::MetroArea) %
           QStringLiteral(" AS kind, l.metro_area AS name FROM posting_locations l"
                          " WHERE COALESCE(l.metro_area, '') <> ''"
                          " UNION ALL SELECT l.posting_id, ") %
           kind(PlaceKind::City) % QStringLiteral(", CASE WHEN COALESCE(l.city, '') <> '' THEN ") %
           cityPlaceName %
           QStringLiteral(" ELSE l.text END FROM posting_locations l"
                          " WHERE COALESCE(l.city, '') <> '' OR COALESCE(l.text, '') <> ''"
                          " UNION ALL SELECT l.posting_id, ") %
           kind(PlaceKind::Region) % QStringLiteral(", ") % regionPlaceName %
           QStringLiteral(" FROM posting_locations l WHERE COALESCE(l.region, '') <> ''"
                          " UNION ALL SELECT l.posting_id, ") %
           kind(PlaceKind::Country) %
           QStringLiteral(", l.country FROM posting_locations l WHERE COALESCE(l.country, '') <> ''");
}

QString placeKey(int kind, const QString &name)
{
    return QString::number(kind) % QLatin1Char(':') % name;
}

QString placeholders(qsizetype count)
{
    QString text;
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return text;
}

// The postings column of a facet stored as one value per posting; empty for the others.
QString postingColumn(Facet facet)
{
    switch (facet) {
    case Facet::Role:
        return QStringLiteral("p.role_family");
    case Facet::Seniority:
        return QStringLiteral("p.seniority");
    case Facet::WorkMode:
        return QStringLiteral("p.work_mode");
    case Facet::EmploymentType:
        return QStringLiteral("p.employment_type");
    case Facet::Company:
        return QStringLiteral("p.company");
    case Facet::Industry:
        return QStringLiteral("p.industry");
    case Facet::CompanySize:
        return QStringLiteral("p.company_size");
    case Facet::Location:
    case Facet::Skill:
        break;
    }
    return {};
}

bool isEnumFacet(Facet facet)
{
    return facet == Facet::Seniority || facet == Facet::WorkMode || facet == Facet::EmploymentType;
}

// The value id of a closed-vocabulary key, read as PostingDatabase::loadStore() reads it.
int enumValue(Facet facet, const QString &key)
{
    switch (facet) {
    case Facet::Seniority:
        return static_cast<int>(
            Vocabulary::fromKey(Vocabulary::seniorities, key).value_or(Seniority::Unknown));
    case Facet::WorkMode:
        return static_cast<int>(Vocabulary::fromKey(Vocabulary::workModes, key).value_or(WorkMode::Unknown));
    case Facet::EmploymentType:
        return static_cast<int>(
            Vocabulary::fromKey(Vocabulary::employmentTypes, key).value_or(EmploymentType::Unknown));
    default:
        return -1;
    }
}

const StringPool *pool(const PostingStore &store, Facet facet)
{
    switch (facet) {
    case Facet::Role:
        return &store.roleFamilies();
    case Facet::Company:
        return &store.companies();
    case Facet::Industry:
        return &store.industries();
    case Facet::CompanySize:
        return &store.companySizes();
    default:
        return nullptr;
    }
}

// The store keeps numbers as floats; rounding the same way gives the engine's figures.
double asStored(const QVariant &value)
{
    return value.isNull() ? std::numeric_limits<double>::quiet_NaN()
                          : static_cast<double>(static_cast<float>(value.toDouble()));
}

const QString hasSalary =
    QStringLiteral("(p.salary_annual_min IS NOT NULL OR p.salary_annual_max IS NOT NULL)");

} // namespace

SqlFilterEvaluator::SqlFilterEvaluator(const QString &fileName, const FilterEngine &engine)
    : m_engine(engine), m_fileName(fileName),
      m_connection(std::make_unique<SqlConnection>(fileName, SqlConnection::Mode::ReadOnly))
{
    if (!m_connection->isOpen()) {
        fail(tr("SQLite cannot open it (%1).").arg(m_connection->errorString()));
        m_connection.reset();
        return;
    }
    QHash<QString, int> skillOfName;
    for (int skill = 0; skill < m_engine.valueCount(Facet::Skill); ++skill)
        skillOfName.insert(m_engine.valueKey(Facet::Skill, skill), skill);
    QSqlQuery query(m_connection->database());
    if (!run(query, QStringLiteral("SELECT id, name FROM skills"), {})) {
        m_connection.reset();
        return;
    }
    while (query.next()) {
        const auto skill = skillOfName.constFind(query.value(1).toString());
        if (skill != skillOfName.cend())
            m_skillOfId.insert(query.value(0).toLongLong(), *skill);
    }
    for (int place = 0; place < m_engine.valueCount(Facet::Location); ++place)
        m_placeIndex.insert(
            placeKey(static_cast<int>(m_engine.placeKind(place)), m_engine.valueKey(Facet::Location, place)),
            place);
}

SqlFilterEvaluator::~SqlFilterEvaluator() = default;

bool SqlFilterEvaluator::isOpen() const
{
    return m_connection != nullptr;
}

bool SqlFilterEvaluator::fail(const QString &problem)
{
    m_error = tr("%1: %2").arg(QDir::toNativeSeparators(m_fileName), problem);
    return false;
}

bool SqlFilterEvaluator::run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return fail(tr("a query cannot be prepared (%1).").arg(query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(tr("a query failed (%1).").arg(query.lastError().text()));
    return true;
}

SqlFilterEvaluator::Condition SqlFilterEvaluator::allOf(const QList<Condition> &conditions)
{
    Condition all;
    for (const Condition &c : conditions) {
        if (c.sql.isEmpty())
            continue;
        all.sql += (all.sql.isEmpty() ? QString() : QStringLiteral(" AND ")) % QLatin1Char('(') % c.sql %
                   QLatin1Char(')');
        all.values += c.values;
    }
    return all;
}

// True when a posting has any of values, and never NULL, so that NOT gives the exclusion.
// Values the engine does not know are left out, as FilterEngine::valuesMask leaves them out.
SqlFilterEvaluator::Condition SqlFilterEvaluator::valuesCondition(Facet facet, const QList<int> &values) const
{
    const int count = m_engine.valueCount(facet);
    QList<int> known;
    for (const int value : values) {
        if (value >= 0 && value < count)
            known << value;
    }
    if (known.isEmpty())
        return {QStringLiteral("0"), {}};

    Condition c;
    if (facet == Facet::Skill) {
        for (const int value : std::as_const(known))
            c.values << m_engine.valueKey(facet, value);
        c.sql = QStringLiteral("p.id IN (SELECT posting_id FROM posting_skills WHERE skill_id IN "
                               "(SELECT id FROM skills WHERE name IN (") %
                placeholders(c.values.size()) % QStringLiteral(")))");
        return c;
    }
    if (facet == Facet::Location) {
        std::array<QVariantList, 4> names; // by PlaceKind
        for (const int value : std::as_const(known))
            names[static_cast<std::size_t>(m_engine.placeKind(value))] << m_engine.valueKey(facet, value);
        QStringList alternatives;
        const QVariantList &metros = names[static_cast<std::size_t>(PlaceKind::MetroArea)];
        if (!metros.isEmpty()) {
            alternatives << QStringLiteral("l.metro_area IN (") % placeholders(metros.size()) %
                                QLatin1Char(')');
            c.values += metros;
        }
        const QVariantList &cities = names[static_cast<std::size_t>(PlaceKind::City)];
        if (!cities.isEmpty()) {
            // A location without a city is a city place named by its text ("Remote").
            alternatives << QStringLiteral("(COALESCE(l.city, '') <> '' AND ") % cityPlaceName %
                                QStringLiteral(" IN (") % placeholders(cities.size()) %
                                QStringLiteral(")) OR (COALESCE(l.city, '') = '' AND l.text IN (") %
                                placeholders(cities.size()) % QStringLiteral("))");
            c.values += cities;
            c.values += cities;
        }
        const QVariantList &regions = names[static_cast<std::size_t>(PlaceKind::Region)];
        if (!regions.isEmpty()) {
            alternatives << QStringLiteral("(COALESCE(l.region, '') <> '' AND ") % regionPlaceName %
                                QStringLiteral(" IN (") % placeholders(regions.size()) % QStringLiteral("))");
            c.values += regions;
        }
        const QVariantList &countries = names[static_cast<std::size_t>(PlaceKind::Country)];
        if (!countries.isEmpty()) {
            alternatives << QStringLiteral("l.country IN (") % placeholders(countries.size()) %
                                QLatin1Char(')');
            c.values += countries;
        }
        c.sql = QStringLiteral("p.id IN (SELECT l.posting_id FROM posting_locations l WHERE ") %
                alternatives.join(QLatin1String(" OR ")) % QLatin1Char(')');
        return c;
    }
    for (const int value : std::as_const(known))
        c.values << m_engine.valueKey(facet, value);
    // A missing company (NULL) is no value, as in the store: COALESCE keeps the test from being
    // NULL, which NOT would not turn into a match.
    const QString column = isEnumFacet(facet)
                               ? postingColumn(facet)
                               : QStringLiteral("COALESCE(") % postingColumn(facet) % QStringLiteral(", '')");
    c.sql = column % QStringLiteral(" IN (") % placeholders(c.values.size()) % QLatin1Char(')');
    return c;
}

SqlFilterEvaluator::Condition SqlFilterEvaluator::facetCondition(Facet facet, const FacetFilter &filter) const
{
    QList<Condition> parts;
    for (const QList<int> &clause : filter.clauses)
        parts << valuesCondition(facet, clause);
    if (!filter.excluded.isEmpty()) {
        Condition excluded = valuesCondition(facet, filter.excluded);
        excluded.sql = QStringLiteral("NOT (") % excluded.sql % QLatin1Char(')');
        parts << excluded;
    }
    return allOf(parts);
}

// A posting matches a range when it states a bound and its range overlaps: "5+" is [5, 5].
SqlFilterEvaluator::Condition SqlFilterEvaluator::rangeCondition(const QString &minColumn,
                                                                 const QString &maxColumn, const Range &range)
{
    Condition c{QLatin1Char('(') % minColumn % QStringLiteral(" IS NOT NULL OR ") % maxColumn %
                    QStringLiteral(" IS NOT NULL)"),
                {}};
    if (range.min) {
        c.sql += QStringLiteral(" AND COALESCE(") % maxColumn % QStringLiteral(", ") % minColumn %
                 QStringLiteral(") >= ?");
        c.values << *range.min;
    }
    if (range.max) {
        c.sql += QStringLiteral(" AND COALESCE(") % minColumn % QStringLiteral(", ") % maxColumn %
                 QStringLiteral(") <= ?");
        c.values << *range.max;
    }
    return c;
}

bool SqlFilterEvaluator::matchingRows(const Condition &where, std::vector<int> &rows)
{
    QSqlQuery query(m_connection->database());
    const QString sql = QStringLiteral("SELECT p.id FROM postings p") %
                        (where.sql.isEmpty() ? QString() : QStringLiteral(" WHERE ") % where.sql) %
                        QStringLiteral(" ORDER BY p.id");
    if (!run(query, sql, where.values))
        return false;
    // Store rows are the postings in id order, so one forward walk finds them all.
    const PostingStore &store = m_engine.store();
    int row = 0;
    while (query.next()) {
        const std::int64_t id = query.value(0).toLongLong();
        int low = row, high = store.size();
        while (low < high) {
            const int middle = low + (high - low) / 2;
            if (store.postingId(middle) < id)
                low = middle + 1;
            else
                high = middle;
        }
        if (low == store.size() || store.postingId(low) != id)
            return fail(
                tr("posting %1 is not in the loaded store; the file changed since it was loaded.").arg(id));
        rows.push_back(low);
        row = low + 1;
    }
    return true;
}

bool SqlFilterEvaluator::countFacet(Facet facet, const Condition &where, std::vector<int> &counts)
{
    counts.assign(static_cast<std::size_t>(m_engine.valueCount(facet)), 0);
    if (facet == Facet::Skill)
        return countSkills(where, counts, nullptr);
    QSqlQuery query(m_connection->database());
    if (facet == Facet::Location) {
        // A posting counts once per place, however many of its locations lie there.
        const QString sql = QStringLiteral("SELECT kind, name, COUNT(DISTINCT posting_id) FROM (") %
                            placesQuery() % QLatin1Char(')') %
                            (where.sql.isEmpty() ? QString()
                                                 : QStringLiteral(" WHERE posting_id IN (SELECT p.id FROM "
                                                                  "postings p WHERE ") %
                                                       where.sql % QLatin1Char(')')) %
                            QStringLiteral(" GROUP BY kind, name");
        if (!run(query, sql, where.values))
            return false;
        while (query.next()) {
            const auto place =
                m_placeIndex.constFind(placeKey(query.value(0).toInt(), query.value(1).toString()));
            if (place != m_placeIndex.cend())
                counts[static_cast<std::size_t>(*place)] += query.value(2).toInt();
        }
        return true;
    }
    const QString column = isEnumFacet(facet)
                               ? postingColumn(facet)
                               : QStringLiteral("COALESCE(") % postingColumn(facet) % QStringLiteral(", '')");
    const QString sql = QStringLiteral("SELECT ") % column % QStringLiteral(", COUNT(*) FROM postings p") %
                        (where.sql.isEmpty() ? QString() : QStringLiteral(" WHERE ") % where.sql) %
                        QStringLiteral(" GROUP BY 1");
    if (!run(query, sql, where.values))
        return false;
    const StringPool *values = pool(m_engine.store(), facet);
    while (query.next()) {
        const QString key = query.value(0).toString();
        int value = -1;
        if (values)
            value = values->find(key).value_or(-1);
        else
            value = enumValue(facet, key);
        if (value >= 0 && value < static_cast<int>(counts.size()))
            counts[static_cast<std::size_t>(value)] += query.value(1).toInt();
    }
    return true;
}

bool SqlFilterEvaluator::countSkills(const Condition &where, std::vector<int> &counts,
                                     std::vector<int> *order)
{
    counts.assign(static_cast<std::size_t>(m_engine.valueCount(Facet::Skill)), 0);
    QSqlQuery query(m_connection->database());
    const QString sql =
        QStringLiteral("SELECT ps.skill_id, COUNT(*) AS n FROM postings p "
                       "JOIN posting_skills ps ON ps.posting_id = p.id JOIN skills s ON s.id = ps.skill_id") %
        (where.sql.isEmpty() ? QString() : QStringLiteral(" WHERE ") % where.sql) %
        QStringLiteral(" GROUP BY ps.skill_id ORDER BY n DESC, s.name COLLATE NOCASE");
    if (!run(query, sql, where.values))
        return false;
    while (query.next()) {
        const auto skill = m_skillOfId.constFind(query.value(0).toLongLong());
        if (skill == m_skillOfId.cend())
            continue;
        counts[static_cast<std::size_t>(*skill)] = query.value(1).toInt();
        if (order)
            order->push_back(*skill);
    }
    return true;
}

bool SqlFilterEvaluator::dominantCurrency(const Condition &where, QString &dominant, int &dominantCount,
                                          int &salaryCount)
{
    const Condition salaried = allOf({where, {hasSalary, {}}});
    QSqlQuery query(m_connection->database());
    if (!run(query,
             QStringLiteral("SELECT COALESCE(p.salary_currency, ''), COUNT(*) FROM postings p WHERE ") %
                 salaried.sql % QStringLiteral(" GROUP BY 1"),
             salaried.values))
        return false;
    // The most common currency; on a tie, the engine takes the one first seen in the store
    // (lowest pool code, and "no currency" before any).
    const StringPool &currencies = m_engine.store().currencies();
    dominant.clear();
    dominantCount = 0;
    salaryCount = 0;
    std::int32_t dominantCode = 0;
    while (query.next()) {
        const QString currency = query.value(0).toString();
        const int count = query.value(1).toInt();
        const std::int32_t code =
            currency.isEmpty() ? StringPool::NoValue
                               : currencies.find(currency).value_or(std::numeric_limits<std::int32_t>::max());
        salaryCount += count;
        if (count > dominantCount || (count == dominantCount && code < dominantCode)) {
            dominant = currency;
            dominantCount = count;
            dominantCode = code;
        }
    }
    return true;
}

bool SqlFilterEvaluator::salaryStatistics(const Condition &where, SalaryStatistics &stats)
{
    QString dominant;
    int dominantCount = 0;
    int salaryCount = 0;
    if (!dominantCurrency(where, dominant, dominantCount, salaryCount))
        return false;
    if (dominantCount == 0)
        return true;
    const Condition salaried = allOf({where, {hasSalary, {}}});
    QSqlQuery query(m_connection->database());

    const Condition inCurrency =
        allOf({salaried, {QStringLiteral("COALESCE(p.salary_currency, '') = ?"), {dominant}}});
    if (!run(query,
             QStringLiteral("SELECT p.salary_annual_min, p.salary_annual_max FROM postings p WHERE ") %
                 inCurrency.sql,
             inCurrency.values))
        return false;
    std::vector<double> midpoints;
    midpoints.reserve(static_cast<std::size_t>(dominantCount));
    stats.lowestMinimum = INFINITY;
    stats.highestMaximum = -INFINITY;
    while (query.next()) {
        const double low = asStored(query.value(0));
        const double high = asStored(query.value(1));
        const double from = std::isnan(low) ? high : low;
        const double to = std::isnan(high) ? low : high;
        midpoints.push_back((from + to) / 2);
        stats.lowestMinimum = std::min(stats.lowestMinimum, from);
        stats.highestMaximum = std::max(stats.highestMaximum, to);
    }
    if (midpoints.empty())
        return fail(tr("the salaries changed while they were read."));
    stats.currency = dominant;
    stats.otherCurrency = salaryCount - static_cast<int>(midpoints.size());
    stats.setMidpoints(std::move(midpoints));
    return true;
}

std::optional<FilterResult> SqlFilterEvaluator::evaluate(const Filter &filter, int topSkillCount)
{
    if (!m_connection)
        return std::nullopt;
    m_error.clear();
    for (const QString &term : filter.text) {
        if (!foldForSearch(term.trimmed()).isEmpty()) {
            fail(tr("free text (\"%1\") cannot be evaluated in SQL: SQLite cannot ignore accents as the "
                    "filter engine does.")
                     .arg(term));
            return std::nullopt;
        }
    }

    std::array<std::optional<Condition>, FacetCount> facets;
    for (const Facet facet : allFacets) {
        if (!filter.facet(facet).isEmpty())
            facets[static_cast<std::size_t>(facet)] = facetCondition(facet, filter.facet(facet));
    }
    // A salary range applies to one currency: the filter's, else the most common one of every
    // posting with a salary.
    QString rangeCurrency = filter.salaryCurrency;
    if (filter.salary.isSet() && rangeCurrency.isEmpty()) {
        int dominantCount = 0;
        int salaryCount = 0;
        if (!dominantCurrency({QStringLiteral("1"), {}}, rangeCurrency, dominantCount, salaryCount))
            return std::nullopt;
    }
    const Condition inCurrency{QStringLiteral("COALESCE(p.salary_currency, '') = ?"), {rangeCurrency}};
    QList<Condition> others;
    if (filter.requireSalary || filter.salary.isSet())
        others << rangeCondition(QStringLiteral("p.salary_annual_min"), QStringLiteral("p.salary_annual_max"),
                                 filter.salary);
    if (filter.salary.isSet())
        others << inCurrency;
    QList<Condition> experience;
    if (filter.experience.isSet())
        experience << rangeCondition(QStringLiteral("p.experience_min"), QStringLiteral("p.experience_max"),
                                     filter.experience);
    others += experience;
    // Every condition but the one of `without`, as FilterEngine counts a selected facet.
    auto where = [&](std::optional<Facet> without, const QList<Condition> &ranges) {
        QList<Condition> parts = ranges;
        for (const Facet facet : allFacets) {
            const auto &condition = facets[static_cast<std::size_t>(facet)];
            if (condition && facet != without)
                parts << *condition;
        }
        return allOf(parts);
    };
    const Condition matching = where(std::nullopt, others);

    FilterResult result;
    QSqlQuery query(m_connection->database());
    if (!run(query, QStringLiteral("SELECT COUNT(*) FROM postings"), {}) || !query.next())
        return std::nullopt;
    result.total = query.value(0).toInt();
    query.finish();
    if (!matchingRows(matching, result.rows))
        return std::nullopt;

    std::vector<int> order;
    if (!countSkills(matching, result.skillCounts, &order))
        return std::nullopt;
    order.resize(std::min(order.size(), static_cast<std::size_t>(std::max(0, topSkillCount))));
    result.topSkills = std::move(order);

    for (const Facet facet : allFacets) {
        const auto index = static_cast<std::size_t>(facet);
        if (facet == Facet::Skill && !facets[index]) {
            result.facetCounts[index] = result.skillCounts;
            continue;
        }
        if (!countFacet(facet, facets[index] ? where(facet, others) : matching, result.facetCounts[index]))
            return std::nullopt;
    }
    if (!salaryStatistics(matching, result.salary))
        return std::nullopt;
    if (filter.salary.isSet()) {
        // Left out for their currency: every other condition holds, the salary is in another.
        const Condition leftOut =
            allOf({where(std::nullopt, experience),
                   {hasSalary, {}},
                   {QStringLiteral("COALESCE(p.salary_currency, '') <> ?"), {rangeCurrency}}});
        if (!run(query, QStringLiteral("SELECT COUNT(*) FROM postings p WHERE ") % leftOut.sql,
                 leftOut.values) ||
            !query.next())
            return std::nullopt;
        result.salaryCurrencyLeftOut = query.value(0).toInt();
    }
    return result;
}

} // namespace jobexplorer
