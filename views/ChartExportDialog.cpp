#include "ChartExportDialog.h"

#include "ChartExporter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace jobexplorer {

namespace {
const char *const suffixes[] = {"png", "svg", "pdf"};
}

ChartExportDialog::ChartExportDialog(QWidget *parent)
    : QDialog(parent), m_file(new QLineEdit(this)), m_format(new QComboBox(this)),
      m_width(new QSpinBox(this)), m_height(new QSpinBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Chart"));
    setObjectName(QStringLiteral("chartExportDialog"));
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setAccessibleName(tr("File"));
    m_format->addItem(tr("PNG image"));
    m_format->addItem(tr("SVG drawing"));
    m_format->addItem(tr("PDF document (A4)"));
    m_format->setAccessibleName(tr("Format"));
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(100, 20000);
        box->setSuffix(tr(" px"));
    }
    m_width->setAccessibleName(tr("Width in pixels"));
    m_height->setAccessibleName(tr("Height in pixels"));

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Size:"), sizeRow);
    // A label made for a row of several widgets has no buddy of its own: its mnemonic would show
    // as a literal "&".
    qobject_cast<QLabel *>(form->labelForField(fileRow))->setBuddy(m_file);
    qobject_cast<QLabel *>(form->labelForField(sizeRow))->setBuddy(m_width);
    form->addRow(
        new QLabel(tr("The picture carries a caption: the dataset, the filter in words, the number of "
                      "postings and today's date."),
                   this));
    form->addRow(m_buttons);
    qobject_cast<QLabel *>(form->itemAt(form->rowCount() - 2, QFormLayout::SpanningRole)->widget())
        ->setWordWrap(true);

    connect(browse, &QPushButton::clicked, this, &ChartExportDialog::browse);
    connect(m_format, &QComboBox::activated, this, &ChartExportDialog::formatChosen);
    connect(m_file, &QLineEdit::textChanged, this, &ChartExportDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setPictureSize(ChartExporter::defaultSize);
    setFileName(QDir::home().filePath(tr("chart.png")));
    resize(520, sizeHint().height());
}

QString ChartExportDialog::fileName() const
{
    return m_file->text().trimmed();
}

void ChartExportDialog::setFileName(const QString &fileName)
{
    m_file->setText(QDir::toNativeSeparators(fileName));
}

QSize ChartExportDialog::pictureSize() const
{
    return {m_width->value(), m_height->value()};
}

void ChartExportDialog::setPictureSize(QSize size)
{
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}

void ChartExportDialog::browse()
{
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export Chart"), fileName(),
                                     tr("PNG images (*.png);;SVG drawings (*.svg);;PDF documents (*.pdf)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        setFileName(chosen);
}

void ChartExportDialog::formatChosen()
{
    // The extension follows the chosen format.
    const QFileInfo info(fileName());
    const QString suffix = QString::fromLatin1(suffixes[m_format->currentIndex()]);
    const QString base = info.completeBaseName().isEmpty() ? tr("chart") : info.completeBaseName();
    setFileName(info.dir().filePath(base + QLatin1Char('.') + suffix));
}

void ChartExportDialog::updateState()
{
    const QString suffix = QFileInfo(fileName()).suffix().toLower();
    int format = -1;
    for (int i = 0; i < 3; ++i) {
        if (suffix == QLatin1String(suffixes[i]))
            format = i;
    }
    if (format >= 0)
        m_format->setCurrentIndex(format);
    m_width->setEnabled(format != 2);
    m_height->setEnabled(format != 2);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(format >= 0);
}

} // namespace jobexplorer
