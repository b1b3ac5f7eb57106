#pragma once

#include "ChartBuilder.h"
#include "ChartKind.h"
#include "Comparison.h"
#include "ReportCursor.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QIODevice;
class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace jobexplorer {

class ReportSection;
class Workspace;

// The counselor's handout: what is on screen as a document of one to three pages, for A4 or US
// Letter:
// - a header: the report's title, the dataset's title and source, the date, the filter in words
//   and "N of M postings";
// - key figures: matching postings, those with a stated salary, the salary median and quartiles
//   in their currency with what was left out and why, the seniority and work-mode mix;
// - the skill-demand chart and the chart on show;
// - salary: the band chart, or when cohorts are compared their chart and table;
// - any further sections (addSection), such as the client's;
// - on every printed page a footer: page N of M, the program and its version, and the source.
// Printed, previewed and written as PDF page by page with the charts as vector graphics; written
// as ODF (for LibreOffice or Word) and HTML as one flowing document with the charts as pictures.
// Every figure comes from the workspace and its item models; the report only lays them out.
class Report final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::Report)
public:
    enum class Format { Pdf, Odt, Html };
    struct Options
    {
        QString title; // empty: defaultTitle()
        QDate date = QDate::currentDate();
        // The chart on show, drawn after the skill demand unless it is that one or the bands.
        std::optional<ChartKind> shownChart = {};
        ChartBuilder::Options chartOptions = {}; // as the chart on show draws (published shares)
        // Cohorts being compared: the salary section shows them instead of the bands.
        std::optional<Comparison> comparison = {};
    };

    // The workspace (open) must outlive the report.
    Report(Workspace &workspace, Options options);
    ~Report();
    Report(const Report &) = delete;
    Report &operator=(const Report &) = delete;

    // "Job market report", in the current language.
    static QString defaultTitle();
    // US Letter where the locale's country uses it (the Americas from Canada to Chile, the
    // Philippines), else A4.
    static QPageSize defaultPageSize(const QLocale &locale = QLocale());
    // "A4" or "Letter" (any case); std::nullopt otherwise.
    static std::optional<QPageSize> parsePageSize(const QString &text);
    // The format a file name asks for by its extension (.pdf, .odt, .html or .htm), if any.
    static std::optional<Format> formatOf(const QString &fileName);
    // Gives device the page size in portrait and the report's margins.
    static void setUpPage(QPagedPaintDevice &device, const QPageSize &size);

    const Options &options() const { return m_options; }
    QString title() const;
    // Adds a section after the standard ones; taken over.
    void addSection(std::unique_ptr<ReportSection> section);

    // How many pages the report takes on device's page (its size and margins).
    int pageCount(QPagedPaintDevice &device) const;
    // Paints every page on device (a printer, the print preview's printer, a PDF writer), each
    // with its footer. False when device cannot be painted on.
    bool print(QPagedPaintDevice &device) const;
    // The report as one flowing document for an editable format (Odt or Html): charts as
    // pictures, the footer's program and source as a last paragraph.
    std::unique_ptr<QTextDocument> document(Format format) const;

    // Writes the report in the format its extension names; a PDF has pageSize pages. Returns
    // false with errorString() naming the file and the problem; the file is then unchanged (or
    // absent) (OutputFile).
    bool writeFile(const QString &fileName, const QPageSize &pageSize = defaultPageSize());
    bool write(QIODevice &device, Format format, const QPageSize &pageSize = defaultPageSize());
    QString errorString() const { return m_error; }

private:
    struct PageLayout;
    PageLayout layOut(QPagedPaintDevice &device) const;
    std::unique_ptr<QTextDocument> compose(ReportCursor::Charts charts, double width, double unitsPerPoint,
                                           QPaintDevice *device) const;
    void writeHeader(ReportCursor &cursor) const;
    void writeKeyFigures(ReportCursor &cursor) const;
    void writeCharts(ReportCursor &cursor) const;
    void writeSalary(ReportCursor &cursor) const;
    void writeComparison(ReportCursor &cursor, const Comparison &comparison) const;
    QString mix(ChartModel::Kind kind) const;
    QString countText() const;
    QString programText() const;
    QString sourceText() const;
    void paintFooter(QPainter &painter, const PageLayout &layout, int page, int pages) const;

    Workspace &m_workspace;
    Options m_options;
    std::vector<std::unique_ptr<ReportSection>> m_sections;
    QString m_error;
};

} // namespace jobexplorer
