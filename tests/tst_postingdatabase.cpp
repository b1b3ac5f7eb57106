#include "DatasetJsonWriter.h"
#include "DatasetWriter.h"
#include "IntegrityCheck.h"
#include "PostingDatabase.h"
#include "PostingStore.h"
#include "RandomDataset.h"
#include "SmallDisk.h"
#include "SqlConnection.h"
#include "SqliteStatement.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace jobexplorer;

class tst_PostingDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void shouldCreateEveryTableOfTheSchema();
    void shouldLoadThePostingsIntoTheStore();
    void shouldLoadEveryFieldOfOnePosting();
    void shouldLoadSkillsEditedByOtherPrograms_data();
    void shouldLoadSkillsEditedByOtherPrograms();
    void shouldReadSkillsTheSameEveryWay();
    void shouldRefuseBadFiles_data();
    void shouldRefuseBadFiles();
    void shouldOpenAReadOnlyFileReadOnly();
    void shouldFindDamageInTheBackground();
    void shouldListAFewProblemsOfADamagedFileAndCountTheRest_data();
    void shouldListAFewProblemsOfADamagedFileAndCountTheRest();
    void shouldStopACheckWhileItRuns();
    void shouldRemoveWhatKilledWritesLeftBehind();
    void shouldKeepTheOldFileWhenAWriteFails();
    void shouldRefuseAnInconsistentDataset_data();
    void shouldRefuseAnInconsistentDataset();
    void shouldLoadADatasetAsPostingByPosting();
    void shouldAppendKeepingTheStoredPostings();
    void shouldLeaveTheFileAsItWasWhenAnAppendFails();
    void shouldLeaveTheFileAsItWasWhenTheDiskFillsMidAppend();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void tst_PostingDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = test::writeDatabase(*m_dir, test::sampleDataset());
}

void tst_PostingDatabase::shouldCreateEveryTableOfTheSchema()
{
    SqlConnection connection(m_path, SqlConnection::Mode::ReadOnly);
    QSqlQuery query(connection.database());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    QCOMPARE(
        tables.join(QLatin1Char(' ')),
        QStringLiteral(
            "meta posting_locations posting_skill_lists posting_skills postings ref_figures ref_salary_bands "
            "ref_skill_frequencies skill_aliases skill_categories skills"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA application_id")) && query.next());
    QCOMPARE(query.value(0).toInt(), PostingDatabase::ApplicationId);
    QVERIFY(query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'format_version'")) &&
            query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("1"));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM skill_aliases")) && query.next());
    QVERIFY(query.value(0).toInt() > 0);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM ref_salary_bands")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void tst_PostingDatabase::shouldLoadThePostingsIntoTheStore()
{
    // Given a database written from the sample, When it is opened and loaded
    QString error;
    const auto database = PostingDatabase::open(m_path, &error);
    QVERIFY2(database, qPrintable(error));
    QVERIFY(!database->isReadOnly());
    const auto store = database->loadStore(&error);
    QVERIFY2(store, qPrintable(error));

    // Then every posting is a row, with its facets, numbers and lists
    QCOMPARE(store->size(), 6);
    QCOMPARE(store->meta().title, QStringLiteral("Test sample: six postings of the December 2025 report"));
    QCOMPARE(store->company(1), QStringLiteral("Scale AI"));
    QCOMPARE(store->seniority(1), Seniority::Mid);
    QCOMPARE(store->workMode(1), WorkMode::Hybrid);
    QCOMPARE(store->annualSalaryMin(1), 179400.0f);
    QCOMPARE(store->annualSalaryMax(1), 224250.0f);
    QCOMPARE(store->currency(1), QStringLiteral("USD"));
    QCOMPARE(store->locationsText(1), QStringLiteral("San Francisco, CA; New York, NY; Seattle, WA"));
    QCOMPARE(store->skillIds(1).size(), std::size_t(12));
    QCOMPARE(store->skillsText(3), QStringLiteral("C++; Python; Go; Data structures; Algorithms"));
    QVERIFY(!store->hasSalary(0));
    QVERIFY(store->locationIds(2).empty()); // the LinkedIn posting gives no location
    QCOMPARE(store->locationsText(4), QStringLiteral("Tel Aviv, Israel"));
    QVERIFY(store->company(5).isEmpty());
    QCOMPARE(store->experienceMin(5), 8.0f);
    QCOMPARE(store->experienceMax(5), 10.0f);
    QCOMPARE(store->categoryName(store->skillCategory(store->skillIds(0)[0])),
             QStringLiteral("Infrastructure & Orchestration"));
}

void tst_PostingDatabase::shouldLoadEveryFieldOfOnePosting()
{
    QString error;
    const auto database = PostingDatabase::open(m_path, &error);
    QVERIFY2(database, qPrintable(error));
    const auto store = database->loadStore(&error);
    const auto detail = database->loadDetail(store->postingId(5));
    QVERIFY(detail);
    QCOMPARE(detail->posting.label, QStringLiteral("Enterprise MLOps Engineer (Azure ML/AKS/DevOps)"));
    QCOMPARE(detail->posting.experienceText, QStringLiteral("8-10 years"));
    QCOMPARE(detail->posting.skills.size(), 13);
    QCOMPARE(detail->skillCategories.size(), 13);
    QCOMPARE(detail->posting.skills.at(2).skill, QStringLiteral("AKS"));
    QCOMPARE(detail->skillCategories.at(2), QStringLiteral("Infrastructure & Orchestration"));
    QCOMPARE(detail->posting.skills.at(8).requirement, Requirement::Unspecified);

    const auto scale = database->loadDetail(store->postingId(1));
    QCOMPARE(scale->posting.salary.text, QStringLiteral("$179,400 - $224,250 USD"));
    QCOMPARE(scale->posting.salary.period, PayPeriod::Year);
    QCOMPARE(scale->posting.locations.size(), 3);
    QCOMPARE(scale->posting.locations.at(1).metroArea, QStringLiteral("New York City"));
    QVERIFY(scale->posting.sourceUrl.startsWith(QLatin1String("https://www.linkedin.com/jobs/view/")));
    QVERIFY(!database->loadDetail(999999));
}

void tst_PostingDatabase::shouldLoadSkillsEditedByOtherPrograms_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<bool>("secondPostingChanges");

    const QString unlisted = QStringLiteral("(SELECT id FROM skills WHERE id NOT IN "
                                            "(SELECT skill_id FROM posting_skills WHERE posting_id = 2) "
                                            "ORDER BY id LIMIT 1)");
    QTest::newRow("as written") << QStringList() << false;
    QTest::newRow("a skill deleted")
        << QStringList{QStringLiteral("DELETE FROM posting_skills WHERE posting_id = 2 AND position = 0")}
        << true;
    QTest::newRow("a skill added")
        << QStringList{QStringLiteral(
                           "INSERT INTO posting_skills (posting_id, skill_id, position) VALUES (2, %1, -1)")
                           .arg(unlisted)}
        << true;
    QTest::newRow("a skill changed")
        << QStringList{QStringLiteral(
                           "UPDATE posting_skills SET skill_id = %1 WHERE posting_id = 2 AND position = 0")
                           .arg(unlisted)}
        << true;
    QTest::newRow("a skill moved to another posting")
        << QStringList{QStringLiteral(
               "UPDATE posting_skills SET posting_id = 4, position = 99 WHERE rowid = "
               "(SELECT rowid FROM posting_skills WHERE posting_id = 2 AND skill_id NOT IN "
               "(SELECT skill_id FROM posting_skills WHERE posting_id = 4) LIMIT 1)")}
        << true;
    QTest::newRow("a damaged list")
        << QStringList{QStringLiteral(
               "UPDATE posting_skill_lists SET skill_ids = x'ff' WHERE posting_id = 2")}
        << false;
    QTest::newRow("a list naming a skill twice")
        << QStringList{QStringLiteral(
               "UPDATE posting_skill_lists SET skill_ids = x'0101' WHERE posting_id = 2")}
        << false;
    // 0x7f: skill id 127, which the sample's taxonomy does not have
    QTest::newRow("a list naming a skill that does not exist")
        << QStringList{QStringLiteral(
               "UPDATE posting_skill_lists SET skill_ids = x'7f' WHERE posting_id = 2")}
        << false;
    QTest::newRow("no lists") << QStringList{QStringLiteral("DELETE FROM posting_skill_lists")} << false;
    QTest::newRow("a file written before the lists")
        << QStringList{QStringLiteral("DROP TABLE posting_skill_lists")} << false;
}

void tst_PostingDatabase::shouldLoadSkillsEditedByOtherPrograms()
{
    QFETCH(QStringList, statements);
    QFETCH(bool, secondPostingChanges);
    QString error;
    QString written;
    {
        const auto database = PostingDatabase::open(m_path, &error);
        QVERIFY2(database, qPrintable(error));
        const auto store = database->loadStore(&error);
        QVERIFY2(store, qPrintable(error));
        written = store->skillsText(1);
    }

    // Given a database whose skills were changed by another program (as a user with an SQLite
    // browser would), with only the schema's triggers to keep the lists in step
    {
        SqlConnection connection(m_path, SqlConnection::Mode::ReadWrite);
        QSqlQuery query(connection.database());
        for (const QString &statement : statements) {
            QVERIFY2(query.exec(statement),
                     qPrintable(statement + QLatin1String(": ") + query.lastError().text()));
            QVERIFY2(query.numRowsAffected() > 0 || statement.startsWith(QLatin1String("DROP")),
                     qPrintable(statement)); // each edit changes something
        }
    }

    // When it is loaded
    const auto database = PostingDatabase::open(m_path, &error);
    QVERIFY2(database, qPrintable(error));
    const auto store = database->loadStore(&error);
    QVERIFY2(store, qPrintable(error));

    // Then every posting has the skills posting_skills gives it, in their order
    SqlConnection connection(m_path, SqlConnection::Mode::ReadOnly);
    QSqlQuery query(connection.database());
    for (int row = 0; row < store->size(); ++row) {
        query.prepare(
            QStringLiteral("SELECT s.name FROM posting_skills ps JOIN skills s ON s.id = ps.skill_id "
                           "WHERE ps.posting_id = ? ORDER BY ps.position"));
        query.addBindValue(qint64(store->postingId(row)));
        QVERIFY(query.exec());
        QStringList names;
        while (query.next())
            names << query.value(0).toString();
        QVERIFY(!names.isEmpty());
        QCOMPARE(store->skillsText(row), names.join(QLatin1String("; ")));
    }
    QCOMPARE(store->skillsText(1) != written, secondPostingChanges);
}

void tst_PostingDatabase::shouldReadSkillsTheSameEveryWay()
{
    // Given a random database of 3 000 postings, read once from its skill lists
    QRandomGenerator random(20251207);
    const QString path =
        test::writeDatabase(*m_dir, test::randomDataset(random, 3000), QStringLiteral("random.sqlite"));
    auto skillsOf = [&path]() {
        QString error;
        const auto database = PostingDatabase::open(path, &error);
        const auto store = database ? database->loadStore(&error) : nullptr;
        std::vector<std::vector<PostingStore::SkillId>> skills;
        if (!store) {
            qWarning() << error;
            return skills;
        }
        for (int row = 0; row < store->size(); ++row) {
            const auto ids = store->skillIds(row);
            skills.emplace_back(ids.begin(), ids.end());
        }
        return skills;
    };
    auto execute = [&path](const QString &statement) {
        SqlConnection connection(path, SqlConnection::Mode::ReadWrite);
        QSqlQuery query(connection.database());
        return query.exec(statement);
    };
    const auto fromLists = skillsOf();
    QCOMPARE(fromLists.size(), std::size_t(3000));
    QVERIFY(std::any_of(fromLists.begin(), fromLists.end(), [](const auto &ids) { return ids.size() > 5; }));

    // When some postings lose their lists (looked up one by one), then all (one pass over
    // posting_skills), the skills read are the same, in the same order
    QVERIFY(execute(QStringLiteral("DELETE FROM posting_skill_lists WHERE posting_id % 7 = 0")));
    QCOMPARE(skillsOf(), fromLists);
    QVERIFY(execute(QStringLiteral("DROP TABLE posting_skill_lists")));
    QCOMPARE(skillsOf(), fromLists);
}

void tst_PostingDatabase::shouldRefuseBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expectedProblem");
    QTest::newRow("missing file") << "missing"
                                  << "does not exist";
    QTest::newRow("a folder") << "folder"
                              << "is a folder";
    QTest::newRow("empty file") << "empty"
                                << "is empty";
    QTest::newRow("random bytes") << "random"
                                  << "is not an SQLite database";
    QTest::newRow("SQLite header, then garbage") << "garbage"
                                                 << "damaged";
    QTest::newRow("truncated database") << "truncated"
                                        << "damaged";
    QTest::newRow("corrupted pages") << "corrupted"
                                     << "damaged";
    QTest::newRow("SQLite without our tables") << "foreign"
                                               << "not a Job Market Explorer database";
    QTest::newRow("newer format version") << "newer"
                                          << "newer version of Job Market Explorer (format version 2";
    QTest::newRow("no format version") << "noversion"
                                       << "has no format version";
    QTest::newRow("our tables, another program's application id")
        << "otherapp"
        << "of another program (application id 1234)";
    QTest::newRow("our tables, no application id") << "noapp"
                                                   << "of another program (application id 0)";
    QTest::newRow("our tables, another format name") << "otherformat"
                                                     << "its format \"ledger\" is not";
    QTest::newRow("a named pipe") << "fifo"
                                  << "not a regular file";
    QTest::newRow("no file name") << "nopath"
                                  << "no file name was given";
}

void tst_PostingDatabase::shouldRefuseBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, expectedProblem);

    // Given a bad file of this kind
    QString path = m_dir->filePath(kind + QLatin1String(".sqlite"));
    auto writeBytes = [&](const QByteArray &bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    QByteArray good;
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        good = file.readAll();
    }
    if (kind == QLatin1String("folder")) {
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.sqlite")));
    } else if (kind == QLatin1String("empty")) {
        writeBytes({});
    } else if (kind == QLatin1String("random")) {
        QByteArray bytes(8192, Qt::Uninitialized);
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919 + 13) % 251);
        writeBytes(bytes);
    } else if (kind == QLatin1String("garbage")) {
        writeBytes(QByteArray("SQLite format 3\0", 16) + QByteArray(4096, 'x'));
    } else if (kind == QLatin1String("truncated")) {
        writeBytes(good.left(good.size() / 2));
    } else if (kind == QLatin1String("corrupted")) {
        QByteArray bytes = good;
        for (qsizetype i = 4096; i < bytes.size(); i += 97)
            bytes[i] = char(0xA5);
        writeBytes(bytes);
    } else if (kind == QLatin1String("foreign")) {
        SqlConnection connection(path, SqlConnection::Mode::ReadWrite);
        QSqlQuery query(connection.database());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")));
    } else if (kind == QLatin1String("otherapp") || kind == QLatin1String("noapp") ||
               kind == QLatin1String("otherformat")) {
        writeBytes(good);
        SqlConnection connection(path, SqlConnection::Mode::ReadWrite);
        QSqlQuery query(connection.database());
        QVERIFY(query.exec(kind == QLatin1String("otherapp") ? QStringLiteral("PRAGMA application_id = 1234")
                           : kind == QLatin1String("noapp")
                               ? QStringLiteral("PRAGMA application_id = 0")
                               : QStringLiteral("UPDATE meta SET value = 'ledger' "
                                                "WHERE key = 'format'")));
    } else if (kind == QLatin1String("fifo")) {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == QLatin1String("nopath")) {
        path.clear();
    } else if (kind == QLatin1String("newer") || kind == QLatin1String("noversion")) {
        writeBytes(good);
        SqlConnection connection(path, SqlConnection::Mode::ReadWrite);
        QSqlQuery query(connection.database());
        QVERIFY(query.exec(kind == QLatin1String("newer")
                               ? QStringLiteral("UPDATE meta SET value = '2' WHERE key = 'format_version'")
                               : QStringLiteral("DELETE FROM meta WHERE key = 'format_version'")));
    }

    // When it is opened
    QString error;
    const auto database = PostingDatabase::open(path, &error);

    // Then it is refused with a message naming the file and the problem
    QVERIFY(!database);
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(expectedProblem), qPrintable(error));
}

void tst_PostingDatabase::shouldOpenAReadOnlyFileReadOnly()
{
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QString error;
    const auto database = PostingDatabase::open(m_path, &error);
    QVERIFY2(database, qPrintable(error));
    QVERIFY(database->isReadOnly());
    const auto store = database->loadStore(&error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->size(), 6);
}

void tst_PostingDatabase::shouldFindDamageInTheBackground()
{
    // Given a sound file and a copy with damaged pages
    const QString damaged = m_dir->filePath(QStringLiteral("damaged.sqlite"));
    {
        QFile in(m_path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        for (qsizetype i = 4096; i < bytes.size(); i += 97)
            bytes[i] = char(0xA5);
        QFile out(damaged);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }

    // When both are checked in the background
    IntegrityCheck check;
    QSignalSpy finished(&check, &IntegrityCheck::finished);
    check.start(m_path);
    QVERIFY(finished.wait(10000));
    check.start(damaged);
    QVERIFY(finished.wait(10000));

    // Then the sound file passes and the damaged one is reported
    QCOMPARE(finished.at(0).at(0).toString(), m_path);
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QCOMPARE(finished.at(1).at(0).toString(), damaged);
    QVERIFY(!finished.at(1).at(1).toString().isEmpty());

    // And a deferred open does not run the check itself
    QString error;
    QVERIFY(PostingDatabase::open(m_path, &error, PostingDatabase::Check::Deferred));
}

void tst_PostingDatabase::shouldListAFewProblemsOfADamagedFileAndCountTheRest_data()
{
    QTest::addColumn<QString>("damage");   // SQL run with the schema's CHECK constraints ignored
    QTest::addColumn<QString>("expected"); // the end of the message
    // 42 skill rows with a requirement the schema does not allow: three listed, 39 counted.
    QTest::newRow("42 problems") << "UPDATE posting_skills SET requirement = 'damaged'"
                                 << "; CHECK constraint failed in posting_skills; and 39 more).";
    // 186 such rows, but SQLite stops its check at 100 problems.
    QTest::newRow("more than SQLite counts")
        << "INSERT INTO posting_skills (posting_id, skill_id, position, requirement) "
           "SELECT p.id, s.id, 0, 'damaged' FROM postings p CROSS JOIN skills s WHERE NOT EXISTS "
           "(SELECT 1 FROM posting_skills k WHERE k.posting_id = p.id AND k.skill_id = s.id)"
        << "; CHECK constraint failed in posting_skills; and at least 97 more).";
}

void tst_PostingDatabase::shouldListAFewProblemsOfADamagedFileAndCountTheRest()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);

    // Given a file in which SQLite's check finds dozens of problems
    const QString damaged = m_dir->filePath(QStringLiteral("many-problems.sqlite"));
    QVERIFY(QFile::copy(m_path, damaged));
    {
        SqlConnection connection(damaged, SqlConnection::Mode::ReadWrite);
        QSqlQuery query(connection.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
        QVERIFY2(query.exec(damage), qPrintable(query.lastError().text()));
    }

    // When it is opened
    QString error;
    QVERIFY(!PostingDatabase::open(damaged, &error));

    // Then the message lists the first three problems and counts the others, in one line
    static const QRegularExpression threeListed(
        QStringLiteral("it is damaged \\(([^;]+; ){3}and (at least )?\\d+ more\\)\\.$"));
    QVERIFY2(threeListed.match(error).hasMatch(), qPrintable(error));
    QVERIFY2(error.endsWith(expected), qPrintable(error));
}

void tst_PostingDatabase::shouldStopACheckWhileItRuns()
{
    // Given a database large enough that checking it takes a while
    QRandomGenerator random(14);
    const QString large = m_dir->filePath(QStringLiteral("large.sqlite"));
    DatasetWriter writer;
    QVERIFY2(writer.write(test::randomDataset(random, 20000), large), qPrintable(writer.errorString()));

    // When checks are started and stopped again at every moment of their run (a new start
    // interrupts the running one; so does destroying the checker)
    for (int round = 0; round < 40; ++round) {
        IntegrityCheck check;
        QSignalSpy finished(&check, &IntegrityCheck::finished);
        check.start(large);
        QThread::usleep(static_cast<unsigned long>(random.bounded(3000)));
        if (round % 2 == 0)
            continue; // destroyed while running
        check.start(large);
        QThread::usleep(static_cast<unsigned long>(random.bounded(3000)));
        check.start(m_path);
        // Then the last check still reports, and no interrupted one ever reports a problem
        QVERIFY(finished.wait(10000) || !finished.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(finished.last().at(0).toString(), m_path, 10000);
        for (const QList<QVariant> &report : std::as_const(finished))
            QCOMPARE(report.at(1).toString(), QString());
    }
}

void tst_PostingDatabase::shouldRemoveWhatKilledWritesLeftBehind()
{
    // Given hidden files beside the database as killed writes leave them, and others
    const QFileInfo database(m_path);
    auto leftover = [&](const char *suffix) -> QString {
        return database.absolutePath() + QLatin1String("/.") + database.fileName() + QLatin1String(suffix);
    };
    const QDateTime anHourAgo = QDateTime::currentDateTime().addSecs(-3600);
    auto make = [&](const QString &path, const QByteArray &bytes, bool old) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        if (old)
            QVERIFY(file.setFileTime(anHourAgo, QFileDevice::FileModificationTime));
    };
    QByteArray sqlite;
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        sqlite = file.readAll();
    }
    make(leftover(".Ab12Cd"), sqlite, true);                        // killed mid-write an hour ago
    make(leftover(".Ef34Gh"), {}, true);                            // killed at once
    make(leftover(".Ij56Kl"), sqlite, false);                       // just begun: may be in progress
    make(leftover(".Mn78Op"), QByteArray("notes, not ours"), true); // someone else's file
    make(leftover(".Qr90St"), sqlite, true);                        // old, but still being written
    SqlConnection writer(leftover(".Qr90St"), SqlConnection::Mode::ReadWrite);
    QSqlQuery query(writer.database());
    QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));

    // When the database is opened
    QString error;
    QVERIFY2(PostingDatabase::open(m_path, &error), qPrintable(error));

    // Then only the stale files of ours are gone
    QVERIFY(!QFile::exists(leftover(".Ab12Cd")));
    QVERIFY(!QFile::exists(leftover(".Ef34Gh")));
    QVERIFY(QFile::exists(leftover(".Ij56Kl")));
    QVERIFY(QFile::exists(leftover(".Mn78Op")));
    QVERIFY(QFile::exists(leftover(".Qr90St")));
    QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
}

void tst_PostingDatabase::shouldKeepTheOldFileWhenAWriteFails()
{
    // Given a good database, When a dataset naming an unknown skill is written over it
    Dataset bad = test::sampleDataset();
    bad.postings[0].skills.append({QStringLiteral("Quantum Kubernetes"), Requirement::Required, {}});
    DatasetWriter writer;
    QVERIFY(!writer.write(bad, m_path));

    // Then the message names the file, the posting and the skill, and the old file is intact
    QVERIFY2(writer.errorString().contains(m_path), qPrintable(writer.errorString()));
    QVERIFY2(writer.errorString().contains(QLatin1String("unknown skill \"Quantum Kubernetes\"")),
             qPrintable(writer.errorString()));
    QString error;
    const auto database = PostingDatabase::open(m_path, &error);
    QVERIFY2(database, qPrintable(error));
    QCOMPARE(database->loadStore(&error)->size(), 6);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("sample.sqlite")});

    // And when SQLite itself refuses a row half-way (a CHECK constraint of the reference
    // tables), the old file is intact and no temporary file is left either
    Dataset refused = test::sampleDataset();
    SalaryBandRecord band;
    band.payType = QStringLiteral("bonus");
    band.text = QStringLiteral("bonus only");
    refused.salaryBands.append(band);
    QVERIFY(!writer.write(refused, m_path));
    QVERIFY2(writer.errorString().contains(QLatin1String("CHECK constraint failed")),
             qPrintable(writer.errorString()));
    QCOMPARE(PostingDatabase::open(m_path, &error)->loadStore(&error)->size(), 6);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("sample.sqlite")});

    // And a folder that does not exist is named in the message
    const QString nowhere = m_dir->filePath(QStringLiteral("no/such/folder/x.sqlite"));
    QVERIFY(!writer.write(test::sampleDataset(), nowhere));
    QVERIFY2(writer.errorString().contains(nowhere), qPrintable(writer.errorString()));
}

void tst_PostingDatabase::shouldRefuseAnInconsistentDataset_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expectedProblem");
    QTest::newRow("alias used twice") << "alias"
                                      << "\"K8s\" is used for two skills";
    QTest::newRow("skill listed twice") << "twice"
                                        << "lists the skill \"k8s\" twice";
    QTest::newRow("unknown category") << "category"
                                      << "has the unknown category \"astrology\"";
    QTest::newRow("reference to unknown skill") << "reference"
                                                << "names the unknown skill \"COBOL\"";
    QTest::newRow("negative years") << "years"
                                    << "has a negative number of years of experience";
    QTest::newRow("salary without period") << "period"
                                           << "has a salary without a pay period";
}

void tst_PostingDatabase::shouldRefuseAnInconsistentDataset()
{
    QFETCH(QString, change);
    QFETCH(QString, expectedProblem);
    Dataset dataset = test::sampleDataset();
    if (change == QLatin1String("alias"))
        dataset.skills[1].aliases << QStringLiteral("K8s");
    else if (change == QLatin1String("twice"))
        dataset.postings[0].skills.append({QStringLiteral("k8s"), Requirement::Preferred, {}});
    else if (change == QLatin1String("category"))
        dataset.skills[0].category = QStringLiteral("astrology");
    else if (change == QLatin1String("reference"))
        dataset.skillFrequencies[0].skill = QStringLiteral("COBOL");
    else if (change == QLatin1String("years"))
        dataset.postings[1].experienceMin = -1;
    else if (change == QLatin1String("period"))
        dataset.postings[1].salary = {50000, std::nullopt, QStringLiteral("USD"), PayPeriod::Unknown, {}};
    const QString problem = DatasetWriter::validate(dataset);
    QVERIFY2(problem.contains(expectedProblem), qPrintable(problem));
}

namespace {

QByteArray fileHash(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Every posting id of a database, in the store's order.
std::vector<std::int64_t> allIds(const PostingDatabase &database)
{
    QString error;
    const auto store = database.loadStore(&error);
    std::vector<std::int64_t> ids;
    for (int row = 0; store && row < store->size(); ++row)
        ids.push_back(store->postingId(row));
    return ids;
}

// ids backwards, repeated until there are more than `atLeast` (so that reading them spans
// several of the batches an export reads at a time, each with repeats).
std::vector<std::int64_t> manyTimesBackwards(const std::vector<std::int64_t> &ids, std::size_t atLeast)
{
    std::vector<std::int64_t> many;
    while (!ids.empty() && many.size() <= atLeast)
        many.insert(many.end(), ids.rbegin(), ids.rend());
    return many;
}

QString datasetText(const Dataset &dataset)
{
    return QString::fromUtf8(DatasetJsonWriter::toJson(dataset));
}

// The postings alone, as JSON.
QString postingsText(const Dataset &dataset)
{
    Dataset postings;
    postings.postings = dataset.postings;
    return datasetText(postings);
}

// Additions to the sample: a new category with a new skill (and an alias), and two postings,
// one naming the new skill and a skill already there by an alias.
Dataset sampleAdditions(int postings = 2)
{
    Dataset additions = test::sampleDataset();
    additions.postings.clear();
    additions.skillCategories.append({QStringLiteral("quantum"), QStringLiteral("Quantum computing")});
    additions.skills.append(
        {QStringLiteral("Qiskit"), QStringLiteral("quantum"), {QStringLiteral("IBM Qiskit")}});
    for (int i = 0; i < postings; ++i) {
        PostingRecord p;
        p.sourceId = QStringLiteral("added-%1").arg(i + 1);
        p.company = QStringLiteral("Qubit Works");
        p.title = QStringLiteral("Quantum Infrastructure Engineer %1").arg(i + 1);
        p.seniority = Seniority::Senior;
        p.workMode = WorkMode::Hybrid;
        p.salary = {150000, 190000, QStringLiteral("USD"), PayPeriod::Year, QStringLiteral("$150k-$190k")};
        p.postedDate = QDate(2025, 12, 1 + i % 28);
        p.locations.append({QStringLiteral("Boston"), QStringLiteral("MA"), QStringLiteral("United States"),
                            QStringLiteral("Boston"), QStringLiteral("Boston, MA")});
        p.skills.append({QStringLiteral("Qiskit"), Requirement::Required, QStringLiteral("Qiskit")});
        p.skills.append({QStringLiteral("k8s"), Requirement::Preferred, QStringLiteral("K8s")});
        additions.postings.append(p);
    }
    return additions;
}

} // namespace

void tst_PostingDatabase::shouldLoadADatasetAsPostingByPosting()
{
    // Given a database whose ids come in runs with gaps wider than one range query reads
    Dataset dataset = test::sampleDataset();
    const QList<PostingRecord> sample = dataset.postings;
    for (int copy = 0; copy < 12; ++copy) {
        for (PostingRecord p : sample) {
            p.sourceId += QStringLiteral("-copy%1").arg(copy);
            dataset.postings.append(p);
        }
    }
    const QString path = test::writeDatabase(*m_dir, dataset, QStringLiteral("copies.sqlite"));
    QString error;
    const auto database = PostingDatabase::open(path, &error);
    QVERIFY2(database, qPrintable(error));
    const std::int64_t last = std::int64_t(dataset.postings.size());

    // When sets of ids are loaded: out of order, repeated, missing, scattered, all
    const std::vector<std::vector<std::int64_t>> idSets{
        {3, 1, 2},
        {last, 5, 5, 999, 1, last - 1, 40, 41, 2 + PostingDatabase::MaxIdGap + 1, 2},
        {7},
        {},
        allIds(*database),
        manyTimesBackwards(allIds(*database), PostingDatabase::ExportBatch),
    };
    for (const std::vector<std::int64_t> &ids : idSets) {
        const Dataset loaded = database->loadDataset(ids);
        // Then they are what loading each posting on its own gives, in the same order
        Dataset expected = database->loadDataset({});
        for (const std::int64_t id : ids) {
            if (const auto detail = database->loadDetail(id))
                expected.postings.append(detail->posting);
        }
        QCOMPARE(loaded.postings.size(), expected.postings.size());
        QCOMPARE(datasetText(loaded), datasetText(expected));
    }
    QCOMPARE(database->loadDataset(allIds(*database)).postings.size(), dataset.postings.size());
}

void tst_PostingDatabase::shouldAppendKeepingTheStoredPostings()
{
    // Given the sample database
    QString error;
    std::vector<std::int64_t> before;
    QString storedPostings;
    {
        const auto database = PostingDatabase::open(m_path, &error);
        QVERIFY2(database, qPrintable(error));
        before = allIds(*database);
        storedPostings = postingsText(database->loadDataset(before));
    }

    // When two postings with a new skill and category are appended
    const Dataset additions = sampleAdditions();
    DatasetWriter writer;
    QVERIFY2(writer.append(additions, m_path), qPrintable(writer.errorString()));

    // Then the stored postings are exactly as they were, with their ids, and the new ones follow
    const auto database = PostingDatabase::open(m_path, &error);
    QVERIFY2(database, qPrintable(error));
    QCOMPARE(postingsText(database->loadDataset(before)), storedPostings);
    const std::vector<std::int64_t> after = allIds(*database);
    QCOMPARE(after.size(), before.size() + 2);
    QVERIFY(std::equal(before.cbegin(), before.cend(), after.cbegin()));
    Dataset expectedAdded = additions;
    for (PostingRecord &p : expectedAdded.postings)
        p.skills[1].skill = QStringLiteral("Kubernetes"); // named by its alias "k8s"
    QCOMPARE(postingsText(database->loadDataset({after.end() - 2, after.end()})),
             postingsText(expectedAdded));
    // And the new skill is in its new category, with its alias; the old taxonomy is kept
    const Dataset taxonomy = database->loadDataset({});
    QCOMPARE(taxonomy.skills.size(), test::sampleDataset().skills.size() + 1);
    QCOMPARE(taxonomy.skills.constLast().name, QStringLiteral("Qiskit"));
    QCOMPARE(taxonomy.skills.constLast().category, QStringLiteral("quantum"));
    QCOMPARE(taxonomy.skills.constLast().aliases, QStringList{QStringLiteral("IBM Qiskit")});
    QCOMPARE(taxonomy.skillCategories.constLast().name, QStringLiteral("Quantum computing"));
    QCOMPARE(taxonomy.meta.title, test::sampleDataset().meta.title);
    // And every posting has its skill list again (the store reads them), and the file is sound
    const auto store = database->loadStore(&error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->size(), int(after.size()));
    {
        SqliteConnection connection(m_path, SqliteConnection::Mode::ReadOnly);
        SqliteStatement lists(connection, "SELECT count(*) FROM posting_skill_lists");
        QVERIFY(lists.next());
        QCOMPARE(lists.integer(0), std::int64_t(after.size()));
        QVERIFY(!lists.next()); // done reading: the file's read lock is let go
        QCOMPARE(connection.quickCheck(), QString());
    }

    // And appending again adds to it again, reusing the skill added the first time
    QVERIFY2(writer.append(additions, m_path), qPrintable(writer.errorString()));
    const auto again = PostingDatabase::open(m_path, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(allIds(*again).size(), before.size() + 4);
    QCOMPARE(again->loadDataset({}).skills.size(), taxonomy.skills.size());
    QCOMPARE(postingsText(again->loadDataset(before)), storedPostings);
}

void tst_PostingDatabase::shouldLeaveTheFileAsItWasWhenAnAppendFails()
{
    const QByteArray before = fileHash(m_path);
    DatasetWriter writer;

    // When the last of many postings has a value SQLite refuses (a work mode outside the
    // vocabulary is bound as NULL, which the column does not allow): the others were
    // inserted by then
    Dataset refused = sampleAdditions(50);
    refused.postings.last().workMode = static_cast<WorkMode>(99);
    QVERIFY(!writer.append(refused, m_path));
    QVERIFY2(writer.errorString().contains(QLatin1String("NOT NULL constraint failed")),
             qPrintable(writer.errorString()));
    QVERIFY2(writer.errorString().contains(m_path), qPrintable(writer.errorString()));
    // Then the file is as it was, byte for byte, and no journal is left beside it
    QCOMPARE(fileHash(m_path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("sample.sqlite")});

    // When the additions are inconsistent (a posting names an unknown skill): nothing is tried
    Dataset unknown = sampleAdditions();
    unknown.postings[1].skills.append({QStringLiteral("COBOL"), Requirement::Required, {}});
    QVERIFY(!writer.append(unknown, m_path));
    QVERIFY2(writer.errorString().contains(QLatin1String("unknown skill \"COBOL\"")),
             qPrintable(writer.errorString()));
    QCOMPARE(fileHash(m_path), before);

    // When the file is read-only
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    if (QFileInfo(m_path).isWritable())
        QSKIP("the user can write read-only files (root)");
    QVERIFY(!writer.append(sampleAdditions(), m_path));
    QVERIFY2(writer.errorString().contains(QLatin1String("readonly")), qPrintable(writer.errorString()));
    QCOMPARE(fileHash(m_path), before);
}

void tst_PostingDatabase::shouldLeaveTheFileAsItWasWhenTheDiskFillsMidAppend()
{
    // Given a database on a small disk of its own (a tmpfs: only root may mount one)...
    test::SmallDisk disk;
    if (!disk.mount())
        QSKIP("A small disk cannot be mounted here (the test needs root).");
    const QString path = disk.filePath(QStringLiteral("full.sqlite"));
    QVERIFY(QFile::copy(m_path, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = fileHash(path);
    // ...with room for a few more pages only
    QVERIFY(disk.fill(3 * 4096));

    // When many postings are appended: the disk fills part-way
    DatasetWriter writer;
    QVERIFY(!writer.append(sampleAdditions(2000), path));
    QVERIFY2(writer.errorString().contains(path), qPrintable(writer.errorString()));

    // Then the file is as it was, byte for byte, and reads as before
    QCOMPARE(fileHash(path), before);
    QString error;
    const auto database = PostingDatabase::open(path, &error);
    QVERIFY2(database, qPrintable(error));
    QCOMPARE(allIds(*database).size(), std::size_t(6));
}

QTEST_GUILESS_MAIN(tst_PostingDatabase)
#include "tst_postingdatabase.moc"
