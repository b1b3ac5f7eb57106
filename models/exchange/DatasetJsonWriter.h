#pragma once

#include "Dataset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace jobexplorer {

// Writes a dataset in the text form DatasetReader reads (dataset-format.md), so that an export
// read back gives the same postings, skills and published figures.
class DatasetJsonWriter final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::DatasetJsonWriter)
public:
    static QByteArray toJson(const Dataset &dataset);
    // Writes toJson(dataset) into fileName through QSaveFile; false and errorString() naming
    // the file on failure, leaving what was there before.
    bool writeFile(const Dataset &dataset, const QString &fileName);
    QString errorString() const { return m_error; }

private:
    QString m_error;
};

} // namespace jobexplorer
