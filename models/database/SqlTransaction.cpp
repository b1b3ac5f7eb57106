#include "SqlTransaction.h"

namespace jobexplorer {

SqlTransaction::SqlTransaction(QSqlDatabase database) : m_database(std::move(database))
{
    m_active = m_database.transaction();
}

SqlTransaction::~SqlTransaction()
{
    if (m_active)
        m_database.rollback();
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    m_active = !m_database.commit();
    return !m_active;
}

} // namespace jobexplorer
