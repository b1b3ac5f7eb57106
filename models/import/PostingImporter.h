#pragma once

#include "Dataset.h"
#include "ImportMapping.h"
#include "ImportPreviewModel.h"
#include "ImportSource.h"
#include "SkillRecognizer.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace jobexplorer {

struct RejectedRow
{
    int line = 0;   // as ImportSource::Row::line
    QString column; // the column at fault, empty when the row as a whole is
    QString reason;
};

struct ImportSummary
{
    int read = 0;       // data rows read
    int imported = 0;   // postings added
    int duplicates = 0; // skipped: same source id, or same company, title, location and date
    int newSkills = 0;  // listed skills not in the taxonomy, added as "uncategorised"
    QList<RejectedRow> rejected;
    QString mappingName;
    bool cancelled = false;
};

struct ImportSettings
{
    std::optional<ImportMapping> mapping; // chosen by the header when empty
    std::optional<CsvReader::Encoding> encoding;
    std::optional<char> delimiter;
    std::optional<bool> headerRow;
    bool abortOnBadRow = false; // else bad rows are skipped and reported
    bool recogniseSkills = true;
};

// Turns rows of an ImportSource into postings of a dataset: mapping, normalisation
// (PostingNormalizer), skill linking (SkillRecognizer), validation and duplicate detection.
// Starts from a base dataset (the target database's content, or just a taxonomy for a new
// database) and adds to it; new listed skills join the taxonomy in an "uncategorised" category.
// Writing is DatasetWriter's: see run().
class PostingImporter final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::PostingImporter)
public:
    // Marks a skill found in description text, as opposed to one the source lists.
    static QString recognisedPrefix() { return QStringLiteral("recognised: "); }
    static QString uncategorisedKey() { return QStringLiteral("uncategorised"); }
    // Listed items longer than this many words are prose, searched for skills instead.
    static constexpr int MaxListedSkillWords = 5;

    explicit PostingImporter(Dataset base, bool recogniseSkills = true);
    ~PostingImporter();

    // Prepares for rows under header with this mapping.
    void setMapping(const ImportMapping &mapping, const QStringList &header);
    // Converts one row; std::nullopt and *problem (line, column, reason) when the row is bad.
    std::optional<PostingRecord> convert(const ImportSource::Row &row, RejectedRow *problem);
    // Adds a converted posting unless it duplicates one already there; false for a duplicate.
    bool add(PostingRecord posting);
    // Adds a posting of a dataset file, bringing the skills it names (and their categories)
    // into the taxonomy; false for a duplicate.
    bool addFromDataset(const PostingRecord &posting, const Dataset &source);

    // The first count rows of source as they would be stored, or with their problem, without
    // adding them. For a dataset file, its first postings.
    QList<ImportPreviewModel::Row> previewRows(ImportSource &source, const ImportMapping &mapping, int count);

    const Dataset &dataset() const { return m_dataset; }
    Dataset takeDataset() { return std::move(m_dataset); }
    int newSkills() const { return m_newSkills; }

    using Progress = std::function<void(double fraction, int rowsRead)>;

    // Reads every row of source into the dataset (see ImportSettings). Calls progress now and
    // then; stops early when *cancel becomes true (summary.cancelled). Returns false when
    // abortOnBadRow is set and a row is bad, or on a read error (*errorMessage set).
    bool importRows(ImportSource &source, const ImportSettings &settings, ImportSummary &summary,
                    QString *errorMessage, const Progress &progress = {},
                    const std::atomic_bool *cancel = nullptr);

    // The whole import: reads sourceFile and adds its postings to database. A new database
    // (database does not exist) is made from the taxonomy in taxonomyFile and written whole
    // (DatasetWriter::write); to an existing one the new postings and skills are added in one
    // transaction (DatasetWriter::append), reading only its taxonomy and the columns duplicates
    // are found by. Any failure, a cancel, an abort on a bad row or nothing to import leaves
    // database exactly as it was; then false, *errorMessage, and summary.imported is 0 (the
    // other counts say what was read).
    static bool run(const QString &sourceFile, const QString &database, const QString &taxonomyFile,
                    const ImportSettings &settings, ImportSummary &summary, QString *errorMessage,
                    const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

    // The dataset a new database starts from: the taxonomy file's skills and categories, and
    // meta naming the imported file.
    static std::optional<Dataset> newBase(const QString &taxonomyFile, const QString &sourceFile,
                                          QString *errorMessage);
    // The dataset in an existing database, entirely.
    static std::optional<Dataset> existingBase(const QString &database, QString *errorMessage);
    // What an append starts from: an existing database's meta and taxonomy, without postings.
    static std::optional<Dataset> existingTaxonomy(const QString &database, QString *errorMessage);

private:
    // Remembers the source ids and duplicate keys of the postings stored in database, so that
    // add() skips them; reads only those columns. False and *errorMessage when it cannot.
    bool rememberStored(const QString &database, QString *errorMessage);
    QString duplicateKey(const PostingRecord &posting) const;
    void remember(const PostingRecord &posting);
    int skillFor(const QString &listed);
    void linkSkills(PostingRecord &posting, const QString &listed, const QString &text);

    // The steps of convert(). A Problem is a bad value: the field at fault and why.
    class RowValues;
    struct Problem
    {
        ImportMapping::Field field;
        QString reason;
    };
    static std::optional<Problem> readExperience(const RowValues &values, PostingRecord &posting);
    static void readWorkMode(const RowValues &values, PostingRecord &posting);
    static void readLocations(const RowValues &values, PostingRecord &posting);
    static std::optional<Problem> readSalary(const RowValues &values, SalaryRecord &salary);

    Dataset m_dataset;
    std::unique_ptr<SkillRecognizer> m_recognizer;
    // addFromDataset()'s index of the source dataset's skills, and the dataset it indexes.
    std::unique_ptr<SkillRecognizer> m_sourceSkills;
    const Dataset *m_sourceDataset = nullptr;
    bool m_recognise = true;
    std::array<int, ImportMapping::FieldCount> m_columns{};
    QStringList m_header;
    QSet<QString> m_sourceIds;
    QSet<QString> m_keys;
    int m_newSkills = 0;
};

} // namespace jobexplorer
