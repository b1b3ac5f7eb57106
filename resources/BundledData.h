#pragma once

#include <QStringList>

namespace jobexplorer::resources {

// Resource paths of the bundled dataset's JSON files, in the order they are merged.
QStringList bundledDatasetFiles();
// Resource path of the bundled skill taxonomy (categories, skills, aliases), which imports into a
// new database start from.
QString skillTaxonomyFile();
// Resource path of the application icon (SVG, the same file that is installed for the desktop).
QString applicationIconFile();

} // namespace jobexplorer::resources
