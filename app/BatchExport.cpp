#include "BatchExport.h"

#include "BundledData.h"
#include "BundledDataset.h"
#include "CsvExporter.h"
#include "DatasetJsonWriter.h"
#include "PostingFormat.h"
#include "PostingStore.h"
#include "PostingTableModel.h"
#include "Workspace.h"

#include <QDir>
#include <QTextStream>

namespace jobexplorer {

int BatchExport::run(const Options &options, QTextStream &out, QTextStream &err)
{
    QString database = options.database;
    if (database.isEmpty()) {
        QString error;
        database = BundledDataset::ensureDatabase(resources::bundledDatasetFiles(), &error);
        if (database.isEmpty()) {
            err << error << Qt::endl;
            return 1;
        }
    }
    Workspace workspace;
    if (!workspace.open(database)) {
        err << workspace.errorString() << Qt::endl;
        return 1;
    }
    FilterExpression::Error filterError;
    if (!options.filter.isEmpty() && !workspace.setFilterExpression(options.filter, &filterError)) {
        err << tr("The filter is not valid: %1").arg(filterError.message) << Qt::endl;
        return 1;
    }
    const QString matching = tr("%1 of %2 match %3")
                                 .arg(QLocale().toString(workspace.result().matchCount()),
                                      PostingFormat::postingCount(workspace.store()->size()),
                                      workspace.filterDescription());
    out << matching << Qt::endl;

    if (!options.csvFile.isEmpty()) {
        PostingTableModel table;
        table.setStore(workspace.store());
        table.setRows(workspace.result().rows);
        CsvExporter exporter;
        if (!exporter.writeFile(table, options.csvFile)) {
            err << exporter.errorString() << Qt::endl;
            return 1;
        }
        out << tr("Wrote %1").arg(QDir::toNativeSeparators(options.csvFile)) << Qt::endl;
    }
    if (!options.jsonFile.isEmpty()) {
        DatasetJsonWriter writer;
        if (!writer.writeFile(workspace.matchingDataset(), options.jsonFile)) {
            err << writer.errorString() << Qt::endl;
            return 1;
        }
        out << tr("Wrote %1").arg(QDir::toNativeSeparators(options.jsonFile)) << Qt::endl;
    }
    return 0;
}

} // namespace jobexplorer
