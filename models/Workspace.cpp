#include "Workspace.h"

#include "PostingDatabase.h"
#include "PostingStore.h"

namespace jobexplorer {

Workspace::Workspace(QObject *parent) : QObject(parent) {}

Workspace::~Workspace() = default;

bool Workspace::open(const QString &fileName)
{
    m_error.clear();
    auto database = PostingDatabase::open(fileName, &m_error);
    if (!database)
        return false;
    auto store = database->loadStore(&m_error);
    if (!store)
        return false;
    m_database = std::move(database);
    m_store = std::move(store);
    Q_EMIT opened(fileName);
    return true;
}

QString Workspace::fileName() const
{
    return m_database ? m_database->fileName() : QString();
}

bool Workspace::isReadOnly() const
{
    return m_database && m_database->isReadOnly();
}

std::optional<PostingDetail> Workspace::detail(std::int64_t postingId) const
{
    if (!m_database)
        return std::nullopt;
    return m_database->loadDetail(postingId);
}

} // namespace jobexplorer
