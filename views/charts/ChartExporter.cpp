#include "ChartExporter.h"

#include "OutputFile.h"

#include "ChartModel.h"
#include "ChartPalette.h"
#include "GapChart.h"
#include "PostingFormat.h"
#include "PostingStore.h"
#include "SalaryBandChart.h"
#include "Workspace.h"

#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTextDocument>

namespace jobexplorer {

namespace {

// Pictures are laid out at this width in logical pixels and scaled to the requested size, so
// text keeps its proportion to the chart at any export size.
constexpr double layoutWidth = 1000;
constexpr double captionMargin = 12;

double scaleFor(QSizeF size)
{
    return std::max(1.0, size.width() / layoutWidth);
}

} // namespace

std::optional<ChartExporter::Format> ChartExporter::formatOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

std::optional<QSize> ChartExporter::parseSize(const QString &text)
{
    const QStringList parts = text.trimmed().toLower().split(QLatin1Char('x'));
    bool widthOk = false, heightOk = false;
    const int width = parts.size() == 2 ? parts.at(0).toInt(&widthOk) : 0;
    const int height = parts.size() == 2 ? parts.at(1).toInt(&heightOk) : 0;
    if (!widthOk || !heightOk || width < 100 || height < 100 || width > 20000 || height > 20000)
        return std::nullopt;
    return QSize(width, height);
}

QStringList ChartExporter::caption(const Workspace &workspace, QDate date)
{
    const PostingStore *store = workspace.store();
    if (!store)
        return {};
    const int matches = workspace.result().matchCount();
    const QString count =
        matches == store->size()
            ? PostingFormat::postingCount(matches)
            : tr("%1 of %2").arg(QLocale().toString(matches), PostingFormat::postingCount(store->size()));
    return {store->meta().title, tr("Filter: %1").arg(workspace.filterDescription()),
            tr("%1 · %2 · Job Market Explorer").arg(count, QLocale().toString(date, QLocale::LongFormat))};
}

ChartExporter::ChartExporter(const ChartModel &model, const ChartBuilder::Options &options,
                             const QStringList &caption)
    : m_title(model.title()), m_caption(caption)
{
    m_chart = [&model, options](QPainter &painter, const QRectF &rect) {
        paintChart(painter, rect, model, options);
    };
}

std::unique_ptr<ChartExporter> ChartExporter::ofKind(ChartKind kind, Workspace &workspace,
                                                     const QStringList &caption,
                                                     const ChartBuilder::Options &options)
{
    const std::optional<ChartModel::Kind> bars = ChartKinds::barKind(kind);
    if (kind == ChartKind::Gap)
        return GapChart::exporter(workspace, caption, true);
    if (!bars)
        return SalaryBandChart::exporter(workspace, caption);
    // The exporter keeps the model it draws.
    const std::shared_ptr<const ChartModel> model = std::make_shared<ChartModel>(&workspace, *bars);
    return std::make_unique<ChartExporter>(
        [model, options](QPainter &painter, const QRectF &rect) {
            paintChart(painter, rect, *model, options);
        },
        model->title(), caption);
}

void ChartExporter::paintChart(QPainter &painter, const QRectF &rect, const ChartModel &model,
                               const ChartBuilder::Options &options)
{
    QGraphicsScene scene;
    auto *chart = new QChart;
    scene.addItem(chart);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(8, 8, 8, 8));
    chart->setGeometry(rect);
    ChartBuilder::Options narrow = options;
    narrow.compact = rect.width() < 640;
    ChartBuilder::build(chart, model, narrow);
    chart->layout()->activate();
    scene.setSceneRect(rect);
    scene.render(&painter, rect, rect);
}

ChartExporter::ChartExporter(ChartPainter chart, const QString &title, const QStringList &caption)
    : m_chart(std::move(chart)), m_title(title), m_caption(caption)
{
}

void ChartExporter::paint(QPainter &painter, QSizeF size) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);

    // The caption as rich text, so long filters wrap; its height decides the chart's.
    QTextDocument caption;
    QFont font = painter.font();
    font.setPixelSize(13);
    caption.setDefaultFont(font);
    caption.setTextWidth(size.width() - 2 * captionMargin);
    QString html;
    for (qsizetype i = 0; i < m_caption.size(); ++i) {
        const QString line = m_caption.at(i).toHtmlEscaped();
        html += i == 0 ? QStringLiteral("<b>%1</b>").arg(line) : QStringLiteral("<br>%1").arg(line);
    }
    caption.setHtml(
        QStringLiteral("<div style=\"color:%1\">%2</div>").arg(ChartPalette::text().name(), html));
    const double captionHeight = m_caption.isEmpty() ? 0 : caption.size().height() + 2 * captionMargin;
    const QRectF chartRect(0, 0, size.width(), std::max(1.0, size.height() - captionHeight));

    m_chart(painter, chartRect);

    if (!m_caption.isEmpty()) {
        painter.setPen(QPen(QColor(0xCC, 0xCC, 0xCC), 1));
        painter.drawLine(QPointF(captionMargin, chartRect.bottom()),
                         QPointF(size.width() - captionMargin, chartRect.bottom()));
        painter.save();
        painter.translate(captionMargin, chartRect.bottom() + captionMargin);
        caption.drawContents(&painter);
        painter.restore();
    }
}

QImage ChartExporter::image(QSize size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    const double scale = scaleFor(size);
    painter.scale(scale, scale);
    paint(painter, QSizeF(size) / scale);
    return image;
}

bool ChartExporter::write(QIODevice &device, Format format, QSize size)
{
    switch (format) {
    case Format::Png:
        return image(size).save(&device, "PNG");
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&device);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(m_title);
        svg.setDescription(m_caption.join(QLatin1Char('\n')));
        QPainter painter(&svg);
        const double scale = scaleFor(size);
        painter.scale(scale, scale);
        paint(painter, QSizeF(size) / scale);
        return painter.end();
    }
    case Format::Pdf: {
        QPdfWriter pdf(&device);
        pdf.setTitle(m_title);
        pdf.setCreator(QStringLiteral("Job Market Explorer"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        QPainter painter(&pdf);
        // Lay the page out like a picture of the requested proportions, as wide as the page.
        const QRect page = painter.viewport();
        const QSizeF logical(layoutWidth, layoutWidth * size.height() / size.width());
        const double scale = std::min(page.width() / logical.width(), page.height() / logical.height());
        painter.scale(scale, scale);
        paint(painter, logical);
        return painter.end();
    }
    }
    return false;
}

bool ChartExporter::writeFile(const QString &fileName, QSize size)
{
    m_error.clear();
    const std::optional<Format> format = formatOf(fileName);
    const QString name = QDir::toNativeSeparators(fileName);
    if (!format) {
        m_error = tr("Cannot export a chart to %1: the file name must end in .png, .svg or .pdf.").arg(name);
        return false;
    }
    if (size.width() < 100 || size.height() < 100 || size.width() > 20000 || size.height() > 20000) {
        m_error = tr("Cannot export a chart of %1×%2 pixels: choose between 100 and 20000 pixels a side.")
                      .arg(size.width())
                      .arg(size.height());
        return false;
    }
    OutputFile file(fileName);
    if (!file.open()) {
        m_error = tr("Could not write %1: %2").arg(name, file.errorString());
        return false;
    }
    if (!write(file.device(), *format, size)) {
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
