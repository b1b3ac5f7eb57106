#pragma once

#include <QDialog>
#include <QSize>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace jobexplorer {

// Chooses where and how to export a chart: the file (its format follows the extension, kept in
// step with the format box) and, for PNG and SVG, the picture's size in pixels. It only
// chooses; the window writes.
class ChartExportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ChartExportDialog(QWidget *parent = nullptr);

    QString fileName() const;
    void setFileName(const QString &fileName);
    QSize pictureSize() const;
    void setPictureSize(QSize size);

private:
    void browse();
    void formatChosen();
    void updateState();

    QLineEdit *m_file;
    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDialogButtonBox *m_buttons;
};

} // namespace jobexplorer
