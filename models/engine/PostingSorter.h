#pragma once

#include <Qt>

#include <vector>

namespace jobexplorer {

class PostingStore;

// Orders store rows by one table column without copying cells: text columns compare by a
// collation rank computed once per distinct value, numbers as numbers, lists element by element.
// Rows without a value come last in both directions; equal rows keep store order.
class PostingSorter final
{
public:
    enum class Key { Company, Title, RoleFamily, Seniority, Locations, WorkMode, Experience, Salary, Skills };

    explicit PostingSorter(const PostingStore &store) : m_store(store) {}

    void sort(std::vector<int> &rows, Key key, Qt::SortOrder order) const;

private:
    // The steps of sort(); see the .cpp.
    struct Ordering;
    void setComparison(Ordering &ordering, Key key) const;
    void setScalarComparison(Ordering &ordering, Key key) const;
    void setPrefix(Ordering &ordering, Key key) const;
    void sortRows(std::vector<int> &rows, const Ordering &ordering, bool ascending) const;

    const PostingStore &m_store;
};

} // namespace jobexplorer
