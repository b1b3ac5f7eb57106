#pragma once

#include "Dataset.h"

#include <QCoreApplication>
#include <QString>

namespace jobexplorer {

// Writes a dataset as a new posting database (schema.md), or adds postings to an existing one.
class DatasetWriter final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::DatasetWriter)
public:
    // Writes dataset as a new database. The file is built beside the target under a temporary
    // name in one transaction and moved over the target only when complete, so a failure
    // (invalid dataset, full disk, no permission) leaves any existing file untouched. Returns
    // false and sets errorString() on failure.
    bool write(const Dataset &dataset, const QString &fileName);

    // Adds the postings of additions to the existing database fileName, in one SQLite
    // transaction on that file: first the skill categories, skills and aliases of additions
    // that the file lacks (matched by category key and by skill name or alias regardless of
    // case; those there are kept as they are), then the postings with their locations, skills
    // and skill lists. The file's meta, published figures and postings stay as they are; those
    // members of additions are ignored, but its taxonomy must name every skill its postings
    // name (as the importer's dataset does: the file's taxonomy plus new skills). Reads the
    // taxonomy and writes only what is added, whatever the file's size. On failure (invalid
    // additions, a value SQLite refuses, a locked, read-only or full file, a crash) the file
    // stays as it was: false and errorString().
    bool append(const Dataset &additions, const QString &fileName);

    // Names the file and the problem after write() or append() returned false.
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

    // How long append() waits for a reader of the file to finish before giving up.
    static constexpr int busyTimeoutMs = 30000;
    // append()'s page cache (negative: KiB): the indexes it extends are spread over the file.
    static constexpr int appendCacheKiB = -65536;

private:
    QString m_error;
};

} // namespace jobexplorer
