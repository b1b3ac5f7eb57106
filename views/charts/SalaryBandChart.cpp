#include "SalaryBandChart.h"

#include "ChartExporter.h"
#include "FilterEngine.h"
#include "PostingFormat.h"
#include "PostingStore.h"
#include "RangeChartTableModel.h"
#include "SalaryRanges.h"
#include "SalaryStatistics.h"
#include "Workspace.h"

#include <QHeaderView>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace jobexplorer {

namespace {

std::optional<RangeChartData::Interval> bandOf(const QList<SalaryBandRecord> &bands, Seniority level)
{
    const std::optional<SalaryBandRecord> band = SalaryRanges::referenceBand(bands, level);
    if (!band)
        return std::nullopt;
    const std::optional<double> low = SalaryRanges::annualMinimum(*band);
    const std::optional<double> high = SalaryRanges::annualMaximum(*band);
    if (!low || !high)
        return std::nullopt;
    return RangeChartData::Interval{*low, *high};
}

// The chart's estimate of its plot height: the widget less title, axis and legend.
double plotHeightOf(int widgetHeight)
{
    return std::max(40, widgetHeight - 110);
}

} // namespace

RangeChartData SalaryBandChart::build(const Workspace &workspace, double plotHeight)
{
    RangeChartData data;
    data.title = tr("Salary bands");
    const PostingStore *store = workspace.store();
    if (!store) {
        data.emptyText = tr("No database open");
        return data;
    }
    const FilterResult &result = workspace.result();
    const SalaryStatistics &stats = result.salary;
    data.currency = stats.currency;
    const std::vector<PostingSalaryRange> ranges = SalaryRanges::of(*store, result.rows, stats.currency);
    const QList<SalaryBandRecord> &bands = workspace.reference().salaryBands;

    QString note = tr("%1 with a salary of %2 matching")
                       .arg(QLocale().toString(static_cast<int>(ranges.size())),
                            PostingFormat::postingCount(result.matchCount()));
    if (!stats.currency.isEmpty())
        note += QStringLiteral(" · ") + tr("annual, %1").arg(stats.currency);
    const QString leftOut = stats.leftOutText(result.matchCount());
    if (!leftOut.isEmpty() && !ranges.empty())
        note += QStringLiteral(" · ") + tr("left out: %1").arg(leftOut);
    data.note = note;
    data.emptyText = tr("None of the matching postings states a salary.");
    if (ranges.empty())
        return data;

    const bool perPosting = static_cast<double>(ranges.size()) * minimumBarPixels <= plotHeight;
    bool anyBand = false;
    if (perPosting) {
        data.title = tr("Salary bands · %1 by midpoint")
                         .arg(PostingFormat::postingCount(static_cast<qsizetype>(ranges.size())));
        // Highest midpoint on top.
        for (auto it = ranges.rbegin(); it != ranges.rend(); ++it) {
            RangeChartData::Row row;
            const QString company = it->company.isEmpty() ? tr("(no company)") : it->company;
            row.label = tr("%1 · %2").arg(company, it->title);
            row.range = RangeChartData::Interval{it->minimum, it->maximum};
            row.tick = it->midpoint;
            row.postingId = it->postingId;
            row.reference = bandOf(bands, it->level);
            anyBand = anyBand || row.reference.has_value();
            const QString level = Vocabulary::label(Vocabulary::seniorities, it->level);
            row.toolTip = tr("%1\n%2 · %3\n%4 (midpoint %5)")
                              .arg(it->title, company, level,
                                   PostingFormat::salaryRange(it->minimum, it->maximum, stats.currency),
                                   PostingFormat::money(it->midpoint, stats.currency));
            if (row.reference)
                row.toolTip +=
                    QLatin1Char('\n') +
                    tr("Published band for %1: %2")
                        .arg(level, PostingFormat::salaryRange(row.reference->first, row.reference->second,
                                                               stats.currency));
            data.rows.append(row);
        }
        data.legend.append({QColor(0x00, 0x72, 0xB2), tr("A posting's range (tick: midpoint)"), false});
    } else {
        data.title = tr("Salary bands · %1 postings by level")
                         .arg(QLocale().toString(static_cast<int>(ranges.size())));
        for (const auto &entry : Vocabulary::seniorities) {
            std::vector<double> midpoints;
            double lowest = std::numeric_limits<double>::max(),
                   highest = std::numeric_limits<double>::lowest();
            for (const PostingSalaryRange &range : ranges) {
                if (range.level != entry.value)
                    continue;
                midpoints.push_back(range.midpoint);
                lowest = std::min(lowest, range.minimum);
                highest = std::max(highest, range.maximum);
            }
            if (midpoints.empty())
                continue;
            SalaryStatistics level;
            level.setMidpoints(midpoints);
            RangeChartData::Row row;
            const QString name = Vocabulary::label(Vocabulary::seniorities, entry.value);
            row.label = tr("%1 (%2)").arg(name, QLocale().toString(level.withSalary));
            row.box = RangeChartData::Box{level.minimum, level.firstQuartile, level.median,
                                          level.thirdQuartile, level.maximum};
            row.extremes = RangeChartData::Interval{lowest, highest};
            row.reference = bandOf(bands, entry.value);
            anyBand = anyBand || row.reference.has_value();
            row.toolTip =
                tr("%1: %2 postings\nmedian %3, middle half %4\nranges from %5")
                    .arg(name, QLocale().toString(level.withSalary),
                         PostingFormat::money(level.median, stats.currency),
                         PostingFormat::salaryRange(level.firstQuartile, level.thirdQuartile, stats.currency),
                         PostingFormat::salaryRange(lowest, highest, stats.currency));
            data.rows.append(row);
        }
        data.legend.append({QColor(0x00, 0x72, 0xB2),
                            tr("Middle half of midpoints (line: median, whiskers: "
                               "lowest to highest midpoint; dashes: lowest minimum to "
                               "highest maximum)"),
                            false});
    }
    if (anyBand)
        data.legend.append({QColor(), tr("Published band for the level"), true});
    return data;
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
    : QWidget(parent), m_workspace(workspace), m_chart(new RangeChartWidget),
      m_tableModel(new RangeChartTableModel(this)), m_table(new QTableView), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("bandsChart"));
    setAccessibleName(tr("Salary band chart"));
    m_chart->setAccessibleName(tr("Salary band chart"));
    m_table->setModel(m_tableModel);
    m_table->setObjectName(QStringLiteral("chartTable"));
    m_table->setAccessibleName(tr("Salary band numbers"));
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stack->addWidget(m_chart);
    m_stack->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(workspace, &Workspace::filterChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
    connect(m_chart, &RangeChartWidget::rowClicked, this, [this](int row) {
        const QList<RangeChartData::Row> &rows = m_chart->data().rows;
        if (row >= 0 && row < rows.size() && rows.at(row).postingId >= 0)
            Q_EMIT postingClicked(rows.at(row).postingId);
    });
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

void SalaryBandChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void SalaryBandChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_stale = true;
    if (isVisible())
        refresh();
}

void SalaryBandChart::refresh()
{
    if (!m_stale)
        return;
    m_stale = false;
    RangeChartData data = build(*m_workspace, plotHeightOf(height()));
    m_tableModel->setData(data);
    m_chart->setData(std::move(data));
}

} // namespace jobexplorer
