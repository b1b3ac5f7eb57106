#include "BundledData.h"
#include "CsvExporter.h"
#include "DatasetJsonWriter.h"
#include "DatasetWriter.h"
#include "ImportPreviewModel.h"
#include "PostingDatabase.h"
#include "PostingImporter.h"
#include "PostingStore.h"
#include "PostingTableModel.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace jobexplorer;

namespace {

using test::strings;

QByteArray fileHash(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool writeFile(const QString &fileName, const QByteArray &data)
{
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

Dataset allPostings(const QString &database)
{
    QString error;
    const auto db = PostingDatabase::open(database, &error);
    if (!db)
        return {};
    const auto store = db->loadStore(&error);
    std::vector<std::int64_t> ids;
    for (int row = 0; row < store->size(); ++row)
        ids.push_back(store->postingId(row));
    return db->loadDataset(ids);
}

QString optionalText(std::optional<double> value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

// One posting as one line, for whole-row comparisons.
QString postingText(const PostingRecord &p)
{
    QStringList places;
    for (const LocationRecord &l : p.locations)
        places << QStringList{l.city, l.region, l.country, l.metroArea}.join(QLatin1Char('/'));
    QStringList skills;
    for (const SkillMentionRecord &s : p.skills)
        skills << (s.mention.startsWith(PostingImporter::recognisedPrefix()) ? s.skill
                                                                             : s.skill % QLatin1String("*"));
    return QStringList{p.sourceId,
                       p.company,
                       p.title,
                       p.roleFamily,
                       Vocabulary::key(Vocabulary::seniorities, p.seniority) % QLatin1Char('(') %
                           p.seniorityText % QLatin1Char(')'),
                       optionalText(p.experienceMin) % QLatin1Char('-') % optionalText(p.experienceMax),
                       Vocabulary::key(Vocabulary::workModes, p.workMode),
                       Vocabulary::key(Vocabulary::employmentTypes, p.employmentType),
                       optionalText(p.salary.min) % QLatin1Char('-') % optionalText(p.salary.max) %
                           QLatin1Char(' ') % p.salary.currency % QLatin1Char('/') %
                           Vocabulary::key(Vocabulary::payPeriods, p.salary.period),
                       p.postedDate.toString(Qt::ISODate),
                       places.join(QLatin1Char(';')),
                       skills.join(QLatin1Char(','))}
        .join(QLatin1String(" | "));
}

QString rejectedText(const ImportSummary &summary)
{
    QStringList lines;
    for (const RejectedRow &row : summary.rejected)
        lines << QString::number(row.line) % QLatin1Char(':') % row.column % QLatin1Char(':') % row.reason;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class tst_Importer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shouldImportTheLinkedInPreset();
    void shouldImportTheLightcastPreset();
    void shouldReadLatin1WithASavedMapping();
    void shouldReadOurCsvExportBack();
    void shouldReadOurJsonExportBack();
    void shouldSkipDuplicatesWhenAppending();
    void shouldLeaveTheDatabaseUntouchedOnAbort();
    void shouldRefuseAReadOnlyDatabase();
    void shouldReportBadFiles_data();
    void shouldReportBadFiles();
    void shouldRefuseANamedPipe();
    void shouldNameTheMissingTitleColumnOfAMapping_data();
    void shouldNameTheMissingTitleColumnOfAMapping();
    void shouldListOnlyTheFirstColumnsOfAWideFile();
    void shouldImportAJsonListOfObjects();
    void shouldPreviewRowsWithProblems();
    void shouldPickAPresetByHeader();
    void shouldReadTheCurrencyAndPeriodBesideTheAmount_data();
    void shouldReadTheCurrencyAndPeriodBesideTheAmount();
    void shouldChooseTheSalaryFieldFromTheValues_data();
    void shouldChooseTheSalaryFieldFromTheValues();
    void shouldPreviewWhatWasRecognisedInARangeColumn();

private:
    QString taxonomy() const { return resources::skillTaxonomyFile(); }
    QTemporaryDir m_dir;
};

void tst_Importer::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void tst_Importer::shouldImportTheLinkedInPreset()
{
    // Given the LinkedIn postings.csv fixture and no database yet
    const QString database = m_dir.filePath(QStringLiteral("linkedin.sqlite"));
    ImportSummary summary;
    QString error;
    // When it is imported without naming a mapping
    QVERIFY2(PostingImporter::run(QFINDTESTDATA("data/linkedin_postings.csv"), database, taxonomy(), {},
                                  summary, &error),
             qPrintable(error));
    // Then the preset is found, bad rows are reported by line and column, duplicates counted
    QCOMPARE(summary.mappingName, QStringLiteral("linkedin"));
    QCOMPARE(summary.read, 8);
    QCOMPARE(summary.imported, 4);
    QCOMPARE(summary.duplicates, 1);
    QCOMPARE(rejectedText(summary), QStringLiteral("8:title:no title\n"
                                                   "9:min_salary:minimum salary above maximum\n"
                                                   "10:max_salary:salary “lots” has no amount"));
    const Dataset stored = allPostings(database);
    QCOMPARE(stored.postings.size(), 4);
    QCOMPARE(
        postingText(stored.postings.at(0)),
        QStringLiteral(
            "3884428798 | Acme Robotics | Senior Machine Learning Infrastructure Engineer | "
            "ML Infrastructure Engineer | senior(Senior) | --- | unknown | full-time | "
            "160000-210000 USD/year | 2024-04-17 | San Francisco/CA/United States/San Francisco Bay Area | "
            "ML Infrastructure,Kubernetes,AWS,Python,Go,C++,PySpark"));
    QCOMPARE(postingText(stored.postings.at(1)),
             QStringLiteral(
                 "3884428799 | Northwind Health | Data Analyst | Other | mid(Associate) | --- | remote | "
                 "contract | 35-45 USD/hour | 2024-04-18 | Austin/TX/United States/Austin | "
                 "SQL*,Tableau*,Excel*,R,Apache Spark"));
    QCOMPARE(
        postingText(stored.postings.at(2)),
        QStringLiteral(
            "3884428800 | Globex | ML Platform Engineer, New Grad | AI Platform Engineer | entry(New Grad) | "
            "--- | unknown | full-time | 5500-5500 EUR/month | 2024-04-19 | Berlin//Germany/Berlin | "));
    QCOMPARE(
        postingText(stored.postings.at(3)),
        QStringLiteral(
            "3884428804 | Hooli | AIOps Engineer | AIOps Engineer | principal(Director) | --- | remote | "
            "full-time | --- /unknown | 2024-04-20 |  | AIOps,Splunk,Datadog,Prometheus"));
    // Unknown listed skills are kept, uncategorised
    const auto tableau = std::find_if(stored.skills.cbegin(), stored.skills.cend(), [](const SkillRecord &s) {
        return s.name == QLatin1String("Tableau");
    });
    QVERIFY(tableau != stored.skills.cend());
    QCOMPARE(tableau->category, PostingImporter::uncategorisedKey());
    QCOMPARE(summary.newSkills, 2);
}

void tst_Importer::shouldImportTheLightcastPreset()
{
    const QString database = m_dir.filePath(QStringLiteral("lightcast.sqlite"));
    ImportSummary summary;
    QString error;
    QVERIFY2(PostingImporter::run(QFINDTESTDATA("data/lightcast_postings.csv"), database, taxonomy(), {},
                                  summary, &error),
             qPrintable(error));
    QCOMPARE(summary.mappingName, QStringLiteral("lightcast"));
    QCOMPARE(summary.imported, 3);
    QCOMPARE(rejectedText(summary),
             QStringLiteral("4:MIN_YEARS_EXPERIENCE:minimum years above maximum years"));
    const Dataset stored = allPostings(database);
    QCOMPARE(postingText(stored.postings.at(0)),
             QStringLiteral(
                 "1f57d95acf4dc67ed2819eb12f049f6a5c11782c | Massachusetts Mutual Life Insurance | Sr. Data "
                 "Engineer | "
                 "Other | senior(Sr.) | 5-- | unknown | full-time | 125000-165000 USD/year | 2024-06-02 | "
                 "Springfield/MA/United States/Springfield, MA | "
                 "Python*,SQL*,Data Pipelines*,Dataflow*,Apache Spark,Apache Kafka,Snowflake,Terraform"));
    QCOMPARE(postingText(stored.postings.at(1)),
             QStringLiteral(
                 "0cb072af26757b6c4ea9464472a50a443af681ac | Cisco | ML Infrastructure Engineer | "
                 "ML Infrastructure Engineer | entry(2+ years) | 2-4 | remote | full-time | 60-75 USD/hour | "
                 "2024-08-01 | San Jose/CA/United States/San Francisco Bay Area | "
                 "Kubernetes*,Go*,ML Infrastructure,Ray,PyTorch"));
    QCOMPARE(postingText(stored.postings.at(2)).section(QLatin1String(" | "), 5, 10),
             QStringLiteral("3-- | onsite | full-time | 9000-11000 USD/month | 2024-10-01 | New "
                            "York/NY/United States/New York City"));
}

void tst_Importer::shouldReadLatin1WithASavedMapping()
{
    // Given a Windows-1252 file with ';' and a header no preset knows
    const QString file = QFINDTESTDATA("data/latin1_semicolon.csv");
    ImportSource source;
    QVERIFY2(source.open(file), qPrintable(source.errorString()));
    QCOMPARE(source.delimiter(), ';');
    QCOMPARE(source.encoding(), CsvReader::Encoding::Windows1252);
    QCOMPARE(source.header(), (strings({"Titel", "Company", "Location", "Salary"})));
    // When the title is mapped by hand, the mapping saved and loaded again
    ImportMapping mapping = ImportMapping::detect(source.header());
    QVERIFY(!mapping.isMapped(ImportMapping::Field::Title));
    mapping.setColumn(ImportMapping::Field::Title, QStringLiteral("Titel"));
    mapping.setName(QStringLiteral("german"));
    QString error;
    const QString mappingFile = m_dir.filePath(QStringLiteral("german.json"));
    QVERIFY2(mapping.save(mappingFile, &error), qPrintable(error));
    const auto loaded = ImportMapping::load(mappingFile, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(*loaded, mapping);

    ImportSettings settings;
    settings.mapping = loaded;
    ImportSummary summary;
    const QString database = m_dir.filePath(QStringLiteral("latin1.sqlite"));
    QVERIFY2(PostingImporter::run(file, database, taxonomy(), settings, summary, &error), qPrintable(error));
    // Then accents and cp1252 punctuation arrive intact
    const Dataset stored = allPostings(database);
    QCOMPARE(stored.postings.size(), 2);
    QCOMPARE(stored.postings.at(0).company, QStringLiteral("Société Générale"));
    QCOMPARE(stored.postings.at(1).title, QStringLiteral("Data Scientist – Zürich"));
    QCOMPARE(stored.postings.at(1).locations.at(0).country, QStringLiteral("Switzerland"));
    QCOMPARE(stored.postings.at(0).salary.min, 55000.0);
}

void tst_Importer::shouldReadOurCsvExportBack()
{
    // Given our CSV export of the sample database
    const QString source =
        test::writeDatabase(m_dir, test::sampleDataset(), QStringLiteral("csv-source.sqlite"));
    auto exportCsv = [](const QString &database) {
        QString error;
        const auto db = PostingDatabase::open(database, &error);
        const auto store = db->loadStore(&error);
        PostingTableModel model;
        model.setStore(store.get());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvExporter().write(model, buffer);
        return buffer.data();
    };
    const QByteArray csv = exportCsv(source);
    const QString csvFile = m_dir.filePath(QStringLiteral("export.csv"));
    QVERIFY(writeFile(csvFile, csv));
    // When it is imported into a new database with the same taxonomy
    const QString copy = m_dir.filePath(QStringLiteral("csv-copy.sqlite"));
    ImportSummary summary;
    QString error;
    QVERIFY2(PostingImporter::run(csvFile, copy, QFINDTESTDATA("data/sample.json"), {}, summary, &error),
             qPrintable(error));
    QCOMPARE(summary.mappingName, QStringLiteral("jobexplorer"));
    QCOMPARE(rejectedText(summary), QString());
    // Then exporting it again gives the same CSV
    QCOMPARE(QString::fromUtf8(exportCsv(copy)), QString::fromUtf8(csv));
}

void tst_Importer::shouldReadOurJsonExportBack()
{
    // Given our JSON export of the sample dataset
    const Dataset sample = test::sampleDataset();
    const QString jsonFile = m_dir.filePath(QStringLiteral("export.json"));
    QVERIFY(writeFile(jsonFile, DatasetJsonWriter::toJson(sample)));
    // When it is imported into a new database
    const QString copy = m_dir.filePath(QStringLiteral("json-copy.sqlite"));
    ImportSummary summary;
    QString error;
    QVERIFY2(PostingImporter::run(jsonFile, copy, QFINDTESTDATA("data/sample.json"), {}, summary, &error),
             qPrintable(error));
    QCOMPARE(summary.imported, int(sample.postings.size()));
    // Then every field of every posting is back
    Dataset expected;
    expected.postings = sample.postings;
    Dataset actual;
    actual.postings = allPostings(copy).postings;
    QCOMPARE(QString::fromUtf8(DatasetJsonWriter::toJson(actual)),
             QString::fromUtf8(DatasetJsonWriter::toJson(expected)));
}

void tst_Importer::shouldSkipDuplicatesWhenAppending()
{
    // Given a database made from the LinkedIn fixture
    const QString database = m_dir.filePath(QStringLiteral("append.sqlite"));
    ImportSummary summary;
    QString error;
    QVERIFY2(PostingImporter::run(QFINDTESTDATA("data/linkedin_postings.csv"), database, taxonomy(), {},
                                  summary, &error),
             qPrintable(error));
    const QByteArray before = fileHash(database);
    // When the same file is imported again: nothing new, and the file is not rewritten
    QVERIFY(!PostingImporter::run(QFINDTESTDATA("data/linkedin_postings.csv"), database, taxonomy(), {},
                                  summary, &error));
    QCOMPARE(summary.imported, 0);
    QCOMPARE(summary.duplicates, 5);
    QVERIFY2(error.contains(QLatin1String("Nothing could be imported")), qPrintable(error));
    QCOMPARE(fileHash(database), before);
    // When another file is appended, both are there
    QVERIFY2(PostingImporter::run(QFINDTESTDATA("data/lightcast_postings.csv"), database, taxonomy(), {},
                                  summary, &error),
             qPrintable(error));
    QCOMPARE(allPostings(database).postings.size(), 4 + 3);
}

void tst_Importer::shouldLeaveTheDatabaseUntouchedOnAbort()
{
    const QString database =
        test::writeDatabase(m_dir, test::sampleDataset(), QStringLiteral("abort.sqlite"));
    const QByteArray before = fileHash(database);
    ImportSettings settings;
    settings.abortOnBadRow = true;
    ImportSummary summary;
    QString error;
    QVERIFY(!PostingImporter::run(QFINDTESTDATA("data/linkedin_postings.csv"), database, taxonomy(), settings,
                                  summary, &error));
    QVERIFY2(error.contains(QLatin1String("line 8")), qPrintable(error));
    QCOMPARE(fileHash(database), before);

    // A cancel leaves it alone too
    std::atomic_bool cancel{true};
    QVERIFY(!PostingImporter::run(QFINDTESTDATA("data/lightcast_postings.csv"), database, taxonomy(), {},
                                  summary, &error, {}, &cancel));
    QVERIFY(summary.cancelled);
    QCOMPARE(fileHash(database), before);
}

void tst_Importer::shouldRefuseAReadOnlyDatabase()
{
    const QString database =
        test::writeDatabase(m_dir, test::sampleDataset(), QStringLiteral("readonly.sqlite"));
    QFile::setPermissions(database, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    if (QFileInfo(database).isWritable())
        QSKIP("the user can write read-only files (root)");
    const QByteArray before = fileHash(database);
    ImportSummary summary;
    QString error;
    QVERIFY(!PostingImporter::run(QFINDTESTDATA("data/linkedin_postings.csv"), database, taxonomy(), {},
                                  summary, &error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    QCOMPARE(fileHash(database), before);
}

void tst_Importer::shouldReportBadFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty file") << QByteArray() << "empty";
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << "empty";
    QTest::newRow("header only") << QByteArray("title,company\n") << "Nothing could be imported";
    QTest::newRow("unbalanced quote") << QByteArray("title,company\nA,B\n\"C,D\n") << "line 3";
    QTest::newRow("binary garbage") << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16) << "binary";
    QTest::newRow("JSON not a list of objects") << QByteArray("[1, 2, 3]") << "not a list of objects";
    QTest::newRow("JSON object of another kind") << QByteArray("{\"postings\": []}") << "neither a list";
    QTest::newRow("broken JSON") << QByteArray("[{\"title\": ") << "not valid JSON";
    QTest::newRow("no title column") << QByteArray("name;firm\nA;B\n") << "no column is mapped to the title";
    QTest::newRow("every row bad") << QByteArray("title,min_salary\n,1\n") << "Nothing could be imported";
}

void tst_Importer::shouldRefuseANamedPipe()
{
    // Given a named pipe that nobody writes to, When it is imported
    const QString pipe = m_dir.filePath(QStringLiteral("postings-pipe.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    const QString database = m_dir.filePath(QStringLiteral("never-written.sqlite"));
    ImportSummary summary;
    QString error;
    // Then it is refused at once (it used to wait forever), naming the file
    QVERIFY(!PostingImporter::run(pipe, database, taxonomy(), {}, summary, &error));
    QVERIFY2(error.contains(pipe) && error.contains(QStringLiteral("not a regular file")), qPrintable(error));
    QVERIFY(!QFile::exists(database));
}

void tst_Importer::shouldReportBadFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, problem);
    const QString file = m_dir.filePath(QStringLiteral("bad-%1.csv")
                                            .arg(QString::fromUtf8(QTest::currentDataTag()))
                                            .replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(writeFile(file, data));
    const QString database = m_dir.filePath(QStringLiteral("never-written.sqlite"));
    ImportSummary summary;
    QString error;
    QVERIFY(!PostingImporter::run(file, database, taxonomy(), {}, summary, &error));
    QVERIFY2(error.contains(problem), qPrintable(error));
    QVERIFY(!QFile::exists(database));
}

void tst_Importer::shouldNameTheMissingTitleColumnOfAMapping_data()
{
    QTest::addColumn<QString>("mapping"); // a preset name, or "file" for a saved mapping
    QTest::addColumn<QString>("expected");
    QTest::newRow("saved mapping file") << "file"
                                        << "it has no column “Job title”, which the mapping file ";
    QTest::newRow("preset") << "lightcast"
                            << "it has no column “TITLE_RAW”, which the mapping “lightcast”";
}

void tst_Importer::shouldNameTheMissingTitleColumnOfAMapping()
{
    QFETCH(QString, mapping);
    QFETCH(QString, expected);

    // Given a file without the column a mapping takes the title from
    const QString file = m_dir.filePath(QStringLiteral("no-job-title.csv"));
    QVERIFY(writeFile(file, "name;firm\nA;B\n"));
    ImportSettings settings;
    QString error;
    QString mappingFile;
    if (mapping == QLatin1String("file")) {
        ImportMapping saved;
        saved.setColumn(ImportMapping::Field::Title, QStringLiteral("Job title"));
        saved.setColumn(ImportMapping::Field::Company, QStringLiteral("firm"));
        mappingFile = m_dir.filePath(QStringLiteral("job-title.json"));
        QVERIFY2(saved.save(mappingFile, &error), qPrintable(error));
        settings.mapping = ImportMapping::load(mappingFile, &error);
    } else {
        settings.mapping = ImportMapping::load(mapping, &error);
    }
    QVERIFY2(settings.mapping, qPrintable(error));

    // When it is imported with that mapping
    const QString database = m_dir.filePath(QStringLiteral("never-written.sqlite"));
    ImportSummary summary;
    QVERIFY(!PostingImporter::run(file, database, taxonomy(), settings, summary, &error));

    // Then the message names the data file, the missing column and the mapping (its file if any)
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(file)), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(mappingFile)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("(its columns: name, firm)")), qPrintable(error));
    QVERIFY(!QFile::exists(database));
}

void tst_Importer::shouldListOnlyTheFirstColumnsOfAWideFile()
{
    // Given a file of a thousand columns, none of them a title
    QStringList header;
    for (int i = 1; i <= 1000; ++i)
        header << QStringLiteral("c%1").arg(i);
    const QString file = m_dir.filePath(QStringLiteral("wide.csv"));
    QVERIFY(writeFile(file, header.join(QLatin1Char(',')).toUtf8() + "\n" + QByteArray("x,").repeated(999) +
                                "x\n"));

    // When it is imported
    const QString database = m_dir.filePath(QStringLiteral("never-written.sqlite"));
    ImportSummary summary;
    QString error;
    QVERIFY(!PostingImporter::run(file, database, taxonomy(), {}, summary, &error));

    // Then the message lists the first twenty columns and counts the others
    QVERIFY2(error.contains(QLatin1String("no column is mapped to the title (columns: c1, c2, ")),
             qPrintable(error));
    QVERIFY2(error.contains(QLatin1String(", c20 and 980 more).")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("c21")), qPrintable(error));
}

void tst_Importer::shouldImportAJsonListOfObjects()
{
    const QString file = m_dir.filePath(QStringLiteral("rows.json"));
    QVERIFY(writeFile(file, R"([{"title": "Senior Data Engineer", "company": "Acme", "location": "Boston, MA",
                                 "skills": ["Python", "dbt"], "min_salary": 150000, "max_salary": 180000,
                                 "pay_period": "YEARLY", "posted_date": "2024-05-01"},
                                {"title": "Intern", "company": "Acme", "remote_allowed": true}])"));
    const QString database = m_dir.filePath(QStringLiteral("rows.sqlite"));
    ImportSummary summary;
    QString error;
    QVERIFY2(PostingImporter::run(file, database, taxonomy(), {}, summary, &error), qPrintable(error));
    const Dataset stored = allPostings(database);
    QCOMPARE(postingText(stored.postings.at(0)),
             QStringLiteral(
                 " | Acme | Senior Data Engineer | Other | senior(Senior) | --- | unknown | unknown | "
                 "150000-180000 USD/year | 2024-05-01 | Boston/MA/United States/Boston | Python*,dbt*"));
    QCOMPARE(stored.postings.at(1).workMode, WorkMode::Remote);
    QCOMPARE(stored.postings.at(1).seniority, Seniority::Entry);
}

void tst_Importer::shouldPreviewRowsWithProblems()
{
    ImportSource source;
    QVERIFY(source.open(QFINDTESTDATA("data/linkedin_postings.csv")));
    QString error;
    PostingImporter importer(*PostingImporter::newBase(taxonomy(), source.fileName(), &error));
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(importer.previewRows(source, ImportMapping::detect(source.header()), 5));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.problemCount(), 2); // no title; minimum salary above maximum
    QCOMPARE(model.index(0, ImportPreviewModel::Line).data().toString(), QStringLiteral("line 2"));
    QCOMPARE(model.index(0, ImportPreviewModel::Seniority).data().toString(),
             QStringLiteral("Senior (Senior)"));
    QCOMPARE(model.index(1, ImportPreviewModel::Salary).data().toString(),
             QStringLiteral("$35 – $45 per hour"));
    QCOMPARE(model.index(3, ImportPreviewModel::Problem).data().toString(),
             QStringLiteral("column title: no title"));
    QVERIFY(model.index(1, ImportPreviewModel::Skills)
                .data()
                .toString()
                .startsWith(QLatin1String("SQL (listed)")));
    // Previewing adds nothing
    QCOMPARE(importer.dataset().postings.size(), 0);
}

void tst_Importer::shouldPickAPresetByHeader()
{
    QCOMPARE(ImportMapping::detect(strings({"job_id", "title", "formatted_experience_level", "listed_time"}))
                 .name(),
             QStringLiteral("linkedin"));
    QCOMPARE(ImportMapping::detect(strings({"ID", "TITLE_RAW", "SALARY_FROM", "MSA_NAME"})).name(),
             QStringLiteral("lightcast"));
    const ImportMapping byName =
        ImportMapping::detect(strings({"Job Title", "Employer", "Salary From", "City"}));
    QCOMPARE(byName.column(ImportMapping::Field::Title), QStringLiteral("Job Title"));
    QCOMPARE(byName.column(ImportMapping::Field::Company), QStringLiteral("Employer"));
    QCOMPARE(byName.column(ImportMapping::Field::SalaryMin), QStringLiteral("Salary From"));
    QString error;
    QVERIFY(!ImportMapping::load(QStringLiteral("no-such-preset"), &error));
    QVERIFY2(error.contains(QLatin1String("linkedin")), qPrintable(error));
}

void tst_Importer::shouldReadTheCurrencyAndPeriodBesideTheAmount_data()
{
    // One row under "Title,Salary,Currency,Pay period"; expected: min-max CURRENCY/period as
    // stored, or ! and the preview's problem.
    QTest::addColumn<QString>("salary");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("expected");
    QTest::newRow("euro amount, no columns") << QStringLiteral("€60,000") << ""
                                             << ""
                                             << "60000-60000 EUR/year";
    QTest::newRow("euro hourly") << QStringLiteral("€55/hour") << ""
                                 << ""
                                 << "55-55 EUR/hour";
    QTest::newRow("the written period wins over the column") << QStringLiteral("€55/hour") << ""
                                                             << "YEARLY"
                                                             << "55-55 EUR/hour";
    QTest::newRow("the written currency wins over the column") << QStringLiteral("€60,000") << "USD"
                                                               << ""
                                                               << "60000-60000 EUR/year";
    QTest::newRow("euro range") << QStringLiteral("€50,000 – €60,000") << ""
                                << ""
                                << "50000-60000 EUR/year";
    QTest::newRow("k range with a code") << "50-60k EUR"
                                         << ""
                                         << ""
                                         << "50000-60000 EUR/year";
    QTest::newRow("Swiss francs") << "CHF 120'000"
                                  << ""
                                  << ""
                                  << "120000-120000 CHF/year";
    QTest::newRow("dollars an hour") << "$55/hr"
                                     << ""
                                     << ""
                                     << "55-55 USD/hour";
    QTest::newRow("per month in the text, yearly column") << QStringLiteral("€4,500 per month") << "EUR"
                                                          << "YEARLY"
                                                          << "4500-4500 EUR/month";
    QTest::newRow("a bare $ the column calls Canadian") << "$90,000"
                                                        << "CAD"
                                                        << ""
                                                        << "90000-90000 CAD/year";
    QTest::newRow("a bare $ the column calls euros")
        << "$90,000"
        << "EUR"
        << ""
        << "!column Salary: the salary is in “$” (USD, CAD, AUD, NZD, SGD, HKD, MXN) but the currency "
           "column says EUR";
    QTest::newRow("kronor the column names") << "kr 45 000 per month"
                                             << "SEK"
                                             << ""
                                             << "45000-45000 SEK/month";
    QTest::newRow("kronor without a column")
        << "kr 45 000 per month"
        << ""
        << ""
        << "!column Salary: “kr” could be SEK, NOK, DKK, ISK: map a currency column that says which";
    QTest::newRow("a currency column that is no currency") << "60,000"
                                                           << "banana"
                                                           << ""
                                                           << "!column Currency: unknown currency “banana”";
    QTest::newRow("a currency sign in the column") << "60,000" << QStringLiteral("€") << ""
                                                   << "60000-60000 EUR/year";
    QTest::newRow("nothing written: US dollars, a small amount hourly") << "45"
                                                                        << ""
                                                                        << ""
                                                                        << "45-45 USD/hour";
    QTest::newRow("two currencies in one cell")
        << QStringLiteral("€50,000 – $60,000") << ""
        << "" << QStringLiteral("!column Salary: salary “€50,000 – $60,000” names two currencies, EUR and $");
}

void tst_Importer::shouldReadTheCurrencyAndPeriodBesideTheAmount()
{
    QFETCH(QString, salary);
    QFETCH(QString, currency);
    QFETCH(QString, period);
    QFETCH(QString, expected);
    // Given a file of one posting with that salary, currency and pay period
    auto quoted = [](const QString &text) -> QString { return QLatin1Char('"') % text % QLatin1Char('"'); };
    const QString csv = QStringLiteral("Title,Salary,Currency,Pay period\nEngineer,") % quoted(salary) %
                        QLatin1Char(',') % quoted(currency) % QLatin1Char(',') % quoted(period) %
                        QLatin1Char('\n');
    ImportSource source;
    QVERIFY(source.openData(csv.toUtf8(), QStringLiteral("salary.csv")));
    QString error;
    PostingImporter importer(*PostingImporter::newBase(taxonomy(), source.fileName(), &error));
    // When it is converted with the mapping chosen for it
    const ImportMapping mapping =
        ImportMapping::detect(source.header(), source.sample(ImportMapping::SampleRows));
    const QList<ImportPreviewModel::Row> rows = importer.previewRows(source, mapping, 1);
    QCOMPARE(rows.size(), 1);
    // Then the currency and period are those written beside the amount, or the row is
    // rejected with the reason
    const ImportPreviewModel::Row &row = rows.constFirst();
    const QString found = row.posting
                              ? QString(optionalText(row.posting->salary.min) % QLatin1Char('-') %
                                        optionalText(row.posting->salary.max) % QLatin1Char(' ') %
                                        row.posting->salary.currency % QLatin1Char('/') %
                                        Vocabulary::key(Vocabulary::payPeriods, row.posting->salary.period))
                              : QString(QLatin1Char('!') % row.problem);
    QCOMPARE(found, expected);
}

void tst_Importer::shouldChooseTheSalaryFieldFromTheValues_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("values"); // rows of the sample, fields separated by '|'
    QTest::addColumn<QString>("expected");   // the salary fields mapped: key=column
    QTest::newRow("ranges under Salary")
        << strings({"Title", "Salary"})
        << strings({"Engineer|€50,000 – €60,000", "Analyst|€45,000 – €52,000"}) << "salary_text=Salary";
    QTest::newRow("single figures under Salary")
        << strings({"Title", "Salary"}) << strings({"Engineer|55000", "Analyst|120000"})
        << "salary_median=Salary";
    QTest::newRow("hourly single figures under Salary")
        << strings({"Title", "Salary"}) << strings({"Engineer|$55/hr", "Analyst|$60/hr"})
        << "salary_median=Salary";
    QTest::newRow("single figures and a range under Salary")
        << strings({"Title", "Salary"}) << strings({"Engineer|55000", "Analyst|50-60k EUR", "Nurse|"})
        << "salary_text=Salary";
    QTest::newRow("ranges in a minimum column")
        << strings({"Title", "Salary From"}) << strings({"Engineer|$50k-$60k"}) << "salary_text=Salary From";
    QTest::newRow("minimum and maximum columns stay")
        << strings({"Title", "Salary From", "Salary To"}) << strings({"Engineer|50000|60000"})
        << "salary_min=Salary From salary_max=Salary To";
    QTest::newRow("money under a header no one knows")
        << strings({"Title", "Vergütung"})
        << strings({"Engineer|60.000 € brutto/Jahr", "Analyst|€4,500 per month"})
        << QStringLiteral("salary_text=Vergütung");
    QTest::newRow("ranges without money are no salary")
        << strings({"Title", "Employees"}) << strings({"Engineer|50-200", "Analyst|1000-5000"}) << "";
}

void tst_Importer::shouldChooseTheSalaryFieldFromTheValues()
{
    QFETCH(QStringList, header);
    QFETCH(QStringList, values);
    QFETCH(QString, expected);
    QList<QStringList> sample;
    for (const QString &row : std::as_const(values))
        sample << row.split(QLatin1Char('|'));
    const ImportMapping mapping = ImportMapping::detect(header, sample);
    QStringList mapped;
    for (const auto field : {ImportMapping::Field::SalaryMin, ImportMapping::Field::SalaryMax,
                             ImportMapping::Field::SalaryMedian, ImportMapping::Field::SalaryText}) {
        if (mapping.isMapped(field))
            mapped << ImportMapping::fieldKey(field) % QLatin1Char('=') % mapping.column(field);
    }
    QCOMPARE(mapped.join(QLatin1Char(' ')), expected);
}

void tst_Importer::shouldPreviewWhatWasRecognisedInARangeColumn()
{
    // Given a file whose "Salary" column holds euro ranges
    ImportSource source;
    QVERIFY(source.openData(QStringLiteral("Title,Salary\nEngineer,\"€50,000 – €60,000\"\n"
                                           "Analyst,€45k–52k p.a.\n")
                                .toUtf8(),
                            QStringLiteral("ranges.csv")));
    QString error;
    PostingImporter importer(*PostingImporter::newBase(taxonomy(), source.fileName(), &error));
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // When the preview is made with the mapping chosen for it
    model.setRows(importer.previewRows(
        source, ImportMapping::detect(source.header(), source.sample(ImportMapping::SampleRows)), 5));
    // Then no row is rejected and each salary shows its currency and period
    QCOMPARE(model.problemCount(), 0);
    QCOMPARE(model.index(0, ImportPreviewModel::Salary).data().toString(),
             QStringLiteral("€50,000 – €60,000 per year"));
    QCOMPARE(model.index(1, ImportPreviewModel::Salary).data().toString(),
             QStringLiteral("€45,000 – €52,000 per year"));
    QCOMPARE(model.index(1, ImportPreviewModel::Salary).data(Qt::ToolTipRole).toString(),
             QStringLiteral("€45,000 – €52,000 per year\nRead from “€45k–52k p.a.”: currency EUR, per year"));
}

QTEST_GUILESS_MAIN(tst_Importer)
#include "tst_importer.moc"
