#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace jobexplorer {

class PostingStore;
class SqliteConnection;

// Reads a posting database into a PostingStore through SQLite's own API: a million postings
// mean tens of millions of cells, and reading them without a QVariant each, interning text
// straight from SQLite's bytes, is what keeps opening a large file within seconds.
class StoreLoader final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::StoreLoader)
public:
    // database: an open connection (not owned). Returns nullptr and sets *errorMessage (without
    // the file name) when a table cannot be read.
    static std::unique_ptr<PostingStore> load(SqliteConnection &database, QString *errorMessage);
    // Marks store's preferred skill mentions (posting_skills.requirement), which load() leaves
    // out: a scan of every mention (about 2.5 s for a million postings) that only the fit to a
    // client needs, so it is read when a client is first chosen. store must have been loaded
    // from database. Returns false and sets *errorMessage when the table cannot be read; the
    // mentions read so far stay marked.
    static bool loadPreferred(SqliteConnection &database, PostingStore &store, QString *errorMessage);
};

} // namespace jobexplorer
