#pragma once

#include "Client.h"

#include <QCoreApplication>
#include <QList>
#include <QPageSize>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QTextStream;

namespace jobexplorer {

class Workspace;

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
        QStringList charts;       // "KIND=FILE", KIND a ChartKinds key
        QString chartSize;        // "WxH"; ChartExporter::defaultSize when empty
        QString reportFile = {};  // .pdf, .odt or .html: the report (Report) of the matching postings
        QString reportTitle = {}; // Report::defaultTitle() when empty
        QString pageSize = {};    // "A4" or "Letter"; Report::defaultPageSize() when empty
        // Default-initialised, so that callers without a client can leave them out.
        QString clientFile = {};   // a ClientFile holding one client
        QString clientSkills = {}; // or an unsaved client's skills: "Python,Docker,k8s"
        QString gapFile = {};      // the client's skill gap as CSV (SkillGapModel::writeCsv)
        bool clientNameInCaption = true;
    };

    // Returns the process exit code: 0 when everything asked for was written; 1 when the
    // database or the client file cannot be read, the filter, a chart kind, the chart size, the
    // report's file name or page size, or a client skill is not valid, the gap is asked for
    // without a client, or a file cannot be written (with a message on err naming the file and
    // the problem). Options are checked before anything is written. With a client the CSV gains
    // the Fit column.
    static int run(const Options &options, QTextStream &out, QTextStream &err);
    // --export-report's file name and --page-size, checked before anything is written (also
    // with --compare): sets size (the locale's when pageSize is empty), else returns false
    // after a message on err.
    static bool checkReport(const QString &fileName, const QString &pageSize, QPageSize &size,
                            QTextStream &err);

private:
    struct ChartRequest;

    // The steps of run(). Each returns false after writing a message on err.
    static bool parseChartRequests(const QStringList &requests, QList<ChartRequest> &charts,
                                   QTextStream &err);
    static bool parseChartSize(const QString &text, QSize &chartSize, QTextStream &err);
    static bool openWorkspace(const Options &options, const std::optional<Client> &client,
                              Workspace &workspace, QTextStream &out, QTextStream &err);
    static bool readClientFile(const Options &options, std::optional<Client> &client, QTextStream &err);
    static bool writeGap(const Options &options, Workspace &workspace, QTextStream &out, QTextStream &err);
    static bool writeMatchingPostings(const Options &options, const Workspace &workspace, QTextStream &out,
                                      QTextStream &err);
    static bool writeCharts(const QList<ChartRequest> &charts, QSize chartSize, Workspace &workspace,
                            QTextStream &out, QTextStream &err);
};

} // namespace jobexplorer
