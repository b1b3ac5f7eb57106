#pragma once

#include "Filter.h"

#include <QAbstractItemModel>

#include <vector>

namespace jobexplorer {

class Workspace;

// The values of one facet with their counts and check states, for the filter panel. Skills are
// grouped under their categories (two levels); every other facet is a flat list. Every value
// of the dataset is a row, in a fixed order, so that views keep their state when counts
// change: hiding values without matches and sorting is the view's business (a proxy model).
// Checking a value sends the change to the workspace, which owns the filter.
class FacetModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum Role {
        CountRole = Qt::UserRole + 1, // int: postings matching with this value (-1 for a category)
        ValueRole,                    // int: the value id, -1 for a category
        SelectedRole,                 // bool
        ExcludedRole,                 // bool
        IsCategoryRole,               // bool
    };

    FacetModel(Workspace *workspace, Facet facet, QObject *parent = nullptr);

    Facet facet() const { return m_facet; }
    // The largest count a value can have, whatever the filter (0 without a database).
    int largestCount() const;
    bool isGrouped() const { return m_facet == Facet::Skill; }
    // How chosen skills combine; regroups the skills already chosen.
    void setSkillMatch(SkillMatch match);
    SkillMatch skillMatch() const { return m_skillMatch; }
    // Toggles whether value is excluded ("not this value").
    void toggleExcluded(int value);
    void clear();
    // After a language change: the translated names (levels, work modes, skill categories) are
    // read again; rows, choices and counts stay.
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void rebuild();
    // The skill categories' names in the current language, "Other" last.
    QStringList groupNames() const;
    void updateCounts();
    int valueAt(const QModelIndex &index) const;

    Workspace *m_workspace;
    Facet m_facet;
    SkillMatch m_skillMatch = SkillMatch::All;
    // Flat facets: m_values. Grouped: one list of values per category (the last for skills
    // without a category), and m_categoryNames.
    std::vector<std::vector<int>> m_groups;
    QStringList m_groupNames;
};

} // namespace jobexplorer
