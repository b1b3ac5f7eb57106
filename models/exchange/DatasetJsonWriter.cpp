#include "DatasetJsonWriter.h"

#include "OutputFile.h"

#include "DatasetReader.h"

#include <QBuffer>
#include <QDir>

#include <charconv>
#include <cmath>
#include <vector>

namespace jobexplorer {

namespace {

// Indented JSON written as it is made: keys in the order given (the order of
// dataset-format.md, easier to read than sorted), the text handed to the device in blocks.
// After a failed write everything further is dropped and ok() stays false.
class JsonStream final
{
public:
    explicit JsonStream(QIODevice &device) : m_device(device) { m_buffer.reserve(BlockSize + 4096); }

    bool ok() const { return m_ok; }
    bool finish()
    {
        m_buffer += '\n';
        flush();
        return m_ok;
    }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    // A member's name in an object; its value follows.
    JsonStream &key(const char *name)
    {
        separate();
        m_buffer += '"';
        m_buffer += name;
        m_buffer += "\": ";
        m_afterKey = true;
        return *this;
    }

    void null() { scalar("null"); }
    void boolean(bool value) { scalar(value ? "true" : "false"); }
    void string(const QString &value)
    {
        separate();
        escape(value);
    }
    // Empty text is written as null, as the format keeps absent values.
    void text(const QString &value) { value.isEmpty() ? null() : string(value); }
    void number(double value)
    {
        if (!std::isfinite(value))
            return null();
        char digits[32];
        // The shortest text that reads back as the same double ("120000", "0.5", "1e+20").
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        separate();
        m_buffer.append(digits, end - digits);
        afterValue();
    }
    template <typename T> void number(const std::optional<T> &value)
    {
        value ? number(double(*value)) : null();
    }

private:
    static constexpr qsizetype BlockSize = 1 << 20;

    void open(char bracket)
    {
        separate();
        m_buffer += bracket;
        m_members.push_back(0);
    }
    void close(char bracket)
    {
        const bool empty = m_members.back() == 0;
        m_members.pop_back();
        if (!empty)
            newLine();
        m_buffer += bracket;
        afterValue();
    }
    void scalar(const char *literal)
    {
        separate();
        m_buffer += literal;
        afterValue();
    }
    // Before a value or a key: nothing after a key, else a comma after the previous member and
    // a new line at the current depth.
    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_members.empty())
            return;
        if (m_members.back()++ > 0)
            m_buffer += ',';
        newLine();
    }
    void afterValue()
    {
        if (m_buffer.size() >= BlockSize)
            flush();
    }
    void newLine()
    {
        m_buffer += '\n';
        m_buffer.append(qsizetype(m_members.size()) * 2, ' ');
    }
    void escape(const QString &value)
    {
        static constexpr char hex[] = "0123456789abcdef";
        m_buffer += '"';
        const QByteArray utf8 = value.toUtf8();
        const char *run = utf8.constData();
        const char *const end = run + utf8.size();
        // Runs of bytes that need no escape are copied whole.
        for (const char *at = run; at != end; ++at) {
            const auto byte = static_cast<unsigned char>(*at);
            if (byte >= 0x20 && byte != '"' && byte != '\\')
                continue;
            m_buffer.append(run, at - run);
            run = at + 1;
            switch (byte) {
            case '"':
                m_buffer += "\\\"";
                break;
            case '\\':
                m_buffer += "\\\\";
                break;
            case '\n':
                m_buffer += "\\n";
                break;
            case '\t':
                m_buffer += "\\t";
                break;
            case '\r':
                m_buffer += "\\r";
                break;
            default:
                m_buffer += "\\u00";
                m_buffer += hex[byte >> 4];
                m_buffer += hex[byte & 0xf];
            }
        }
        m_buffer.append(run, end - run);
        m_buffer += '"';
        afterValue();
    }
    void flush()
    {
        if (m_ok && !m_buffer.isEmpty())
            m_ok = m_device.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
    }

    QIODevice &m_device;
    QByteArray m_buffer;
    std::vector<int> m_members; // per open object or array: how many members written so far
    bool m_afterKey = false;
    bool m_ok = true;
};

void writePosting(JsonStream &json, const PostingRecord &p)
{
    json.beginObject();
    json.key("source_id").text(p.sourceId);
    json.key("company").text(p.company);
    json.key("label").text(p.label);
    json.key("title").string(p.title);
    json.key("role_family").text(p.roleFamily);
    json.key("seniority").string(Vocabulary::key(Vocabulary::seniorities, p.seniority));
    json.key("seniority_text").text(p.seniorityText);
    json.key("experience").beginObject();
    json.key("min").number(p.experienceMin);
    json.key("max").number(p.experienceMax);
    json.key("text").text(p.experienceText);
    json.endObject();
    json.key("work_mode").string(Vocabulary::key(Vocabulary::workModes, p.workMode));
    json.key("work_mode_text").text(p.workModeText);
    json.key("employment_type").string(Vocabulary::key(Vocabulary::employmentTypes, p.employmentType));
    json.key("salary");
    if (p.salary.isStated()) {
        json.beginObject();
        json.key("min").number(p.salary.min);
        json.key("max").number(p.salary.max);
        json.key("currency").text(p.salary.currency);
        json.key("period").string(Vocabulary::key(Vocabulary::payPeriods, p.salary.period));
        json.key("text").text(p.salary.text);
        json.endObject();
    } else {
        json.null();
    }
    json.key("industry").text(p.industry);
    json.key("company_size").text(p.companySize);
    json.key("posted_date").text(p.postedDate.isValid() ? p.postedDate.toString(Qt::ISODate) : QString());
    json.key("source_url").text(p.sourceUrl);
    json.key("notes").text(p.notes);
    json.key("locations").beginArray();
    for (const LocationRecord &l : p.locations) {
        json.beginObject();
        json.key("city").text(l.city);
        json.key("region").text(l.region);
        json.key("country").text(l.country);
        json.key("metro_area").text(l.metroArea);
        json.key("text").text(l.text);
        json.endObject();
    }
    json.endArray();
    json.key("skills").beginArray();
    for (const SkillMentionRecord &s : p.skills) {
        json.beginObject();
        json.key("skill").string(s.skill);
        json.key("requirement").string(Vocabulary::key(Vocabulary::requirements, s.requirement));
        json.key("mention").text(s.mention);
        json.endObject();
    }
    json.endArray();
    json.endObject();
}

// The members every published figure has (table, label, count, total, percent, detail, note).
template <typename Record> void writePublished(JsonStream &json, const Record &record)
{
    json.key("table").string(record.table);
    json.key("label").string(record.label);
    json.key("count").number(record.count);
    json.key("total").number(record.total);
    json.key("percent").number(record.percent);
    json.key("detail").text(record.detail);
    json.key("note").text(record.note);
}

void writeReference(JsonStream &json, const Dataset &dataset)
{
    json.key("reference").beginObject();
    json.key("salary_bands").beginArray();
    for (const SalaryBandRecord &b : dataset.salaryBands) {
        json.beginObject();
        json.key("section").text(b.section);
        json.key("level");
        b.level ? json.string(Vocabulary::key(Vocabulary::seniorities, *b.level)) : json.null();
        json.key("level_text").text(b.levelText);
        json.key("pay_type").string(b.payType);
        json.key("qualifier").text(b.qualifier);
        json.key("min").number(b.min);
        json.key("max").number(b.max);
        json.key("open_ended").boolean(b.openEnded);
        json.key("currency").text(b.currency);
        json.key("period").string(Vocabulary::key(Vocabulary::payPeriods, b.period));
        json.key("text").string(b.text);
        json.endObject();
    }
    json.endArray();
    json.key("skill_frequencies").beginArray();
    for (const SkillFrequencyRecord &f : dataset.skillFrequencies) {
        json.beginObject();
        writePublished(json, f);
        json.key("category").text(f.category);
        json.key("skill").text(f.skill);
        json.endObject();
    }
    json.endArray();
    json.key("figures").beginArray();
    for (const FigureRecord &f : dataset.figures) {
        json.beginObject();
        writePublished(json, f);
        json.key("value_text").text(f.valueText);
        json.endObject();
    }
    json.endArray();
    json.endObject();
}

// The postings the dataset holds, as a source.
DatasetJsonWriter::PostingSource postingsOf(const Dataset &dataset)
{
    return [&dataset](const PostingVisitor &visit) {
        for (const PostingRecord &posting : dataset.postings)
            visit(posting);
    };
}

} // namespace

bool DatasetJsonWriter::write(const Dataset &header, const PostingSource &postings, QIODevice &device)
{
    JsonStream json(device);
    json.beginObject();
    json.key("format").string(QStringLiteral("jobexplorer-dataset"));
    json.key("format_version").number(double(DatasetReader::FormatVersion));
    json.key("meta").beginObject();
    json.key("title").text(header.meta.title);
    json.key("source").text(header.meta.source);
    json.key("collection_period").text(header.meta.collectionPeriod);
    json.key("description").text(header.meta.description);
    json.endObject();
    json.key("skill_categories").beginArray();
    for (const SkillCategoryRecord &c : header.skillCategories) {
        json.beginObject();
        json.key("key").string(c.key);
        json.key("name").string(c.name);
        json.endObject();
    }
    json.endArray();
    json.key("skills").beginArray();
    for (const SkillRecord &s : header.skills) {
        json.beginObject();
        json.key("name").string(s.name);
        json.key("category").text(s.category);
        json.key("aliases").beginArray();
        for (const QString &alias : s.aliases)
            json.string(alias);
        json.endArray();
        json.endObject();
    }
    json.endArray();
    json.key("postings").beginArray();
    postings([&json](const PostingRecord &posting) {
        if (json.ok())
            writePosting(json, posting);
    });
    json.endArray();
    writeReference(json, header);
    json.endObject();
    return json.finish();
}

QByteArray DatasetJsonWriter::toJson(const Dataset &dataset)
{
    QByteArray text;
    QBuffer buffer(&text);
    buffer.open(QIODevice::WriteOnly);
    write(dataset, postingsOf(dataset), buffer);
    return text;
}

bool DatasetJsonWriter::writeFile(const Dataset &dataset, const QString &fileName)
{
    return writeFile(dataset, postingsOf(dataset), fileName);
}

bool DatasetJsonWriter::writeFile(const Dataset &header, const PostingSource &postings,
                                  const QString &fileName)
{
    const QString shown = QDir::toNativeSeparators(fileName);
    OutputFile file(fileName);
    if (!file.open()) {
        m_error = tr("Cannot write %1: %2").arg(shown, file.errorString());
        return false;
    }
    if (!write(header, postings, file.device())) {
        m_error = tr("Cannot write %1: %2").arg(shown, file.deviceProblem());
        return false;
    }
    if (!file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(shown, file.errorString());
        return false;
    }
    return true;
}

} // namespace jobexplorer
