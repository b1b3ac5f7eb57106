#pragma once

#include "SkillRecognizer.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace jobexplorer {

class PostingStore;

// The skills of the open database's taxonomy for entering a client's skills: by name or alias
// ("k8s" → Kubernetes), every name and alias for completion, and the skills a résumé names,
// found by the importer's SkillRecognizer (its rules: whole words, "Go" only as the language…).
// The store is not owned and must outlive the lookup.
class SkillLookup final
{
public:
    explicit SkillLookup(const PostingStore &store);
    ~SkillLookup();

    // The canonical name of the skill with this name or alias (any case), or std::nullopt.
    std::optional<QString> canonicalName(const QString &nameOrAlias) const;
    // Every skill name and alias, sorted regardless of case, for completion.
    QStringList completions() const;
    // The skill's category, translated when it is one of the bundled taxonomy's.
    QString categoryOf(const QString &name) const;

    struct Proposal
    {
        QString skill; // canonical name
        QString words; // the words of the text that name it, as written
    };
    // The skills text names, each once, in order of first mention.
    QList<Proposal> fromResume(const QString &text) const;

private:
    const PostingStore &m_store;
    std::unique_ptr<SkillRecognizer> m_recognizer;
};

} // namespace jobexplorer
