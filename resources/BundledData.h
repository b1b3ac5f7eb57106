#pragma once

#include <QStringList>

namespace jobexplorer::resources {

// Resource paths of the bundled dataset's JSON files, in the order they are merged.
QStringList bundledDatasetFiles();

} // namespace jobexplorer::resources
