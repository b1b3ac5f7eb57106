// jobexplorer-uibench: how long the real window takes from a filter change to a repainted
// window, on a database file (e.g. one that jobexplorer-bench generated).
//
//   jobexplorer-uibench FILE [--filter EXPR] [--chart KIND] [--runs N]
//
// Opens FILE in the main window (1400×820, offscreen unless a display is asked for), then
// alternates N times between the filter and no filter. Each change is timed from
// Workspace::setFilter() until the events it posted are handled and the whole window is painted
// again (QWidget::grab() paints every visible widget, as a repaint after a change would). Prints
// the medians as one key=value line: filter_ms (to the filter), clear_ms (back to no filter),
// and paint_ms (the painting part of filter_ms).
//
// With --client-skills "A,B,…" a client with those skills is created in the Client panel and
// chosen first (and deleted at the end), so that the times include the Fit column, the fit
// summary and the learning path (issue 16); compare with the same run without it.

#include "Client.h"
#include "ClientPanel.h"
#include "FilterEngine.h"
#include "FilterExpression.h"
#include "MainWindow.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTabWidget>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace jobexplorer;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// Handles what the change posted. Deferred deletions too: outside QApplication::exec() Qt
// keeps them, and the items a chart replaces would pile up.
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Settings of its own: the window remembers the file it opened, which must not become
    // the app's last database.
    QApplication::setOrganizationName(QStringLiteral("jobexplorer-bench"));
    QApplication::setApplicationName(QStringLiteral("jobexplorer-uibench"));
    QTextStream out(stdout), err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times a filter change in the main window, from the change "
                       "to a repainted window."));
    parser.addHelpOption();
    const QCommandLineOption filterOption(
        QStringLiteral("filter"),
        QStringLiteral("The filter to switch to (default: the benchmark's typical filter)."),
        QStringLiteral("EXPR"),
        QStringLiteral("seniority:senior,staff skill:kubernetes skill:python "
                       "location:\"San Francisco Bay Area\",Seattle"));
    const QCommandLineOption chartOption(QStringLiteral("chart"),
                                         QStringLiteral("The chart tab on show: its position, 0 for Skills."),
                                         QStringLiteral("INDEX"), QStringLiteral("0"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Changes each way."),
                                        QStringLiteral("N"), QStringLiteral("15"));
    const QCommandLineOption clientOption(QStringLiteral("client-skills"),
                                          QStringLiteral("Choose a client with these skills first."),
                                          QStringLiteral("SKILLS"));
    parser.addOptions({filterOption, chartOption, runsOption, clientOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The database."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        err << "Give one database file.\n";
        return 2;
    }
    const int runs = std::max(1, parser.value(runsOption).toInt());

    MainWindow window;
    window.resize(1400, 820);
    window.show();
    if (!window.openDatabase(parser.positionalArguments().constFirst()))
        return 1; // the window has said why
    if (auto *charts = window.findChild<QTabWidget *>(QStringLiteral("chartTabs")))
        charts->setCurrentIndex(parser.value(chartOption).toInt());
    for (int i = 0; i < 10; ++i)
        settle();

    Workspace *workspace = window.workspace();
    if (parser.isSet(clientOption)) {
        QString problem;
        const std::optional<Client> client =
            Client::fromSkillList(parser.value(clientOption), *workspace->store(), &problem);
        if (!client) {
            err << "--client-skills: " << problem << '\n';
            return 2;
        }
        QStringList names;
        for (const ClientSkill &skill : client->skills)
            names << skill.name;
        window.clientPanel()->createClient();
        window.clientPanel()->addSkills(names);
        settle();
    }
    FilterExpression::Error error;
    const std::optional<Filter> filter =
        FilterExpression::parse(parser.value(filterOption), *workspace->engine(), &error);
    if (!filter) {
        err << "--filter: " << error.message << '\n';
        return 2;
    }

    std::vector<double> filterMs, clearMs, paintMs;
    auto change = [&](const Filter &to, std::vector<double> &times, std::vector<double> *painting) {
        QElapsedTimer timer;
        timer.start();
        workspace->setFilter(to);
        settle();
        const qint64 handled = timer.nsecsElapsed();
        (void)window.grab();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (painting)
            painting->push_back(double(timer.nsecsElapsed() - handled) / 1e6);
    };
    change(*filter, filterMs, nullptr); // warm up: first layouts and glyphs
    change(Filter{}, clearMs, nullptr);
    filterMs.clear();
    clearMs.clear();
    for (int i = 0; i < runs; ++i) {
        change(*filter, filterMs, &paintMs);
        change(Filter{}, clearMs, nullptr);
    }
    out << QStringLiteral("postings=%1 matches=%2 filter_ms=%3 clear_ms=%4 paint_ms=%5")
               .arg(workspace->store()->size())
               .arg(workspace->engine()->evaluate(*filter).matchCount())
               .arg(median(filterMs), 0, 'f', 1)
               .arg(median(clearMs), 0, 'f', 1)
               .arg(median(paintMs), 0, 'f', 1)
        << Qt::endl;
    if (parser.isSet(clientOption))
        window.clientPanel()->deleteClient(false);
    return 0;
}
