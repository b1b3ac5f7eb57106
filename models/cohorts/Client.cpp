#include "Client.h"

#include "PostingStore.h"

namespace jobexplorer {

namespace {
struct LevelEntry
{
    SkillLevel level;
    const char *key;
    const char *label;
};
constexpr LevelEntry levelTable[] = {
    {SkillLevel::Learning, "learning", QT_TRANSLATE_NOOP("jobexplorer::Client", "learning")},
    {SkillLevel::Has, "has", QT_TRANSLATE_NOOP("jobexplorer::Client", "has")},
    {SkillLevel::Strong, "strong", QT_TRANSLATE_NOOP("jobexplorer::Client", "strong")},
};
} // namespace

ClientSkills Client::skillSet(const PostingStore &store, bool learningCounts) const
{
    ClientSkills set;
    set.levels.assign(static_cast<std::size_t>(store.skillCount()), SkillLevel::None);
    set.learningCounts = learningCounts;
    for (const ClientSkill &skill : skills) {
        if (const auto id = store.findSkill(skill.name)) {
            SkillLevel &level = set.levels[static_cast<std::size_t>(*id)];
            level = std::max(level, skill.level);
        }
    }
    return set;
}

QStringList Client::unknownSkills(const PostingStore &store) const
{
    QStringList unknown;
    for (const ClientSkill &skill : skills) {
        if (!store.findSkill(skill.name))
            unknown << skill.name;
    }
    return unknown;
}

const ClientSkill *Client::findSkill(const QString &name) const
{
    for (const ClientSkill &skill : skills) {
        if (skill.name.compare(name, Qt::CaseInsensitive) == 0)
            return &skill;
    }
    return nullptr;
}

QString Client::levelKey(SkillLevel level)
{
    for (const LevelEntry &entry : levelTable) {
        if (entry.level == level)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

std::optional<SkillLevel> Client::levelFromKey(const QString &key)
{
    for (const LevelEntry &entry : levelTable) {
        if (key.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0)
            return entry.level;
    }
    return std::nullopt;
}

QString Client::levelLabel(SkillLevel level)
{
    for (const LevelEntry &entry : levelTable) {
        if (entry.level == level)
            return tr(entry.label);
    }
    return {};
}

std::optional<Client> Client::fromSkillList(const QString &list, const PostingStore &store, QString *error)
{
    Client client;
    for (const QString &part : list.split(QLatin1Char(','))) {
        const QString wanted = part.trimmed();
        if (wanted.isEmpty())
            continue;
        const auto id = store.findSkill(wanted);
        if (!id) {
            if (error)
                *error = tr("unknown skill “%1”: the database's taxonomy has no skill or alias of that name.")
                             .arg(wanted);
            return std::nullopt;
        }
        if (!client.findSkill(store.skillName(*id)))
            client.skills.append({store.skillName(*id), SkillLevel::Has});
    }
    if (client.skills.isEmpty()) {
        if (error)
            *error = tr("no skills are given.");
        return std::nullopt;
    }
    return client;
}

} // namespace jobexplorer
