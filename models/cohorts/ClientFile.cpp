#include "ClientFile.h"

#include "OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jobexplorer {

namespace {
const QLatin1String formatKey("format");
const QLatin1String versionKey("version");
const QLatin1String clientsKey("clients");
const QLatin1String idKey("id");
const QLatin1String nameKey("name");
const QLatin1String skillsKey("skills");
const QLatin1String levelKey("level");
const QLatin1String targetKey("target");
const QLatin1String notesKey("notes");
const QLatin1String createdKey("created");
const QLatin1String changedKey("changed");

// A file larger than this is not a list of clients; refuse it before reading it whole.
constexpr qint64 maxFileBytes = 16 * 1024 * 1024;

QJsonObject toObject(const Client &client)
{
    QJsonArray skills;
    for (const ClientSkill &skill : client.skills)
        skills.append(QJsonObject{{nameKey, skill.name}, {levelKey, Client::levelKey(skill.level)}});
    return QJsonObject{{idKey, client.id},
                       {nameKey, client.name},
                       {skillsKey, skills},
                       {targetKey, client.target},
                       {notesKey, client.notes},
                       {createdKey, client.created.toUTC().toString(Qt::ISODate)},
                       {changedKey, client.changed.toUTC().toString(Qt::ISODate)}};
}
} // namespace

QByteArray ClientFile::toJson(const QList<Client> &clients)
{
    QJsonArray list;
    for (const Client &client : clients)
        list.append(toObject(client));
    const QJsonObject root{{formatKey, formatName()}, {versionKey, FormatVersion}, {clientsKey, list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QList<Client>> ClientFile::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            tr("it is not JSON (%1 at character %2).").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(formatKey).toString() != formatName())
        return fail(tr("it is not a client file (no \"format\": \"%1\").").arg(formatName()));
    const QJsonValue version = root.value(versionKey);
    if (!version.isDouble() || version.toDouble() < 1)
        return fail(tr("its \"version\" is missing or not a positive number."));
    if (version.toDouble() > FormatVersion)
        return fail(tr("it is version %1 of the format; this program reads up to version %2.")
                        .arg(version.toDouble())
                        .arg(FormatVersion));
    if (!root.value(clientsKey).isArray())
        return fail(tr("it has no \"clients\" list."));
    const QJsonArray list = root.value(clientsKey).toArray();
    QList<Client> clients;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject entry = list.at(i).toObject();
        Client client;
        client.id = entry.value(idKey).toString();
        client.name = entry.value(nameKey).toString().trimmed();
        if (client.name.isEmpty())
            return fail(tr("client %1 has no name.").arg(i + 1));
        const QJsonArray skills = entry.value(skillsKey).toArray();
        for (qsizetype s = 0; s < skills.size(); ++s) {
            const QJsonObject skill = skills.at(s).toObject();
            const QString name = skill.value(nameKey).toString().trimmed();
            const auto level = Client::levelFromKey(skill.value(levelKey).toString());
            if (name.isEmpty())
                return fail(tr("skill %1 of client “%2” has no name.").arg(s + 1).arg(client.name));
            if (!level)
                return fail(tr("skill “%1” of client “%2” has the unknown level “%3” (accepted: learning, "
                               "has, strong).")
                                .arg(name, client.name, skill.value(levelKey).toString()));
            client.skills.append({name, *level});
        }
        client.target = entry.value(targetKey).toString().trimmed();
        client.notes = entry.value(notesKey).toString();
        client.created = QDateTime::fromString(entry.value(createdKey).toString(), Qt::ISODate);
        client.changed = QDateTime::fromString(entry.value(changedKey).toString(), Qt::ISODate);
        clients.append(client);
    }
    return clients;
}

bool ClientFile::writeFile(const QList<Client> &clients, const QString &fileName, QString *error)
{
    const QString shown = QDir::toNativeSeparators(fileName);
    auto fail = [&](const QString &problem) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(shown, problem);
        return false;
    };
    OutputFile file(fileName);
    if (!file.open())
        return fail(file.errorString());
    const QByteArray json = toJson(clients);
    if (file.device().write(json) != json.size())
        return fail(file.deviceProblem());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

std::optional<QList<Client>> ClientFile::readFile(const QString &fileName, QString *error)
{
    const QString shown = QDir::toNativeSeparators(fileName);
    auto fail = [&](const QString &problem) {
        if (error)
            *error = tr("Cannot read clients from %1: %2").arg(shown, problem);
        return std::nullopt;
    };
    const QFileInfo info(fileName);
    if (!info.exists())
        return fail(tr("the file does not exist."));
    if (info.isDir())
        return fail(tr("it is a folder."));
    if (info.size() > maxFileBytes)
        return fail(tr("it is too large to be a client file."));
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QString problem;
    auto clients = fromJson(file.readAll(), &problem);
    if (!clients)
        return fail(problem);
    return clients;
}

} // namespace jobexplorer
