#include "SkillGap.h"

#include "FilterEngine.h"
#include "PostingStore.h"

#include <algorithm>
#include <cmath>

namespace jobexplorer {

namespace {

// The working state of one computation: per skill the counts; per matching row (by its place
// in the list of matching rows) the weight it holds, the weight it needs to fit and whether it
// fits; and a compact copy of the matching rows' skill lists with their weights, plus for
// each skill the places of the rows that list it. The path's steps walk only these copies: the
// store's lists of a few scattered rows in a million would cost a cache miss a row each time.
struct GapState
{
    using SkillId = PostingStore::SkillId;
    double threshold;
    std::vector<char> held;
    std::vector<int> postings, preferred, unlocks;
    std::vector<int> open;     // per skill: matching rows that list it and do not fit
    std::vector<int> nameRank; // per skill: its place by name, for ties
    std::vector<int> heldWeight, neededWeight;
    std::vector<char> fits;
    std::vector<std::uint32_t> listStart; // per place: where its skills start in listSkill
    std::vector<SkillId> listSkill;
    std::vector<std::uint8_t> listWeight;
    std::vector<std::uint32_t> placesStart; // per skill: where its places start in places
    std::vector<std::uint32_t> places;

    GapState(const PostingStore &s, const ClientSkills &client, double t)
        : threshold(t), held(static_cast<std::size_t>(s.skillCount())), postings(held.size()),
          preferred(held.size()), unlocks(held.size()), open(held.size()), nameRank(held.size())
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

    // The least held weight with which a row of total weight fits (Fit::reaches).
    int needed(int total) const
    {
        int need = static_cast<int>(std::ceil(threshold * total - 1e-9));
        while (need > 0 && Fit::reaches(need - 1, total, threshold))
            --need;
        while (!Fit::reaches(need, total, threshold))
            ++need;
        return need;
    }

    // The first pass: copies the matching rows' skill lists, and gives every row's weights, the
    // demand for each skill, and for the rows that do not fit the skills they list and which of
    // those would make them fit.
    int measure(const PostingStore &store, const std::vector<int> &rows)
    {
        const std::uint32_t *offsets = store.skillOffsets();
        const SkillId *ids = store.skillIdData();
        const std::size_t n = rows.size();
        heldWeight.resize(n);
        neededWeight.resize(n);
        fits.assign(n, 0);
        listStart.resize(n + 1);
        std::size_t mentions = 0;
        for (const int row : rows)
            mentions += offsets[row + 1] - offsets[row];
        listSkill.resize(mentions);
        listWeight.resize(mentions);

        int fitted = 0;
        std::uint32_t at = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const int row = rows[i];
            listStart[i] = at;
            int h = 0;
            int t = 0;
            for (std::uint32_t m = offsets[row]; m < offsets[row + 1]; ++m, ++at) {
                const SkillId skill = ids[m];
                const bool isPreferred = store.isPreferred(m);
                const int w = isPreferred ? Fit::preferredWeight : Fit::requiredWeight;
                listSkill[at] = skill;
                listWeight[at] = static_cast<std::uint8_t>(w);
                t += w;
                h += held[skill] ? w : 0;
                ++postings[skill];
                preferred[skill] += isPreferred ? 1 : 0;
            }
            const int need = t == 0 ? 0 : needed(t);
            heldWeight[i] = h;
            neededWeight[i] = need;
            if (h >= need) {
                fits[i] = 1;
                ++fitted;
                continue;
            }
            for (std::uint32_t m = listStart[i]; m < at; ++m) {
                const SkillId skill = listSkill[m];
                ++open[skill];
                if (!held[skill] && h + listWeight[m] >= need)
                    ++unlocks[skill];
            }
        }
        listStart[n] = at;
        indexPlaces();
        return fitted;
    }

    // For each skill, the places of the rows that list it, ascending (a row lists a skill once).
    void indexPlaces()
    {
        placesStart.assign(held.size() + 1, 0);
        for (std::size_t skill = 0; skill < held.size(); ++skill)
            placesStart[skill + 1] = placesStart[skill] + static_cast<std::uint32_t>(postings[skill]);
        std::vector<std::uint32_t> next(placesStart.begin(), placesStart.end() - 1);
        places.resize(listSkill.size());
        for (std::size_t i = 0; i + 1 < listStart.size(); ++i) {
            for (std::uint32_t m = listStart[i]; m < listStart[i + 1]; ++m)
                places[next[listSkill[m]]++] = static_cast<std::uint32_t>(i);
        }
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
    // list the skill change; each is read twice: for the learnt skill's weight, then to move
    // the other skills' counts.
    int learn(int skill)
    {
        int gained = 0;
        const auto s = static_cast<std::size_t>(skill);
        for (std::uint32_t p = placesStart[s]; p < placesStart[s + 1]; ++p) {
            const std::uint32_t i = places[p];
            if (fits[i])
                continue;
            const int before = heldWeight[i];
            const int need = neededWeight[i];
            const std::uint32_t first = listStart[i];
            const std::uint32_t last = listStart[i + 1];
            int w = 0;
            for (std::uint32_t m = first; m < last; ++m) {
                if (listSkill[m] == skill) {
                    w = listWeight[m];
                    break;
                }
            }
            const int after = before + w;
            heldWeight[i] = after;
            const bool nowFits = after >= need;
            for (std::uint32_t m = first; m < last; ++m) {
                const SkillId other = listSkill[m];
                if (nowFits)
                    --open[other];
                if (held[other])
                    continue;
                const int wo = listWeight[m];
                const int was = before + wo >= need ? 1 : 0;
                const int is = !nowFits && other != skill && after + wo >= need ? 1 : 0;
                unlocks[other] += is - was;
            }
            if (nowFits) {
                fits[i] = 1;
                ++gained;
            }
        }
        held[s] = 1;
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
    gap.fitsNow = state.measure(store, rows);

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
        const int gained = state.learn(next);
        fitted += gained;
        gap.path.push_back({next, gained, fitted});
    }
    return gap;
}

} // namespace jobexplorer
