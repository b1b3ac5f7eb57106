#pragma once

#include "ChartPage.h"

#include <QStringList>

class QChart;
class QChartView;
class QStackedWidget;
class QTableView;

namespace jobexplorer {

class SkillGapModel;
class Workspace;

// The chosen client's skill gap: the skills the matching postings ask for most, as bars of
// their share of the postings, coloured by whether the client holds the skill, is learning it
// or lacks it; or its numbers as a table. Without a client it says how to choose one. The
// picture's caption names the client unless the name is left out (setClientNameShown). Draws a
// SkillGapModel (owned), which follows the filter while the chart is shown.
class GapChart final : public ChartPage
{
    Q_OBJECT
public:
    // The workspace must outlive the chart.
    explicit GapChart(Workspace *workspace, QWidget *parent = nullptr);

    // Draws model's first rows (at most SkillGapModel::chartRows) into chart, on screen and in
    // pictures.
    static void build(QChart *chart, const SkillGapModel &model, bool compact, int rows);
    // The bar labels top-down, for tests and screen readers.
    static QStringList barLabels(const SkillGapModel &model);
    // The caption with the client's line ("Client: A. B. · fits 2 of 9 postings now"), or
    // without the name when withName is false.
    static QStringList caption(const QStringList &caption, const SkillGapModel &model, bool withName);
    // The gap chart of the workspace's current filter and client, as the command line writes
    // it; the workspace must outlive the exporter.
    static std::unique_ptr<ChartExporter> exporter(Workspace &workspace, const QStringList &caption,
                                                   bool withName);

    SkillGapModel *model() const { return m_model; }
    QString title() const;
    bool isClientNameShown() const { return m_clientNameShown; }
    void setClientNameShown(bool shown) { m_clientNameShown = shown; }

    ChartKind kind() const override { return ChartKind::Gap; }
    bool isTableShown() const override;
    void setTableShown(bool shown) override;
    void refresh() override;
    std::unique_ptr<ChartExporter> exporter(const QStringList &caption) const override;
    QAbstractItemModel *numbers() const override;
    int numbersExportRole() const override;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();

    SkillGapModel *m_model;
    QChart *m_chart;
    QChartView *m_view;
    QTableView *m_table;
    QStackedWidget *m_stack;
    bool m_compact = false;
    int m_rows = 0; // the bars that fit the widget's height
    bool m_clientNameShown = true;
};

} // namespace jobexplorer
