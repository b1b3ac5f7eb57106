#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace jobexplorer {

// The dataset shipped with the program: JSON files compiled into its resources, turned into a
// posting database on first start. SQLite cannot open a file inside Qt resources, so the
// database is written to a cache folder and named after a hash of the JSON, which rebuilds it
// whenever the bundled data changes.
class BundledDataset final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::BundledDataset)
public:
    // sourceFiles: the JSON files (usually resources::bundledDatasetFiles()), merged in order.
    // Returns the path of the database built from them inside folder, building it if needed;
    // an empty string and *errorMessage on failure.
    static QString ensureDatabase(const QStringList &sourceFiles, const QString &folder,
                                  QString *errorMessage);
    // As above, in the user's cache folder, or the temporary folder if that fails.
    static QString ensureDatabase(const QStringList &sourceFiles, QString *errorMessage);
};

} // namespace jobexplorer
