#include "CsvReader.h"
#include "ImportSource.h"
#include "TestDatabase.h"

#include <QTest>

using namespace jobexplorer;

namespace {

using test::strings;

// Records as "line:field|field" strings, for one QCOMPARE per case.
QStringList records(const QByteArray &data, char delimiter = 0, QString *error = nullptr)
{
    CsvReader reader(data);
    if (delimiter)
        reader.setDelimiter(delimiter);
    QStringList result;
    CsvReader::Record record;
    while (reader.next(record))
        result << QString::number(record.line) % QLatin1Char(':') % record.fields.join(QLatin1Char('|'));
    if (error)
        *error = reader.errorString();
    return result;
}

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldSplitRecords_data();
    void shouldSplitRecords();
    void shouldDetectTheDelimiter_data();
    void shouldDetectTheDelimiter();
    void shouldDetectTheEncoding();
    void shouldReportAnUnbalancedQuoteWithItsLine();
    void shouldReadAHugeField();
    void shouldRecogniseBinaryData();
};

void tst_CsvReader::shouldSplitRecords_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n") << strings({"1:a|b", "2:1|2"});
    QTest::newRow("CRLF, no final line end") << QByteArray("a,b\r\n1,2") << strings({"1:a|b", "2:1|2"});
    QTest::newRow("quoted comma") << QByteArray("\"Santa Clara, CA\",x\n")
                                  << strings({"1:Santa Clara, CA|x"});
    QTest::newRow("doubled quotes") << QByteArray("\"the \"\"Notable\"\" line\"\n")
                                    << strings({"1:the \"Notable\" line"});
    QTest::newRow("quoted newline keeps line numbers")
        << QByteArray("t,d\n\"x\",\"one\ntwo\"\ny,z\n") << strings({"1:t|d", "2:x|one\ntwo", "4:y|z"});
    QTest::newRow("empty fields") << QByteArray(",,\n") << strings({"1:||"});
    QTest::newRow("trailing delimiter at end") << QByteArray("a,") << strings({"1:a|"});
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n\nb\n") << strings({"1:a", "4:b"});
    QTest::newRow("BOM skipped") << QByteArray("\xEF\xBB\xBFtitle\nx\n") << strings({"1:title", "2:x"});
}

void tst_CsvReader::shouldSplitRecords()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, expected);
    QCOMPARE(records(data, ','), expected);
}

void tst_CsvReader::shouldDetectTheDelimiter_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',';
    QTest::newRow("semicolon with decimal commas") << QByteArray("a;b;c\n1,5;2,5;3\n") << ';';
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << '\t';
    QTest::newRow("pipe") << QByteArray("a|b\n1|2\n") << '|';
    QTest::newRow("commas inside quotes do not count") << QByteArray("\"a,b,c\";d\n\"1,2\";3\n") << ';';
    QTest::newRow("one column") << QByteArray("title\nx\n") << ',';
}

void tst_CsvReader::shouldDetectTheDelimiter()
{
    QFETCH(QByteArray, data);
    QFETCH(char, delimiter);
    QCOMPARE(CsvReader::detectDelimiter(data), delimiter);
}

void tst_CsvReader::shouldDetectTheEncoding()
{
    // Given UTF-8 with and without BOM, and Windows-1252 text
    const QByteArray utf8 = QStringLiteral("Zürich – €").toUtf8();
    const QByteArray cp1252("Z\xFCrich \x96 \x80");
    // Then each is read as the same text
    QCOMPARE(CsvReader::detectEncoding(utf8), CsvReader::Encoding::Utf8);
    QCOMPARE(CsvReader::detectEncoding("\xEF\xBB\xBF" + utf8), CsvReader::Encoding::Utf8);
    QCOMPARE(CsvReader::detectEncoding(cp1252), CsvReader::Encoding::Windows1252);
    QCOMPARE(records(cp1252), QStringList{QStringLiteral("1:Zürich – €")});
    QCOMPARE(records(utf8), QStringList{QStringLiteral("1:Zürich – €")});
}

void tst_CsvReader::shouldReportAnUnbalancedQuoteWithItsLine()
{
    QString error;
    const QStringList read = records("a,b\n1,2\n3,\"never closed\n4,5\n", ',', &error);
    QCOMPARE(read, (strings({"1:a|b", "2:1|2"})));
    QVERIFY2(error.contains(QLatin1String("line 3")), qPrintable(error));
}

void tst_CsvReader::shouldReadAHugeField()
{
    const QByteArray big(10 * 1024 * 1024, 'x');
    CsvReader reader("title,description\nA,\"" + big + "\"\n");
    CsvReader::Record record;
    QVERIFY(reader.next(record));
    QVERIFY(reader.next(record));
    QCOMPARE(record.fields.at(1).size(), big.size());
    QVERIFY(!reader.next(record));
}

void tst_CsvReader::shouldRecogniseBinaryData()
{
    QVERIFY(CsvReader::looksBinary(QByteArray("PK\x03\x04\x00\x00garbage", 14)));
    QVERIFY(!CsvReader::looksBinary("title,company\nEngineer,Acme\n"));
    QVERIFY(ImportSource::looksLikeHeader(strings({"title", "company"})));
    QVERIFY(!ImportSource::looksLikeHeader(strings({"Engineer", "120000"})));
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
