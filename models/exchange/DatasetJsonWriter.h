#pragma once

#include "Dataset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

namespace jobexplorer {

// Writes a dataset in the text form DatasetReader reads (dataset-format.md), so that an export
// read back gives the same postings, skills and published figures. The text is written as it
// is made, a posting at a time: exporting a million postings holds one posting's text, not a
// document of all of them.
class DatasetJsonWriter final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::DatasetJsonWriter)
public:
    // Calls the visitor it is given once per posting to write, in order.
    using PostingSource = std::function<void(const PostingVisitor &)>;

    static QByteArray toJson(const Dataset &dataset);
    // Writes toJson(dataset) into fileName through OutputFile; false and errorString() naming
    // the file on failure, leaving what was there before.
    bool writeFile(const Dataset &dataset, const QString &fileName);
    // The same with the postings from `postings` instead of header.postings (which is not
    // written): header gives the meta, the taxonomy and the published figures.
    bool writeFile(const Dataset &header, const PostingSource &postings, const QString &fileName);
    QString errorString() const { return m_error; }

private:
    // Writes the whole text into device; false when a write failed (the rest is then skipped).
    static bool write(const Dataset &header, const PostingSource &postings, QIODevice &device);

    QString m_error;
};

} // namespace jobexplorer
