#include "ChartTextObject.h"

#include "ChartExporter.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

namespace jobexplorer {

ChartTextObject::ChartTextObject(QObject *parent) : QObject(parent) {}

ChartTextObject *ChartTextObject::install(QTextDocument &document)
{
    if (auto *existing = document.findChild<ChartTextObject *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    auto *handler = new ChartTextObject(&document);
    document.documentLayout()->registerHandler(objectType, handler);
    return handler;
}

QTextCharFormat ChartTextObject::format(std::unique_ptr<ChartExporter> chart, QSizeF size,
                                        double logicalWidth)
{
    QTextCharFormat format;
    format.setObjectType(objectType);
    format.setProperty(ChartIndex, static_cast<int>(m_charts.size()));
    format.setProperty(Size, size);
    format.setProperty(LogicalWidth, logicalWidth);
    m_charts.push_back(std::move(chart));
    return format;
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(Size).toSizeF();
}

void ChartTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                 const QTextFormat &format)
{
    const int index = format.property(ChartIndex).toInt();
    if (index < 0 || index >= static_cast<int>(m_charts.size()))
        return;
    // Not on the page painted (its paragraph began on the page before): clipped away, its text
    // would still be in the PDF, found by a search on the wrong page.
    if (painter->hasClipping() && !painter->clipBoundingRect().intersects(rect))
        return;
    const double scale = rect.width() / format.property(LogicalWidth).toDouble();
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(scale, scale);
    m_charts[static_cast<std::size_t>(index)]->paint(*painter, rect.size() / scale);
    painter->restore();
}

} // namespace jobexplorer
