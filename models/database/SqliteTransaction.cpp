#include "SqliteTransaction.h"

#include <sqlite3.h>

namespace jobexplorer {

SqliteTransaction::SqliteTransaction(SqliteConnection &connection) : m_connection(connection)
{
    m_connection.execute("BEGIN");
    m_active = true;
}

SqliteTransaction::~SqliteTransaction()
{
    // After a failed COMMIT SQLite may have rolled back already; then there is nothing to undo.
    if (m_active && !sqlite3_get_autocommit(m_connection.handle()))
        sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void SqliteTransaction::commit()
{
    m_connection.execute("COMMIT");
    m_active = false;
}

} // namespace jobexplorer
