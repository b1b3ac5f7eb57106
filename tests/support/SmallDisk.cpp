#include "SmallDisk.h"

#include <QFile>
#include <QProcess>

namespace jobexplorer::test {

SmallDisk::~SmallDisk()
{
    if (m_mounted)
        QProcess::execute(QStringLiteral("umount"), {m_folder.path()});
}

bool SmallDisk::mount(int kibibytes)
{
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=%1k").arg(kibibytes), QStringLiteral("tmpfs"), m_folder.path()});
    m_mounted = m_folder.isValid() && mount.waitForFinished() && mount.exitStatus() == QProcess::NormalExit &&
                mount.exitCode() == 0;
    return m_mounted;
}

bool SmallDisk::fill(qint64 roomBytes)
{
    constexpr qint64 block = 4096;
    QFile filler(filePath(QStringLiteral("filler")));
    if (!filler.open(QIODevice::WriteOnly))
        return false;
    const QByteArray bytes(block, 'x');
    while (filler.write(bytes) == bytes.size() && filler.flush()) {
    }
    const qint64 room = (roomBytes + block - 1) / block * block;
    return room == 0 || filler.resize(std::max<qint64>(0, filler.size() - room));
}

} // namespace jobexplorer::test
