#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>

namespace jobexplorer {

// The facets a posting can be filtered by. Value ids are facet-specific (FilterEngine names
// them): enum values for seniority, work mode and employment type, pool codes otherwise.
enum class Facet : std::uint8_t {
    Role,
    Seniority,
    Location,
    WorkMode,
    EmploymentType,
    Skill,
    Company,
    Industry,
    CompanySize
};
inline constexpr int FacetCount = 9;
inline constexpr std::array<Facet, FacetCount> allFacets{
    Facet::Role,  Facet::Seniority, Facet::Location, Facet::WorkMode,   Facet::EmploymentType,
    Facet::Skill, Facet::Company,   Facet::Industry, Facet::CompanySize};

// What one facet asks for: a posting must match every clause (a clause matches when the posting
// has any of its values) and none of the excluded values.
struct FacetFilter
{
    QList<QList<int>> clauses;
    QList<int> excluded;

    bool isEmpty() const { return clauses.isEmpty() && excluded.isEmpty(); }
    bool operator==(const FacetFilter &) const = default;
};

struct Range
{
    std::optional<double> min;
    std::optional<double> max;

    bool isSet() const { return min.has_value() || max.has_value(); }
    bool operator==(const Range &) const = default;
};

// How the filter panel combines several chosen skills.
enum class SkillMatch : std::uint8_t { All, Any };

// The whole filter: facets ANDed with each other, plus ranges, the salary toggle and free text.
// Plain data; FilterEngine evaluates it and FilterExpression reads and writes its text form.
struct Filter
{
    std::array<FacetFilter, FacetCount> facets;
    Range salary; // annualised; a posting matches when its range overlaps, in salaryCurrency
    // The ISO 4217 code the salary range is in; empty for the database's most common currency
    // (FilterEngine::defaultSalaryCurrency()). Without exchange rates a range applies to one
    // currency: postings in another do not match it. Meaningless without a range.
    QString salaryCurrency;
    Range experience; // years; a posting matches when its range overlaps
    Range fit;        // 0..1, the posting's fit to the chosen client (ClientSkills.h); needs one
    bool requireSalary = false;
    QStringList text; // words or phrases, each must occur in title, company, skills or notes

    FacetFilter &facet(Facet f) { return facets[static_cast<std::size_t>(f)]; }
    const FacetFilter &facet(Facet f) const { return facets[static_cast<std::size_t>(f)]; }
    bool isEmpty() const;
    bool operator==(const Filter &) const = default;

    // Panel operations. A value is "selected" when a clause holds it.
    bool isSelected(Facet f, int value) const;
    bool isExcluded(Facet f, int value) const;
    // Adds or removes value. Skills chosen with SkillMatch::All get a clause each; with Any,
    // and in every other facet, the values share one clause.
    void toggle(Facet f, int value, SkillMatch match = SkillMatch::All);
    void toggleExcluded(Facet f, int value);
    // Regroups the chosen skills for the given match.
    void setSkillMatch(SkillMatch match);
    SkillMatch skillMatch() const;
    void clear(Facet f) { facet(f) = {}; }
};

} // namespace jobexplorer
