#include "DatasetReader.h"
#include "TestDatabase.h"

#include <QTest>

using namespace jobexplorer;

class tst_DatasetReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldReadEveryFieldOfThePostings();
    void shouldMergeSeveralFiles();
    void shouldRefuseBadInput_data();
    void shouldRefuseBadInput();
    void shouldNameTheFileThatCannotBeOpened();
};

void tst_DatasetReader::shouldReadEveryFieldOfThePostings()
{
    // Given the sample file, When it is read
    const Dataset dataset = test::sampleDataset();

    // Then the postings are there as written in the report
    QCOMPARE(dataset.postings.size(), 6);
    QCOMPARE(dataset.meta.collectionPeriod, QStringLiteral("December 2025"));
    const PostingRecord &scale = dataset.postings.at(1);
    QCOMPARE(scale.company, QStringLiteral("Scale AI"));
    QCOMPARE(scale.title, QStringLiteral("AI Infrastructure Engineer, Model Serving Platform"));
    QCOMPARE(scale.seniority, Seniority::Mid);
    QCOMPARE(scale.workMode, WorkMode::Hybrid);
    QCOMPARE(scale.experienceMin, std::optional<double>(4));
    QVERIFY(!scale.experienceMax);
    QCOMPARE(scale.salary.min, std::optional<double>(179400));
    QCOMPARE(scale.salary.max, std::optional<double>(224250));
    QCOMPARE(scale.salary.period, PayPeriod::Year);
    QCOMPARE(scale.locations.size(), 3);
    QCOMPARE(scale.locations.at(2).metroArea, QStringLiteral("Seattle"));
    QCOMPARE(scale.skills.size(), 12);
    QCOMPARE(scale.skills.at(0).requirement, Requirement::Required);

    const PostingRecord &enterprise = dataset.postings.at(5);
    QVERIFY(enterprise.company.isEmpty());
    QCOMPARE(enterprise.label, QStringLiteral("Enterprise MLOps Engineer (Azure ML/AKS/DevOps)"));
    QCOMPARE(dataset.salaryBands.size(), 1);
    QCOMPARE(dataset.salaryBands.at(0).level, std::optional<Seniority>(Seniority::Senior));
    QCOMPARE(dataset.skillFrequencies.at(0).count, std::optional<int>(36));
    QCOMPARE(dataset.figures.at(0).percent, std::optional<double>(48));
}

void tst_DatasetReader::shouldMergeSeveralFiles()
{
    // Given a dataset already read, When a second file with more postings is read into it
    Dataset dataset = test::sampleDataset();
    DatasetReader reader;
    const QByteArray more = R"({"format": "jobexplorer-dataset", "meta": {"title": "Merged"},
        "postings": [{"title": "KLA - AI Infrastructure Engineer"}]})";
    QVERIFY2(reader.read(more, QStringLiteral("more.json"), dataset), qPrintable(reader.errorString()));

    // Then lists are appended and meta values replaced
    QCOMPARE(dataset.postings.size(), 7);
    QCOMPARE(dataset.meta.title, QStringLiteral("Merged"));
    QCOMPARE(dataset.meta.collectionPeriod, QStringLiteral("December 2025"));
    QCOMPARE(dataset.skills.size(), test::sampleDataset().skills.size());
}

void tst_DatasetReader::shouldRefuseBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedProblem");

    QTest::newRow("not JSON") << QByteArray("postings: none") << QStringLiteral("invalid JSON");
    QTest::newRow("a JSON list") << QByteArray("[1, 2]") << QStringLiteral("does not hold a JSON object");
    QTest::newRow("foreign JSON") << QByteArray(R"({"rows": []})")
                                  << QStringLiteral("not a Job Market Explorer dataset");
    QTest::newRow("newer format") << QByteArray(R"({"format": "jobexplorer-dataset", "format_version": 9})")
                                  << QStringLiteral("format version 9");
    QTest::newRow("format version as text")
        << QByteArray(R"({"format": "jobexplorer-dataset", "format_version": "x"})")
        << QStringLiteral("\"format_version\" must be a whole number from 1; got \"x\"");
    QTest::newRow("fractional format version")
        << QByteArray(R"({"format": "jobexplorer-dataset", "format_version": 1.5})")
        << QStringLiteral("\"format_version\" must be a whole number from 1; got 1.5");
    QTest::newRow("format version 0")
        << QByteArray(R"({"format": "jobexplorer-dataset", "format_version": 0})")
        << QStringLiteral("\"format_version\" must be a whole number from 1; got 0");
    QTest::newRow("unknown seniority")
        << QByteArray(
               R"({"format": "jobexplorer-dataset", "postings": [{"title": "T", "seniority": "wizard"}]})")
        << QStringLiteral("postings 1: \"seniority\" has the unknown value \"wizard\" (accepted: entry, mid");
    QTest::newRow("posting without title")
        << QByteArray(
               R"({"format": "jobexplorer-dataset", "postings": [{"source_id": "x#2", "company": "C"}]})")
        << QStringLiteral("postings 1 (x#2): a posting needs a title");
    QTest::newRow("salary upside down")
        << QByteArray(R"({"format": "jobexplorer-dataset", "postings": [{"title": "T",
               "salary": {"min": 200000, "max": 100000, "currency": "USD"}}]})")
        << QStringLiteral("salary minimum is above its maximum");
    QTest::newRow("salary without currency")
        << QByteArray(
               R"({"format": "jobexplorer-dataset", "postings": [{"title": "T", "salary": {"min": 1}}]})")
        << QStringLiteral("a salary needs a currency");
    QTest::newRow("text where a number belongs")
        << QByteArray(R"({"format": "jobexplorer-dataset", "postings": [{"title": "T",
               "experience": {"min": "five"}}]})")
        << QStringLiteral("\"min\" must be a number or null");
    QTest::newRow("bad date")
        << QByteArray(
               R"({"format": "jobexplorer-dataset", "postings": [{"title": "T", "posted_date": "12/01/25"}]})")
        << QStringLiteral("\"posted_date\" must be a date");
}

void tst_DatasetReader::shouldRefuseBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedProblem);

    // Given a dataset with content, When a bad file is read into it
    Dataset dataset = test::sampleDataset();
    DatasetReader reader;
    QVERIFY(!reader.read(json, QStringLiteral("bad.json"), dataset));

    // Then the message names the file and the problem, and the dataset is unchanged
    QVERIFY2(reader.errorString().contains(QLatin1String("bad.json")), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(expectedProblem), qPrintable(reader.errorString()));
    QCOMPARE(dataset.postings.size(), 6);
}

void tst_DatasetReader::shouldNameTheFileThatCannotBeOpened()
{
    Dataset dataset;
    DatasetReader reader;
    QVERIFY(!reader.readFile(QStringLiteral("/nonexistent/postings.json"), dataset));
    QVERIFY(reader.errorString().contains(QLatin1String("/nonexistent/postings.json")));
}

QTEST_GUILESS_MAIN(tst_DatasetReader)
#include "tst_datasetreader.moc"
