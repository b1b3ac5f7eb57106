#pragma once

#include <QObject>
#include <QTextObjectInterface>

#include <memory>
#include <vector>

namespace jobexplorer {

class ChartExporter;

// Draws charts inside a QTextDocument as vector graphics: each chart is one character of the
// text (like an image) whose format names the chart, and layout and painting ask this handler
// for its size and to paint it through the document's painter, so a PDF gets the chart's lines
// and labels as lines and text, not a bitmap (Qt's "Text Object" example does the same for SVG).
// Register it with install(); it is owned by the document and lives as long as it.
class ChartTextObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int objectType = QTextFormat::UserObject + 17;

    // The document's handler, made and registered on first use.
    static ChartTextObject *install(QTextDocument &document);

    // A character format showing chart at size (document units); the chart is laid out at
    // logicalWidth pixels and scaled to size, so its text keeps its proportion to the page.
    QTextCharFormat format(std::unique_ptr<ChartExporter> chart, QSizeF size, double logicalWidth);

    QSizeF intrinsicSize(QTextDocument *document, int positionInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int positionInDocument,
                    const QTextFormat &format) override;

private:
    explicit ChartTextObject(QObject *parent);

    enum Property { ChartIndex = QTextFormat::UserProperty + 1, Size, LogicalWidth };
    std::vector<std::unique_ptr<ChartExporter>> m_charts;
};

} // namespace jobexplorer
