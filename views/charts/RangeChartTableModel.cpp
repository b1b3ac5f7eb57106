#include "RangeChartTableModel.h"

#include "PostingFormat.h"

namespace jobexplorer {

RangeChartTableModel::RangeChartTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void RangeChartTableModel::setData(const RangeChartData &data)
{
    beginResetModel();
    m_data = data;
    endResetModel();
}

int RangeChartTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_data.rows.size());
}

int RangeChartTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> RangeChartTableModel::value(const RangeChartData::Row &row, int column) const
{
    switch (column) {
    case MinimumColumn:
        return row.box     ? std::optional(row.box->minimum)
               : row.range ? std::optional(row.range->first)
                           : std::nullopt;
    case FirstQuartileColumn:
        return row.box ? std::optional(row.box->firstQuartile) : std::nullopt;
    case MidpointColumn:
        return row.box ? std::optional(row.box->median) : row.tick;
    case ThirdQuartileColumn:
        return row.box ? std::optional(row.box->thirdQuartile) : std::nullopt;
    case MaximumColumn:
        return row.box     ? std::optional(row.box->maximum)
               : row.range ? std::optional(row.range->second)
                           : std::nullopt;
    case LowestMinimumColumn:
        return row.extremes ? std::optional(row.extremes->first) : std::nullopt;
    case HighestMaximumColumn:
        return row.extremes ? std::optional(row.extremes->second) : std::nullopt;
    case BandFromColumn:
        return row.reference ? std::optional(row.reference->first) : std::nullopt;
    case BandToColumn:
        return row.reference ? std::optional(row.reference->second) : std::nullopt;
    default:
        return std::nullopt;
    }
}

QVariant RangeChartTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RangeChartData::Row &row = m_data.rows.at(index.row());
    if (index.column() == LabelColumn) {
        if (role == Qt::DisplayRole || role == ExportRole)
            return row.label;
        if (role == Qt::ToolTipRole)
            return row.toolTip;
        return {};
    }
    const std::optional<double> v = value(row, index.column());
    switch (role) {
    case Qt::DisplayRole:
        return v ? PostingFormat::money(*v, m_data.currency) : QString();
    case ExportRole:
        return v ? QString::number(*v, 'f', 0) : QString();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant RangeChartTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Row");
    case MinimumColumn:
        return tr("Minimum");
    case FirstQuartileColumn:
        return tr("First quartile");
    case MidpointColumn:
        return tr("Midpoint or median");
    case ThirdQuartileColumn:
        return tr("Third quartile");
    case MaximumColumn:
        return tr("Maximum");
    case LowestMinimumColumn:
        return tr("Lowest minimum");
    case HighestMaximumColumn:
        return tr("Highest maximum");
    case BandFromColumn:
        return tr("Published band from");
    case BandToColumn:
        return tr("Published band to");
    default:
        return {};
    }
}

} // namespace jobexplorer
