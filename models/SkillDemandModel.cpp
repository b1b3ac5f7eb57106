#include "SkillDemandModel.h"

#include "FilterEngine.h"
#include "PostingStore.h"
#include "Workspace.h"

#include <QLocale>

namespace jobexplorer {

SkillDemandModel::SkillDemandModel(Workspace *workspace, int topCount, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_topCount(topCount)
{
    connect(workspace, &Workspace::filterChanged, this, &SkillDemandModel::update);
    update();
}

void SkillDemandModel::update()
{
    beginResetModel();
    m_rows.clear();
    const PostingStore *store = m_workspace->store();
    const FilterResult &result = m_workspace->result();
    m_matches = store ? result.matchCount() : 0;
    if (store && m_matches > 0) {
        for (const int skill : result.topSkills) {
            if (m_rows.size() >= m_topCount)
                break;
            const int count = result.skillCounts[static_cast<std::size_t>(skill)];
            m_rows.append({store->skillName(skill), store->categoryName(store->skillCategory(skill)),
                           store->skillCategory(skill), count, 100.0 * count / m_matches});
        }
    }
    endResetModel();
}

int SkillDemandModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SkillDemandModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SkillDemandModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == ValueRole) {
        if (index.column() == CountColumn)
            return row.count;
        if (index.column() == ShareColumn)
            return row.share;
        if (index.column() == CategoryColumn)
            return row.categoryId;
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() >= CountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SkillColumn:
        return row.skill;
    case CategoryColumn:
        return row.category;
    case CountColumn:
        return QLocale().toString(row.count);
    case ShareColumn:
        return tr("%1%").arg(QLocale().toString(row.share, 'f', 0));
    default:
        return {};
    }
}

QVariant SkillDemandModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SkillColumn:
        return tr("Skill");
    case CategoryColumn:
        return tr("Category");
    case CountColumn:
        return tr("Postings");
    case ShareColumn:
        return tr("Share");
    default:
        return {};
    }
}

} // namespace jobexplorer
