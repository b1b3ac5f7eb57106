#include "ClientSkillModel.h"

#include "PostingStore.h"

namespace jobexplorer {

ClientSkillModel::ClientSkillModel(QObject *parent) : QAbstractTableModel(parent) {}

void ClientSkillModel::setStore(const PostingStore *store)
{
    beginResetModel();
    m_store = store;
    endResetModel();
}

void ClientSkillModel::setSkills(const QList<ClientSkill> &skills)
{
    beginResetModel();
    m_skills = skills;
    endResetModel();
}

void ClientSkillModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_skills.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool ClientSkillModel::isKnown(const ClientSkill &skill) const
{
    return m_store && m_store->findSkill(skill.name).has_value();
}

int ClientSkillModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_skills.size());
}

int ClientSkillModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientSkillModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientSkill &skill = m_skills.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SkillColumn:
            return skill.name;
        case LevelColumn:
            return Client::levelLabel(skill.level);
        case KnownColumn:
            return isKnown(skill) ? QString() : tr("not in this database");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return isKnown(skill) ? QVariant()
                              : QVariant(tr("The open database's taxonomy does not know “%1”: it is kept, "
                                            "and counts where a database knows it.")
                                             .arg(skill.name));
    case LevelRole:
        return static_cast<int>(skill.level);
    case KnownRole:
        return isKnown(skill);
    default:
        return {};
    }
}

QVariant ClientSkillModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SkillColumn:
        return tr("Skill");
    case LevelColumn:
        return tr("Level");
    case KnownColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace jobexplorer
