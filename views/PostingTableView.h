#pragma once

#include <QTableView>

#include <cstdint>

namespace jobexplorer {

// The posting table, set up for very many rows: fixed row height, no per-row measuring, sorting
// delegated to the model. Emits currentPostingChanged when the selection moves. Right-clicking the
// header offers every column to show or hide; columns move by dragging their header.
class PostingTableView final : public QTableView
{
    Q_OBJECT
public:
    explicit PostingTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    // The column layout (order, visibility, widths, sort column) as opaque bytes to keep between
    // sessions. restoreColumns() returns false and changes nothing when state is empty or is not
    // a saved column layout.
    QByteArray saveColumns() const;
    bool restoreColumns(const QByteArray &state);
    // Every column shown, in the model's order, at its default width; the sort order stays.
    void resetColumns();

Q_SIGNALS:
    // postingId is -1 when no posting is selected.
    void currentPostingChanged(std::int64_t postingId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void emitCurrentPosting();
    // position is in the header's viewport coordinates.
    void showColumnMenu(const QPoint &position);
};

} // namespace jobexplorer
