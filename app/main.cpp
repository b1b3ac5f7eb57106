#include "BatchExport.h"
#include "BundledData.h"
#include "BundledDataset.h"
#include "CompareCommand.h"
#include "ImportCommand.h"
#include "MainWindow.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
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
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v"
            || argument == "--version" || argument.startsWith("--export-") || argument.startsWith("--compare")
            || argument == "--import" || argument.startsWith("--import="))
            return true;
    }
    return false;
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

    // Without a configured locale ("C"), format numbers and money as US English, not as "179,400$".
    if (QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Explore a database of job postings: filter, compare salary bands, export."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("database"),
        QApplication::translate("main", "The posting database to open (the bundled dataset when omitted)."),
        QStringLiteral("[DATABASE]"));
    const QCommandLineOption filterOption(
        QStringLiteral("filter"),
        QApplication::translate("main", "Start with this filter, e.g. \"seniority:senior skill:kubernetes salary>=150k\"."),
        QApplication::translate("main", "EXPR"));
    parser.addOption(filterOption);
    const QCommandLineOption csvOption(
        QStringLiteral("export-csv"),
        QApplication::translate("main", "Write the matching postings as CSV to FILE, without a window."),
        QApplication::translate("main", "FILE"));
    const QCommandLineOption jsonOption(
        QStringLiteral("export-json"),
        QApplication::translate("main", "Write the matching postings as JSON (dataset format) to FILE, without a window."),
        QApplication::translate("main", "FILE"));
    const QCommandLineOption chartOption(
        QStringLiteral("export-chart"),
        QApplication::translate("main", "Write a chart with its caption to FILE (.png, .svg or .pdf), without a window. "
                                        "KIND: skills, seniority, roles, workmode, types, locations or salary. "
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
        QApplication::translate("main", "Compare cohorts without a window (2 to 6, repeat the option): print each "
                                        "one's figures; with --export-csv write one row per cohort. The name ends "
                                        "at the first \"=\", e.g. \"High=salary>=230k\"."),
        QApplication::translate("main", "NAME=EXPR"));
    const QCommandLineOption compareBandOption(
        QStringLiteral("compare-band"),
        QApplication::translate("main", "Add a published salary band to the comparison as a cohort, e.g. senior "
                                        "or staff:total."),
        QApplication::translate("main", "LEVEL[:PAY]"));
    const QCommandLineOption importOption(
        QStringLiteral("import"),
        QApplication::translate("main", "Import the postings in FILE (CSV or JSON) into DATABASE, creating it or "
                                        "appending to it, without a window."),
        QApplication::translate("main", "FILE"));
    const QCommandLineOption mappingOption(
        QStringLiteral("mapping"),
        QApplication::translate("main", "With --import: the column mapping, a preset (linkedin, lightcast, "
                                        "jobexplorer) or a saved mapping file; chosen by the header when omitted."),
        QApplication::translate("main", "NAME|FILE"));
    const QCommandLineOption abortOption(
        QStringLiteral("abort-on-bad-row"),
        QApplication::translate("main", "With --import: import nothing when a row is rejected (rejected rows are "
                                        "skipped otherwise)."));
    parser.addOption(importOption);
    parser.addOption(mappingOption);
    parser.addOption(abortOption);
    parser.addOption(chartOption);
    parser.addOption(chartSizeOption);
    parser.addOption(compareOption);
    parser.addOption(compareBandOption);
    parser.process(app);

    if (parser.isSet(importOption)) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return jobexplorer::ImportCommand::run({parser.value(importOption), parser.value(mappingOption),
                                                parser.positionalArguments().value(0), parser.isSet(abortOption)},
                                               out, err);
    }

    if (parser.isSet(compareOption) || parser.isSet(compareBandOption)) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        jobexplorer::CompareCommand command({parser.positionalArguments().value(0), parser.values(compareOption),
                                             parser.values(compareBandOption), parser.value(csvOption),
                                             parser.value(filterOption), parser.value(jsonOption)});
        return command.run(out, err);
    }

    if (parser.isSet(csvOption) || parser.isSet(jsonOption) || parser.isSet(chartOption)) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return jobexplorer::BatchExport::run({parser.positionalArguments().value(0), parser.value(filterOption),
                                              parser.value(csvOption), parser.value(jsonOption),
                                              parser.values(chartOption), parser.value(chartSizeOption)},
                                             out, err);
    }

    jobexplorer::MainWindow window;
    window.show();

    const QStringList arguments = parser.positionalArguments();
    if (!arguments.isEmpty()) {
        window.openDatabase(arguments.constFirst());
    } else {
        QString error;
        const QString bundled =
            jobexplorer::BundledDataset::ensureDatabase(jobexplorer::resources::bundledDatasetFiles(), &error);
        if (bundled.isEmpty())
            QMessageBox::warning(&window, window.windowTitle(), error);
        else
            window.openDatabase(bundled);
    }
    if (parser.isSet(filterOption) && window.workspace()->isOpen()) {
        jobexplorer::FilterExpression::Error error;
        if (!window.workspace()->setFilterExpression(parser.value(filterOption), &error)) {
            QMessageBox::warning(&window, window.windowTitle(),
                                 QApplication::translate("main", "The filter was not applied: %1").arg(error.message));
        }
    }
    return app.exec();
}
