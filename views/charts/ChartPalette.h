#pragma once

#include <QColor>

namespace jobexplorer {

// The one set of colours every chart draws with, on screen and in exported pictures:
// distinguishable hues (Okabe–Ito, then Tableau), a dark text colour and the shade of a
// published band.
class ChartPalette final
{
public:
    // The colour of a skill category id (any id; the palette repeats).
    static QColor category(int id);
    // The colour of the index-th cohort of a comparison: the palette without its orange (the
    // published band's shade) and yellow (too light for a box with a white median line).
    static QColor cohort(int index);
    // A chart of one series: its bars and boxes.
    static QColor primary();
    // A published salary band, shaded behind the bars.
    static QColor referenceBand();
    // A client's skill in the gap chart: held (green), learning (orange), missing (vermilion);
    // status is SkillGap::Status as int.
    static QColor skillStatus(int status);
    // Titles, labels and captions.
    static QColor text();
    // What a chart says in place of a figure it cannot draw ("no salary stated"): grey, but
    // dark enough to read on white (contrast 5.7:1).
    static QColor mutedText();
};

} // namespace jobexplorer
