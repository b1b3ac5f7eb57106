#include "CompareView.h"

#include "ChartExporter.h"
#include "CohortFile.h"
#include "CohortList.h"
#include "ComparisonChart.h"
#include "ComparisonModel.h"
#include "CsvExporter.h"
#include "FilterEngine.h"
#include "PictureExport.h"
#include "RangeChart.h"
#include "SettingsCohortStorage.h"
#include "Workspace.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTransposeProxyModel>
#include <QVBoxLayout>

namespace jobexplorer {

CompareView::CompareView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_cohorts(new CohortList(this)),
      m_model(new ComparisonModel(this)), m_list(new QListView), m_bands(new QListWidget),
      m_chart(new RangeChartWidget), m_table(new QTableView), m_status(new QLabel),
      m_exportChartAction(new QAction(this)), m_exportCsvAction(new QAction(this))
{
    setObjectName(QStringLiteral("compareView"));
    m_cohorts->setStorage(std::make_unique<SettingsCohortStorage>());
    setUpViews();

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(createCohortPane());
    split->addWidget(createComparisonPane());
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 740});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    // In a small window the panes may be squeezed (or collapsed) rather than widen the window.
    split->setChildrenCollapsible(true);
    setMinimumSize(320, 200);

    m_exportChartAction->setObjectName(QStringLiteral("exportComparisonChartAction"));
    m_exportCsvAction->setObjectName(QStringLiteral("exportComparisonCsvAction"));
    connect(m_exportChartAction, &QAction::triggered, this, &CompareView::exportChart);
    connect(m_exportCsvAction, &QAction::triggered, this, &CompareView::exportCsv);
    connectCohorts();
    if (workspace->isOpen()) {
        m_cohorts->setDatabase(workspace->fileName(), workspace->engine());
        fillBands();
    }
    retranslate();
}

void CompareView::retranslate()
{
    m_exportChartAction->setText(tr("Export Comparison C&hart…"));
    m_exportCsvAction->setText(tr("Export Comparison as CS&V…"));
    m_list->setAccessibleName(tr("Saved cohorts"));
    m_list->setToolTip(tr("Select two to six cohorts to compare (all, up to six, when none is selected). "
                          "F2 renames; double-click applies a cohort's filter."));
    m_bands->setAccessibleName(tr("Published salary bands"));
    m_bands->setToolTip(tr("Tick a band the report published to compare it as a cohort of its own"));
    m_chart->setAccessibleName(tr("Comparison chart"));
    m_table->setAccessibleName(tr("Comparison numbers"));
    m_saveButton->setText(tr("&Save Filter as Cohort…"));
    m_applyButton->setText(tr("A&pply"));
    m_applyButton->setToolTip(tr("Show the selected cohort's postings: make its filter the current one"));
    m_editButton->setText(tr("&Edit…"));
    m_editButton->setToolTip(tr("Edit the selected cohort's filter expression"));
    m_deleteButton->setText(tr("&Delete"));
    m_filesButton->setText(tr("&Files"));
    m_filesButton->setToolTip(tr("Import or export cohorts as a file"));
    m_importCohortsAction->setText(tr("Import Cohorts…"));
    m_exportCohortsAction->setText(tr("Export Cohorts…"));
    m_bandsLabel->setText(tr("Published bands:"));
    // The bands keep their ticks; only their names change.
    const QSignalBlocker blocker(m_bands);
    for (int i = 0; i < m_bands->count() && i < m_bandRecords.size(); ++i) {
        m_bands->item(i)->setText(Comparison::bandName(m_bandRecords.at(i)));
        m_bands->item(i)->setToolTip(Comparison::bandDescription(m_bandRecords.at(i)));
    }
    recompute();
}

void CompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CompareView::setUpViews()
{
    m_list->setModel(m_cohorts);
    m_list->setObjectName(QStringLiteral("cohortList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_bands->setObjectName(QStringLiteral("bandList"));
    m_chart->setObjectName(QStringLiteral("comparisonChart"));
    auto *transposed = new QTransposeProxyModel(this);
    transposed->setSourceModel(m_model);
    m_table->setModel(transposed);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status->setWordWrap(true);
}

QWidget *CompareView::createCohortPane()
{
    // Texts in retranslate().
    auto *save = m_saveButton = new QPushButton;
    save->setObjectName(QStringLiteral("saveCohortButton"));
    auto *apply = m_applyButton = new QToolButton;
    auto *edit = m_editButton = new QToolButton;
    auto *remove = m_deleteButton = new QToolButton;
    auto *more = m_filesButton = new QToolButton;
    more->setPopupMode(QToolButton::InstantPopup);
    m_importCohortsAction = more->addAction(QString(), this, &CompareView::importCohorts);
    m_exportCohortsAction = more->addAction(QString(), this, &CompareView::exportCohorts);
    connect(save, &QPushButton::clicked, this, &CompareView::askToSaveCurrentFilter);
    connect(apply, &QToolButton::clicked, this, &CompareView::applySelected);
    connect(edit, &QToolButton::clicked, this, &CompareView::editSelected);
    connect(remove, &QToolButton::clicked, this, &CompareView::deleteSelected);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(apply);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addWidget(more);
    buttons->addStretch(1);
    buttons->setSpacing(2);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(save);
    leftLayout->addWidget(m_list, 2);
    leftLayout->addLayout(buttons);
    m_bandsLabel = new QLabel;
    leftLayout->addWidget(m_bandsLabel);
    leftLayout->addWidget(m_bands, 1);
    leftLayout->addWidget(m_status);
    return left;
}

QWidget *CompareView::createComparisonPane()
{
    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(m_chart);
    right->addWidget(m_table);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    return right;
}

void CompareView::connectCohorts()
{
    connect(m_list, &QListView::doubleClicked, this, &CompareView::applySelected);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CompareView::recompute);
    connect(m_cohorts, &QAbstractItemModel::modelReset, this, &CompareView::recompute);
    connect(m_cohorts, &QAbstractItemModel::rowsInserted, this, &CompareView::recompute);
    connect(m_cohorts, &QAbstractItemModel::rowsRemoved, this, &CompareView::recompute);
    connect(m_cohorts, &QAbstractItemModel::dataChanged, this, &CompareView::recompute);
    connect(m_bands, &QListWidget::itemChanged, this, &CompareView::recompute);
    connect(m_workspace, &Workspace::opened, this, [this](const QString &fileName) {
        m_cohorts->setDatabase(fileName, m_workspace->engine());
        fillBands();
        recompute();
    });
}

void CompareView::setExportSettings(std::unique_ptr<ExportSettings> settings)
{
    m_exportSettings = std::move(settings);
}

void CompareView::exportChart()
{
    if (!m_comparison)
        return;
    const std::unique_ptr<ChartExporter> exporter = ComparisonChart::exporter(*m_workspace, *m_comparison);
    const PictureExport::Result result =
        PictureExport::run(this, m_exportSettings.get(), *exporter,
                           QCoreApplication::translate("jobexplorer::MainWindow", "comparison"));
    if (!result.error.isEmpty())
        Q_EMIT errorOccurred(result.error);
    else if (!result.fileName.isEmpty())
        Q_EMIT exported(
            QCoreApplication::translate("jobexplorer::MainWindow", "Exported the comparison to %1")
                .arg(QDir::toNativeSeparators(result.fileName)));
}

void CompareView::exportCsv()
{
    if (!m_comparison || !m_workspace->isOpen())
        return;
    const QString fileName = QFileDialog::getSaveFileName(
        this, QCoreApplication::translate("jobexplorer::MainWindow", "Export Comparison as CSV"),
        QDir::home().filePath(QCoreApplication::translate("jobexplorer::MainWindow", "comparison.csv")),
        QCoreApplication::translate("jobexplorer::MainWindow", "CSV files (*.csv);;All files (*)"));
    if (fileName.isEmpty())
        return;
    CsvExporter exporter;
    exporter.setRole(ComparisonModel::ValueRole);
    if (!exporter.writeFile(*m_model, fileName))
        Q_EMIT errorOccurred(exporter.errorString());
    else
        Q_EMIT exported(
            QCoreApplication::translate("jobexplorer::MainWindow", "Exported the comparison to %1")
                .arg(QDir::toNativeSeparators(fileName)));
}

void CompareView::fillBands()
{
    const QSignalBlocker blocker(m_bands);
    m_bands->clear();
    m_bandRecords.clear();
    for (const SalaryBandRecord &band : m_workspace->reference().salaryBands) {
        if (!band.min || !band.max)
            continue;
        m_bandRecords << band;
        auto *item = new QListWidgetItem(Comparison::bandName(band), m_bands);
        item->setToolTip(Comparison::bandDescription(band));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void CompareView::setBandChecked(int band, bool checked)
{
    if (QListWidgetItem *item = m_bands->item(band))
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

int CompareView::selectedRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

bool CompareView::saveCurrentFilter(const QString &name, QString *error)
{
    if (!m_cohorts->add({name.trimmed(), m_workspace->filterExpression()})) {
        if (error)
            *error = m_cohorts->errorString();
        return false;
    }
    return true;
}

void CompareView::askToSaveCurrentFilter()
{
    if (!m_workspace->isOpen())
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save Filter as Cohort"),
                              tr("Name of the cohort for “%1”:").arg(m_workspace->filterDescription()),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    QString error;
    if (!saveCurrentFilter(name, &error))
        Q_EMIT errorOccurred(error);
}

void CompareView::applySelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    FilterExpression::Error error;
    if (!m_workspace->setFilterExpression(m_cohorts->at(row).expression, &error))
        Q_EMIT errorOccurred(
            tr("The filter of “%1” is not valid here: %2").arg(m_cohorts->at(row).name, error.message));
}

void CompareView::editSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    bool ok = false;
    const QString expression =
        QInputDialog::getText(this, tr("Edit Cohort"), tr("Filter of “%1”:").arg(m_cohorts->at(row).name),
                              QLineEdit::Normal, m_cohorts->at(row).expression, &ok);
    if (ok && !m_cohorts->setExpression(row, expression))
        Q_EMIT errorOccurred(m_cohorts->errorString());
}

void CompareView::deleteSelected()
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    QList<int> numbers;
    for (const QModelIndex &index : rows)
        numbers << index.row();
    std::sort(numbers.begin(), numbers.end(), std::greater<>());
    for (const int row : std::as_const(numbers)) {
        if (!m_cohorts->remove(row))
            Q_EMIT errorOccurred(m_cohorts->errorString());
    }
}

void CompareView::importCohorts()
{
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Import Cohorts"), QDir::homePath(),
                                                          tr("Cohort files (*.json);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QString error;
    const std::optional<QList<Cohort>> cohorts = CohortFile::readFile(fileName, &error);
    if (!cohorts) {
        Q_EMIT errorOccurred(error);
        return;
    }
    const CohortList::ImportSummary summary = m_cohorts->importCohorts(*cohorts);
    m_status->setText(tr("Imported %1 cohorts from %2 (%3 already there, %4 renamed, %5 refused).")
                          .arg(summary.added)
                          .arg(QDir::toNativeSeparators(fileName))
                          .arg(summary.unchanged)
                          .arg(summary.renamed.size())
                          .arg(summary.rejected.size()));
    if (!summary.rejected.isEmpty())
        Q_EMIT errorOccurred(
            tr("Some cohorts of %1 were not imported:\n%2")
                .arg(QDir::toNativeSeparators(fileName), summary.rejected.join(QLatin1Char('\n'))));
}

void CompareView::exportCohorts()
{
    const QString fileName =
        QFileDialog::getSaveFileName(this, tr("Export Cohorts"), QDir::home().filePath(tr("cohorts.json")),
                                     tr("Cohort files (*.json);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!CohortFile::writeFile(m_cohorts->cohorts(), fileName, &error))
        Q_EMIT errorOccurred(error);
    else
        m_status->setText(
            tr("Exported %1 cohorts to %2.").arg(m_cohorts->size()).arg(QDir::toNativeSeparators(fileName)));
}

void CompareView::recompute()
{
    m_comparison.reset();
    QList<Comparison::Entry> entries;
    QList<int> rows;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    if (rows.size() < 2) { // none or one selected: the first cohorts, up to the maximum
        rows.clear();
        for (int row = 0; row < m_cohorts->size() && row < Comparison::maxCohorts; ++row)
            rows << row;
    }
    for (const int row : std::as_const(rows))
        entries.append({m_cohorts->at(row), std::nullopt});
    for (int i = 0; i < m_bands->count(); ++i) {
        if (m_bands->item(i)->checkState() == Qt::Checked && i < m_bandRecords.size())
            entries.append({Cohort{}, m_bandRecords.at(i)});
    }
    QString message;
    if (!m_workspace->engine()) {
        message = tr("Open a database to compare cohorts.");
    } else if (entries.size() < Comparison::minCohorts) {
        message = tr(
            "Save the current filter as a cohort (twice, with different filters) or tick a published band: "
            "two to six are compared side by side.");
    } else if (entries.size() > Comparison::maxCohorts) {
        message = tr("Choose at most %1 cohorts and bands together.").arg(Comparison::maxCohorts);
    } else {
        QString error;
        m_comparison = Comparison::compute(*m_workspace->engine(), entries, &error);
        message = m_comparison ? QString() : error;
    }
    m_status->setText(message);
    m_model->setComparison(m_comparison ? *m_comparison : Comparison{});
    RangeChartData data = m_comparison ? ComparisonChart::data(*m_comparison) : RangeChartData{};
    if (!m_comparison) {
        data.title = tr("Annual salary by cohort");
        data.emptyText = message;
    }
    m_chart->setData(std::move(data));
    m_exportChartAction->setEnabled(m_comparison.has_value());
    m_exportCsvAction->setEnabled(m_comparison.has_value());
}

} // namespace jobexplorer
