#include "PostingColumns.h"

#include <QCoreApplication>

#include <array>

namespace jobexplorer {

namespace {

// The context stays the table model's, where these texts have always been translated (lupdate
// needs it spelled out each time).
constexpr const char *context = "jobexplorer::PostingTableModel";
constexpr std::array<const char *, PostingColumns::ColumnCount> titles = {
    QT_TRANSLATE_NOOP("jobexplorer::PostingTableModel", "Company"),
    QT_TRANSLATE_NOOP("jobexplorer::PostingTableModel", "Title"),
    QT_TRANSLATE_NOOP("jobexplorer::PostingTableModel", "Role family"),
    QT_TRANSLATE_NOOP("jobexplorer::PostingTableModel", "Seniority"),
    QT_TRANSLATE_NOOP("jobexplorer::PostingTableModel", "Location"),
    QT_TRANSLATE_NOOP("jobexplorer::PostingTableModel", "Work mode"),
    QT_TRANSLATE_NOOP("jobexplorer::PostingTableModel", "Experience"),
    QT_TRANSLATE_NOOP("jobexplorer::PostingTableModel", "Salary (annual)"),
    QT_TRANSLATE_NOOP("jobexplorer::PostingTableModel", "Skills"),
};

} // namespace

QString PostingColumns::title(int column)
{
    if (column < 0 || column >= ColumnCount)
        return {};
    return QCoreApplication::translate(context, titles[static_cast<std::size_t>(column)]);
}

} // namespace jobexplorer
