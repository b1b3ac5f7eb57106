#pragma once

#include "Comparison.h"

#include "ExportSettings.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QListView;
class QListWidget;
class QTableView;
class QLabel;
class QPushButton;
class QToolButton;

namespace jobexplorer {

class CohortList;
class ComparisonModel;
class RangeChartWidget;
class Workspace;

// The Compare view: saved cohorts (named filters, kept per database) on the left — save the
// current filter as one, apply, rename, edit, delete, import and export them — and the report's
// published bands; on the right the chosen two to six side by side: a box plot of annual
// salary per cohort and a table of every statistic (postings, with a salary, quartiles, levels,
// top skills, skills much more common in one cohort than another).
class CompareView final : public QWidget
{
    Q_OBJECT
public:
    // The workspace must outlive the view.
    explicit CompareView(Workspace *workspace, QWidget *parent = nullptr);

    // Where picture exports start and what they remember; taken over. Without settings they
    // start in the home folder and remember nothing.
    void setExportSettings(std::unique_ptr<ExportSettings> settings);

    CohortList *cohorts() const { return m_cohorts; }
    // What is compared now: the selected cohorts (all, up to six, when none is selected) and the
    // ticked bands; std::nullopt when fewer than two.
    const std::optional<Comparison> &comparison() const { return m_comparison; }
    ComparisonModel *comparisonModel() const { return m_model; }
    RangeChartWidget *chart() const { return m_chart; }

    // Saves the workspace's filter as a cohort named name; false with a message when refused.
    bool saveCurrentFilter(const QString &name, QString *error = nullptr);
    void setBandChecked(int band, bool checked);

    QAction *exportChartAction() const { return m_exportChartAction; }
    QAction *exportCsvAction() const { return m_exportCsvAction; }
    // Ask where to write, then write the comparison as a picture or CSV; report through
    // exported() or errorOccurred().
    void exportChart();
    void exportCsv();

Q_SIGNALS:
    // An export was written; message names the file.
    void exported(const QString &message);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Every text in the current language, the comparison's included.
    void retranslate();
    void setUpViews();
    QWidget *createCohortPane();
    QWidget *createComparisonPane();
    void connectCohorts();
    void askToSaveCurrentFilter();
    void applySelected();
    void editSelected();
    void deleteSelected();
    void importCohorts();
    void exportCohorts();
    void fillBands();
    void recompute();
    int selectedRow() const;

    Workspace *m_workspace;
    std::unique_ptr<ExportSettings> m_exportSettings;
    CohortList *m_cohorts;
    ComparisonModel *m_model;
    QListView *m_list;
    QListWidget *m_bands;
    RangeChartWidget *m_chart;
    QTableView *m_table;
    QLabel *m_status;
    QAction *m_exportChartAction;
    QAction *m_exportCsvAction;
    QPushButton *m_saveButton = nullptr;
    QToolButton *m_applyButton = nullptr;
    QToolButton *m_editButton = nullptr;
    QToolButton *m_deleteButton = nullptr;
    QToolButton *m_filesButton = nullptr;
    QAction *m_importCohortsAction = nullptr;
    QAction *m_exportCohortsAction = nullptr;
    QLabel *m_bandsLabel = nullptr;
    QList<SalaryBandRecord> m_bandRecords;
    std::optional<Comparison> m_comparison;
};

} // namespace jobexplorer
