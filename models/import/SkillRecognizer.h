#pragma once

#include "Dataset.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <unordered_map>
#include <vector>

namespace jobexplorer {

// Finds the skills of a taxonomy in text: by exact name or alias for listed skills, and in
// free text by whole words, so that "Spark" is not found in "PySpark", "C" not in "C++" or
// "C-level", "R" not in "R&D", and "Go" only as the language (written "Go" or "Golang", not the
// verb "go" nor "Go" opening a sentence). Names that are also common words or one or two
// letters long ("Go", "R", "Ray", "Spark", "Swift", "Shell", "Vault"…) are recognised only as
// written in the taxonomy, case included; all others regardless of case ("k8s" = "K8s").
// The rules are documented in import-format.md.
class SkillRecognizer final
{
public:
    struct Match
    {
        int skill = -1;  // index into the skills given to the constructor (or add())
        QString mention; // the text as found
    };

    explicit SkillRecognizer(const QList<SkillRecord> &skills);

    // The skill with this name or alias (case-insensitive), or -1.
    int find(const QString &name) const;
    // Makes a new skill known to find() (not to recognise()); returns its index.
    int add(const SkillRecord &skill);
    int skillCount() const { return m_skillCount; }

    // The skills named in text, each once, in order of first mention.
    QList<Match> recognise(QStringView text) const;

    struct Token
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        bool joined = false;        // only spaces separate it from the previous token
        bool sentenceStart = false; // first word of the text, a sentence, a line or a list item
    };
    // The words of text as the recognizer sees them (public for tests).
    static std::vector<Token> tokenize(QStringView text);

private:
    struct Pattern
    {
        int skill = -1;
        QStringList tokens; // as written in the taxonomy
        bool exactCase = false;
        bool notAtSentenceStart = false;
        bool singleLetter = false;
    };
    void addPattern(int skill, const QString &name);
    bool matches(const Pattern &pattern, QStringView text, const std::vector<Token> &tokens,
                 std::size_t at) const;

    QHash<QString, int> m_index;                                      // case-folded name or alias → skill
    std::unordered_map<std::size_t, std::vector<Pattern>> m_patterns; // by hash of the first token
    int m_skillCount = 0;
};

} // namespace jobexplorer
