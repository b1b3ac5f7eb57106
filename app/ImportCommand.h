#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace jobexplorer {

struct ImportSummary;

// The window-less import: `jobexplorer --import FILE [--mapping NAME|FILE] DATABASE`. Creates
// DATABASE or appends to it, then prints what was read, imported, skipped as duplicates and
// rejected (with line, column and reason).
class ImportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::ImportCommand)
public:
    struct Options
    {
        QString file;
        QString mapping; // a preset name or a saved mapping file; chosen by the header when empty
        QString database;
        bool abortOnBadRow = false;
    };

    // Returns the process exit code: 0 when postings were imported; 1 when the file cannot be
    // read, nothing could be imported, a bad row aborted the import or the database cannot be
    // written (the database is then left as it was). The summary goes to out, problems to err.
    static int run(const Options &options, QTextStream &out, QTextStream &err);

    // The summary as printed: counts, then one line per rejected row (at most maxRejected).
    // Without the count of imported postings when the import failed (!written): nothing was.
    static QString summaryText(const ImportSummary &summary, const QString &file, int maxRejected,
                               bool written = true);
};

} // namespace jobexplorer
