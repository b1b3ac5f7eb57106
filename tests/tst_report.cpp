#include "BundledData.h"
#include "BundledDataset.h"
#include "Client.h"
#include "ClientReportSection.h"
#include "RandomDataset.h"
#include "Report.h"
#include "ReportActions.h"
#include "ReportCursor.h"
#include "ReportSection.h"
#include "SmallDisk.h"
#include "TestDatabase.h"
#include "Translations.h"
#include "Workspace.h"

#include <QDir>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

using namespace jobexplorer;

// The counselor's handout (issue 17) on the bundled dataset, read back as a user's programs
// read it: the PDF through poppler's pdftotext, pdfinfo and pdfimages, the ODT as the zip it
// is, the HTML parsed. The salary figures are worked out by hand from the report's four
// postings with a salary (annual USD midpoints 180,000, 201,825, 209,750 and 249,750): median
// 205,787.5, quartiles (type 7) 196,368.75 and 219,750.
class tst_Report : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void shouldPrintWhatIsOnScreenOnOneToThreePages_data();
    void shouldPrintWhatIsOnScreenOnOneToThreePages();
    void shouldDrawChartsAsVectorsNotPictures();
    void shouldShowTheComparedCohortsInsteadOfTheBands();
    void shouldSpeakTheUsersLanguage();
    void shouldWriteAnOdtDocumentWithTheSameText();
    void shouldWriteHtmlThatParsesWithItsChartsInside();
    void shouldAddSectionsAfterTheStandardOnes();
    void shouldWriteTheClientsSection_data();
    void shouldWriteTheClientsSection();
    void shouldWriteNoClientSectionWithoutAClient();
    void shouldLinkThePostingsTheClientFitsToTheirPages();
    void shouldDrawEveryHeadingAfterOneMovedToTheNextPage();
    void shouldFitManyThousandPostingsOnThreePages();
    void shouldLeaveNoFileWhenItCannotBeWritten_data();
    void shouldLeaveNoFileWhenItCannotBeWritten();
    void shouldKeepTheOldFileWhenTheDiskIsFull();
    void shouldPreviewThePagesThatPrint();
    void shouldChoosePaperByCountry_data();
    void shouldChoosePaperByCountry();

private:
    // Runs a poppler tool on file; fails the test when it is missing or fails.
    static QString run(const QString &program, const QStringList &arguments);
    // pdftotext's text with runs of white space as one space.
    static QString pdfText(const QString &file);
    static int pdfPages(const QString &file);
    QString write(Report &report, const QString &name, const QPageSize &size = QPageSize(QPageSize::A4));

    QTemporaryDir m_dir;
    QString m_bundled;
    Workspace m_workspace;
};

void tst_Report::initTestCase()
{
    QVERIFY(Translations::install(QStringLiteral("en")));
    QString error;
    m_bundled = BundledDataset::ensureDatabase(resources::bundledDatasetFiles(), m_dir.path(), &error);
    QVERIFY2(!m_bundled.isEmpty(), qPrintable(error));
    QVERIFY2(m_workspace.open(m_bundled), qPrintable(m_workspace.errorString()));
}

void tst_Report::init()
{
    m_workspace.clearFilter();
    m_workspace.setClientSkills(std::nullopt);
    m_workspace.setFitThreshold(Fit::defaultThreshold);
}

QString tst_Report::run(const QString &program, const QStringList &arguments)
{
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        QTest::qFail(
            qPrintable(program + QStringLiteral(" is missing: .ci/setup installs poppler-utils and unzip")),
            __FILE__, __LINE__);
        return {};
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        QTest::qFail(qPrintable(program + QStringLiteral(" failed: ") +
                                QString::fromUtf8(process.readAllStandardError())),
                     __FILE__, __LINE__);
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString tst_Report::pdfText(const QString &file)
{
    // As a PDF viewer's search sees it: ligatures ("ﬁ") as their letters.
    return run(QStringLiteral("pdftotext"), {file, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

int tst_Report::pdfPages(const QString &file)
{
    const QString info = run(QStringLiteral("pdfinfo"), {file});
    for (const QString &line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.section(QLatin1Char(':'), 1).trimmed().toInt();
    }
    return -1;
}

QString tst_Report::write(Report &report, const QString &name, const QPageSize &size)
{
    const QString fileName = m_dir.filePath(name);
    if (!report.writeFile(fileName, size))
        QTest::qFail(qPrintable(report.errorString()), __FILE__, __LINE__);
    return fileName;
}

void tst_Report::shouldPrintWhatIsOnScreenOnOneToThreePages_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("pdfinfoSize");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("all 42 postings on A4")
        << QString() << QStringLiteral("A4") << QStringLiteral("595 x 842 pts (A4)")
        << QStringList{QStringLiteral("Filter: All postings"),
                       QStringLiteral("Postings: 42 of 42 postings"),
                       QStringLiteral("Salary median $205,788"),
                       QStringLiteral("Middle half (quartiles) $196,369 – $219,750"),
                       QStringLiteral("With a stated salary 4 (annual, in USD)"),
                       QStringLiteral("Left out of the salary figures 38 without a salary")};
    QTest::newRow("postings with a salary on Letter")
        << QStringLiteral("has:salary") << QStringLiteral("Letter")
        << QStringLiteral("612 x 792 pts (letter)")
        << QStringList{QStringLiteral("Filter: with a salary"), QStringLiteral("Postings: 4 of 42 postings"),
                       QStringLiteral("Salary median $205,788"),
                       QStringLiteral("Left out of the salary figures none"),
                       // The band chart labels each posting with company and title.
                       QStringLiteral("AppLovin")};
    QTest::newRow("senior and staff Kubernetes postings")
        << QStringLiteral("seniority:senior,staff skill:kubernetes") << QStringLiteral("A4")
        << QStringLiteral("595 x 842 pts (A4)")
        << QStringList{QStringLiteral("Filter: Seniority: Senior or Staff · Skills: Kubernetes"),
                       QStringLiteral("Postings: 9 of 42 postings"),
                       QStringLiteral("With a stated salary 1 (annual, in USD)"),
                       QStringLiteral("Salary median $249,750")};
}

void tst_Report::shouldPrintWhatIsOnScreenOnOneToThreePages()
{
    QFETCH(QString, filter);
    QFETCH(QString, paper);
    QFETCH(QString, pdfinfoSize);
    QFETCH(QStringList, expected);
    // Given the window's filter and the seniority chart on show
    QVERIFY(m_workspace.setFilterExpression(filter));
    Report::Options options{QStringLiteral("Career options in AI infrastructure")};
    options.date = QDate(2026, 12, 3);
    options.shownChart = ChartKind::Seniority;
    Report report(m_workspace, options);

    // When it is written as a PDF
    const QString file = write(report, QStringLiteral("report.pdf"), *Report::parsePageSize(paper));

    // Then it has one to three pages of that paper
    const int pages = pdfPages(file);
    QVERIFY2(pages >= 1 && pages <= 3, qPrintable(QString::number(pages)));
    QVERIFY(run(QStringLiteral("pdfinfo"), {file}).contains(pdfinfoSize));
    // ...with the header, the key figures, both charts and a footer on every page
    const QString text = pdfText(file);
    for (const QString &line : expected)
        QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral("\n---\n") + text));
    for (const QString &line :
         {QStringLiteral("Career options in AI infrastructure"),
          QStringLiteral("Data: AI Infrastructure and AIOps Job Market, December 2025"),
          QStringLiteral("Date: Thursday, December 3, 2026"), QStringLiteral("Key figures"),
          QStringLiteral("Skill demand"), QStringLiteral("Seniority ·"), QStringLiteral("Salary bands"),
          QStringLiteral("Job Market Explorer 0.1.0"),
          QStringLiteral("Source: AI Infrastructure and AIOps Job Market Analysis Report")})
        QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral("\n---\n") + text));
    for (int page = 1; page <= pages; ++page)
        QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
}

void tst_Report::shouldDrawChartsAsVectorsNotPictures()
{
    // Given the report of every posting
    Report report(m_workspace, {});
    const QString file = write(report, QStringLiteral("vector.pdf"));
    // Then the PDF holds no picture at all: pdfimages lists only its two header lines
    const QStringList images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), file})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(images.size(), 2);
    // ...and the charts' labels are text: the top skills and the axes
    const QString text = pdfText(file);
    for (const char *label : {"Kubernetes", "Python", "Terraform", "Share of matching postings"})
        QVERIFY2(text.contains(QLatin1String(label)), label);
}

void tst_Report::shouldShowTheComparedCohortsInsteadOfTheBands()
{
    // Given two cohorts compared in the Compare Cohorts tab
    QString error;
    const auto comparison = Comparison::compute(
        *m_workspace.engine(),
        {{{QStringLiteral("Staff level"), QStringLiteral("seniority:staff,principal")}, {}},
         {{QStringLiteral("Well paid"), QStringLiteral("salary>=230k")}, {}}},
        &error);
    QVERIFY2(comparison, qPrintable(error));
    Report::Options options;
    options.comparison = *comparison;
    Report report(m_workspace, options);
    const QString file = write(report, QStringLiteral("compare.pdf"));
    QVERIFY(pdfPages(file) <= 3);
    const QString text = pdfText(file);
    // Then the salary section is their chart and table: each cohort with its figures
    QVERIFY2(text.contains(QStringLiteral("Cohorts compared")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Staff level 8 1 $249,750 $249,750 $249,750 $181,100 $318,400")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Well paid 2 2 $219,750 $229,750 $239,750 $147,400 $318,400")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Staff level: Seniority: Staff or Principal")));
    QVERIFY(!text.contains(QStringLiteral("Salary bands")));
}

void tst_Report::shouldSpeakTheUsersLanguage()
{
    // Given the program in German
    QVERIFY(Translations::install(QStringLiteral("de")));
    Report::Options options;
    options.date = QDate(2026, 12, 3);
    Report report(m_workspace, options);
    const QString file = write(report, QStringLiteral("bericht.pdf"));
    QVERIFY(Translations::install(QStringLiteral("en")));
    // Then its texts, dates and money are German
    const QString text = pdfText(file);
    for (const char *line : {"Arbeitsmarktbericht", "Kennzahlen", "Gehalts-Median 205.788 $", "Seite 1 von",
                             "Donnerstag, 3. Dezember 2026", "Filter: Alle Stellenanzeigen"})
        QVERIFY2(text.contains(QString::fromUtf8(line)),
                 qPrintable(QString::fromUtf8(line) + QStringLiteral("\n---\n") + text));
}

void tst_Report::shouldWriteAnOdtDocumentWithTheSameText()
{
    QVERIFY(m_workspace.setFilterExpression(QStringLiteral("has:salary")));
    Report report(m_workspace, {QStringLiteral("Handout")});
    const QString file = write(report, QStringLiteral("report.odt"));
    // The ODF document is a zip with its text in content.xml and the charts as pictures
    const QString content =
        run(QStringLiteral("unzip"), {QStringLiteral("-p"), file, QStringLiteral("content.xml")});
    for (const char *text :
         {"Handout", "4 of 42 postings", "$205,788", "Key figures", "Job Market Explorer 0.1.0"})
        QVERIFY2(content.contains(QLatin1String(text)), text);
    const QString listing = run(QStringLiteral("unzip"), {QStringLiteral("-l"), file});
    QVERIFY2(listing.count(QStringLiteral("Pictures/")) >= 2, qPrintable(listing));
}

void tst_Report::shouldWriteHtmlThatParsesWithItsChartsInside()
{
    QVERIFY(m_workspace.setFilterExpression(QStringLiteral("has:salary")));
    Report report(m_workspace, {QStringLiteral("Handout")});
    const QString file = write(report, QStringLiteral("report.html"));
    QFile html(file);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QByteArray bytes = html.readAll();
    // The HTML is well-formed (as XML, which is stricter than HTML) and reads back as the text
    QXmlStreamReader reader(bytes);
    QStringList images;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String("img"))
            images << reader.attributes().value(QLatin1String("src")).toString();
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QTextDocument document;
    document.setHtml(QString::fromUtf8(bytes));
    const QString text = document.toPlainText().simplified();
    for (const char *line : {"Handout", "4 of 42 postings", "Salary median $205,788", "Key figures"})
        QVERIFY2(text.contains(QLatin1String(line)), line);
    // ...with its charts inside it, as SVG whose labels are text
    QVERIFY(images.size() >= 2);
    const QString prefix = QStringLiteral("data:image/svg+xml;base64,");
    QVERIFY(images.constFirst().startsWith(prefix));
    const QByteArray svg = QByteArray::fromBase64(images.constFirst().mid(prefix.size()).toLatin1());
    QVERIFY2(svg.contains("Kubernetes"), svg.left(400).constData());
}

namespace {
// A section of the kind a client profile adds.
class NoteSection final : public ReportSection
{
public:
    void write(ReportCursor &cursor) const override
    {
        cursor.heading(QStringLiteral("For Ada"));
        cursor.figures({{QStringLiteral("Skills held"), QStringLiteral("Python, Go")}});
        cursor.table({QStringLiteral("Company"), QStringLiteral("Fit")},
                     {{{QStringLiteral("NVIDIA"), QStringLiteral("https://example.com/nvidia")},
                       {QStringLiteral("80%")}}},
                     1);
    }
};
} // namespace

void tst_Report::shouldAddSectionsAfterTheStandardOnes()
{
    Report report(m_workspace, {});
    report.addSection(std::make_unique<NoteSection>());
    const QString file = write(report, QStringLiteral("section.pdf"));
    const QString text = pdfText(file);
    QVERIFY2(text.contains(QStringLiteral("For Ada Skills held Python, Go")), qPrintable(text.right(600)));
    const QString section = text.mid(text.indexOf(QStringLiteral("For Ada")));
    for (const char *cell : {"Company", "Fit", "NVIDIA", "80%"})
        QVERIFY2(section.contains(QLatin1String(cell)), cell);
    QVERIFY(text.indexOf(QStringLiteral("For Ada")) > text.indexOf(QStringLiteral("Salary bands")));
    // ...and its links can be clicked in the PDF
    QVERIFY(run(QStringLiteral("pdfinfo"), {QStringLiteral("-url"), file})
                .contains(QStringLiteral("https://example.com/nvidia")));
}

void tst_Report::shouldWriteTheClientsSection_data()
{
    // The remote or hybrid postings of the report against a client with Python, Docker and AWS,
    // worked out by hand in tst_skillgap: fits NVIDIA 2/12, Scale AI 6/26, Bluevine 2/8 (25%).
    QTest::addColumn<double>("threshold");
    QTest::addColumn<bool>("nameShown");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("absent");
    const QStringList skills = {QStringLiteral("AWS held 2 67%"),
                                QStringLiteral("Cloud Computing missing 2 67%"),
                                QStringLiteral("Python held 2 67%"), QStringLiteral("Docker held 1 33%")};
    // At 80% nothing fits; four steps make NVIDIA fit (8/12 + Terraform = 10/12).
    QTest::newRow("fit 80%, named: nothing fits yet, NVIDIA after Terraform")
        << 0.8 << true
        << (skills + QStringList{QStringLiteral("For Ada Lovelace"),
                                 QStringLiteral("Fits now 0 of 3 matching postings, at a fit of 80% or more"),
                                 QStringLiteral("None of the matching postings reaches the fit yet"),
                                 QStringLiteral("1 Cloud Computing +0 0 of 3"),
                                 QStringLiteral("4 Terraform +1 1 of 3")})
        << QStringList{QStringLiteral("For the client"), QStringLiteral("Tel Aviv")};
    // At 25% Bluevine fits; Cloud Computing makes the other two fit. (pdftotext reads a table's
    // one-row columns in its own order: each cell is looked for on its own.)
    QTest::newRow("fit 25%, name left out: Bluevine fits, Cloud Computing unlocks two")
        << 0.25 << false
        << (skills +
            QStringList{QStringLiteral("For the client"),
                        QStringLiteral("Fits now 1 of 3 matching postings, at a fit of 25% or more"),
                        QStringLiteral("Bluevine Senior ML Infrastructure Engineer Tel Aviv, Israel"),
                        QStringLiteral("Fit 25%"), QStringLiteral("1 Cloud Computing"),
                        QStringLiteral("+2 3 of 3")})
        << QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("None of the matching postings")};
}

void tst_Report::shouldWriteTheClientsSection()
{
    QFETCH(double, threshold);
    QFETCH(bool, nameShown);
    QFETCH(QStringList, texts);
    QFETCH(QStringList, absent);

    // Given the remote or hybrid postings and a client named Ada Lovelace
    QVERIFY(m_workspace.setFilterExpression(QStringLiteral("mode:remote,hybrid")));
    Client client;
    client.name = QStringLiteral("Ada Lovelace");
    client.skills = {{QStringLiteral("Python"), SkillLevel::Has},
                     {QStringLiteral("Docker"), SkillLevel::Strong},
                     {QStringLiteral("AWS"), SkillLevel::Has}};
    m_workspace.setClientSkills(client.skillSet(*m_workspace.store()), client.name);
    m_workspace.setFitThreshold(threshold);

    // When the report is written with the client's section
    Report report(m_workspace, {});
    report.addSection(std::make_unique<ClientReportSection>(m_workspace, nameShown));
    const QString file = write(report, QStringLiteral("client.pdf"));

    // Then the section, after the salary, holds the hand-computed figures, on at most three pages
    const QString text = pdfText(file);
    const qsizetype start = text.indexOf(QStringLiteral("Skills held and missing"));
    QVERIFY2(start > text.indexOf(QStringLiteral("Salary bands")), qPrintable(text.right(1500)));
    for (const QString &expected : texts)
        QVERIFY2(text.contains(expected),
                 qPrintable(expected + QStringLiteral(" not in: ") + text.mid(start - 200)));
    for (const QString &unexpected : absent)
        QVERIFY2(!text.contains(unexpected), qPrintable(unexpected));
    const int pages = pdfPages(file);
    QVERIFY(pages >= 1 && pages <= 3);
}

void tst_Report::shouldWriteNoClientSectionWithoutAClient()
{
    // Given no client chosen, when the report is written with a client section
    Report report(m_workspace, {});
    report.addSection(std::make_unique<ClientReportSection>(m_workspace, true));
    const QString text = pdfText(write(report, QStringLiteral("no-client.pdf")));
    // Then the standard parts are there and nothing of the client's
    QVERIFY(text.contains(QStringLiteral("Salary bands")));
    for (const char *part : {"For the client", "Skills held and missing", "Learning path", "Fits now"})
        QVERIFY2(!text.contains(QLatin1String(part)), part);
}

void tst_Report::shouldLinkThePostingsTheClientFitsToTheirPages()
{
    // Given a client with exactly the two skills TekWissen's AIOps Engineer asks for (AIOps,
    // Automation: a fit of 100%), whose posting has a page on LinkedIn
    Client client;
    client.skills = {{QStringLiteral("AIOps"), SkillLevel::Has},
                     {QStringLiteral("Automation"), SkillLevel::Has}};
    m_workspace.setClientSkills(client.skillSet(*m_workspace.store()));

    // When the report is written with the client's section
    Report report(m_workspace, {});
    report.addSection(std::make_unique<ClientReportSection>(m_workspace, true));
    const QString file = write(report, QStringLiteral("links.pdf"));

    // Then the posting is listed with its fit, and its page can be clicked
    const QString text = pdfText(file);
    const QString postings = text.mid(text.indexOf(QStringLiteral("Postings the client fits now")));
    QVERIFY2(postings.contains(QStringLiteral("TekWissen AIOps Engineer")), qPrintable(postings.left(800)));
    QVERIFY(postings.contains(QStringLiteral("100%")));
    QVERIFY(postings.contains(QStringLiteral("linkedin.com")));
    QVERIFY(run(QStringLiteral("pdfinfo"), {QStringLiteral("-url"), file})
                .contains(QStringLiteral(
                    "https://www.linkedin.com/jobs/view/aiops-engineer-at-tekwissen-%C2%AE-4251697010")));
}

void tst_Report::shouldDrawEveryHeadingAfterOneMovedToTheNextPage()
{
    // Given compared cohorts, whose heading goes over to the next page with their chart, and a
    // client whose section follows them
    QString error;
    const auto comparison = Comparison::compute(
        *m_workspace.engine(),
        {{{QStringLiteral("Staff level"), QStringLiteral("seniority:staff,principal")}, {}},
         {{QStringLiteral("Well paid"), QStringLiteral("salary>=230k")}, {}}},
        &error);
    QVERIFY2(comparison, qPrintable(error));
    Client client;
    for (const char *skill : {"Python", "Docker", "AWS", "Kubernetes", "AIOps", "Automation"})
        client.skills.append({QString::fromLatin1(skill), SkillLevel::Has});
    m_workspace.setClientSkills(client.skillSet(*m_workspace.store()));
    Report::Options options;
    options.comparison = *comparison;
    Report report(m_workspace, options);
    report.addSection(std::make_unique<ClientReportSection>(m_workspace, true));

    // When it is written as PDF, on A4 and on Letter
    for (const QPageSize::PageSizeId size : {QPageSize::A4, QPageSize::Letter}) {
        const QString file = write(report, QStringLiteral("moved.pdf"), QPageSize(size));
        // Then every heading of the client's section is drawn (Qt's layout had left out the
        // headings after a table once an earlier heading was moved), on at most three pages
        const QString text = pdfText(file);
        for (const char *heading : {"Cohorts compared", "For the client", "Skills held and missing",
                                    "Postings the client fits now", "Learning path"})
            QVERIFY2(text.contains(QLatin1String(heading)), heading);
        QVERIFY(pdfPages(file) <= 3);
    }
}

void tst_Report::shouldFitManyThousandPostingsOnThreePages()
{
    // Given 20,000 postings (summarised per level in the band chart)
    QRandomGenerator random(17);
    QTemporaryDir dir;
    const QString database = test::writeDatabase(dir, test::randomDataset(random, 20000));
    Workspace workspace;
    QVERIFY2(workspace.open(database), qPrintable(workspace.errorString()));
    Report::Options options;
    options.shownChart = ChartKind::Locations;
    Report report(workspace, options);
    const QString file = write(report, QStringLiteral("large.pdf"));
    const int pages = pdfPages(file);
    QVERIFY2(pages >= 1 && pages <= 3, qPrintable(QString::number(pages)));
    QVERIFY(pdfText(file).contains(QStringLiteral("20,000 of 20,000 postings")));
}

void tst_Report::shouldLeaveNoFileWhenItCannotBeWritten_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing folder") << QStringLiteral("no/such/folder/report.pdf")
                                    << QStringLiteral("Could not write");
    QTest::newRow("unknown format") << QStringLiteral("report.docx")
                                    << QStringLiteral("must end in .pdf, .odt or .html");
    QTest::newRow("folder as file") << QStringLiteral("folder.odt") << QStringLiteral("Could not write");
}

void tst_Report::shouldLeaveNoFileWhenItCannotBeWritten()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.odt")));
    Report report(m_workspace, {});
    QVERIFY(!report.writeFile(dir.filePath(name)));
    QVERIFY2(report.errorString().contains(expected), qPrintable(report.errorString()));
    QVERIFY2(report.errorString().contains(dir.filePath(name)), qPrintable(report.errorString()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void tst_Report::shouldKeepTheOldFileWhenTheDiskIsFull()
{
    test::SmallDisk disk;
    if (!disk.mount())
        QSKIP("A small disk cannot be mounted here (the test needs root).");
    // Given a small disk holding a report, then filled
    const QString file = disk.filePath(QStringLiteral("report.pdf"));
    Report small(m_workspace, {QStringLiteral("Short")});
    QVERIFY2(small.writeFile(file), qPrintable(small.errorString()));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray before = written.readAll();
    written.close();
    QVERIFY(disk.fill());
    // When a report that needs more room is written over it
    Report larger(m_workspace, {QStringLiteral("Longer")});
    QVERIFY(!larger.writeFile(file));
    // Then that fails, says why, and the old report is as it was, with nothing beside it
    QVERIFY2(larger.errorString().contains(QStringLiteral("the disk is full")),
             qPrintable(larger.errorString()));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), before);
    QVERIFY(!QDir(QFileInfo(file).absolutePath())
                 .entryList(QDir::Files | QDir::Hidden)
                 .join(QLatin1Char(' '))
                 .contains(QStringLiteral(".report.pdf")));
}

void tst_Report::shouldPreviewThePagesThatPrint()
{
    // Given the window's report actions
    QWidget window;
    window.resize(1000, 800);
    ReportActions actions(&m_workspace, &window);
    QVERIFY(actions.previewAction()->isEnabled());

    // When the preview is opened
    actions.preview(QStringLiteral("Preview"));
    auto *dialog = window.findChild<QPrintPreviewDialog *>(QStringLiteral("reportPreview"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *preview = dialog->findChild<QPrintPreviewWidget *>();
    QVERIFY(preview);

    // Then it shows as many pages as the report has on the printer's paper, and as its PDF on that paper
    Report report(m_workspace, {QStringLiteral("Preview")});
    const int pages = report.pageCount(*actions.printer());
    QVERIFY(pages >= 1 && pages <= 3);
    QTRY_COMPARE(preview->pageCount(), pages);
    const QString pdf =
        write(report, QStringLiteral("preview.pdf"), actions.printer()->pageLayout().pageSize());
    QCOMPARE(pdfPages(pdf), pages);
    dialog->close();
}

void tst_Report::shouldChoosePaperByCountry_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<int>("paper");
    QTest::newRow("United States") << QLocale(QLocale::English, QLocale::UnitedStates)
                                   << int(QPageSize::Letter);
    QTest::newRow("Canada, French") << QLocale(QLocale::French, QLocale::Canada) << int(QPageSize::Letter);
    QTest::newRow("Mexico") << QLocale(QLocale::Spanish, QLocale::Mexico) << int(QPageSize::Letter);
    QTest::newRow("Germany") << QLocale(QLocale::German, QLocale::Germany) << int(QPageSize::A4);
    QTest::newRow("Spain") << QLocale(QLocale::Spanish, QLocale::Spain) << int(QPageSize::A4);
    QTest::newRow("United Kingdom") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                                    << int(QPageSize::A4);
}

void tst_Report::shouldChoosePaperByCountry()
{
    QFETCH(QLocale, locale);
    QFETCH(int, paper);
    QCOMPARE(int(Report::defaultPageSize(locale).id()), paper);
}

QTEST_MAIN(tst_Report)
#include "tst_report.moc"
