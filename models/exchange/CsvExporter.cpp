#include "CsvExporter.h"

#include "OutputFile.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>

namespace jobexplorer {

QString CsvExporter::field(const QString &text)
{
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                             text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') % quoted % QLatin1Char('"');
}

bool CsvExporter::write(const QAbstractItemModel &model, QIODevice &device, const QList<int> &columns)
{
    QList<int> order = columns;
    if (order.isEmpty()) {
        for (int column = 0; column < model.columnCount(); ++column)
            order << column;
    }
    auto writeLine = [&](const QStringList &fields) {
        const QByteArray line = fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
        if (device.write(line) != line.size()) {
            m_error = device.errorString();
            return false;
        }
        return true;
    };
    QStringList header;
    for (const int column : std::as_const(order))
        header << field(model.headerData(column, Qt::Horizontal).toString());
    if (!writeLine(header))
        return false;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList fields;
        for (const int column : std::as_const(order)) {
            const QModelIndex index = model.index(row, column);
            const QVariant value = m_role == Qt::DisplayRole ? QVariant() : index.data(m_role);
            fields << field(value.isValid() ? value.toString() : index.data().toString());
        }
        if (!writeLine(fields))
            return false;
    }
    return true;
}

bool CsvExporter::writeFile(const QAbstractItemModel &model, const QString &fileName,
                            const QList<int> &columns)
{
    const QString shown = QDir::toNativeSeparators(fileName);
    OutputFile file(fileName);
    if (!file.open()) {
        m_error = tr("Cannot write %1: %2").arg(shown, file.errorString());
        return false;
    }
    if (!write(model, file.device(), columns)) {
        m_error = tr("Cannot write %1: %2").arg(shown, file.deviceProblem());
        return false;
    }
    if (!file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(shown, file.errorString());
        return false;
    }
    return true;
}

} // namespace jobexplorer
