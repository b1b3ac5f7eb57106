#include "Report.h"

#include "ChartExporter.h"
#include "ChartModel.h"
#include "ComparisonChart.h"
#include "ComparisonModel.h"
#include "OutputFile.h"
#include "PostingFormat.h"
#include "PostingStore.h"
#include "RangeChart.h"
#include "ReportSection.h"
#include "SalaryBandChart.h"
#include "Workspace.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentWriter>

#include <cmath>

namespace jobexplorer {

namespace {
constexpr double pointsPerInch = 72;
constexpr double footerPoints = 7.5;
constexpr double bodyPoints = 10;
// The editable formats are laid out at the width of an A4 page's text at 96 pixels an inch.
constexpr double editableWidth = 640;

// Margins, padding and borders of a document are in screen pixels, which its layout scales to
// the device it lays out for (and Qt takes the screen's resolution for, 100 without one).
double unitsPerPoint()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return (screen ? screen->logicalDotsPerInchY() : 100.0) / pointsPerInch;
}
// Charts' height to width: a bar chart of ten bars, the bands, and per bar of a chart with
// fewer (two levels need less room than ten skills), with room for the title and axis.
constexpr double chartRatio = 0.5;
constexpr double bandChartRatio = 0.56;
constexpr double barRatio = 0.032;
constexpr double axisRatio = 0.18;
const QMarginsF pageMargins(18, 15, 18, 12); // millimetres
const QColor footerColour(0x55, 0x55, 0x55);

int pageOf(double y, double pageHeight)
{
    return static_cast<int>(std::floor(y / pageHeight));
}

// A heading at the foot of a page goes over to the next one with what it introduces.
void keepHeadingsWithNext(QTextDocument &document)
{
    const double pageHeight = document.pageSize().height();
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlock next = block.next();
        QTextBlockFormat format = block.blockFormat();
        if (!next.isValid() || !format.boolProperty(ReportCursor::KeepWithNext) ||
            format.pageBreakPolicy() == QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const QRectF heading = layout->blockBoundingRect(block);
        const QRectF following = layout->blockBoundingRect(next);
        if (pageOf(heading.top(), pageHeight) != pageOf(following.bottom() - 1, pageHeight)) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            // Lay the whole document out again now: after the change, Qt's layout gave some later
            // blocks (headings after a table) empty rectangles and never drew them.
            document.markContentsDirty(0, document.characterCount());
            document.pageCount();
        }
    }
}
} // namespace

// Where a page's parts go on the device, in its pixels from the printable area's top left.
struct Report::PageLayout
{
    std::unique_ptr<QTextDocument> document;
    QRectF body;
    QRectF footer;
    QFont footerFont;
};

Report::Report(Workspace &workspace, Options options) : m_workspace(workspace), m_options(std::move(options))
{
}

Report::~Report() = default;

QString Report::defaultTitle()
{
    return tr("Job market report");
}

QPageSize Report::defaultPageSize(const QLocale &locale)
{
    // The countries that print on US Letter (as glibc's LC_PAPER has them).
    static constexpr QLocale::Territory letter[] = {
        QLocale::UnitedStates, QLocale::Canada,    QLocale::Mexico,    QLocale::Philippines,
        QLocale::Chile,        QLocale::Colombia,  QLocale::Venezuela, QLocale::PuertoRico,
        QLocale::CostaRica,    QLocale::Guatemala, QLocale::Panama,    QLocale::DominicanRepublic,
        QLocale::ElSalvador,   QLocale::Nicaragua, QLocale::Honduras,  QLocale::Belize};
    for (const QLocale::Territory territory : letter) {
        if (locale.territory() == territory)
            return QPageSize(QPageSize::Letter);
    }
    return QPageSize(QPageSize::A4);
}

std::optional<QPageSize> Report::parsePageSize(const QString &text)
{
    const QString name = text.trimmed().toLower();
    if (name == QLatin1String("a4"))
        return QPageSize(QPageSize::A4);
    if (name == QLatin1String("letter"))
        return QPageSize(QPageSize::Letter);
    return std::nullopt;
}

std::optional<Report::Format> Report::formatOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("odt"))
        return Format::Odt;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    return std::nullopt;
}

void Report::setUpPage(QPagedPaintDevice &device, const QPageSize &size)
{
    device.setPageLayout(QPageLayout(size, QPageLayout::Portrait, pageMargins, QPageLayout::Millimeter));
}

QString Report::title() const
{
    return m_options.title.trimmed().isEmpty() ? defaultTitle() : m_options.title.trimmed();
}

void Report::addSection(std::unique_ptr<ReportSection> section)
{
    m_sections.push_back(std::move(section));
}

QString Report::countText() const
{
    const PostingStore *store = m_workspace.store();
    return tr("%1 of %2")
        .arg(QLocale().toString(m_workspace.result().matchCount()),
             PostingFormat::postingCount(store->size()));
}

QString Report::programText() const
{
    return tr("Job Market Explorer %1").arg(QStringLiteral(JOBEXPLORER_VERSION));
}

QString Report::sourceText() const
{
    const QString source = m_workspace.store()->meta().source;
    return source.isEmpty() ? QString() : tr("Source: %1").arg(source);
}

std::unique_ptr<QTextDocument> Report::compose(ReportCursor::Charts charts, double width,
                                               double unitsPerPoint, QPaintDevice *device) const
{
    auto document = std::make_unique<QTextDocument>();
    // Fonts are measured on the device that paints them, so the preview lays out as the print.
    if (device)
        document->documentLayout()->setPaintDevice(device);
    document->setDocumentMargin(0);
    document->setTextWidth(width);
    QFont font = QGuiApplication::font();
    font.setPointSizeF(bodyPoints);
    document->setDefaultFont(font);
    document->setMetaInformation(QTextDocument::DocumentTitle, title());
    if (!m_workspace.store())
        return document;
    ReportCursor cursor(*document, width, unitsPerPoint, charts);
    writeHeader(cursor);
    writeKeyFigures(cursor);
    writeCharts(cursor);
    writeSalary(cursor);
    for (const std::unique_ptr<ReportSection> &section : m_sections)
        section->write(cursor);
    return document;
}

void Report::writeHeader(ReportCursor &cursor) const
{
    const DatasetMeta &meta = m_workspace.store()->meta();
    cursor.title(title());
    cursor.labelled(tr("Data: "), meta.title);
    if (const QString source = sourceText(); !source.isEmpty())
        cursor.note(source);
    cursor.labelled(tr("Date: "), QLocale().toString(m_options.date, QLocale::LongFormat));
    cursor.labelled(tr("Filter: "), m_workspace.filterDescription());
    cursor.labelled(tr("Postings: "), countText());
}

QString Report::mix(ChartModel::Kind kind) const
{
    // The chart's own numbers: every value with its count and share among the matches.
    ChartModel model(&m_workspace, kind);
    QStringList parts;
    for (int row = 0; row < model.rowCount(); ++row) {
        parts << tr("%1 %2 (%3)")
                     .arg(model.index(row, ChartModel::LabelColumn).data().toString(),
                          model.index(row, ChartModel::CountColumn).data().toString(),
                          model.index(row, ChartModel::ShareColumn).data().toString());
    }
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(" · "));
}

void Report::writeKeyFigures(ReportCursor &cursor) const
{
    const FilterResult &result = m_workspace.result();
    const SalaryStatistics &salary = result.salary;
    const int matching = result.matchCount();
    cursor.heading(tr("Key figures"));
    QList<ReportCursor::Figure> figures{{tr("Matching postings"), countText()}};
    if (salary.withSalary > 0) {
        figures << ReportCursor::Figure{
            tr("With a stated salary"),
            tr("%1 (annual, in %2)").arg(QLocale().toString(salary.withSalary), salary.currency)};
        figures << ReportCursor::Figure{tr("Salary median"),
                                        PostingFormat::money(salary.median, salary.currency)};
        figures << ReportCursor::Figure{
            tr("Middle half (quartiles)"),
            tr("%1 – %2").arg(PostingFormat::money(salary.firstQuartile, salary.currency),
                              PostingFormat::money(salary.thirdQuartile, salary.currency))};
    } else {
        figures << ReportCursor::Figure{tr("With a stated salary"), tr("none")};
    }
    const QString leftOut = salary.leftOutText(matching);
    figures << ReportCursor::Figure{tr("Left out of the salary figures"),
                                    leftOut.isEmpty() ? tr("none") : leftOut};
    figures << ReportCursor::Figure{tr("Seniority"), mix(ChartModel::Kind::Seniority)};
    figures << ReportCursor::Figure{tr("Work mode"), mix(ChartModel::Kind::WorkMode)};
    cursor.figures(figures);
    if (salary.withSalary > 0)
        cursor.note(
            tr("Salaries are annual (hourly, daily, weekly and monthly pay multiplied up); each posting "
               "counts with the middle of its range. Postings in other currencies are left out, never "
               "converted."));
}

void Report::writeCharts(ReportCursor &cursor) const
{
    ChartBuilder::Options skillOptions;
    if (m_options.shownChart == ChartKind::Skills)
        skillOptions = m_options.chartOptions;
    cursor.chart(ChartExporter::ofKind(ChartKind::Skills, m_workspace, {}, skillOptions), chartRatio);
    const std::optional<ChartKind> shown = m_options.shownChart;
    if (shown && *shown != ChartKind::Skills && *shown != ChartKind::Bands) {
        const ChartModel bars(&m_workspace, *ChartKinds::barKind(*shown));
        const double ratio = std::min(chartRatio, axisRatio + barRatio * bars.rowCount());
        cursor.chart(ChartExporter::ofKind(*shown, m_workspace, {}, m_options.chartOptions), ratio);
    }
}

void Report::writeSalary(ReportCursor &cursor) const
{
    if (m_options.comparison) {
        writeComparison(cursor, *m_options.comparison);
        return;
    }
    cursor.chart(SalaryBandChart::exporter(m_workspace, {}), bandChartRatio);
}

void Report::writeComparison(ReportCursor &cursor, const Comparison &comparison) const
{
    cursor.heading(tr("Cohorts compared"));
    RangeChartData chart = ComparisonChart::data(comparison);
    const QString chartTitle = chart.title;
    cursor.chart(std::make_unique<ChartExporter>(
                     [chart = std::move(chart)](QPainter &painter, const QRectF &rect) {
                         paintRangeChart(painter, rect, chart);
                     },
                     chartTitle, QStringList()),
                 chartRatio);

    // The comparison's own table, the columns that fit a page.
    ComparisonModel model;
    model.setComparison(comparison);
    static constexpr int columns[] = {
        ComparisonModel::NameColumn,          ComparisonModel::PostingsColumn,
        ComparisonModel::WithSalaryColumn,    ComparisonModel::FirstQuartileColumn,
        ComparisonModel::MedianColumn,        ComparisonModel::ThirdQuartileColumn,
        ComparisonModel::LowestMinimumColumn, ComparisonModel::HighestMaximumColumn};
    QStringList header;
    for (const int column : columns)
        header << model.headerData(column, Qt::Horizontal).toString();
    QList<QList<ReportCursor::Cell>> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QList<ReportCursor::Cell> cells;
        for (const int column : columns)
            cells.append({model.index(row, column).data().toString()});
        rows << cells;
    }
    cursor.table(header, rows, 1);
    for (int row = 0; row < model.rowCount(); ++row) {
        cursor.note(tr("%1: %2; most asked for: %3")
                        .arg(model.index(row, ComparisonModel::NameColumn).data().toString(),
                             model.index(row, ComparisonModel::DescriptionColumn).data().toString(),
                             model.index(row, ComparisonModel::TopSkillsColumn).data().toString()));
    }
}

Report::PageLayout Report::layOut(QPagedPaintDevice &device) const
{
    PageLayout layout;
    const QRectF printable(QPointF(0, 0), QSizeF(device.width(), device.height()));
    layout.footerFont = QGuiApplication::font();
    layout.footerFont.setPointSizeF(footerPoints);
    const QFontMetricsF metrics(layout.footerFont, &device);
    // A gap, the source and the program and page number.
    const double footerHeight = 3 * metrics.lineSpacing();
    layout.body = QRectF(printable.topLeft(), QSizeF(printable.width(), printable.height() - footerHeight));
    layout.footer = QRectF(layout.body.bottomLeft(), QSizeF(printable.width(), footerHeight));
    layout.document = compose(ReportCursor::Charts::Vector, layout.body.width(), unitsPerPoint(), &device);
    layout.document->setPageSize(layout.body.size());
    keepHeadingsWithNext(*layout.document);
    return layout;
}

int Report::pageCount(QPagedPaintDevice &device) const
{
    return layOut(device).document->pageCount();
}

bool Report::print(QPagedPaintDevice &device) const
{
    const PageLayout layout = layOut(device);
    const int pages = layout.document->pageCount();
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage())
            return false;
        // The document is one long strip of pages; each page shows its own stretch of it.
        const QRectF stretch(QPointF(0, page * layout.body.height()), layout.body.size());
        painter.save();
        painter.translate(0, -stretch.top());
        painter.setClipRect(stretch);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = stretch;
        context.palette.setColor(QPalette::Text, Qt::black);
        layout.document->documentLayout()->draw(&painter, context);
        painter.restore();
        paintFooter(painter, layout, page + 1, pages);
    }
    return painter.end();
}

void Report::paintFooter(QPainter &painter, const PageLayout &layout, int page, int pages) const
{
    painter.save();
    painter.setFont(layout.footerFont);
    const QFontMetricsF metrics(layout.footerFont, painter.device());
    const double line = metrics.lineSpacing();
    const QRectF &footer = layout.footer;
    painter.setPen(QPen(QColor(0xBB, 0xBB, 0xBB), 0));
    painter.drawLine(QPointF(footer.left(), footer.top() + line * 0.6),
                     QPointF(footer.right(), footer.top() + line * 0.6));
    painter.setPen(footerColour);
    const QRectF sourceLine(footer.left(), footer.top() + line, footer.width(), line);
    painter.drawText(sourceLine, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(sourceText(), Qt::ElideRight, footer.width()));
    const QRectF lastLine(footer.left(), footer.top() + 2 * line, footer.width(), line);
    painter.drawText(lastLine, Qt::AlignLeft | Qt::AlignVCenter, programText());
    painter.drawText(lastLine, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page).arg(pages));
    painter.restore();
}

std::unique_ptr<QTextDocument> Report::document(Format format) const
{
    auto document =
        compose(format == Format::Html ? ReportCursor::Charts::InlineSvg : ReportCursor::Charts::Png,
                editableWidth, unitsPerPoint(), nullptr);
    if (m_workspace.store()) {
        ReportCursor cursor(*document, editableWidth, unitsPerPoint(), ReportCursor::Charts::Png);
        QStringList footer{programText()};
        if (const QString source = sourceText(); !source.isEmpty())
            footer << source;
        cursor.note(footer.join(QStringLiteral(" · ")));
    }
    return document;
}

bool Report::write(QIODevice &device, Format format, const QPageSize &pageSize)
{
    switch (format) {
    case Format::Pdf: {
        QPdfWriter pdf(&device);
        pdf.setTitle(title());
        pdf.setCreator(programText());
        setUpPage(pdf, pageSize);
        return print(pdf);
    }
    case Format::Odt: {
        // The ODF writer closes the device it writes (a zip), which a save file must not be, so
        // the document is made in memory first.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
        if (!writer.write(document(format).get()))
            return false;
        return device.write(buffer.data()) == buffer.data().size();
    }
    case Format::Html: {
        const QByteArray html = document(format)->toHtml().toUtf8();
        return device.write(html) == html.size();
    }
    }
    return false;
}

bool Report::writeFile(const QString &fileName, const QPageSize &pageSize)
{
    m_error.clear();
    const QString name = QDir::toNativeSeparators(fileName);
    const std::optional<Format> format = formatOf(fileName);
    if (!format) {
        m_error =
            tr("Cannot export a report to %1: the file name must end in .pdf, .odt or .html.").arg(name);
        return false;
    }
    OutputFile file(fileName);
    if (!file.open()) {
        m_error = tr("Could not write %1: %2").arg(name, file.errorString());
        return false;
    }
    if (!write(file.device(), *format, pageSize)) {
        m_error = tr("Could not write %1: %2").arg(name, file.deviceProblem());
        return false;
    }
    if (!file.commit()) {
        m_error = tr("Could not write %1: %2").arg(name, file.errorString());
        return false;
    }
    return true;
}

} // namespace jobexplorer
