#include "FacetProxyModel.h"

#include "FacetModel.h"
#include "TextFolding.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace jobexplorer {

FacetProxyModel::FacetProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
    sort(FacetModel::NameColumn);
}

void FacetProxyModel::setOrder(Order order)
{
    m_order = order;
    invalidate();
}

void FacetProxyModel::setSearchText(const QString &text)
{
    m_search = foldForSearch(text.trimmed());
    invalidateFilter();
}

QVariant FacetProxyModel::data(const QModelIndex &index, int role) const
{
    const QModelIndex source = mapToSource(index);
    const bool category = source.data(FacetModel::IsCategoryRole).toBool();
    switch (role) {
    case Qt::ForegroundRole:
        if (!category && source.data(FacetModel::CountRole).toInt() == 0)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole: {
        QFont font;
        if (category)
            font.setBold(true);
        if (source.data(FacetModel::ExcludedRole).toBool())
            font.setStrikeOut(true);
        return font;
    }
    default:
        break;
    }
    return QSortFilterProxyModel::data(index, role);
}

bool FacetProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, FacetModel::NameColumn, sourceParent);
    if (index.data(FacetModel::IsCategoryRole).toBool())
        return false; // shown when one of its skills is (recursive filtering)
    const bool chosen =
        index.data(FacetModel::SelectedRole).toBool() || index.data(FacetModel::ExcludedRole).toBool();
    if (!chosen && index.data(FacetModel::CountRole).toInt() == 0)
        return false;
    return m_search.isEmpty() || chosen || foldForSearch(index.data().toString()).contains(m_search);
}

bool FacetProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QModelIndex l = left.siblingAtColumn(FacetModel::NameColumn);
    const QModelIndex r = right.siblingAtColumn(FacetModel::NameColumn);
    if (l.data(FacetModel::IsCategoryRole).toBool())
        return l.row() < r.row(); // categories keep the dataset's order
    if (m_order == Order::ByCount) {
        const int lc = l.data(FacetModel::CountRole).toInt();
        const int rc = r.data(FacetModel::CountRole).toInt();
        if (lc != rc)
            return lc > rc;
    }
    return l.data().toString().localeAwareCompare(r.data().toString()) < 0;
}

} // namespace jobexplorer
