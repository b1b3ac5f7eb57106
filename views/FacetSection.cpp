#include "FacetSection.h"

#include "FacetModel.h"
#include "FacetProxyModel.h"
#include "Filter.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace jobexplorer {

namespace {
constexpr int visibleRows = 8;
constexpr int searchThreshold = 12; // facets with more values than this get a search box
} // namespace

FacetSection::FacetSection(FacetModel *model, const QString &title, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new FacetProxyModel(this)), m_title(title),
      m_header(new QToolButton(this)), m_sort(new QToolButton(this)), m_clear(new QToolButton(this)),
      m_body(new QWidget(this)), m_view(new QTreeView(m_body))
{
    const QString key = QStringLiteral("facet-%1").arg(int(model->facet()));
    setObjectName(key);
    m_proxy->setSourceModel(model);

    QLayout *headerRow = setUpHeader(key);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(4, 0, 0, 4);
    if (model->isGrouped())
        bodyLayout->addWidget(createSkillMatch(key));
    if (model->isGrouped() || model->rowCount() > searchThreshold) {
        createSearch(key);
        bodyLayout->addWidget(m_search);
    }
    setUpView(key);
    bodyLayout->addWidget(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(headerRow);
    layout->addWidget(m_body);

    connect(model, &QAbstractItemModel::dataChanged, this, &FacetSection::updateHeader);
    if (model->isGrouped()) {
        // Open the categories that hold a chosen skill, so the choice is visible.
        connect(model, &QAbstractItemModel::dataChanged, this, [this] {
            for (int row = 0; row < m_proxy->rowCount(); ++row) {
                const QModelIndex category = m_proxy->index(row, 0);
                if (category.data(FacetModel::SelectedRole).toBool())
                    m_view->expand(category);
            }
        });
    }
    connect(model, &QAbstractItemModel::modelReset, this, &FacetSection::updateHeader);
    retranslate();
    setExpanded(false);
}

void FacetSection::setTitle(const QString &title)
{
    m_title = title;
    showTitle();
}

void FacetSection::retranslate()
{
    const bool byCount = m_proxy->order() == FacetProxyModel::Order::ByCount;
    m_sort->setText(byCount ? tr("By count") : tr("By name"));
    m_sort->setToolTip(tr("Sort the values by count or by name"));
    m_clear->setText(tr("Clear"));
    if (m_match) {
        m_match->setItemText(0, tr("Postings with all chosen skills"));
        m_match->setItemText(1, tr("Postings with any chosen skill"));
        m_match->setAccessibleName(tr("How chosen skills combine"));
    }
    showTitle();
}

void FacetSection::showTitle()
{
    m_clear->setToolTip(tr("Clear the choices in %1").arg(m_title));
    m_clear->setAccessibleName(tr("Clear the choices in %1").arg(m_title));
    if (m_search) {
        m_search->setPlaceholderText(
            tr("Search in %1…", "%1 is the name of a facet, e.g. Skills").arg(m_title));
        m_search->setAccessibleName(tr("Search %1").arg(m_title));
    }
    m_view->setAccessibleName(tr("%1 values").arg(m_title));
    updateHeader();
}

void FacetSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The values' names (levels, work modes, skill categories) are translated too.
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

// The header row: the title that opens and closes the section, the sort order and Clear.
QLayout *FacetSection::setUpHeader(const QString &key)
{
    m_header->setObjectName(key + QLatin1String("-header"));
    m_header->setCheckable(true);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setAutoRaise(true);
    m_header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    connect(m_header, &QToolButton::toggled, this, &FacetSection::setExpanded);

    m_sort->setObjectName(key + QLatin1String("-sort"));
    m_sort->setAutoRaise(true);
    connect(m_sort, &QToolButton::clicked, this, [this] {
        const bool byCount = m_proxy->order() == FacetProxyModel::Order::ByCount;
        m_proxy->setOrder(byCount ? FacetProxyModel::Order::ByName : FacetProxyModel::Order::ByCount);
        m_sort->setText(byCount ? tr("By name") : tr("By count"));
    });
    m_clear->setObjectName(key + QLatin1String("-clear"));
    m_clear->setAutoRaise(true);
    // An icon, so that long facet names in any language fit the panel beside it.
    m_clear->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    m_clear->setToolButtonStyle(Qt::ToolButtonIconOnly);
    // Shown only when there is something to clear (a disabled icon looks much like an enabled
    // one); its place is kept so the header does not shift.
    QSizePolicy keep = m_clear->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_clear->setSizePolicy(keep);
    connect(m_clear, &QToolButton::clicked, m_model, &FacetModel::clear);

    auto *headerRow = new QHBoxLayout;
    headerRow->setContentsMargins(0, 0, 0, 0);
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_sort);
    headerRow->addWidget(m_clear);
    return headerRow;
}

// For skills: whether postings need all chosen skills or any.
QComboBox *FacetSection::createSkillMatch(const QString &key)
{
    FacetModel *model = m_model;
    auto *match = new QComboBox(m_body);
    m_match = match;
    match->setObjectName(key + QLatin1String("-match"));
    // Texts in retranslate().
    match->addItem(QString(), int(SkillMatch::All));
    match->addItem(QString(), int(SkillMatch::Any));
    // Long translations must not widen the panel: the box elides instead.
    match->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    match->setMinimumContentsLength(12);
    connect(match, &QComboBox::activated, this,
            [model, match](int) { model->setSkillMatch(SkillMatch(match->currentData().toInt())); });
    connect(model, &QAbstractItemModel::dataChanged, match,
            [model, match] { match->setCurrentIndex(model->skillMatch() == SkillMatch::All ? 0 : 1); });
    return match;
}

void FacetSection::createSearch(const QString &key)
{
    m_search = new QLineEdit(m_body);
    m_search->setObjectName(key + QLatin1String("-search"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });
}

void FacetSection::setUpView(const QString &key)
{
    m_view->setObjectName(key + QLatin1String("-values"));
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setRootIsDecorated(m_model->isGrouped());
    m_view->setItemsExpandable(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FacetModel::NameColumn, QHeaderView::Stretch);
    // The counts' column is as wide as the largest count there can be (a value's count
    // without a filter): sizing it to the counts shown measured hundreds of values at every
    // filter change (more time than computing them) and made the names' column jump.
    m_view->header()->setSectionResizeMode(FacetModel::CountColumn, QHeaderView::Fixed);
    keepViewFitted();
    connect(m_view, &QWidget::customContextMenuRequested, this, &FacetSection::showContextMenu);
}

// Keeps the counts' column, the categories' spans and the view's height right as the values
// change.
void FacetSection::keepViewFitted()
{
    auto fitCountColumn = [this] {
        const QString widest = m_view->locale().toString(std::max(m_model->largestCount(), 9));
        const int margin = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
        m_view->header()->resizeSection(FacetModel::CountColumn,
                                        m_view->fontMetrics().horizontalAdvance(widest) + 2 * margin);
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, fitCountColumn);
    fitCountColumn();
    // Skill categories have no count: their names take the whole row.
    auto spanCategories = [this] {
        if (!m_model->isGrouped())
            return;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            m_view->setFirstColumnSpanned(row, QModelIndex(), true);
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, spanCategories);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, spanCategories);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, spanCategories);
    spanCategories();
    // As tall as its values, up to visibleRows; a grouped list always offers visibleRows.
    auto fitHeight = [this] {
        const int rowHeight = std::max(m_view->sizeHintForRow(0), m_view->fontMetrics().height() + 4);
        const int rows = m_model->isGrouped() ? visibleRows : std::clamp(m_proxy->rowCount(), 1, visibleRows);
        m_view->setFixedHeight(rows * rowHeight + 2 * m_view->frameWidth() + 2);
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, fitHeight);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, fitHeight);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, fitHeight);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, fitHeight);
    fitHeight();
}

void FacetSection::setExpanded(bool expanded)
{
    m_header->setChecked(expanded);
    m_header->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
    // A closed section does not re-sort its values on every change (a company facet can hold
    // tens of thousands); it catches up when opened.
    m_proxy->setDynamicSortFilter(expanded);
    if (expanded)
        m_proxy->invalidate();
}

bool FacetSection::isExpanded() const
{
    return m_body->isVisible();
}

void FacetSection::updateHeader()
{
    int chosen = 0;
    std::function<void(const QModelIndex &)> count = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (index.data(FacetModel::IsCategoryRole).toBool())
                count(index);
            else if (index.data(FacetModel::SelectedRole).toBool() ||
                     index.data(FacetModel::ExcludedRole).toBool())
                ++chosen;
        }
    };
    count({});
    m_header->setText(chosen ? tr("%1 (%2)").arg(m_title).arg(chosen) : m_title);
    m_clear->setEnabled(chosen > 0);
    m_clear->setVisible(chosen > 0);
}

void FacetSection::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position).siblingAtColumn(FacetModel::NameColumn);
    const int value = index.data(FacetModel::ValueRole).toInt();
    if (!index.isValid() || value < 0)
        return;
    QMenu menu(this);
    const bool excluded = index.data(FacetModel::ExcludedRole).toBool();
    const QString name = index.data().toString();
    menu.addAction(excluded ? tr("Include again") : tr("Exclude “%1”").arg(name), this,
                   [this, value] { m_model->toggleExcluded(value); });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace jobexplorer
