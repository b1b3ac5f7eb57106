#pragma once

#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;

namespace jobexplorer {

class SkillDemandModel;

// The top skills among the matching postings as horizontal bars: share of the matching
// postings, coloured by skill category with a legend. Hover a bar for its numbers; click it to
// choose (or drop) that skill in the filter (skillClicked). Qt Charts stays inside views/charts.
class SkillDemandChart final : public QWidget
{
    Q_OBJECT
public:
    explicit SkillDemandChart(SkillDemandModel *model, QWidget *parent = nullptr);

    // What is drawn, for tests and accessibility: skills top first, legend entries.
    QStringList barLabels() const;
    QStringList legendEntries() const;
    QString title() const;

Q_SIGNALS:
    void skillClicked(const QString &skill);

private:
    void rebuild();

    SkillDemandModel *m_model;
    QChart *m_chart;
    QChartView *m_view;
    QStringList m_skillsBottomUp;
};

} // namespace jobexplorer
