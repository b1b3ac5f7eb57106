#include "PictureExport.h"

#include "ChartExportDialog.h"
#include "ChartExporter.h"
#include "ExportSettings.h"

#include <QDir>
#include <QFileInfo>

namespace jobexplorer {

PictureExport::Result PictureExport::run(QWidget *parent, ExportSettings *settings, ChartExporter &exporter,
                                         const QString &baseName)
{
    const ExportSettings::Picture last = settings ? settings->picture() : ExportSettings::Picture{};
    ChartExportDialog dialog(parent);
    dialog.setFileName(QDir(last.folder.isEmpty() ? QDir::homePath() : last.folder)
                           .filePath(baseName + QLatin1Char('.') + last.format));
    dialog.setPictureSize(last.size);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const QString fileName = dialog.fileName();
    if (settings)
        settings->setPicture({QFileInfo(fileName).absolutePath(), QFileInfo(fileName).suffix().toLower(),
                              dialog.pictureSize()});
    if (!exporter.writeFile(fileName, dialog.pictureSize()))
        return {QString(), exporter.errorString()};
    return {fileName, QString()};
}

} // namespace jobexplorer
