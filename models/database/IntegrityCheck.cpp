#include "IntegrityCheck.h"

#include "SqliteConnection.h"

#include <QPointer>
#include <QThread>

#include <optional>

namespace jobexplorer {

namespace {

// What the check found (empty when the file is sound), or nothing when it was interrupted.
std::optional<QString> check(SqliteConnection &connection)
{
    try {
        return connection.quickCheck();
    } catch (const SqliteError &error) {
        if (error.wasInterrupted())
            return std::nullopt;
        return error.message;
    }
}

} // namespace

IntegrityCheck::IntegrityCheck(QObject *parent) : QObject(parent) {}

IntegrityCheck::~IntegrityCheck()
{
    stop();
}

bool IntegrityCheck::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void IntegrityCheck::stop()
{
    if (!m_thread)
        return;
    m_connection->interrupt();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_connection.reset();
}

void IntegrityCheck::start(const QString &fileName)
{
    stop();
    try {
        m_connection = std::make_unique<SqliteConnection>(fileName, SqliteConnection::Mode::ReadOnly);
    } catch (const SqliteError &error) {
        QMetaObject::invokeMethod(
            this, [this, fileName, problem = error.message] { Q_EMIT finished(fileName, problem); },
            Qt::QueuedConnection);
        return;
    }
    QPointer<IntegrityCheck> self(this);
    m_thread = QThread::create([this, self, fileName, connection = m_connection.get()] {
        const std::optional<QString> problem = check(*connection);
        if (!problem)
            return; // stopped: a check that did not finish says nothing
        // Report back in the object's own thread; nothing is reported after it is gone.
        QMetaObject::invokeMethod(
            this,
            [self, fileName, problem = *problem] {
                if (self)
                    Q_EMIT self->finished(fileName, problem);
            },
            Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace jobexplorer
