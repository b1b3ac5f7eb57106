#include "TextFolding.h"

namespace jobexplorer {

QString foldForSearch(const QString &text)
{
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
