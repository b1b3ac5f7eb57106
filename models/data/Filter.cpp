#include "Filter.h"

namespace jobexplorer {

bool Filter::isEmpty() const
{
    for (const FacetFilter &f : facets) {
        if (!f.isEmpty())
            return false;
    }
    return !salary.isSet() && !experience.isSet() && !fit.isSet() && !requireSalary && text.isEmpty();
}

bool Filter::isSelected(Facet f, int value) const
{
    for (const QList<int> &clause : facet(f).clauses) {
        if (clause.contains(value))
            return true;
    }
    return false;
}

bool Filter::isExcluded(Facet f, int value) const
{
    return facet(f).excluded.contains(value);
}

void Filter::toggle(Facet f, int value, SkillMatch match)
{
    FacetFilter &ff = facet(f);
    if (isSelected(f, value)) {
        for (QList<int> &clause : ff.clauses)
            clause.removeAll(value);
        ff.clauses.removeIf([](const QList<int> &clause) { return clause.isEmpty(); });
        return;
    }
    ff.excluded.removeAll(value);
    if (f == Facet::Skill && match == SkillMatch::All)
        ff.clauses.append(QList<int>{value});
    else if (ff.clauses.isEmpty())
        ff.clauses.append(QList<int>{value});
    else
        ff.clauses.first().append(value);
}

void Filter::toggleExcluded(Facet f, int value)
{
    FacetFilter &ff = facet(f);
    if (ff.excluded.contains(value)) {
        ff.excluded.removeAll(value);
        return;
    }
    if (isSelected(f, value))
        toggle(f, value);
    ff.excluded.append(value);
}

SkillMatch Filter::skillMatch() const
{
    const FacetFilter &skills = facet(Facet::Skill);
    return skills.clauses.size() == 1 && skills.clauses.first().size() > 1 ? SkillMatch::Any
                                                                           : SkillMatch::All;
}

void Filter::setSkillMatch(SkillMatch match)
{
    FacetFilter &skills = facet(Facet::Skill);
    QList<int> chosen;
    for (const QList<int> &clause : std::as_const(skills.clauses)) {
        for (int value : clause) {
            if (!chosen.contains(value))
                chosen.append(value);
        }
    }
    skills.clauses.clear();
    if (chosen.isEmpty())
        return;
    if (match == SkillMatch::Any) {
        skills.clauses.append(chosen);
    } else {
        for (int value : std::as_const(chosen))
            skills.clauses.append(QList<int>{value});
    }
}

} // namespace jobexplorer
