#include "PostingDatabase.h"

#include "SqlConnection.h"
#include "StoreLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace jobexplorer {

namespace {

constexpr QLatin1String sqliteMagic("SQLite format 3\0", 16);
constexpr std::array requiredTables{"meta",     "skill_categories",  "skills",        "skill_aliases",
                                    "postings", "posting_locations", "posting_skills"};

QString displayPath(const QString &fileName)
{
    return QDir::toNativeSeparators(fileName);
}

std::optional<double> optionalNumber(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

template <typename Enum, std::size_t N>
Enum fromColumn(const std::array<EnumEntry<Enum>, N> &table, const QVariant &value, Enum fallback)
{
    return Vocabulary::fromKey(table, value.toString()).value_or(fallback);
}

} // namespace

PostingDatabase::PostingDatabase(std::unique_ptr<SqlConnection> connection, QString fileName, bool readOnly,
                                 int formatVersion)
    : m_connection(std::move(connection)), m_fileName(std::move(fileName)), m_readOnly(readOnly),
      m_formatVersion(formatVersion)
{
}

PostingDatabase::~PostingDatabase() = default;

QString PostingDatabase::problem(const QString &what) const
{
    return tr("%1: %2").arg(displayPath(m_fileName), what);
}

std::unique_ptr<PostingDatabase> PostingDatabase::open(const QString &fileName, QString *errorMessage,
                                                       Check check)
{
    auto fail = [&](const QString &message) -> std::unique_ptr<PostingDatabase> {
        if (errorMessage)
            *errorMessage = tr("Cannot open %1: %2").arg(displayPath(fileName), message);
        return nullptr;
    };

    const QFileInfo info(fileName);
    if (!info.exists())
        return fail(tr("the file does not exist."));
    if (info.isDir())
        return fail(tr("it is a folder, not a database file."));
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("the file cannot be read (%1).").arg(file.errorString()));
    const QByteArray header = file.read(sqliteMagic.size());
    file.close();
    if (header.isEmpty())
        return fail(tr("the file is empty."));
    if (header != QByteArray(sqliteMagic.data(), sqliteMagic.size()))
        return fail(tr("it is not an SQLite database (it may be a different kind of file)."));

    // Root may write anywhere; a file without its owner's write bit is still meant to be read-only.
    const bool readOnly = !info.isWritable() || !info.permission(QFile::WriteOwner);
    auto connection = std::make_unique<SqlConnection>(fileName, readOnly ? SqlConnection::Mode::ReadOnly
                                                                         : SqlConnection::Mode::ReadWrite);
    if (!connection->isOpen())
        return fail(tr("SQLite cannot open it (%1).").arg(connection->errorString()));

    int formatVersion = 0;
    {
        QSqlQuery query(connection->database());
        // QSQLITE opens almost any file; the first real read tells whether it is usable.
        if (check == Check::Full) {
            if (!query.exec(QStringLiteral("PRAGMA quick_check")))
                return fail(
                    tr("it is damaged or not a database (%1).").arg(query.lastError().databaseText()));
            QStringList problems;
            while (query.next())
                problems << query.value(0).toString();
            if (problems != QStringList{QStringLiteral("ok")})
                return fail(tr("it is damaged (%1).").arg(problems.mid(0, 3).join(QLatin1String("; "))));
        }

        if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
            return fail(tr("it is damaged or not a database (%1).").arg(query.lastError().databaseText()));
        QSet<QString> tables;
        while (query.next())
            tables.insert(query.value(0).toString());
        for (const char *table : requiredTables) {
            if (!tables.contains(QLatin1String(table)))
                return fail(tr("it is an SQLite database, but not a Job Market Explorer database "
                               "(it has no \"%1\" table).")
                                .arg(QLatin1String(table)));
        }

        query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        query.addBindValue(QStringLiteral("format_version"));
        if (!query.exec() || !query.next())
            return fail(tr("it has no format version; it was not written by Job Market Explorer."));
        bool ok = false;
        formatVersion = query.value(0).toString().toInt(&ok);
        if (!ok || formatVersion < 1)
            return fail(tr("its format version \"%1\" is not valid.").arg(query.value(0).toString()));
        if (formatVersion > FormatVersion)
            return fail(tr("it was written by a newer version of Job Market Explorer (format version %1; "
                           "this version reads up to %2). Please update the program.")
                            .arg(formatVersion)
                            .arg(FormatVersion));
    }
    return std::unique_ptr<PostingDatabase>(
        new PostingDatabase(std::move(connection), fileName, readOnly, formatVersion));
}

std::unique_ptr<PostingStore> PostingDatabase::loadStore(QString *errorMessage) const
{
    // QSQLITE hands out its sqlite3 connection; the loader reads through it directly.
    const QVariant handle = m_connection->database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        if (errorMessage)
            *errorMessage = problem(tr("the SQLite driver does not give access to its connection."));
        return nullptr;
    }
    QString error;
    auto store = StoreLoader::load(*static_cast<sqlite3 *const *>(handle.constData()), &error);
    if (!store) {
        if (errorMessage)
            *errorMessage = problem(error);
        return nullptr;
    }
    if (store->meta().title.isEmpty()) {
        DatasetMeta meta = store->meta();
        meta.title = QFileInfo(m_fileName).completeBaseName();
        PostingStore::Builder(*store).setMeta(meta);
    }
    return store;
}

std::optional<PostingDetail> PostingDatabase::loadDetail(std::int64_t postingId) const
{
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral(
        "SELECT source_id, company, label, title, role_family, seniority, seniority_text, experience_min, "
        "experience_max, experience_text, work_mode, work_mode_text, employment_type, salary_min, "
        "salary_max, "
        "salary_currency, salary_period, salary_text, industry, company_size, posted_date, source_url, notes "
        "FROM postings WHERE id = ?"));
    query.addBindValue(QVariant::fromValue(postingId));
    if (!query.exec() || !query.next())
        return std::nullopt;

    PostingDetail detail;
    detail.id = postingId;
    PostingRecord &p = detail.posting;
    auto text = [&query](int column) { return query.value(column).toString(); };
    p.sourceId = text(0);
    p.company = text(1);
    p.label = text(2);
    p.title = text(3);
    p.roleFamily = text(4);
    p.seniority = fromColumn(Vocabulary::seniorities, query.value(5), Seniority::Unknown);
    p.seniorityText = text(6);
    p.experienceMin = optionalNumber(query.value(7));
    p.experienceMax = optionalNumber(query.value(8));
    p.experienceText = text(9);
    p.workMode = fromColumn(Vocabulary::workModes, query.value(10), WorkMode::Unknown);
    p.workModeText = text(11);
    p.employmentType = fromColumn(Vocabulary::employmentTypes, query.value(12), EmploymentType::Unknown);
    p.salary.min = optionalNumber(query.value(13));
    p.salary.max = optionalNumber(query.value(14));
    p.salary.currency = text(15);
    p.salary.period = fromColumn(Vocabulary::payPeriods, query.value(16), PayPeriod::Unknown);
    p.salary.text = text(17);
    p.industry = text(18);
    p.companySize = text(19);
    p.postedDate = QDate::fromString(text(20), Qt::ISODate);
    p.sourceUrl = text(21);
    p.notes = text(22);

    query.prepare(QStringLiteral("SELECT city, region, country, metro_area, text FROM posting_locations "
                                 "WHERE posting_id = ? ORDER BY position"));
    query.addBindValue(QVariant::fromValue(postingId));
    if (query.exec()) {
        while (query.next())
            p.locations.append({text(0), text(1), text(2), text(3), text(4)});
    }

    query.prepare(QStringLiteral(
        "SELECT s.name, c.name, ps.requirement, ps.mention FROM posting_skills ps "
        "JOIN skills s ON s.id = ps.skill_id LEFT JOIN skill_categories c ON c.id = s.category_id "
        "WHERE ps.posting_id = ? ORDER BY ps.position"));
    query.addBindValue(QVariant::fromValue(postingId));
    if (query.exec()) {
        while (query.next()) {
            p.skills.append({text(0),
                             fromColumn(Vocabulary::requirements, query.value(2), Requirement::Unspecified),
                             text(3)});
            detail.skillCategories << text(1);
        }
    }
    return detail;
}

Dataset PostingDatabase::loadReference() const
{
    Dataset reference;
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    auto text = [&query](int column) { return query.value(column).toString(); };
    auto integer = [&query](int column) {
        return query.value(column).isNull() ? std::nullopt : std::optional<int>(query.value(column).toInt());
    };
    if (query.exec(
            QStringLiteral("SELECT section, level, level_text, pay_type, qualifier, min, max, open_ended, "
                           "currency, period, text FROM ref_salary_bands ORDER BY id"))) {
        while (query.next()) {
            SalaryBandRecord band;
            band.section = text(0);
            band.level = Vocabulary::fromKey(Vocabulary::seniorities, text(1));
            band.levelText = text(2);
            band.payType = text(3);
            band.qualifier = text(4);
            band.min = optionalNumber(query.value(5));
            band.max = optionalNumber(query.value(6));
            band.openEnded = query.value(7).toInt() != 0;
            band.currency = text(8);
            band.period = fromColumn(Vocabulary::payPeriods, query.value(9), PayPeriod::Year);
            band.text = text(10);
            reference.salaryBands.append(band);
        }
    }
    if (query.exec(
            QStringLiteral("SELECT f.table_name, f.category, f.label, s.name, f.count, f.total, f.percent, "
                           "f.detail, f.note FROM ref_skill_frequencies f "
                           "LEFT JOIN skills s ON s.id = f.skill_id ORDER BY f.id"))) {
        while (query.next())
            reference.skillFrequencies.append({text(0), text(1), text(2), text(3), integer(4), integer(5),
                                               optionalNumber(query.value(6)), text(7), text(8)});
    }
    if (query.exec(QStringLiteral("SELECT table_name, label, value_text, count, total, percent, detail, note "
                                  "FROM ref_figures ORDER BY id"))) {
        while (query.next())
            reference.figures.append({text(0), text(1), text(2), integer(3), integer(4),
                                      optionalNumber(query.value(5)), text(6), text(7)});
    }
    return reference;
}

Dataset PostingDatabase::loadDataset(const std::vector<std::int64_t> &postingIds) const
{
    Dataset dataset = loadReference();
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        while (query.next()) {
            const QString key = query.value(0).toString();
            const QString value = query.value(1).toString();
            if (key == QLatin1String("title"))
                dataset.meta.title = value;
            else if (key == QLatin1String("source"))
                dataset.meta.source = value;
            else if (key == QLatin1String("collection_period"))
                dataset.meta.collectionPeriod = value;
            else if (key == QLatin1String("description"))
                dataset.meta.description = value;
        }
    }
    if (query.exec(QStringLiteral("SELECT key, name FROM skill_categories ORDER BY sort_order, id"))) {
        while (query.next())
            dataset.skillCategories.append({query.value(0).toString(), query.value(1).toString()});
    }
    QHash<qint64, qsizetype> skillAt;
    if (query.exec(QStringLiteral("SELECT s.id, s.name, c.key FROM skills s "
                                  "LEFT JOIN skill_categories c ON c.id = s.category_id ORDER BY s.id"))) {
        while (query.next()) {
            skillAt.insert(query.value(0).toLongLong(), dataset.skills.size());
            dataset.skills.append({query.value(1).toString(), query.value(2).toString(), {}});
        }
    }
    if (query.exec(QStringLiteral("SELECT skill_id, alias FROM skill_aliases ORDER BY rowid"))) {
        while (query.next()) {
            const auto at = skillAt.constFind(query.value(0).toLongLong());
            if (at != skillAt.cend())
                dataset.skills[*at].aliases << query.value(1).toString();
        }
    }
    dataset.postings.reserve(static_cast<qsizetype>(postingIds.size()));
    for (const std::int64_t id : postingIds) {
        if (auto detail = loadDetail(id))
            dataset.postings.append(std::move(detail->posting));
    }
    return dataset;
}

} // namespace jobexplorer
