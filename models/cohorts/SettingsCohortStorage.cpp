#include "SettingsCohortStorage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace jobexplorer {

namespace {
const QLatin1String pathKey("path");
const QLatin1String listKey("list");
const QLatin1String nameKey("name");
const QLatin1String filterKey("filter");

QString canonicalPath(const QString &fileName)
{
    const QFileInfo info(fileName);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}
} // namespace

SettingsCohortStorage::SettingsCohortStorage() : m_settings(std::make_unique<QSettings>()) {}

SettingsCohortStorage::SettingsCohortStorage(const QString &iniFileName)
    : m_settings(std::make_unique<QSettings>(iniFileName, QSettings::IniFormat))
{
}

QString SettingsCohortStorage::groupFor(const QString &databaseFileName)
{
    const QByteArray hash =
        QCryptographicHash::hash(canonicalPath(databaseFileName).toUtf8(), QCryptographicHash::Sha1).toHex();
    return QLatin1String("cohorts/") + QString::fromLatin1(hash);
}

QList<Cohort> SettingsCohortStorage::load(const QString &databaseFileName) const
{
    QList<Cohort> cohorts;
    m_settings->beginGroup(groupFor(databaseFileName));
    const int size = m_settings->beginReadArray(listKey);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        const Cohort cohort{m_settings->value(nameKey).toString(), m_settings->value(filterKey).toString()};
        if (!cohort.name.trimmed().isEmpty())
            cohorts << cohort;
    }
    m_settings->endArray();
    m_settings->endGroup();
    return cohorts;
}

bool SettingsCohortStorage::save(const QString &databaseFileName, const QList<Cohort> &cohorts,
                                 QString *error)
{
    const QString group = groupFor(databaseFileName);
    m_settings->remove(group);
    m_settings->beginGroup(group);
    m_settings->setValue(pathKey, QDir::toNativeSeparators(canonicalPath(databaseFileName)));
    m_settings->beginWriteArray(listKey, static_cast<int>(cohorts.size()));
    for (qsizetype i = 0; i < cohorts.size(); ++i) {
        m_settings->setArrayIndex(static_cast<int>(i));
        m_settings->setValue(nameKey, cohorts.at(i).name);
        m_settings->setValue(filterKey, cohorts.at(i).expression);
    }
    m_settings->endArray();
    m_settings->endGroup();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        if (error)
            *error =
                tr("Cannot save the cohorts in %1.").arg(QDir::toNativeSeparators(m_settings->fileName()));
        return false;
    }
    return true;
}

} // namespace jobexplorer
