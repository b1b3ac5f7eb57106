#pragma once

#include <QString>
#include <QTemporaryDir>

namespace jobexplorer::test {

// A real, small disk of a test's own: a tmpfs mounted in a temporary folder (only root may
// mount one; CI runs as root) and unmounted when destroyed. For what only a full disk shows.
class SmallDisk final
{
public:
    SmallDisk() = default;
    ~SmallDisk();
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    // Mounts a disk of this many KiB; false when it cannot be mounted here (the caller skips).
    bool mount(int kibibytes = 512);
    QString filePath(const QString &name) const { return m_folder.filePath(name); }
    // Fills the free space with a file, then gives back roomBytes of it (rounded to 4 KiB
    // blocks); false when the filler cannot be written.
    bool fill(qint64 roomBytes = 0);

private:
    QTemporaryDir m_folder;
    bool m_mounted = false;
};

} // namespace jobexplorer::test
