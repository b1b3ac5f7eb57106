#include "BatchExport.h"
#include "DatasetReader.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QImage>
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
    void shouldWriteChartsAtTheRequestedSize();
    void shouldRefuseBadChartRequestsBeforeWritingAnything_data();
    void shouldRefuseBadChartRequestsBeforeWritingAnything();

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
    const int code =
        BatchExport::run({m_path, QStringLiteral("seniority:senior"), csv, json, {}, {}}, out, err);

    QCOMPARE(code, 0);
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
    QVERIFY2(output.startsWith(QStringLiteral("2 of 6 postings match Seniority: Senior")),
             qPrintable(output));
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
    QTest::newRow("missing database") << "/nonexistent/postings.sqlite"
                                      << ""
                                      << "out.csv"
                                      << "Cannot open /nonexistent/postings.sqlite: the file does not exist.";
    QTest::newRow("bad filter") << ""
                                << "seniority:wizard"
                                << "out.csv"
                                << "unknown seniority “wizard”";
    QTest::newRow("folder as file") << ""
                                    << ""
                                    << "."
                                    << "it is a folder";
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
    const int code =
        BatchExport::run({database.isEmpty() ? m_path : database, filter, target, {}, {}, {}}, out, err);
    QCOMPARE(code, 1);
    QVERIFY2(errors.contains(expected), qPrintable(errors));
    if (csv != QLatin1String("."))
        QVERIFY(!QFile::exists(target));
}

void tst_BatchExport::shouldWriteChartsAtTheRequestedSize()
{
    QString output, errors;
    QTextStream out(&output), err(&errors);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("skills.png"));
    const QString svg = dir.filePath(QStringLiteral("salary.svg"));
    const QString pdf = dir.filePath(QStringLiteral("modes.pdf"));
    const int code = BatchExport::run({m_path,
                                       QStringLiteral("has:salary"),
                                       {},
                                       {},
                                       {QStringLiteral("skills=") + png, QStringLiteral("salary=") + svg,
                                        QStringLiteral("WorkMode=") + pdf},
                                       QStringLiteral("800x500")},
                                      out, err);
    QCOMPARE(code, 0);
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
    QVERIFY(output.contains(QStringLiteral("Wrote ") + QDir::toNativeSeparators(png)));
    QVERIFY(output.contains(QStringLiteral("Wrote ") + QDir::toNativeSeparators(pdf)));
    QImage image;
    QVERIFY(image.load(png));
    QCOMPARE(image.size(), QSize(800, 500));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("Filter: with a salary"));
    QVERIFY(QFile::exists(pdf));
}

void tst_BatchExport::shouldRefuseBadChartRequestsBeforeWritingAnything_data()
{
    QTest::addColumn<QStringList>("charts");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown kind")
        << QStringList{QStringLiteral("pie=pie.png")} << QString()
        << "Unknown chart kind \"pie\": choose one of skills, seniority, roles, workmode, "
           "types, locations, salary, bands, gap.";
    QTest::newRow("no file") << QStringList{QStringLiteral("skills")} << QString()
                             << "--export-chart needs KIND=FILE";
    QTest::newRow("unknown format") << QStringList{QStringLiteral("skills=skills.gif")} << QString()
                                    << "the file name must end in .png, .svg or .pdf";
    QTest::newRow("bad size") << QStringList{QStringLiteral("skills=skills.png")} << QStringLiteral("big")
                              << "--chart-size must be WIDTHxHEIGHT";
    QTest::newRow("tiny size") << QStringList{QStringLiteral("skills=skills.png")} << QStringLiteral("10x10")
                               << "--chart-size must be WIDTHxHEIGHT";
    QTest::newRow("unwritable") << QStringList{QStringLiteral("skills=missing/skills.png")} << QString()
                                << "Could not write";
}

void tst_BatchExport::shouldRefuseBadChartRequestsBeforeWritingAnything()
{
    QFETCH(QStringList, charts);
    QFETCH(QString, size);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QStringList requests;
    for (const QString &chart : std::as_const(charts)) {
        const qsizetype equals = chart.indexOf(QLatin1Char('='));
        requests << (equals < 0 ? chart : chart.left(equals + 1) + dir.filePath(chart.mid(equals + 1)));
    }
    const QString csv = dir.filePath(QStringLiteral("postings.csv"));
    QString output, errors;
    QTextStream out(&output), err(&errors);
    const int code = BatchExport::run({m_path, {}, csv, {}, requests, size}, out, err);
    QCOMPARE(code, 1);
    QVERIFY2(errors.contains(expected), qPrintable(errors));
    if (qstrcmp(QTest::currentDataTag(), "unwritable") != 0)
        QVERIFY(!QFile::exists(csv)); // checked before anything was written
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral(".png")), QStringList());
}

QTEST_MAIN(tst_BatchExport)
#include "tst_batchexport.moc"
