#pragma once

#include <QSqlDatabase>
#include <QString>

namespace jobexplorer {

// For SqlFilterEvaluator, the test oracle, which deliberately reads through Qt Sql rather than
// the program's own SQLite layer. Owns one named QSQLITE connection and removes it when destroyed, so that no
// connection outlives the object that opened it. Queries made on database() must be destroyed first.
class SqlConnection final
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    SqlConnection(const QString &fileName, Mode mode);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    // False when SQLite refused the file; errorString() then says why.
    bool isOpen() const;
    QString errorString() const;
    QSqlDatabase database() const;

private:
    QString m_name;
};

} // namespace jobexplorer
