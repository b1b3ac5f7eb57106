#pragma once

#include "Dataset.h"

#include <QCoreApplication>
#include <QString>

namespace jobexplorer {

// Reads datasets in the text form described in dataset-format.md.
class DatasetReader final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::DatasetReader)
public:
    static constexpr int FormatVersion = 1;

    // Reads the file and merges what it holds into dataset. On failure returns false, leaves
    // dataset unchanged and errorString() names the file and the problem.
    bool readFile(const QString &path, Dataset &dataset);
    // As readFile(), for JSON already in memory; name is used in messages.
    bool read(const QByteArray &json, const QString &name, Dataset &dataset);

    QString errorString() const { return m_error; }

private:
    bool fail(const QString &name, const QString &problem);

    QString m_error;
};

} // namespace jobexplorer
