#include "ReportActions.h"

#include "ClientReportSection.h"
#include "Workspace.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QWidget>

namespace jobexplorer {

ReportActions::ReportActions(Workspace *workspace, QWidget *window)
    : QObject(window), m_workspace(workspace), m_window(window), m_printAction(new QAction(this)),
      m_previewAction(new QAction(this)), m_exportAction(new QAction(this))
{
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_previewAction->setObjectName(QStringLiteral("printPreviewAction"));
    m_exportAction->setObjectName(QStringLiteral("exportReportAction"));
    connect(m_printAction, &QAction::triggered, this, [this] {
        QString title;
        if (askTitle(&title))
            print(title);
    });
    connect(m_previewAction, &QAction::triggered, this, [this] {
        QString title;
        if (askTitle(&title))
            preview(title);
    });
    connect(m_exportAction, &QAction::triggered, this, &ReportActions::chooseExportFile);
    // Nothing to report on without a database.
    auto update = [this] {
        for (QAction *action : {m_printAction, m_previewAction, m_exportAction})
            action->setEnabled(m_workspace->isOpen());
    };
    connect(m_workspace, &Workspace::opened, this, update);
    update();
    window->installEventFilter(this);
    retranslate();
}

ReportActions::~ReportActions() = default;

void ReportActions::retranslate()
{
    m_printAction->setText(tr("&Print…"));
    m_previewAction->setText(tr("Print Pre&view…"));
    m_exportAction->setText(tr("Export &Report…"));
}

bool ReportActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

bool ReportActions::askTitle(QString *title)
{
    bool accepted = false;
    const QString text =
        QInputDialog::getText(m_window, tr("Report"), tr("Title of the report:"), QLineEdit::Normal,
                              m_title.isEmpty() ? Report::defaultTitle() : m_title, &accepted);
    if (!accepted)
        return false;
    m_title = text.trimmed();
    *title = m_title;
    return true;
}

std::unique_ptr<Report> ReportActions::report(const QString &title) const
{
    Report::Options options = m_source ? m_source() : Report::Options();
    options.title = title;
    auto report = std::make_unique<Report>(*m_workspace, std::move(options));
    if (m_workspace->clientSkills())
        report->addSection(
            std::make_unique<ClientReportSection>(*m_workspace, !m_clientNameShown || m_clientNameShown()));
    return report;
}

void ReportActions::preparePrinter()
{
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        // The printer's own paper when there is a printer, else the locale's.
        const QPageSize paper = m_printer->printerName().isEmpty() ? Report::defaultPageSize()
                                                                   : m_printer->pageLayout().pageSize();
        Report::setUpPage(*m_printer, paper);
    }
    m_printer->setDocName(m_title.isEmpty() ? Report::defaultTitle() : m_title);
}

void ReportActions::print(const QString &title)
{
    if (!m_workspace->isOpen())
        return;
    m_title = title;
    preparePrinter();
    QPrintDialog dialog(m_printer.get(), m_window);
    dialog.setObjectName(QStringLiteral("printDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The paper chosen in the dialog, with the report's margins.
    Report::setUpPage(*m_printer, m_printer->pageLayout().pageSize());
    if (!report(title)->print(*m_printer))
        Q_EMIT errorOccurred(tr("The report could not be printed: the printer refused it."));
}

void ReportActions::preview(const QString &title)
{
    if (!m_workspace->isOpen())
        return;
    m_title = title;
    preparePrinter();
    auto *dialog = new QPrintPreviewDialog(m_printer.get(), m_window);
    dialog->setObjectName(QStringLiteral("reportPreview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The report as it is now, painted again whenever the preview's paper or printer changes.
    std::shared_ptr<const Report> shown = report(title);
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [shown](QPrinter *printer) {
        Report::setUpPage(*printer, printer->pageLayout().pageSize());
        shown->print(*printer);
    });
    dialog->resize(m_window->size() * 0.9);
    dialog->open();
}

bool ReportActions::exportTo(const QString &fileName, const QString &title, const QPageSize &pageSize)
{
    const std::unique_ptr<Report> written = report(title);
    if (!written->writeFile(fileName, pageSize)) {
        Q_EMIT errorOccurred(written->errorString());
        return false;
    }
    Q_EMIT exported(tr("Exported the report to %1").arg(QDir::toNativeSeparators(fileName)));
    return true;
}

void ReportActions::chooseExportFile()
{
    QString title;
    if (!m_workspace->isOpen() || !askTitle(&title))
        return;
    const QString folder = m_folder.isEmpty() ? QDir::homePath() : m_folder;
    QString filter;
    QString fileName = QFileDialog::getSaveFileName(
        m_window, tr("Export Report"), QDir(folder).filePath(tr("report.pdf")),
        tr("PDF documents (*.pdf);;OpenDocument text (*.odt);;Web pages (*.html)"), &filter);
    if (fileName.isEmpty())
        return;
    // A name typed without an extension gets the one of the format chosen.
    if (QFileInfo(fileName).suffix().isEmpty()) {
        for (const char *suffix : {".odt", ".html", ".pdf"}) {
            if (filter.contains(QLatin1String(suffix)) || qstrcmp(suffix, ".pdf") == 0) {
                fileName += QLatin1String(suffix);
                break;
            }
        }
    }
    m_folder = QFileInfo(fileName).absolutePath();
    // The paper of the last print or preview, else the locale's.
    exportTo(fileName, title, m_printer ? m_printer->pageLayout().pageSize() : Report::defaultPageSize());
}

} // namespace jobexplorer
