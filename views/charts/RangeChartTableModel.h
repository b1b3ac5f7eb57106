#pragma once

#include "RangeChart.h"

#include <QAbstractTableModel>

namespace jobexplorer {

// The numbers of a range chart as a table, one row per chart row: its range or box, midpoint or
// median, quartiles, extremes and published band. For the chart's table view, screen readers
// and the chart-numbers CSV (ExportRole: plain numbers).
class RangeChartTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LabelColumn,
        MinimumColumn,
        FirstQuartileColumn,
        MidpointColumn,
        ThirdQuartileColumn,
        MaximumColumn,
        LowestMinimumColumn,
        HighestMaximumColumn,
        BandFromColumn,
        BandToColumn,
        ColumnCount
    };
    enum Role { ExportRole = Qt::UserRole + 2 };

    explicit RangeChartTableModel(QObject *parent = nullptr);

    void setData(const RangeChartData &data);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::optional<double> value(const RangeChartData::Row &row, int column) const;

    RangeChartData m_data;
};

} // namespace jobexplorer
