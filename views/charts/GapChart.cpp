#include "GapChart.h"

#include "ChartBuilder.h"
#include "ChartExporter.h"
#include "ChartPalette.h"
#include "SkillGapModel.h"
#include "Workspace.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace jobexplorer {

namespace {
// Below this width the legend moves under the chart and the share axis keeps three ticks.
constexpr int compactWidth = 640;
constexpr std::array<SkillGap::Status, 3> statuses{SkillGap::Status::Held, SkillGap::Status::Learning,
                                                   SkillGap::Status::Missing};

// A bar and its label need this many pixels; a short chart on screen shows fewer bars.
constexpr int barPixels = 26;
constexpr int minimumBars = 5;

int barRows(const SkillGapModel &model, int rows = SkillGapModel::chartRows)
{
    return std::min({model.rowCount(), rows, SkillGapModel::chartRows});
}

QString barLabel(const SkillGapModel &model, int row)
{
    auto cell = [&](int column) { return model.index(row, column).data().toString(); };
    const QString unlocks = cell(SkillGapModel::UnlocksColumn);
    const bool showUnlocks =
        model.index(row, SkillGapModel::UnlocksColumn).data(SkillGapModel::ValueRole).toInt() > 0;
    return showUnlocks ? GapChart::tr("%1 (%2, %3)")
                             .arg(cell(SkillGapModel::SkillColumn), cell(SkillGapModel::ShareColumn), unlocks)
                       : GapChart::tr("%1 (%2)").arg(cell(SkillGapModel::SkillColumn),
                                                     cell(SkillGapModel::ShareColumn));
}
} // namespace

GapChart::GapChart(Workspace *workspace, QWidget *parent)
    : ChartPage(parent), m_model(new SkillGapModel(workspace, this)), m_chart(new QChart),
      m_view(new QChartView(m_chart)), m_table(new QTableView), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("gapChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("chartTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_model, &QAbstractItemModel::modelReset, this, &GapChart::rebuild);
    m_model->setActive(false);
    retranslate();
    rebuild();
}

void GapChart::retranslate()
{
    setAccessibleName(tr("Skill gap"));
    m_view->setAccessibleName(tr("Skill gap chart"));
    m_table->setAccessibleName(tr("Skill gap numbers"));
}

void GapChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
        rebuild();
    }
    ChartPage::changeEvent(event);
}

QString GapChart::title() const
{
    return m_chart->title();
}

void GapChart::build(QChart *chart, const SkillGapModel &model, bool compact, int maxRows)
{
    // The axes of the last build are deleted, not left behind at every change (LeakSanitizer).
    ChartBuilder::removeSeriesAndAxes(chart);
    chart->setTitleBrush(ChartPalette::text());
    if (!model.workspace()->clientSkills()) {
        chart->setTitle(tr("Choose a client in the Client panel to see the skills they lack"));
        chart->legend()->hide();
        return;
    }
    chart->setTitle(model.title());
    const int rows = barRows(model, maxRows);
    if (rows == 0) {
        chart->legend()->hide();
        return;
    }
    auto *series = new QHorizontalStackedBarSeries;
    QList<QBarSet *> sets;
    for (const SkillGap::Status status : statuses) {
        auto *set = new QBarSet(SkillGapModel::statusLabel(status));
        set->setColor(ChartPalette::skillStatus(static_cast<int>(status)));
        set->setBorderColor(ChartPalette::skillStatus(static_cast<int>(status)));
        sets << set;
    }
    QStringList categories;
    double largest = 0;
    for (int i = 0; i < rows; ++i) {
        const int row = rows - 1 - i; // horizontal bars are drawn bottom-up
        const double share =
            model.index(row, SkillGapModel::ShareColumn).data(SkillGapModel::ValueRole).toDouble() * 100;
        const int status = model.index(row, 0).data(SkillGapModel::StatusRole).toInt();
        for (int s = 0; s < sets.size(); ++s)
            sets[s]->append(s == status ? share : 0);
        categories << barLabel(model, row);
        largest = std::max(largest, share);
    }
    for (QBarSet *set : std::as_const(sets))
        series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);

    auto *labels = new QBarCategoryAxis;
    labels->append(categories);
    labels->setTruncateLabels(false);
    QFont font = labels->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    labels->setLabelsFont(font);
    auto *share = new QValueAxis;
    // As the other charts' share axes: the next multiple of 10 (of 20 above 60) over the longest bar.
    double end = std::clamp(std::ceil((largest + 0.5) / 10) * 10, 10.0, 100.0);
    end = end > 60 ? std::ceil(end / 20) * 20 : end;
    share->setRange(0, end);
    share->setTickCount(compact ? 3 : static_cast<int>(end / (end > 60 ? 20 : 10)) + 1);
    share->setLabelFormat(QStringLiteral("%d%%"));
    share->setTitleText(tr("Share of matching postings (in brackets: postings the skill would make fit)"));
    chart->addAxis(labels, Qt::AlignLeft);
    chart->addAxis(share, Qt::AlignBottom);
    series->attachAxis(labels);
    series->attachAxis(share);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(compact ? Qt::AlignBottom : Qt::AlignRight);
}

QStringList GapChart::barLabels(const SkillGapModel &model)
{
    QStringList labels;
    for (int row = 0; row < barRows(model); ++row)
        labels << barLabel(model, row);
    return labels;
}

QStringList GapChart::caption(const QStringList &caption, const SkillGapModel &model, bool withName)
{
    const Workspace &workspace = *model.workspace();
    if (!workspace.clientSkills())
        return caption;
    const SkillGap &gap = model.gap();
    const QString fits = tr("fits %1 of %2 now (fit of at least %3%)")
                             .arg(QLocale().toString(gap.fitsNow), QLocale().toString(gap.postings),
                                  QLocale().toString(gap.threshold * 100, 'f', 0));
    QStringList lines = caption;
    lines.insert(std::min<qsizetype>(1, lines.size()),
                 withName && !workspace.clientName().isEmpty()
                     ? tr("Client: %1 · %2").arg(workspace.clientName(), fits)
                     : tr("Client %1").arg(fits));
    return lines;
}

std::unique_ptr<ChartExporter> GapChart::exporter(Workspace &workspace, const QStringList &caption,
                                                  bool withName)
{
    // The exporter keeps the model it draws.
    const std::shared_ptr<const SkillGapModel> model = std::make_shared<SkillGapModel>(&workspace);
    return std::make_unique<ChartExporter>(
        [model](QPainter &painter, const QRectF &rect) {
            QGraphicsScene scene;
            auto *chart = new QChart;
            scene.addItem(chart);
            chart->setBackgroundRoundness(0);
            chart->setMargins(QMargins(8, 8, 8, 8));
            chart->setGeometry(rect);
            build(chart, *model, rect.width() < compactWidth, SkillGapModel::chartRows);
            chart->layout()->activate();
            scene.setSceneRect(rect);
            scene.render(&painter, rect, rect);
        },
        model->title(), GapChart::caption(caption, *model, withName));
}

void GapChart::refresh()
{
    m_model->refresh();
}

std::unique_ptr<ChartExporter> GapChart::exporter(const QStringList &caption) const
{
    return exporter(*m_model->workspace(), caption, m_clientNameShown);
}

QAbstractItemModel *GapChart::numbers() const
{
    return m_model;
}

int GapChart::numbersExportRole() const
{
    return SkillGapModel::ExportRole;
}

bool GapChart::isTableShown() const
{
    return m_stack->currentWidget() == m_table;
}

void GapChart::setTableShown(bool shown)
{
    m_stack->setCurrentWidget(shown ? static_cast<QWidget *>(m_table) : m_view);
}

void GapChart::resizeEvent(QResizeEvent *event)
{
    ChartPage::resizeEvent(event);
    const bool compact = width() < compactWidth;
    const int rows = std::clamp(height() / barPixels, minimumBars, SkillGapModel::chartRows);
    if (compact != m_compact || rows != m_rows) {
        m_compact = compact;
        m_rows = rows;
        rebuild();
    }
}

void GapChart::showEvent(QShowEvent *event)
{
    m_model->setActive(true);
    ChartPage::showEvent(event);
}

void GapChart::hideEvent(QHideEvent *event)
{
    m_model->setActive(false);
    ChartPage::hideEvent(event);
}

void GapChart::rebuild()
{
    build(m_chart, *m_model, m_compact, m_rows > 0 ? m_rows : SkillGapModel::chartRows);
}

} // namespace jobexplorer
