#include "PostingTableView.h"

#include "PostingTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>

namespace jobexplorer {

namespace {
constexpr int defaultColumnWidths[PostingTableModel::ColumnCount] = {140, 270, 170, 75, 170,
                                                                     75,  90,  160, 400};
}

PostingTableView::PostingTableView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("postingTable"));
    retranslate();
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
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &PostingTableView::showColumnMenu);
}

void PostingTableView::retranslate()
{
    setAccessibleName(tr("Postings"));
}

void PostingTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTableView::changeEvent(event);
}

void PostingTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    resetColumns();
    if (selectionModel())
        connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &PostingTableView::emitCurrentPosting);
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &PostingTableView::emitCurrentPosting);
}

QByteArray PostingTableView::saveColumns() const
{
    return horizontalHeader()->saveState();
}

bool PostingTableView::restoreColumns(const QByteArray &state)
{
    return !state.isEmpty() && horizontalHeader()->restoreState(state);
}

void PostingTableView::resetColumns()
{
    QHeaderView *header = horizontalHeader();
    for (int logical = 0; logical < header->count(); ++logical) {
        header->moveSection(header->visualIndex(logical), logical);
        header->showSection(logical);
        if (logical < PostingTableModel::ColumnCount)
            header->resizeSection(logical, defaultColumnWidths[logical]);
    }
}

void PostingTableView::showColumnMenu(const QPoint &position)
{
    if (!model())
        return;
    QHeaderView *header = horizontalHeader();
    // Not exec(): the menu deletes itself when closed and nothing waits for it.
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("columnMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const int shownCount = header->count() - header->hiddenSectionCount();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        QAction *action = menu->addAction(model()->headerData(logical, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        // The last shown column stays: a table without columns has no header to bring them back.
        action->setEnabled(!action->isChecked() || shownCount > 1);
        connect(action, &QAction::toggled, this,
                [this, logical](bool shown) { setColumnHidden(logical, !shown); });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("&Reset Columns"), this, &PostingTableView::resetColumns);
    reset->setObjectName(QStringLiteral("resetColumnsAction"));
    menu->popup(header->viewport()->mapToGlobal(position));
}

void PostingTableView::emitCurrentPosting()
{
    const QModelIndex current = currentIndex();
    Q_EMIT currentPostingChanged(
        current.isValid() ? current.data(PostingTableModel::PostingIdRole).toLongLong() : std::int64_t(-1));
}

} // namespace jobexplorer
