#include "FuzzData.h"

#include "BundledData.h"
#include "DatasetReader.h"
#include "DatasetWriter.h"
#include "PostingDatabase.h"
#include "PostingStore.h"

#include <QTemporaryDir>

#include <memory>

namespace jobexplorer::fuzz {

QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

QString text(const std::uint8_t *data, std::size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

QByteArray printable(const QString &text)
{
    QByteArray line;
    for (const char c : text.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\')
            line.append('\\').append(c);
        else if (c == '\n')
            line.append("\\n");
        else if (byte < 0x20 || byte == 0x7f)
            line.append(QByteArray("\\x") + QByteArray::number(byte, 16).rightJustified(2, '0'));
        else
            line.append(c);
    }
    return line;
}

const Dataset &bundledDataset()
{
    static const Dataset dataset = [] {
        Dataset read;
        DatasetReader reader;
        for (const QString &file : resources::bundledDatasetFiles()) {
            if (!reader.readFile(file, read))
                qFatal("%s", qPrintable(reader.errorString()));
        }
        return read;
    }();
    return dataset;
}

const FilterEngine &bundledEngine()
{
    struct Loaded
    {
        std::unique_ptr<PostingStore> store; // the engine keeps a reference to it
        std::unique_ptr<FilterEngine> engine;
    };
    static const Loaded loaded = [] {
        const QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundled.sqlite"));
        DatasetWriter writer;
        if (!writer.write(bundledDataset(), path))
            qFatal("%s", qPrintable(writer.errorString()));
        QString error;
        const std::unique_ptr<PostingDatabase> database = PostingDatabase::open(path, &error);
        Loaded result;
        if (database)
            result.store = database->loadStore(&error);
        if (!result.store)
            qFatal("%s", qPrintable(error));
        result.engine = std::make_unique<FilterEngine>(*result.store);
        return result;
    }();
    return *loaded.engine;
}

} // namespace jobexplorer::fuzz
