#include "CohortFile.h"

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
const QLatin1String cohortsKey("cohorts");
const QLatin1String nameKey("name");
const QLatin1String filterKey("filter");

// A file larger than this is not a list of cohorts; refuse it before reading it whole.
constexpr qint64 maxFileBytes = 16 * 1024 * 1024;
} // namespace

QByteArray CohortFile::toJson(const QList<Cohort> &cohorts)
{
    QJsonArray list;
    for (const Cohort &cohort : cohorts)
        list.append(QJsonObject{{nameKey, cohort.name}, {filterKey, cohort.expression}});
    const QJsonObject root{{formatKey, formatName()}, {versionKey, FormatVersion}, {cohortsKey, list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QList<Cohort>> CohortFile::fromJson(const QByteArray &json, QString *error)
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
        return fail(tr("it is not a cohort file (no \"format\": \"%1\").").arg(formatName()));
    const QJsonValue version = root.value(versionKey);
    if (!version.isDouble() || version.toDouble() < 1)
        return fail(tr("its \"version\" is missing or not a positive number."));
    if (version.toDouble() > FormatVersion)
        return fail(tr("it is version %1 of the format; this program reads up to version %2.")
                        .arg(version.toDouble())
                        .arg(FormatVersion));
    if (!root.value(cohortsKey).isArray())
        return fail(tr("it has no \"cohorts\" list."));
    const QJsonArray list = root.value(cohortsKey).toArray();
    QList<Cohort> cohorts;
    cohorts.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject entry = list.at(i).toObject();
        const QString name = entry.value(nameKey).toString().trimmed();
        if (name.isEmpty())
            return fail(tr("cohort %1 has no name.").arg(i + 1));
        if (!entry.value(filterKey).isString())
            return fail(tr("cohort %1 (“%2”) has no filter.").arg(i + 1).arg(name));
        cohorts.append({name, entry.value(filterKey).toString().trimmed()});
    }
    return cohorts;
}

bool CohortFile::writeFile(const QList<Cohort> &cohorts, const QString &fileName, QString *error)
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
    const QByteArray json = toJson(cohorts);
    if (file.device().write(json) != json.size())
        return fail(file.deviceProblem());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

std::optional<QList<Cohort>> CohortFile::readFile(const QString &fileName, QString *error)
{
    const QString shown = QDir::toNativeSeparators(fileName);
    auto fail = [&](const QString &problem) {
        if (error)
            *error = tr("Cannot read cohorts from %1: %2").arg(shown, problem);
        return std::nullopt;
    };
    const QFileInfo info(fileName);
    if (!info.exists())
        return fail(tr("the file does not exist."));
    if (info.isDir())
        return fail(tr("it is a folder."));
    if (info.size() > maxFileBytes)
        return fail(tr("it is too large to be a cohort file."));
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QString problem;
    auto cohorts = fromJson(file.readAll(), &problem);
    if (!cohorts)
        return fail(problem);
    return cohorts;
}

} // namespace jobexplorer
