#include "PostingTableView.h"

#include "PostingTableModel.h"

#include <QHeaderView>

namespace jobexplorer {

namespace {
constexpr int defaultColumnWidths[PostingTableModel::ColumnCount] = {140, 270, 170, 75, 170, 75, 90, 160, 400};
}

PostingTableView::PostingTableView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("postingTable"));
    setAccessibleName(tr("Postings"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSortingEnabled(true);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->setVisible(false);
    // One fixed row height: the view never measures rows, so a million rows scroll smoothly.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
}

void PostingTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    for (int column = 0; column < PostingTableModel::ColumnCount; ++column)
        setColumnWidth(column, defaultColumnWidths[column]);
    if (selectionModel())
        connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &PostingTableView::emitCurrentPosting);
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &PostingTableView::emitCurrentPosting);
}

void PostingTableView::emitCurrentPosting()
{
    const QModelIndex current = currentIndex();
    Q_EMIT currentPostingChanged(current.isValid()
                                     ? current.data(PostingTableModel::PostingIdRole).toLongLong()
                                     : std::int64_t(-1));
}

} // namespace jobexplorer
