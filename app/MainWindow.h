#pragma once

#include <QMainWindow>

#include <cstdint>

class QDockWidget;
class QLabel;
class QTabWidget;

namespace jobexplorer {

class ChartsPanel;
class ClientPanel;
class CompareView;
class FilterPanel;
class PostingDetailView;
class PostingTableModel;
class PostingTableView;
class ReportActions;
class Workspace;

// Assembles the views around one Workspace and wires the File menu, drag and drop and the
// status bar. Opening a bad file shows a message and keeps what was open.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    // A window over an existing workspace (not taken over); nullptr makes one of its own.
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens fileName; on failure shows why (without blocking) and returns false.
    bool openDatabase(const QString &fileName);
    Workspace *workspace() const { return m_workspace; }
    // Switches the program to another language (Translations) and remembers it. Every window
    // shows its texts in the new language before this returns, with its data, filter, selection
    // and layout as they were. Returns false when code is the current language or not available.
    bool switchLanguage(const QString &code);
    ChartsPanel *charts() const { return m_charts; }
    // View ▸ Reset Layout: the docks where a new window has them, the default window size and
    // every table column shown in its place at its default width.
    void resetLayout();
    CompareView *compareView() const { return m_compare; }
    // File ▸ Print…, Print Preview… and Export Report… of what is on screen.
    ReportActions *reportActions() const { return m_report; }
    ClientPanel *clientPanel() const { return m_clientPanel; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // Every text of the window in the current language (the views retranslate themselves).
    void retranslate();
    QDockWidget *dock(const char *name) const;
    void createMenus();
    void createFileMenu();
    void createViewMenu();
    void createLanguageMenu(QMenu *view);
    void createHelpMenu();
    void showMessage(const QString &message);
    // Sizes the docks as in a new window.
    void sizeDocks();
    void chooseDatabase();
    void exportCsv();
    void exportJson();
    void importPostings();
    // Asks where to export; empty when the user cancels.
    QString chooseExportFile(const QString &title, const QString &fileName, const QString &filter);
    void reportExport(const QString &fileName);
    void updateRecentFilesMenu();
    void rememberRecentFile(const QString &fileName);
    void openRecentFile(const QString &fileName);
    // How fileName is named to the user: the bundled dataset's copy in the cache by its title,
    // any other file by its path.
    QString displayName(const QString &fileName) const;
    void updateStatus();
    void showError(const QString &message);
    void showPosting(std::int64_t postingId);
    // The table's Fit column and the detail pane's client skills follow the chosen client.
    void showClient();

    Workspace *m_workspace;
    PostingTableModel *m_tableModel;
    PostingTableView *m_table;
    PostingDetailView *m_detail;
    FilterPanel *m_filterPanel;
    ChartsPanel *m_charts;
    CompareView *m_compare;
    ReportActions *m_report;
    ClientPanel *m_clientPanel;
    QByteArray m_defaultDockState;
    QTabWidget *m_central;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    // The window's own actions, named in retranslate().
    QAction *m_openAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_exportJsonAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_expressionAction = nullptr;
    QAction *m_showPostingsAction = nullptr;
    QAction *m_showCompareAction = nullptr;
    QAction *m_showClientAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QLabel *m_statusLabel;
};

} // namespace jobexplorer
