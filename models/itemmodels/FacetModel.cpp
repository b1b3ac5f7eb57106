#include "FacetModel.h"

#include "FilterEngine.h"
#include "PostingStore.h"
#include "PostingTypes.h"
#include "Workspace.h"

namespace jobexplorer {

namespace {
// internalId of a top-level row of a grouped model; children carry their group + 1.
constexpr quintptr topLevel = 0;
} // namespace

FacetModel::FacetModel(Workspace *workspace, Facet facet, QObject *parent)
    : QAbstractItemModel(parent), m_workspace(workspace), m_facet(facet)
{
    connect(workspace, &Workspace::opened, this, &FacetModel::rebuild);
    connect(workspace, &Workspace::filterChanged, this, &FacetModel::updateCounts);
    rebuild();
}

void FacetModel::rebuild()
{
    beginResetModel();
    m_groups.clear();
    m_groupNames.clear();
    if (const FilterEngine *engine = m_workspace->engine()) {
        const int values = engine->valueCount(m_facet);
        if (isGrouped()) {
            const PostingStore &store = engine->store();
            m_groups.resize(static_cast<std::size_t>(store.categoryCount()) + 1);
            m_groupNames = groupNames();
            for (int skill = 0; skill < values; ++skill) {
                const int category = store.skillCategory(skill);
                m_groups[category < 0 ? m_groups.size() - 1 : static_cast<std::size_t>(category)].push_back(
                    skill);
            }
        } else {
            m_groups.resize(1);
            for (int value = 0; value < values; ++value)
                m_groups[0].push_back(value);
        }
    }
    endResetModel();
}

QStringList FacetModel::groupNames() const
{
    QStringList names;
    const PostingStore &store = m_workspace->engine()->store();
    for (int c = 0; c < store.categoryCount(); ++c)
        names << skillCategoryLabel(store.categoryName(c));
    names << tr("Other");
    return names;
}

void FacetModel::retranslate()
{
    if (isGrouped() && !m_groups.empty())
        m_groupNames = groupNames();
    // Every row changes its text, none its place.
    updateCounts();
}

void FacetModel::updateCounts()
{
    if (m_groups.empty())
        return;
    // A filter typed as text may combine skills the other way.
    const FacetFilter &skills = m_workspace->filter().facet(Facet::Skill);
    if (isGrouped() &&
        (skills.clauses.size() > 1 || (skills.clauses.size() == 1 && skills.clauses.first().size() > 1)))
        m_skillMatch = m_workspace->filter().skillMatch();
    if (isGrouped()) {
        for (std::size_t g = 0; g < m_groups.size(); ++g) {
            if (!m_groups[g].empty()) {
                const QModelIndex parent = index(static_cast<int>(g), 0);
                Q_EMIT dataChanged(index(0, 0, parent),
                                   index(static_cast<int>(m_groups[g].size()) - 1, ColumnCount - 1, parent));
            }
        }
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_groups.size()) - 1, ColumnCount - 1));
    } else if (!m_groups[0].empty()) {
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_groups[0].size()) - 1, ColumnCount - 1));
    }
}

QModelIndex FacetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, topLevel);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex FacetModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, topLevel);
}

int FacetModel::largestCount() const
{
    return m_workspace->engine() ? m_workspace->engine()->largestValueCount(m_facet) : 0;
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    if (m_groups.empty())
        return 0;
    if (!parent.isValid())
        return isGrouped() ? static_cast<int>(m_groups.size()) : static_cast<int>(m_groups[0].size());
    if (!isGrouped() || parent.internalId() != topLevel || parent.column() != 0)
        return 0;
    return static_cast<int>(m_groups[static_cast<std::size_t>(parent.row())].size());
}

int FacetModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

int FacetModel::valueAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    if (!isGrouped())
        return index.internalId() == topLevel ? m_groups[0][static_cast<std::size_t>(index.row())] : -1;
    if (index.internalId() == topLevel)
        return -1;
    return m_groups[index.internalId() - 1][static_cast<std::size_t>(index.row())];
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_workspace->engine())
        return {};
    const FilterEngine &engine = *m_workspace->engine();
    const int value = valueAt(index);
    if (value < 0) {
        // A category of skills: its name, and how many of its skills have matches.
        const auto &group = m_groups[static_cast<std::size_t>(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return m_groupNames.at(index.row());
            return {};
        case IsCategoryRole:
            return true;
        case CountRole:
        case ValueRole:
            return -1;
        case SelectedRole: {
            const Filter &filter = m_workspace->filter();
            return std::any_of(group.begin(), group.end(),
                               [&](int v) { return filter.isSelected(m_facet, v); });
        }
        default:
            return {};
        }
    }
    const std::vector<int> &counts = m_workspace->result().counts(m_facet);
    const int count =
        static_cast<std::size_t>(value) < counts.size() ? counts[static_cast<std::size_t>(value)] : 0;
    const bool selected = m_workspace->filter().isSelected(m_facet, value);
    const bool excluded = m_workspace->filter().isExcluded(m_facet, value);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return excluded ? tr("not %1").arg(engine.valueName(m_facet, value))
                            : engine.valueName(m_facet, value);
        return count;
    case Qt::ToolTipRole:
        return tr("%1: %2 matching postings").arg(engine.valueName(m_facet, value)).arg(count);
    case Qt::CheckStateRole:
        if (index.column() == NameColumn)
            return selected ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CountRole:
        return count;
    case ValueRole:
        return value;
    case SelectedRole:
        return selected;
    case ExcludedRole:
        return excluded;
    case IsCategoryRole:
        return false;
    default:
        return {};
    }
}

bool FacetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const int id = valueAt(index);
    if (role != Qt::CheckStateRole || id < 0 || index.column() != NameColumn)
        return false;
    const bool wanted = value.value<Qt::CheckState>() == Qt::Checked;
    Filter filter = m_workspace->filter();
    if (filter.isSelected(m_facet, id) == wanted)
        return true;
    filter.toggle(m_facet, id, m_skillMatch);
    m_workspace->setFilter(filter);
    return true;
}

void FacetModel::setSkillMatch(SkillMatch match)
{
    m_skillMatch = match;
    Filter filter = m_workspace->filter();
    filter.setSkillMatch(match);
    m_workspace->setFilter(filter);
}

void FacetModel::toggleExcluded(int value)
{
    Filter filter = m_workspace->filter();
    filter.toggleExcluded(m_facet, value);
    m_workspace->setFilter(filter);
}

void FacetModel::clear()
{
    Filter filter = m_workspace->filter();
    filter.clear(m_facet);
    m_workspace->setFilter(filter);
}

Qt::ItemFlags FacetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (valueAt(index) >= 0 && index.column() == NameColumn)
        flags |= Qt::ItemIsUserCheckable;
    if (valueAt(index) >= 0 || !isGrouped())
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

} // namespace jobexplorer
