#pragma once

#include "Client.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace jobexplorer {

// The clients kept on this machine: one ClientFile per client, named by the client's id, in a
// folder of their own (by default QStandardPaths::AppDataLocation/clients; never sent anywhere).
// A damaged file or one of a newer version is reported and skipped; the others still load.
class ClientStore final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::ClientStore)
public:
    // folder empty: the application's data folder's "clients".
    explicit ClientStore(QString folder = {});

    QString folder() const { return m_folder; }

    struct Loaded
    {
        QList<Client> clients; // by name, regardless of case
        QStringList problems;  // one per file that could not be read, naming it
    };
    Loaded loadAll() const;

    // Writes client's file (giving it an id and a created date when it has none, and the
    // changed date now). Returns false and sets *error naming the file and the problem; the
    // file is then as it was.
    bool save(Client &client, QString *error) const;
    // Removes the client's file. Returns false and sets *error when it cannot.
    bool remove(const QString &id, QString *error) const;
    QString fileName(const QString &id) const;

    // Writes clients to a file of the user's choice, to move them to another computer.
    static bool exportTo(const QList<Client> &clients, const QString &fileName, QString *error);
    // Reads a file exported by exportTo() and saves every client in it into this store, each
    // under a new id when its id is taken already. Returns the clients saved, or std::nullopt
    // and *error naming the file: nothing is saved when it cannot be read; when writing one
    // client fails, those saved before it stay.
    std::optional<QList<Client>> importFrom(const QString &fileName, QString *error) const;

private:
    QString m_folder;
};

} // namespace jobexplorer
