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
};

} // namespace jobexplorer
