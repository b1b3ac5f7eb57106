#pragma once

#include "Cohort.h"
#include "Comparison.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QTextStream;

namespace jobexplorer {

class Workspace;

// The window-less comparison: --compare NAME=EXPR (repeatable) and --compare-band LEVEL open a
// database, compute a Comparison of the cohorts, print one line per cohort and write the
// per-cohort CSV (ComparisonModel's raw values). Other outputs (the comparison chart) plug in
// with addWriter(): they get the computed Comparison after the CSV is written.
class CompareCommand final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::CompareCommand)
public:
    struct Options
    {
        QString database;    // the bundled dataset when empty
        QStringList cohorts; // "NAME=EXPR": the name ends at the first "=", so "High=salary>=230k" works
        QStringList bands;   // published bands as cohorts: "senior", "staff:total" (level[:pay type])
        QString csvFile;     // nothing is written when empty
        QString filter;      // must be empty: the filter belongs into each cohort
        QString jsonFile;    // must be empty: postings are not exported while comparing
    };
    // Writes one more output of the comparison. Returns false and sets *error, naming the file
    // and the problem, when it cannot; the file must then not exist partially.
    // The workspace is the one the comparison was computed on, with no filter.
    using Writer = std::function<bool(Workspace &workspace, const Comparison &comparison, QString *error)>;

    explicit CompareCommand(Options options);

    // Runs after the CSV, in the order added.
    void addWriter(Writer writer);

    // Returns the process exit code: 0 when everything asked for was written; 1 (with a message
    // on err) for a malformed NAME=EXPR, a duplicate name, fewer than Comparison::minCohorts or
    // more than Comparison::maxCohorts cohorts and bands, an unknown band, a database that
    // cannot be opened, a filter that is not valid (naming its cohort) or a file that cannot
    // be written. Each file is written whole or not at all.
    int run(QTextStream &out, QTextStream &err);

    // The comparison the last run() computed; nullptr when it failed before computing one.
    const Comparison *comparison() const { return m_comparison ? &*m_comparison : nullptr; }

    // "High=salary>=230k" → {"High", "salary>=230k"}; std::nullopt and *error without "=" or
    // with an empty name.
    static std::optional<Cohort> parseCohort(const QString &argument, QString *error);

private:
    bool collectEntries(const QList<SalaryBandRecord> &bands, QList<Comparison::Entry> &entries,
                        QString *error) const;
    static QString summary(const CohortStatistics &cohort);

    Options m_options;
    QList<Writer> m_writers;
    std::optional<Comparison> m_comparison;
};

} // namespace jobexplorer
