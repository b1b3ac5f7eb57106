#include "SkillDemandChart.h"

#include "PostingFormat.h"
#include "SkillDemandModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

namespace jobexplorer {

namespace {

// Distinguishable colours (Okabe–Ito and Tableau hues), one per skill category id.
const QColor categoryColours[] = {
    QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
    QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00), QColor(0xF0, 0xE4, 0x42), QColor(0x59, 0x59, 0x59),
    QColor(0x8C, 0x56, 0x4B), QColor(0x9C, 0x75, 0xCD), QColor(0x2C, 0xA0, 0x2C), QColor(0xD6, 0x27, 0x28),
    QColor(0x17, 0xBE, 0xCF), QColor(0xBC, 0xBD, 0x22),
};

} // namespace

SkillDemandChart::SkillDemandChart(SkillDemandModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_chart(new QChart), m_view(new QChartView(m_chart, this))
{
    setObjectName(QStringLiteral("skillDemandChart"));
    setAccessibleName(tr("Skill demand chart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(model, &QAbstractItemModel::modelReset, this, &SkillDemandChart::rebuild);
    rebuild();
}

QStringList SkillDemandChart::barLabels() const
{
    QStringList topFirst = m_skillsBottomUp;
    std::reverse(topFirst.begin(), topFirst.end());
    return topFirst;
}

QStringList SkillDemandChart::legendEntries() const
{
    QStringList entries;
    for (const QLegendMarker *marker : m_chart->legend()->markers())
        entries << marker->label();
    return entries;
}

QString SkillDemandChart::title() const
{
    return m_chart->title();
}

void SkillDemandChart::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);

    const int rows = m_model->rowCount();
    m_chart->setTitle(m_model->matchCount() == 0
                          ? tr("Skill demand: no matching postings")
                          : tr("Skill demand · share of %1 matching").arg(PostingFormat::postingCount(m_model->matchCount())));
    m_skillsBottomUp.clear();
    if (rows == 0)
        return;

    // One stacked set per category, zero outside its own skills: each bar gets its category's
    // colour and the legend names the categories. Bars run bottom-up, so the top skill is
    // added last.
    auto *series = new QHorizontalStackedBarSeries;
    QHash<int, QBarSet *> setOfCategory;
    QList<int> categoryOrder;
    for (int row = 0; row < rows; ++row) {
        const int category = m_model->index(row, SkillDemandModel::CategoryColumn).data(SkillDemandModel::ValueRole).toInt();
        if (!setOfCategory.contains(category)) {
            auto *set = new QBarSet(m_model->index(row, SkillDemandModel::CategoryColumn).data().toString());
            set->setColor(categoryColours[std::size_t(std::max(category, 0)) % std::size(categoryColours)]);
            setOfCategory.insert(category, set);
            categoryOrder << category;
        }
    }
    for (int row = rows - 1; row >= 0; --row) {
        const int category = m_model->index(row, SkillDemandModel::CategoryColumn).data(SkillDemandModel::ValueRole).toInt();
        const double share = m_model->index(row, SkillDemandModel::ShareColumn).data(SkillDemandModel::ValueRole).toDouble();
        for (const int c : std::as_const(categoryOrder))
            setOfCategory.value(c)->append(c == category ? share : 0.0);
        m_skillsBottomUp << m_model->index(row, SkillDemandModel::SkillColumn).data().toString();
    }
    for (const int c : std::as_const(categoryOrder))
        series->append(setOfCategory.value(c));
    series->setBarWidth(0.75);
    m_chart->addSeries(series);

    auto *skills = new QBarCategoryAxis;
    skills->append(m_skillsBottomUp);
    QFont labels = skills->labelsFont();
    labels.setPointSizeF(labels.pointSizeF() * 0.9);
    skills->setLabelsFont(labels);
    // Skill names are short; Qt Charts would otherwise elide them to "..." in a narrow dock.
    skills->setTruncateLabels(false);
    m_chart->addAxis(skills, Qt::AlignLeft);
    series->attachAxis(skills);
    auto *share = new QValueAxis;
    share->setRange(0, 100);
    share->setTickCount(6);
    share->setLabelFormat(QStringLiteral("%d%%"));
    share->setTitleText(tr("Share of matching postings"));
    m_chart->addAxis(share, Qt::AlignBottom);
    series->attachAxis(share);

    connect(series, &QHorizontalStackedBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        if (!status || set->at(index) <= 0) {
            QToolTip::hideText();
            return;
        }
        const int row = m_model->rowCount() - 1 - index;
        QToolTip::showText(QCursor::pos(),
                           tr("%1: %2 postings (%3)")
                               .arg(m_model->index(row, SkillDemandModel::SkillColumn).data().toString(),
                                    m_model->index(row, SkillDemandModel::CountColumn).data().toString(),
                                    m_model->index(row, SkillDemandModel::ShareColumn).data().toString()),
                           this);
    });
    connect(series, &QHorizontalStackedBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index >= 0 && index < m_skillsBottomUp.size())
            Q_EMIT skillClicked(m_skillsBottomUp.at(index));
    });
}

} // namespace jobexplorer
