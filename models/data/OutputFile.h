#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace jobexplorer {

// Every file the program exports (CSV, JSON, charts, cohorts, mappings) is written through
// this class, so that a failed export never replaces or damages what was there and never
// reports success:
// - a regular file (or a new one) is written to a temporary file beside it that replaces it
//   only when complete (QSaveFile); the buffered data is flushed and checked before the
//   replacement, which QSaveFile::commit() alone does not do (a full disk at the last flush
//   went unnoticed and left a truncated file);
// - a device or pipe (/dev/stdout, /dev/full) is written directly, never replaced by a file;
// - the open database (registered with protect()) and folders are refused.
class OutputFile final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::OutputFile)
public:
    explicit OutputFile(QString fileName);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    // False, with errorString(), when the file cannot be written at all.
    bool open();
    // The device to write into, after open() succeeded.
    QIODevice &device();
    // Checks every write and puts the file in place. False, with errorString(), when anything
    // failed; the previous file (if any) is then unchanged.
    bool commit();

    // What the device reports as wrong after a writer gave up (e.g. a painter that could not
    // finish): the system's message, "the disk is full" or a plain "could not be written".
    QString deviceProblem() const;

    // What went wrong, without the file name (callers say "Cannot write NAME: problem").
    QString errorString() const { return m_error; }

    // While a file is protected no export may write to it (by any path or link to it): the
    // database the program has open. Returns a token; the protection lasts until
    // unprotect(token).
    static int protect(const QString &fileName);
    static void unprotect(int token);
    // True when both names lead to the same existing file (also through links).
    static bool isSameFile(const QString &a, const QString &b);

private:
    QString problemOf(const QFileDevice &device) const;

    QString m_fileName;
    std::unique_ptr<QSaveFile> m_saveFile;
    std::unique_ptr<QFile> m_direct;
    QString m_error;
};

} // namespace jobexplorer
