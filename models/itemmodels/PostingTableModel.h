#pragma once

#include "ClientSkills.h"
#include "PostingColumns.h"

#include <QAbstractTableModel>

#include <vector>

namespace jobexplorer {

class FilterEngine;
class PostingStore;

// The posting table: one row per visible store row, cells read from the store on demand.
// Sorting reorders an index of store rows (PostingSorter); there is no proxy model, so a
// million rows stay cheap. The store is not owned and must outlive the model or be replaced
// through setStore() first.
class PostingTableModel final : public QAbstractTableModel, public PostingColumns
{
    Q_OBJECT
public:
    enum Role { PostingIdRole = Qt::UserRole + 1, StoreRowRole, FitRole };
    // The column of the posting's fit to the chosen client, after the others; there only while
    // a client is chosen (setClient()).
    static constexpr int FitColumn = ColumnCount;

    explicit PostingTableModel(QObject *parent = nullptr);

    // Shows every row of store (or nothing for nullptr) in store order.
    void setStore(const PostingStore *store);
    // Shows these store rows, keeping the current sort column and order.
    void setRows(std::vector<int> rows);
    const PostingStore *store() const { return m_store; }
    int storeRow(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    // Shows the Fit column for skills (a copy is kept), measured by engine, which must outlive
    // the model or be replaced first; nullptr for either hides it.
    void setClient(const FilterEngine *engine, const ClientSkills *skills);
    bool hasFitColumn() const { return m_engine != nullptr; }
    // Whether the posting on table row row fits the client at threshold (Fit::reaches, exact);
    // false without a client.
    bool fits(int row, double threshold) const;
    // After a language change: the column titles and the translated cells (seniority, work mode,
    // dates, numbers) are read again; rows, sort and selection stay.
    void retranslate();
    // The table row showing a store row, or -1.
    int rowOfStoreRow(int storeRow) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QString displayText(int storeRow, int column) const;
    double fit(int storeRow) const;
    void sortRows();
    void applySort();

    const PostingStore *m_store = nullptr;
    std::vector<int> m_rows;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    const FilterEngine *m_engine = nullptr;
    ClientSkills m_client;
};

} // namespace jobexplorer
