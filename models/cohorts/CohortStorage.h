#pragma once

#include "Cohort.h"

#include <QList>
#include <QString>

namespace jobexplorer {

// Where a CohortList keeps its cohorts between sessions: one list per database, identified by
// the database's canonical path. An interface so that tests can keep cohorts in a temporary
// file (SettingsCohortStorage) or in memory.
class CohortStorage
{
public:
    virtual ~CohortStorage() = default;

    // The cohorts saved for the database, in order; empty when none were saved.
    virtual QList<Cohort> load(const QString &databaseFileName) const = 0;
    // Replaces the cohorts saved for the database. Returns false and sets *error when they could
    // not be saved.
    virtual bool save(const QString &databaseFileName, const QList<Cohort> &cohorts, QString *error) = 0;
};

} // namespace jobexplorer
