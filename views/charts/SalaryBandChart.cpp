#include "SalaryBandChart.h"

#include "ChartExporter.h"
#include "ChartPalette.h"
#include "SalaryBandModel.h"

#include <QHeaderView>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace jobexplorer {

namespace {

// The chart's estimate of its plot height: the widget less title, axis and legend.
double plotHeightOf(int widgetHeight)
{
    return std::max(40, widgetHeight - 110);
}

// How many postings fit in plotHeight pixels, a bar of at least minimumBarPixels each.
int postingsFitting(double plotHeight)
{
    return static_cast<int>(std::floor(plotHeight / SalaryBandChart::minimumBarPixels));
}

RangeChartData::Row chartRow(const SalaryBandModel::Row &row)
{
    RangeChartData::Row drawn;
    drawn.label = row.label;
    drawn.toolTip = row.toolTip;
    drawn.reference = row.band;
    drawn.range = row.range;
    drawn.tick = row.midpoint;
    if (row.box)
        drawn.box = RangeChartData::Box{row.box->minimum, row.box->firstQuartile, row.box->median,
                                        row.box->thirdQuartile, row.box->maximum};
    drawn.extremes = row.extremes;
    drawn.postingId = row.postingId;
    return drawn;
}

} // namespace

RangeChartData SalaryBandChart::chartData(const SalaryBandModel &model)
{
    RangeChartData data;
    data.title = model.title();
    data.note = model.note();
    data.currency = model.currency();
    data.emptyText = model.emptyText();
    for (int row = 0; row < model.rowCount(); ++row)
        data.rows.append(chartRow(model.row(row)));
    if (data.rows.isEmpty())
        return data;
    if (model.isPerPosting())
        data.legend.append({ChartPalette::primary(), tr("A posting's range (tick: midpoint)"), false});
    else
        data.legend.append({ChartPalette::primary(),
                            tr("Middle half of midpoints (line: median, whiskers: "
                               "lowest to highest midpoint; dashes: lowest minimum to "
                               "highest maximum)"),
                            false});
    if (model.hasBands())
        data.legend.append({QColor(), tr("Published band for the level"), true});
    return data;
}

RangeChartData SalaryBandChart::build(const Workspace &workspace, double plotHeight)
{
    const SalaryBandModel model(&workspace, postingsFitting(plotHeight));
    return chartData(model);
}

std::unique_ptr<ChartExporter> SalaryBandChart::exporter(const Workspace &workspace,
                                                         const QStringList &caption)
{
    const Workspace *source = &workspace;
    return std::make_unique<ChartExporter>(
        [source](QPainter &painter, const QRectF &rect) {
            paintRangeChart(painter, rect, build(*source, plotHeightOf(static_cast<int>(rect.height()))));
        },
        build(workspace, plotHeightOf(ChartExporter::defaultSize.height())).title, caption);
}

SalaryBandChart::SalaryBandChart(Workspace *workspace, QWidget *parent)
    : ChartPage(parent), m_workspace(workspace), m_model(new SalaryBandModel(workspace, this)),
      m_chart(new RangeChartWidget), m_table(new QTableView), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("bandsChart"));
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("chartTable"));
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stack->addWidget(m_chart);
    m_stack->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_chart->setData(chartData(*m_model)); });
    connect(m_chart, &RangeChartWidget::rowClicked, this, [this](int row) {
        if (row >= 0 && row < m_model->rowCount() && m_model->row(row).postingId >= 0)
            Q_EMIT postingClicked(m_model->row(row).postingId);
    });
    // Until it is shown (a tab not chosen yet), the chart does not follow the filter.
    m_model->setActive(false);
    m_chart->setData(chartData(*m_model));
    retranslate();
}

void SalaryBandChart::retranslate()
{
    setAccessibleName(tr("Salary band chart"));
    m_chart->setAccessibleName(tr("Salary band chart"));
    m_table->setAccessibleName(tr("Salary band numbers"));
}

void SalaryBandChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The chart is drawn again from the model's new texts (when shown).
        m_model->retranslate();
    }
    ChartPage::changeEvent(event);
}

const RangeChartData &SalaryBandChart::data() const
{
    return m_chart->data();
}

bool SalaryBandChart::isTableShown() const
{
    return m_stack->currentWidget() == m_table;
}

void SalaryBandChart::setTableShown(bool shown)
{
    m_stack->setCurrentWidget(shown ? static_cast<QWidget *>(m_table) : m_chart);
}

void SalaryBandChart::refresh()
{
    m_model->refresh();
}

std::unique_ptr<ChartExporter> SalaryBandChart::exporter(const QStringList &caption) const
{
    return exporter(*m_workspace, caption);
}

QAbstractItemModel *SalaryBandChart::numbers() const
{
    return m_model;
}

int SalaryBandChart::numbersExportRole() const
{
    return SalaryBandModel::ExportRole;
}

void SalaryBandChart::showEvent(QShowEvent *event)
{
    m_model->setActive(true);
    ChartPage::showEvent(event);
}

void SalaryBandChart::hideEvent(QHideEvent *event)
{
    m_model->setActive(false);
    ChartPage::hideEvent(event);
}

void SalaryBandChart::resizeEvent(QResizeEvent *event)
{
    ChartPage::resizeEvent(event);
    m_model->setMaximumPostings(postingsFitting(plotHeightOf(height())));
}

} // namespace jobexplorer
