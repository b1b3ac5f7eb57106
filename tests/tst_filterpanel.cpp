#include "FacetModel.h"
#include "FacetSection.h"
#include "FilterChips.h"
#include "FilterEngine.h"
#include "FilterPanel.h"
#include "TestDatabase.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace jobexplorer;

class tst_FilterPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shouldFilterWhenAValueIsChecked();
    void shouldApplyATypedExpression();
    void shouldShowAnErrorForABadExpression();
    void shouldSelectABadTermAfterEmoji();
    void shouldSearchTextAfterTheUserStopsTyping();
    void shouldRemoveAChip();
    void shouldApplySalaryRange();
    void shouldApplyTheSalaryRangeToTheChosenCurrency();
    void shouldHideValuesWithoutMatchesUnlessChosen();
    void shouldShowEveryCountWholeWithoutResizing();

private:
    QTreeView *values(Facet facet) const;
    QModelIndex row(QTreeView *view, const QString &name) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<FilterPanel> m_panel;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void tst_FilterPanel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_path = test::writeDatabase(m_dir, test::sampleDataset());
}

void tst_FilterPanel::init()
{
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(m_path));
    m_panel = std::make_unique<FilterPanel>(m_workspace.get());
    m_panel->resize(360, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    for (FacetSection *section : m_panel->sections()) {
        section->setExpanded(true);
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            section->view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
}

void tst_FilterPanel::cleanup()
{
    m_testers.clear();
    m_panel.reset();
    m_workspace.reset();
}

QTreeView *tst_FilterPanel::values(Facet facet) const
{
    return m_panel->findChild<QTreeView *>(QStringLiteral("facet-%1-values").arg(int(facet)));
}

QModelIndex tst_FilterPanel::row(QTreeView *view, const QString &name) const
{
    const QModelIndexList found = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, name, 1,
                                                       Qt::MatchExactly | Qt::MatchRecursive);
    return found.value(0);
}

void tst_FilterPanel::shouldFilterWhenAValueIsChecked()
{
    // Given the seniority section, When the user presses Space on "Senior"
    QTreeView *view = values(Facet::Seniority);
    QVERIFY(view);
    const QModelIndex senior = row(view, QStringLiteral("Senior"));
    QVERIFY(senior.isValid());
    view->setFocus();
    view->setCurrentIndex(senior);
    QTest::keyClick(view, Qt::Key_Space);

    // Then the workspace filters and the panel shows it everywhere
    QCOMPARE(m_workspace->result().matchCount(), 2);
    QCOMPARE(m_panel->findChild<QLineEdit *>(QStringLiteral("filterQuery"))->text(),
             QStringLiteral("seniority:senior"));
    QCOMPARE(m_panel->findChild<FilterChips *>()->chipTexts(),
             QStringList{QStringLiteral("Seniority: Senior")});
    auto *header =
        m_panel->findChild<QWidget *>(QStringLiteral("facet-%1-header").arg(int(Facet::Seniority)));
    QCOMPARE(header->property("text").toString(), QStringLiteral("Seniority (1)"));
}

void tst_FilterPanel::shouldApplyATypedExpression()
{
    auto *query = m_panel->findChild<QLineEdit *>(QStringLiteral("filterQuery"));
    query->setFocus();
    query->selectAll();
    QTest::keyClicks(query, QStringLiteral("skill:python -mode:remote"));
    QTest::keyClick(query, Qt::Key_Return);

    QCOMPARE(m_workspace->result().matchCount(), 3); // Scale AI, AppLovin, #39; NVIDIA is remote
    QCOMPARE(m_panel->findChild<FilterChips *>()->chipTexts(),
             (QStringList{QStringLiteral("Work mode: not Remote"), QStringLiteral("Skill: Python")}));
    QVERIFY(row(values(Facet::Skill), QStringLiteral("Python"))
                .data(Qt::CheckStateRole)
                .value<Qt::CheckState>() == Qt::Checked);
}

void tst_FilterPanel::shouldShowAnErrorForABadExpression()
{
    m_workspace->setFilterExpression(QStringLiteral("seniority:senior"));
    auto *query = m_panel->findChild<QLineEdit *>(QStringLiteral("filterQuery"));
    query->setFocus();
    query->selectAll();
    QTest::keyClicks(query, QStringLiteral("skill:python seniority:wizard"));
    QTest::keyClick(query, Qt::Key_Return);

    auto *error = m_panel->findChild<QLabel *>(QStringLiteral("filterQueryError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("unknown seniority “wizard”")), qPrintable(error->text()));
    QCOMPARE(query->selectedText(), QStringLiteral("seniority:wizard"));
    QCOMPARE(m_workspace->filterExpression(), QStringLiteral("seniority:senior")); // unchanged
}

void tst_FilterPanel::shouldSelectABadTermAfterEmoji()
{
    // Given a bad term after fifteen emoji, each two UTF-16 units
    auto *query = m_panel->findChild<QLineEdit *>(QStringLiteral("filterQuery"));
    query->setFocus();
    // Typed as one text: QTest::keyClicks sends only ASCII keys.
    query->setText(QString(QStringLiteral("\U0001F600")).repeated(15) + QStringLiteral(" seniority:wizard"));

    // When it is applied
    QTest::keyClick(query, Qt::Key_Return);

    // Then the message counts the emoji as fifteen characters and the bad term is selected
    auto *error = m_panel->findChild<QLabel *>(QStringLiteral("filterQueryError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("at character 17:")), qPrintable(error->text()));
    QCOMPARE(query->selectedText(), QStringLiteral("seniority:wizard"));
}

void tst_FilterPanel::shouldSearchTextAfterTheUserStopsTyping()
{
    auto *search = m_panel->findChild<QLineEdit *>(QStringLiteral("textSearch"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("ZÜRICH sagemaker"));
    QCOMPARE(m_workspace->result().matchCount(), 6); // not yet: the search waits for a pause
    QTRY_COMPARE(m_workspace->filter().text,
                 (QStringList{QStringLiteral("ZÜRICH"), QStringLiteral("sagemaker")}));
    QCOMPARE(m_workspace->result().matchCount(), 0);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("sagemaker"));
    QTRY_COMPARE(m_workspace->result().matchCount(), 1);
}

void tst_FilterPanel::shouldRemoveAChip()
{
    m_workspace->setFilterExpression(QStringLiteral("seniority:senior has:salary"));
    auto *chips = m_panel->findChild<FilterChips *>();
    QCOMPARE(chips->chipTexts(),
             (QStringList{QStringLiteral("Seniority: Senior"), QStringLiteral("With a salary")}));
    Q_EMIT chips->linkActivated(QStringLiteral("chip:0"));
    QCOMPARE(m_workspace->filterExpression(), QStringLiteral("has:salary"));
    QCOMPARE(m_workspace->result().matchCount(), 2);
}

void tst_FilterPanel::shouldApplySalaryRange()
{
    auto *minimum = m_panel->findChild<QSpinBox *>(QStringLiteral("salaryMin"));
    minimum->setFocus();
    minimum->selectAll();
    QTest::keyClicks(minimum, QStringLiteral("220"));
    QTest::keyClick(minimum, Qt::Key_Enter);
    QCOMPARE(m_workspace->filterExpression(), QStringLiteral("salary>=220k"));
    QCOMPARE(m_workspace->result().matchCount(), 1);
}

void tst_FilterPanel::shouldApplyTheSalaryRangeToTheChosenCurrency()
{
    // Given the sample (two salaries in US dollars) with one more in dollars, two in euros and
    // one of 900,000–1,100,000 Norwegian kroner
    Dataset dataset = test::sampleDataset();
    auto add = [&dataset](const QString &title, double min, double max, const QString &currency) {
        PostingRecord posting;
        posting.title = title;
        posting.salary = {min, max, currency, PayPeriod::Year, {}};
        dataset.postings.append(posting);
    };
    add(QStringLiteral("Oslo"), 900000, 1100000, QStringLiteral("NOK"));
    add(QStringLiteral("Berlin"), 70000, 90000, QStringLiteral("EUR"));
    add(QStringLiteral("Paris"), 210000, 230000, QStringLiteral("EUR"));
    add(QStringLiteral("Austin"), 150000, 160000, QStringLiteral("USD"));
    QVERIFY(m_workspace->open(test::writeDatabase(m_dir, dataset, QStringLiteral("currencies.sqlite"))));
    auto *currency = m_panel->findChild<QComboBox *>(QStringLiteral("salaryCurrency"));
    auto *leftOut = m_panel->findChild<QLabel *>(QStringLiteral("salaryLeftOut"));
    QVERIFY(currency && leftOut);
    // The chooser offers the database's currencies, the most common first and chosen
    QStringList offered;
    for (int i = 0; i < currency->count(); ++i)
        offered << currency->itemText(i);
    QCOMPARE(offered, (QStringList{QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("NOK")}));
    QCOMPARE(currency->currentText(), QStringLiteral("USD"));
    QVERIFY(leftOut->isHidden());

    // When the user asks for at least 200k
    auto *minimum = m_panel->findChild<QSpinBox *>(QStringLiteral("salaryMin"));
    minimum->setFocus();
    minimum->selectAll();
    QTest::keyClicks(minimum, QStringLiteral("200"));
    QTest::keyClick(minimum, Qt::Key_Enter);

    // Then only dollar salaries are compared, and the panel says how many were left out
    QCOMPARE(m_workspace->filterExpression(), QStringLiteral("salary>=200k"));
    QCOMPARE(m_workspace->result().matchCount(), 2);
    QCOMPARE(m_workspace->result().salaryCurrencyLeftOut, 3);
    QVERIFY(leftOut->isVisible());
    QCOMPARE(leftOut->text(), QStringLiteral("3 postings in other currencies left out"));
    QCOMPARE(m_panel->findChild<FilterChips *>()->chipTexts(),
             QStringList{QStringLiteral("Salary: at least $200,000")});

    // When the user chooses euros
    currency->setFocus();
    QTest::keyClick(currency, Qt::Key_Down);

    // Then the range is in euros
    QCOMPARE(currency->currentText(), QStringLiteral("EUR"));
    QCOMPARE(m_workspace->filterExpression(), QStringLiteral("salary>=200k EUR"));
    QCOMPARE(m_workspace->result().matchCount(), 1);
    QCOMPARE(leftOut->text(), QStringLiteral("4 postings in other currencies left out"));
    QCOMPARE(m_panel->findChild<FilterChips *>()->chipTexts(),
             QStringList{QStringLiteral("Salary: at least €200,000")});

    // And a typed expression in kroner moves the chooser
    QVERIFY(m_workspace->setFilterExpression(QStringLiteral("salary:150k..2m nok")));
    QCOMPARE(currency->currentText(), QStringLiteral("NOK"));
    QCOMPARE(m_workspace->result().matchCount(), 1);
}

void tst_FilterPanel::shouldHideValuesWithoutMatchesUnlessChosen()
{
    QTreeView *modes = values(Facet::WorkMode);
    m_workspace->setFilterExpression(QStringLiteral("mode:hybrid"));
    QVERIFY(row(modes, QStringLiteral("Hybrid")).isValid());
    // Remote postings remain countable beside the chosen Hybrid (own selection not applied).
    QVERIFY(row(modes, QStringLiteral("Remote")).isValid());
    m_workspace->setFilterExpression(QStringLiteral("mode:hybrid company:nvidia"));
    // Hybrid has no NVIDIA posting: it stays visible because it is chosen; Unknown has none and hides.
    QVERIFY(row(modes, QStringLiteral("Hybrid")).isValid());
    QCOMPARE(row(modes, QStringLiteral("Hybrid")).siblingAtColumn(FacetModel::CountColumn).data().toInt(), 0);
    QVERIFY(!row(modes, QStringLiteral("Unknown")).isValid());
}

void tst_FilterPanel::shouldShowEveryCountWholeWithoutResizing()
{
    // Given the skills section, some of whose skills several postings list
    QTreeView *view = values(Facet::Skill);
    QVERIFY(view);
    const int width = view->header()->sectionSize(FacetModel::CountColumn);
    const int needed = view->fontMetrics().horizontalAdvance(
        QLocale().toString(m_workspace->engine()->largestValueCount(Facet::Skill)));
    QVERIFY2(width >= needed, qPrintable(QStringLiteral("%1 < %2").arg(width).arg(needed)));
    QVERIFY(m_workspace->engine()->largestValueCount(Facet::Skill) >= 2);
    // Category rows have no count: their names span the row.
    QVERIFY(view->model()->rowCount() > 0);
    for (int r = 0; r < view->model()->rowCount(); ++r)
        QVERIFY(view->isFirstColumnSpanned(r, QModelIndex()));

    // When the filter changes, the counts' column keeps its width (the names do not jump)
    QVERIFY(m_workspace->setFilterExpression(QStringLiteral("seniority:senior")));
    QCOMPARE(view->header()->sectionSize(FacetModel::CountColumn), width);
    QVERIFY(m_workspace->setFilterExpression(QString()));
    QCOMPARE(view->header()->sectionSize(FacetModel::CountColumn), width);
    for (int r = 0; r < view->model()->rowCount(); ++r)
        QVERIFY(view->isFirstColumnSpanned(r, QModelIndex()));
}

QTEST_MAIN(tst_FilterPanel)
#include "tst_filterpanel.moc"
