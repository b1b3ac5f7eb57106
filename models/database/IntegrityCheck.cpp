#include "IntegrityCheck.h"

#include <QFile>
#include <QPointer>
#include <QStringList>
#include <QThread>

#include <sqlite3.h>

namespace jobexplorer {

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
    if (sqlite3 *connection = m_connection.load())
        sqlite3_interrupt(connection);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void IntegrityCheck::start(const QString &fileName)
{
    stop();
    QPointer<IntegrityCheck> self(this);
    m_thread = QThread::create([this, self, fileName] {
        const QString problem = run(fileName, &m_connection);
        // Report back in the object's own thread; nothing is reported after it is gone.
        QMetaObject::invokeMethod(
            this,
            [self, fileName, problem] {
                if (self)
                    Q_EMIT self->finished(fileName, problem);
            },
            Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}

QString IntegrityCheck::run(const QString &fileName, std::atomic<sqlite3 *> *interruptible)
{
    sqlite3 *connection = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(fileName).constData(), &connection, SQLITE_OPEN_READONLY,
                        nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(connection));
        sqlite3_close(connection);
        return message;
    }
    if (interruptible)
        interruptible->store(connection);
    QStringList problems;
    sqlite3_stmt *statement = nullptr;
    int result = sqlite3_prepare_v2(connection, "PRAGMA quick_check", -1, &statement, nullptr);
    if (result == SQLITE_OK) {
        while ((result = sqlite3_step(statement)) == SQLITE_ROW)
            problems << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    }
    if (result != SQLITE_DONE && result != SQLITE_INTERRUPT)
        problems << QString::fromUtf8(sqlite3_errmsg(connection));
    sqlite3_finalize(statement);
    if (interruptible)
        interruptible->store(nullptr);
    sqlite3_close(connection);
    if (result == SQLITE_INTERRUPT)
        return {};
    if (problems == QStringList{QStringLiteral("ok")})
        return {};
    return problems.mid(0, 3).join(QLatin1String("; "));
}

} // namespace jobexplorer
