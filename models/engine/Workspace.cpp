#include "Workspace.h"

#include "FilterEngine.h"
#include "IntegrityCheck.h"
#include "PostingDatabase.h"
#include "PostingStore.h"

#include <QDir>
#include <QFileInfo>

namespace jobexplorer {

Workspace::Workspace(QObject *parent) : QObject(parent), m_integrityCheck(new IntegrityCheck(this))
{
    connect(m_integrityCheck, &IntegrityCheck::finished, this,
            [this](const QString &fileName, const QString &problem) {
                if (!problem.isEmpty() && fileName == this->fileName())
                    Q_EMIT integrityProblem(
                        tr("%1 is damaged (%2). What is shown may be incomplete or wrong; "
                           "restore the file from a backup.")
                            .arg(QDir::toNativeSeparators(fileName), problem));
            });
}

Workspace::~Workspace() = default;

bool Workspace::open(const QString &fileName)
{
    m_error.clear();
    const bool large = QFileInfo(fileName).size() > deferredCheckBytes;
    auto database = PostingDatabase::open(
        fileName, &m_error, large ? PostingDatabase::Check::Deferred : PostingDatabase::Check::Full);
    if (!database)
        return false;
    auto store = database->loadStore(&m_error);
    if (!store)
        return false;
    auto engine = std::make_unique<FilterEngine>(*store);
    Dataset reference = database->loadReference();
    m_engine.reset(); // the old engine refers to the old store
    m_database = std::move(database);
    m_store = std::move(store);
    m_engine = std::move(engine);
    m_reference = std::move(reference);
    m_filter = {};
    m_result = m_engine->evaluate(m_filter);
    m_gap.reset();
    m_preferredLoaded = false;
    if (large)
        m_integrityCheck->start(fileName);
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
    m_gap.reset();
    Q_EMIT filterChanged();
}

void Workspace::setClientSkills(std::optional<ClientSkills> skills, const QString &name)
{
    if (!m_engine)
        return;
    const bool hadClient = m_engine->clientSkills() != nullptr;
    if (!skills && !hadClient)
        return;
    m_clientName = skills ? name : QString();
    if (skills && !m_preferredLoaded) {
        m_preferredLoaded = true;
        m_database->loadPreferredMentions(*m_store, nullptr);
    }
    m_engine->setClientSkills(std::move(skills));
    m_gap.reset();
    Q_EMIT clientChanged();
    if (m_filter.fit.isSet()) {
        if (!m_engine->clientSkills())
            m_filter.fit = {};
        m_result = m_engine->evaluate(m_filter);
        Q_EMIT filterChanged();
    }
}

const ClientSkills *Workspace::clientSkills() const
{
    return m_engine ? m_engine->clientSkills() : nullptr;
}

void Workspace::setFitThreshold(double threshold)
{
    if (threshold == m_fitThreshold)
        return;
    m_fitThreshold = threshold;
    m_gap.reset();
    if (clientSkills())
        Q_EMIT clientChanged();
}

const SkillGap &Workspace::gap() const
{
    if (!m_gap) {
        const ClientSkills *skills = clientSkills();
        m_gap = skills ? SkillGapCalculator::compute(*m_engine, m_result.rows, *skills, m_fitThreshold)
                       : SkillGap{};
    }
    return *m_gap;
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

std::vector<std::int64_t> Workspace::matchingIds() const
{
    std::vector<std::int64_t> ids;
    ids.reserve(m_result.rows.size());
    for (const int row : m_result.rows)
        ids.push_back(m_store->postingId(row));
    return ids;
}

Dataset Workspace::matchingDataset() const
{
    return m_database ? m_database->loadDataset(matchingIds()) : Dataset();
}

Dataset Workspace::matchingDatasetHeader() const
{
    return m_database ? m_database->loadDatasetHeader() : Dataset();
}

std::function<void(const PostingVisitor &)> Workspace::matchingPostings() const
{
    return [database = m_database.get(), ids = matchingIds()](const PostingVisitor &visit) {
        if (database)
            database->forEachPosting(ids, visit);
    };
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
