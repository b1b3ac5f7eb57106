#include "ChartWidget.h"

#include "ChartExporter.h"
#include "ChartModel.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHeaderView>
#include <QLegendMarker>
#include <QStackedWidget>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

namespace jobexplorer {

namespace {
// Below this width the legend moves under the chart and the share axis keeps three ticks.
constexpr int compactWidth = 640;
} // namespace

ChartWidget::ChartWidget(ChartModel *model, QWidget *parent)
    : ChartPage(parent), m_model(model), m_chart(new QChart), m_view(new QChartView(m_chart)),
      m_table(new QTableView), m_stack(new QStackedWidget(this))
{
    setObjectName(ChartModel::key(model->kind()) + QLatin1String("Chart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->setMargins(QMargins(4, 4, 4, 4));

    m_table->setModel(model);
    m_table->setObjectName(QStringLiteral("chartTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // In the table, Enter or a double click on a row toggles it, like a click on its bar.
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { m_model->toggle(index.row()); });

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(model, &QAbstractItemModel::modelReset, this, &ChartWidget::rebuild);
    // Until it is shown (a tab not chosen yet), the chart does not follow the filter.
    model->setActive(false);
    retranslate();
    rebuild();
}

void ChartWidget::retranslate()
{
    setAccessibleName(ChartModel::name(m_model->kind()));
    m_view->setAccessibleName(tr("%1 chart").arg(ChartModel::name(m_model->kind())));
    m_table->setAccessibleName(tr("%1 numbers").arg(ChartModel::name(m_model->kind())));
}

void ChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The title, labels and axes are drawn again from the model's new texts (when shown).
        m_model->retranslate();
    }
    ChartPage::changeEvent(event);
}

QString ChartWidget::title() const
{
    return m_chart->title();
}

QStringList ChartWidget::barLabels() const
{
    return ChartBuilder::barLabels(*m_model);
}

QStringList ChartWidget::legendEntries() const
{
    QStringList entries;
    if (m_chart->legend()->isVisible()) {
        for (const QLegendMarker *marker : m_chart->legend()->markers())
            entries << marker->label();
    }
    return entries;
}

ChartKind ChartWidget::kind() const
{
    return ChartKinds::of(m_model->kind());
}

void ChartWidget::refresh()
{
    m_model->refresh();
}

std::unique_ptr<ChartExporter> ChartWidget::exporter(const QStringList &caption) const
{
    return std::make_unique<ChartExporter>(*m_model, m_options, caption);
}

QAbstractItemModel *ChartWidget::numbers() const
{
    return m_model;
}

int ChartWidget::numbersExportRole() const
{
    return ChartModel::ExportRole;
}

bool ChartWidget::isTableShown() const
{
    return m_stack->currentWidget() == m_table;
}

void ChartWidget::setTableShown(bool shown)
{
    m_stack->setCurrentWidget(shown ? static_cast<QWidget *>(m_table) : m_view);
}

void ChartWidget::setPublishedShown(bool shown)
{
    if (m_options.publishedShares == shown)
        return;
    m_options.publishedShares = shown;
    rebuild();
}

void ChartWidget::clickBar(int row)
{
    m_model->toggle(row);
}

void ChartWidget::resizeEvent(QResizeEvent *event)
{
    ChartPage::resizeEvent(event);
    const bool compact = width() < compactWidth;
    if (compact != m_options.compact) {
        m_options.compact = compact;
        rebuild();
    }
}

void ChartWidget::showEvent(QShowEvent *event)
{
    m_model->setActive(true);
    ChartPage::showEvent(event);
}

void ChartWidget::hideEvent(QHideEvent *event)
{
    m_model->setActive(false);
    ChartPage::hideEvent(event);
}

void ChartWidget::rebuild()
{
    QAbstractBarSeries *series = ChartBuilder::build(m_chart, *m_model, m_options);
    if (!series)
        return;
    connect(series, &QAbstractBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        if (!status || set->at(index) <= 0) {
            QToolTip::hideText();
            return;
        }
        const int row = ChartBuilder::rowOfBar(*m_model, index);
        auto cell = [&](int column) { return m_model->index(row, column).data().toString(); };
        QString text = tr("%1: %2 postings (%3)")
                           .arg(cell(ChartModel::LabelColumn), cell(ChartModel::CountColumn),
                                cell(ChartModel::ShareColumn));
        if (m_options.publishedShares && m_model->columnCount() > ChartModel::PublishedColumn &&
            !cell(ChartModel::PublishedColumn).isEmpty())
            text += QLatin1Char('\n') + tr("Report: %1").arg(cell(ChartModel::PublishedColumn));
        QToolTip::showText(QCursor::pos(), text, this);
    });
    connect(series, &QAbstractBarSeries::clicked, this,
            [this](int index, QBarSet *) { m_model->toggle(ChartBuilder::rowOfBar(*m_model, index)); });
}

} // namespace jobexplorer
