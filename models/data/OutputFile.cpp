#include "OutputFile.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>
#include <map>

#include <sys/stat.h>

namespace jobexplorer {

namespace {

// Below this much free space a failed write is taken to be a full disk.
constexpr qint64 nearlyFullBytes = 1024 * 1024;

QMutex protectedLock;
std::map<int, QString> &protectedFiles()
{
    static std::map<int, QString> files;
    return files;
}
int nextToken = 1;

} // namespace

OutputFile::OutputFile(QString fileName) : m_fileName(std::move(fileName)) {}

OutputFile::~OutputFile()
{
    if (m_saveFile)
        m_saveFile->cancelWriting();
}

bool OutputFile::isSameFile(const QString &a, const QString &b)
{
    struct stat first
    {
    };
    struct stat second
    {
    };
    if (::stat(QFile::encodeName(a).constData(), &first) != 0 ||
        ::stat(QFile::encodeName(b).constData(), &second) != 0)
        return false;
    return first.st_dev == second.st_dev && first.st_ino == second.st_ino;
}

int OutputFile::protect(const QString &fileName)
{
    const QMutexLocker lock(&protectedLock);
    const int token = nextToken++;
    protectedFiles().emplace(token, fileName);
    return token;
}

void OutputFile::unprotect(int token)
{
    const QMutexLocker lock(&protectedLock);
    protectedFiles().erase(token);
}

bool OutputFile::open()
{
    m_error.clear();
    if (m_fileName.isEmpty()) {
        m_error = tr("no file name was given.");
        return false;
    }
    const QFileInfo target(m_fileName);
    if (target.isDir()) {
        m_error = tr("it is a folder.");
        return false;
    }
    {
        const QMutexLocker lock(&protectedLock);
        for (const auto &[token, file] : protectedFiles()) {
            if (isSameFile(m_fileName, file)) {
                m_error = tr("it is the database that is open; choose another file name.");
                return false;
            }
        }
    }
    if (target.exists() && !target.isFile()) {
        // A device or a pipe: written as it is, unbuffered, so every failed write is seen.
        m_direct = std::make_unique<QFile>(m_fileName);
        if (!m_direct->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            m_error = problemOf(*m_direct);
            return false;
        }
        return true;
    }
    m_saveFile = std::make_unique<QSaveFile>(m_fileName);
    if (!m_saveFile->open(QIODevice::WriteOnly)) {
        m_error = problemOf(*m_saveFile);
        return false;
    }
    return true;
}

QIODevice &OutputFile::device()
{
    if (m_direct)
        return *m_direct;
    return *m_saveFile;
}

bool OutputFile::commit()
{
    if (m_direct) {
        const bool written = m_direct->flush() && m_direct->error() == QFileDevice::NoError;
        if (!written)
            m_error = problemOf(*m_direct);
        m_direct->close();
        return written;
    }
    if (!m_saveFile)
        return false;
    if (!m_saveFile->flush() || m_saveFile->error() != QFileDevice::NoError) {
        m_error = problemOf(*m_saveFile);
        m_saveFile->cancelWriting();
        m_saveFile.reset();
        return false;
    }
    const bool committed = m_saveFile->commit();
    if (!committed)
        m_error = problemOf(*m_saveFile);
    m_saveFile.reset();
    return committed;
}

QString OutputFile::deviceProblem() const
{
    if (m_direct)
        return problemOf(*m_direct);
    if (m_saveFile)
        return problemOf(*m_saveFile);
    return m_error;
}

QString OutputFile::problemOf(const QFileDevice &device) const
{
    const QStorageInfo storage(QFileInfo(m_fileName).absolutePath());
    const bool full = storage.isValid() && storage.bytesAvailable() >= 0 &&
                      storage.bytesAvailable() < nearlyFullBytes && QFileInfo(m_fileName).isFile();
    const QString system = device.errorString();
    if (device.error() == QFileDevice::ResourceError || full ||
        system == QString::fromLocal8Bit(std::strerror(ENOSPC)))
        return tr("the disk is full.");
    if (system.isEmpty() || system == QLatin1String("Unknown error"))
        return tr("the file could not be written.");
    return system;
}

} // namespace jobexplorer
