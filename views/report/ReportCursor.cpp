#include "ReportCursor.h"

#include "ChartExporter.h"
#include "ChartPalette.h"
#include "ChartTextObject.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

namespace jobexplorer {

namespace {
// Sizes in typographic points.
constexpr double bodyPoints = 10;
constexpr double titlePoints = 20;
constexpr double headingPoints = 13;
constexpr double notePoints = 8.5;
constexpr double cellPadding = 2.5;
constexpr double tableBorder = 0.5;
// ODF pictures are drawn at twice their size, so that they stay sharp when printed.
constexpr double pictureResolution = 2;

const QColor noteColour(0x55, 0x55, 0x55);
const QColor ruleColour(0xBB, 0xBB, 0xBB);
const QColor headerBackground(0xEE, 0xEE, 0xEE);
const QColor linkColour(0x00, 0x5A, 0xB5);
} // namespace

ReportCursor::ReportCursor(QTextDocument &document, double width, double unitsPerPoint, Charts charts)
    : m_document(document), m_cursor(&document), m_width(width), m_point(unitsPerPoint), m_charts(charts)
{
    m_cursor.movePosition(QTextCursor::End);
    m_empty = document.isEmpty();
}

QTextCharFormat ReportCursor::textFormat(double points, bool bold) const
{
    QTextCharFormat format;
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setForeground(ChartPalette::text());
    return format;
}

QTextBlockFormat ReportCursor::blockFormat(double pointsBefore, double pointsAfter) const
{
    QTextBlockFormat format;
    format.setTopMargin(pointsBefore * m_point);
    format.setBottomMargin(pointsAfter * m_point);
    return format;
}

void ReportCursor::startBlock(const QTextBlockFormat &block, const QTextCharFormat &text)
{
    m_cursor.movePosition(QTextCursor::End);
    if (m_empty) {
        m_cursor.setBlockFormat(block);
        m_cursor.setBlockCharFormat(text);
        m_cursor.setCharFormat(text);
        m_empty = false;
    } else {
        m_cursor.insertBlock(block, text);
    }
}

void ReportCursor::title(const QString &text)
{
    startBlock(blockFormat(0, 4), textFormat(titlePoints, true));
    m_cursor.insertText(text);
}

void ReportCursor::heading(const QString &text)
{
    QTextBlockFormat block = blockFormat(12, 4);
    block.setProperty(KeepWithNext, true);
    startBlock(block, textFormat(headingPoints, true));
    m_cursor.insertText(text);
}

void ReportCursor::paragraph(const QString &text)
{
    startBlock(blockFormat(0, 2), textFormat(bodyPoints));
    m_cursor.insertText(text);
}

void ReportCursor::labelled(const QString &label, const QString &text)
{
    startBlock(blockFormat(0, 2), textFormat(bodyPoints));
    m_cursor.insertText(label, textFormat(bodyPoints, true));
    m_cursor.insertText(text, textFormat(bodyPoints));
}

void ReportCursor::note(const QString &text)
{
    QTextCharFormat format = textFormat(notePoints);
    format.setForeground(noteColour);
    startBlock(blockFormat(0, 2), format);
    m_cursor.insertText(text);
}

void ReportCursor::figures(const QList<Figure> &rows)
{
    if (rows.isEmpty())
        return;
    startBlock(blockFormat(0, 0), textFormat(bodyPoints));
    QTextTableFormat format;
    format.setBorder(tableBorder * m_point);
    format.setBorderBrush(ruleColour);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(cellPadding * m_point);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 32), QTextLength(QTextLength::PercentageLength, 68)});
    QTextTable *table = m_cursor.insertTable(static_cast<int>(rows.size()), 2, format);
    for (int row = 0; row < rows.size(); ++row) {
        QTextCursor label = table->cellAt(row, 0).firstCursorPosition();
        label.insertText(rows.at(row).first, textFormat(bodyPoints, true));
        QTextCursor value = table->cellAt(row, 1).firstCursorPosition();
        value.insertText(rows.at(row).second, textFormat(bodyPoints));
    }
    m_cursor.movePosition(QTextCursor::End);
}

void ReportCursor::table(const QStringList &header, const QList<QList<Cell>> &rows, int firstNumberColumn)
{
    startBlock(blockFormat(0, 0), textFormat(bodyPoints));
    QTextTableFormat format;
    format.setBorder(tableBorder * m_point);
    format.setBorderBrush(ruleColour);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(cellPadding * m_point);
    format.setCellSpacing(0);
    format.setHeaderRowCount(1);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    const int columns = static_cast<int>(header.size());
    QTextTable *table = m_cursor.insertTable(static_cast<int>(rows.size()) + 1, columns, format);
    auto fill = [&](int row, const QList<Cell> &cells, bool bold) {
        for (int column = 0; column < columns; ++column) {
            QTextTableCell cell = table->cellAt(row, column);
            if (bold) {
                QTextCharFormat background = cell.format();
                background.setBackground(headerBackground);
                cell.setFormat(background);
            }
            QTextCursor cursor = cell.firstCursorPosition();
            QTextBlockFormat block = cursor.blockFormat();
            block.setAlignment(column >= firstNumberColumn ? Qt::AlignRight : Qt::AlignLeft);
            cursor.setBlockFormat(block);
            const Cell content = cells.value(column);
            QTextCharFormat format = textFormat(notePoints + 0.5, bold);
            if (!content.link.isEmpty()) {
                format.setAnchor(true);
                format.setAnchorHref(content.link);
                format.setForeground(linkColour);
                format.setFontUnderline(true);
            }
            cursor.insertText(content.text, format);
        }
    };
    QList<Cell> headerCells;
    for (const QString &text : header)
        headerCells.append({text});
    fill(0, headerCells, true);
    for (int row = 0; row < rows.size(); ++row)
        fill(row + 1, rows.at(row), false);
    m_cursor.movePosition(QTextCursor::End);
}

QString ReportCursor::addPicture(const ChartExporter &chart, QSizeF logical)
{
    const QSize pixels = (logical * pictureResolution).toSize();
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.scale(pictureResolution, pictureResolution);
        chart.paint(painter, logical);
    }
    QString name;
    if (m_charts == Charts::InlineSvg) {
        // The HTML file carries its charts as SVG (vector, text searchable), in the file itself.
        QByteArray svg;
        QBuffer buffer(&svg);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(logical.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), logical));
        QPainter painter(&generator);
        chart.paint(painter, logical);
        painter.end();
        name = QStringLiteral("data:image/svg+xml;base64,") + QString::fromLatin1(svg.toBase64());
    } else {
        name = QStringLiteral("chart-%1.png").arg(++m_pictures);
    }
    // Laid out (and written to ODF) from the picture kept under its name.
    m_document.addResource(QTextDocument::ImageResource, QUrl(name), image);
    return name;
}

void ReportCursor::chart(std::unique_ptr<ChartExporter> chart, double heightRatio)
{
    QTextBlockFormat block = blockFormat(6, 6);
    block.setAlignment(Qt::AlignHCenter);
    startBlock(block, textFormat(bodyPoints));
    const QSizeF size(m_width, m_width * heightRatio);
    const QSizeF logical(chartLogicalWidth, chartLogicalWidth * heightRatio);
    if (m_charts == Charts::Vector) {
        ChartTextObject *handler = ChartTextObject::install(m_document);
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter),
                            handler->format(std::move(chart), size, chartLogicalWidth));
        return;
    }
    QTextImageFormat image;
    image.setName(addPicture(*chart, logical));
    image.setWidth(size.width());
    image.setHeight(size.height());
    m_cursor.insertImage(image);
}

} // namespace jobexplorer
