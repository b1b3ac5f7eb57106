#include "BundledData.h"
#include "BundledDataset.h"
#include "ChartExporter.h"
#include "ClientPanel.h"
#include "ClientSkillModel.h"
#include "GapChart.h"
#include "LearningPathModel.h"
#include "PostingStore.h"
#include "PostingTableModel.h"
#include "ResumeDialog.h"
#include "SkillGapModel.h"
#include "SkillLookup.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace jobexplorer;

namespace {
QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList cells;
    for (int row = 0; row < model.rowCount(); ++row)
        cells << model.index(row, column).data().toString();
    return cells;
}
} // namespace

// The client panel as a counselor uses it, on the bundled dataset: keyboard and mouse, with
// the numbers of tst_skillgap's hand-computed remote client.
class tst_ClientPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void shouldCreateAClientAndEditItsSkillsFromTheKeyboard();
    void shouldShowTheFitAndWhatToLearnNext();
    void shouldShowTheFitColumnOnlyWhileAClientIsChosen();
    void shouldAddOnlyTheConfirmedSkillsOfAResume();
    void shouldDeleteTheClientAndItsFile();
    void shouldDrawTheGapAndNameTheClientUnlessLeftOut();

private:
    // A client "R. K." with Python, Docker and AWS, chosen, over mode:remote,hybrid.
    void chooseRemoteClient();

    QTemporaryDir m_dir;
    QString m_database;
    std::unique_ptr<QTemporaryDir> m_clients;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ClientPanel> m_panel;
};

void tst_ClientPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QString error;
    m_database = BundledDataset::ensureDatabase(resources::bundledDatasetFiles(), m_dir.path(), &error);
    QVERIFY2(!m_database.isEmpty(), qPrintable(error));
}

void tst_ClientPanel::init()
{
    m_panel.reset();
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(m_database));
    m_clients = std::make_unique<QTemporaryDir>();
    m_panel = std::make_unique<ClientPanel>(m_workspace.get(), m_clients->path());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_ClientPanel::chooseRemoteClient()
{
    m_panel->createClient();
    auto *name = m_panel->findChild<QLineEdit *>(QStringLiteral("clientName"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("R. K."));
    QTest::keyClick(name, Qt::Key_Return);
    name->clearFocus(); // editingFinished
    m_panel->addSkills({QStringLiteral("Python"), QStringLiteral("Docker"), QStringLiteral("AWS")});
    QVERIFY(m_workspace->setFilterExpression(QStringLiteral("mode:remote,hybrid")));
}

void tst_ClientPanel::shouldCreateAClientAndEditItsSkillsFromTheKeyboard()
{
    auto *skills = m_panel->findChild<QTableView *>(QStringLiteral("clientSkills"));
    QAbstractItemModelTester tester(skills->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Given a new client named from the keyboard
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("newClientButton")), Qt::LeftButton);
    auto *name = m_panel->findChild<QLineEdit *>(QStringLiteral("clientName"));
    QVERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("R. K."));
    QTest::keyClick(name, Qt::Key_Tab);

    // When skills are typed, an alias and another case among them, one of them unknown
    auto *input = m_panel->findChild<QLineEdit *>(QStringLiteral("skillInput"));
    for (const char *typed : {"k8s", "python", "Underwater Welding"}) {
        QTest::keyClicks(input, QString::fromLatin1(typed));
        QTest::keyClick(input, Qt::Key_Return);
    }

    // Then they are listed under their names, the unknown one noted, and saved with the client
    QCOMPARE(column(*skills->model(), ClientSkillModel::SkillColumn),
             QStringList({QStringLiteral("Kubernetes"), QStringLiteral("Python"),
                          QStringLiteral("Underwater Welding")}));
    QCOMPARE(column(*skills->model(), ClientSkillModel::KnownColumn),
             QStringList({QString(), QString(), QStringLiteral("not in this database")}));
    const ClientStore::Loaded saved = m_panel->store().loadAll();
    QCOMPARE(saved.clients.size(), 1);
    QCOMPARE(saved.clients.first().name, QStringLiteral("R. K."));
    QCOMPARE(saved.clients.first().skills.size(), 3);
    QVERIFY(
        m_workspace->clientSkills()->holds(*m_workspace->store()->findSkill(QStringLiteral("Kubernetes"))));
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("fitSummary"))
                ->text()
                .contains(QLatin1String("Underwater Welding")));

    // And a selected skill goes with the Delete key
    skills->setFocus();
    skills->selectRow(0);
    QTest::keyClick(skills, Qt::Key_Delete);
    QCOMPARE(column(*skills->model(), ClientSkillModel::SkillColumn),
             QStringList({QStringLiteral("Python"), QStringLiteral("Underwater Welding")}));
    QCOMPARE(m_panel->store().loadAll().clients.first().skills.size(), 2);
}

void tst_ClientPanel::shouldShowTheFitAndWhatToLearnNext()
{
    auto *path = m_panel->findChild<QTableView *>(QStringLiteral("learningPath"));
    QAbstractItemModelTester tester(path->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    chooseRemoteClient();
    auto *summary = m_panel->findChild<QLabel *>(QStringLiteral("fitSummary"));

    // At 80% the three remote or hybrid postings need four skills before NVIDIA's fits
    QVERIFY2(summary->text().contains(QLatin1String("Fits <b>0 of 3</b>")), qPrintable(summary->text()));
    QCOMPARE(
        column(*path->model(), LearningPathModel::SkillColumn),
        QStringList({QStringLiteral("Cloud Computing"), QStringLiteral("Go"), QStringLiteral("Kubernetes"),
                     QStringLiteral("Terraform"), QStringLiteral("AI/ML Workloads")}));
    QCOMPARE(path->model()->index(3, LearningPathModel::FittedColumn).data().toString(),
             QStringLiteral("1 of 3"));

    // When the threshold is lowered to 25% from the keyboard
    auto *threshold = m_panel->findChild<QSpinBox *>(QStringLiteral("fitThreshold"));
    threshold->setFocus();
    threshold->selectAll();
    QTest::keyClicks(threshold, QStringLiteral("25"));
    QTest::keyClick(threshold, Qt::Key_Return);

    // Then Bluevine fits, and Cloud Computing makes the other two fit
    QCOMPARE(threshold->value(), 25);
    QVERIFY2(summary->text().contains(QLatin1String("Fits <b>1 of 3</b>")), qPrintable(summary->text()));
    QCOMPARE(path->model()->rowCount(), 1);
    QCOMPARE(path->model()->index(0, LearningPathModel::SkillColumn).data().toString(),
             QStringLiteral("Cloud Computing"));
    QCOMPARE(path->model()->index(0, LearningPathModel::GainedColumn).data().toString(),
             QStringLiteral("+2"));
    QCOMPARE(path->model()->index(0, LearningPathModel::FittedColumn).data().toString(),
             QStringLiteral("3 of 3"));
}

void tst_ClientPanel::shouldShowTheFitColumnOnlyWhileAClientIsChosen()
{
    PostingTableModel table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.setStore(m_workspace->store());
    auto follow = [&] {
        table.setRows(m_workspace->result().rows);
        table.setClient(m_workspace->engine(), m_workspace->clientSkills());
    };
    follow();
    QCOMPARE(table.columnCount(), int(PostingTableModel::ColumnCount));

    chooseRemoteClient();
    follow();
    QCOMPARE(table.columnCount(), PostingTableModel::FitColumn + 1);
    QCOMPARE(table.headerData(PostingTableModel::FitColumn, Qt::Horizontal).toString(),
             QStringLiteral("Fit"));
    table.sort(PostingTableModel::FitColumn, Qt::DescendingOrder);
    QCOMPARE(column(table, PostingTableModel::FitColumn),
             QStringList({QStringLiteral("25%"), QStringLiteral("23%"), QStringLiteral("17%")}));
    QCOMPARE(table.index(0, PostingTableModel::Company).data().toString(), QStringLiteral("Bluevine"));

    m_panel->findChild<QComboBox *>(QStringLiteral("clientChooser"))->setCurrentIndex(0);
    follow();
    QCOMPARE(m_workspace->clientSkills(), nullptr);
    QCOMPARE(table.columnCount(), int(PostingTableModel::ColumnCount));
}

void tst_ClientPanel::shouldAddOnlyTheConfirmedSkillsOfAResume()
{
    const SkillLookup lookup(*m_workspace->store());
    ResumeDialog dialog(lookup);
    dialog.setText(QStringLiteral("Ran k8s on AWS for three years; scripting in Python."));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("findSkillsButton")), Qt::LeftButton);
    auto *found = dialog.findChild<QListWidget *>(QStringLiteral("proposedSkills"));
    QCOMPARE(found->count(), 3);
    QCOMPARE(found->item(0)->text(), QStringLiteral("Kubernetes (found as “k8s”)"));

    // The counselor unticks AWS with the keyboard
    found->setFocus();
    found->setCurrentRow(1);
    QTest::keyClick(found, Qt::Key_Space);

    QCOMPARE(dialog.chosenSkills(), QStringList({QStringLiteral("Kubernetes"), QStringLiteral("Python")}));
}

void tst_ClientPanel::shouldDeleteTheClientAndItsFile()
{
    chooseRemoteClient();
    const QString file = m_panel->store().fileName(m_panel->currentClient()->id);
    QVERIFY(QFile::exists(file));

    m_panel->deleteClient(false);

    QVERIFY(!QFile::exists(file));
    QCOMPARE(m_panel->clients().size(), 0);
    QCOMPARE(m_panel->currentClient(), nullptr);
    QCOMPARE(m_workspace->clientSkills(), nullptr);
}

void tst_ClientPanel::shouldDrawTheGapAndNameTheClientUnlessLeftOut()
{
    GapChart chart(m_workspace.get());
    QAbstractItemModelTester tester(chart.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    chart.resize(900, 600);
    chart.show();
    QVERIFY(chart.title().startsWith(QLatin1String("Choose a client")));

    chooseRemoteClient();
    m_workspace->setFitThreshold(0.25);
    chart.refresh();

    QCOMPARE(GapChart::barLabels(*chart.model()).mid(0, 3),
             QStringList({QStringLiteral("AWS (67%)"), QStringLiteral("Cloud Computing (67%, +2)"),
                          QStringLiteral("Go (67%, +2)")}));
    QCOMPARE(chart.model()->index(0, SkillGapModel::StatusColumn).data().toString(), QStringLiteral("held"));
    const QStringList caption =
        GapChart::caption({QStringLiteral("Title"), QStringLiteral("Filter")}, *chart.model(), true);
    QCOMPARE(caption.at(1), QStringLiteral("Client: R. K. · fits 1 of 3 now (fit of at least 25%)"));
    QCOMPARE(GapChart::caption({QStringLiteral("Title")}, *chart.model(), false).at(1),
             QStringLiteral("Client fits 1 of 3 now (fit of at least 25%)"));

    QBuffer svg;
    QVERIFY(svg.open(QIODevice::WriteOnly));
    chart.setClientNameShown(false);
    QVERIFY(chart.exporter(ChartExporter::caption(*m_workspace))->write(svg, ChartExporter::Format::Svg));
    QVERIFY(svg.data().contains("Cloud Computing"));
    QVERIFY(!svg.data().contains("R. K."));
}

QTEST_MAIN(tst_ClientPanel)
#include "tst_clientpanel.moc"
