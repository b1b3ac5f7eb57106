#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QIODevice;

namespace jobexplorer {

// Writes a table model as CSV (RFC 4180: comma-separated, fields with commas, quotes or line
// breaks quoted, quotes doubled, CRLF line ends), UTF-8, with a header row. Cells are the
// model's display text, so what is exported is what the table shows.
class CsvExporter final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::CsvExporter)
public:
    // columns: model columns in the order to write (e.g. the view's visual order, hidden
    // columns left out); empty for all columns in model order. Returns false and sets
    // errorString() when the device fails.
    bool write(const QAbstractItemModel &model, QIODevice &device, const QList<int> &columns = {});
    // As write(), into fileName through QSaveFile: the file appears only when complete, and a
    // failure leaves what was there before.
    bool writeFile(const QAbstractItemModel &model, const QString &fileName, const QList<int> &columns = {});
    QString errorString() const { return m_error; }
    // Writes the cells' text of this role (falling back to the display text where the model
    // has none), e.g. a role giving raw, locale-independent numbers.
    void setRole(int role) { m_role = role; }

    static QString field(const QString &text);

private:
    QString m_error;
    int m_role = Qt::DisplayRole;
};

} // namespace jobexplorer
