#include "BatchExport.h"
#include "DatasetReader.h"
#include "TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace jobexplorer;

class tst_BatchExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shouldWriteTheMatchingPostingsWithoutAWindow();
    void shouldFailClearly_data();
    void shouldFailClearly();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_BatchExport::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_path = test::writeDatabase(m_dir, test::sampleDataset());
}

void tst_BatchExport::shouldWriteTheMatchingPostingsWithoutAWindow()
{
    QString output, errors;
    QTextStream out(&output), err(&errors);
    const QString csv = m_dir.filePath(QStringLiteral("senior.csv"));
    const QString json = m_dir.filePath(QStringLiteral("senior.json"));
    const int code = BatchExport::run({m_path, QStringLiteral("seniority:senior"), csv, json}, out, err);

    QCOMPARE(code, 0);
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
    QVERIFY2(output.startsWith(QStringLiteral("2 of 6 postings match Seniority: Senior")), qPrintable(output));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 4); // header, NVIDIA, Bluevine, and the empty rest after the last line end
    QVERIFY(lines.at(1).startsWith("NVIDIA,"));
    Dataset dataset;
    DatasetReader reader;
    QVERIFY2(reader.readFile(json, dataset), qPrintable(reader.errorString()));
    QCOMPARE(dataset.postings.size(), 2);
    QCOMPARE(dataset.postings.at(1).company, QStringLiteral("Bluevine"));
}

void tst_BatchExport::shouldFailClearly_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing database") << "/nonexistent/postings.sqlite" << "" << "out.csv"
                                      << "Cannot open /nonexistent/postings.sqlite: the file does not exist.";
    QTest::newRow("bad filter") << "" << "seniority:wizard" << "out.csv" << "unknown seniority “wizard”";
    QTest::newRow("folder as file") << "" << "" << "." << "it is a folder";
}

void tst_BatchExport::shouldFailClearly()
{
    QFETCH(QString, database);
    QFETCH(QString, filter);
    QFETCH(QString, csv);
    QFETCH(QString, expected);
    QString output, errors;
    QTextStream out(&output), err(&errors);
    const QString target = csv == QLatin1String(".") ? m_dir.path() : m_dir.filePath(csv);
    const int code = BatchExport::run({database.isEmpty() ? m_path : database, filter, target, {}}, out, err);
    QCOMPARE(code, 1);
    QVERIFY2(errors.contains(expected), qPrintable(errors));
    if (csv != QLatin1String("."))
        QVERIFY(!QFile::exists(target));
}

QTEST_GUILESS_MAIN(tst_BatchExport)
#include "tst_batchexport.moc"
