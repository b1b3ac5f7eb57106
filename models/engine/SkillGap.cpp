#include "SkillGap.h"

#include "Bitset.h"
#include "FilterEngine.h"
#include "PostingStore.h"

#include <algorithm>
#include <memory>

namespace jobexplorer {

namespace {

// The working state of one computation: per skill the counts, per matching row its held and
// total weight (indexed by store row, written for matching rows only) and whether it fits.
struct GapState
{
    const PostingStore &store;
    const std::uint32_t *offsets;
    const PostingStore::SkillId *ids;
    double threshold;
    std::vector<char> held;
    std::vector<int> postings, preferred, unlocks;
    std::vector<int> open;     // per skill: matching rows that list it and do not fit
    std::vector<int> nameRank; // per skill: its place by name, for ties
    std::unique_ptr<int[]> heldWeight, totalWeight;
    Bitset matching, fits;

    GapState(const PostingStore &s, const ClientSkills &client, double t)
        : store(s), offsets(s.skillOffsets()), ids(s.skillIdData()), threshold(t),
          held(static_cast<std::size_t>(s.skillCount())), postings(held.size()), preferred(held.size()),
          unlocks(held.size()), open(held.size()), nameRank(held.size()),
          heldWeight(std::make_unique_for_overwrite<int[]>(static_cast<std::size_t>(s.size()))),
          totalWeight(std::make_unique_for_overwrite<int[]>(static_cast<std::size_t>(s.size()))),
          matching(s.size()), fits(s.size())
    {
        std::vector<int> byName(held.size());
        for (std::size_t skill = 0; skill < held.size(); ++skill) {
            held[skill] = client.holds(static_cast<int>(skill)) ? 1 : 0;
            byName[skill] = static_cast<int>(skill);
        }
        std::sort(byName.begin(), byName.end(), [&s](int a, int b) {
            const int order = s.skillName(a).compare(s.skillName(b), Qt::CaseInsensitive);
            return order != 0 ? order < 0 : a < b;
        });
        for (std::size_t place = 0; place < byName.size(); ++place)
            nameRank[static_cast<std::size_t>(byName[place])] = static_cast<int>(place);
    }

    void countOpen(int row, int delta)
    {
        for (std::uint32_t m = offsets[row]; m < offsets[row + 1]; ++m)
            open[ids[m]] += delta;
    }

    int weight(std::uint32_t mention) const
    {
        return store.isPreferred(mention) ? Fit::preferredWeight : Fit::requiredWeight;
    }

    // Adds delta to the unlock count of every skill not held whose weight would make the row
    // (held weight h of total t) fit.
    void countUnlocks(int row, int h, int t, int delta)
    {
        for (std::uint32_t m = offsets[row]; m < offsets[row + 1]; ++m) {
            const auto skill = ids[m];
            if (!held[skill] && Fit::reaches(h + weight(m), t, threshold))
                unlocks[skill] += delta;
        }
    }

    // The first pass: every matching row's weights, the demand for each skill and the unlocks.
    int measure(const std::vector<int> &rows)
    {
        int fitted = 0;
        for (const int row : rows) {
            matching.set(row);
            int h = 0;
            int t = 0;
            for (std::uint32_t m = offsets[row]; m < offsets[row + 1]; ++m) {
                const auto skill = ids[m];
                const bool isPreferred = store.isPreferred(m);
                const int w = isPreferred ? Fit::preferredWeight : Fit::requiredWeight;
                t += w;
                h += held[skill] ? w : 0;
                ++postings[skill];
                preferred[skill] += isPreferred ? 1 : 0;
            }
            heldWeight[static_cast<std::size_t>(row)] = h;
            totalWeight[static_cast<std::size_t>(row)] = t;
            if (Fit::reaches(h, t, threshold)) {
                fits.set(row);
                ++fitted;
            } else {
                countUnlocks(row, h, t, +1);
                countOpen(row, +1);
            }
        }
        return fitted;
    }

    // The skill not held that unlocks the most (ties: the one more rows that do not fit list,
    // then by name), among those that a row that does not fit lists; -1 when there is none.
    int bestNext() const
    {
        int best = -1;
        for (int skill = 0; skill < static_cast<int>(held.size()); ++skill) {
            const auto s = static_cast<std::size_t>(skill);
            if (held[s] || open[s] == 0)
                continue;
            const auto b = static_cast<std::size_t>(best);
            if (best < 0 || unlocks[s] > unlocks[b] ||
                (unlocks[s] == unlocks[b] &&
                 (open[s] > open[b] || (open[s] == open[b] && nameRank[s] < nameRank[b]))))
                best = skill;
        }
        return best;
    }

    // Makes skill held; returns how many matching rows fit now that did not. Only the rows that
    // list the skill change, found through the engine's skill index.
    int learn(const FilterEngine &engine, int skill)
    {
        int gained = 0;
        engine.forEachRowWithSkill(skill, [&](int row) {
            if (!matching.test(row) || fits.test(row))
                return;
            const auto r = static_cast<std::size_t>(row);
            const int h = heldWeight[r];
            const int t = totalWeight[r];
            countUnlocks(row, h, t, -1);
            int w = 0;
            for (std::uint32_t m = offsets[row]; m < offsets[row + 1]; ++m) {
                if (ids[m] == skill)
                    w = weight(m);
            }
            heldWeight[r] = h + w;
            if (Fit::reaches(h + w, t, threshold)) {
                fits.set(row);
                countOpen(row, -1);
                ++gained;
            } else {
                held[static_cast<std::size_t>(skill)] = 1;
                countUnlocks(row, h + w, t, +1);
                held[static_cast<std::size_t>(skill)] = 0;
            }
        });
        held[static_cast<std::size_t>(skill)] = 1;
        return gained;
    }
};

SkillGap::Status statusOf(const ClientSkills &client, int skill)
{
    switch (client.level(skill)) {
    case SkillLevel::Has:
    case SkillLevel::Strong:
        return SkillGap::Status::Held;
    case SkillLevel::Learning:
        return SkillGap::Status::Learning;
    case SkillLevel::None:
        break;
    }
    return SkillGap::Status::Missing;
}

} // namespace

SkillGap SkillGapCalculator::compute(const FilterEngine &engine, const std::vector<int> &rows,
                                     const ClientSkills &client, double threshold, int pathLength)
{
    const PostingStore &store = engine.store();
    GapState state(store, client, threshold);
    SkillGap gap;
    gap.postings = static_cast<int>(rows.size());
    gap.threshold = threshold;
    gap.fitsNow = state.measure(rows);

    for (int skill = 0; skill < store.skillCount(); ++skill) {
        const auto s = static_cast<std::size_t>(skill);
        if (state.postings[s] == 0)
            continue;
        gap.skills.push_back({skill, state.postings[s], state.preferred[s], statusOf(client, skill),
                              state.held[s] ? 0 : state.unlocks[s]});
    }
    std::sort(gap.skills.begin(), gap.skills.end(),
              [&store](const SkillGap::Skill &a, const SkillGap::Skill &b) {
                  if (a.postings != b.postings)
                      return a.postings > b.postings;
                  const int byName =
                      store.skillName(a.skill).compare(store.skillName(b.skill), Qt::CaseInsensitive);
                  return byName != 0 ? byName < 0 : a.skill < b.skill;
              });

    int fitted = gap.fitsNow;
    for (int step = 0; step < pathLength; ++step) {
        const int next = state.bestNext();
        if (next < 0)
            break;
        const int gained = state.learn(engine, next);
        fitted += gained;
        gap.path.push_back({next, gained, fitted});
    }
    return gap;
}

} // namespace jobexplorer
