#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;
class QToolButton;

namespace jobexplorer {

class FacetSection;
class FilterChips;
class Workspace;

// The filter panel: the filter as editable text, a debounced text search, the active filter as
// chips, salary and experience ranges, and one collapsible section per facet. Every control
// sends its change to the workspace and follows the workspace's filter back.
class FilterPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~FilterPanel() override;

    // Moves the keyboard focus to the text search.
    void focusSearch();
    // Puts the keyboard focus in the filter expression box, its text selected.
    void focusExpression();
    // Clear all (the button, View ▸ Clear Filters, Ctrl+Shift+Backspace): no filter, and nothing
    // left typed in the filter and search boxes, wherever the keyboard focus is.
    void clearAll();
    QList<FacetSection *> sections() const { return m_sections; }

protected:
    void changeEvent(QEvent *event) override;

private:
    // Every text in the current language, the sections' titles included.
    void retranslate();
    // The parts of the panel, made in this order by the constructor.
    void setUpSearch();
    QLayout *createQueryRow();
    QLayout *createChipsRow();
    QLayout *createRanges();
    QWidget *createSections();

    void applyQuery();
    void applySearch();
    void applyRanges();
    void followFilter();

    Workspace *m_workspace;
    QLineEdit *m_query;
    QLabel *m_queryError;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    FilterChips *m_chips;
    QCheckBox *m_hasSalary;
    QSpinBox *m_salaryMin, *m_salaryMax, *m_experienceMin, *m_experienceMax;
    // Texts set in retranslate().
    QToolButton *m_copy = nullptr;
    QPushButton *m_clearAll = nullptr;
    QLabel *m_salaryLabel = nullptr;
    QLabel *m_experienceLabel = nullptr;
    QList<QLabel *> m_toLabels;
    QList<FacetSection *> m_sections;
    bool m_following = false;
};

} // namespace jobexplorer
