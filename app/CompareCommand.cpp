#include "CompareCommand.h"

#include "BundledData.h"
#include "BundledDataset.h"
#include "ComparisonModel.h"
#include "CsvExporter.h"
#include "PostingFormat.h"
#include "SalaryRanges.h"
#include "Workspace.h"

#include <QDir>
#include <QLocale>
#include <QSet>
#include <QTextStream>

namespace jobexplorer {

CompareCommand::CompareCommand(Options options) : m_options(std::move(options)) {}

void CompareCommand::addWriter(Writer writer)
{
    m_writers.append(std::move(writer));
}

std::optional<Cohort> CompareCommand::parseCohort(const QString &argument, QString *error)
{
    const qsizetype equals = argument.indexOf(QLatin1Char('='));
    if (equals < 0) {
        if (error)
            *error = tr("“%1” is not a cohort: write NAME=FILTER, e.g. \"Senior=seniority:senior\".")
                         .arg(argument);
        return std::nullopt;
    }
    Cohort cohort{argument.left(equals).trimmed(), argument.mid(equals + 1).trimmed()};
    if (cohort.name.isEmpty()) {
        if (error)
            *error = tr("“%1” is not a cohort: the name before “=” is empty.").arg(argument);
        return std::nullopt;
    }
    return cohort;
}

bool CompareCommand::collectEntries(const QList<SalaryBandRecord> &bands, QList<Comparison::Entry> &entries,
                                    QString *error) const
{
    for (const QString &argument : m_options.cohorts) {
        const auto cohort = parseCohort(argument, error);
        if (!cohort)
            return false;
        entries.append({*cohort, std::nullopt});
    }
    for (const QString &argument : m_options.bands) {
        const QString levelKey = argument.section(QLatin1Char(':'), 0, 0).trimmed();
        const QString payType = argument.contains(QLatin1Char(':'))
                                    ? argument.section(QLatin1Char(':'), 1).trimmed()
                                    : QStringLiteral("base");
        const auto level = Vocabulary::fromKey(Vocabulary::seniorities, levelKey);
        const auto band = level ? SalaryRanges::referenceBand(bands, *level, payType) : std::nullopt;
        if (!band) {
            *error = tr("The dataset publishes no %1 band for “%2” (write a level such as senior or staff, "
                        "optionally with :base or :total).")
                         .arg(payType, argument);
            return false;
        }
        entries.append({{}, band});
    }
    return true;
}

QString CompareCommand::summary(const CohortStatistics &cohort)
{
    const SalaryStatistics &s = cohort.salary;
    if (cohort.isBand()) {
        const std::optional<double> low =
            cohort.band->min ? std::optional<double>(s.lowestMinimum) : std::nullopt;
        const std::optional<double> high =
            cohort.band->max ? std::optional<double>(s.highestMaximum) : std::nullopt;
        return tr("%1: published band %2")
            .arg(cohort.name, PostingFormat::salaryRange(low, high, s.currency));
    }
    QString line =
        tr("%1: %2, %3 with a salary")
            .arg(cohort.name, PostingFormat::postingCount(cohort.postings), QLocale().toString(s.withSalary));
    if (s.withSalary == 1) {
        line += tr(" in %1; midpoint %2, range %3")
                    .arg(s.currency, PostingFormat::money(s.median, s.currency),
                         PostingFormat::salaryRange(s.lowestMinimum, s.highestMaximum, s.currency));
    } else if (s.withSalary > 1) {
        line += tr(" in %1; median %2, quartiles %3, midpoints %4, ranges %5")
                    .arg(s.currency, PostingFormat::money(s.median, s.currency),
                         PostingFormat::salaryRange(s.firstQuartile, s.thirdQuartile, s.currency),
                         PostingFormat::salaryRange(s.minimum, s.maximum, s.currency),
                         PostingFormat::salaryRange(s.lowestMinimum, s.highestMaximum, s.currency));
    }
    const QString leftOut = s.leftOutText(cohort.postings);
    if (!leftOut.isEmpty() && cohort.postings > 0)
        line += tr(" (left out: %1)").arg(leftOut);
    return line;
}

int CompareCommand::run(QTextStream &out, QTextStream &err)
{
    m_comparison.reset();
    auto fail = [&err](const QString &message) {
        err << message << Qt::endl;
        return 1;
    };
    if (!m_options.filter.isEmpty())
        return fail(tr("--filter does not combine with --compare: put the filter into each cohort."));
    if (!m_options.jsonFile.isEmpty())
        return fail(tr("--export-json does not combine with --compare: the comparison is exported as CSV."));
    const qsizetype count = m_options.cohorts.size() + m_options.bands.size();
    if (count < Comparison::minCohorts || count > Comparison::maxCohorts)
        return fail(tr("Compare %1 to %2 cohorts (--compare and --compare-band); %n given.", nullptr,
                       static_cast<int>(count))
                        .arg(Comparison::minCohorts)
                        .arg(Comparison::maxCohorts));
    // Malformed NAME=EXPR is reported before the database is opened.
    QSet<QString> names;
    for (const QString &argument : std::as_const(m_options.cohorts)) {
        QString error;
        const auto cohort = parseCohort(argument, &error);
        if (!cohort)
            return fail(error);
        const QString key = cohort->name.toCaseFolded();
        if (names.contains(key))
            return fail(tr("Two cohorts are named “%1”; give each its own name.").arg(cohort->name));
        names.insert(key);
    }

    QString database = m_options.database;
    if (database.isEmpty()) {
        QString error;
        database = BundledDataset::ensureDatabase(resources::bundledDatasetFiles(), &error);
        if (database.isEmpty())
            return fail(error);
    }
    Workspace workspace;
    if (!workspace.open(database))
        return fail(workspace.errorString());
    QList<Comparison::Entry> entries;
    QString error;
    if (!collectEntries(workspace.reference().salaryBands, entries, &error))
        return fail(error);
    m_comparison = Comparison::compute(*workspace.engine(), entries, &error);
    if (!m_comparison)
        return fail(error);

    for (const CohortStatistics &cohort : m_comparison->cohorts())
        out << summary(cohort) << Qt::endl;

    if (!m_options.csvFile.isEmpty()) {
        ComparisonModel model;
        model.setComparison(*m_comparison);
        CsvExporter exporter;
        exporter.setRole(ComparisonModel::ValueRole);
        if (!exporter.writeFile(model, m_options.csvFile))
            return fail(exporter.errorString());
        out << tr("Wrote %1").arg(QDir::toNativeSeparators(m_options.csvFile)) << Qt::endl;
    }
    for (const Writer &writer : std::as_const(m_writers)) {
        if (!writer(workspace, *m_comparison, &error))
            return fail(error);
    }
    return 0;
}

} // namespace jobexplorer
