#include "CohortList.h"

#include "FilterEngine.h"
#include "FilterExpression.h"

namespace jobexplorer {

CohortList::CohortList(QObject *parent) : QAbstractListModel(parent) {}

CohortList::~CohortList() = default;

void CohortList::setStorage(std::unique_ptr<CohortStorage> storage)
{
    m_storage = std::move(storage);
}

void CohortList::setDatabase(const QString &databaseFileName, const FilterEngine *engine)
{
    beginResetModel();
    m_database = databaseFileName;
    m_engine = engine;
    m_cohorts =
        m_storage && !databaseFileName.isEmpty() ? m_storage->load(databaseFileName) : QList<Cohort>();
    endResetModel();
}

std::optional<int> CohortList::indexOf(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (qsizetype row = 0; row < m_cohorts.size(); ++row) {
        if (m_cohorts.at(row).name.compare(wanted, Qt::CaseInsensitive) == 0)
            return static_cast<int>(row);
    }
    return std::nullopt;
}

QStringList CohortList::invalidCohorts() const
{
    QStringList names;
    for (const Cohort &cohort : m_cohorts) {
        if (!m_engine || !FilterExpression::parse(cohort.expression, *m_engine))
            names << cohort.name;
    }
    return names;
}

bool CohortList::validName(const QString &name, int exceptRow)
{
    if (name.trimmed().isEmpty()) {
        m_error = tr("A cohort needs a name.");
        return false;
    }
    const auto existing = indexOf(name);
    if (existing && *existing != exceptRow) {
        m_error = tr("There is already a cohort named “%1”.").arg(m_cohorts.at(*existing).name);
        return false;
    }
    return true;
}

bool CohortList::validExpression(const QString &expression)
{
    if (!m_engine) {
        m_error = tr("No database is open to check the filter against.");
        return false;
    }
    FilterExpression::Error error;
    if (!FilterExpression::parse(expression, *m_engine, &error)) {
        m_error = tr("The filter is not valid: %1").arg(error.message);
        return false;
    }
    return true;
}

bool CohortList::save()
{
    if (!m_storage || m_database.isEmpty())
        return true;
    QString error;
    if (!m_storage->save(m_database, m_cohorts, &error)) {
        m_error = error;
        return false;
    }
    return true;
}

bool CohortList::add(const Cohort &cohort)
{
    m_error.clear();
    const Cohort trimmed{cohort.name.trimmed(), cohort.expression.trimmed()};
    if (!validName(trimmed.name, -1) || !validExpression(trimmed.expression))
        return false;
    const int row = size();
    beginInsertRows({}, row, row);
    m_cohorts.append(trimmed);
    endInsertRows();
    return save();
}

bool CohortList::rename(int row, const QString &name)
{
    m_error.clear();
    if (row < 0 || row >= size()) {
        m_error = tr("There is no such cohort.");
        return false;
    }
    if (!validName(name, row))
        return false;
    m_cohorts[row].name = name.trimmed();
    Q_EMIT dataChanged(index(row), index(row));
    return save();
}

bool CohortList::setExpression(int row, const QString &expression)
{
    m_error.clear();
    if (row < 0 || row >= size()) {
        m_error = tr("There is no such cohort.");
        return false;
    }
    if (!validExpression(expression))
        return false;
    m_cohorts[row].expression = expression.trimmed();
    Q_EMIT dataChanged(index(row), index(row));
    return save();
}

bool CohortList::remove(int row)
{
    m_error.clear();
    if (row < 0 || row >= size()) {
        m_error = tr("There is no such cohort.");
        return false;
    }
    beginRemoveRows({}, row, row);
    m_cohorts.removeAt(row);
    endRemoveRows();
    return save();
}

QString CohortList::freeName(const QString &name) const
{
    for (int n = 2;; ++n) {
        const QString candidate = tr("%1 (%2)").arg(name).arg(n);
        if (!indexOf(candidate))
            return candidate;
    }
}

CohortList::ImportSummary CohortList::importCohorts(const QList<Cohort> &cohorts)
{
    ImportSummary summary;
    QList<Cohort> accepted;
    for (const Cohort &cohort : cohorts) {
        const Cohort trimmed{cohort.name.trimmed(), cohort.expression.trimmed()};
        if (trimmed.name.isEmpty()) {
            summary.rejected << tr("A cohort needs a name.");
            continue;
        }
        if (!validExpression(trimmed.expression)) {
            summary.rejected << tr("%1: %2").arg(trimmed.name, m_error);
            continue;
        }
        Cohort added = trimmed;
        if (const auto existing = indexOf(trimmed.name)) {
            if (m_cohorts.at(*existing).expression == trimmed.expression) {
                ++summary.unchanged;
                continue;
            }
            added.name = freeName(trimmed.name);
            summary.renamed << tr("%1 → %2").arg(trimmed.name, added.name);
        }
        const int row = size();
        beginInsertRows({}, row, row);
        m_cohorts.append(added);
        endInsertRows();
        ++summary.added;
    }
    m_error.clear();
    if (summary.added > 0 && !save())
        summary.rejected << m_error;
    return summary;
}

int CohortList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : size();
}

QVariant CohortList::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cohort &cohort = m_cohorts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case NameRole:
        return cohort.name;
    case ExpressionRole:
        return cohort.expression;
    case Qt::ToolTipRole: {
        const auto filter = m_engine ? FilterExpression::parse(cohort.expression, *m_engine) : std::nullopt;
        return filter ? FilterExpression::describe(*filter, *m_engine) : cohort.expression;
    }
    default:
        return {};
    }
}

bool CohortList::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role == Qt::EditRole || role == NameRole)
        return rename(index.row(), value.toString());
    if (role == ExpressionRole)
        return setExpression(index.row(), value.toString());
    return false;
}

Qt::ItemFlags CohortList::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsEditable : base;
}

QHash<int, QByteArray> CohortList::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(ExpressionRole, "expression");
    return names;
}

} // namespace jobexplorer
