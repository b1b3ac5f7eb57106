#pragma once

#include "Filter.h"

#include <QLabel>

#include <functional>
#include <vector>

namespace jobexplorer {

class Workspace;

// The active filter as a row of removable chips ("Seniority: Senior ✕"), one per clause,
// exclusion, range and search term. Activating a chip (click, or Tab and Enter) removes it.
class FilterChips final : public QLabel
{
    Q_OBJECT
public:
    explicit FilterChips(Workspace *workspace, QWidget *parent = nullptr);

    // The chips' texts, in order, without the removal mark.
    QStringList chipTexts() const;
    // Removes the chip at index, as a click would.
    void removeChip(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Chip
    {
        QString text;
        std::function<void(Filter &)> remove;
    };
    void rebuild();
    // The accessible name and the chips in the current language.
    void retranslate();

    Workspace *m_workspace;
    std::vector<Chip> m_chips;
};

} // namespace jobexplorer
