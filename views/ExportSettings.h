#pragma once

#include "ChartExporter.h"

#include <QSize>
#include <QString>

namespace jobexplorer {

// What picture exports remember from one export (and run) to the next: the folder written to,
// the format and the size. Views ask through this interface; the application keeps the values.
class ExportSettings
{
public:
    struct Picture
    {
        QString folder; // empty: the home folder
        QString format = QStringLiteral("png");
        QSize size = ChartExporter::defaultSize;
    };

    virtual ~ExportSettings() = default;
    virtual Picture picture() const = 0;
    virtual void setPicture(const Picture &picture) = 0;
};

} // namespace jobexplorer
