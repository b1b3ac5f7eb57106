#pragma once

#include <QString>

namespace jobexplorer {

// The columns of the posting table and of its CSV export, with their (translated) titles.
// Kept here, below the item models, because the importer recognises our own CSV export by
// these titles.
struct PostingColumns
{
    enum Column {
        Company,
        Title,
        RoleFamily,
        Seniority,
        Locations,
        WorkMode,
        Experience,
        Salary,
        Skills,
        ColumnCount
    };

    // The column's header text in the current language, or an empty string for another number.
    static QString title(int column);
};

} // namespace jobexplorer
