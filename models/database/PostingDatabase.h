#pragma once

#include "Dataset.h"
#include "PostingDetail.h"
#include "PostingStore.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace jobexplorer {

class SqliteConnection;

// An open, checked posting database (schema.md): opening, checking and reading it (StoreLoader
// reads the store for it); DatasetWriter writes new databases. Never shows a dialog: failures come back as a
// null result and a message that names the file and the problem.
class PostingDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::PostingDatabase)
public:
    static constexpr int FormatVersion = 1;
    static constexpr int ApplicationId = 0x4A4D4558; // "JMEX"
    // meta.format of every posting database.
    static constexpr const char *FormatName = "jobexplorer-postings";

    ~PostingDatabase();
    PostingDatabase(const PostingDatabase &) = delete;
    PostingDatabase &operator=(const PostingDatabase &) = delete;

    enum class Check {
        Full,    // PRAGMA quick_check before anything is read
        Deferred // the caller checks later (IntegrityCheck), e.g. for a large file
    };

    // Checks that fileName exists, is SQLite, passes PRAGMA quick_check (unless deferred), has
    // this format and a version this app reads. A file the user cannot write is opened
    // read-only (isReadOnly()). Returns nullptr and sets *errorMessage when the file cannot be
    // used.
    static std::unique_ptr<PostingDatabase> open(const QString &fileName, QString *errorMessage,
                                                 Check check = Check::Full);

    QString fileName() const { return m_fileName; }
    bool isReadOnly() const { return m_readOnly; }
    int formatVersion() const { return m_formatVersion; }

    // Loads every posting into a new store. Returns nullptr and sets *errorMessage on failure.
    std::unique_ptr<PostingStore> loadStore(QString *errorMessage) const;
    // Marks which of store's skill mentions are preferred (StoreLoader::loadPreferred), for the
    // fit to a client; store must come from loadStore(). Returns false and sets *errorMessage
    // naming the file on failure.
    bool loadPreferredMentions(PostingStore &store, QString *errorMessage) const;
    // All fields of one posting, or std::nullopt when there is no such posting.
    std::optional<PostingDetail> loadDetail(std::int64_t postingId) const;

    // The dataset of the given postings, complete: meta, the whole skill taxonomy, every field
    // of each posting (in the order given) and the published figures, as DatasetJsonWriter
    // writes it. Postings that do not exist are left out. Reads the tables set-wise, in runs of
    // nearby ids: time grows with the number of ids, not one query per table per posting.
    Dataset loadDataset(const std::vector<std::int64_t> &postingIds) const;
    // The same in two parts, for writing more postings than memory holds at once: the dataset
    // without postings (meta, taxonomy, published figures), and the postings handed to visit
    // one at a time, read a batch of ids at a time.
    Dataset loadDatasetHeader() const;
    void forEachPosting(const std::vector<std::int64_t> &postingIds, const PostingVisitor &visit) const;

    // The figures published by the dataset's source (salary bands, skill frequencies, other
    // figures), in the order stored; the other members of the returned Dataset stay empty.
    Dataset loadReference() const;

    // forEachPosting() reads this many of the ids asked for at a time: enough that runs of
    // nearby ids stay long, few enough that a batch of postings is a few megabytes.
    static constexpr std::size_t ExportBatch = 20000;
    // Ids at most this far apart are read by one range query in loadDataset().
    static constexpr std::int64_t MaxIdGap = 16;

private:
    PostingDatabase(std::unique_ptr<SqliteConnection> connection, QString fileName, bool readOnly,
                    int formatVersion);
    QString problem(const QString &what) const;
    // Why a file with our tables is still not ours (another application id or format name), or
    // an empty string.
    static QString foreignMarks(SqliteConnection &connection);

    std::unique_ptr<SqliteConnection> m_connection;
    QString m_fileName;
    bool m_readOnly = false;
    int m_formatVersion = 0;
    // No export may write over the file while it is open (OutputFile).
    int m_protection = 0;
};

} // namespace jobexplorer
