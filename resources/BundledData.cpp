#include "BundledData.h"

namespace jobexplorer::resources {

QString skillTaxonomyFile()
{
    return QStringLiteral(":/jobexplorer/data/skills.json");
}

QString applicationIconFile()
{
    return QStringLiteral(":/jobexplorer/jobexplorer.svg");
}

QStringList bundledDatasetFiles()
{
    return {skillTaxonomyFile(), QStringLiteral(":/jobexplorer/data/postings.json"),
            QStringLiteral(":/jobexplorer/data/reference.json")};
}

} // namespace jobexplorer::resources
