#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace jobexplorer {

class FacetModel;
class FacetProxyModel;

// One collapsible facet of the filter panel: a header with the number chosen, a button to
// clear it and one to sort by count or name, an optional search box, and the checkable values
// with their counts. Right-click a value to exclude it.
class FacetSection final : public QWidget
{
    Q_OBJECT
public:
    FacetSection(FacetModel *model, const QString &title, QWidget *parent = nullptr);

    FacetModel *model() const { return m_model; }
    // The facet's name in the header, e.g. after a language change.
    void setTitle(const QString &title);
    QTreeView *view() const { return m_view; }
    void setExpanded(bool expanded);
    bool isExpanded() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Every text in the current language (the title comes from setTitle()).
    void retranslate();
    // The texts that name the facet.
    void showTitle();
    // The parts of the section, made in this order by the constructor.
    QLayout *setUpHeader(const QString &key);
    QComboBox *createSkillMatch(const QString &key);
    void createSearch(const QString &key);
    void setUpView(const QString &key);
    void keepViewFitted();

    void updateHeader();
    void showContextMenu(const QPoint &position);

    FacetModel *m_model;
    FacetProxyModel *m_proxy;
    QString m_title;
    QToolButton *m_header;
    QToolButton *m_sort;
    QToolButton *m_clear;
    QComboBox *m_match = nullptr;
    QLineEdit *m_search = nullptr;
    QWidget *m_body;
    QTreeView *m_view;
};

} // namespace jobexplorer
