#include "CsvExporter.h"
#include "PostingDatabase.h"
#include "PostingStore.h"
#include "PostingTableModel.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace jobexplorer;

class tst_CsvExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shouldQuoteOnlyWhatNeedsQuoting_data();
    void shouldQuoteOnlyWhatNeedsQuoting();
    void shouldWriteTheTableAsShown();
    void shouldWriteChosenColumnsInOrder();
    void shouldWriteAFileOnlyWhenComplete();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostingStore> m_store;
    std::unique_ptr<PostingTableModel> m_model;
};

void tst_CsvExporter::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QString error;
    const auto database = PostingDatabase::open(test::writeDatabase(m_dir, test::sampleDataset()), &error);
    QVERIFY2(database, qPrintable(error));
    m_store = database->loadStore(&error);
    m_model = std::make_unique<PostingTableModel>();
    m_model->setStore(m_store.get());
}

void tst_CsvExporter::shouldQuoteOnlyWhatNeedsQuoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << "Kubernetes"
                           << "Kubernetes";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("comma") << "Santa Clara, CA"
                           << "\"Santa Clara, CA\"";
    QTest::newRow("quote") << "the \"Notable\" line"
                           << "\"the \"\"Notable\"\" line\"";
    QTest::newRow("line break") << "one\ntwo"
                                << "\"one\ntwo\"";
    QTest::newRow("accents stay") << "Zürich"
                                  << "Zürich";
}

void tst_CsvExporter::shouldQuoteOnlyWhatNeedsQuoting()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(CsvExporter::field(text), field);
}

void tst_CsvExporter::shouldWriteTheTableAsShown()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->sort(PostingTableModel::Company, Qt::AscendingOrder);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvExporter exporter;
    QVERIFY2(exporter.write(*m_model, buffer), qPrintable(exporter.errorString()));

    const QStringList lines = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 1 + 6 + 1); // header, six postings, nothing after the last CRLF
    QCOMPARE(lines.first(),
             QStringLiteral("Company,Title,Role family,Seniority,Location,Work mode,Experience,"
                            "Salary (annual),Skills"));
    QCOMPARE(lines.at(1),
             QStringLiteral("AppLovin,\"ML Infrastructure Engineer, New Grad\",ML Infrastructure Engineer,"
                            "Entry,\"Palo Alto, CA\",,0–2 years,\"$144,000 – $216,000\","
                            "C++; Python; Go; Data structures; Algorithms"));
    QVERIFY(lines.at(5).startsWith(QStringLiteral("Scale AI,")));
    QVERIFY(lines.at(5).contains(QStringLiteral("\"San Francisco, CA; New York, NY; Seattle, WA\"")));
    QVERIFY(lines.at(6).startsWith(QStringLiteral(",Enterprise MLOps Engineer (Azure ML/AKS/DevOps)")));
    QVERIFY(lines.last().isEmpty());
}

void tst_CsvExporter::shouldWriteChosenColumnsInOrder()
{
    m_model->setRows({1});
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvExporter exporter;
    QVERIFY(exporter.write(*m_model, buffer, {PostingTableModel::Title, PostingTableModel::Company}));
    QCOMPARE(QString::fromUtf8(buffer.data()),
             QStringLiteral(
                 "Title,Company\r\n\"AI Infrastructure Engineer, Model Serving Platform\",Scale AI\r\n"));
    m_model->setStore(m_store.get());
}

void tst_CsvExporter::shouldWriteAFileOnlyWhenComplete()
{
    CsvExporter exporter;
    const QString path = m_dir.filePath(QStringLiteral("postings.csv"));
    QVERIFY2(exporter.writeFile(*m_model, path), qPrintable(exporter.errorString()));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll().count("\r\n"), 7);

    // A folder given as the file, or a folder that does not exist: a message naming the file,
    // and nothing left behind.
    QVERIFY(!exporter.writeFile(*m_model, m_dir.path()));
    QVERIFY2(exporter.errorString().contains(QDir::toNativeSeparators(m_dir.path())),
             qPrintable(exporter.errorString()));
    QVERIFY(exporter.errorString().contains(QLatin1String("it is a folder")));
    const QString nowhere = m_dir.filePath(QStringLiteral("missing/folder/postings.csv"));
    QVERIFY(!exporter.writeFile(*m_model, nowhere));
    QVERIFY2(exporter.errorString().contains(QDir::toNativeSeparators(nowhere)),
             qPrintable(exporter.errorString()));
    QVERIFY(!QFile::exists(nowhere));
}

QTEST_GUILESS_MAIN(tst_CsvExporter)
#include "tst_csvexporter.moc"
