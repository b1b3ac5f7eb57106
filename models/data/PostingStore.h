#pragma once

#include "Dataset.h"
#include "PostingTypes.h"
#include "StringPool.h"

#include <QHash>
#include <QString>

#include <cmath>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace jobexplorer {

struct StoreLocation
{
    QString city;
    QString region;
    QString country;
    QString metroArea;
    QString text;

    // "San Francisco, CA", "Tel Aviv, Israel", or the text as written when nothing is parsed.
    QString displayName() const;
};

// The postings of one database, loaded once and kept in memory column by column: repeated text
// as StringPool codes, closed vocabularies as enums, numbers as floats (NaN when absent), and
// locations and skills as per-row lists of ids (compressed sparse rows). Rows are 0..size()-1
// in database order; everything a table cell or a filter needs is here, the rest of a posting
// is read from the database on demand (PostingDatabase::loadDetail).
class PostingStore final
{
public:
    using Id = std::int32_t;
    // Skill ids in the per-row lists take 16 bits: a million postings list ~12 million skills.
    using SkillId = std::uint16_t;
    static constexpr int maxSkills = 65536;

    int size() const { return static_cast<int>(m_postingId.size()); }
    const DatasetMeta &meta() const { return m_meta; }

    std::int64_t postingId(int row) const { return m_postingId[row]; }
    const QString &company(int row) const { return m_companies.value(m_company[row]); }
    const QString &title(int row) const { return m_titles.value(m_title[row]); }
    const QString &roleFamily(int row) const { return m_roleFamilies.value(m_roleFamily[row]); }
    const QString &industry(int row) const { return m_industries.value(m_industry[row]); }
    const QString &companySize(int row) const { return m_companySizes.value(m_companySize[row]); }
    const QString &currency(int row) const { return m_currencies.value(m_currency[row]); }
    const QString &notes(int row) const { return m_notesPool.value(m_notes[row]); }
    Seniority seniority(int row) const { return m_seniority[row]; }
    WorkMode workMode(int row) const { return m_workMode[row]; }
    EmploymentType employmentType(int row) const { return m_employmentType[row]; }
    float experienceMin(int row) const { return m_experienceMin[row]; }
    float experienceMax(int row) const { return m_experienceMax[row]; }
    float annualSalaryMin(int row) const { return m_salaryMin[row]; }
    float annualSalaryMax(int row) const { return m_salaryMax[row]; }
    bool hasSalary(int row) const { return !std::isnan(m_salaryMin[row]) || !std::isnan(m_salaryMax[row]); }

    // Whole columns, for the filter engine's scans.
    const std::vector<std::int32_t> &roleFamilyColumn() const { return m_roleFamily; }
    const std::vector<std::int32_t> &companyColumn() const { return m_company; }
    const std::vector<std::int32_t> &industryColumn() const { return m_industry; }
    const std::vector<std::int32_t> &companySizeColumn() const { return m_companySize; }
    const std::vector<Seniority> &seniorityColumn() const { return m_seniority; }
    const std::vector<WorkMode> &workModeColumn() const { return m_workMode; }
    const std::vector<EmploymentType> &employmentTypeColumn() const { return m_employmentType; }

    // Codes into the pools, for sorting and faceting.
    std::int32_t companyCode(int row) const { return m_company[row]; }
    std::int32_t titleCode(int row) const { return m_title[row]; }
    std::int32_t roleFamilyCode(int row) const { return m_roleFamily[row]; }
    const StringPool &companies() const { return m_companies; }
    const StringPool &titles() const { return m_titles; }
    const StringPool &roleFamilies() const { return m_roleFamilies; }
    const StringPool &industries() const { return m_industries; }
    const StringPool &companySizes() const { return m_companySizes; }
    const StringPool &currencies() const { return m_currencies; }
    const StringPool &notesPool() const { return m_notesPool; }
    std::int32_t industryCode(int row) const { return m_industry[row]; }
    std::int32_t companySizeCode(int row) const { return m_companySize[row]; }
    std::int32_t currencyCode(int row) const { return m_currency[row]; }
    std::int32_t notesCode(int row) const { return m_notes[row]; }

    // A row's locations are one of the store's distinct location lists ("sets", in the order
    // listed): far fewer lists than rows, so each row keeps only the number of its list.
    std::span<const Id> locationIds(int row) const { return locationSet(m_locationSet[row]); }
    const std::vector<std::int32_t> &locationSetColumn() const { return m_locationSet; }
    int locationSetCount() const { return static_cast<int>(m_locationSetOffsets.size()) - 1; }
    std::span<const Id> locationSet(std::int32_t set) const
    {
        return span(m_locationSetOffsets, m_locationSetIds, set);
    }
    std::span<const SkillId> skillIds(int row) const { return span(m_skillOffsets, m_skillIds, row); }
    // The skill lists of all rows: row r's ids are skillIdData()[skillOffsets()[r] .. skillOffsets()[r+1]).
    const std::uint32_t *skillOffsets() const { return m_skillOffsets.data(); }
    const SkillId *skillIdData() const { return m_skillIds.data(); }
    // Whether the mention at index i of skillIdData() is a preferred one (the posting says "nice
    // to have"); required and unspecified mentions are not. Fit weighs preferred skills half.
    bool isPreferred(std::size_t mention) const
    {
        return !m_preferred.empty() && (m_preferred[mention >> 6] >> (mention & 63) & 1) != 0;
    }
    bool hasPreferredMentions() const { return !m_preferred.empty(); }
    const StoreLocation &location(Id id) const { return m_locations[static_cast<std::size_t>(id)]; }
    int locationCount() const { return static_cast<int>(m_locations.size()); }
    const QString &skillName(Id id) const { return m_skillNames[static_cast<std::size_t>(id)]; }
    Id skillCategory(Id id) const { return m_skillCategories[static_cast<std::size_t>(id)]; }
    int skillCount() const { return static_cast<int>(m_skillNames.size()); }
    const QString &categoryName(Id id) const;
    // The skill named name or one of its aliases, regardless of case.
    std::optional<Id> findSkill(const QString &name) const;
    // Every alias of every skill, as (alias, skill) pairs.
    const QHash<QString, Id> &skillAliases() const { return m_skillAliases; }
    int categoryCount() const { return static_cast<int>(m_categoryNames.size()); }

    // Display text of a row's locations or skills, joined with "; " in the order listed.
    QString locationsText(int row) const;
    QString skillsText(int row) const;

    // Filled by PostingDatabase while loading. Rows must be added before their locations and
    // skills, and locations and skills in row order.
    class Builder;

private:
    template <typename T>
    static std::span<const T> span(const std::vector<std::uint32_t> &offsets, const std::vector<T> &ids,
                                   int row)
    {
        const auto begin = offsets[static_cast<std::size_t>(row)];
        const auto end = offsets[static_cast<std::size_t>(row) + 1];
        return {ids.data() + begin, end - begin};
    }

    DatasetMeta m_meta;
    std::vector<std::int64_t> m_postingId;
    std::vector<std::int32_t> m_company, m_title, m_roleFamily, m_industry, m_companySize, m_currency,
        m_notes;
    std::vector<Seniority> m_seniority;
    std::vector<WorkMode> m_workMode;
    std::vector<EmploymentType> m_employmentType;
    std::vector<float> m_experienceMin, m_experienceMax, m_salaryMin, m_salaryMax;
    StringPool m_companies, m_titles, m_roleFamilies, m_industries, m_companySizes, m_currencies, m_notesPool;

    std::vector<std::int32_t> m_locationSet; // per row
    std::vector<std::uint32_t> m_locationSetOffsets{0}, m_skillOffsets{0};
    std::vector<Id> m_locationSetIds;
    std::vector<SkillId> m_skillIds;
    std::vector<std::uint64_t> m_preferred; // a bit per m_skillIds entry; empty when none is preferred
    std::vector<StoreLocation> m_locations;
    std::vector<QString> m_skillNames;
    std::vector<Id> m_skillCategories;
    std::vector<QString> m_categoryNames;
    QHash<QString, Id> m_skillIndex;   // case-folded name or alias → skill
    QHash<QString, Id> m_skillAliases; // alias as written → skill
};

// Row data handed to PostingStore::Builder::addPosting(); text columns as codes from
// Builder::intern().
struct StoreRow
{
    std::int64_t postingId = 0;
    std::int32_t company = StringPool::NoValue;
    std::int32_t title = StringPool::NoValue;
    std::int32_t roleFamily = StringPool::NoValue;
    std::int32_t industry = StringPool::NoValue;
    std::int32_t companySize = StringPool::NoValue;
    std::int32_t currency = StringPool::NoValue;
    std::int32_t notes = StringPool::NoValue;
    Seniority seniority = Seniority::Unknown;
    WorkMode workMode = WorkMode::Unknown;
    EmploymentType employmentType = EmploymentType::Unknown;
    std::optional<double> experienceMin, experienceMax, annualSalaryMin, annualSalaryMax;
};

class PostingStore::Builder final
{
public:
    enum class TextColumn { Company, Title, RoleFamily, Industry, CompanySize, Currency, Notes };

    explicit Builder(PostingStore &store) : m_store(store) {}

    void setMeta(const DatasetMeta &meta) { m_store.m_meta = meta; }
    Id addCategory(const QString &name);
    Id addSkill(const QString &name, Id category);
    void addSkillAlias(const QString &alias, Id skill);
    Id addLocation(const StoreLocation &location);
    std::int32_t intern(TextColumn column, const QString &value);
    void reserve(std::size_t rows);
    int addPosting(const StoreRow &row);
    // The locations and skills of every row as compressed sparse rows: offsets has size()+1
    // entries, row r's ids are ids[offsets[r]] .. ids[offsets[r+1]-1].
    void setLocations(std::vector<std::uint32_t> offsets, std::vector<Id> ids);
    void setSkills(std::vector<std::uint32_t> offsets, std::vector<SkillId> ids);
    // Marks the row's mention of skill as preferred (after setSkills()); nothing when the row
    // does not list the skill.
    void markPreferred(int row, SkillId skill);

private:
    PostingStore &m_store;
};

} // namespace jobexplorer
