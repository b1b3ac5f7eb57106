#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextCursor>

#include <memory>
#include <utility>

class QTextDocument;

namespace jobexplorer {

class ChartExporter;

// Writes a report into a QTextDocument, part by part, in the report's look: its title,
// headings, paragraphs, tables of figures and charts. Charts are vector objects for printing
// and PDF (ChartTextObject), pictures kept in the document for ODF, and SVG pictures inside the
// file for HTML. A report section (ReportSection) writes only through this class.
class ReportCursor final
{
public:
    enum class Charts { Vector, Png, InlineSvg };
    // A block format property: the block (a heading) belongs on the page of the block after it.
    static constexpr int KeepWithNext = QTextFormat::UserProperty + 1;
    // A row of a two-column table of figures: what, and how much.
    using Figure = std::pair<QString, QString>;
    // A cell of a table: its text, a link where it leads (a posting's page: clickable in the
    // PDF, the ODF document and the web page).
    struct Cell
    {
        QString text;
        QString link = {};
    };

    // Writes at the end of document, whose text is width units wide (device pixels for a
    // printer or PDF, screen pixels otherwise); margins and borders take unitsPerPoint screen
    // pixels to a typographic point. The document must outlive the cursor.
    ReportCursor(QTextDocument &document, double width, double unitsPerPoint, Charts charts);

    double width() const { return m_width; }

    void title(const QString &text);
    void heading(const QString &text);
    void paragraph(const QString &text);
    // A paragraph whose first part is bold: "Filter: " + "Seniority: Senior".
    void labelled(const QString &label, const QString &text);
    // Smaller grey text: notes, sources, what was left out.
    void note(const QString &text);
    void figures(const QList<Figure> &rows);
    // A table with a header row; columns from firstNumberColumn on are right-aligned.
    void table(const QStringList &header, const QList<QList<Cell>> &rows, int firstNumberColumn);
    // The chart as wide as the text and heightRatio times as high. Charts are laid out at
    // chartLogicalWidth pixels, so their text is as large in every format.
    void chart(std::unique_ptr<ChartExporter> chart, double heightRatio);
    static constexpr double chartLogicalWidth = 660;

private:
    void startBlock(const QTextBlockFormat &block, const QTextCharFormat &text);
    QTextCharFormat textFormat(double points, bool bold = false) const;
    QTextBlockFormat blockFormat(double pointsBefore, double pointsAfter) const;
    QString addPicture(const ChartExporter &chart, QSizeF logical);

    QTextDocument &m_document;
    QTextCursor m_cursor;
    double m_width;
    double m_point;
    Charts m_charts;
    bool m_empty = true;
    int m_pictures = 0;
};

} // namespace jobexplorer
