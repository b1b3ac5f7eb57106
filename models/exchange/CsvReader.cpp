#include "CsvReader.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace jobexplorer {

namespace {

constexpr qsizetype BomSize = 3;
constexpr int DelimiterSampleLines = 20;
constexpr qsizetype BinarySampleSize = 4096;
// Text with more than one control character (other than tab, CR, LF) in this many is binary.
constexpr int BinaryControlRatio = 32;

// Windows-1252 0x80–0x9F; the five unassigned bytes keep their Latin-1 (C1 control) meaning.
constexpr std::array<char16_t, 32> Windows1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

bool isValidUtf8(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const auto *end = p + data.size();
    while (p < end) {
        // Eight ASCII bytes at a time: most of a file is ASCII.
        if (end - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, sizeof word);
            if ((word & 0x8080808080808080ULL) == 0) {
                p += 8;
                continue;
            }
        }
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            extra = 1;
        else if ((c & 0xF0) == 0xE0)
            extra = 2;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return false;
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
        }
        p += extra + 1;
    }
    return true;
}

bool hasBom(const QByteArray &data)
{
    return data.startsWith("\xEF\xBB\xBF");
}

} // namespace

CsvReader::CsvReader(QByteArray data) : m_data(std::move(data))
{
    m_encoding = detectEncoding(m_data);
    m_start = hasBom(m_data) ? BomSize : 0;
    m_pos = m_start;
    m_delimiter = detectDelimiter(m_data, m_start);
}

CsvReader::Encoding CsvReader::detectEncoding(const QByteArray &data)
{
    return hasBom(data) || isValidUtf8(data) ? Encoding::Utf8 : Encoding::Windows1252;
}

QString CsvReader::decode(const char *begin, qsizetype size, Encoding encoding)
{
    if (encoding == Encoding::Utf8)
        return QString::fromUtf8(begin, size);
    QString text(size, Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(begin[i]);
        out[i] = (byte >= 0x80 && byte <= 0x9F) ? QChar(Windows1252High[byte - 0x80]) : QChar(char16_t(byte));
    }
    return text;
}

char CsvReader::detectDelimiter(const QByteArray &data, qsizetype offset)
{
    static constexpr std::array<char, 4> candidates{',', ';', '\t', '|'};
    // counts[line][candidate], outside quotes, for the first lines.
    QList<std::array<int, 4>> counts;
    std::array<int, 4> current{};
    bool quoted = false;
    for (qsizetype i = offset; i < data.size() && counts.size() < DelimiterSampleLines; ++i) {
        const char c = data.at(i);
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == '\n') {
            counts.append(current);
            current = {};
        } else if (!quoted) {
            for (std::size_t k = 0; k < candidates.size(); ++k) {
                if (c == candidates[k])
                    ++current[k];
            }
        }
    }
    if (counts.size() < DelimiterSampleLines && current != std::array<int, 4>{})
        counts.append(current);
    if (counts.isEmpty())
        return ',';
    // Prefer a delimiter found the same number of times on every sampled line, then the most
    // frequent one.
    int best = -1;
    bool bestConsistent = false;
    int bestCount = 0;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        const int first = counts.constFirst()[k];
        if (first == 0)
            continue;
        bool consistent = true;
        for (const auto &line : counts) {
            if (line[k] != first)
                consistent = false;
        }
        if (best < 0 || (consistent && !bestConsistent) ||
            (consistent == bestConsistent && first > bestCount)) {
            best = static_cast<int>(k);
            bestConsistent = consistent;
            bestCount = first;
        }
    }
    return best < 0 ? ',' : candidates[static_cast<std::size_t>(best)];
}

bool CsvReader::looksBinary(const QByteArray &data)
{
    const qsizetype n = std::min(data.size(), BinarySampleSize);
    int controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(data.at(i));
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            ++controls;
    }
    return controls * BinaryControlRatio > n;
}

void CsvReader::rewind()
{
    m_pos = m_start;
    m_line = 1;
    m_error.clear();
}

bool CsvReader::next(Record &record)
{
    record.fields.clear();
    const char *data = m_data.constData();
    const qsizetype size = m_data.size();
    skipBlankLines();
    if (m_pos >= size)
        return false;
    record.line = m_line;
    QByteArray unquoted; // a quoted field with doubled quotes, rebuilt (one buffer for the record)
    while (true) {
        if (m_pos < size && data[m_pos] == '"') {
            if (!readQuotedField(unquoted))
                return false;
            record.fields << decode(unquoted.constData(), unquoted.size(), m_encoding);
        } else {
            const qsizetype begin = m_pos;
            // Scan for the delimiter or a line end.
            while (m_pos < size) {
                const char c = data[m_pos];
                if (c == m_delimiter || c == '\n' || c == '\r')
                    break;
                ++m_pos;
            }
            record.fields << decode(data + begin, m_pos - begin, m_encoding);
        }
        if (m_pos >= size)
            return true;
        const char c = data[m_pos];
        if (c == m_delimiter) {
            ++m_pos;
            if (m_pos >= size) {
                record.fields << QString();
                return true;
            }
            continue;
        }
        // Line end: CRLF, LF or a lone CR.
        if (c == '\r')
            ++m_pos;
        if (m_pos < size && data[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        return true;
    }
}

// Blank lines between records.
void CsvReader::skipBlankLines()
{
    const char *data = m_data.constData();
    const qsizetype size = m_data.size();
    while (m_pos < size && (data[m_pos] == '\n' || data[m_pos] == '\r')) {
        if (data[m_pos] == '\n')
            ++m_line;
        ++m_pos;
    }
}

// From the opening quote at m_pos to the delimiter or line end after the closing quote: the
// field's bytes into unquoted, doubled quotes made single. False (errorString() set, the reader
// at the end) when the quote is never closed.
bool CsvReader::readQuotedField(QByteArray &unquoted)
{
    const char *data = m_data.constData();
    const qsizetype size = m_data.size();
    const int openedOn = m_line;
    ++m_pos;
    unquoted.clear();
    qsizetype chunk = m_pos;
    bool closed = false;
    while (m_pos < size) {
        const char c = data[m_pos];
        if (c == '"') {
            if (m_pos + 1 < size && data[m_pos + 1] == '"') {
                unquoted.append(data + chunk, m_pos + 1 - chunk);
                m_pos += 2;
                chunk = m_pos;
                continue;
            }
            unquoted.append(data + chunk, m_pos - chunk);
            ++m_pos;
            closed = true;
            break;
        }
        if (c == '\n')
            ++m_line;
        ++m_pos;
    }
    if (!closed) {
        m_error = tr("line %1: a quoted field is never closed").arg(openedOn);
        m_pos = size;
        return false;
    }
    // Text after the closing quote up to the delimiter is kept, as most readers do.
    qsizetype tail = m_pos;
    while (m_pos < size && data[m_pos] != m_delimiter && data[m_pos] != '\n' && data[m_pos] != '\r')
        ++m_pos;
    unquoted.append(data + tail, m_pos - tail);
    return true;
}

} // namespace jobexplorer
