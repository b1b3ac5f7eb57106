#include "CohortFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace jobexplorer;

class tst_CohortFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldReadBackWhatItWrote();
    void shouldWriteTheDocumentedFormat();
    void shouldRefuseBadFiles_data();
    void shouldRefuseBadFiles();
    void shouldNameTheFileWhenItCannotBeReadOrWritten();
};

void tst_CohortFile::shouldReadBackWhatItWrote()
{
    // Given cohorts with non-ASCII names, quotes and an empty filter
    const QList<Cohort> cohorts{
        {QStringLiteral("Senior · AI Infra · Bay Area"),
         QStringLiteral("seniority:senior location:\"San Francisco Bay Area\"")},
        {QStringLiteral("Zürich \"high\""), QStringLiteral("location:zurich salary>=150k")},
        {QStringLiteral("Everything"), QString()},
    };
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cohorts.json"));
    // When they are written and read back
    QString error;
    QVERIFY2(CohortFile::writeFile(cohorts, path, &error), qPrintable(error));
    const auto read = CohortFile::readFile(path, &error);
    // Then they are the same
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(*read, cohorts);
}

void tst_CohortFile::shouldWriteTheDocumentedFormat()
{
    const QByteArray json = CohortFile::toJson({{QStringLiteral("High"), QStringLiteral("salary>=230k")}});
    QCOMPARE(QJsonDocument::fromJson(json).object(),
             QJsonDocument::fromJson(R"({"format": "jobexplorer-cohorts", "version": 1,
                                         "cohorts": [{"name": "High", "filter": "salary>=230k"}]})")
                 .object());
}

void tst_CohortFile::shouldRefuseBadFiles_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << "it is not JSON";
    QTest::newRow("not JSON") << QByteArray("name,filter\nA,b\n") << "it is not JSON";
    QTest::newRow("a JSON list") << QByteArray("[]") << "it is not a cohort file";
    QTest::newRow("another format") << QByteArray(R"({"format": "jobexplorer-dataset", "version": 1})")
                                    << "it is not a cohort file";
    QTest::newRow("no version") << QByteArray(R"({"format": "jobexplorer-cohorts", "cohorts": []})")
                                << "\"version\" is missing";
    QTest::newRow("newer version") << QByteArray(
                                          R"({"format": "jobexplorer-cohorts", "version": 2, "cohorts": []})")
                                   << "it is version 2 of the format; this program reads up to version 1.";
    QTest::newRow("no list") << QByteArray(R"({"format": "jobexplorer-cohorts", "version": 1})")
                             << "it has no \"cohorts\" list.";
    QTest::newRow("no name") << QByteArray(R"({"format": "jobexplorer-cohorts", "version": 1,
                                               "cohorts": [{"name": "A", "filter": ""}, {"filter": "has:salary"}]})")
                             << "cohort 2 has no name.";
    QTest::newRow("no filter") << QByteArray(R"({"format": "jobexplorer-cohorts", "version": 1,
                                                 "cohorts": [{"name": "A", "filter": 3}]})")
                               << "cohort 1 (“A”) has no filter.";
}

void tst_CohortFile::shouldRefuseBadFiles()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
    file.close();
    QString error;
    QVERIFY(!CohortFile::readFile(path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot read cohorts from ") + path), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void tst_CohortFile::shouldNameTheFileWhenItCannotBeReadOrWritten()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!CohortFile::readFile(dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY2(error.endsWith(QStringLiteral("missing.json: the file does not exist.")), qPrintable(error));
    QVERIFY(!CohortFile::readFile(dir.path(), &error));
    QVERIFY2(error.endsWith(QStringLiteral("it is a folder.")), qPrintable(error));
    QVERIFY(!CohortFile::writeFile({}, dir.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("it is a folder.")), qPrintable(error));
    const QString inMissingFolder = dir.filePath(QStringLiteral("no/such/folder/cohorts.json"));
    QVERIFY(!CohortFile::writeFile({}, inMissingFolder, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot write ") + inMissingFolder), qPrintable(error));
    QVERIFY(!QFile::exists(inMissingFolder));
}

QTEST_GUILESS_MAIN(tst_CohortFile)
#include "tst_cohortfile.moc"
