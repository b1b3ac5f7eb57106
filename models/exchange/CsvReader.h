#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace jobexplorer {

// Reads delimited text (RFC 4180: fields quoted with '"', quotes doubled, quoted fields may hold
// delimiters and line breaks; CRLF or LF line ends) from bytes in memory, one record at a time.
// Parsing works on the bytes, which is safe for UTF-8 and single-byte encodings alike because
// the delimiter, quote and line ends are ASCII; each field is decoded on its own. The bytes are
// not copied: the QByteArray is implicitly shared.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::CsvReader)
public:
    enum class Encoding { Utf8, Windows1252 };

    struct Record
    {
        int line = 0; // 1-based line on which the record starts
        QStringList fields;
    };

    // Detects the encoding and skips a UTF-8 byte order mark; the delimiter is detected too.
    explicit CsvReader(QByteArray data);

    // UTF-8 when the bytes are valid UTF-8 (with or without a byte order mark), else
    // Windows-1252 (a superset of Latin-1 for printable text).
    static Encoding detectEncoding(const QByteArray &data);
    // Decodes bytes in the given encoding; 0x80–0x9F follow Windows-1252 (€, curly quotes…).
    static QString decode(const char *begin, qsizetype size, Encoding encoding);
    // The most likely delimiter among , ; tab | : the one found most often and the same number of
    // times on the first lines (outside quotes). ',' when none is found.
    static char detectDelimiter(const QByteArray &data, qsizetype offset = 0);
    // True for data that is not text: NUL bytes or many control characters near the start.
    static bool looksBinary(const QByteArray &data);

    Encoding encoding() const { return m_encoding; }
    void setEncoding(Encoding encoding) { m_encoding = encoding; }
    bool hasByteOrderMark() const { return m_start == 3; }
    char delimiter() const { return m_delimiter; }
    void setDelimiter(char delimiter) { m_delimiter = delimiter; }

    // Reads the next record into record. Returns false at the end of the data or on an error
    // (then errorString() is set; an unbalanced quote names the line where the field began).
    bool next(Record &record);
    bool atEnd() const { return m_pos >= m_data.size(); }
    // Starts again from the first record.
    void rewind();
    QString errorString() const { return m_error; }
    // Bytes consumed so far, for progress.
    qsizetype position() const { return m_pos; }
    qsizetype size() const { return m_data.size(); }

private:
    void skipBlankLines();
    bool readQuotedField(QByteArray &unquoted);

    QByteArray m_data;
    qsizetype m_start = 0;
    qsizetype m_pos = 0;
    int m_line = 1;
    Encoding m_encoding = Encoding::Utf8;
    char m_delimiter = ',';
    QString m_error;
};

} // namespace jobexplorer
