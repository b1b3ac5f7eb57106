#include "DatasetJsonWriter.h"
#include "DatasetReader.h"
#include "TestDatabase.h"
#include "Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace jobexplorer;

class tst_DatasetJsonWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldReadBackAsTheSameDataset();
    void shouldExportOnlyTheMatchingPostingsAndRoundTripThroughADatabase();
    void shouldWriteTheSameTextStreamedFromTheDatabase();
    void shouldEscapeEveryCharacterJsonNeedsEscaped();
    void shouldNameTheFileItCannotWrite();
};

void tst_DatasetJsonWriter::shouldReadBackAsTheSameDataset()
{
    // Given the sample, When it is written and read back
    const Dataset original = test::sampleDataset();
    const QByteArray json = DatasetJsonWriter::toJson(original);
    Dataset readBack;
    DatasetReader reader;
    QVERIFY2(reader.read(json, QStringLiteral("export.json"), readBack), qPrintable(reader.errorString()));

    // Then writing it again gives the same text, and the details survived
    QCOMPARE(DatasetJsonWriter::toJson(readBack), json);
    QCOMPARE(readBack.postings.size(), 6);
    QCOMPARE(readBack.postings.at(1).salary.max, std::optional<double>(224250));
    QCOMPARE(readBack.postings.at(5).label,
             QStringLiteral("Enterprise MLOps Engineer (Azure ML/AKS/DevOps)"));
    QCOMPARE(readBack.skills.at(0).aliases, QStringList{QStringLiteral("K8s")});
    QCOMPARE(readBack.salaryBands.at(0).text, QStringLiteral("Base Salary: $168,000 - $230,000"));
}

void tst_DatasetJsonWriter::shouldExportOnlyTheMatchingPostingsAndRoundTripThroughADatabase()
{
    // Given the sample database filtered to postings with a salary
    QTemporaryDir dir;
    const Dataset original = test::sampleDataset();
    Workspace workspace;
    QVERIFY(workspace.open(test::writeDatabase(dir, original)));
    QVERIFY(workspace.setFilterExpression(QStringLiteral("has:salary")));

    // When the matching postings are exported
    const Dataset exported = workspace.matchingDataset();

    // Then they are the two postings with every field as in the source, with the taxonomy
    QCOMPARE(exported.postings.size(), 2);
    Dataset expected = original;
    expected.postings = {original.postings.at(1), original.postings.at(3)};
    // An alias that only changes the case of its skill's name is not stored ("MLFlow").
    for (SkillRecord &skill : expected.skills)
        skill.aliases.removeIf(
            [&](const QString &alias) { return alias.compare(skill.name, Qt::CaseInsensitive) == 0; });
    QCOMPARE(DatasetJsonWriter::toJson(exported), DatasetJsonWriter::toJson(expected));

    // And the file imports into a new database that holds the same
    const QString file = dir.filePath(QStringLiteral("export.json"));
    DatasetJsonWriter writer;
    QVERIFY2(writer.writeFile(exported, file), qPrintable(writer.errorString()));
    Dataset reread;
    DatasetReader reader;
    QVERIFY2(reader.readFile(file, reread), qPrintable(reader.errorString()));
    Workspace second;
    QVERIFY(second.open(test::writeDatabase(dir, reread, QStringLiteral("reimported.sqlite"))));
    QCOMPARE(DatasetJsonWriter::toJson(second.matchingDataset()), DatasetJsonWriter::toJson(expected));
}

void tst_DatasetJsonWriter::shouldWriteTheSameTextStreamedFromTheDatabase()
{
    // Given the sample database filtered to the postings that ask for Kubernetes
    QTemporaryDir dir;
    Workspace workspace;
    QVERIFY(workspace.open(test::writeDatabase(dir, test::sampleDataset())));
    QVERIFY(workspace.setFilterExpression(QStringLiteral("skill:Kubernetes")));
    QVERIFY(workspace.result().rows.size() > 1);

    // When the export streams them from the database a posting at a time
    const QString file = dir.filePath(QStringLiteral("streamed.json"));
    DatasetJsonWriter writer;
    QVERIFY2(writer.writeFile(workspace.matchingDatasetHeader(), workspace.matchingPostings(), file),
             qPrintable(writer.errorString()));

    // Then the file is the text of the whole matching dataset, byte for byte
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray expected = DatasetJsonWriter::toJson(workspace.matchingDataset());
    QCOMPARE(written.readAll(), expected);
    QCOMPARE(expected.count("\"source_id\": "), qsizetype(workspace.result().rows.size()));
}

void tst_DatasetJsonWriter::shouldEscapeEveryCharacterJsonNeedsEscaped()
{
    // Given a posting whose texts hold quotes, backslashes, control characters, emoji and
    // right-to-left text, and numbers that are not whole
    Dataset dataset = test::sampleDataset();
    PostingRecord &p = dataset.postings[0];
    p.title =
        QStringLiteral("\"Staff\" \\ engineer\n\tline\r\x01\x1f end \U0001F680 \u05e9\u05dc\u05d5\u05dd");
    p.notes = QString(QChar(0)) + QStringLiteral("after nul");
    p.experienceMin = 2.5;
    p.experienceMax = 1e20;

    // When it is written and read back
    const QByteArray json = DatasetJsonWriter::toJson(dataset);
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.errorString(), QJsonParseError{}.errorString());
    Dataset readBack;
    DatasetReader reader;
    QVERIFY2(reader.read(json, QStringLiteral("escaped.json"), readBack), qPrintable(reader.errorString()));

    // Then every text and number is as it was
    QCOMPARE(readBack.postings.at(0).title, p.title);
    QCOMPARE(readBack.postings.at(0).notes, p.notes);
    QCOMPARE(readBack.postings.at(0).experienceMin, std::optional<double>(2.5));
    QCOMPARE(readBack.postings.at(0).experienceMax, std::optional<double>(1e20));
    QVERIFY(json.contains(R"(\"Staff\" \\ engineer\n\tline\r\u0001\u001f end)"));
}

void tst_DatasetJsonWriter::shouldNameTheFileItCannotWrite()
{
    QTemporaryDir dir;
    DatasetJsonWriter writer;
    QVERIFY(!writer.writeFile(test::sampleDataset(), dir.path()));
    QVERIFY(writer.errorString().contains(QDir::toNativeSeparators(dir.path())));
    const QString nowhere = dir.filePath(QStringLiteral("no/such/folder/export.json"));
    QVERIFY(!writer.writeFile(test::sampleDataset(), nowhere));
    QVERIFY2(writer.errorString().contains(QDir::toNativeSeparators(nowhere)),
             qPrintable(writer.errorString()));
    QVERIFY(!QFile::exists(nowhere));
}

QTEST_GUILESS_MAIN(tst_DatasetJsonWriter)
#include "tst_datasetjsonwriter.moc"
