#pragma once

#include <cstdint>
#include <vector>

namespace jobexplorer {

// How well a client knows a skill, as the counselor records it.
enum class SkillLevel : std::uint8_t { None, Learning, Has, Strong };

// A client's skills as the filter engine sees them: per skill id of the open store, the level
// (None for the skills the client does not have). Made from a Client for one store
// (Client::skillSet()); plain data so that the engine, low in the layers, can use it.
struct ClientSkills
{
    std::vector<SkillLevel> levels; // [store skill id]
    // Whether skills the client is learning count as held (the fit rule's "unless chosen").
    bool learningCounts = false;

    bool holds(int skill) const
    {
        if (skill < 0 || static_cast<std::size_t>(skill) >= levels.size())
            return false;
        const SkillLevel level = levels[static_cast<std::size_t>(skill)];
        return level == SkillLevel::Has || level == SkillLevel::Strong ||
               (learningCounts && level == SkillLevel::Learning);
    }
    SkillLevel level(int skill) const
    {
        return skill >= 0 && static_cast<std::size_t>(skill) < levels.size()
                   ? levels[static_cast<std::size_t>(skill)]
                   : SkillLevel::None;
    }
    bool operator==(const ClientSkills &) const = default;
};

// The fit of a posting to a client (issue 16): the weighted share of the posting's skills the
// client holds, a required (or unspecified) skill weighing 1 and a preferred one 0.5. Kept in
// half units (2 and 1) so that sums are exact integers. A posting that lists no skills asks for
// nothing the client lacks: its fit is 1.
namespace Fit {
inline constexpr int requiredWeight = 2; // half units
inline constexpr int preferredWeight = 1;
inline constexpr double defaultThreshold = 0.8;

inline double value(int heldWeight, int totalWeight)
{
    return totalWeight == 0 ? 1.0 : static_cast<double>(heldWeight) / totalWeight;
}
// Whether held of total reaches threshold, compared exactly (held/total >= t without rounding
// trouble at 0.8 = 4/5).
inline bool reaches(int heldWeight, int totalWeight, double threshold)
{
    return totalWeight == 0 || heldWeight >= threshold * totalWeight - 1e-9;
}
} // namespace Fit

} // namespace jobexplorer
