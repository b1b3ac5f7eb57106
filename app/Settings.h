#pragma once

#include "ChartExporter.h"
#include "ExportSettings.h"

#include <QByteArray>
#include <QSettings>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace jobexplorer {

// One typed setting: its key and default live here, in one place, never as strings in views.
template <typename T> class Setting final
{
public:
    Setting(const char *key, T defaultValue) : m_key(QLatin1String(key)), m_default(std::move(defaultValue))
    {
    }

    T value() const { return QSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>(); }
    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_key); }

private:
    QString m_key;
    T m_default;
};

namespace settings {
inline const Setting<QByteArray> windowGeometry{"window/geometry", {}};
inline const Setting<QByteArray> windowState{"window/state", {}};
// The posting table's columns: order, visibility, widths and sort column (PostingTableView::saveColumns()).
inline const Setting<QByteArray> tableHeaderState{"table/headerState", {}};
inline const Setting<QStringList> recentFiles{"files/recent", {}};
inline const Setting<QString> lastDatabase{"files/last", {}}; // reopened at start without an argument
// Where File ▸ Open Database starts: the folder of the file last chosen there (empty: documents).
inline const Setting<QString> openFolder{"files/openFolder", {}};
// The bundled dataset's title, which names its copy in the cache folder in Open Recent.
inline const Setting<QString> bundledTitle{"files/bundledTitle", {}};
inline constexpr int maxRecentFiles = 8;
inline const Setting<QString> language{"ui/language", {}}; // empty: the system's language
inline const Setting<QSize> chartExportSize{"charts/exportSize", ChartExporter::defaultSize};
inline const Setting<QString> chartExportFormat{"charts/exportFormat", QStringLiteral("png")};
inline const Setting<QString> chartExportFolder{"charts/exportFolder", {}};
} // namespace settings

// The views' picture exports remember their last folder, format and size in the settings above.
class StoredExportSettings final : public ExportSettings
{
public:
    Picture picture() const override
    {
        return {settings::chartExportFolder.value(), settings::chartExportFormat.value(),
                settings::chartExportSize.value()};
    }
    void setPicture(const Picture &picture) override
    {
        settings::chartExportFolder.setValue(picture.folder);
        settings::chartExportFormat.setValue(picture.format);
        settings::chartExportSize.setValue(picture.size);
    }
};

} // namespace jobexplorer
