#pragma once

#include "Dataset.h"

#include <QString>
#include <QTemporaryDir>

namespace jobexplorer::test {

// The sample dataset in tests/data/sample.json: five postings copied from the December 2025
// report, with their skills. Fails the calling test (QVERIFY) when it cannot be read.
Dataset sampleDataset();

// Writes dataset as a database named fileName inside dir and returns its path.
QString writeDatabase(const QTemporaryDir &dir, const Dataset &dataset,
                      const QString &fileName = QStringLiteral("sample.sqlite"));

} // namespace jobexplorer::test
