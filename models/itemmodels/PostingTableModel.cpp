#include "PostingTableModel.h"

#include "FilterEngine.h"
#include "PostingFormat.h"
#include "PostingSorter.h"
#include "PostingStore.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace jobexplorer {

static_assert(int(PostingSorter::Key::Skills) == PostingTableModel::Skills,
              "columns and sort keys in one order");

namespace {

std::optional<double> value(float v)
{
    return std::isnan(v) ? std::nullopt : std::optional<double>(v);
}

} // namespace

PostingTableModel::PostingTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PostingTableModel::setStore(const PostingStore *store)
{
    beginResetModel();
    m_store = store;
    m_rows.resize(store ? static_cast<std::size_t>(store->size()) : 0);
    std::iota(m_rows.begin(), m_rows.end(), 0);
    m_sortColumn = -1;
    endResetModel();
}

void PostingTableModel::setRows(std::vector<int> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    if (m_store && m_sortColumn >= 0)
        sortRows();
    endResetModel();
}

void PostingTableModel::setClient(const FilterEngine *engine, const ClientSkills *skills)
{
    const bool shown = engine && skills;
    if (shown && hasFitColumn()) {
        m_engine = engine;
        m_client = *skills;
        if (m_sortColumn == FitColumn)
            applySort();
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, FitColumn), index(rowCount() - 1, FitColumn));
        return;
    }
    if (shown) {
        beginInsertColumns({}, FitColumn, FitColumn);
        m_engine = engine;
        m_client = *skills;
        endInsertColumns();
    } else if (hasFitColumn()) {
        beginRemoveColumns({}, FitColumn, FitColumn);
        m_engine = nullptr;
        m_client = {};
        if (m_sortColumn == FitColumn)
            m_sortColumn = -1;
        endRemoveColumns();
    }
}

bool PostingTableModel::fits(int row, double threshold) const
{
    if (!m_engine || row < 0 || row >= rowCount())
        return false;
    const auto [held, total] = m_engine->fitWeights(storeRow(row), m_client);
    return Fit::reaches(held, total, threshold);
}

double PostingTableModel::fit(int storeRow) const
{
    const auto [held, total] = m_engine->fitWeights(storeRow, m_client);
    return Fit::value(held, total);
}

int PostingTableModel::rowOfStoreRow(int storeRow) const
{
    const auto it = std::find(m_rows.begin(), m_rows.end(), storeRow);
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

int PostingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PostingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + (hasFitColumn() ? 1 : 0);
}

QString PostingTableModel::displayText(int row, int column) const
{
    const PostingStore &s = *m_store;
    switch (column) {
    case Company:
        return s.company(row);
    case Title:
        return s.title(row);
    case RoleFamily:
        return s.roleFamily(row);
    case Seniority:
        return s.seniority(row) == jobexplorer::Seniority::Unknown
                   ? QString()
                   : Vocabulary::label(Vocabulary::seniorities, s.seniority(row));
    case Locations:
        return s.locationsText(row);
    case WorkMode:
        return s.workMode(row) == jobexplorer::WorkMode::Unknown
                   ? QString()
                   : Vocabulary::label(Vocabulary::workModes, s.workMode(row));
    case Experience:
        return PostingFormat::experience(value(s.experienceMin(row)), value(s.experienceMax(row)));
    case Salary:
        return PostingFormat::salaryRange(value(s.annualSalaryMin(row)), value(s.annualSalaryMax(row)),
                                          s.currency(row));
    case Skills:
        return s.skillsText(row);
    case FitColumn:
        return m_engine ? tr("%1%", "a posting's fit to the client")
                              .arg(QLocale().toString(fit(row) * 100, 'f', 0))
                        : QString();
    default:
        return {};
    }
}

QVariant PostingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_store)
        return {};
    const int row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayText(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Experience || index.column() == Salary || index.column() == FitColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case PostingIdRole:
        return QVariant::fromValue(static_cast<qint64>(m_store->postingId(row)));
    case StoreRowRole:
        return row;
    case FitRole:
        return m_engine ? QVariant(fit(row)) : QVariant();
    default:
        return {};
    }
}

void PostingTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QVariant PostingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString title = section == FitColumn && hasFitColumn() ? tr("Fit") : PostingColumns::title(section);
    return title.isEmpty() ? QVariant() : QVariant(title);
}

void PostingTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount() || !m_store)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
}

void PostingTableModel::sortRows()
{
    if (m_sortColumn != FitColumn) {
        PostingSorter(*m_store).sort(m_rows, static_cast<PostingSorter::Key>(m_sortColumn), m_sortOrder);
        return;
    }
    // By fit, ties in store order, as PostingSorter keeps them.
    std::vector<std::pair<double, int>> keyed;
    keyed.reserve(m_rows.size());
    for (const int row : m_rows)
        keyed.emplace_back(fit(row), row);
    std::sort(keyed.begin(), keyed.end());
    if (m_sortOrder == Qt::DescendingOrder)
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
    for (std::size_t i = 0; i < keyed.size(); ++i)
        m_rows[i] = keyed[i].second;
}

void PostingTableModel::applySort()
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> storeRows;
    storeRows.reserve(static_cast<std::size_t>(before.size()));
    for (const QModelIndex &index : before)
        storeRows.push_back(m_rows[static_cast<std::size_t>(index.row())]);

    sortRows();

    if (!before.isEmpty()) {
        std::vector<int> newRowOf(static_cast<std::size_t>(m_store->size()), -1);
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            newRowOf[static_cast<std::size_t>(m_rows[i])] = static_cast<int>(i);
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            after << index(newRowOf[static_cast<std::size_t>(storeRows[static_cast<std::size_t>(i)])],
                           before.at(i).column());
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace jobexplorer
