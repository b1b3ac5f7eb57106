#include "ImportDialog.h"

#include "ImportPreviewModel.h"
#include "ImportSource.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace jobexplorer {

namespace {

constexpr int PreviewRows = 20;
constexpr int ProgressSteps = 1000;
constexpr int MappingColumnField = 0;
constexpr int MappingColumnSource = 1;
constexpr int RejectedShown = 20;

using Field = ImportMapping::Field;

} // namespace

ImportDialog::ImportDialog(const QString &openDatabase, const QString &taxonomyFile, QWidget *parent)
    : QDialog(parent), m_openDatabase(openDatabase), m_taxonomyFile(taxonomyFile),
      m_preview(new ImportPreviewModel(this))
{
    setWindowTitle(tr("Import Postings"));

    QLayout *fileSection = createFileSection();
    QWidget *mappingSection = createMappingSection();
    QWidget *previewSection = createPreviewSection();
    QLayout *targetRow = createTargetSection();
    createProgressAndButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileSection);
    auto *middle = new QHBoxLayout;
    middle->addWidget(mappingSection, 2);
    middle->addWidget(previewSection, 3);
    layout->addLayout(middle, 1);
    layout->addLayout(targetRow);
    layout->addWidget(m_append);
    layout->addWidget(m_abortOnBadRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    updateButtons();
}

// The file and how it is read.
QLayout *ImportDialog::createFileSection()
{
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    // A path typed or pasted here is read when the field is left or Enter is pressed (Enter
    // there reads the file and goes no further: it does not press one of the dialog's buttons).
    connect(m_fileEdit, &QLineEdit::editingFinished, this, &ImportDialog::readTypedSource);
    m_fileEdit->installEventFilter(this);
    auto *browse = new QPushButton(tr("&Choose…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseSource);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browse);
    m_formatLabel = new QLabel(this);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("UTF-8"), int(CsvReader::Encoding::Utf8));
    m_encoding->addItem(tr("Windows-1252 / Latin-1"), int(CsvReader::Encoding::Windows1252));
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(tr("Comma (,)"), int(','));
    m_delimiter->addItem(tr("Semicolon (;)"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->addItem(tr("Vertical bar (|)"), int('|'));
    m_headerRow = new QCheckBox(tr("First row names the columns"), this);
    m_headerRow->setObjectName(QStringLiteral("headerCheck"));
    for (QComboBox *combo : {m_encoding, m_delimiter})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::readSourceSettings);
    connect(m_headerRow, &QCheckBox::toggled, this, &ImportDialog::readSourceSettings);

    auto *fileForm = new QFormLayout;
    fileForm->addRow(tr("&File:"), fileRow);
    // A label made for a row of several widgets has no buddy of its own (a literal "&").
    qobject_cast<QLabel *>(fileForm->labelForField(fileRow))->setBuddy(m_fileEdit);
    fileForm->addRow(tr("Format:"), m_formatLabel);
    fileForm->addRow(tr("&Encoding:"), m_encoding);
    fileForm->addRow(tr("&Delimiter:"), m_delimiter);
    fileForm->addRow(QString(), m_headerRow);
    return fileForm;
}

// Columns to fields: a preset, a saved mapping, or a column chosen per field.
QWidget *ImportDialog::createMappingSection()
{
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->addItem(tr("Detected from the header and values"), QString());
    for (const QString &name : ImportMapping::presetNames())
        m_preset->addItem(name, name);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ImportDialog::applyPreset);
    auto *loadButton = new QPushButton(tr("&Load…"), this);
    loadButton->setObjectName(QStringLiteral("loadMappingButton"));
    connect(loadButton, &QPushButton::clicked, this, &ImportDialog::loadMapping);
    auto *saveButton = new QPushButton(tr("&Save…"), this);
    saveButton->setObjectName(QStringLiteral("saveMappingButton"));
    connect(saveButton, &QPushButton::clicked, this, &ImportDialog::saveMapping);
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(new QLabel(tr("&Mapping:"), this));
    presetRow->addWidget(m_preset, 1);
    presetRow->addWidget(loadButton);
    presetRow->addWidget(saveButton);
    static_cast<QLabel *>(presetRow->itemAt(0)->widget())->setBuddy(m_preset);

    m_mappingTable = new QTableWidget(ImportMapping::FieldCount, 2, this);
    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_mappingTable->setHorizontalHeaderLabels({tr("Field"), tr("Column in the file")});
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < ImportMapping::FieldCount; ++i) {
        auto *label = new QTableWidgetItem(ImportMapping::fieldLabel(Field(i)));
        label->setFlags(Qt::ItemIsEnabled);
        m_mappingTable->setItem(i, MappingColumnField, label);
        auto *combo = new QComboBox(m_mappingTable);
        combo->setObjectName(QStringLiteral("mapping_") + ImportMapping::fieldKey(Field(i)));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                updatePreview();
        });
        m_mappingTable->setCellWidget(i, MappingColumnSource, combo);
    }
    auto *mappingBox = new QGroupBox(tr("Columns"), this);
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->addLayout(presetRow);
    mappingLayout->addWidget(m_mappingTable);
    return mappingBox;
}

QWidget *ImportDialog::createPreviewSection()
{
    m_previewView = new QTableView(this);
    m_previewView->setObjectName(QStringLiteral("previewTable"));
    m_previewView->setModel(m_preview);
    m_previewView->verticalHeader()->hide();
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    auto *previewBox = new QGroupBox(tr("Preview: the first rows as they will be stored"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_previewView);
    previewLayout->addWidget(m_problems);
    return previewBox;
}

// The target: a new database or the open one (m_newDatabase, m_append), and whether a bad row
// stops the import. Returns the new database's row.
QLayout *ImportDialog::createTargetSection()
{
    m_newDatabase = new QRadioButton(tr("Into a &new database:"), this);
    m_newDatabase->setObjectName(QStringLiteral("newDatabaseRadio"));
    m_targetEdit = new QLineEdit(this);
    m_targetEdit->setObjectName(QStringLiteral("targetEdit"));
    auto *chooseTargetButton = new QPushButton(tr("C&hoose…"), this);
    connect(chooseTargetButton, &QPushButton::clicked, this, &ImportDialog::chooseTarget);
    m_append = new QRadioButton(
        tr("&Append to the open database (%1)")
            .arg(m_openDatabase.isEmpty() ? tr("none") : QFileInfo(m_openDatabase).fileName()),
        this);
    m_append->setObjectName(QStringLiteral("appendRadio"));
    m_append->setEnabled(!m_openDatabase.isEmpty());
    m_newDatabase->setChecked(true);
    m_abortOnBadRow =
        new QCheckBox(tr("Import nothing if a row is rejected (otherwise skip bad rows)"), this);
    m_abortOnBadRow->setObjectName(QStringLiteral("abortCheck"));
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_newDatabase);
    targetRow->addWidget(m_targetEdit, 1);
    targetRow->addWidget(chooseTargetButton);
    for (QRadioButton *radio : {m_newDatabase, m_append})
        connect(radio, &QRadioButton::toggled, this, &ImportDialog::updateButtons);
    connect(m_targetEdit, &QLineEdit::textChanged, this, &ImportDialog::updateButtons);
    return targetRow;
}

// The progress bar, the status line and Import, Cancel and Close.
void ImportDialog::createProgressAndButtons()
{
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, ProgressSteps);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setEnabled(false);
    disconnect(m_buttons, nullptr, this, nullptr);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { m_cancel = true; });
    connect(m_buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, [this] {
        if (m_imported.isEmpty())
            reject();
        else
            accept();
    });
}

ImportDialog::~ImportDialog()
{
    // The file field, if it has the focus, says its editing finished while the dialog goes.
    disconnect(m_fileEdit, nullptr, this, nullptr);
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void ImportDialog::chooseSource()
{
    const QString fileName = QFileDialog::getOpenFileName(
        this, tr("Import Postings"), {}, tr("Postings (*.csv *.tsv *.txt *.json);;All files (*)"));
    if (!fileName.isEmpty())
        setSourceFile(fileName);
}

bool ImportDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_fileEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            readTypedSource();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ImportDialog::readTypedSource()
{
    const QString typed = QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
    if (typed.isEmpty() || (m_source && QFileInfo(typed) == QFileInfo(m_source->fileName())))
        return;
    setSourceFile(typed);
}

void ImportDialog::chooseTarget()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("New Database"), m_targetEdit->text(),
                                                          tr("Job Market Explorer databases (*.sqlite)"));
    if (!fileName.isEmpty())
        m_targetEdit->setText(fileName);
}

bool ImportDialog::setSourceFile(const QString &fileName)
{
    auto source = std::make_unique<ImportSource>();
    if (!source->open(fileName)) {
        m_status->setText(source->errorString());
        m_source.reset();
        m_preview->setRows({});
        updateButtons();
        return false;
    }
    m_source = std::move(source);
    m_fileEdit->setText(QDir::toNativeSeparators(fileName));
    if (m_targetEdit->text().isEmpty()) {
        const QFileInfo info(fileName);
        m_targetEdit->setText(info.absolutePath() % QLatin1Char('/') % info.completeBaseName() %
                              QLatin1String(".sqlite"));
    }
    m_status->clear();
    m_filling = true;
    const bool csv = m_source->format() == ImportSource::Format::Csv;
    m_formatLabel->setText(
        m_source->format() == ImportSource::Format::JsonDataset ? tr("Job Market Explorer dataset (JSON)")
        : csv ? tr("CSV%1").arg(m_source->hasByteOrderMark() ? tr(", with byte order mark") : QString())
              : tr("JSON list of objects"));
    m_encoding->setCurrentIndex(m_encoding->findData(int(m_source->encoding())));
    m_delimiter->setCurrentIndex(m_delimiter->findData(int(m_source->delimiter())));
    m_headerRow->setChecked(m_source->hasHeaderRow());
    // Reading settings only mean something for CSV; a dataset file needs no mapping.
    const bool mapped = m_source->format() != ImportSource::Format::JsonDataset;
    for (QWidget *w : std::initializer_list<QWidget *>{m_encoding, m_delimiter, m_headerRow})
        w->setEnabled(csv);
    for (QWidget *w : std::initializer_list<QWidget *>{m_preset, m_mappingTable})
        w->setEnabled(mapped);
    m_filling = false;
    applyPreset();
    return true;
}

void ImportDialog::readSourceSettings()
{
    if (m_filling || !m_source || m_source->format() != ImportSource::Format::Csv)
        return;
    m_source->setEncoding(CsvReader::Encoding(m_encoding->currentData().toInt()));
    m_source->setDelimiter(char(m_delimiter->currentData().toInt()));
    m_source->setHasHeaderRow(m_headerRow->isChecked());
    applyPreset();
}

void ImportDialog::applyPreset()
{
    if (m_filling || !m_source)
        return;
    const QString name = m_preset->currentData().toString();
    const auto preset = name.isEmpty() ? std::optional(ImportMapping::detect(
                                             m_source->header(), m_source->sample(ImportMapping::SampleRows)))
                                       : ImportMapping::preset(name);
    fillMappingTable(preset.value_or(ImportMapping()));
}

void ImportDialog::fillMappingTable(const ImportMapping &mapping)
{
    m_filling = true;
    const QStringList header = m_source ? m_source->header() : QStringList();
    const auto columns = mapping.resolve(header);
    for (int i = 0; i < ImportMapping::FieldCount; ++i) {
        auto *combo = static_cast<QComboBox *>(m_mappingTable->cellWidget(i, MappingColumnSource));
        combo->clear();
        combo->addItem(tr("(not imported)"), QString());
        for (const QString &column : header)
            combo->addItem(column, column);
        combo->setCurrentIndex(columns[std::size_t(i)] + 1);
    }
    m_filling = false;
    updatePreview();
}

ImportMapping ImportDialog::mapping() const
{
    ImportMapping result;
    result.setName(m_preset->currentData().toString());
    for (int i = 0; i < ImportMapping::FieldCount; ++i) {
        const auto *combo = static_cast<QComboBox *>(m_mappingTable->cellWidget(i, MappingColumnSource));
        result.setColumn(Field(i), combo->currentData().toString());
    }
    // Named after the preset or detected mapping it equals; edited by hand, it is "custom".
    const auto preset = ImportMapping::preset(result.name());
    const ImportMapping detected =
        m_source ? ImportMapping::detect(m_source->header(), m_source->sample(ImportMapping::SampleRows))
                 : ImportMapping();
    ImportMapping named = preset.value_or(detected);
    named.setName(QString());
    result.setName(QString());
    result.setName(named == result ? preset.value_or(detected).name() : QStringLiteral("custom"));
    return result;
}

void ImportDialog::loadMapping()
{
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Load Column Mapping"), {},
                                                          tr("Column mappings (*.json);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (const auto loaded = ImportMapping::load(fileName, &error))
        fillMappingTable(*loaded);
    else
        QMessageBox::warning(this, windowTitle(), error);
}

void ImportDialog::saveMapping()
{
    const QString fileName =
        QFileDialog::getSaveFileName(this, tr("Save Column Mapping"), {}, tr("Column mappings (*.json)"));
    if (fileName.isEmpty())
        return;
    ImportMapping m = mapping();
    m.setName(QFileInfo(fileName).completeBaseName());
    QString error;
    if (!m.save(fileName, &error))
        QMessageBox::warning(this, windowTitle(), error);
}

void ImportDialog::updatePreview()
{
    if (!m_source) {
        m_preview->setRows({});
        updateButtons();
        return;
    }
    QString error;
    auto base = PostingImporter::newBase(m_taxonomyFile, m_source->fileName(), &error);
    PostingImporter importer(base.value_or(Dataset()));
    m_preview->setRows(importer.previewRows(*m_source, mapping(), PreviewRows));
    m_previewView->resizeColumnsToContents();
    const int problems = m_preview->problemCount();
    const bool titled =
        mapping().isMapped(Field::Title) || m_source->format() == ImportSource::Format::JsonDataset;
    m_problems->setText(!titled         ? tr("Map a column to the title to import.")
                        : problems == 0 ? tr("No problems in the preview.")
                                        : tr("%Ln of the first rows would be rejected.", nullptr, problems));
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const bool running = m_thread != nullptr;
    const bool titled = m_source && (m_source->format() == ImportSource::Format::JsonDataset ||
                                     mapping().isMapped(Field::Title));
    const bool target = m_append->isChecked() || !m_targetEdit->text().trimmed().isEmpty();
    m_importButton->setEnabled(!running && titled && target);
    m_cancelButton->setEnabled(running);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!running);
}

void ImportDialog::setTargetFile(const QString &fileName)
{
    m_newDatabase->setChecked(true);
    m_targetEdit->setText(fileName);
}

void ImportDialog::startImport()
{
    if (!m_source || m_thread)
        return;
    m_target = m_append->isChecked() ? m_openDatabase : m_targetEdit->text().trimmed();
    if (m_newDatabase->isChecked() && QFileInfo::exists(m_target)) {
        const auto answer = QMessageBox::question(
            this, windowTitle(),
            tr("%1 exists. Add the postings to it?").arg(QDir::toNativeSeparators(m_target)));
        if (answer != QMessageBox::Yes)
            return;
    }
    ImportSettings settings;
    if (m_source->format() != ImportSource::Format::JsonDataset)
        settings.mapping = mapping();
    settings.encoding = m_source->encoding();
    settings.delimiter = m_source->delimiter();
    settings.headerRow = m_source->hasHeaderRow();
    settings.abortOnBadRow = m_abortOnBadRow->isChecked();

    m_cancel = false;
    m_ok = false;
    m_error.clear();
    m_summary = {};
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_progress->setValue(0);
    m_status->setText(tr("Importing…"));
    const QString sourceFile = m_source->fileName();
    const QString target = m_target;
    const QString taxonomy = m_taxonomyFile;
    m_thread = QThread::create([this, sourceFile, target, taxonomy, settings] {
        auto progress = [this](double fraction, int rows) {
            QMetaObject::invokeMethod(
                this, [this, fraction, rows] { showProgress(fraction, rows); }, Qt::QueuedConnection);
        };
        m_ok = PostingImporter::run(sourceFile, target, taxonomy, settings, m_summary, &m_error, progress,
                                    &m_cancel);
    });
    connect(m_thread, &QThread::finished, this, &ImportDialog::finishImport);
    m_thread->start();
    updateButtons();
}

void ImportDialog::showProgress(double fraction, int rows)
{
    if (!m_thread)
        return;
    m_progress->setValue(int(fraction * ProgressSteps));
    const double seconds = double(QDateTime::currentMSecsSinceEpoch() - m_startedMs) / 1000.0;
    const double perSecond = seconds > 0 ? rows / seconds : 0;
    const double left = fraction > 0 ? seconds * (1 - fraction) / fraction : 0;
    const QLocale locale;
    m_status->setText(
        tr("%1 rows read, %2 rows per second, about %3 s left")
            .arg(locale.toString(rows), locale.toString(qRound(perSecond)), locale.toString(qRound(left))));
}

void ImportDialog::finishImport()
{
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    const QLocale locale;
    QString text =
        tr("Read %1, imported %2, skipped %3 as duplicates, rejected %4.")
            .arg(locale.toString(m_summary.read), locale.toString(m_summary.imported),
                 locale.toString(m_summary.duplicates), locale.toString(m_summary.rejected.size()));
    for (qsizetype i = 0; i < m_summary.rejected.size() && i < RejectedShown; ++i) {
        const RejectedRow &row = m_summary.rejected.at(i);
        text += QLatin1Char('\n') %
                tr("%1, column %2: %3").arg(m_source->rowName(row.line), row.column, row.reason);
    }
    if (m_ok) {
        m_progress->setValue(ProgressSteps);
        m_imported = m_target;
        text += QLatin1Char('\n') % tr("Wrote %1.").arg(QDir::toNativeSeparators(m_target));
    } else {
        m_progress->setValue(0);
        text += QLatin1Char('\n') % m_error;
    }
    m_status->setText(text);
    updateButtons();
}

void ImportDialog::reject()
{
    if (m_thread) {
        m_cancel = true;
        return; // finishImport() reports the cancel; Close is enabled again then
    }
    QDialog::reject();
}

} // namespace jobexplorer
