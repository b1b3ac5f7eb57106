#include "BundledData.h"

namespace jobexplorer::resources {

QStringList bundledDatasetFiles()
{
    return {QStringLiteral(":/jobexplorer/data/skills.json"), QStringLiteral(":/jobexplorer/data/postings.json"),
            QStringLiteral(":/jobexplorer/data/reference.json")};
}

} // namespace jobexplorer::resources
