#pragma once

#include "CohortStorage.h"

#include <QCoreApplication>
#include <QSettings>

#include <memory>

namespace jobexplorer {

// Cohorts in QSettings, under "cohorts/<SHA-1 of the database's canonical path>", with the path
// itself beside them for whoever reads the settings file. Moving or renaming a database
// therefore starts it with no cohorts; export them to a file to take them along.
class SettingsCohortStorage final : public CohortStorage
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::SettingsCohortStorage)
public:
    // The application's settings (QSettings()).
    SettingsCohortStorage();
    // An INI file of its own, e.g. in a test's temporary folder.
    explicit SettingsCohortStorage(const QString &iniFileName);

    QList<Cohort> load(const QString &databaseFileName) const override;
    bool save(const QString &databaseFileName, const QList<Cohort> &cohorts, QString *error) override;

    // The settings group of a database: "cohorts/" and the hex SHA-1 of its canonical path (its
    // absolute path while it does not exist).
    static QString groupFor(const QString &databaseFileName);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace jobexplorer
