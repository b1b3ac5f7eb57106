#pragma once

#include <QTableView>

#include <cstdint>

namespace jobexplorer {

// The posting table, set up for very many rows: fixed row height, no per-row measuring, sorting
// delegated to the model. Emits currentPostingChanged when the selection moves.
class PostingTableView final : public QTableView
{
    Q_OBJECT
public:
    explicit PostingTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

Q_SIGNALS:
    // postingId is -1 when no posting is selected.
    void currentPostingChanged(std::int64_t postingId);

private:
    void emitCurrentPosting();
};

} // namespace jobexplorer
