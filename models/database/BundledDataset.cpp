#include "BundledDataset.h"

#include "DatasetReader.h"
#include "DatasetWriter.h"
#include "PostingDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace jobexplorer {

QString BundledDataset::ensureDatabase(const QStringList &sourceFiles, const QString &folder,
                                       QString *errorMessage)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(PostingDatabase::FormatVersion));
    // A copy written with an older schema (say, without a table added since) is made anew.
    if (QFile schema(QStringLiteral(":/jobexplorer/models/schema.sql")); schema.open(QIODevice::ReadOnly))
        hash.addData(schema.readAll());
    QList<QByteArray> contents;
    for (const QString &name : sourceFiles) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly)) {
            if (errorMessage)
                *errorMessage = tr("The bundled dataset %1 is missing from the program.").arg(name);
            return {};
        }
        contents << file.readAll();
        hash.addData(contents.last());
    }
    const QString fileName = QDir(folder).filePath(QLatin1String("bundled-") %
                                                   QString::fromLatin1(hash.result().toHex().left(16)) %
                                                   QLatin1String(".jobexplorer.sqlite"));
    if (QFileInfo::exists(fileName) && PostingDatabase::open(fileName, nullptr))
        return fileName;

    if (!QDir().mkpath(folder)) {
        if (errorMessage)
            *errorMessage = tr("Cannot create the folder %1 for the bundled database.")
                                .arg(QDir::toNativeSeparators(folder));
        return {};
    }
    Dataset dataset;
    DatasetReader reader;
    const QStringList &names = sourceFiles;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (!reader.read(contents.at(i), names.at(i), dataset)) {
            if (errorMessage)
                *errorMessage = reader.errorString();
            return {};
        }
    }
    DatasetWriter writer;
    if (!writer.write(dataset, fileName)) {
        if (errorMessage)
            *errorMessage = writer.errorString();
        return {};
    }
    // Copies made from older data or by an older schema are of no more use.
    const QDir dir(folder);
    for (const QString &old : dir.entryList({QStringLiteral("bundled-*.jobexplorer.sqlite")}, QDir::Files)) {
        if (dir.filePath(old) != fileName)
            QFile::remove(dir.filePath(old));
    }
    return fileName;
}

QString BundledDataset::ensureDatabase(const QStringList &sourceFiles, QString *errorMessage)
{
    QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const QString temporary = QDir::temp().filePath(QStringLiteral("jobexplorer"));
    QString error;
    QString path = ensureDatabase(sourceFiles, cache.isEmpty() ? temporary : cache, &error);
    // A read-only or full home folder should not keep the program from starting.
    if (path.isEmpty() && !cache.isEmpty())
        path = ensureDatabase(sourceFiles, temporary, nullptr);
    if (path.isEmpty() && errorMessage)
        *errorMessage = error;
    return path;
}

} // namespace jobexplorer
