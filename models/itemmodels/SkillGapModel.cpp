#include "SkillGapModel.h"

#include "OutputFile.h"
#include "PostingFormat.h"
#include "PostingStore.h"
#include "PostingTypes.h"
#include "Workspace.h"

#include <QDir>
#include <QLocale>

namespace jobexplorer {

SkillGapModel::SkillGapModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(workspace, &Workspace::filterChanged, this, &SkillGapModel::update);
    connect(workspace, &Workspace::clientChanged, this, &SkillGapModel::update);
    connect(workspace, &Workspace::opened, this, &SkillGapModel::update);
    update();
}

void SkillGapModel::update()
{
    m_stale = true;
    if (m_active)
        refresh();
}

void SkillGapModel::setActive(bool active)
{
    m_active = active;
    if (active)
        refresh();
}

void SkillGapModel::refresh()
{
    if (!m_stale)
        return;
    beginResetModel();
    m_gap = m_workspace->gap();
    m_stale = false;
    endResetModel();
}

void SkillGapModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString SkillGapModel::title() const
{
    const PostingStore *store = m_workspace->store();
    const int total = store ? store->size() : 0;
    return tr("Skill gap · %1 of %2")
        .arg(QLocale().toString(m_gap.postings), PostingFormat::postingCount(total));
}

QString SkillGapModel::statusKey(SkillGap::Status status)
{
    switch (status) {
    case SkillGap::Status::Held:
        return QStringLiteral("held");
    case SkillGap::Status::Learning:
        return QStringLiteral("learning");
    case SkillGap::Status::Missing:
        break;
    }
    return QStringLiteral("missing");
}

QString SkillGapModel::statusLabel(SkillGap::Status status)
{
    switch (status) {
    case SkillGap::Status::Held:
        return tr("held");
    case SkillGap::Status::Learning:
        return tr("learning");
    case SkillGap::Status::Missing:
        break;
    }
    return tr("missing");
}

QString SkillGapModel::category(int skill) const
{
    const PostingStore *store = m_workspace->store();
    if (!store || store->skillCategory(skill) < 0)
        return {};
    return store->categoryName(store->skillCategory(skill));
}

int SkillGapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_gap.skills.size());
}

int SkillGapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SkillGapModel::exportText(const SkillGap::Skill &skill, int column) const
{
    switch (column) {
    case SkillColumn:
        return m_workspace->store()->skillName(skill.skill);
    case CategoryColumn:
        return category(skill.skill);
    case PostingsColumn:
        return QString::number(skill.postings);
    case ShareColumn:
        return QString::number(m_gap.share(skill), 'f', 3);
    case StatusColumn:
        return statusKey(skill.status);
    case UnlocksColumn:
        return QString::number(skill.unlocks);
    default:
        return {};
    }
}

QVariant SkillGapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SkillGap::Skill &skill = m_gap.skills[static_cast<std::size_t>(index.row())];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SkillColumn:
            return m_workspace->store()->skillName(skill.skill);
        case CategoryColumn:
            return skillCategoryLabel(category(skill.skill));
        case PostingsColumn:
            return skill.preferred > 0
                       ? tr("%1 (%2 preferred)")
                             .arg(locale.toString(skill.postings), locale.toString(skill.preferred))
                       : locale.toString(skill.postings);
        case ShareColumn:
            return tr("%1%", "a share of postings").arg(locale.toString(m_gap.share(skill) * 100, 'f', 0));
        case StatusColumn:
            return statusLabel(skill.status);
        case UnlocksColumn:
            return skill.status == SkillGap::Status::Held ? QString()
                                                          : tr("+%1").arg(locale.toString(skill.unlocks));
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() >= PostingsColumn && index.column() != StatusColumn
                                       ? Qt::AlignRight | Qt::AlignVCenter
                                       : Qt::AlignLeft | Qt::AlignVCenter);
    case ValueRole:
        switch (index.column()) {
        case PostingsColumn:
            return skill.postings;
        case ShareColumn:
            return m_gap.share(skill);
        case StatusColumn:
            return static_cast<int>(skill.status);
        case UnlocksColumn:
            return skill.unlocks;
        default:
            return data(index, Qt::DisplayRole);
        }
    case ExportRole:
        return exportText(skill, index.column());
    case StatusRole:
        return static_cast<int>(skill.status);
    default:
        return {};
    }
}

QVariant SkillGapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SkillColumn:
        return tr("Skill");
    case CategoryColumn:
        return tr("Category");
    case PostingsColumn:
        return tr("Postings");
    case ShareColumn:
        return tr("Share");
    case StatusColumn:
        return tr("Client");
    case UnlocksColumn:
        return tr("Unlocks");
    default:
        return {};
    }
}

bool SkillGapModel::writeCsv(QIODevice &device) const
{
    auto field = [](QString text) -> QString {
        if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
            !text.contains(QLatin1Char('\n')))
            return text;
        text.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    };
    QByteArray csv = "skill,category,postings,share,status,unlocks\r\n";
    for (const SkillGap::Skill &skill : m_gap.skills) {
        QStringList fields;
        for (int column = 0; column < ColumnCount; ++column)
            fields << field(exportText(skill, column));
        csv += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return device.write(csv) == csv.size();
}

bool SkillGapModel::writeCsv(const QString &fileName, QString *error) const
{
    const QString shown = QDir::toNativeSeparators(fileName);
    auto fail = [&](const QString &problem) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(shown, problem);
        return false;
    };
    OutputFile file(fileName);
    if (!file.open())
        return fail(file.errorString());
    if (!writeCsv(file.device()))
        return fail(file.deviceProblem());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace jobexplorer
