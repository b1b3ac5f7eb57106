// ImportMapping::load() over a file of any bytes (a saved column mapping); a mapping it accepts must
// come back the same when saved and loaded again.
#include "FuzzData.h"
#include "ImportMapping.h"

#include <QFile>
#include <QTemporaryDir>

using namespace jobexplorer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("input.json"));
    QFile file(input);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(fuzz::bytes(data, size)) != qint64(size))
        qFatal("Cannot write %s", qPrintable(input));
    file.close();

    QString error;
    const std::optional<ImportMapping> mapping = ImportMapping::load(input, &error);
    if (!mapping) {
        if (error.isEmpty())
            qFatal("ImportMapping::load() refused a file without saying why");
        return 0;
    }
    const QString saved = dir.filePath(QStringLiteral("saved.json"));
    if (!mapping->save(saved, &error))
        qFatal("Cannot save a loaded mapping: %s", qPrintable(error));
    if (ImportMapping::load(saved, &error) != mapping)
        qFatal("A mapping saved and loaded again changed: %s", qPrintable(error));
    return 0;
}
