#include "BundledData.h"
#include "BundledDataset.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("jobexplorer"));
    QApplication::setApplicationName(QStringLiteral("jobexplorer"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Job Market Explorer"));
    QApplication::setApplicationVersion(QStringLiteral(JOBEXPLORER_VERSION));

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
    parser.process(app);

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
    return app.exec();
}
