#include "BatchExport.h"

#include "BundledData.h"
#include "BundledDataset.h"
#include "ChartExporter.h"
#include "ChartKind.h"
#include "ClientFile.h"
#include "ClientReportSection.h"
#include "CsvExporter.h"
#include "DatasetJsonWriter.h"
#include "FilterEngine.h"
#include "GapChart.h"
#include "PostingFormat.h"
#include "PostingStore.h"
#include "PostingTableModel.h"
#include "Report.h"
#include "SkillGapModel.h"
#include "Workspace.h"

#include <QDir>
#include <QTextStream>

#include <algorithm>

namespace jobexplorer {

// A chart to write.
struct BatchExport::ChartRequest
{
    ChartKind kind;
    QString fileName;
    bool clientNameInCaption = true;
};

int BatchExport::run(const Options &options, QTextStream &out, QTextStream &err)
{
    // Check every chart request and the size first, so a typo writes nothing at all.
    QList<ChartRequest> charts;
    QSize chartSize = ChartExporter::defaultSize;
    QPageSize pageSize;
    if (!parseChartRequests(options.charts, charts, err) ||
        !parseChartSize(options.chartSize, chartSize, err) ||
        (!options.reportFile.isEmpty() && !checkReport(options.reportFile, options.pageSize, pageSize, err)))
        return 1;
    const bool gapChart = std::any_of(charts.cbegin(), charts.cend(),
                                      [](const ChartRequest &chart) { return chart.kind == ChartKind::Gap; });
    if ((gapChart || !options.gapFile.isEmpty()) && options.clientFile.isEmpty() &&
        options.clientSkills.isEmpty()) {
        err << tr("The skill gap needs a client: give --client FILE.json or --client-skills "
                  "\"Python,Docker\".")
            << Qt::endl;
        return 1;
    }
    std::optional<Client> client;
    if (!readClientFile(options, client, err))
        return 1;

    Workspace workspace;
    if (!openWorkspace(options, client, workspace, out, err))
        return 1;
    const QString matching =
        tr("%1 of %2 match %3")
            .arg(QLocale().toString(workspace.result().matchCount()),
                 PostingFormat::postingCount(workspace.store()->size()), workspace.filterDescription());
    out << matching << Qt::endl;

    if (!writeMatchingPostings(options, workspace, out, err) || !writeGap(options, workspace, out, err))
        return 1;
    for (ChartRequest &chart : charts)
        chart.clientNameInCaption = options.clientNameInCaption;
    if (!writeCharts(charts, chartSize, workspace, out, err))
        return 1;
    if (!options.reportFile.isEmpty()) {
        Report report(workspace, {options.reportTitle});
        if (workspace.clientSkills())
            report.addSection(std::make_unique<ClientReportSection>(workspace, options.clientNameInCaption));
        if (!report.writeFile(options.reportFile, pageSize)) {
            err << report.errorString() << Qt::endl;
            return 1;
        }
        out << tr("Wrote %1").arg(QDir::toNativeSeparators(options.reportFile)) << Qt::endl;
    }
    return 0;
}

bool BatchExport::readClientFile(const Options &options, std::optional<Client> &client, QTextStream &err)
{
    if (options.clientFile.isEmpty())
        return true;
    QString error;
    const auto clients = ClientFile::readFile(options.clientFile, &error);
    if (!clients) {
        err << error << Qt::endl;
        return false;
    }
    if (clients->size() != 1) {
        err << tr("Cannot use %1 as the client: it holds %2 clients; --client takes a file of one.")
                   .arg(QDir::toNativeSeparators(options.clientFile))
                   .arg(clients->size())
            << Qt::endl;
        return false;
    }
    client = clients->first();
    return true;
}

bool BatchExport::writeGap(const Options &options, Workspace &workspace, QTextStream &out, QTextStream &err)
{
    if (options.gapFile.isEmpty())
        return true;
    const SkillGapModel gap(&workspace);
    QString error;
    if (!gap.writeCsv(options.gapFile, &error)) {
        err << error << Qt::endl;
        return false;
    }
    out << tr("Wrote %1").arg(QDir::toNativeSeparators(options.gapFile)) << Qt::endl;
    return true;
}

bool BatchExport::parseChartRequests(const QStringList &requests, QList<ChartRequest> &charts,
                                     QTextStream &err)
{
    for (const QString &request : requests) {
        const qsizetype equals = request.indexOf(QLatin1Char('='));
        const QString kindKey = request.left(equals);
        const QString fileName = equals < 0 ? QString() : request.mid(equals + 1);
        QStringList kinds;
        for (const ChartKind kind : ChartKinds::all)
            kinds << ChartKinds::key(kind);
        const std::optional<ChartKind> kind = ChartKinds::fromKey(kindKey);
        if (equals < 0 || fileName.isEmpty()) {
            err << tr("--export-chart needs KIND=FILE, e.g. skills=skills.png; got \"%1\".").arg(request)
                << Qt::endl;
            return false;
        }
        if (!kind) {
            err << tr("Unknown chart kind \"%1\": choose one of %2.")
                       .arg(kindKey, kinds.join(QLatin1String(", ")))
                << Qt::endl;
            return false;
        }
        if (!ChartExporter::formatOf(fileName)) {
            err << tr("Cannot export a chart to %1: the file name must end in .png, .svg or .pdf.")
                       .arg(QDir::toNativeSeparators(fileName))
                << Qt::endl;
            return false;
        }
        charts.append({*kind, fileName});
    }
    return true;
}

bool BatchExport::parseChartSize(const QString &text, QSize &chartSize, QTextStream &err)
{
    if (text.isEmpty())
        return true;
    const std::optional<QSize> size = ChartExporter::parseSize(text);
    if (!size) {
        err << tr("--chart-size must be WIDTHxHEIGHT in pixels, 100 to 20000 each (e.g. 1600x1000); got "
                  "\"%1\".")
                   .arg(text)
            << Qt::endl;
        return false;
    }
    chartSize = *size;
    return true;
}

bool BatchExport::checkReport(const QString &fileName, const QString &pageSize, QPageSize &size,
                              QTextStream &err)
{
    if (!Report::formatOf(fileName)) {
        err << tr("Cannot export a report to %1: the file name must end in .pdf, .odt or .html.")
                   .arg(QDir::toNativeSeparators(fileName))
            << Qt::endl;
        return false;
    }
    const std::optional<QPageSize> parsed =
        pageSize.isEmpty() ? std::optional(Report::defaultPageSize()) : Report::parsePageSize(pageSize);
    if (!parsed) {
        err << tr("--page-size must be A4 or Letter; got \"%1\".").arg(pageSize) << Qt::endl;
        return false;
    }
    size = *parsed;
    return true;
}

bool BatchExport::openWorkspace(const Options &options, const std::optional<Client> &clientFromFile,
                                Workspace &workspace, QTextStream &out, QTextStream &err)
{
    QString database = options.database;
    if (database.isEmpty()) {
        QString error;
        database = BundledDataset::ensureDatabase(resources::bundledDatasetFiles(), &error);
        if (database.isEmpty()) {
            err << error << Qt::endl;
            return false;
        }
    }
    if (!workspace.open(database)) {
        err << workspace.errorString() << Qt::endl;
        return false;
    }
    std::optional<Client> client = clientFromFile;
    if (!options.clientSkills.isEmpty()) {
        QString error;
        client = Client::fromSkillList(options.clientSkills, *workspace.store(), &error);
        if (!client) {
            err << tr("--client-skills: %1").arg(error) << Qt::endl;
            return false;
        }
    }
    if (client) {
        workspace.setClientSkills(client->skillSet(*workspace.store()), client->name);
        const QStringList unknown = client->unknownSkills(*workspace.store());
        if (!unknown.isEmpty())
            out << tr("Skills of the client this database does not know (left out): %1")
                       .arg(unknown.join(QLatin1String(", ")))
                << Qt::endl;
    }
    FilterExpression::Error filterError;
    if (!options.filter.isEmpty() && !workspace.setFilterExpression(options.filter, &filterError)) {
        err << tr("The filter is not valid: %1").arg(filterError.message) << Qt::endl;
        return false;
    }
    return true;
}

bool BatchExport::writeMatchingPostings(const Options &options, const Workspace &workspace, QTextStream &out,
                                        QTextStream &err)
{
    if (!options.csvFile.isEmpty()) {
        PostingTableModel table;
        table.setStore(workspace.store());
        table.setRows(workspace.result().rows);
        table.setClient(workspace.engine(), workspace.clientSkills());
        CsvExporter exporter;
        if (!exporter.writeFile(table, options.csvFile)) {
            err << exporter.errorString() << Qt::endl;
            return false;
        }
        out << tr("Wrote %1").arg(QDir::toNativeSeparators(options.csvFile)) << Qt::endl;
    }
    if (!options.jsonFile.isEmpty()) {
        DatasetJsonWriter writer;
        if (!writer.writeFile(workspace.matchingDatasetHeader(), workspace.matchingPostings(),
                              options.jsonFile)) {
            err << writer.errorString() << Qt::endl;
            return false;
        }
        out << tr("Wrote %1").arg(QDir::toNativeSeparators(options.jsonFile)) << Qt::endl;
    }
    return true;
}

bool BatchExport::writeCharts(const QList<ChartRequest> &charts, QSize chartSize, Workspace &workspace,
                              QTextStream &out, QTextStream &err)
{
    for (const ChartRequest &request : charts) {
        const QStringList caption = ChartExporter::caption(workspace);
        const std::unique_ptr<ChartExporter> exporter =
            request.kind == ChartKind::Gap
                ? GapChart::exporter(workspace, caption, request.clientNameInCaption)
                : ChartExporter::ofKind(request.kind, workspace, caption);
        if (!exporter->writeFile(request.fileName, chartSize)) {
            err << exporter->errorString() << Qt::endl;
            return false;
        }
        out << tr("Wrote %1").arg(QDir::toNativeSeparators(request.fileName)) << Qt::endl;
    }
    return true;
}

} // namespace jobexplorer
