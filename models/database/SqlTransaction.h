#pragma once

#include <QSqlDatabase>

namespace jobexplorer {

// Begins a transaction; rolls it back when destroyed unless commit() succeeded, so that a
// failed write leaves the database as it was.
class SqlTransaction final
{
public:
    explicit SqlTransaction(QSqlDatabase database);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    QSqlDatabase m_database;
    bool m_active = false;
};

} // namespace jobexplorer
