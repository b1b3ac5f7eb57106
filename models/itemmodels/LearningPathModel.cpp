#include "LearningPathModel.h"

#include "PostingStore.h"
#include "Workspace.h"

#include <QLocale>

namespace jobexplorer {

LearningPathModel::LearningPathModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(workspace, &Workspace::filterChanged, this, &LearningPathModel::update);
    connect(workspace, &Workspace::clientChanged, this, &LearningPathModel::update);
    connect(workspace, &Workspace::opened, this, &LearningPathModel::update);
    update();
}

void LearningPathModel::update()
{
    beginResetModel();
    m_rows = static_cast<int>(m_workspace->gap().path.size());
    endResetModel();
}

void LearningPathModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

int LearningPathModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int LearningPathModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LearningPathModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SkillGap &gap = m_workspace->gap();
    if (static_cast<std::size_t>(index.row()) >= gap.path.size())
        return {};
    const SkillGap::Step &step = gap.path[static_cast<std::size_t>(index.row())];
    const QLocale locale;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() == SkillColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                                 : Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StepColumn:
        return locale.toString(index.row() + 1);
    case SkillColumn:
        return m_workspace->store()->skillName(step.skill);
    case GainedColumn:
        return tr("+%1").arg(locale.toString(step.gained));
    case FittedColumn:
        return tr("%1 of %2").arg(locale.toString(step.fitted), locale.toString(gap.postings));
    default:
        return {};
    }
}

QVariant LearningPathModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StepColumn:
        return tr("Step");
    case SkillColumn:
        return tr("Learn");
    case GainedColumn:
        return tr("Newly fitting");
    case FittedColumn:
        return tr("Fitting after");
    default:
        return {};
    }
}

} // namespace jobexplorer
