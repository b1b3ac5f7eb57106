#pragma once

#include <QString>

namespace jobexplorer {

// Folds text for case- and accent-insensitive search: "Zürich" and "ZURICH" both give "zurich".
QString foldForSearch(const QString &text);

} // namespace jobexplorer
