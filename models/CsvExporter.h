#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QIODevice;

namespace jobexplorer {

// Writes a table model as CSV (RFC 4180: comma-separated, fields with commas, quotes or line
// breaks quoted, quotes doubled, CRLF line ends), UTF-8, with a header row. Cells are the
// model's display text by default, so what is exported is what the table shows.
class CsvExporter final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::CsvExporter)
public:
    // columns: model columns in the order to write (e.g. the view's visual order, hidden
    // columns left out); empty for all columns in model order. role: the data role of the
    // cells (e.g. a model's raw-value role, so that amounts are numbers); the header is always
    // the display text. Returns false and sets errorString() when the device fails.
    bool write(const QAbstractItemModel &model, QIODevice &device, const QList<int> &columns = {},
               int role = Qt::DisplayRole);
    // As write(), into fileName through QSaveFile: the file appears only when complete, and a
    // failure leaves what was there before.
    bool writeFile(const QAbstractItemModel &model, const QString &fileName, const QList<int> &columns = {},
                   int role = Qt::DisplayRole);
    QString errorString() const { return m_error; }

    static QString field(const QString &text);

private:
    QString m_error;
};

} // namespace jobexplorer
