#pragma once

#include "ClientSkills.h"

#include <vector>

namespace jobexplorer {

class FilterEngine;

// A client's skills against a set of postings (issue 16; the rules are in ClientSkills.h):
// every skill the postings ask for with how many ask for it and whether the client holds it,
// how many postings the client fits now, how many more each skill not held would make fit, and
// a greedy learning path.
struct SkillGap
{
    enum class Status { Held, Learning, Missing };
    struct Skill
    {
        int skill = -1;    // store skill id
        int postings = 0;  // postings that list it
        int preferred = 0; // of those, the ones that list it as preferred (the rest: required
                           // or unspecified, weighing 1)
        Status status = Status::Missing;
        // Postings that do not fit now and would fit if the client held this skill too; 0 for
        // the skills that count as held.
        int unlocks = 0;
    };
    struct Step
    {
        int skill = -1;
        int gained = 0; // postings newly fitted by this step
        int fitted = 0; // postings fitted after this step, the steps before included
    };

    int postings = 0; // the postings compared with
    int fitsNow = 0;  // of them, with fit >= threshold
    double threshold = Fit::defaultThreshold;
    std::vector<Skill> skills; // most postings first, then by name
    std::vector<Step> path;

    double share(const Skill &skill) const
    {
        return postings == 0 ? 0.0 : static_cast<double>(skill.postings) / postings;
    }
};

class SkillGapCalculator final
{
public:
    static constexpr int defaultPathLength = 5;

    // The gap of client over rows (ascending store rows of engine's store). The path takes, at
    // each step, the skill not yet held that makes the most postings newly fit (ties: the one
    // more of the postings that do not fit yet ask for, then by name), for pathLength steps or
    // until no posting that does not fit asks for a skill not held. Postings that list no
    // skills fit (they ask for nothing the client lacks).
    static SkillGap compute(const FilterEngine &engine, const std::vector<int> &rows,
                            const ClientSkills &client, double threshold = Fit::defaultThreshold,
                            int pathLength = defaultPathLength);
};

} // namespace jobexplorer
