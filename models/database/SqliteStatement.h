#pragma once

#include "SqliteConnection.h"

#include <QStringEncoder>
#include <QStringView>

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jobexplorer {

// One prepared statement on a SqliteConnection, finalized when destroyed; it must not outlive
// the connection. Values are bound in parameter order (bindText(), bindInteger(), …) and sent
// with next() (a query: true while there is a row) or run() (an insert or update). Every
// failure throws SqliteError with SQLite's message.
//
// Readers and writers of a million rows make tens of millions of these calls, so they are
// inline and allocate nothing per value: text is converted to UTF-8 into buffers kept from row
// to row, and columns are read through sqlite3_column_value() (each sqlite3_column_*() call
// enters and leaves the connection's mutex and checks for errors: reading the postings'
// columns of a million rows took 996 ms that way and 684 ms this way). Such a value is
// "unprotected" in SQLite's words: not to be used from another thread than the connection's,
// which is never done here.
class SqliteStatement final
{
public:
    // Throws SqliteError when SQLite cannot prepare sql (a missing table, say).
    SqliteStatement(SqliteConnection &connection, const char *sql) : m_database(connection.handle())
    {
        if (sqlite3_prepare_v2(m_database, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            fail();
        m_buffers.resize(std::size_t(sqlite3_bind_parameter_count(m_statement)) + 1);
    }
    ~SqliteStatement() { sqlite3_finalize(m_statement); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Starts over: the next next() runs the statement again, the next bind is parameter 1.
    SqliteStatement &reset()
    {
        sqlite3_reset(m_statement);
        m_next = 1;
        return *this;
    }

    // Binding, in parameter order.
    // A text value; an empty string is bound as '' (for NOT NULL columns).
    SqliteStatement &bindText(QStringView value)
    {
        std::string &buffer = m_buffers[std::size_t(m_next)];
        buffer.resize(std::size_t(m_encoder.requiredSpace(value.size())));
        const char *end = m_encoder.appendToBuffer(buffer.data(), value);
        check(
            sqlite3_bind_text(m_statement, m_next++, buffer.data(), int(end - buffer.data()), SQLITE_STATIC));
        return *this;
    }
    // A text value, NULL when empty.
    SqliteStatement &bindNullable(QStringView value)
    {
        return value.isEmpty() ? bindNull() : bindText(value);
    }
    // A UTF-8 text value that lives as long as the program (vocabulary keys, table names).
    SqliteStatement &bindKey(const char *value)
    {
        check(sqlite3_bind_text(m_statement, m_next++, value, -1, SQLITE_STATIC));
        return *this;
    }
    // A UTF-8 text value that SQLite copies.
    SqliteStatement &bindCopy(const char *value)
    {
        check(sqlite3_bind_text(m_statement, m_next++, value, -1, SQLITE_TRANSIENT));
        return *this;
    }
    SqliteStatement &bindInteger(std::int64_t value)
    {
        check(sqlite3_bind_int64(m_statement, m_next++, value));
        return *this;
    }
    SqliteStatement &bindNullable(const std::optional<double> &value)
    {
        if (!value)
            return bindNull();
        check(sqlite3_bind_double(m_statement, m_next++, *value));
        return *this;
    }
    SqliteStatement &bindNullable(const std::optional<int> &value)
    {
        return value ? bindInteger(*value) : bindNull();
    }
    // Bytes that stay unchanged until the statement has run.
    SqliteStatement &bindBlob(std::string_view value)
    {
        check(sqlite3_bind_blob(m_statement, m_next++, value.data(), int(value.size()), SQLITE_STATIC));
        return *this;
    }
    SqliteStatement &bindNull()
    {
        check(sqlite3_bind_null(m_statement, m_next++));
        return *this;
    }

    // Steps to the next row: false at the end (the statement is then reset for another run).
    bool next()
    {
        const int result = sqlite3_step(m_statement);
        if (result == SQLITE_ROW)
            return true;
        reset();
        if (result != SQLITE_DONE)
            fail();
        return false;
    }
    // Runs a statement that returns no rows with the values bound, then resets it for the next
    // values; returns the last inserted row's id.
    std::int64_t run()
    {
        const int result = sqlite3_step(m_statement);
        reset();
        if (result != SQLITE_DONE && result != SQLITE_ROW)
            fail();
        return sqlite3_last_insert_rowid(m_database);
    }

    // Reading the current row's columns (0 is the first).
    std::int64_t integer(int column) const { return sqlite3_value_int64(value(column)); }
    bool isNull(int column) const { return sqlite3_value_type(value(column)) == SQLITE_NULL; }
    std::optional<double> number(int column) const
    {
        sqlite3_value *v = value(column);
        return sqlite3_value_type(v) == SQLITE_NULL ? std::nullopt
                                                    : std::optional<double>(sqlite3_value_double(v));
    }
    std::optional<int> optionalInteger(int column) const
    {
        sqlite3_value *v = value(column);
        return sqlite3_value_type(v) == SQLITE_NULL ? std::nullopt
                                                    : std::optional<int>(int(sqlite3_value_int64(v)));
    }
    std::string_view blob(int column) const
    {
        sqlite3_value *v = value(column);
        const auto *data = static_cast<const char *>(sqlite3_value_blob(v));
        return data ? std::string_view(data, static_cast<std::size_t>(sqlite3_value_bytes(v)))
                    : std::string_view();
    }
    // The UTF-8 bytes of a text column, valid until the next step.
    std::string_view bytes(int column) const
    {
        sqlite3_value *v = value(column);
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(v));
        return text ? std::string_view(text, static_cast<std::size_t>(sqlite3_value_bytes(v)))
                    : std::string_view();
    }
    QString text(int column) const
    {
        const std::string_view b = bytes(column);
        return QString::fromUtf8(b.data(), static_cast<qsizetype>(b.size()));
    }

private:
    sqlite3_value *value(int column) const { return sqlite3_column_value(m_statement, column); }
    void check(int result)
    {
        if (result != SQLITE_OK)
            fail();
    }
    [[noreturn]] void fail() const
    {
        throw SqliteError{QString::fromUtf8(sqlite3_errmsg(m_database)),
                          sqlite3_extended_errcode(m_database)};
    }

    sqlite3 *m_database;
    sqlite3_stmt *m_statement = nullptr;
    int m_next = 1;
    std::vector<std::string> m_buffers;
    QStringEncoder m_encoder{QStringConverter::Utf8, QStringConverter::Flag::Stateless};
};

} // namespace jobexplorer
