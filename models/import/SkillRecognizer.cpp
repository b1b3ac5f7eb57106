#include "SkillRecognizer.h"

#include <algorithm>

namespace jobexplorer {

namespace {

constexpr qsizetype ShortName = 2; // names this short are matched with their case

// Skill names that are also ordinary English words: matched only as capitalised in the taxonomy
// and, where marked, not as the first word of a sentence ("Go to…", "Spark curiosity…").
struct CommonWord
{
    const char *word;
    bool notAtSentenceStart;
};
constexpr CommonWord CommonWords[] = {
    {"go", true},           {"ray", true},        {"spark", true},     {"swift", true},
    {"shell", true},        {"vault", true},      {"rust", true},      {"hive", true},
    {"feast", true},        {"triton", false},    {"inference", true}, {"automation", true},
    {"transformers", true}, {"snowflake", false}, {"pinecone", false}, {"observability", false},
    {"encryption", true},   {"airflow", true},    {"jenkins", false},  {"tecton", false},
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

std::size_t foldedHash(QStringView word)
{
    // FNV-1a over the case-folded text.
    std::size_t hash = 1469598103934665603ULL;
    for (const QChar c : word) {
        const char16_t u =
            c.unicode() < 0x80
                ? char16_t(c.unicode() >= 'A' && c.unicode() <= 'Z' ? c.unicode() + 32 : c.unicode())
                : c.toCaseFolded().unicode();
        hash = (hash ^ u) * 1099511628211ULL;
    }
    return hash;
}

} // namespace

std::vector<SkillRecognizer::Token> SkillRecognizer::tokenize(QStringView text)
{
    std::vector<Token> tokens;
    const qsizetype n = text.size();
    tokens.reserve(std::size_t(n / 5)); // English prose: a word every five or six characters
    bool joined = false;
    bool sentenceStart = true;
    qsizetype i = 0;
    auto emit = [&](qsizetype begin, qsizetype end) {
        tokens.push_back({begin, end, joined, sentenceStart});
        joined = true;
        sentenceStart = false;
    };
    while (i < n) {
        const QChar c = text[i];
        const bool dotWord = c == QLatin1Char('.') && i + 1 < n && text[i + 1].isLetter() &&
                             (i == 0 || !isWordChar(text[i - 1]));
        if (isWordChar(c) || dotWord) {
            const qsizetype begin = i;
            ++i;
            while (i < n) {
                const QChar d = text[i];
                if (isWordChar(d)) {
                    ++i;
                } else if ((d == QLatin1Char('-') || d == QLatin1Char('.')) && i + 1 < n &&
                           isWordChar(text[i + 1])) {
                    i += 2;
                } else {
                    break;
                }
            }
            // C++, C#, F#: a run of '+' or '#' that no letter follows belongs to the word.
            qsizetype j = i;
            while (j < n && (text[j] == QLatin1Char('+') || text[j] == QLatin1Char('#')))
                ++j;
            if (j > i && (j == n || !text[j].isLetter()))
                i = j;
            emit(begin, i);
            continue;
        }
        if (c == QLatin1Char('/') || c == QLatin1Char('&')) {
            emit(i, i + 1);
            ++i;
            continue;
        }
        if (c.isSpace()) {
            if (c == QLatin1Char('\n') || c == QChar::ParagraphSeparator) {
                joined = false;
                sentenceStart = true;
            }
            ++i;
            continue;
        }
        // Any other punctuation separates names; some of it also ends a sentence or opens a
        // list item.
        joined = false;
        if (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
            c == QLatin1Char(':') || c == QChar(0x2022) || c == QLatin1Char('*') || c == QLatin1Char('(') ||
            c == QLatin1Char('"'))
            sentenceStart = true;
        ++i;
    }
    return tokens;
}

SkillRecognizer::SkillRecognizer(const QList<SkillRecord> &skills)
{
    for (const SkillRecord &skill : skills) {
        const int index = add(skill);
        addPattern(index, skill.name);
        for (const QString &alias : skill.aliases)
            addPattern(index, alias);
    }
    // Longest names first, so "Apache Spark" wins over "Spark" and "Kubernetes Operators" over
    // "Kubernetes".
    for (auto &[hash, patterns] : m_patterns) {
        std::stable_sort(patterns.begin(), patterns.end(), [](const Pattern &a, const Pattern &b) {
            return a.tokens.size() > b.tokens.size();
        });
    }
}

int SkillRecognizer::add(const SkillRecord &skill)
{
    const int index = m_skillCount++;
    const QString key = skill.name.toCaseFolded();
    if (!m_index.contains(key))
        m_index.insert(key, index);
    for (const QString &alias : skill.aliases) {
        if (!m_index.contains(alias.toCaseFolded()))
            m_index.insert(alias.toCaseFolded(), index);
    }
    return index;
}

int SkillRecognizer::find(const QString &name) const
{
    return m_index.value(name.trimmed().toCaseFolded(), -1);
}

void SkillRecognizer::addPattern(int skill, const QString &name)
{
    const std::vector<Token> tokens = tokenize(name);
    if (tokens.empty())
        return;
    Pattern pattern;
    pattern.skill = skill;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        // A name with a break inside ("OCI (Oracle Cloud)") cannot be found as one phrase.
        if (i > 0 && !tokens[i].joined)
            return;
        pattern.tokens << name.mid(tokens[i].begin, tokens[i].end - tokens[i].begin);
    }
    if (pattern.tokens.size() == 1) {
        const QString &word = pattern.tokens.constFirst();
        pattern.singleLetter = word.size() == 1;
        pattern.exactCase = word.size() <= ShortName;
        for (const CommonWord &common : CommonWords) {
            if (word.compare(QLatin1String(common.word), Qt::CaseInsensitive) == 0) {
                pattern.exactCase = true;
                pattern.notAtSentenceStart = common.notAtSentenceStart;
            }
        }
    }
    m_patterns[foldedHash(pattern.tokens.constFirst())].push_back(std::move(pattern));
}

bool SkillRecognizer::matches(const Pattern &pattern, QStringView text, const std::vector<Token> &tokens,
                              std::size_t at) const
{
    const auto count = std::size_t(pattern.tokens.size());
    if (at + count > tokens.size())
        return false;
    for (std::size_t k = 0; k < count; ++k) {
        const Token &token = tokens[at + k];
        if (k > 0 && !token.joined)
            return false;
        const QStringView word = text.mid(token.begin, token.end - token.begin);
        const Qt::CaseSensitivity cs = pattern.exactCase ? Qt::CaseSensitive : Qt::CaseInsensitive;
        if (word.compare(pattern.tokens.at(qsizetype(k)), cs) != 0)
            return false;
    }
    const Token &first = tokens[at];
    if (pattern.notAtSentenceStart && first.sentenceStart)
        return false;
    if (pattern.singleLetter) {
        // "R&D", "AT&T", "C&C": a letter joined to '&' is not a language.
        auto isAmpersand = [&](std::size_t i) {
            return text.mid(tokens[i].begin, tokens[i].end - tokens[i].begin) == QLatin1String("&");
        };
        const std::size_t after = at + 1;
        if (after < tokens.size() && tokens[after].joined && tokens[after].begin == first.end &&
            isAmpersand(after))
            return false;
        if (at > 0 && first.joined && tokens[at - 1].end == first.begin && isAmpersand(at - 1))
            return false;
        // "R's", "C-" are covered by the tokenizer; a letter followed by an apostrophe is a name.
        if (first.end < text.size() &&
            (text[first.end] == QLatin1Char('\'') || text[first.end] == QChar(0x2019)))
            return false;
    }
    return true;
}

QList<SkillRecognizer::Match> SkillRecognizer::recognise(QStringView text) const
{
    QList<Match> found;
    if (m_patterns.empty())
        return found;
    const std::vector<Token> tokens = tokenize(text);
    std::vector<bool> seen(std::size_t(m_skillCount), false);
    std::size_t i = 0;
    while (i < tokens.size()) {
        const Token &token = tokens[i];
        const auto it = m_patterns.find(foldedHash(text.mid(token.begin, token.end - token.begin)));
        std::size_t advance = 1;
        if (it != m_patterns.end()) {
            for (const Pattern &pattern : it->second) {
                if (!matches(pattern, text, tokens, i))
                    continue;
                advance = std::size_t(pattern.tokens.size());
                if (!seen[std::size_t(pattern.skill)]) {
                    seen[std::size_t(pattern.skill)] = true;
                    const Token &last = tokens[i + advance - 1];
                    found.append({pattern.skill, text.mid(token.begin, last.end - token.begin).toString()});
                }
                break;
            }
        }
        i += advance;
    }
    return found;
}

} // namespace jobexplorer
