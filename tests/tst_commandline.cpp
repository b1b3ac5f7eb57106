#include "DatasetJsonWriter.h"
#include "PostingDatabase.h"
#include "PostingStore.h"
#include "RandomDataset.h"
#include "SmallDisk.h"
#include "TestDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace jobexplorer;

// The jobexplorer binary end to end, as a user or a script runs it: no window, what was written
// on stdout, errors on stderr with a non-zero exit code and no partial files.
class tst_CommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void helpAndVersionNeedNoDisplay();
    void exportsChartsAndPostings();
    void comparesCohortsIntoAChart();
    void exportsAReport();
    void failsWithAMessageAndNoFiles_data();
    void failsWithAMessageAndNoFiles();
    void neverWritesOverTheOpenDatabase();
    void reportsAWriteToAFullDeviceAsFailed();
    void keepsTheOldFileWhenTheDiskIsFull();
    void keepsTheDatabaseWholeWhenAnImportIsKilled();
    void exportsTheGapOfAClientGivenBySkills();
    void exportsTheFitAndGapChartOfAClientFile();
    void refusesABadClientWithAMessageAndNoFiles_data();
    void refusesABadClientWithAMessageAndNoFiles();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments) const;

    QTemporaryDir m_dir;
    QString m_database;
};

void tst_CommandLine::initTestCase()
{
    m_database = test::writeDatabase(m_dir, test::sampleDataset());
}

tst_CommandLine::Run tst_CommandLine::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // As on a server: no display at all, and caches in a folder of the test's own.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(JOBEXPLORER_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void tst_CommandLine::helpAndVersionNeedNoDisplay()
{
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith(QStringLiteral("jobexplorer 0.")), qPrintable(version.out));
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--filter", "--export-csv", "--export-json", "--export-chart", "--chart-size",
                               "--export-report", "--report-title", "--page-size"})
        QVERIFY2(help.out.contains(QLatin1String(option)), option);
}

void tst_CommandLine::exportsChartsAndPostings()
{
    QTemporaryDir out;
    const QString png = out.filePath(QStringLiteral("seniority.png"));
    const QString csv = out.filePath(QStringLiteral("remote.csv"));
    const Run result =
        run({QStringLiteral("--filter"), QStringLiteral("mode:remote"), QStringLiteral("--export-chart"),
             QStringLiteral("seniority=") + png, QStringLiteral("--chart-size"), QStringLiteral("900x600"),
             QStringLiteral("--export-csv"), csv, m_database});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("2 of 6 postings match Work mode: Remote")),
             qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("Wrote ") + png));
    QVERIFY(result.out.contains(QStringLiteral("Wrote ") + csv));
    QImage image;
    QVERIFY(image.load(png));
    QCOMPARE(image.size(), QSize(900, 600));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 3);
}

void tst_CommandLine::comparesCohortsIntoAChart()
{
    QTemporaryDir out;
    const QString png = out.filePath(QStringLiteral("compare.png"));
    const QString bands = out.filePath(QStringLiteral("bands.svg"));
    const Run compared =
        run({QStringLiteral("--compare"), QStringLiteral("Paid=has:salary"), QStringLiteral("--compare"),
             QStringLiteral("High=salary>=200k"), QStringLiteral("--compare-band"), QStringLiteral("senior"),
             QStringLiteral("--export-chart"), QStringLiteral("compare=") + png,
             QStringLiteral("--chart-size"), QStringLiteral("800x600"), m_database});
    QVERIFY2(compared.exitCode == 0, qPrintable(compared.err));
    QVERIFY(compared.out.contains(QStringLiteral("Wrote ") + png));
    QImage image;
    QVERIFY(image.load(png));
    QCOMPARE(image.size(), QSize(800, 600));

    const Run banded = run({QStringLiteral("--export-chart"), QStringLiteral("bands=") + bands, m_database});
    QVERIFY2(banded.exitCode == 0, qPrintable(banded.err));
    QFile svg(bands);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("Scale AI"));

    const Run wrongKind =
        run({QStringLiteral("--compare"), QStringLiteral("A=has:salary"), QStringLiteral("--compare"),
             QStringLiteral("B=mode:remote"), QStringLiteral("--export-chart"),
             QStringLiteral("skills=") + out.filePath(QStringLiteral("s.png")), m_database});
    QCOMPARE(wrongKind.exitCode, 1);
    QVERIFY(wrongKind.err.contains(QStringLiteral("takes compare=FILE")));
}

void tst_CommandLine::exportsAReport()
{
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("handout.pdf"));
    const QString odt = out.filePath(QStringLiteral("handout.odt"));
    const QString html = out.filePath(QStringLiteral("compare.html"));
    // The matching postings as a PDF on Letter paper, with a title of the counselor's
    const Run report =
        run({QStringLiteral("--filter"), QStringLiteral("mode:remote"), QStringLiteral("--export-report"),
             pdf, QStringLiteral("--report-title"), QStringLiteral("Remote work in AI"),
             QStringLiteral("--page-size"), QStringLiteral("letter"), m_database});
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    QVERIFY(report.out.contains(QStringLiteral("Wrote ") + pdf));
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(pdfinfo.waitForFinished() && pdfinfo.exitCode() == 0, "pdfinfo (poppler-utils) is needed");
    const QString info = QString::fromUtf8(pdfinfo.readAllStandardOutput());
    QVERIFY2(info.contains(QStringLiteral("Title:           Remote work in AI")), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("612 x 792 pts (letter)")), qPrintable(info));

    // The same as an editable document, and a comparison of cohorts as a web page
    const Run editable = run({QStringLiteral("--export-report"), odt, m_database});
    QVERIFY2(editable.exitCode == 0, qPrintable(editable.err));
    QFile zip(odt);
    QVERIFY(zip.open(QIODevice::ReadOnly));
    QVERIFY(zip.read(2) == "PK");
    const Run compared =
        run({QStringLiteral("--compare"), QStringLiteral("Paid=has:salary"), QStringLiteral("--compare"),
             QStringLiteral("Remote=mode:remote"), QStringLiteral("--export-report"), html, m_database});
    QVERIFY2(compared.exitCode == 0, qPrintable(compared.err));
    QVERIFY(compared.out.contains(QStringLiteral("Wrote ") + html));
    QFile page(html);
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QByteArray text = page.readAll();
    QVERIFY(text.contains("Cohorts compared"));
    QVERIFY(text.contains(">Paid<"));
}

void tst_CommandLine::failsWithAMessageAndNoFiles_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad filter") << QStringList{QStringLiteral("--filter"), QStringLiteral("seniority:wizard"),
                                               QStringLiteral("--export-chart"),
                                               QStringLiteral("skills=@/s.png")}
                                << "The filter is not valid";
    QTest::newRow("unknown chart") << QStringList{QStringLiteral("--export-chart"),
                                                  QStringLiteral("pie=@/p.png")}
                                   << "Unknown chart kind";
    QTest::newRow("bad size") << QStringList{QStringLiteral("--export-chart"),
                                             QStringLiteral("skills=@/s.png"), QStringLiteral("--chart-size"),
                                             QStringLiteral("1600")}
                              << "--chart-size must be";
    QTest::newRow("unwritable") << QStringList{QStringLiteral("--export-chart"),
                                               QStringLiteral("skills=@/no/s.png")}
                                << "Could not write";
    QTest::newRow("report of unknown format")
        << QStringList{QStringLiteral("--export-report"), QStringLiteral("@/r.docx")}
        << "must end in .pdf, .odt or .html";
    QTest::newRow("report on unknown paper")
        << QStringList{QStringLiteral("--export-report"), QStringLiteral("@/r.pdf"),
                       QStringLiteral("--page-size"), QStringLiteral("A3")}
        << "--page-size must be A4 or Letter; got \"A3\".";
    QTest::newRow("report into a missing folder")
        << QStringList{QStringLiteral("--export-report"), QStringLiteral("@/no/r.pdf")} << "Could not write";
    QTest::newRow("report of cohorts, unknown paper")
        << QStringList{QStringLiteral("--compare"),       QStringLiteral("A=has:salary"),
                       QStringLiteral("--compare"),       QStringLiteral("B=mode:remote"),
                       QStringLiteral("--export-report"), QStringLiteral("@/r.pdf"),
                       QStringLiteral("--page-size"),     QStringLiteral("legal")}
        << "--page-size must be A4 or Letter";
    QTest::newRow("report title without a report")
        << QStringList{QStringLiteral("--export-csv"), QStringLiteral("@/p.csv"),
                       QStringLiteral("--report-title"), QStringLiteral("Hello")}
        << "--report-title and --page-size go with --export-report.";
    QTest::newRow("empty report file name")
        << QStringList{QStringLiteral("--export-report"), QString()} << "--export-report needs a file name";
    QTest::newRow("empty CSV file name") << QStringList{QStringLiteral("--export-csv"), QString()}
                                         << "--export-csv needs a file name; it was given an empty one.";
    QTest::newRow("empty JSON file name")
        << QStringList{QStringLiteral("--export-json"), QString()} << "--export-json needs a file name";
    QTest::newRow("empty database name")
        << QStringList{QStringLiteral("--export-csv"), QStringLiteral("@/p.csv"), QString()}
        << "The database file name is empty.";
    QTest::newRow("missing database")
        << QStringList{QStringLiteral("--export-csv"), QStringLiteral("@/p.csv"),
                       QStringLiteral("/nonexistent/x.sqlite")}
        << "Cannot open /nonexistent/x.sqlite";
}

void tst_CommandLine::failsWithAMessageAndNoFiles()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QTemporaryDir out;
    for (QString &argument : arguments)
        argument.replace(QLatin1Char('@'), out.path());
    if (!arguments.last().endsWith(QLatin1String(".sqlite")) && !arguments.last().isEmpty())
        arguments << m_database;
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(expected), qPrintable(result.err));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList());
}

void tst_CommandLine::neverWritesOverTheOpenDatabase()
{
    // Given a database, a symbolic link and a hard link to it
    QTemporaryDir out;
    const QString database = out.filePath(QStringLiteral("x.sqlite"));
    QVERIFY(QFile::copy(m_database, database));
    const QString symlink = out.filePath(QStringLiteral("link.sqlite"));
    QVERIFY(QFile::link(database, symlink));
    const QString hardLink = out.filePath(QStringLiteral("hard.png"));
    QCOMPARE(::link(QFile::encodeName(database).constData(), QFile::encodeName(hardLink).constData()), 0);
    QFile original(database);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    // When an export names it as its target, by any of these names
    const QList<QStringList> attempts{
        {QStringLiteral("--export-csv"), database, database},
        {QStringLiteral("--export-json"), symlink, database},
        {QStringLiteral("--export-chart"), QStringLiteral("skills=") + hardLink, database},
        {QStringLiteral("--export-csv"), database, symlink},
    };
    for (const QStringList &arguments : attempts) {
        const Run result = run(arguments);
        // Then the export is refused and the database is as it was
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("it is the database that is open")),
                 qPrintable(result.err));
        QVERIFY(!result.out.contains(QStringLiteral("Wrote")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), before);
        original.close();
    }
}

void tst_CommandLine::reportsAWriteToAFullDeviceAsFailed()
{
    if (!QFileInfo(QStringLiteral("/dev/full")).exists())
        QSKIP("This system has no /dev/full.");
    QTemporaryDir out;
    const QString link = out.filePath(QStringLiteral("full.csv"));
    QVERIFY(QFile::link(QStringLiteral("/dev/full"), link));
    const QList<QStringList> attempts{
        {QStringLiteral("--export-csv"), QStringLiteral("/dev/full")},
        {QStringLiteral("--export-json"), QStringLiteral("/dev/full")},
        {QStringLiteral("--export-csv"), link},
    };
    for (QStringList arguments : attempts) {
        // When postings are written to a device that is always full
        arguments << m_database;
        const Run result = run(arguments);
        // Then that is a failure, said as such, and the device is still a device
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("the disk is full")), qPrintable(result.err));
        QVERIFY(!result.out.contains(QStringLiteral("Wrote")));
        QVERIFY(!QFileInfo(QStringLiteral("/dev/full")).isFile());
    }
}

void tst_CommandLine::keepsTheOldFileWhenTheDiskIsFull()
{
    // Given a small disk of its own (a tmpfs: only root may mount one) holding a good chart
    test::SmallDisk disk;
    if (!disk.mount())
        QSKIP("A small disk cannot be mounted here (the test needs root); /dev/full covers the device case.");
    const QString chart = disk.filePath(QStringLiteral("skills.svg"));
    const Run first = run({QStringLiteral("--export-chart"), QStringLiteral("skills=") + chart, m_database});
    QCOMPARE(first.exitCode, 0);
    QFile written(chart);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray before = written.readAll();
    written.close();
    // ...and a filler that leaves less room than a chart needs
    QVERIFY(disk.fill());

    // When the chart is exported again, larger, over the good one
    const Run again = run({QStringLiteral("--export-chart"), QStringLiteral("skills=") + chart,
                           QStringLiteral("--chart-size"), QStringLiteral("4000x3000"), m_database});

    // Then the failure is reported and the good file is as it was
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("the disk is full")), qPrintable(again.err));
    QVERIFY(!again.out.contains(QStringLiteral("Wrote")));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), before);
}

void tst_CommandLine::keepsTheDatabaseWholeWhenAnImportIsKilled()
{
    // Given a copy of the sample database and a file of 8,000 other postings
    QTemporaryDir out;
    const QString database = out.filePath(QStringLiteral("killed.sqlite"));
    QVERIFY(QFile::copy(m_database, database));
    QFile::setPermissions(database, QFile::ReadOwner | QFile::WriteOwner);
    auto postingCount = [&database]() {
        QString error;
        const auto opened = PostingDatabase::open(database, &error, PostingDatabase::Check::Full);
        const auto store = opened ? opened->loadStore(&error) : nullptr;
        return store ? store->size() : -1;
    };
    const int before = postingCount();
    QCOMPARE(before, 6);
    QRandomGenerator random(15);
    const QString source = out.filePath(QStringLiteral("many.json"));
    DatasetJsonWriter writer;
    QVERIFY2(writer.writeFile(test::randomDataset(random, 8000), source), qPrintable(writer.errorString()));

    // When the import is killed (SIGKILL) while it is writing: its rollback journal is there
    QProcess process;
    process.start(QStringLiteral(JOBEXPLORER_BINARY), {QStringLiteral("--import"), source, database});
    QVERIFY(process.waitForStarted());
    const QString journal = database + QStringLiteral("-journal");
    QElapsedTimer waited;
    waited.start();
    while (!QFile::exists(journal) && process.state() == QProcess::Running && waited.elapsed() < 60000)
        QThread::usleep(200);
    const bool killedWhileWriting = process.state() == QProcess::Running && QFile::exists(journal);
    process.kill();
    QVERIFY(process.waitForFinished());
    if (!killedWhileWriting)
        QSKIP("The import finished before it could be killed while writing.");

    // Then the database opens, passes the full check and holds what it held before
    QCOMPARE(postingCount(), before);
    // And importing again adds what an import that was never killed adds
    const Run again = run({QStringLiteral("--import"), source, database});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    const int afterAgain = postingCount();
    QVERIFY(QFile::remove(database));
    QVERIFY(QFile::copy(m_database, database));
    QFile::setPermissions(database, QFile::ReadOwner | QFile::WriteOwner);
    const Run once = run({QStringLiteral("--import"), source, database});
    QVERIFY2(once.exitCode == 0, qPrintable(once.err));
    QVERIFY2(afterAgain > before + 1000, qPrintable(again.out));
    QCOMPARE(afterAgain, postingCount());
}

namespace {
QString readAll(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

void tst_CommandLine::exportsTheGapOfAClientGivenBySkills()
{
    // Given the bundled dataset's remote and hybrid postings (three, worked out by hand in
    // tst_skillgap) and a client with Python, Docker and AWS, in German
    QTemporaryDir out;
    const QString gap = out.filePath(QStringLiteral("gap.csv"));
    const Run result = run({QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--filter"),
                            QStringLiteral("mode:remote,hybrid"), QStringLiteral("--client-skills"),
                            QStringLiteral("Python, docker,AWS"), QStringLiteral("--export-gap"), gap});

    // Then the gap has one row per skill asked for, most asked for first, with an English header
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(gap));
    const QStringList lines = readAll(gap).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 19);
    QCOMPARE(lines.mid(0, 8),
             QStringList({QStringLiteral("skill,category,postings,share,status,unlocks"),
                          QStringLiteral("AWS,Cloud Platforms,2,0.667,held,0"),
                          QStringLiteral("Cloud Computing,Cloud Platforms,2,0.667,missing,0"),
                          QStringLiteral("Go,Programming Languages,2,0.667,missing,0"),
                          QStringLiteral("Kubernetes,Infrastructure & Orchestration,2,0.667,missing,0"),
                          QStringLiteral("Python,Programming Languages,2,0.667,held,0"),
                          QStringLiteral("Terraform,Infrastructure & Orchestration,2,0.667,missing,0"),
                          QStringLiteral("AI/ML Workloads,Domain & Practices,1,0.333,missing,0")}));
    QVERIFY(lines.contains(QStringLiteral("Docker,Infrastructure & Orchestration,1,0.333,held,0")));

    // And with fit>=0.25 as the filter, only Bluevine's posting (AWS: 2 of 8) is left
    const Run fitted = run({QStringLiteral("--filter"), QStringLiteral("mode:remote,hybrid fit>=25%"),
                            QStringLiteral("--client-skills"), QStringLiteral("Python,Docker,AWS"),
                            QStringLiteral("--export-csv"), out.filePath(QStringLiteral("fit.csv"))});
    QVERIFY2(fitted.exitCode == 0, qPrintable(fitted.err));
    const QStringList rows =
        readAll(out.filePath(QStringLiteral("fit.csv"))).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 2);
    QVERIFY2(rows.first().endsWith(QLatin1String(",Fit")), qPrintable(rows.first()));
    QVERIFY2(rows.last().startsWith(QLatin1String("Bluevine,")) &&
                 rows.last().endsWith(QLatin1String(",25%")),
             qPrintable(rows.last()));
}

void tst_CommandLine::exportsTheFitAndGapChartOfAClientFile()
{
    // Given a client file (as the Client panel exports it) with a skill this database lacks
    QTemporaryDir out;
    const QString client = out.filePath(QStringLiteral("client.json"));
    QFile file(client);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "jobexplorer-clients", "version": 1, "clients": [{"name": "Ana P.",
        "skills": [{"name": "Python", "level": "strong"}, {"name": "k8s", "level": "learning"},
                   {"name": "Basket Weaving", "level": "has"}]}]})");
    file.close();
    const QString csv = out.filePath(QStringLiteral("postings.csv"));
    const QString chart = out.filePath(QStringLiteral("gap.svg"));

    const QString report = out.filePath(QStringLiteral("report.html"));
    const Run result = run({QStringLiteral("--client"), client, QStringLiteral("--export-csv"), csv,
                            QStringLiteral("--export-chart"), QStringLiteral("gap=") + chart,
                            QStringLiteral("--export-report"), report, m_database});

    // Then the postings gain the Fit column, the chart names the client, and the unknown skill
    // is mentioned
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("does not know (left out): Basket Weaving")),
             qPrintable(result.out));
    QVERIFY(readAll(csv).section(QLatin1Char('\n'), 0, 0).trimmed().endsWith(QLatin1String(",Fit")));
    const QString svg = readAll(chart);
    QVERIFY(svg.contains(QStringLiteral("Client: Ana P.")));
    QVERIFY(svg.contains(QStringLiteral("Kubernetes")));
    // ...and the report ends with the client's section
    const QString html = readAll(report);
    for (const char *text :
         {"For Ana P.", "Skills held and missing", "Postings the client fits now", "Learning path"})
        QVERIFY2(html.contains(QLatin1String(text)), text);

    // And the name stays out when asked, of the chart and of the report
    const Run anonymous =
        run({QStringLiteral("--client"), client, QStringLiteral("--caption-without-client-name"),
             QStringLiteral("--export-chart"), QStringLiteral("gap=") + chart,
             QStringLiteral("--export-report"), report, m_database});
    QVERIFY2(anonymous.exitCode == 0, qPrintable(anonymous.err));
    QVERIFY(!readAll(chart).contains(QStringLiteral("Ana P.")));
    QVERIFY(!readAll(report).contains(QStringLiteral("Ana P.")));
    QVERIFY(readAll(report).contains(QStringLiteral("For the client")));

    // And a report without a client has no client section
    QVERIFY(run({QStringLiteral("--export-report"), report, m_database}).exitCode == 0);
    QVERIFY(!readAll(report).contains(QStringLiteral("Skills held and missing")));
}

void tst_CommandLine::refusesABadClientWithAMessageAndNoFiles_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("clientFile");
    QTest::addColumn<QString>("expected");
    const QStringList outputs{QStringLiteral("--export-gap"), QStringLiteral("@/gap.csv"),
                              QStringLiteral("--export-csv"), QStringLiteral("@/p.csv")};
    QTest::newRow("damaged client file")
        << (QStringList{QStringLiteral("--client"), QStringLiteral("@/c.json")} + outputs)
        << QByteArray("{\"format\": ") << "Cannot read clients from @/c.json: it is not JSON";
    QTest::newRow("newer client file")
        << (QStringList{QStringLiteral("--client"), QStringLiteral("@/c.json")} + outputs)
        << QByteArray("{\"format\": \"jobexplorer-clients\", \"version\": 9, \"clients\": []}")
        << "Cannot read clients from @/c.json: it is version 9 of the format";
    QTest::newRow("missing client file")
        << (QStringList{QStringLiteral("--client"), QStringLiteral("@/none.json")} + outputs) << QByteArray()
        << "Cannot read clients from @/none.json: the file does not exist.";
    QTest::newRow("unknown skill")
        << (QStringList{QStringLiteral("--client-skills"), QStringLiteral("Python,Cobol Wizardry")} + outputs)
        << QByteArray() << "unknown skill “Cobol Wizardry”";
    QTest::newRow("gap without a client") << outputs << QByteArray() << "The skill gap needs a client";
    QTest::newRow("fit without a client")
        << QStringList{QStringLiteral("--filter"), QStringLiteral("fit>=0.8"), QStringLiteral("--export-csv"),
                       QStringLiteral("@/p.csv")}
        << QByteArray() << "fit needs a client";
}

void tst_CommandLine::refusesABadClientWithAMessageAndNoFiles()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, clientFile);
    QFETCH(QString, expected);
    QTemporaryDir out;
    for (QString &argument : arguments)
        argument.replace(QLatin1Char('@'), out.path());
    expected.replace(QLatin1Char('@'), out.path());
    if (!clientFile.isEmpty()) {
        QFile file(out.filePath(QStringLiteral("c.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(clientFile);
    }
    const Run result = run(arguments << m_database);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(expected), qPrintable(result.err));
    QStringList files = QDir(out.path()).entryList(QDir::Files | QDir::NoDotAndDotDot);
    files.removeAll(QStringLiteral("c.json"));
    QCOMPARE(files, QStringList());
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
