#include "BatchExport.h"
#include "BundledData.h"
#include "BundledDataset.h"
#include "ChartExporter.h"
#include "CompareCommand.h"
#include "ComparisonChart.h"
#include "ImportCommand.h"
#include "MainWindow.h"
#include "RangeChart.h"
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

} // namespace

int main(int argc, char *argv[])
{
    if (needsNoWindow(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("jobexplorer"));
    QApplication::setApplicationName(QStringLiteral("jobexplorer"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Job Market Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(JOBEXPLORER_VERSION));
    // The desktop file name ties the window to its launcher and icon (Wayland, task bars).
    QApplication::setDesktopFileName(QStringLiteral(JOBEXPLORER_APP_ID));
    QApplication::setWindowIcon(QIcon(jobexplorer::resources::applicationIconFile()));

    // The language asked for, else the one chosen last time, else the system's. Its locale
    // formats numbers and money (English without a configured locale: "$179,400", not "179,400$").
    const QString requestedLanguage = languageArgument(argc, argv);
    QString language =
        requestedLanguage.isEmpty() ? jobexplorer::settings::language.value() : requestedLanguage;
    if (!jobexplorer::Translations::isAvailable(language))
        language = jobexplorer::Translations::systemLanguage();
    jobexplorer::Translations::install(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Explore a database of job postings: filter, compare salary bands, export."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("database"),
        QApplication::translate("main", "The posting database to open. Without one, the window reopens the "
                                        "last database and commands use the bundled dataset."),
        QStringLiteral("[DATABASE]"));
    const QCommandLineOption filterOption(
        QStringLiteral("filter"),
        QApplication::translate(
            "main", "Start with this filter, e.g. \"seniority:senior skill:kubernetes salary>=150k\"."),
        QApplication::translate("main", "EXPR"));
    parser.addOption(filterOption);
    QStringList languageCodes;
    for (const jobexplorer::Translations::Language &entry : jobexplorer::Translations::available())
        languageCodes << entry.code;
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate(
            "main", "The language of the program: %1 (default: as last chosen, else the system's).")
            .arg(languageCodes.join(QLatin1String(", "))),
        QApplication::translate("main", "CODE"));
    parser.addOption(languageOption);
    const QCommandLineOption csvOption(
        QStringLiteral("export-csv"),
        QApplication::translate("main", "Write the matching postings as CSV to FILE, without a window."),
        QApplication::translate("main", "FILE"));
    const QCommandLineOption jsonOption(
        QStringLiteral("export-json"),
        QApplication::translate(
            "main", "Write the matching postings as JSON (dataset format) to FILE, without a window."),
        QApplication::translate("main", "FILE"));
    const QCommandLineOption chartOption(
        QStringLiteral("export-chart"),
        QApplication::translate(
            "main", "Write a chart with its caption to FILE (.png, .svg or .pdf), without a window. "
                    "KIND: skills, seniority, roles, workmode, types, locations, salary or bands. "
                    "Repeatable."),
        QApplication::translate("main", "KIND=FILE"));
    const QCommandLineOption chartSizeOption(
        QStringLiteral("chart-size"),
        QApplication::translate("main", "Pixel size of exported charts (default 1600x1000)."),
        QApplication::translate("main", "WxH"));
    parser.addOption(csvOption);
    parser.addOption(jsonOption);
    const QCommandLineOption compareOption(
        QStringLiteral("compare"),
        QApplication::translate("main",
                                "Compare cohorts without a window (2 to 6, repeat the option): print each "
                                "one's figures; with --export-csv write one row per cohort. The name ends "
                                "at the first \"=\", e.g. \"High=salary>=230k\"."),
        QApplication::translate("main", "NAME=EXPR"));
    const QCommandLineOption compareBandOption(
        QStringLiteral("compare-band"),
        QApplication::translate("main",
                                "Add a published salary band to the comparison as a cohort, e.g. senior "
                                "or staff:total."),
        QApplication::translate("main", "LEVEL[:PAY]"));
    const QCommandLineOption importOption(
        QStringLiteral("import"),
        QApplication::translate("main",
                                "Import the postings in FILE (CSV or JSON) into DATABASE, creating it or "
                                "appending to it, without a window."),
        QApplication::translate("main", "FILE"));
    const QCommandLineOption mappingOption(
        QStringLiteral("mapping"),
        QApplication::translate("main",
                                "With --import: the column mapping, a preset (linkedin, lightcast, "
                                "jobexplorer) or a saved mapping file; chosen by the header when omitted."),
        QApplication::translate("main", "NAME|FILE"));
    const QCommandLineOption abortOption(
        QStringLiteral("abort-on-bad-row"),
        QApplication::translate("main",
                                "With --import: import nothing when a row is rejected (rejected rows are "
                                "skipped otherwise)."));
    parser.addOption(importOption);
    parser.addOption(mappingOption);
    parser.addOption(abortOption);
    parser.addOption(chartOption);
    parser.addOption(chartSizeOption);
    parser.addOption(compareOption);
    parser.addOption(compareBandOption);
    parser.process(app);
    if (!requestedLanguage.isEmpty() && !jobexplorer::Translations::isAvailable(requestedLanguage)) {
        QTextStream(stderr) << QApplication::translate("main", "Unknown language \"%1\": choose one of %2.")
                                   .arg(requestedLanguage, languageCodes.join(QLatin1String(", ")))
                            << Qt::endl;
        return 1;
    }

    if (parser.isSet(importOption)) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return jobexplorer::ImportCommand::run({parser.value(importOption), parser.value(mappingOption),
                                                parser.positionalArguments().value(0),
                                                parser.isSet(abortOption)},
                                               out, err);
    }

    if (parser.isSet(compareOption) || parser.isSet(compareBandOption)) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        jobexplorer::CompareCommand command({parser.positionalArguments().value(0),
                                             parser.values(compareOption), parser.values(compareBandOption),
                                             parser.value(csvOption), parser.value(filterOption),
                                             parser.value(jsonOption)});
        // --export-chart compare=FILE: the comparison chart with its caption.
        for (const QString &request : parser.values(chartOption)) {
            const QString fileName = request.section(QLatin1Char('='), 1);
            if (!request.startsWith(QLatin1String("compare=")) || fileName.isEmpty()) {
                err << QApplication::translate(
                           "main", "With --compare, --export-chart takes compare=FILE; got \"%1\".")
                           .arg(request)
                    << Qt::endl;
                return 1;
            }
            const QString size = parser.value(chartSizeOption);
            command.addWriter([fileName, size, &out](const jobexplorer::Workspace &workspace,
                                                     const jobexplorer::Comparison &comparison,
                                                     QString *error) {
                // An invalid size gives 0×0, which the exporter refuses with a message.
                const QSize pixels = size.isEmpty()
                                         ? jobexplorer::ChartExporter::defaultSize
                                         : jobexplorer::ChartExporter::parseSize(size).value_or(QSize());
                const auto exporter = jobexplorer::ComparisonChart::exporter(workspace, comparison);
                if (!exporter->writeFile(fileName, pixels)) {
                    *error = exporter->errorString();
                    return false;
                }
                out << QApplication::translate("main", "Wrote %1").arg(QDir::toNativeSeparators(fileName))
                    << Qt::endl;
                return true;
            });
        }
        return command.run(out, err);
    }

    if (parser.isSet(csvOption) || parser.isSet(jsonOption) || parser.isSet(chartOption)) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return jobexplorer::BatchExport::run(
            {parser.positionalArguments().value(0), parser.value(filterOption), parser.value(csvOption),
             parser.value(jsonOption), parser.values(chartOption), parser.value(chartSizeOption)},
            out, err);
    }

    auto *window = new jobexplorer::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();

    const QStringList arguments = parser.positionalArguments();
    if (!arguments.isEmpty()) {
        window->openDatabase(arguments.constFirst());
    } else {
        // The database open when the program last closed, else the bundled dataset (always
        // rebuilt from the program's own data, never a stale copy of it).
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
    if (parser.isSet(filterOption) && window->workspace()->isOpen()) {
        jobexplorer::FilterExpression::Error error;
        if (!window->workspace()->setFilterExpression(parser.value(filterOption), &error)) {
            QMessageBox::warning(
                window, window->windowTitle(),
                QApplication::translate("main", "The filter was not applied: %1").arg(error.message));
        }
    }
    return app.exec();
}
