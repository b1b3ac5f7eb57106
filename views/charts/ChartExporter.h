#pragma once

#include "ChartBuilder.h"
#include "ChartKind.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QSize>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;
class QPainter;

namespace jobexplorer {

class ChartModel;
class Workspace;

// Pictures of a chart that explain themselves when pasted into a report: the chart above a
// caption naming the dataset, the filter in words, "N of M postings" and the date. PNG at an
// exact pixel size, SVG and PDF as vector graphics, each written through QSaveFile so a
// failure leaves no partial file.
class ChartExporter final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::ChartExporter)
public:
    enum class Format { Png, Svg, Pdf };
    static constexpr QSize defaultSize{1600, 1000};

    // The format a file name asks for by its extension (.png, .svg, .pdf), if any.
    static std::optional<Format> formatOf(const QString &fileName);
    // "1600x1000" as a size, when both sides are 100 to 20000 pixels.
    static std::optional<QSize> parseSize(const QString &text);
    // The caption's lines for the workspace's current filter.
    static QStringList caption(const Workspace &workspace, QDate date = QDate::currentDate());

    // Paints a chart into a rectangle of the picture (above the caption).
    using ChartPainter = std::function<void(QPainter &painter, const QRectF &rect)>;

    // model must outlive the exporter.
    ChartExporter(const ChartModel &model, const ChartBuilder::Options &options, const QStringList &caption);
    ChartExporter(ChartPainter chart, const QString &title, const QStringList &caption);

    // The chart of kind over the workspace's current filter, as the command line writes it (with
    // the default options) or a report draws the chart on show; the workspace must outlive the
    // exporter.
    static std::unique_ptr<ChartExporter> ofKind(ChartKind kind, Workspace &workspace,
                                                 const QStringList &caption,
                                                 const ChartBuilder::Options &options = {});

    // size is the PNG's exact pixel size, and the SVG's size; a PDF is an A4 landscape page.
    bool writeFile(const QString &fileName, QSize size = defaultSize);
    // Writes the picture in format to device (e.g. a buffer); false when painting failed.
    bool write(QIODevice &device, Format format, QSize size = defaultSize);
    QImage image(QSize size = defaultSize) const;
    QString errorString() const { return m_error; }
    // Paints the picture on a white background into (0, 0, size) of painter, in logical pixels
    // (text keeps its size, the chart fills the rest): a PDF page or a report paints it as
    // vector graphics, text as text. Without a caption the chart fills it all.
    void paint(QPainter &painter, QSizeF size) const;

private:
    static void paintChart(QPainter &painter, const QRectF &rect, const ChartModel &model,
                           const ChartBuilder::Options &options);

    ChartPainter m_chart;
    QString m_title;
    QStringList m_caption;
    QString m_error;
};

} // namespace jobexplorer
