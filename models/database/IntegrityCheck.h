#pragma once

#include <QObject>
#include <QString>

#include <atomic>

class QThread;
struct sqlite3;

namespace jobexplorer {

// Runs SQLite's PRAGMA quick_check on a database in a background thread. Checking reads every
// page: seconds for a large file, which the user should not wait for before seeing the data.
// Destroying the object interrupts a check still running.
class IntegrityCheck final : public QObject
{
    Q_OBJECT
public:
    explicit IntegrityCheck(QObject *parent = nullptr);
    ~IntegrityCheck() override;

    // Starts checking fileName, interrupting a check of another file.
    void start(const QString &fileName);
    bool isRunning() const;

    // Runs the check in the calling thread: an empty string when the file is sound, else what
    // SQLite found. interruptible, when given, receives the connection while it is open.
    static QString run(const QString &fileName, std::atomic<sqlite3 *> *interruptible = nullptr);

Q_SIGNALS:
    // problem is empty when the file passed the check.
    void finished(const QString &fileName, const QString &problem);

private:
    void stop();

    QThread *m_thread = nullptr;
    std::atomic<sqlite3 *> m_connection{nullptr};
};

} // namespace jobexplorer
