#include "SkillRecognizer.h"
#include "TestDatabase.h"

#include <QTest>

using namespace jobexplorer;

using test::strings;

class tst_SkillRecognizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shouldRecogniseWholeNamesOnly_data();
    void shouldRecogniseWholeNamesOnly();
    void shouldFindListedNamesAndAliases();

private:
    QList<SkillRecord> m_skills;
};

void tst_SkillRecognizer::initTestCase()
{
    m_skills = {
        {QStringLiteral("C++"), QStringLiteral("languages"), {QStringLiteral("CPP")}},
        {QStringLiteral("C"), QStringLiteral("languages"), {}},
        {QStringLiteral("C#"), QStringLiteral("languages"), {}},
        {QStringLiteral(".NET"), QStringLiteral("languages"), {}},
        {QStringLiteral("Go"), QStringLiteral("languages"), {QStringLiteral("Golang")}},
        {QStringLiteral("R"), QStringLiteral("languages"), {}},
        {QStringLiteral("Apache Spark"), QStringLiteral("data"), {QStringLiteral("Spark")}},
        {QStringLiteral("PySpark"), QStringLiteral("data"), {}},
        {QStringLiteral("Kubernetes"), QStringLiteral("infrastructure"), {QStringLiteral("K8s")}},
        {QStringLiteral("Kubernetes Operators"), QStringLiteral("infrastructure"), {}},
        {QStringLiteral("CI/CD"), QStringLiteral("infrastructure"), {}},
        {QStringLiteral("scikit-learn"), QStringLiteral("ml"), {QStringLiteral("sklearn")}},
        {QStringLiteral("Python"), QStringLiteral("languages"), {}},
    };
}

void tst_SkillRecognizer::shouldRecogniseWholeNamesOnly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("skills");
    QTest::newRow("C++ is not C") << "Strong C++ and Python." << strings({"C++", "Python"});
    QTest::newRow("C alone") << "Embedded C, C++17 and CPP." << strings({"C", "C++"});
    QTest::newRow("C# and .NET") << "Services in C#/.NET on Azure." << strings({"C#", ".NET"});
    QTest::newRow("C-level is not C") << "Report to C-level executives." << strings({});
    QTest::newRow("Go the language") << "We write Python, Go and Rust." << strings({"Python", "Go"});
    QTest::newRow("go the verb") << "You will go the extra mile. Go beyond!" << strings({});
    QTest::newRow("Golang") << "golang microservices" << strings({"Go"});
    QTest::newRow("R but not R&D") << "Our R&D team uses R and SQL." << strings({"R"});
    QTest::newRow("R's is a name") << "Join R's team" << strings({});
    QTest::newRow("Spark vs PySpark") << "PySpark jobs" << strings({"PySpark"});
    QTest::newRow("Apache Spark and PySpark")
        << "Apache Spark; PySpark" << strings({"Apache Spark", "PySpark"});
    QTest::newRow("spark the verb") << "to spark curiosity" << strings({});
    QTest::newRow("k8s any case") << "Deploy on k8s (Kubernetes)." << strings({"Kubernetes"});
    QTest::newRow("longest name wins")
        << "Kubernetes operators for GPUs" << strings({"Kubernetes Operators"});
    QTest::newRow("CI/CD with slash") << "CI/CD pipelines" << strings({"CI/CD"});
    QTest::newRow("hyphenated name") << "scikit-learn, sklearn" << strings({"scikit-learn"});
    QTest::newRow("no partial words") << "Pythonic code, Kubernetesish" << strings({});
    QTest::newRow("names split by punctuation") << "Apache, Spark" << strings({"Apache Spark"});
}

void tst_SkillRecognizer::shouldRecogniseWholeNamesOnly()
{
    QFETCH(QString, text);
    QFETCH(QStringList, skills);
    const SkillRecognizer recognizer(m_skills);
    QStringList found;
    const QList<SkillRecognizer::Match> matches = recognizer.recognise(text);
    for (const SkillRecognizer::Match &match : matches)
        found << m_skills.at(match.skill).name;
    QCOMPARE(found, skills);
}

void tst_SkillRecognizer::shouldFindListedNamesAndAliases()
{
    SkillRecognizer recognizer(m_skills);
    QCOMPARE(recognizer.find(QStringLiteral("k8s")), 8);
    QCOMPARE(recognizer.find(QStringLiteral(" golang ")), 4);
    QCOMPARE(recognizer.find(QStringLiteral("Tableau")), -1);
    const int added = recognizer.add({QStringLiteral("Tableau"), QStringLiteral("uncategorised"), {}});
    QCOMPARE(recognizer.find(QStringLiteral("tableau")), added);
}

QTEST_GUILESS_MAIN(tst_SkillRecognizer)
#include "tst_skillrecognizer.moc"
