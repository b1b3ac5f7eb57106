#include "ImportSource.h"

#include "DatasetReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace jobexplorer {

namespace {

QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // Integers (job ids, epoch milliseconds) without an exponent.
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList items;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            items << cellText(item);
        return items.join(QLatin1String("; "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

} // namespace

bool ImportSource::fail(const QString &problem)
{
    m_error = tr("Cannot import %1: %2").arg(QDir::toNativeSeparators(m_name), problem);
    return false;
}

bool ImportSource::open(const QString &fileName)
{
    m_name = fileName;
    // Reading a named pipe or a device would wait for a writer that may never come.
    if (const QFileInfo info(fileName); info.exists() && !info.isFile() && !info.isDir())
        return fail(tr("it is not a regular file (a named pipe or a device, say)."));
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(file.errorString());
    return openData(data, fileName);
}

bool ImportSource::openData(const QByteArray &data, const QString &name)
{
    m_name = name;
    m_error.clear();
    m_header.clear();
    m_items = {};
    m_dataset = {};
    if (data.trimmed().isEmpty() || data == "\xEF\xBB\xBF")
        return fail(tr("the file is empty."));
    if (CsvReader::looksBinary(data))
        return fail(tr("the file is not text (it holds binary data)."));
    const QByteArray start = data.left(64).trimmed();
    const bool json = start.startsWith('[') || start.startsWith('{') || start.startsWith("\xEF\xBB\xBF[") ||
                      start.startsWith("\xEF\xBB\xBF{");
    if (json) {
        QJsonParseError parseError;
        const QByteArray body = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(tr("not valid JSON at character %1: %2")
                            .arg(parseError.offset)
                            .arg(parseError.errorString()));
        if (document.isObject()) {
            if (document.object().value(QLatin1String("format")).toString() !=
                QLatin1String("jobexplorer-dataset"))
                return fail(tr("the JSON is neither a list of objects nor a Job Market Explorer dataset."));
            DatasetReader reader;
            if (!reader.read(body, name, m_dataset)) {
                m_error = reader.errorString();
                return false;
            }
            m_format = Format::JsonDataset;
            return true;
        }
        m_items = document.array();
        QSet<QString> seen;
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            if (!m_items.at(i).isObject())
                return fail(tr("the JSON is not a list of objects (item %1 is not an object).").arg(i + 1));
            const QJsonObject object = m_items.at(i).toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!seen.contains(it.key())) {
                    seen.insert(it.key());
                    m_header << it.key();
                }
            }
        }
        if (m_items.isEmpty())
            return fail(tr("the JSON list is empty."));
        m_format = Format::JsonRows;
        m_item = 0;
        return true;
    }
    m_format = Format::Csv;
    m_csv = CsvReader(data);
    CsvReader::Record first;
    m_csv.next(first);
    m_headerRow = looksLikeHeader(first.fields);
    readHeader();
    return m_error.isEmpty();
}

bool ImportSource::looksLikeHeader(const QStringList &fields)
{
    QSet<QString> seen;
    for (const QString &field : fields) {
        const QString t = field.trimmed();
        bool number = false;
        t.toDouble(&number);
        if (t.isEmpty() || number || seen.contains(t))
            return false;
        seen.insert(t);
    }
    return !fields.isEmpty();
}

void ImportSource::readHeader()
{
    m_csv.rewind();
    CsvReader::Record first;
    if (!m_csv.next(first)) {
        if (!m_csv.errorString().isEmpty())
            fail(m_csv.errorString());
        return;
    }
    m_header.clear();
    if (m_headerRow) {
        for (const QString &field : std::as_const(first.fields))
            m_header << field.trimmed();
    } else {
        for (qsizetype i = 0; i < first.fields.size(); ++i)
            m_header << tr("Column %1").arg(i + 1);
        m_csv.rewind();
    }
}

void ImportSource::setEncoding(CsvReader::Encoding encoding)
{
    m_csv.setEncoding(encoding);
    if (m_format == Format::Csv)
        readHeader();
}

void ImportSource::setDelimiter(char delimiter)
{
    m_csv.setDelimiter(delimiter);
    if (m_format == Format::Csv)
        readHeader();
}

void ImportSource::setHasHeaderRow(bool headerRow)
{
    m_headerRow = headerRow;
    if (m_format == Format::Csv)
        readHeader();
}

void ImportSource::rewind()
{
    m_error.clear();
    if (m_format == Format::Csv)
        readHeader();
    m_item = 0;
}

QList<QStringList> ImportSource::sample(int count)
{
    QList<QStringList> rows;
    rewind();
    Row row;
    while (rows.size() < count && next(row))
        rows << row.fields;
    rewind();
    return rows;
}

bool ImportSource::next(Row &row)
{
    if (m_format == Format::JsonRows) {
        if (m_item >= m_items.size())
            return false;
        const QJsonObject object = m_items.at(m_item).toObject();
        ++m_item;
        row.line = int(m_item);
        row.fields.clear();
        for (const QString &key : std::as_const(m_header))
            row.fields << cellText(object.value(key));
        return true;
    }
    if (m_format != Format::Csv)
        return false;
    CsvReader::Record record;
    if (!m_csv.next(record)) {
        if (!m_csv.errorString().isEmpty())
            fail(m_csv.errorString());
        return false;
    }
    row.line = record.line;
    row.fields = std::move(record.fields);
    return true;
}

double ImportSource::progress() const
{
    if (m_format == Format::JsonRows)
        return m_items.isEmpty() ? 1.0 : double(m_item) / double(m_items.size());
    if (m_format == Format::Csv)
        return m_csv.size() == 0 ? 1.0 : double(m_csv.position()) / double(m_csv.size());
    return 1.0;
}

QString ImportSource::rowName(int line) const
{
    return m_format == Format::Csv ? tr("line %1").arg(line) : tr("item %1").arg(line);
}

} // namespace jobexplorer
