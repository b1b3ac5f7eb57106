#pragma once

#include <QString>

#include <mutex>
#include <utility>

struct sqlite3;

namespace jobexplorer {

// What every SQLite call of the program throws when SQLite refuses: SQLite's own message
// (without the file name; the caller names the file).
struct SqliteError
{
    QString message;
    int code = 0; // SQLite's extended result code (SQLITE_FULL, SQLITE_INTERRUPT, …), 0 for ours
    bool wasInterrupted() const;
};

// One connection to an SQLite file, opened through our own libsqlite3 (never a handle taken
// out of a Qt Sql plugin, which may link another copy of SQLite) and closed when destroyed.
// Every reader and writer of posting databases goes through this class, SqliteStatement and
// SqliteTransaction.
class SqliteConnection final
{
public:
    enum class Mode {
        ReadOnly,
        ReadWrite,      // the file must exist
        ReadWriteCreate // created when missing
    };
    enum class Threads {
        Shared,   // may be used from several threads (one at a time); SQLite locks every call
        OneThread // used by one thread only: no locking per call (a million rows make tens of millions of
                  // calls)
    };

    // Opens fileName. Throws SqliteError when SQLite cannot open it.
    SqliteConnection(const QString &fileName, Mode mode, Threads threads = Threads::Shared);
    // Opens the same file as other, read-only, for another thread.
    static SqliteConnection readerOf(const SqliteConnection &other);
    ~SqliteConnection();
    SqliteConnection(SqliteConnection &&other) noexcept;
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;
    SqliteConnection &operator=(SqliteConnection &&) = delete;

    sqlite3 *handle() const { return m_handle; }
    // The file as SQLite resolved it.
    QString fileName() const;
    // SQLite's message for the last failed call.
    QString errorMessage() const;

    // Runs statements without results (a PRAGMA, a CREATE, BEGIN). Throws SqliteError.
    void execute(const char *sql);
    void execute(const QString &sql);

    // True when the file has a table of this name.
    bool hasTable(const char *name);

    // PRAGMA quick_check: an empty string when the file is sound, else the first
    // maxProblems problems SQLite found and how many more there were ("and 97 more"),
    // joined by "; ". Throws SqliteError when the check cannot run (a file that is not a
    // database) or was interrupted.
    QString quickCheck(int maxProblems = 3);

    // Makes a statement running on this connection stop soon with SQLITE_INTERRUPT. Safe to
    // call from any thread at any time, also while another thread destroys the connection:
    // both hold the same lock, so SQLite is never asked to interrupt a closed connection.
    void interrupt();

private:
    explicit SqliteConnection(sqlite3 *handle);

    sqlite3 *m_handle = nullptr;
    std::mutex m_closing;
};

} // namespace jobexplorer
