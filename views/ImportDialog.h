#pragma once

#include "ImportMapping.h"
#include "PostingImporter.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLayout;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableView;
class QTableWidget;
class QThread;

namespace jobexplorer {

class ImportPreviewModel;
class ImportSource;

// File ▸ Import postings…: choose a CSV or JSON file, check or change the detected encoding,
// delimiter and header row, map columns to fields (a preset, by header names, or by hand; a
// mapping can be saved and loaded), preview the first rows as they will be stored with their
// problems, then import into a new database or append to the open one. The import runs on a
// worker thread (PostingImporter::run) with progress and Cancel; the target is only replaced
// when the import is complete. The dialog never touches SQL.
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    // openDatabase: the database open in the window (empty for none), offered for appending.
    // taxonomyFile: the skill taxonomy a new database starts from.
    ImportDialog(const QString &openDatabase, const QString &taxonomyFile, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Loads a file as if chosen in the dialog; false (with the reason shown) if it cannot be read.
    bool setSourceFile(const QString &fileName);
    // The new database to create (when not appending).
    void setTargetFile(const QString &fileName);
    // The database written by the last successful import, empty before.
    QString importedDatabase() const { return m_imported; }
    const ImportPreviewModel *previewModel() const { return m_preview; }
    ImportMapping mapping() const;
    bool isRunning() const { return m_thread != nullptr; }

    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Reads the file whose path was typed in the file field, unless it is the one read already.
    void readTypedSource();
    // The parts of the dialog, made in this order (the order of the focus chain).
    QLayout *createFileSection();
    QWidget *createMappingSection();
    QWidget *createPreviewSection();
    QLayout *createTargetSection();
    void createProgressAndButtons();

    void chooseSource();
    void chooseTarget();
    void readSourceSettings();
    void applyPreset();
    void fillMappingTable(const ImportMapping &mapping);
    void loadMapping();
    void saveMapping();
    void updatePreview();
    void updateButtons();
    void startImport();
    void showProgress(double fraction, int rows);
    void finishImport();

    QString m_openDatabase;
    QString m_taxonomyFile;
    std::unique_ptr<ImportSource> m_source;
    ImportPreviewModel *m_preview;

    QLineEdit *m_fileEdit;
    QLabel *m_formatLabel;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QCheckBox *m_headerRow;
    QComboBox *m_preset;
    QTableWidget *m_mappingTable;
    QTableView *m_previewView;
    QLabel *m_problems;
    QRadioButton *m_newDatabase;
    QRadioButton *m_append;
    QLineEdit *m_targetEdit;
    QCheckBox *m_abortOnBadRow;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_importButton;
    QPushButton *m_cancelButton;
    QDialogButtonBox *m_buttons;

    // The running import: its thread, cancel flag and results (read once the thread ended).
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    qint64 m_startedMs = 0;
    bool m_ok = false;
    QString m_error;
    ImportSummary m_summary;
    QString m_target;
    QString m_imported;
    bool m_filling = false;
};

} // namespace jobexplorer
