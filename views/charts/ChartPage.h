#pragma once

#include "ChartKind.h"

#include <QStringList>
#include <QWidget>

#include <cstdint>
#include <memory>

class QAbstractItemModel;

namespace jobexplorer {

class ChartExporter;

// One chart of the charts panel, of any kind: drawn or shown as a table of its numbers, copied
// and exported as a picture or CSV in the same way. A hidden page does not follow the filter
// until it is shown or refreshed.
class ChartPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual ChartKind kind() const = 0;
    virtual bool isTableShown() const = 0;
    virtual void setTableShown(bool shown) = 0;
    // Brings the numbers up to date with the filter now, shown or not.
    virtual void refresh() = 0;
    // A picture of the chart as it is drawn now (refresh() first), with caption under it.
    virtual std::unique_ptr<ChartExporter> exporter(const QStringList &caption) const = 0;
    // The chart's numbers as a table (owned by the page) and the role giving them as plain text
    // for CSV.
    virtual QAbstractItemModel *numbers() const = 0;
    virtual int numbersExportRole() const = 0;

Q_SIGNALS:
    // A row that shows one posting was clicked.
    void postingClicked(std::int64_t postingId);
};

} // namespace jobexplorer
