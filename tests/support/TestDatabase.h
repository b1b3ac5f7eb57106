#pragma once

#include "Dataset.h"
#include "FilterEngine.h"
#include "PostingDatabase.h"
#include "PostingStore.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <initializer_list>
#include <memory>

namespace jobexplorer::test {

// The sample dataset in tests/data/sample.json: five postings copied from the December 2025
// report, with their skills. Fails the calling test (QVERIFY) when it cannot be read.
Dataset sampleDataset();

// Writes dataset as a database named fileName inside dir and returns its path.
QString writeDatabase(const QTemporaryDir &dir, const Dataset &dataset,
                      const QString &fileName = QStringLiteral("sample.sqlite"));

// A database written from a dataset, opened and loaded into a store and an engine. After a
// failure the parts not made are null and the calling test has failed (QTest::qFail).
struct LoadedDatabase
{
    QString path;
    std::unique_ptr<PostingDatabase> database;
    std::unique_ptr<PostingStore> store;
    std::unique_ptr<FilterEngine> engine;
};
LoadedDatabase loadDatabase(const QTemporaryDir &dir, const Dataset &dataset, const QString &fileName);

// Test data written as plain (UTF-8) literals.
QStringList strings(std::initializer_list<const char *> items);

} // namespace jobexplorer::test
