#pragma once

#include "Dataset.h"

#include <QCoreApplication>
#include <QString>

namespace jobexplorer {

// Writes a dataset as a new posting database (schema.md). The file is built beside the target
// under a temporary name in one transaction and moved over the target only when complete, so a
// failure (invalid dataset, full disk, no permission) leaves any existing file untouched.
class DatasetWriter final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::DatasetWriter)
public:
    bool write(const Dataset &dataset, const QString &fileName);
    // Names the file and the problem after write() returned false.
    QString errorString() const { return m_error; }

    // Checks what SQL constraints alone would not: every skill a posting or reference row
    // names exists, no alias is used twice, no posting lists a skill twice; and the postings'
    // CHECK constraints, which write() does not leave to SQLite (years of experience not
    // negative, a stated salary has a pay period). Returns an empty string when the dataset
    // is consistent.
    static QString validate(const Dataset &dataset);

    // Removes what killed writes of fileName left behind: hidden ".NAME.XXXXXX" files beside it
    // that are SQLite files (or empty), older than staleAfterSeconds and not being written by
    // anyone. Returns how many were removed. Called by write() and when a database is opened.
    static int removeStaleTemporaryFiles(const QString &fileName);
    static constexpr int staleAfterSeconds = 60;

private:
    QString m_error;
};

} // namespace jobexplorer
