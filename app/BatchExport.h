#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace jobexplorer {

// The window-less command line: open a database, apply a filter, write the matching postings
// as CSV and/or JSON, report what was written. Used by main() when an export option is given.
class BatchExport final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::BatchExport)
public:
    struct Options
    {
        QString database; // the bundled dataset when empty
        QString filter;
        QString csvFile;
        QString jsonFile;
    };

    // Returns the process exit code: 0 when everything asked for was written; 1 when the
    // database cannot be opened, the filter is not valid or a file cannot be written (with a
    // message on err naming the file and the problem).
    static int run(const Options &options, QTextStream &out, QTextStream &err);
};

} // namespace jobexplorer
