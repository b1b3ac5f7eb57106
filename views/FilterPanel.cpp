#include "FilterPanel.h"

#include "FacetModel.h"
#include "FacetSection.h"
#include "FilterChips.h"
#include "Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace jobexplorer {

namespace {

constexpr int searchDelayMs = 300;
constexpr int maxSalaryThousands = 2000;
constexpr int maxExperienceYears = 40;

// The facets of the panel, in order, with their section titles.
const std::pair<Facet, const char *> facetTitles[] = {
    {Facet::Role, QT_TRANSLATE_NOOP("jobexplorer::FilterPanel", "Role family")},
    {Facet::Seniority, QT_TRANSLATE_NOOP("jobexplorer::FilterPanel", "Seniority")},
    {Facet::Skill, QT_TRANSLATE_NOOP("jobexplorer::FilterPanel", "Skills")},
    {Facet::Location, QT_TRANSLATE_NOOP("jobexplorer::FilterPanel", "Location")},
    {Facet::WorkMode, QT_TRANSLATE_NOOP("jobexplorer::FilterPanel", "Work mode")},
    {Facet::EmploymentType, QT_TRANSLATE_NOOP("jobexplorer::FilterPanel", "Employment type")},
    {Facet::Company, QT_TRANSLATE_NOOP("jobexplorer::FilterPanel", "Company")},
    {Facet::Industry, QT_TRANSLATE_NOOP("jobexplorer::FilterPanel", "Industry")},
    {Facet::CompanySize, QT_TRANSLATE_NOOP("jobexplorer::FilterPanel", "Company size")},
};

// Splits search text into words, keeping "quoted phrases" together.
QStringList searchTerms(const QString &text)
{
    QStringList terms;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c.isSpace() && !quoted) {
            if (!current.isEmpty())
                terms << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        terms << current;
    return terms;
}

// Its texts ("any", the unit) are set in FilterPanel::retranslate().
QSpinBox *rangeBox(QWidget *parent, const QString &name, int minimum, int maximum)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(minimum, maximum);
    box->setAccelerated(true);
    return box;
}

} // namespace

FilterPanel::FilterPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_query(new QLineEdit(this)), m_queryError(new QLabel(this)),
      m_search(new QLineEdit(this)), m_searchTimer(new QTimer(this)),
      m_chips(new FilterChips(workspace, this)), m_hasSalary(new QCheckBox(this)),
      m_salaryMin(rangeBox(this, QStringLiteral("salaryMin"), 0, maxSalaryThousands)),
      m_salaryMax(rangeBox(this, QStringLiteral("salaryMax"), 0, maxSalaryThousands)),
      m_experienceMin(rangeBox(this, QStringLiteral("experienceMin"), -1, maxExperienceYears)),
      m_experienceMax(rangeBox(this, QStringLiteral("experienceMax"), -1, maxExperienceYears))
{
    setObjectName(QStringLiteral("filterPanel"));

    setUpSearch();
    QLayout *queryRow = createQueryRow();
    QLayout *chipsRow = createChipsRow();
    QLayout *ranges = createRanges();
    QWidget *sections = createSections();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addLayout(queryRow);
    layout->addWidget(m_queryError);
    layout->addLayout(chipsRow);
    layout->addLayout(ranges);
    layout->addWidget(sections, 1);

    retranslate();
    connect(workspace, &Workspace::filterChanged, this, &FilterPanel::followFilter);
    followFilter();
}

FilterPanel::~FilterPanel()
{
    // A box with the keyboard focus says its editing finished when the window closes, after
    // this panel's own members are gone (UndefinedBehaviorSanitizer caught the call): nothing
    // from the boxes reaches the panel from here on.
    for (QSpinBox *box : {m_salaryMin, m_salaryMax, m_experienceMin, m_experienceMax})
        disconnect(box, nullptr, this, nullptr);
}

void FilterPanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search titles, companies, skills, notes…"));
    m_search->setAccessibleName(tr("Text search"));
    m_query->setPlaceholderText(tr("Filter, e.g. seniority:senior skill:kubernetes salary>=150k"));
    m_query->setAccessibleName(tr("Filter expression"));
    m_query->setToolTip(
        tr("The whole filter as text. Edit it and press Enter.\n"
           "key:value[,value] with keys role, seniority, location, mode, type, skill, company, "
           "industry, size;\n-key:value excludes; salary>=150k, salary:150k..300k, experience:3..5, "
           "has:salary; other words search the text."));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the filter expression"));
    m_clearAll->setText(tr("Clear all"));
    m_salaryLabel->setText(tr("Salary (annual)"));
    m_experienceLabel->setText(tr("Experience"));
    for (QLabel *to : std::as_const(m_toLabels))
        to->setText(tr("to"));
    for (QSpinBox *box : {m_salaryMin, m_salaryMax, m_experienceMin, m_experienceMax})
        box->setSpecialValueText(tr("any"));
    m_salaryMin->setSuffix(tr("k"));
    m_salaryMax->setSuffix(tr("k"));
    m_experienceMin->setSuffix(tr(" years"));
    m_experienceMax->setSuffix(tr(" years"));
    m_hasSalary->setText(tr("Only postings with a salary"));
    for (qsizetype i = 0; i < m_sections.size(); ++i)
        m_sections.at(i)->setTitle(tr(facetTitles[i].second));
}

void FilterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// The text search, applied once typing pauses.
void FilterPanel::setUpSearch()
{
    m_search->setObjectName(QStringLiteral("textSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &FilterPanel::applySearch);
}

// The filter expression with Copy; m_queryError shows what is wrong with it.
QLayout *FilterPanel::createQueryRow()
{
    m_query->setObjectName(QStringLiteral("filterQuery"));
    connect(m_query, &QLineEdit::returnPressed, this, &FilterPanel::applyQuery);
    auto *copy = m_copy = new QToolButton(this);
    connect(copy, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_query->text()); });
    m_queryError->setObjectName(QStringLiteral("filterQueryError"));
    m_queryError->setWordWrap(true);
    m_queryError->setStyleSheet(QStringLiteral("color: #b00020"));
    m_queryError->hide();

    auto *queryRow = new QHBoxLayout;
    queryRow->addWidget(m_query, 1);
    queryRow->addWidget(copy);
    return queryRow;
}

// The active filter as chips, and Clear all.
QLayout *FilterPanel::createChipsRow()
{
    auto *clearAll = m_clearAll = new QPushButton(this);
    clearAll->setObjectName(QStringLiteral("clearAll"));
    connect(clearAll, &QPushButton::clicked, this, &FilterPanel::clearAll);

    auto *chipsRow = new QHBoxLayout;
    chipsRow->addWidget(m_chips, 1);
    chipsRow->addWidget(clearAll, 0, Qt::AlignTop);
    return chipsRow;
}

// Salary and experience from–to, and "only postings with a salary".
QLayout *FilterPanel::createRanges()
{
    auto *ranges = new QFormLayout;
    auto pair = [this](QSpinBox *from, QSpinBox *to) {
        auto *row = new QHBoxLayout;
        row->addWidget(from, 1);
        m_toLabels << new QLabel(this);
        row->addWidget(m_toLabels.constLast());
        row->addWidget(to, 1);
        return row;
    };
    m_salaryLabel = new QLabel(this);
    m_experienceLabel = new QLabel(this);
    ranges->addRow(m_salaryLabel, pair(m_salaryMin, m_salaryMax));
    ranges->addRow(m_experienceLabel, pair(m_experienceMin, m_experienceMax));
    ranges->addRow(m_hasSalary);
    m_hasSalary->setObjectName(QStringLiteral("hasSalary"));
    for (QSpinBox *box : {m_salaryMin, m_salaryMax, m_experienceMin, m_experienceMax})
        connect(box, &QSpinBox::editingFinished, this, &FilterPanel::applyRanges);
    connect(m_hasSalary, &QCheckBox::toggled, this, &FilterPanel::applyRanges);
    return ranges;
}

// One section per facet (m_sections), in a scroll area.
QWidget *FilterPanel::createSections()
{
    auto *sectionsWidget = new QWidget(this);
    auto *sectionsLayout = new QVBoxLayout(sectionsWidget);
    sectionsLayout->setContentsMargins(0, 0, 0, 0);
    for (const auto &[facet, title] : facetTitles) {
        auto *section = new FacetSection(new FacetModel(m_workspace, facet, this), tr(title), sectionsWidget);
        section->setExpanded(facet == Facet::Role || facet == Facet::Seniority || facet == Facet::Skill);
        sectionsLayout->addWidget(section);
        m_sections << section;
    }
    sectionsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    // The panel follows the dock's width; nothing in it scrolls sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(sectionsWidget);
    return scroll;
}

void FilterPanel::clearAll()
{
    // The boxes are emptied first: one with the keyboard focus keeps what is typed in it when
    // the filter changes, which is right for a filter being typed, not for Clear all.
    m_searchTimer->stop();
    m_search->clear();
    m_query->clear();
    m_queryError->hide();
    m_workspace->clearFilter();
}

void FilterPanel::focusExpression()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void FilterPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterPanel::applyQuery()
{
    FilterExpression::Error error;
    if (m_workspace->setFilterExpression(m_query->text(), &error)) {
        m_queryError->hide();
        return;
    }
    m_queryError->setText(error.message);
    m_queryError->show();
    m_query->setSelection(error.position, error.length);
}

void FilterPanel::applySearch()
{
    Filter filter = m_workspace->filter();
    filter.text = searchTerms(m_search->text());
    m_workspace->setFilter(filter);
}

void FilterPanel::applyRanges()
{
    if (m_following)
        return;
    Filter filter = m_workspace->filter();
    auto bound = [](QSpinBox *box, double unit) {
        return box->value() == box->minimum() ? std::nullopt : std::optional<double>(box->value() * unit);
    };
    constexpr double thousand = 1000;
    filter.salary = {bound(m_salaryMin, thousand), bound(m_salaryMax, thousand)};
    filter.experience = {bound(m_experienceMin, 1), bound(m_experienceMax, 1)};
    // A range the wrong way round is read as meant: from the smaller to the larger.
    for (Range *range : {&filter.salary, &filter.experience}) {
        if (range->min && range->max && *range->min > *range->max)
            std::swap(range->min, range->max);
    }
    filter.requireSalary = m_hasSalary->isChecked();
    m_workspace->setFilter(filter);
}

void FilterPanel::followFilter()
{
    m_following = true;
    const Filter &filter = m_workspace->filter();
    if (!m_query->hasFocus() || !m_query->isModified()) {
        m_query->setText(m_workspace->filterExpression());
        m_query->setModified(false);
        m_queryError->hide();
    }
    if (!m_search->hasFocus() && !m_searchTimer->isActive()) {
        QStringList shown;
        for (const QString &term : filter.text)
            shown << (term.contains(QLatin1Char(' ')) ? QLatin1Char('"') % term % QLatin1Char('"') : term);
        m_search->setText(shown.join(QLatin1Char(' ')));
    }
    auto show = [](QSpinBox *box, const std::optional<double> &value, double unit) {
        box->setValue(value ? static_cast<int>(*value / unit) : box->minimum());
    };
    show(m_salaryMin, filter.salary.min, 1000);
    show(m_salaryMax, filter.salary.max, 1000);
    show(m_experienceMin, filter.experience.min, 1);
    show(m_experienceMax, filter.experience.max, 1);
    m_hasSalary->setChecked(filter.requireSalary);
    m_following = false;
}

} // namespace jobexplorer
