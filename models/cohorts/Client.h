#pragma once

#include "ClientSkills.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jobexplorer {

class PostingStore;

// A skill of a client: a taxonomy skill by its canonical name, or a skill the open database's
// taxonomy does not know, kept by the name the counselor typed (another database may know it).
struct ClientSkill
{
    QString name;
    SkillLevel level = SkillLevel::Has;

    bool operator==(const ClientSkill &) const = default;
};

// A client at the counselor's table (issue 16): a display name (a pseudonym or initials will
// do), skills with a level, the market they aim at as a filter expression, free notes. Personal
// data: kept on this machine only (ClientStore), exported only when the user chooses. Plain
// data; ClientFile reads and writes it.
struct Client
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::Client)
public:
    QString id; // the stored file's name without .json; empty until first saved
    QString name;
    QList<ClientSkill> skills;
    QString target; // a FilterExpression; may be empty
    QString notes;
    QDateTime created;
    QDateTime changed;

    bool operator==(const Client &) const = default;

    // The skills as the engine of store sees them; skills store does not know are left out.
    ClientSkills skillSet(const PostingStore &store, bool learningCounts = false) const;
    // The names of the skills store does not know, as written.
    QStringList unknownSkills(const PostingStore &store) const;
    // The skill of that name (as stored, regardless of case), or nullptr.
    const ClientSkill *findSkill(const QString &name) const;

    // "learning", "has", "strong" as stored in a client file, and their labels.
    static QString levelKey(SkillLevel level);
    static std::optional<SkillLevel> levelFromKey(const QString &key);
    static QString levelLabel(SkillLevel level);
    static QList<SkillLevel> levels() { return {SkillLevel::Learning, SkillLevel::Has, SkillLevel::Strong}; }

    // An unsaved client with skills given as names or aliases of store's taxonomy ("Python,
    // Docker, k8s"), each put under its canonical name; std::nullopt and *error naming the
    // first skill store does not know.
    static std::optional<Client> fromSkillList(const QString &list, const PostingStore &store,
                                               QString *error);
};

} // namespace jobexplorer
