#include "BatchExport.h"
#include "BundledData.h"
#include "BundledDataset.h"
#include "ChartExporter.h"
#include "CompareCommand.h"
#include "ComparisonChart.h"
#include "ImportCommand.h"
#include "MainWindow.h"
#include "RangeChart.h"
#include "Report.h"
#include "Settings.h"
#include "Translations.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>

namespace {

// --help, --version, the exports and the import run without a window: they must work without a display,
// over ssh or in CI.
bool needsNoWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v" ||
            argument == "--version" || argument.startsWith("--export-") || argument.startsWith("--compare") ||
            argument.startsWith("--report-title") || argument.startsWith("--page-size") ||
            argument == "--import" || argument.startsWith("--import="))
            return true;
    }
    return false;
}

// The value of --language CODE or --language=CODE, read before the parser so that --help itself
// speaks that language.
QString languageArgument(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--language" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (argument.startsWith("--language="))
            return QString::fromLocal8Bit(argument.mid(11));
    }
    return {};
}

// The options of the command line. Their help texts are translated when made: the language is
// installed first.
struct CommandLineOptions
{
    QCommandLineOption filter;
    QCommandLineOption language;
    QCommandLineOption csv;
    QCommandLineOption json;
    QCommandLineOption chart;
    QCommandLineOption chartSize;
    QCommandLineOption report;
    QCommandLineOption reportTitle;
    QCommandLineOption pageSize;
    QCommandLineOption compare;
    QCommandLineOption compareBand;
    QCommandLineOption import;
    QCommandLineOption mapping;
    QCommandLineOption abort;
    QCommandLineOption client;
    QCommandLineOption clientSkills;
    QCommandLineOption gap;
    QCommandLineOption withoutClientName;
};

void describeApplication()
{
    QApplication::setOrganizationName(QStringLiteral("jobexplorer"));
    QApplication::setApplicationName(QStringLiteral("jobexplorer"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Job Market Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(JOBEXPLORER_VERSION));
    // The desktop file name ties the window to its launcher and icon (Wayland, task bars).
    QApplication::setDesktopFileName(QStringLiteral(JOBEXPLORER_APP_ID));
    QApplication::setWindowIcon(QIcon(jobexplorer::resources::applicationIconFile()));
}

// The language asked for, else the one chosen last time, else the system's. Its locale formats
// numbers and money (English without a configured locale: "$179,400", not "179,400$").
void installLanguage(const QString &requestedLanguage)
{
    QString language =
        requestedLanguage.isEmpty() ? jobexplorer::settings::language.value() : requestedLanguage;
    if (!jobexplorer::Translations::isAvailable(language))
        language = jobexplorer::Translations::systemLanguage();
    jobexplorer::Translations::install(language);
}

QStringList languageCodes()
{
    QStringList codes;
    for (const jobexplorer::Translations::Language &entry : jobexplorer::Translations::available())
        codes << entry.code;
    return codes;
}

CommandLineOptions makeOptions()
{
    return {
        QCommandLineOption(
            QStringLiteral("filter"),
            QApplication::translate(
                "main", "Start with this filter, e.g. \"seniority:senior skill:kubernetes salary>=150k\"."),
            QApplication::translate("main", "EXPR")),
        QCommandLineOption(
            QStringLiteral("language"),
            QApplication::translate(
                "main", "The language of the program: %1 (default: as last chosen, else the system's).")
                .arg(languageCodes().join(QLatin1String(", "))),
            QApplication::translate("main", "CODE")),
        QCommandLineOption(
            QStringLiteral("export-csv"),
            QApplication::translate("main", "Write the matching postings as CSV to FILE, without a window."),
            QApplication::translate("main", "FILE")),
        QCommandLineOption(
            QStringLiteral("export-json"),
            QApplication::translate(
                "main", "Write the matching postings as JSON (dataset format) to FILE, without a window."),
            QApplication::translate("main", "FILE")),
        QCommandLineOption(
            QStringLiteral("export-chart"),
            QApplication::translate(
                "main", "Write a chart with its caption to FILE (.png, .svg or .pdf), without a window. "
                        "KIND: skills, seniority, roles, workmode, types, locations, salary, bands or gap "
                        "(with a client). "
                        "Repeatable."),
            QApplication::translate("main", "KIND=FILE")),
        QCommandLineOption(
            QStringLiteral("chart-size"),
            QApplication::translate("main", "Pixel size of exported charts (default 1600x1000)."),
            QApplication::translate("main", "WxH")),
        QCommandLineOption(
            QStringLiteral("export-report"),
            QApplication::translate("main",
                                    "Write a report of the matching postings (or of the cohorts compared) to "
                                    "FILE, without a window: .pdf, .odt (LibreOffice, Word) or .html."),
            QApplication::translate("main", "FILE")),
        QCommandLineOption(QStringLiteral("report-title"),
                           QApplication::translate("main", "With --export-report: the report's title."),
                           QApplication::translate("main", "TEXT")),
        QCommandLineOption(
            QStringLiteral("page-size"),
            QApplication::translate("main",
                                    "With --export-report: the paper of a PDF report, A4 or Letter (default: "
                                    "as the language's country uses)."),
            QApplication::translate("main", "A4|Letter")),
        QCommandLineOption(QStringLiteral("compare"),
                           QApplication::translate(
                               "main",
                               "Compare cohorts without a window (2 to 6, repeat the option): print each "
                               "one's figures; with --export-csv write one row per cohort. The name ends "
                               "at the first \"=\", e.g. \"High=salary>=230k\"."),
                           QApplication::translate("main", "NAME=EXPR")),
        QCommandLineOption(
            QStringLiteral("compare-band"),
            QApplication::translate("main",
                                    "Add a published salary band to the comparison as a cohort, e.g. senior "
                                    "or staff:total."),
            QApplication::translate("main", "LEVEL[:PAY]")),
        QCommandLineOption(
            QStringLiteral("import"),
            QApplication::translate("main",
                                    "Import the postings in FILE (CSV or JSON) into DATABASE, creating it or "
                                    "appending to it, without a window."),
            QApplication::translate("main", "FILE")),
        QCommandLineOption(QStringLiteral("mapping"),
                           QApplication::translate(
                               "main",
                               "With --import: the column mapping, a preset (linkedin, lightcast, "
                               "jobexplorer) or a saved mapping file; chosen by the header when omitted."),
                           QApplication::translate("main", "NAME|FILE")),
        QCommandLineOption(
            QStringLiteral("abort-on-bad-row"),
            QApplication::translate("main",
                                    "With --import: import nothing when a row is rejected (rejected rows are "
                                    "skipped otherwise).")),
        QCommandLineOption(QStringLiteral("client"),
                           QApplication::translate(
                               "main", "The client (a client file of one, as exported from the Client "
                                       "panel): the CSV gains a Fit column and the gap can be exported."),
                           QApplication::translate("main", "FILE.json")),
        QCommandLineOption(QStringLiteral("client-skills"),
                           QApplication::translate(
                               "main", "An unsaved client with these skills (names or aliases, separated "
                                       "by commas), e.g. \"Python,Docker,AWS\"."),
                           QApplication::translate("main", "SKILLS")),
        QCommandLineOption(
            QStringLiteral("export-gap"),
            QApplication::translate("main", "Write the client's skill gap over the matching postings as CSV "
                                            "(skill,category,postings,share,status,unlocks)."),
            QApplication::translate("main", "FILE")),
        QCommandLineOption(
            QStringLiteral("caption-without-client-name"),
            QApplication::translate(
                "main", "Leave the client's name out of the gap chart's caption and the report.")),
    };
}

// The description, the database argument and the options, in the order --help lists them.
void defineCommandLine(QCommandLineParser &parser, const CommandLineOptions &options)
{
    parser.setApplicationDescription(QApplication::translate(
        "main", "Explore a database of job postings: filter, compare salary bands, export."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("database"),
        QApplication::translate("main", "The posting database to open. Without one, the window reopens the "
                                        "last database and commands use the bundled dataset."),
        QStringLiteral("[DATABASE]"));
    for (const QCommandLineOption *option :
         {&options.filter, &options.language, &options.csv, &options.json, &options.import, &options.mapping,
          &options.abort, &options.chart, &options.chartSize, &options.report, &options.reportTitle,
          &options.pageSize, &options.compare, &options.compareBand, &options.client, &options.clientSkills,
          &options.gap, &options.withoutClientName})
        parser.addOption(*option);
}

int runImport(const QCommandLineParser &parser, const CommandLineOptions &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return jobexplorer::ImportCommand::run({parser.value(options.import), parser.value(options.mapping),
                                            parser.positionalArguments().value(0),
                                            parser.isSet(options.abort)},
                                           out, err);
}

// --export-chart compare=FILE: writes the comparison chart with its caption.
jobexplorer::CompareCommand::Writer comparisonChartWriter(const QString &fileName, const QString &size,
                                                          QTextStream &out)
{
    return [fileName, size, &out](jobexplorer::Workspace &workspace,
                                  const jobexplorer::Comparison &comparison, QString *error) {
        // An invalid size gives 0×0, which the exporter refuses with a message.
        const QSize pixels = size.isEmpty() ? jobexplorer::ChartExporter::defaultSize
                                            : jobexplorer::ChartExporter::parseSize(size).value_or(QSize());
        const auto exporter = jobexplorer::ComparisonChart::exporter(workspace, comparison);
        if (!exporter->writeFile(fileName, pixels)) {
            *error = exporter->errorString();
            return false;
        }
        out << QApplication::translate("main", "Wrote %1").arg(QDir::toNativeSeparators(fileName))
            << Qt::endl;
        return true;
    };
}

// --export-report FILE with --compare: writes the report with the comparison as its salary section.
jobexplorer::CompareCommand::Writer comparisonReportWriter(const QString &fileName, const QString &title,
                                                           const QPageSize &pageSize, QTextStream &out)
{
    return [fileName, title, pageSize, &out](jobexplorer::Workspace &workspace,
                                             const jobexplorer::Comparison &comparison, QString *error) {
        jobexplorer::Report::Options reportOptions{title};
        reportOptions.comparison = comparison;
        jobexplorer::Report report(workspace, std::move(reportOptions));
        if (!report.writeFile(fileName, pageSize)) {
            *error = report.errorString();
            return false;
        }
        out << QApplication::translate("main", "Wrote %1").arg(QDir::toNativeSeparators(fileName))
            << Qt::endl;
        return true;
    };
}

int runCompare(const QCommandLineParser &parser, const CommandLineOptions &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QPageSize pageSize;
    if (parser.isSet(options.report) &&
        !jobexplorer::BatchExport::checkReport(parser.value(options.report), parser.value(options.pageSize),
                                               pageSize, err))
        return 1;
    jobexplorer::CompareCommand command({parser.positionalArguments().value(0),
                                         parser.values(options.compare), parser.values(options.compareBand),
                                         parser.value(options.csv), parser.value(options.filter),
                                         parser.value(options.json)});
    for (const QString &request : parser.values(options.chart)) {
        const QString fileName = request.section(QLatin1Char('='), 1);
        if (!request.startsWith(QLatin1String("compare=")) || fileName.isEmpty()) {
            err << QApplication::translate("main",
                                           "With --compare, --export-chart takes compare=FILE; got \"%1\".")
                       .arg(request)
                << Qt::endl;
            return 1;
        }
        command.addWriter(comparisonChartWriter(fileName, parser.value(options.chartSize), out));
    }
    if (parser.isSet(options.report))
        command.addWriter(comparisonReportWriter(parser.value(options.report),
                                                 parser.value(options.reportTitle), pageSize, out));
    return command.run(out, err);
}

int runBatchExport(const QCommandLineParser &parser, const CommandLineOptions &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return jobexplorer::BatchExport::run(
        {parser.positionalArguments().value(0), parser.value(options.filter), parser.value(options.csv),
         parser.value(options.json), parser.values(options.chart), parser.value(options.chartSize),
         parser.value(options.report), parser.value(options.reportTitle), parser.value(options.pageSize),
         parser.value(options.client), parser.value(options.clientSkills), parser.value(options.gap),
         !parser.isSet(options.withoutClientName)},
        out, err);
}

// The database named on the command line, else the one open when the program last closed, else
// the bundled dataset (always rebuilt from the program's own data, never a stale copy of it).
void openStartDatabase(jobexplorer::MainWindow *window, const QStringList &arguments)
{
    if (!arguments.isEmpty()) {
        window->openDatabase(arguments.constFirst());
        return;
    }
    const QString last = jobexplorer::settings::lastDatabase.value();
    const bool lastIsBundled = QFileInfo(last).fileName().startsWith(QLatin1String("bundled-"));
    const bool opened =
        !last.isEmpty() && !lastIsBundled && QFileInfo::exists(last) && window->openDatabase(last);
    if (!opened) {
        QString error;
        const QString bundled = jobexplorer::BundledDataset::ensureDatabase(
            jobexplorer::resources::bundledDatasetFiles(), &error);
        if (bundled.isEmpty())
            QMessageBox::warning(window, window->windowTitle(), error);
        else
            window->openDatabase(bundled);
    }
}

int runWindow(const QCommandLineParser &parser, const CommandLineOptions &options)
{
    auto *window = new jobexplorer::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();

    openStartDatabase(window, parser.positionalArguments());
    if (parser.isSet(options.filter) && window->workspace()->isOpen()) {
        jobexplorer::FilterExpression::Error error;
        if (!window->workspace()->setFilterExpression(parser.value(options.filter), &error)) {
            QMessageBox::warning(
                window, window->windowTitle(),
                QApplication::translate("main", "The filter was not applied: %1").arg(error.message));
        }
    }
    return QApplication::exec();
}

} // namespace

// An empty file name ("") is a mistake in a script (an unset variable, say): it must not mean
// "no file" or "the bundled data". Returns the message for the first one, or an empty string.
QString emptyFileName(const QCommandLineParser &parser, const CommandLineOptions &options)
{
    for (const QCommandLineOption *option : {&options.csv, &options.json, &options.report, &options.import,
                                             &options.mapping, &options.client, &options.gap}) {
        if (parser.isSet(*option) && parser.values(*option).contains(QString()))
            return QApplication::translate("main", "--%1 needs a file name; it was given an empty one.")
                .arg(option->names().constLast());
    }
    if (parser.positionalArguments().contains(QString()))
        return QApplication::translate("main", "The database file name is empty.");
    return {};
}

int main(int argc, char *argv[])
{
    if (needsNoWindow(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    describeApplication();
    const QString requestedLanguage = languageArgument(argc, argv);
    installLanguage(requestedLanguage);

    QCommandLineParser parser;
    const CommandLineOptions options = makeOptions();
    defineCommandLine(parser, options);
    parser.process(app);
    if (!requestedLanguage.isEmpty() && !jobexplorer::Translations::isAvailable(requestedLanguage)) {
        QTextStream(stderr) << QApplication::translate("main", "Unknown language \"%1\": choose one of %2.")
                                   .arg(requestedLanguage, languageCodes().join(QLatin1String(", ")))
                            << Qt::endl;
        return 1;
    }

    if (const QString problem = emptyFileName(parser, options); !problem.isEmpty()) {
        QTextStream(stderr) << problem << Qt::endl;
        return 1;
    }
    if ((parser.isSet(options.reportTitle) || parser.isSet(options.pageSize)) &&
        !parser.isSet(options.report)) {
        QTextStream(stderr) << QApplication::translate(
                                   "main", "--report-title and --page-size go with --export-report.")
                            << Qt::endl;
        return 1;
    }
    if (parser.isSet(options.import))
        return runImport(parser, options);
    if (parser.isSet(options.compare) || parser.isSet(options.compareBand))
        return runCompare(parser, options);
    if (parser.isSet(options.csv) || parser.isSet(options.json) || parser.isSet(options.chart) ||
        parser.isSet(options.report) || parser.isSet(options.gap))
        return runBatchExport(parser, options);
    return runWindow(parser, options);
}
