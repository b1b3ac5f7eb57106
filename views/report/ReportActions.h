#pragma once

#include "Report.h"

#include <QObject>
#include <QPageSize>
#include <QString>

#include <functional>
#include <memory>

class QAction;
class QPrinter;
class QWidget;

namespace jobexplorer {

class Workspace;

// File ▸ Print… (Ctrl+P), Print Preview… and Export Report…: each asks for the report's title
// (the last one given, else Report::defaultTitle()), then prints, previews or writes the report
// of what is on screen, on the printer's paper (the locale's without a printer; an exported PDF
// takes the paper last printed or previewed on). The preview paints with the printer that prints, so it shows
// exactly what prints. The workspace and window must outlive the actions; results are reported through
// exported() and errorOccurred().
class ReportActions final : public QObject
{
    Q_OBJECT
public:
    using OptionsSource = std::function<Report::Options()>;

    ReportActions(Workspace *workspace, QWidget *window);
    ~ReportActions() override;

    QAction *printAction() const { return m_printAction; }
    QAction *previewAction() const { return m_previewAction; }
    QAction *exportAction() const { return m_exportAction; }
    // What is on screen besides the workspace: the chart on show, the cohorts compared.
    void setOptionsSource(OptionsSource source) { m_source = std::move(source); }
    // Whether the client's section names the client (the gap chart's name toggle); named when
    // not set. While a client is chosen the report ends with the client's section
    // (ClientReportSection).
    void setClientNameSource(std::function<bool()> source) { m_clientNameShown = std::move(source); }

    // The steps after the title was asked, for the actions and for tests. The preview is a
    // dialog of the window's (objectName "reportPreview"), deleted when closed.
    void print(const QString &title);
    void preview(const QString &title);
    bool exportTo(const QString &fileName, const QString &title, const QPageSize &pageSize);
    QPrinter *printer() const { return m_printer.get(); }

Q_SIGNALS:
    void exported(const QString &message);
    void errorOccurred(const QString &message);

private:
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Asks for the title; false when cancelled.
    bool askTitle(QString *title);
    std::unique_ptr<Report> report(const QString &title) const;
    void preparePrinter();
    void chooseExportFile();

    Workspace *m_workspace;
    QWidget *m_window;
    OptionsSource m_source;
    std::function<bool()> m_clientNameShown;
    std::unique_ptr<QPrinter> m_printer;
    QString m_title;
    QString m_folder;
    QAction *m_printAction;
    QAction *m_previewAction;
    QAction *m_exportAction;
};

} // namespace jobexplorer
