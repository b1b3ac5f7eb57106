#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLayout;
class QLineEdit;
class QSpinBox;
class QTimer;

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

    // Moves the keyboard focus to the text search.
    void focusSearch();
    // Puts the keyboard focus in the filter expression box, its text selected.
    void focusExpression();
    QList<FacetSection *> sections() const { return m_sections; }

private:
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
    QList<FacetSection *> m_sections;
    bool m_following = false;
};

} // namespace jobexplorer
