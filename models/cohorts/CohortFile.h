#pragma once

#include "Cohort.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace jobexplorer {

// Cohorts as a JSON file, to share them or take them to another database (cohorts.md):
//   {"format": "jobexplorer-cohorts", "version": 1,
//    "cohorts": [{"name": "Senior, Bay Area", "filter": "seniority:senior location:\"San Francisco Bay
//    Area\""}]}
// Reading checks the structure only; whether a filter is valid depends on the database it is
// used with (CohortList::importCohorts()).
class CohortFile final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::CohortFile)
public:
    static constexpr int FormatVersion = 1;
    static QLatin1String formatName() { return QLatin1String("jobexplorer-cohorts"); }

    static QByteArray toJson(const QList<Cohort> &cohorts);
    // The cohorts of a file's contents, or std::nullopt and *error saying what is wrong (not
    // JSON, another format, a newer version, a cohort without a name or filter).
    static std::optional<QList<Cohort>> fromJson(const QByteArray &json, QString *error);

    // Writes through QSaveFile: the file appears only when complete. Returns false and sets
    // *error naming the file and the problem.
    static bool writeFile(const QList<Cohort> &cohorts, const QString &fileName, QString *error);
    // Returns std::nullopt and sets *error naming the file and the problem.
    static std::optional<QList<Cohort>> readFile(const QString &fileName, QString *error);
};

} // namespace jobexplorer
