#include "PostingStore.h"

#include <QStringList>

#include <cmath>
#include <limits>
#include <string_view>
#include <unordered_map>

namespace jobexplorer {

namespace {

float toFloat(const std::optional<double> &value)
{
    return value ? static_cast<float>(*value) : std::numeric_limits<float>::quiet_NaN();
}

bool isUnitedStates(const QString &country)
{
    return country == QLatin1String("United States") || country == QLatin1String("USA") ||
           country == QLatin1String("US");
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

std::int32_t PostingStore::Builder::intern(TextColumn column, const QString &value)
{
    PostingStore &s = m_store;
    switch (column) {
    case TextColumn::Company:
        return s.m_companies.intern(value);
    case TextColumn::Title:
        return s.m_titles.intern(value);
    case TextColumn::RoleFamily:
        return s.m_roleFamilies.intern(value);
    case TextColumn::Industry:
        return s.m_industries.intern(value);
    case TextColumn::CompanySize:
        return s.m_companySizes.intern(value);
    case TextColumn::Currency:
        return s.m_currencies.intern(value);
    case TextColumn::Notes:
        return s.m_notesPool.intern(value);
    }
    return StringPool::NoValue;
}

void PostingStore::Builder::reserve(std::size_t rows)
{
    PostingStore &s = m_store;
    for (auto *column : {&s.m_company, &s.m_title, &s.m_roleFamily, &s.m_industry, &s.m_companySize,
                         &s.m_currency, &s.m_notes})
        column->reserve(rows);
    for (auto *column : {&s.m_experienceMin, &s.m_experienceMax, &s.m_salaryMin, &s.m_salaryMax})
        column->reserve(rows);
    s.m_postingId.reserve(rows);
    s.m_seniority.reserve(rows);
    s.m_workMode.reserve(rows);
    s.m_employmentType.reserve(rows);
}

int PostingStore::Builder::addPosting(const StoreRow &row)
{
    PostingStore &s = m_store;
    s.m_postingId.push_back(row.postingId);
    s.m_company.push_back(row.company);
    s.m_title.push_back(row.title);
    s.m_roleFamily.push_back(row.roleFamily);
    s.m_industry.push_back(row.industry);
    s.m_companySize.push_back(row.companySize);
    s.m_currency.push_back(row.currency);
    s.m_notes.push_back(row.notes);
    s.m_seniority.push_back(row.seniority);
    s.m_workMode.push_back(row.workMode);
    s.m_employmentType.push_back(row.employmentType);
    s.m_experienceMin.push_back(toFloat(row.experienceMin));
    s.m_experienceMax.push_back(toFloat(row.experienceMax));
    s.m_salaryMin.push_back(toFloat(row.annualSalaryMin));
    s.m_salaryMax.push_back(toFloat(row.annualSalaryMax));
    return s.size() - 1;
}

void PostingStore::Builder::setLocations(std::vector<std::uint32_t> offsets, std::vector<Id> ids)
{
    // Each distinct list once; its bytes in ids are the key while the lists are numbered.
    PostingStore &s = m_store;
    const std::size_t rows = offsets.empty() ? 0 : offsets.size() - 1;
    s.m_locationSet.assign(rows, 0);
    s.m_locationSetOffsets.assign(1, 0);
    s.m_locationSetIds.clear();
    std::unordered_map<std::string_view, std::int32_t> sets;
    for (std::size_t row = 0; row < rows; ++row) {
        const Id *begin = ids.data() + offsets[row];
        const std::size_t count = offsets[row + 1] - offsets[row];
        const std::string_view key(reinterpret_cast<const char *>(begin), count * sizeof(Id));
        const auto [it, added] = sets.try_emplace(key, static_cast<std::int32_t>(sets.size()));
        if (added) {
            s.m_locationSetIds.insert(s.m_locationSetIds.end(), begin, begin + count);
            s.m_locationSetOffsets.push_back(static_cast<std::uint32_t>(s.m_locationSetIds.size()));
        }
        s.m_locationSet[row] = it->second;
    }
    s.m_locationSetIds.shrink_to_fit();
    s.m_locationSetOffsets.shrink_to_fit();
}

void PostingStore::Builder::setSkills(std::vector<std::uint32_t> offsets, std::vector<SkillId> ids)
{
    m_store.m_skillOffsets = std::move(offsets);
    m_store.m_skillIds = std::move(ids);
    m_store.m_preferred.clear();
}

void PostingStore::Builder::markPreferred(int row, SkillId skill)
{
    PostingStore &s = m_store;
    const auto begin = s.m_skillOffsets[static_cast<std::size_t>(row)];
    const auto end = s.m_skillOffsets[static_cast<std::size_t>(row) + 1];
    for (auto mention = begin; mention < end; ++mention) {
        if (s.m_skillIds[mention] != skill)
            continue;
        if (s.m_preferred.empty())
            s.m_preferred.assign((s.m_skillIds.size() + 63) / 64, 0);
        s.m_preferred[mention >> 6] |= std::uint64_t(1) << (mention & 63);
        return;
    }
}

} // namespace jobexplorer
