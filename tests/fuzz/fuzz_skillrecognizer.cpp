// SkillRecognizer over any text with the bundled taxonomy: every match names a known skill and
// text that is in the input; every token lies inside the text, in order.
#include "FuzzData.h"
#include "SkillRecognizer.h"

using namespace jobexplorer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const SkillRecognizer recognizer(fuzz::bundledDataset().skills);
    const QString text = fuzz::text(data, size);

    for (const SkillRecognizer::Match &match : recognizer.recognise(text)) {
        if (match.skill < 0 || match.skill >= recognizer.skillCount() || match.mention.isEmpty() ||
            !text.contains(match.mention))
            qFatal("Match of skill %d as \"%s\" in \"%s\"", match.skill, qPrintable(match.mention),
                   qPrintable(text));
    }
    qsizetype previousEnd = 0;
    for (const SkillRecognizer::Token &token : SkillRecognizer::tokenize(text)) {
        if (token.begin < previousEnd || token.end <= token.begin || token.end > text.size())
            qFatal("Token %lld..%lld after %lld in \"%s\"", qlonglong(token.begin), qlonglong(token.end),
                   qlonglong(previousEnd), qPrintable(text));
        previousEnd = token.end;
    }
    recognizer.find(text);
    return 0;
}
