#include "ClientStore.h"

#include "ClientFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace jobexplorer {

namespace {
const QLatin1String suffix(".json");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// An id is used as a file name: only what a uuid (or a hand-written simple name) has.
bool isSafeId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('-') || c == QLatin1Char('_');
    });
}
} // namespace

ClientStore::ClientStore(QString folder) : m_folder(std::move(folder))
{
    if (m_folder.isEmpty())
        m_folder =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/clients");
}

QString ClientStore::fileName(const QString &id) const
{
    return m_folder + QLatin1Char('/') + id + suffix;
}

ClientStore::Loaded ClientStore::loadAll() const
{
    Loaded loaded;
    const QDir dir(m_folder);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        QString error;
        const auto clients = ClientFile::readFile(dir.filePath(file), &error);
        if (!clients) {
            loaded.problems << error;
            continue;
        }
        for (Client client : *clients) {
            client.id = QFileInfo(file).completeBaseName(); // the file, not what it says, is the id
            loaded.clients << client;
            break; // one client a file; an exported list is imported, not kept here
        }
    }
    std::sort(loaded.clients.begin(), loaded.clients.end(), [](const Client &a, const Client &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return loaded;
}

bool ClientStore::save(Client &client, QString *error) const
{
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error =
                tr("Cannot create the folder %1 for the clients.").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    Client saved = client;
    if (!isSafeId(saved.id))
        saved.id = newId();
    // To the second, as the file keeps it.
    QDateTime now = QDateTime::currentDateTimeUtc();
    now = now.addMSecs(-now.time().msec());
    if (!saved.created.isValid())
        saved.created = now;
    saved.changed = now;
    if (!ClientFile::writeFile({saved}, fileName(saved.id), error))
        return false;
    client = saved;
    return true;
}

bool ClientStore::remove(const QString &id, QString *error) const
{
    if (!isSafeId(id))
        return true; // never saved
    QFile file(fileName(id));
    if (file.exists() && !file.remove()) {
        if (error)
            *error =
                tr("Cannot delete %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    return true;
}

bool ClientStore::exportTo(const QList<Client> &clients, const QString &fileName, QString *error)
{
    return ClientFile::writeFile(clients, fileName, error);
}

std::optional<QList<Client>> ClientStore::importFrom(const QString &fileName, QString *error) const
{
    auto clients = ClientFile::readFile(fileName, error);
    if (!clients)
        return std::nullopt;
    QList<Client> saved;
    for (Client client : *clients) {
        if (!isSafeId(client.id) || QFileInfo::exists(this->fileName(client.id)))
            client.id = newId();
        if (!save(client, error))
            return std::nullopt;
        saved << client;
    }
    return saved;
}

} // namespace jobexplorer
