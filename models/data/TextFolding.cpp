#include "TextFolding.h"

#include <algorithm>

namespace jobexplorer {

QString foldForSearch(const QString &text)
{
    // Plain ASCII (most names and titles) has nothing to decompose: folding is lowering.
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return text.toLower();
    // Decompose (ü → u + ◌̈), drop the combining marks, then fold case.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded.toCaseFolded();
}

} // namespace jobexplorer
