#include "TestDatabase.h"

#include "DatasetReader.h"
#include "DatasetWriter.h"

#include <QTest>

namespace jobexplorer::test {

Dataset sampleDataset()
{
    Dataset dataset;
    DatasetReader reader;
    const bool ok = reader.readFile(QStringLiteral(JOBEXPLORER_TEST_DATA "/sample.json"), dataset);
    if (!ok)
        QTest::qFail(qPrintable(reader.errorString()), __FILE__, __LINE__);
    return dataset;
}

QString writeDatabase(const QTemporaryDir &dir, const Dataset &dataset, const QString &fileName)
{
    const QString path = dir.filePath(fileName);
    DatasetWriter writer;
    if (!writer.write(dataset, path))
        QTest::qFail(qPrintable(writer.errorString()), __FILE__, __LINE__);
    return path;
}

LoadedDatabase loadDatabase(const QTemporaryDir &dir, const Dataset &dataset, const QString &fileName)
{
    LoadedDatabase loaded;
    loaded.path = writeDatabase(dir, dataset, fileName);
    QString error;
    loaded.database = PostingDatabase::open(loaded.path, &error);
    if (loaded.database)
        loaded.store = loaded.database->loadStore(&error);
    // As a chosen client does in the app: which mentions are preferred, for the fit.
    if (loaded.store && !loaded.database->loadPreferredMentions(*loaded.store, &error))
        loaded.store.reset();
    if (loaded.store)
        loaded.engine = std::make_unique<FilterEngine>(*loaded.store);
    else
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return loaded;
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

} // namespace jobexplorer::test
