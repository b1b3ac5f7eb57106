#pragma once

#include <QString>

class QWidget;

namespace jobexplorer {

class ChartExporter;
class ExportSettings;

// The one way a view exports a chart as a picture: ChartExportDialog asks for the file, format
// and size, starting from the last choice in the settings; the choice is remembered and the
// exporter writes the file.
class PictureExport final
{
public:
    struct Result
    {
        QString fileName; // the file written; empty when cancelled or failed
        QString error;    // why writing failed
    };

    // settings may be nullptr: the dialog then starts in the home folder and nothing is
    // remembered. The dialog is modal over parent.
    static Result run(QWidget *parent, ExportSettings *settings, ChartExporter &exporter,
                      const QString &baseName);
};

} // namespace jobexplorer
