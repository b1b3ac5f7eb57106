#include "ImportCommand.h"
#include "ImportMapping.h"
#include "SmallDisk.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace jobexplorer;

class tst_ImportCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shouldImportAndPrintASummary();
    void shouldFailWhenTheFileIsUnreadable();
    void shouldFailWhenNothingIsImported();
    void shouldFailOnAnUnknownMapping();
    void shouldReportNothingImportedWhenTheDiskIsFull();
    void shouldNameAMappingFileWhoseTitleColumnIsMissing();

private:
    int run(const ImportCommand::Options &options);
    QTemporaryDir m_dir;
    QString m_out;
    QString m_err;
};

void tst_ImportCommand::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

int tst_ImportCommand::run(const ImportCommand::Options &options)
{
    m_out.clear();
    m_err.clear();
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    return ImportCommand::run(options, out, err);
}

void tst_ImportCommand::shouldImportAndPrintASummary()
{
    const QString database = m_dir.filePath(QStringLiteral("cli.sqlite"));
    QCOMPARE(run({QFINDTESTDATA("data/linkedin_postings.csv"), QStringLiteral("linkedin"), database, false}),
             0);
    QVERIFY2(m_out.contains(QLatin1String("Read 8 rows")), qPrintable(m_out));
    QVERIFY(m_out.contains(QLatin1String("Imported: 4")));
    QVERIFY(m_out.contains(QLatin1String("Skipped as duplicates: 1")));
    QVERIFY(m_out.contains(QLatin1String("Rejected: 3")));
    QVERIFY(m_out.contains(QLatin1String("line 8, column title: no title")));
    QVERIFY(QFile::exists(database));
    // Appending the same file imports nothing: exit code 1
    QCOMPARE(run({QFINDTESTDATA("data/linkedin_postings.csv"), {}, database, false}), 1);
    QVERIFY(m_out.contains(QLatin1String("Skipped as duplicates: 5")));
    QVERIFY(m_err.contains(QLatin1String("Nothing could be imported")));
}

void tst_ImportCommand::shouldFailWhenTheFileIsUnreadable()
{
    const QString database = m_dir.filePath(QStringLiteral("none.sqlite"));
    QCOMPARE(run({m_dir.filePath(QStringLiteral("missing.csv")), {}, database, false}), 1);
    QVERIFY2(m_err.contains(QLatin1String("missing.csv")), qPrintable(m_err));
    QVERIFY(!QFile::exists(database));
    QCOMPARE(run({QFINDTESTDATA("data/linkedin_postings.csv"), {}, QString(), false}), 1);
    QVERIFY(m_err.contains(QLatin1String("DATABASE")));
}

void tst_ImportCommand::shouldFailWhenNothingIsImported()
{
    const QString database = m_dir.filePath(QStringLiteral("abort.sqlite"));
    QCOMPARE(run({QFINDTESTDATA("data/linkedin_postings.csv"), {}, database, true}), 1);
    QVERIFY2(m_err.contains(QLatin1String("aborted")), qPrintable(m_err));
    QVERIFY(!QFile::exists(database));
}

void tst_ImportCommand::shouldFailOnAnUnknownMapping()
{
    QCOMPARE(run({QFINDTESTDATA("data/linkedin_postings.csv"), QStringLiteral("monster"),
                  m_dir.filePath(QStringLiteral("x.sqlite")), false}),
             1);
    QVERIFY2(m_err.contains(QLatin1String("monster")), qPrintable(m_err));
}

void tst_ImportCommand::shouldNameAMappingFileWhoseTitleColumnIsMissing()
{
    // Given a saved mapping taking the title from a column the file does not have
    ImportMapping mapping;
    mapping.setName(QStringLiteral("other export"));
    mapping.setColumn(ImportMapping::Field::Title, QStringLiteral("Job title"));
    mapping.setColumn(ImportMapping::Field::Company, QStringLiteral("company_name"));
    const QString mappingFile = m_dir.filePath(QStringLiteral("other-export.json"));
    QString error;
    QVERIFY2(mapping.save(mappingFile, &error), qPrintable(error));

    // When a file is imported with it
    const QString database = m_dir.filePath(QStringLiteral("wrong-mapping.sqlite"));
    QCOMPARE(run({QFINDTESTDATA("data/linkedin_postings.csv"), mappingFile, database, false}), 1);

    // Then the message names the mapping file and the missing column, and nothing is written
    QVERIFY2(m_err.contains(QDir::toNativeSeparators(mappingFile)), qPrintable(m_err));
    QVERIFY2(m_err.contains(QStringLiteral("no column “Job title”")), qPrintable(m_err));
    QVERIFY2(!m_err.contains(QLatin1String("no column is mapped")), qPrintable(m_err));
    QVERIFY(!QFile::exists(database));
}

void tst_ImportCommand::shouldReportNothingImportedWhenTheDiskIsFull()
{
    // Given a small disk of its own (a tmpfs: only root may mount one)
    test::SmallDisk disk;
    if (!disk.mount())
        QSKIP("A small disk cannot be mounted here (the test needs root).");
    // ...holding a database of the Lightcast fixture, then filled up
    const QString database = disk.filePath(QStringLiteral("full.sqlite"));
    QCOMPARE(run({QFINDTESTDATA("data/lightcast_postings.csv"), {}, database, false}), 0);
    QVERIFY(disk.fill());
    auto hash = [](const QString &fileName) {
        QFile file(fileName);
        return file.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    };
    const QByteArray before = hash(database);

    // When other postings are appended to it, and imported into a new database beside it
    for (const QString &target : {database, disk.filePath(QStringLiteral("new.sqlite"))}) {
        QCOMPARE(run({QFINDTESTDATA("data/linkedin_postings.csv"), {}, target, false}), 1);
        // Then the failure is reported and no count of imported postings is printed
        QVERIFY2(m_err.contains(QDir::toNativeSeparators(target)), qPrintable(m_err));
        QVERIFY2(m_out.contains(QLatin1String("Read 8 rows")), qPrintable(m_out));
        QVERIFY2(!m_out.contains(QLatin1String("Imported")), qPrintable(m_out));
        QVERIFY2(!m_out.contains(QLatin1String("Wrote")), qPrintable(m_out));
    }
    // And the database is as it was, the new one not there
    QCOMPARE(hash(database), before);
    QVERIFY(!QFile::exists(disk.filePath(QStringLiteral("new.sqlite"))));
}

QTEST_GUILESS_MAIN(tst_ImportCommand)
#include "tst_importcommand.moc"
