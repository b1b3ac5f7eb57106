#pragma once

#include "CsvReader.h"
#include "Dataset.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace jobexplorer {

// A file to import, read as rows of text under a header: CSV (delimiter, encoding and header
// row detected and changeable), a JSON list of objects (keys are the columns), or a dataset in
// our own JSON format (dataset-format.md), whose postings need no mapping.
class ImportSource final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::ImportSource)
public:
    enum class Format { Csv, JsonRows, JsonDataset };

    struct Row
    {
        int line = 0; // CSV: the line the record starts on; JSON: the item number (1-based)
        QStringList fields;
    };

    // Reads the file. Returns false and sets errorString() (naming the file and the problem)
    // when it cannot be read, is empty, is not text, or is JSON that is neither a list of
    // objects nor a dataset.
    bool open(const QString &fileName);
    // As open(), for bytes in memory; name is used in messages.
    bool openData(const QByteArray &data, const QString &name);

    QString fileName() const { return m_name; }
    Format format() const { return m_format; }
    QString errorString() const { return m_error; }

    CsvReader::Encoding encoding() const { return m_csv.encoding(); }
    void setEncoding(CsvReader::Encoding encoding);
    bool hasByteOrderMark() const { return m_csv.hasByteOrderMark(); }
    char delimiter() const { return m_csv.delimiter(); }
    void setDelimiter(char delimiter);
    bool hasHeaderRow() const { return m_headerRow; }
    void setHasHeaderRow(bool headerRow);

    // The column names: the header row, the JSON keys, or "Column 1"… without a header row.
    QStringList header() const { return m_header; }
    // Reads the next data row; false at the end or on an error (errorString() then set).
    bool next(Row &row);
    // Starts again from the first data row.
    void rewind();
    // The fields of the first count data rows (fewer in a shorter file), read from the start;
    // the next row read after it is the first again. For choosing a mapping by the values.
    QList<QStringList> sample(int count);
    // How far next() has got, 0 to 1.
    double progress() const;
    // "line 12" or "item 12", for messages about a row.
    QString rowName(int line) const;

    // The dataset of a JsonDataset file.
    const Dataset &dataset() const { return m_dataset; }

    // A first row that looks like a header: no empty, numeric or repeated field.
    static bool looksLikeHeader(const QStringList &fields);

private:
    bool fail(const QString &problem);
    void readHeader();

    QString m_name;
    Format m_format = Format::Csv;
    CsvReader m_csv{QByteArray()};
    bool m_headerRow = true;
    QStringList m_header;
    QJsonArray m_items;
    qsizetype m_item = 0;
    Dataset m_dataset;
    QString m_error;
};

} // namespace jobexplorer
