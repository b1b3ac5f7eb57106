#pragma once

#include "Client.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace jobexplorer {

// Clients as a JSON file: the one file per client of ClientStore, and the export of several
// to take them to another computer (cohorts.md):
//   {"format": "jobexplorer-clients", "version": 1,
//    "clients": [{"id": "…", "name": "A. B.", "skills": [{"name": "Python", "level": "has"}],
//                 "target": "mode:remote,hybrid", "notes": "", "created": "2026-12-03T17:00:00Z",
//                 "changed": "2026-12-03T17:00:00Z"}]}
// Levels are "learning", "has" or "strong". A newer version or a damaged file is refused whole.
class ClientFile final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::ClientFile)
public:
    static constexpr int FormatVersion = 1;
    static QLatin1String formatName() { return QLatin1String("jobexplorer-clients"); }

    static QByteArray toJson(const QList<Client> &clients);
    // The clients of a file's contents, or std::nullopt and *error saying what is wrong (not
    // JSON, another format, a newer version, a client without a name, a skill without a name or
    // with an unknown level).
    static std::optional<QList<Client>> fromJson(const QByteArray &json, QString *error);

    // Writes through OutputFile (QSaveFile): the file appears only when complete. Returns false
    // and sets *error naming the file and the problem.
    static bool writeFile(const QList<Client> &clients, const QString &fileName, QString *error);
    // Returns std::nullopt and sets *error naming the file and the problem.
    static std::optional<QList<Client>> readFile(const QString &fileName, QString *error);
};

} // namespace jobexplorer
