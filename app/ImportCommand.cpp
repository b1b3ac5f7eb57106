#include "ImportCommand.h"

#include "BundledData.h"
#include "ImportSource.h"
#include "PostingImporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QTextStream>

namespace jobexplorer {

namespace {

constexpr int MaxRejectedShown = 50;

} // namespace

QString ImportCommand::summaryText(const ImportSummary &summary, const QString &file, int maxRejected,
                                   bool written)
{
    const QLocale locale;
    QString text = tr("Read %1 rows from %2 (mapping: %3)\n")
                       .arg(locale.toString(summary.read), QDir::toNativeSeparators(file),
                            summary.mappingName.isEmpty() ? tr("by column names") : summary.mappingName);
    // A failed import added nothing, whatever rows it had converted: its message says so.
    if (written)
        text += tr("Imported: %1\n").arg(locale.toString(summary.imported));
    text += tr("Skipped as duplicates: %1\n").arg(locale.toString(summary.duplicates));
    text += tr("Rejected: %1\n").arg(locale.toString(summary.rejected.size()));
    if (summary.newSkills > 0)
        text += tr("New skills (uncategorised): %1\n").arg(locale.toString(summary.newSkills));
    const bool csv = !file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    for (qsizetype i = 0; i < summary.rejected.size() && i < maxRejected; ++i) {
        const RejectedRow &row = summary.rejected.at(i);
        const QString where = csv ? tr("line %1").arg(row.line) : tr("item %1").arg(row.line);
        text += tr("  %1, column %2: %3\n").arg(where, row.column, row.reason);
    }
    if (summary.rejected.size() > maxRejected)
        text += tr("  … and %1 more\n").arg(locale.toString(summary.rejected.size() - maxRejected));
    return text;
}

int ImportCommand::run(const Options &options, QTextStream &out, QTextStream &err)
{
    if (options.database.isEmpty()) {
        err << tr("--import needs the DATABASE to create or append to, e.g. jobexplorer --import "
                  "postings.csv "
                  "postings.sqlite")
            << Qt::endl;
        return 1;
    }
    ImportSettings settings;
    settings.abortOnBadRow = options.abortOnBadRow;
    if (!options.mapping.isEmpty()) {
        QString error;
        settings.mapping = ImportMapping::load(options.mapping, &error);
        if (!settings.mapping) {
            err << error << Qt::endl;
            return 1;
        }
    }
    QElapsedTimer timer;
    timer.start();
    ImportSummary summary;
    QString error;
    const bool ok = PostingImporter::run(options.file, options.database, resources::skillTaxonomyFile(),
                                         settings, summary, &error);
    if (summary.read > 0 || !summary.rejected.isEmpty())
        out << summaryText(summary, options.file, MaxRejectedShown, ok);
    if (!ok) {
        err << error << Qt::endl;
        return 1;
    }
    out << tr("Wrote %1 in %2 s")
               .arg(QDir::toNativeSeparators(options.database),
                    QLocale().toString(double(timer.elapsed()) / 1000.0, 'f', 1))
        << Qt::endl;
    return 0;
}

} // namespace jobexplorer
