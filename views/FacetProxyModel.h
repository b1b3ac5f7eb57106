#pragma once

#include <QSortFilterProxyModel>

namespace jobexplorer {

// Shows a FacetModel the way the panel wants it: values without matches hidden unless chosen
// (then greyed), excluded values struck out, sorted by count or by name, narrowed by a search.
class FacetProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Order { ByCount, ByName };

    explicit FacetProxyModel(QObject *parent = nullptr);

    void setOrder(Order order);
    Order order() const { return m_order; }
    void setSearchText(const QString &text);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Order m_order = Order::ByCount;
    QString m_search;
};

} // namespace jobexplorer
