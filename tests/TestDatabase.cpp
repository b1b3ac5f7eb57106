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

} // namespace jobexplorer::test
