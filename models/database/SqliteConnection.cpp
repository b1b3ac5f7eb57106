#include "SqliteConnection.h"

#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <sqlite3.h>

namespace jobexplorer {

namespace {

int openFlags(SqliteConnection::Mode mode, SqliteConnection::Threads threads)
{
    int flags = threads == SqliteConnection::Threads::OneThread ? SQLITE_OPEN_NOMUTEX : SQLITE_OPEN_FULLMUTEX;
    switch (mode) {
    case SqliteConnection::Mode::ReadOnly:
        return flags | SQLITE_OPEN_READONLY;
    case SqliteConnection::Mode::ReadWrite:
        return flags | SQLITE_OPEN_READWRITE;
    case SqliteConnection::Mode::ReadWriteCreate:
        return flags | SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    }
    return flags | SQLITE_OPEN_READONLY;
}

sqlite3 *openFile(const QByteArray &fileName, int flags)
{
    sqlite3 *handle = nullptr;
    if (sqlite3_open_v2(fileName.constData(), &handle, flags, nullptr) != SQLITE_OK) {
        // SQLite hands out a connection object even when opening fails, for its message.
        const QString message =
            handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QStringLiteral("out of memory");
        sqlite3_close(handle);
        throw SqliteError{message};
    }
    // Turns SQLite's result codes into the extended ones (SQLITE_IOERR_WRITE, …) in messages.
    sqlite3_extended_result_codes(handle, 1);
    return handle;
}

} // namespace

bool SqliteError::wasInterrupted() const
{
    return (code & 0xff) == SQLITE_INTERRUPT;
}

SqliteConnection::SqliteConnection(sqlite3 *handle) : m_handle(handle) {}

SqliteConnection::SqliteConnection(const QString &fileName, Mode mode, Threads threads)
    : m_handle(openFile(QFile::encodeName(fileName), openFlags(mode, threads)))
{
}

SqliteConnection SqliteConnection::readerOf(const SqliteConnection &other)
{
    return SqliteConnection(openFile(QByteArray(sqlite3_db_filename(other.m_handle, "main")),
                                     openFlags(Mode::ReadOnly, Threads::OneThread)));
}

SqliteConnection::SqliteConnection(SqliteConnection &&other) noexcept
{
    const std::lock_guard lock(other.m_closing);
    m_handle = std::exchange(other.m_handle, nullptr);
}

SqliteConnection::~SqliteConnection()
{
    const std::lock_guard lock(m_closing);
    // Statements are finalized by their own destructors before this (they cannot outlive the
    // connection they were made on); sqlite3_close_v2 would otherwise wait for them.
    sqlite3_close_v2(std::exchange(m_handle, nullptr));
}

QString SqliteConnection::fileName() const
{
    return QFile::decodeName(sqlite3_db_filename(m_handle, "main"));
}

QString SqliteConnection::errorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_handle));
}

void SqliteConnection::execute(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_handle, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        SqliteError error{QString::fromUtf8(message ? message : sqlite3_errmsg(m_handle)),
                          sqlite3_extended_errcode(m_handle)};
        sqlite3_free(message);
        throw error;
    }
}

void SqliteConnection::execute(const QString &sql)
{
    execute(sql.toUtf8().constData());
}

bool SqliteConnection::hasTable(const char *name)
{
    SqliteStatement s(*this, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    s.bindKey(name);
    return s.next();
}

QString SqliteConnection::quickCheck(int maxProblems)
{
    // quick_check without an argument stops after this many problems (SQLite's default).
    constexpr int MaxProblemsFound = 100;
    QStringList problems;
    int count = 0;
    SqliteStatement check(*this, "PRAGMA quick_check");
    while (check.next()) {
        ++count;
        if (problems.size() < maxProblems)
            problems << check.text(0);
    }
    if (count == 1 && problems == QStringList{QStringLiteral("ok")})
        return {};
    // A badly damaged file has a hundred problems; a message shows a few and counts the rest.
    const int more = count - int(problems.size());
    if (more > 0) {
        problems << (count < MaxProblemsFound
                         ? QCoreApplication::translate("jobexplorer::SqliteConnection", "and %n more",
                                                       "problems in a file", more)
                         : QCoreApplication::translate("jobexplorer::SqliteConnection",
                                                       "and at least %n more", "problems in a file", more));
    }
    return problems.join(QLatin1String("; "));
}

void SqliteConnection::interrupt()
{
    const std::lock_guard lock(m_closing);
    if (m_handle)
        sqlite3_interrupt(m_handle);
}

} // namespace jobexplorer
