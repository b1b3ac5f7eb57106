#include "SkillLookup.h"

#include "PostingStore.h"
#include "PostingTypes.h"

#include <algorithm>

namespace jobexplorer {

SkillLookup::SkillLookup(const PostingStore &store) : m_store(store)
{
    // The recognizer is made from the store's taxonomy, so that its indexes are store skill ids.
    QList<SkillRecord> skills(store.skillCount());
    for (int id = 0; id < store.skillCount(); ++id)
        skills[id].name = store.skillName(id);
    for (auto it = store.skillAliases().cbegin(); it != store.skillAliases().cend(); ++it)
        skills[*it].aliases << it.key();
    for (SkillRecord &skill : skills)
        skill.aliases.sort(Qt::CaseInsensitive); // hash order is not stable
    m_recognizer = std::make_unique<SkillRecognizer>(skills);
}

SkillLookup::~SkillLookup() = default;

std::optional<QString> SkillLookup::canonicalName(const QString &nameOrAlias) const
{
    const auto id = m_store.findSkill(nameOrAlias.trimmed());
    if (!id)
        return std::nullopt;
    return m_store.skillName(*id);
}

QStringList SkillLookup::completions() const
{
    QStringList names;
    for (int id = 0; id < m_store.skillCount(); ++id)
        names << m_store.skillName(id);
    for (auto it = m_store.skillAliases().cbegin(); it != m_store.skillAliases().cend(); ++it)
        names << it.key();
    names.removeDuplicates();
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return names;
}

QString SkillLookup::categoryOf(const QString &name) const
{
    const auto id = m_store.findSkill(name);
    if (!id || m_store.skillCategory(*id) < 0)
        return {};
    return skillCategoryLabel(m_store.categoryName(m_store.skillCategory(*id)));
}

QList<SkillLookup::Proposal> SkillLookup::fromResume(const QString &text) const
{
    QList<Proposal> proposals;
    for (const SkillRecognizer::Match &match : m_recognizer->recognise(text))
        proposals.append({m_store.skillName(match.skill), match.mention});
    return proposals;
}

} // namespace jobexplorer
