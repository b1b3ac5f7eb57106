#include "BundledData.h"
#include "BundledDataset.h"
#include "Client.h"
#include "ClientFile.h"
#include "ClientStore.h"
#include "PostingDatabase.h"
#include "PostingStore.h"
#include "SkillLookup.h"
#include "TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace jobexplorer;

namespace {

Client sampleClient()
{
    Client client;
    client.name = QStringLiteral("J. D.");
    client.skills = {{QStringLiteral("Python"), SkillLevel::Strong},
                     {QStringLiteral("Docker"), SkillLevel::Has},
                     {QStringLiteral("Kubernetes"), SkillLevel::Learning},
                     {QStringLiteral("Quantum Basket Weaving"), SkillLevel::Has}};
    client.target = QStringLiteral("mode:remote,hybrid seniority:mid");
    client.notes = QStringLiteral("Wants to move to Lisbon «soon»");
    return client;
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace

class tst_Client : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shouldKeepEveryFieldThroughTheStore();
    void shouldRefuseABadFileNamingIt_data();
    void shouldRefuseABadFileNamingIt();
    void shouldLoadTheOtherClientsBesideABadFile();
    void shouldDeleteTheClientsFile();
    void shouldImportExportedClientsUnderNewIds();
    void shouldMapKnownSkillsAndKeepUnknownOnesByName();
    void shouldReadASkillListWithAliases_data();
    void shouldReadASkillListWithAliases();
    void shouldProposeTheSkillsOfAResume();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostingDatabase> m_database;
    std::unique_ptr<PostingStore> m_store;
};

void tst_Client::initTestCase()
{
    QString error;
    const QString path =
        BundledDataset::ensureDatabase(resources::bundledDatasetFiles(), m_dir.path(), &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    m_database = PostingDatabase::open(path, &error);
    QVERIFY2(m_database, qPrintable(error));
    m_store = m_database->loadStore(&error);
    QVERIFY2(m_store, qPrintable(error));
}

void tst_Client::shouldKeepEveryFieldThroughTheStore()
{
    // Given a store in a folder of its own and a new client
    QTemporaryDir dir;
    const ClientStore store(dir.filePath(QStringLiteral("clients")));
    Client client = sampleClient();

    // When it is saved and everything is loaded again
    QString error;
    QVERIFY2(store.save(client, &error), qPrintable(error));
    const ClientStore::Loaded loaded = store.loadAll();

    // Then it comes back with an id, its dates and every field as saved
    QVERIFY(!client.id.isEmpty());
    QVERIFY(client.created.isValid());
    QCOMPARE(client.changed, client.created);
    QVERIFY(QFile::exists(store.fileName(client.id)));
    QCOMPARE(loaded.problems, QStringList());
    QCOMPARE(loaded.clients.size(), 1);
    QCOMPARE(loaded.clients.first(), client);

    // And a later save keeps the created date and moves the changed one
    Client edited = loaded.clients.first();
    edited.notes = QStringLiteral("Edited");
    QTest::qWait(1100); // dates are kept to the second
    QVERIFY2(store.save(edited, &error), qPrintable(error));
    QCOMPARE(edited.id, client.id);
    QCOMPARE(edited.created, client.created);
    QVERIFY(edited.changed > client.changed);
    QCOMPARE(store.loadAll().clients, QList<Client>{edited});
}

void tst_Client::shouldRefuseABadFileNamingIt_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("problem");
    QTest::newRow("damaged") << QByteArray(
                                    "{\"format\": \"jobexplorer-clients\", \"version\": 1, \"clients\": [")
                             << QStringLiteral("it is not JSON");
    QTest::newRow("newer version")
        << QByteArray("{\"format\": \"jobexplorer-clients\", \"version\": 2, \"clients\": []}")
        << QStringLiteral("it is version 2 of the format; this program reads up to version 1.");
    QTest::newRow("another format") << QByteArray("{\"format\": \"jobexplorer-cohorts\", \"version\": 1}")
                                    << QStringLiteral("it is not a client file");
    QTest::newRow("a skill of an unknown level")
        << QByteArray("{\"format\": \"jobexplorer-clients\", \"version\": 1, \"clients\": [{\"name\": \"A\", "
                      "\"skills\": [{\"name\": \"Go\", \"level\": \"expert\"}]}]}")
        << QStringLiteral("skill “Go” of client “A” has the unknown level “expert”");
    QTest::newRow("a client without a name")
        << QByteArray(
               "{\"format\": \"jobexplorer-clients\", \"version\": 1, \"clients\": [{\"skills\": []}]}")
        << QStringLiteral("client 1 has no name.");
}

void tst_Client::shouldRefuseABadFileNamingIt()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("client.json"));
    QVERIFY(writeText(path, contents));

    QString error;
    QVERIFY(!ClientFile::readFile(path, &error));

    QVERIFY2(error.startsWith(QStringLiteral("Cannot read clients from %1: ").arg(path)), qPrintable(error));
    QVERIFY2(error.contains(problem), qPrintable(error));
}

void tst_Client::shouldLoadTheOtherClientsBesideABadFile()
{
    // Given two saved clients and a damaged file among them
    QTemporaryDir dir;
    const ClientStore store(dir.path());
    Client first = sampleClient();
    Client second = sampleClient();
    second.name = QStringLiteral("Anna");
    QString error;
    QVERIFY(store.save(first, &error));
    QVERIFY(store.save(second, &error));
    QVERIFY(writeText(dir.filePath(QStringLiteral("broken.json")), QByteArray("{not json")));

    // When they are loaded
    const ClientStore::Loaded loaded = store.loadAll();

    // Then both good ones load, by name, and the bad file is named
    QCOMPARE(loaded.clients.size(), 2);
    QCOMPARE(loaded.clients.at(0).name, QStringLiteral("Anna"));
    QCOMPARE(loaded.clients.at(1).name, QStringLiteral("J. D."));
    QCOMPARE(loaded.problems.size(), 1);
    QVERIFY2(loaded.problems.first().contains(dir.filePath(QStringLiteral("broken.json"))),
             qPrintable(loaded.problems.first()));
}

void tst_Client::shouldDeleteTheClientsFile()
{
    QTemporaryDir dir;
    const ClientStore store(dir.path());
    Client client = sampleClient();
    QString error;
    QVERIFY(store.save(client, &error));

    QVERIFY2(store.remove(client.id, &error), qPrintable(error));

    QVERIFY(!QFile::exists(store.fileName(client.id)));
    QVERIFY(store.loadAll().clients.isEmpty());
}

void tst_Client::shouldImportExportedClientsUnderNewIds()
{
    // Given a client exported from one store
    QTemporaryDir dir;
    const ClientStore store(dir.filePath(QStringLiteral("here")));
    Client client = sampleClient();
    QString error;
    QVERIFY(store.save(client, &error));
    const QString exported = dir.filePath(QStringLiteral("moving.json"));
    QVERIFY2(ClientStore::exportTo({client}, exported, &error), qPrintable(error));

    // When it is imported into the same store (its id is taken) and into another
    const auto again = store.importFrom(exported, &error);
    const ClientStore other(dir.filePath(QStringLiteral("there")));
    const auto moved = other.importFrom(exported, &error);

    // Then the same store has it twice under two ids, the other once under its own id
    QVERIFY2(again && moved, qPrintable(error));
    QCOMPARE(again->size(), 1);
    QVERIFY(again->first().id != client.id);
    QCOMPARE(store.loadAll().clients.size(), 2);
    QCOMPARE(moved->first().id, client.id);
    QCOMPARE(moved->first().skills, client.skills);
    QCOMPARE(moved->first().created, client.created);

    // And an unreadable file imports nothing and says which file
    QVERIFY(!other.importFrom(dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY(error.contains(QLatin1String("missing.json")));
    QCOMPARE(other.loadAll().clients.size(), 1);
}

void tst_Client::shouldMapKnownSkillsAndKeepUnknownOnesByName()
{
    const Client client = sampleClient();

    const ClientSkills skills = client.skillSet(*m_store);
    const ClientSkills counting = client.skillSet(*m_store, true);

    const int python = *m_store->findSkill(QStringLiteral("Python"));
    const int kubernetes = *m_store->findSkill(QStringLiteral("Kubernetes"));
    QCOMPARE(skills.level(python), SkillLevel::Strong);
    QVERIFY(skills.holds(python));
    QCOMPARE(skills.level(kubernetes), SkillLevel::Learning);
    QVERIFY(!skills.holds(kubernetes));
    QVERIFY(counting.holds(kubernetes));
    QCOMPARE(std::count(skills.levels.begin(), skills.levels.end(), SkillLevel::None),
             static_cast<long>(m_store->skillCount() - 3));
    QCOMPARE(client.unknownSkills(*m_store), QStringList{QStringLiteral("Quantum Basket Weaving")});
}

void tst_Client::shouldReadASkillListWithAliases_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QStringList>("skills");
    QTest::addColumn<QString>("error");
    QTest::newRow("names") << QStringLiteral("Python,Docker,AWS")
                           << test::strings({"Python", "Docker", "AWS"}) << QString();
    QTest::newRow("an alias, spaces and another case")
        << QStringLiteral(" k8s , python") << test::strings({"Kubernetes", "Python"}) << QString();
    QTest::newRow("an unknown skill is named")
        << QStringLiteral("Python,Cobol Wizardry") << QStringList()
        << QStringLiteral(
               "unknown skill “Cobol Wizardry”: the database's taxonomy has no skill or alias of that name.");
    QTest::newRow("nothing") << QStringLiteral(" , ") << QStringList()
                             << QStringLiteral("no skills are given.");
}

void tst_Client::shouldReadASkillListWithAliases()
{
    QFETCH(QString, list);
    QFETCH(QStringList, skills);
    QFETCH(QString, error);

    QString problem;
    const auto client = Client::fromSkillList(list, *m_store, &problem);

    QCOMPARE(problem, error);
    QStringList names;
    if (client) {
        for (const ClientSkill &skill : client->skills)
            names << skill.name;
    }
    QCOMPARE(names, skills);
}

void tst_Client::shouldProposeTheSkillsOfAResume()
{
    // Given a résumé as a client might paste it
    const QString resume =
        QStringLiteral("Jane Doe — Platform Engineer\n"
                       "Five years running k8s clusters on AWS; wrote the deploy tooling in Python and Go.\n"
                       "Built CI pipelines with GitHub Actions and containerised services with Docker.\n"
                       "Hobbies: I like to go hiking.");
    const SkillLookup lookup(*m_store);

    const QList<SkillLookup::Proposal> proposals = lookup.fromResume(resume);

    // Then each skill is proposed once, under its name, with the words that named it, and the
    // verb "go" is not the language
    QStringList found;
    for (const SkillLookup::Proposal &proposal : proposals)
        found << proposal.skill + QStringLiteral(" ← ") + proposal.words;
    QCOMPARE(found, test::strings({"Kubernetes ← k8s", "AWS ← AWS", "Python ← Python", "Go ← Go",
                                   "GitHub Actions ← GitHub Actions", "Docker ← Docker"}));
    QCOMPARE(lookup.canonicalName(QStringLiteral("K8S")), QStringLiteral("Kubernetes"));
    QVERIFY(lookup.completions().contains(QStringLiteral("K8s")));
    QVERIFY(lookup.completions().contains(QStringLiteral("Kubernetes")));
}

QTEST_GUILESS_MAIN(tst_Client)
#include "tst_client.moc"
