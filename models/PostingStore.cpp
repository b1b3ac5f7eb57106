#include "PostingStore.h"

#include <QStringList>

#include <cmath>
#include <limits>

namespace jobexplorer {

namespace {

float toFloat(const std::optional<double> &value)
{
    return value ? static_cast<float>(*value) : std::numeric_limits<float>::quiet_NaN();
}

bool isUnitedStates(const QString &country)
{
    return country == QLatin1String("United States") || country == QLatin1String("USA")
        || country == QLatin1String("US");
}

} // namespace

QString StoreLocation::displayName() const
{
    QStringList parts;
    if (!city.isEmpty())
        parts << city;
    if (!region.isEmpty())
        parts << region;
    // "Frisco, TX" reads better than "Frisco, TX, United States"; other countries are named.
    if (!country.isEmpty() && !(isUnitedStates(country) && !region.isEmpty()))
        parts << country;
    if (parts.isEmpty() && !metroArea.isEmpty())
        parts << metroArea;
    if (parts.isEmpty())
        return text;
    return parts.join(QLatin1String(", "));
}

bool PostingStore::hasSalary(int row) const
{
    return !std::isnan(m_salaryMin[row]) || !std::isnan(m_salaryMax[row]);
}

const QString &PostingStore::categoryName(Id id) const
{
    static const QString none;
    if (id < 0 || id >= categoryCount())
        return none;
    return m_categoryNames[static_cast<std::size_t>(id)];
}

std::optional<PostingStore::Id> PostingStore::findSkill(const QString &name) const
{
    const auto it = m_skillIndex.constFind(name.toCaseFolded());
    if (it == m_skillIndex.cend())
        return std::nullopt;
    return *it;
}

QString PostingStore::locationsText(int row) const
{
    QStringList names;
    for (const Id id : locationIds(row))
        names << location(id).displayName();
    return names.join(QLatin1String("; "));
}

QString PostingStore::skillsText(int row) const
{
    QStringList names;
    for (const Id id : skillIds(row))
        names << skillName(id);
    return names.join(QLatin1String("; "));
}

PostingStore::Id PostingStore::Builder::addCategory(const QString &name)
{
    m_store.m_categoryNames.push_back(name);
    return static_cast<Id>(m_store.m_categoryNames.size() - 1);
}

PostingStore::Id PostingStore::Builder::addSkill(const QString &name, Id category)
{
    m_store.m_skillNames.push_back(name);
    m_store.m_skillCategories.push_back(category);
    const auto id = static_cast<Id>(m_store.m_skillNames.size() - 1);
    m_store.m_skillIndex.insert(name.toCaseFolded(), id);
    return id;
}

void PostingStore::Builder::addSkillAlias(const QString &alias, Id skill)
{
    m_store.m_skillAliases.insert(alias, skill);
    m_store.m_skillIndex.insert(alias.toCaseFolded(), skill);
}

PostingStore::Id PostingStore::Builder::addLocation(const StoreLocation &location)
{
    m_store.m_locations.push_back(location);
    return static_cast<Id>(m_store.m_locations.size() - 1);
}

int PostingStore::Builder::addPosting(const StoreRow &row)
{
    PostingStore &s = m_store;
    s.m_postingId.push_back(row.postingId);
    s.m_company.push_back(s.m_companies.intern(row.company));
    s.m_title.push_back(s.m_titles.intern(row.title));
    s.m_roleFamily.push_back(s.m_roleFamilies.intern(row.roleFamily));
    s.m_industry.push_back(s.m_industries.intern(row.industry));
    s.m_companySize.push_back(s.m_companySizes.intern(row.companySize));
    s.m_currency.push_back(s.m_currencies.intern(row.currency));
    s.m_notes.push_back(s.m_notesPool.intern(row.notes));
    s.m_seniority.push_back(row.seniority);
    s.m_workMode.push_back(row.workMode);
    s.m_employmentType.push_back(row.employmentType);
    s.m_experienceMin.push_back(toFloat(row.experienceMin));
    s.m_experienceMax.push_back(toFloat(row.experienceMax));
    s.m_salaryMin.push_back(toFloat(row.annualSalaryMin));
    s.m_salaryMax.push_back(toFloat(row.annualSalaryMax));
    return s.size() - 1;
}

void PostingStore::Builder::append(std::vector<std::uint32_t> &offsets, std::vector<Id> &ids, int row, Id id)
{
    // offsets[r] is where row r starts; the last entry is where the open row ends.
    while (offsets.size() < static_cast<std::size_t>(row) + 2)
        offsets.push_back(static_cast<std::uint32_t>(ids.size()));
    ids.push_back(id);
    offsets.back() = static_cast<std::uint32_t>(ids.size());
}

void PostingStore::Builder::close(std::vector<std::uint32_t> &offsets, std::size_t rows, std::size_t idCount)
{
    while (offsets.size() < rows + 1)
        offsets.push_back(static_cast<std::uint32_t>(idCount));
}

void PostingStore::Builder::appendLocation(int row, Id location)
{
    append(m_store.m_locationOffsets, m_store.m_locationIds, row, location);
}

void PostingStore::Builder::appendSkill(int row, Id skill)
{
    append(m_store.m_skillOffsets, m_store.m_skillIds, row, skill);
}

void PostingStore::Builder::finish()
{
    const auto rows = static_cast<std::size_t>(m_store.size());
    close(m_store.m_locationOffsets, rows, m_store.m_locationIds.size());
    close(m_store.m_skillOffsets, rows, m_store.m_skillIds.size());
}

} // namespace jobexplorer
