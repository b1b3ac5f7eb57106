#include "ChartPalette.h"

#include <algorithm>
#include <array>

namespace jobexplorer {

namespace {

const std::array<QColor, 14> palette{
    QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
    QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00), QColor(0xF0, 0xE4, 0x42), QColor(0x59, 0x59, 0x59),
    QColor(0x8C, 0x56, 0x4B), QColor(0x9C, 0x75, 0xCD), QColor(0x2C, 0xA0, 0x2C), QColor(0xD6, 0x27, 0x28),
    QColor(0x17, 0xBE, 0xCF), QColor(0xBC, 0xBD, 0x22),
};
constexpr std::size_t orange = 1;
// Blue, vermilion, green, purple, sky blue, grey: as many as a comparison has cohorts.
constexpr std::array<std::size_t, 6> cohortEntries{0, 5, 2, 3, 4, 7};
constexpr int referenceBandAlpha = 70;

} // namespace

QColor ChartPalette::category(int id)
{
    return palette[static_cast<std::size_t>(std::max(id, 0)) % palette.size()];
}

QColor ChartPalette::cohort(int index)
{
    return palette[cohortEntries[static_cast<std::size_t>(std::max(index, 0)) % cohortEntries.size()]];
}

QColor ChartPalette::primary()
{
    return palette[0];
}

QColor ChartPalette::referenceBand()
{
    QColor colour = palette[orange];
    colour.setAlpha(referenceBandAlpha);
    return colour;
}

QColor ChartPalette::skillStatus(int status)
{
    constexpr std::array<std::size_t, 3> entries{2, 1, 5}; // held, learning, missing
    return palette[entries[static_cast<std::size_t>(std::clamp(status, 0, 2))]];
}

QColor ChartPalette::text()
{
    return QColor(0x33, 0x33, 0x33);
}

QColor ChartPalette::mutedText()
{
    return QColor(0x6B, 0x6B, 0x6B);
}

} // namespace jobexplorer
