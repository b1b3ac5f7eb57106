#include "ImportPreviewModel.h"

#include "PostingFormat.h"
#include "PostingImporter.h"

namespace jobexplorer {

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ImportPreviewModel::problemCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return !row.problem.isEmpty(); }));
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::text(const Row &row, int column) const
{
    if (column == Line)
        return row.lineText;
    if (column == Problem)
        return row.problem;
    if (!row.posting)
        return {};
    const PostingRecord &p = *row.posting;
    switch (column) {
    case Title:
        return p.title;
    case Company:
        return p.company;
    case RoleFamily:
        return p.roleFamily;
    case Seniority:
        return p.seniority == jobexplorer::Seniority::Unknown
                   ? QString()
                   : Vocabulary::label(Vocabulary::seniorities, p.seniority) %
                         (p.seniorityText.isEmpty()
                              ? QString()
                              : QStringLiteral(" (") % p.seniorityText % QLatin1Char(')'));
    case Location: {
        QStringList places;
        for (const LocationRecord &l : p.locations) {
            QStringList parts;
            for (const QString &part : {l.city, l.region, l.country}) {
                if (!part.isEmpty())
                    parts << part;
            }
            places << (parts.isEmpty() ? l.metroArea : parts.join(QLatin1String(", ")));
        }
        return places.join(QLatin1String("; "));
    }
    case WorkMode:
        return p.workMode == jobexplorer::WorkMode::Unknown
                   ? QString()
                   : Vocabulary::label(Vocabulary::workModes, p.workMode);
    case Salary:
        if (!p.salary.isStated())
            return {};
        return tr("%1 %2").arg(PostingFormat::salaryRange(p.salary.min, p.salary.max, p.salary.currency),
                               Vocabulary::label(Vocabulary::payPeriods, p.salary.period));
    case Posted:
        return p.postedDate.isValid() ? QLocale().toString(p.postedDate, QLocale::ShortFormat) : QString();
    case Skills: {
        QStringList names;
        for (const SkillMentionRecord &skill : p.skills) {
            const bool recognised = skill.mention.startsWith(PostingImporter::recognisedPrefix());
            names << (recognised ? skill.skill : tr("%1 (listed)").arg(skill.skill));
        }
        return names.join(QLatin1String("; "));
    }
    default:
        return {};
    }
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        // The salary as recognised, beside what the file says.
        if (index.column() == Salary && row.posting && row.posting->salary.isStated() &&
            !row.posting->salary.text.isEmpty())
            return tr("%1\nRead from “%2”: currency %3, %4")
                .arg(text(row, index.column()), row.posting->salary.text, row.posting->salary.currency,
                     Vocabulary::label(Vocabulary::payPeriods, row.posting->salary.period));
        return text(row, index.column());
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line:
        return tr("Row");
    case Title:
        return tr("Title");
    case Company:
        return tr("Company");
    case RoleFamily:
        return tr("Role family");
    case Seniority:
        return tr("Seniority");
    case Location:
        return tr("Location");
    case WorkMode:
        return tr("Work mode");
    case Salary:
        return tr("Salary");
    case Posted:
        return tr("Posted");
    case Skills:
        return tr("Skills");
    case Problem:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace jobexplorer
