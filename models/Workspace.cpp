#include "Workspace.h"

#include "FilterEngine.h"
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
    auto engine = std::make_unique<FilterEngine>(*store);
    m_engine.reset(); // the old engine refers to the old store
    m_database = std::move(database);
    m_store = std::move(store);
    m_engine = std::move(engine);
    m_filter = {};
    m_result = m_engine->evaluate(m_filter);
    Q_EMIT opened(fileName);
    Q_EMIT filterChanged();
    return true;
}

void Workspace::setFilter(const Filter &filter)
{
    if (!m_engine || filter == m_filter)
        return;
    m_filter = filter;
    m_result = m_engine->evaluate(m_filter);
    Q_EMIT filterChanged();
}

QString Workspace::filterExpression() const
{
    return m_engine ? FilterExpression::format(m_filter, *m_engine) : QString();
}

bool Workspace::setFilterExpression(const QString &text, FilterExpression::Error *error)
{
    if (!m_engine)
        return false;
    const std::optional<Filter> filter = FilterExpression::parse(text, *m_engine, error);
    if (!filter)
        return false;
    setFilter(*filter);
    return true;
}

QString Workspace::filterDescription() const
{
    return m_engine ? FilterExpression::describe(m_filter, *m_engine) : QString();
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
