#pragma once

#include "Dataset.h"

#include <QtGlobal>

namespace jobexplorer {

// Makes a realistic dataset of any size for benchmarks, without the bundled taxonomy: about
// 400 skills in 11 categories, used with a Zipf-like skew (a few skills in most postings, a long
// tail), 5–20 skills and 1–3 locations a posting among about 200 cities with their metro areas,
// about 20,000 companies of which a few post most, a third of the postings with a salary
// (mostly USD and yearly), and titles composed from level, role and team.
// The same seed and size always give the same dataset, so that generated files can be cached
// and results compared between runs.
class PostingGenerator final
{
public:
    // Bump when generate() makes different data (or the database format gains a table), so
    // that cached files are made anew.
    static constexpr int Version = 3;

    explicit PostingGenerator(quint32 seed) : m_seed(seed) {}

    Dataset generate(int postings) const;

private:
    quint32 m_seed;
};

} // namespace jobexplorer
