#pragma once

#include "SqliteConnection.h"

namespace jobexplorer {

// Begins a transaction on a connection; rolls it back when destroyed unless commit()
// succeeded, so a write that fails half-way (an exception, a full disk) leaves the database as
// it was.
class SqliteTransaction final
{
public:
    // Throws SqliteError when the transaction cannot begin (the file is locked, say).
    explicit SqliteTransaction(SqliteConnection &connection);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    // Throws SqliteError when SQLite cannot commit (the disk is full, say); the transaction is
    // then rolled back by the destructor.
    void commit();

private:
    SqliteConnection &m_connection;
    bool m_active = false;
};

} // namespace jobexplorer
