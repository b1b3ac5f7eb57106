#pragma once

#include "Cohort.h"
#include "Dataset.h"
#include "PostingTypes.h"
#include "SalaryStatistics.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace jobexplorer {

class FilterEngine;

// A skill among a cohort's most common ones.
struct SkillShare
{
    int skill = -1; // PostingStore skill id
    QString name;
    int count = 0;    // postings of the cohort that ask for it
    double share = 0; // count / the cohort's postings, 0..1
    // Indexes (into Comparison::cohorts()) of the cohorts in which this skill is much rarer,
    // by Comparison::isMuchMoreCommon(); empty when it is nowhere much rarer.
    QList<int> muchMoreCommonThan;

    bool isDistinctive() const { return !muchMoreCommonThan.isEmpty(); }
    bool operator==(const SkillShare &) const = default;
};

// One column of a comparison: the postings of a cohort, or a band the dataset's source
// published ("Senior base, report"), which has a salary range and nothing else.
struct CohortStatistics
{
    enum class Kind { Postings, ReferenceBand };
    static constexpr std::size_t levelCount = Vocabulary::seniorities.size();

    Kind kind = Kind::Postings;
    QString name;
    QString expression;  // the cohort's filter text; empty for a band
    QString description; // the filter in words ("All postings" for none), or where the band was published
    int postings = 0;    // matching postings
    // Of the postings with a salary in the dominant currency (SalaryStatistics). For a band:
    // currency, and lowestMinimum/highestMaximum are its annual bounds (0 when not stated).
    SalaryStatistics salary;
    std::optional<SalaryBandRecord> band;       // set for a band
    std::array<int, levelCount> seniorityMix{}; // postings per Seniority (indexed by its value)
    QList<SkillShare> topSkills;                // most common first, at most Comparison::topSkillCount
    std::vector<int> rows;                      // the matching store rows, ascending (SalaryRanges::of)

    bool isBand() const { return kind == Kind::ReferenceBand; }
    int seniorityCount(Seniority level) const { return seniorityMix[static_cast<std::size_t>(level)]; }
};

// The statistics of 2 to 6 cohorts side by side, for the Compare view, its chart and its CSV
// (ComparisonModel): per cohort the postings and those with a salary, a box of annual salary
// midpoints, the seniority mix and the ten most common skills with their shares, skills much
// more common in one cohort than in another flagged. Computed once; plain data afterwards.
class Comparison final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::Comparison)
public:
    static constexpr int minCohorts = 2;
    static constexpr int maxCohorts = 6;
    static constexpr int topSkillCount = 10;
    // "Much more common" (cohorts.md): at least this many postings of the cohort ask for the
    // skill, its share is at least this many points higher than in the other cohort, and at
    // least this many times as high.
    static constexpr int muchMoreCommonMinimumCount = 2;
    static constexpr double muchMoreCommonPoints = 0.20;
    static constexpr double muchMoreCommonRatio = 2.0;

    // What to compare: a cohort, or a published band (band set; cohort.name may be empty for
    // the default name, bandName()).
    struct Entry
    {
        Cohort cohort;
        std::optional<SalaryBandRecord> band;
    };

    // Evaluates every cohort's filter with engine, in the order given. Returns std::nullopt and
    // sets *error naming the cohort when its filter does not parse. Does not enforce
    // minCohorts/maxCohorts: callers decide how many they show.
    static std::optional<Comparison> compute(const FilterEngine &engine, const QList<Entry> &entries,
                                             QString *error = nullptr);

    const QList<CohortStatistics> &cohorts() const { return m_cohorts; }
    int size() const { return static_cast<int>(m_cohorts.size()); }
    const CohortStatistics &at(int index) const { return m_cohorts.at(index); }

    // The rule above, on counts: count of total postings here, against other of otherTotal.
    static bool isMuchMoreCommon(int count, int total, int otherCount, int otherTotal);
    // "Senior base, report", "Staff/Principal total comp, report (Top tier)".
    static QString bandName(const SalaryBandRecord &band);
    // "Salary Progression Expectations: Base Salary: $168,000 - $230,000".
    static QString bandDescription(const SalaryBandRecord &band);

private:
    QList<CohortStatistics> m_cohorts;
};

} // namespace jobexplorer
