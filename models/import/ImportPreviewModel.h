#pragma once

#include "Dataset.h"

#include <QAbstractTableModel>

#include <optional>

namespace jobexplorer {

// The first rows of an import as they will be stored, with the problem of each rejected row.
// Filled by the caller (PostingImporter::convert on a few rows); shows copies it owns.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Line,
        Title,
        Company,
        Salary, // early: what was read from a salary is the thing to check
        RoleFamily,
        Seniority,
        Location,
        WorkMode,
        Posted,
        Skills,
        Problem,
        ColumnCount
    };

    struct Row
    {
        int line = 0;
        QString lineText;                     // "line 12" or "item 12"
        std::optional<PostingRecord> posting; // empty for a rejected row
        QString problem;
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setRows(QList<Row> rows);
    const QList<Row> &rows() const { return m_rows; }
    int problemCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const Row &row, int column) const;

    QList<Row> m_rows;
};

} // namespace jobexplorer
