// jobexplorer-bench: how long loading and filtering take, and how much memory a loaded database
// holds, for generated databases of growing size; and how the bitset engine compares with the
// plain SQL a generic SQLite browser would run on the same file.
//
// One line per size, medians: load_ms is PostingDatabase::open + loadStore + FilterEngine (the
// integrity check deferred, as the app opens large files; --full-check includes it);
// recompute_ms and recompute_empty_ms are FilterEngine::evaluate() of the typical and the empty
// filter; sql_ms is SqlFilterEvaluator on the typical filter; ratio = sql_ms / recompute_ms;
// rss_mb is the resident memory of a fresh process after loading; sort_max_ms is sorting every
// row of the table by its slowest column (PostingSorter); chart_max_ms is computing the numbers
// of the slowest chart (ChartModel) for the typical and the empty filter's matches. A "warning:" line says
// when the engine and SQL disagree.
//
// With --writes, one line per size instead: export_json_ms is exporting every posting as JSON as
// the app does (DatasetJsonWriter::writeFile streaming PostingDatabase::forEachPosting of all
// ids); load_dataset_ms is reading them alone (forEachPosting into a visitor that counts); append_10k_ms is
// `jobexplorer --import` of a JSON file of 10,000 other generated postings into a copy of the database
// (PostingImporter::run: the taxonomy, the stored postings' duplicate keys, one transaction adding the new
// ones). The copy is made before each run and not timed; the cached file itself is never written.
//
// With --gap, one line per size instead (issue 16): gap_ms is SkillGapCalculator::compute for a
// client of 10 skills over the typical filter's matches (the demand for every skill, the fit of
// every matching posting, fits now, unlocks and the 5-step learning path), gap_all_ms the same
// over every posting (the empty filter); fit_filter_ms is evaluating the typical filter with
// fit>=0.5 added. The client holds the 3rd, 5th, … 21st most common skills of the store. The
// *_cpu_ms figures are the same medians in the thread's processor time.

#include "ChartModel.h"
#include "DatasetJsonWriter.h"
#include "DatasetWriter.h"
#include "FilterEngine.h"
#include "FilterExpression.h"
#include "PostingDatabase.h"
#include "PostingGenerator.h"
#include "PostingImporter.h"
#include "PostingSorter.h"
#include "PostingStore.h"
#include "SkillGap.h"
#include "SqlFilterEvaluator.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <memory>
#include <numeric>
#include <vector>

using namespace jobexplorer;

namespace {

constexpr quint32 defaultSeed = 20251207;
constexpr int defaultRuns = 5;
// Loading a million postings takes seconds; three runs give a stable median.
constexpr int largeSize = 1000000;
constexpr int largeLoadRuns = 3;
// Evaluations are cheap: many more of them than loads, for a stable median.
constexpr int evaluationsPerRun = 20;
constexpr int sqlRuns = 3;
// --writes: postings appended, and the runs of the export and the append (of 1M: copies of a GB).
constexpr int appendedPostings = 10000;
constexpr int writeRuns = 3;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("jobexplorer-bench", text);
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Resident memory of this process in MiB, from /proc/self/status; 0 where that is unknown.
// The processor time of the calling thread so far.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
}

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

struct Loaded
{
    std::unique_ptr<PostingDatabase> database;
    std::unique_ptr<PostingStore> store;
    std::unique_ptr<FilterEngine> engine;
    double openMs = 0, storeMs = 0, engineMs = 0;
};

std::optional<Loaded> load(const QString &path, PostingDatabase::Check check)
{
    Loaded loaded;
    QString error;
    QElapsedTimer timer;
    timer.start();
    loaded.database = PostingDatabase::open(path, &error, check);
    loaded.openMs = elapsedMs(timer);
    if (loaded.database) {
        timer.restart();
        loaded.store = loaded.database->loadStore(&error);
        loaded.storeMs = elapsedMs(timer);
    }
    if (!loaded.store) {
        err() << error << Qt::endl;
        return std::nullopt;
    }
    timer.restart();
    loaded.engine = std::make_unique<FilterEngine>(*loaded.store);
    loaded.engineMs = elapsedMs(timer);
    return loaded;
}

// The database of `postings` postings in dir, generated and written on first use.
QString databaseFor(const QString &dir, int postings, quint32 seed)
{
    const QString path = QDir(dir).filePath(QStringLiteral("postings-%1-seed%2-v%3.sqlite")
                                                .arg(postings)
                                                .arg(seed)
                                                .arg(PostingGenerator::Version));
    if (QFileInfo::exists(path))
        return path;
    QElapsedTimer timer;
    timer.start();
    const Dataset dataset = PostingGenerator(seed).generate(postings);
    const double generateMs = elapsedMs(timer);
    timer.restart();
    DatasetWriter writer;
    if (!writer.write(dataset, path)) {
        err() << writer.errorString() << Qt::endl;
        return {};
    }
    err() << QStringLiteral("generated postings=%1 generate_ms=%2 write_ms=%3 file_mb=%4")
                 .arg(postings)
                 .arg(generateMs, 0, 'f', 0)
                 .arg(elapsedMs(timer), 0, 'f', 0)
                 .arg(static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0), 0, 'f', 1)
          << Qt::endl;
    return path;
}

// The filter of the benchmark: senior or staff, Kubernetes and Python, in the Bay Area or Seattle.
Filter typicalFilter(const FilterEngine &engine)
{
    Filter filter;
    auto values = [&engine](Facet facet, const QStringList &names) {
        QList<int> ids;
        for (const QString &name : names) {
            const QList<int> found = engine.findValues(facet, name);
            if (found.isEmpty())
                err() << QStringLiteral("warning: no value \"%1\" in the generated data").arg(name)
                      << Qt::endl;
            ids += found;
        }
        return ids;
    };
    filter.facet(Facet::Seniority)
        .clauses.append(values(Facet::Seniority, {QStringLiteral("senior"), QStringLiteral("staff")}));
    filter.facet(Facet::Skill).clauses.append(values(Facet::Skill, {QStringLiteral("Kubernetes")}));
    filter.facet(Facet::Skill).clauses.append(values(Facet::Skill, {QStringLiteral("Python")}));
    filter.facet(Facet::Location)
        .clauses.append(
            values(Facet::Location, {QStringLiteral("San Francisco Bay Area"), QStringLiteral("Seattle")}));
    return filter;
}

// Which field of two results differs first; empty when none does.
QString firstDifference(const FilterResult &a, const FilterResult &b)
{
    if (a.total != b.total)
        return QStringLiteral("total");
    if (a.rows != b.rows)
        return QStringLiteral("rows");
    for (const Facet facet : allFacets) {
        if (a.counts(facet) != b.counts(facet))
            return QStringLiteral("facet counts %1").arg(static_cast<int>(facet));
    }
    if (a.skillCounts != b.skillCounts)
        return QStringLiteral("skill counts");
    if (a.topSkills != b.topSkills)
        return QStringLiteral("top skills");
    if (!(a.salary == b.salary))
        return QStringLiteral("salary statistics");
    return {};
}

// Resident memory of a fresh process that loads the file once, so that this process's
// generator and earlier loads do not count.
double childResidentMb(int postings, const QString &path)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--rss-only"), QString::number(postings), path});
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        return 0;
    const QByteArray output = child.readAllStandardOutput();
    for (const QByteArray &field : output.simplified().split(' ')) {
        if (field.startsWith("rss_mb="))
            return field.mid(7).toDouble();
    }
    return 0;
}

int rssOnly(const QStringList &arguments)
{
    if (arguments.size() != 2) {
        err() << tr("--rss-only needs the number of postings and the database file.") << Qt::endl;
        return 2;
    }
    const double before = residentMb();
    const auto loaded = load(arguments.at(1), PostingDatabase::Check::Deferred);
    if (!loaded)
        return 1;
    out() << QStringLiteral("postings=%1 rss_mb=%2 rss_before_mb=%3")
                 .arg(arguments.at(0))
                 .arg(residentMb(), 0, 'f', 1)
                 .arg(before, 0, 'f', 1)
          << Qt::endl;
    return 0;
}

bool benchmark(const QString &path, int postings, int runs, PostingDatabase::Check check, bool verbose,
               bool engineOnly, const QStringList &otherFilters)
{
    const int loadRuns = engineOnly ? 1 : postings >= largeSize ? std::min(runs, largeLoadRuns) : runs;
    std::vector<double> loadMs, openMs, storeMs, engineMs;
    std::optional<Loaded> loaded;
    for (int run = 0; run < loadRuns; ++run) {
        loaded.reset(); // free the previous load first, as a fresh start would
        QElapsedTimer timer;
        timer.start();
        loaded = load(path, check);
        if (!loaded)
            return false;
        loadMs.push_back(elapsedMs(timer));
        openMs.push_back(loaded->openMs);
        storeMs.push_back(loaded->storeMs);
        engineMs.push_back(loaded->engineMs);
    }
    const FilterEngine &engine = *loaded->engine;
    if (engine.store().size() != postings)
        err() << QStringLiteral("warning: the file holds %1 postings, not %2")
                     .arg(engine.store().size())
                     .arg(postings)
              << Qt::endl;

    const Filter filter = typicalFilter(engine);
    double fastest = INFINITY; // of the typical filter, for --engine-only
    auto timeEngine = [&](const Filter &f) {
        std::vector<double> times;
        (void)engine.evaluate(f); // warm caches
        for (int i = 0; i < runs * evaluationsPerRun; ++i) {
            QElapsedTimer timer;
            timer.start();
            const FilterResult result = engine.evaluate(f);
            times.push_back(elapsedMs(timer));
        }
        fastest = std::min(fastest, *std::min_element(times.begin(), times.end()));
        return median(times);
    };
    const double recomputeMs = timeEngine(filter);
    const double recomputeMinMs = fastest;
    const double recomputeEmptyMs = timeEngine(Filter{});
    // Filters asked for with --filter: a detail line each, so that a change can be checked
    // beyond the typical filter.
    for (const QString &text : otherFilters) {
        FilterExpression::Error error;
        const std::optional<Filter> other = FilterExpression::parse(text, engine, &error);
        if (!other) {
            err() << QStringLiteral("--filter %1: %2").arg(text, error.message) << Qt::endl;
            return false;
        }
        const double ms = timeEngine(*other);
        err() << QStringLiteral("detail postings=%1 filter=\"%2\" recompute_ms=%3 matches=%4")
                     .arg(postings)
                     .arg(text)
                     .arg(ms, 0, 'f', 2)
                     .arg(engine.evaluate(*other).matchCount())
              << Qt::endl;
    }
    if (engineOnly) {
        loaded.reset();
        // The fastest recompute too: on a busy machine it compares versions more steadily.
        out() << QStringLiteral(
                     "postings=%1 load_ms=%2 recompute_ms=%3 recompute_min_ms=%6 recompute_empty_ms=%4 "
                     "rss_mb=%5")
                     .arg(postings)
                     .arg(median(loadMs), 0, 'f', 1)
                     .arg(recomputeMs, 0, 'f', 2)
                     .arg(recomputeEmptyMs, 0, 'f', 2)
                     .arg(childResidentMb(postings, path), 0, 'f', 1)
                     .arg(recomputeMinMs, 0, 'f', 2)
              << Qt::endl;
        return true;
    }

    // Sorting the table: every row, by each column; the slowest column's median counts.
    double sortMaxMs = 0;
    {
        const PostingSorter sorter(engine.store());
        constexpr int keys = int(PostingSorter::Key::Skills) + 1;
        for (int key = 0; key < keys; ++key) {
            std::vector<double> times;
            for (int run = 0; run < std::max(1, std::min(runs, 3)); ++run) {
                std::vector<int> rows(static_cast<std::size_t>(engine.store().size()));
                std::iota(rows.begin(), rows.end(), 0);
                QElapsedTimer timer;
                timer.start();
                sorter.sort(rows, PostingSorter::Key(key),
                            run % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
                times.push_back(elapsedMs(timer));
            }
            sortMaxMs = std::max(sortMaxMs, median(times));
        }
    }
    const FilterResult engineResult = engine.evaluate(filter);

    SqlFilterEvaluator sql(path, engine);
    std::vector<double> sqlMs;
    std::optional<FilterResult> sqlResult;
    for (int run = 0; run < sqlRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        sqlResult = sql.evaluate(filter);
        if (!sqlResult) {
            err() << sql.errorString() << Qt::endl;
            return false;
        }
        sqlMs.push_back(elapsedMs(timer));
    }
    if (sqlResult->matchCount() != engineResult.matchCount())
        out() << QStringLiteral("warning: postings=%1 engine matches %2, SQL matches %3")
                     .arg(postings)
                     .arg(engineResult.matchCount())
                     .arg(sqlResult->matchCount())
              << Qt::endl;
    else if (const QString field = firstDifference(engineResult, *sqlResult); !field.isEmpty())
        out() << QStringLiteral("warning: postings=%1 engine and SQL differ in %2").arg(postings).arg(field)
              << Qt::endl;

    if (verbose) {
        // The empty filter once through SQL as well: every count of the whole file must agree.
        QElapsedTimer timer;
        timer.start();
        const auto sqlEmpty = sql.evaluate(Filter{});
        const double sqlEmptyMs = elapsedMs(timer);
        const QString field =
            sqlEmpty ? firstDifference(engine.evaluate(Filter{}), *sqlEmpty) : sql.errorString();
        // What PRAGMA quick_check adds to an open, whether or not load_ms includes it.
        QString error;
        timer.restart();
        const bool checked = PostingDatabase::open(path, &error, PostingDatabase::Check::Full) != nullptr;
        const double fullOpenMs = elapsedMs(timer);
        timer.restart();
        const bool opened = PostingDatabase::open(path, &error, PostingDatabase::Check::Deferred) != nullptr;
        const double quickCheckMs = checked && opened ? fullOpenMs - elapsedMs(timer) : 0;
        err() << QStringLiteral("detail postings=%1 open_ms=%2 load_store_ms=%3 engine_ms=%4 matches=%5 "
                                "sql_empty_ms=%6 empty_filter_%7 quick_check_ms=%8")
                     .arg(postings)
                     .arg(median(openMs), 0, 'f', 1)
                     .arg(median(storeMs), 0, 'f', 1)
                     .arg(median(engineMs), 0, 'f', 1)
                     .arg(engineResult.matchCount())
                     .arg(sqlEmptyMs, 0, 'f', 1)
                     .arg(field.isEmpty() ? QStringLiteral("agrees") : QStringLiteral("differs_in=") % field)
                     .arg(quickCheckMs, 0, 'f', 1)
              << Qt::endl;
    }
    loaded.reset();

    // The charts of the typical and the empty filter's matches, as the window recomputes the one
    // on show after each filter change: the slowest kind's median.
    double chartMaxMs = 0;
    {
        Workspace workspace;
        if (!workspace.open(path)) {
            err() << workspace.errorString() << Qt::endl;
            return false;
        }
        const Filter typical = typicalFilter(*workspace.engine());
        for (const Filter &chartFilter : {typical, Filter{}})
            for (const ChartModel::Kind kind : ChartModel::allKinds) {
                workspace.setFilter(chartFilter);
                std::vector<double> times;
                for (int run = 0; run < runs * 3; ++run) {
                    QElapsedTimer timer;
                    timer.start();
                    const ChartModel model(&workspace, kind);
                    times.push_back(elapsedMs(timer));
                }
                if (verbose)
                    err() << QStringLiteral("detail postings=%1 chart=%2 filter=%3 chart_ms=%4")
                                 .arg(postings)
                                 .arg(ChartModel::key(kind), chartFilter.isEmpty()
                                                                 ? QStringLiteral("empty")
                                                                 : QStringLiteral("typical"))
                                 .arg(median(times), 0, 'f', 2)
                          << Qt::endl;
                chartMaxMs = std::max(chartMaxMs, median(times));
            }
    }

    const double rssMb = childResidentMb(postings, path);
    const double sqlMedian = median(sqlMs);
    out() << QStringLiteral("postings=%1 load_ms=%2 recompute_ms=%3 recompute_empty_ms=%4 sql_ms=%5 ratio=%6 "
                            "rss_mb=%7 sort_max_ms=%8 chart_max_ms=%9")
                 .arg(postings)
                 .arg(median(loadMs), 0, 'f', 1)
                 .arg(recomputeMs, 0, 'f', 2)
                 .arg(recomputeEmptyMs, 0, 'f', 2)
                 .arg(sqlMedian, 0, 'f', 1)
                 .arg(recomputeMs > 0 ? sqlMedian / recomputeMs : 0, 0, 'f', 1)
                 .arg(rssMb, 0, 'f', 1)
                 .arg(sortMaxMs, 0, 'f', 1)
                 .arg(chartMaxMs, 0, 'f', 2)
          << Qt::endl;
    return true;
}

// --gap: the client's gap, fit and learning path over the typical and the empty filter, medians.
bool benchmarkGap(const QString &path, int postings, int runs)
{
    const std::optional<Loaded> loaded = load(path, PostingDatabase::Check::Deferred);
    if (!loaded)
        return false;
    FilterEngine &engine = *loaded->engine;
    PostingStore &store = *loaded->store;
    // What choosing the first client costs once: reading which mentions are preferred.
    QElapsedTimer preferredTimer;
    preferredTimer.start();
    QString error;
    if (!loaded->database->loadPreferredMentions(store, &error)) {
        err() << error << Qt::endl;
        return false;
    }
    const double preferredMs = elapsedMs(preferredTimer);
    constexpr int clientSkills = 10;
    const FilterResult all = engine.evaluate({});
    std::vector<int> byDemand(static_cast<std::size_t>(store.skillCount()));
    std::iota(byDemand.begin(), byDemand.end(), 0);
    std::stable_sort(byDemand.begin(), byDemand.end(), [&all](int a, int b) {
        return all.skillCounts[static_cast<std::size_t>(a)] > all.skillCounts[static_cast<std::size_t>(b)];
    });
    ClientSkills client;
    client.levels.assign(byDemand.size(), SkillLevel::None);
    QStringList names;
    for (int i = 0; i < clientSkills && 2 + 2 * i < static_cast<int>(byDemand.size()); ++i) {
        const int skill = byDemand[static_cast<std::size_t>(2 + 2 * i)];
        client.levels[static_cast<std::size_t>(skill)] = SkillLevel::Has;
        names << store.skillName(skill);
    }
    engine.setClientSkills(client);

    Filter typical = typicalFilter(engine);
    const FilterResult matching = engine.evaluate(typical);
    // Wall time, and the thread's processor time: on a machine shared with other builds the
    // wall time counts the waits for a core too.
    std::vector<double> cpuMedians;
    auto time = [runs, &cpuMedians](auto &&work) {
        std::vector<double> times, cpu;
        for (int run = 0; run < runs * evaluationsPerRun; ++run) {
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = threadCpuMs();
            work();
            cpu.push_back(threadCpuMs() - cpuStart);
            times.push_back(elapsedMs(timer));
        }
        cpuMedians.push_back(median(cpu));
        return median(times);
    };
    SkillGap gap;
    const double gapMs = time([&] { gap = SkillGapCalculator::compute(engine, matching.rows, client); });
    SkillGap gapAll;
    const double gapAllMs = time([&] { gapAll = SkillGapCalculator::compute(engine, all.rows, client); });
    typical.fit.min = 0.5;
    int fitMatches = 0;
    const double fitFilterMs = time([&] { fitMatches = engine.evaluate(typical).matchCount(); });
    err() << QStringLiteral("detail postings=%1 client=%2 matching=%3 fits_now=%4 path=%5 all_fits_now=%6 "
                            "fit_filter_matches=%7 preferred_ms=%8")
                 .arg(postings)
                 .arg(names.join(QLatin1Char(',')))
                 .arg(gap.postings)
                 .arg(gap.fitsNow)
                 .arg(gap.path.size())
                 .arg(gapAll.fitsNow)
                 .arg(fitMatches)
                 .arg(preferredMs, 0, 'f', 0)
          << Qt::endl;
    out() << QStringLiteral(
                 "postings=%1 gap_ms=%2 gap_all_ms=%3 fit_filter_ms=%4 gap_cpu_ms=%5 gap_all_cpu_ms=%6 "
                 "fit_filter_cpu_ms=%7")
                 .arg(postings)
                 .arg(gapMs, 0, 'f', 2)
                 .arg(gapAllMs, 0, 'f', 2)
                 .arg(fitFilterMs, 0, 'f', 2)
                 .arg(cpuMedians.at(0), 0, 'f', 2)
                 .arg(cpuMedians.at(1), 0, 'f', 2)
                 .arg(cpuMedians.at(2), 0, 'f', 2)
          << Qt::endl;
    return true;
}

// --writes: the JSON export of every posting and an append of appendedPostings, medians.
bool benchmarkWrites(const QString &path, int postings, quint32 seed, int runs, bool appendOnly)
{
    QTemporaryDir work(QFileInfo(path).absolutePath() + QStringLiteral("/writes-XXXXXX"));
    if (!work.isValid()) {
        err() << tr("Cannot create a folder beside %1.").arg(path) << Qt::endl;
        return false;
    }
    runs = std::min(runs, writeRuns);
    std::vector<double> loadDatasetMs, exportMs, appendMs;
    for (int run = 0; run < (appendOnly ? 0 : runs); ++run) {
        const auto loaded = load(path, PostingDatabase::Check::Deferred);
        if (!loaded)
            return false;
        std::vector<std::int64_t> ids;
        ids.reserve(std::size_t(loaded->store->size()));
        for (int row = 0; row < loaded->store->size(); ++row)
            ids.push_back(loaded->store->postingId(row));
        // Reading alone (every posting handed to a visitor that only counts it), then the export
        // as the app runs it: the postings streamed from the database into the file.
        QElapsedTimer timer;
        timer.start();
        qsizetype read = 0;
        loaded->database->forEachPosting(ids, [&read](const PostingRecord &) { ++read; });
        loadDatasetMs.push_back(elapsedMs(timer));
        timer.start();
        const PostingDatabase &database = *loaded->database;
        DatasetJsonWriter writer;
        if (!writer.writeFile(
                database.loadDatasetHeader(),
                [&database, &ids](const PostingVisitor &visit) { database.forEachPosting(ids, visit); },
                QDir(work.path()).filePath(QStringLiteral("export.json")))) {
            err() << writer.errorString() << Qt::endl;
            return false;
        }
        exportMs.push_back(elapsedMs(timer));
        if (read != qsizetype(ids.size()))
            err() << QStringLiteral("warning: %1 of %2 postings read").arg(read).arg(ids.size()) << Qt::endl;
        err() << QStringLiteral("run %1: load_dataset_ms=%2 export_json_ms=%3")
                     .arg(run + 1)
                     .arg(loadDatasetMs.back(), 0, 'f', 0)
                     .arg(exportMs.back(), 0, 'f', 0)
              << Qt::endl;
    }
    QFile::remove(QDir(work.path()).filePath(QStringLiteral("export.json")));

    // Other postings: the same generator with another seed (other source ids).
    Dataset additions = PostingGenerator(seed + 1).generate(appendedPostings);
    additions.salaryBands.clear();
    additions.skillFrequencies.clear();
    additions.figures.clear();
    const QString source = QDir(work.path()).filePath(QStringLiteral("additions.json"));
    const QString copy = QDir(work.path()).filePath(QStringLiteral("copy.sqlite"));
    DatasetJsonWriter sourceWriter;
    if (!sourceWriter.writeFile(additions, source)) {
        err() << sourceWriter.errorString() << Qt::endl;
        return false;
    }
    ImportSummary summary;
    for (int run = 0; run < runs; ++run) {
        QFile::remove(copy);
        if (!QFile::copy(path, copy)) {
            err() << tr("Cannot copy %1.").arg(path) << Qt::endl;
            return false;
        }
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        QElapsedTimer timer;
        timer.start();
        if (!PostingImporter::run(source, copy, {}, {}, summary, &error)) {
            err() << error << Qt::endl;
            return false;
        }
        appendMs.push_back(elapsedMs(timer));
        err() << QStringLiteral("run %1: append_10k_ms=%2").arg(run + 1).arg(appendMs.back(), 0, 'f', 0)
              << Qt::endl;
    }
    QFile::remove(copy);
    out() << QStringLiteral("postings=%1 load_dataset_ms=%2 export_json_ms=%3 append_10k_ms=%4 appended=%5 "
                            "duplicates=%6 runs=%7")
                 .arg(postings)
                 .arg(median(loadDatasetMs), 0, 'f', 0)
                 .arg(median(exportMs), 0, 'f', 0)
                 .arg(median(appendMs), 0, 'f', 0)
                 .arg(summary.imported)
                 .arg(summary.duplicates)
                 .arg(runs)
          << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jobexplorer-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Times loading and filtering generated posting databases, and compares with plain SQL."));
    parser.addHelpOption();
    const QCommandLineOption postingsOption(QStringLiteral("postings"),
                                            tr("Database sizes, comma-separated."), tr("N[,N...]"),
                                            QStringLiteral("10000,100000,1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        tr("Runs per measurement (loads of 1M: at most 3)."), tr("R"),
                                        QString::number(defaultRuns));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"), tr("Folder where generated databases are kept and reused."), tr("DIR"),
        QDir(QDir::tempPath()).filePath(QStringLiteral("jobexplorer-bench")));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Seed of the generator."), tr("S"),
                                        QString::number(defaultSeed));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"), tr("Also print where load time goes and check the empty filter in SQL."));
    const QCommandLineOption fullCheckOption(QStringLiteral("full-check"),
                                             tr("Include PRAGMA quick_check in load_ms (the app defers it to "
                                                "a background thread for large files)."));
    const QCommandLineOption rssOnlyOption(
        QStringLiteral("rss-only"), tr("Load FILE once and print the resident memory (arguments: N FILE)."));
    const QCommandLineOption engineOnlyOption(
        QStringLiteral("engine-only"),
        tr("Time only loading (once) and the engine's recomputes, and measure rss_mb; skip sorting, SQL "
           "and charts."));
    const QCommandLineOption filterOption(
        QStringLiteral("filter"),
        tr("Also time the recompute of this filter expression (repeatable; printed as a detail line)."),
        tr("EXPR"));
    const QCommandLineOption writesOption(
        QStringLiteral("writes"),
        tr("Time the JSON export of every posting and appending 10,000 postings (to a copy) instead."));
    const QCommandLineOption appendOnlyOption(QStringLiteral("append-only"),
                                              tr("With --writes: time only the append (export_json_ms 0)."));
    const QCommandLineOption gapOption(
        QStringLiteral("gap"),
        tr("Time a 10-skill client's skill gap, fit and learning path over the typical and the empty filter "
           "instead."));
    parser.addOptions({postingsOption, runsOption, keepOption, seedOption, verboseOption, fullCheckOption,
                       rssOnlyOption, engineOnlyOption, filterOption, writesOption, appendOnlyOption,
                       gapOption});
    parser.addPositionalArgument(QStringLiteral("N FILE"), tr("With --rss-only: the size and the database."));
    parser.process(app);

    if (parser.isSet(rssOnlyOption))
        return rssOnly(parser.positionalArguments());

    bool ok = true;
    const int runs = parser.value(runsOption).toInt(&ok);
    if (!ok || runs < 1) {
        err() << tr("--runs needs a positive number.") << Qt::endl;
        return 2;
    }
    const quint32 seed = parser.value(seedOption).toUInt(&ok);
    if (!ok) {
        err() << tr("--seed needs a number.") << Qt::endl;
        return 2;
    }
    std::vector<int> sizes;
    for (const QString &size : parser.value(postingsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int n = size.trimmed().toInt(&ok);
        if (!ok || n < 1) {
            err() << tr("--postings needs positive numbers, not \"%1\".").arg(size) << Qt::endl;
            return 2;
        }
        sizes.push_back(n);
    }
    const QString dir = parser.value(keepOption);
    if (!QDir().mkpath(dir)) {
        err() << tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir)) << Qt::endl;
        return 1;
    }

    for (const int postings : sizes) {
        const QString path = databaseFor(dir, postings, seed);
        const auto check =
            parser.isSet(fullCheckOption) ? PostingDatabase::Check::Full : PostingDatabase::Check::Deferred;
        if (!path.isEmpty() && parser.isSet(gapOption)) {
            if (!benchmarkGap(path, postings, runs))
                return 1;
            continue;
        }
        if (!path.isEmpty() && parser.isSet(writesOption)) {
            if (!benchmarkWrites(path, postings, seed, runs, parser.isSet(appendOnlyOption)))
                return 1;
            continue;
        }
        if (path.isEmpty() || !benchmark(path, postings, runs, check, parser.isSet(verboseOption),
                                         parser.isSet(engineOnlyOption), parser.values(filterOption)))
            return 1;
    }
    return 0;
}
