#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace jobexplorer {

class SqliteConnection;

// Runs SQLite's PRAGMA quick_check on a database in a background thread. Checking reads every
// page: seconds for a large file, which the user should not wait for before seeing the data.
// Destroying the object, or starting another check, interrupts a check still running; an
// interrupted check reports nothing.
class IntegrityCheck final : public QObject
{
    Q_OBJECT
public:
    explicit IntegrityCheck(QObject *parent = nullptr);
    ~IntegrityCheck() override;

    // Starts checking fileName, interrupting a check of another file.
    void start(const QString &fileName);
    bool isRunning() const;

Q_SIGNALS:
    // problem is empty when the file passed the check.
    void finished(const QString &fileName, const QString &problem);

private:
    void stop();

    QThread *m_thread = nullptr;
    // Opened here, used by the thread, closed here after the thread has ended: stop() can
    // interrupt it at any moment without racing its closing.
    std::unique_ptr<SqliteConnection> m_connection;
};

} // namespace jobexplorer
