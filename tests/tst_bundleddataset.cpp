#include "BundledData.h"
#include "BundledDataset.h"
#include "PostingDatabase.h"
#include "PostingStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace jobexplorer;

// Data tests for the bundled December 2025 report: every expectation below was read off
// ../shared/seed/ai-infra-job-market-report-2025-12.md, not off the JSON it tests.
class tst_BundledDataset : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shouldBuildTheDatabaseFromTheTextSourceOnce();
    void shouldHoldAll42Postings();
    void shouldCountEachRoleFamilyAsTheReportsHeadings_data();
    void shouldCountEachRoleFamilyAsTheReportsHeadings();
    void shouldHoldPostingsAsWritten_data();
    void shouldHoldPostingsAsWritten();
    void shouldKeepWhatTheSampleDescriptionsAdd();
    void shouldPlaceTheFinancialServicesPostings();
    void shouldGiveEveryLinkedSkillACategory();
    void shouldHoldEveryPublishedSkillTable_data();
    void shouldHoldEveryPublishedSkillTable();
    void shouldHoldThePublishedSalaryBands();
    void shouldHoldThePublishedFigures();
    void shouldHoldThePublishedLists();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PostingDatabase> m_database;
    std::unique_ptr<PostingStore> m_store;
    QHash<QString, PostingDetail> m_bySourceId;
    Dataset m_reference;
};

void tst_BundledDataset::initTestCase()
{
    QString error;
    m_path = BundledDataset::ensureDatabase(resources::bundledDatasetFiles(), m_dir.path(), &error);
    QVERIFY2(!m_path.isEmpty(), qPrintable(error));
    m_database = PostingDatabase::open(m_path, &error);
    QVERIFY2(m_database, qPrintable(error));
    m_store = m_database->loadStore(&error);
    QVERIFY2(m_store, qPrintable(error));
    for (int row = 0; row < m_store->size(); ++row) {
        const auto detail = m_database->loadDetail(m_store->postingId(row));
        QVERIFY(detail);
        m_bySourceId.insert(detail->posting.sourceId, *detail);
    }
    m_reference = m_database->loadReference();
}

void tst_BundledDataset::shouldBuildTheDatabaseFromTheTextSourceOnce()
{
    // The file lives in the given (clean) folder and is reused on the next start.
    QCOMPARE(QFileInfo(m_path).absolutePath(), QFileInfo(m_dir.path()).absoluteFilePath());
    const QDateTime built = QFileInfo(m_path).lastModified();
    QString error;
    QCOMPARE(BundledDataset::ensureDatabase(resources::bundledDatasetFiles(), m_dir.path(), &error), m_path);
    QCOMPARE(QFileInfo(m_path).lastModified(), built);
    QCOMPARE(m_store->meta().title, QStringLiteral("AI Infrastructure and AIOps Job Market, December 2025"));
    QCOMPARE(m_store->meta().collectionPeriod, QStringLiteral("December 2025"));

    // A copy an older version made (other data or schema) is replaced, not kept beside it.
    QTemporaryDir other;
    const QString stale =
        QDir(other.path()).filePath(QStringLiteral("bundled-0123456789abcdef.jobexplorer.sqlite"));
    QVERIFY(QFile::copy(m_path, stale));
    const QString made =
        BundledDataset::ensureDatabase(resources::bundledDatasetFiles(), other.path(), &error);
    QVERIFY2(!made.isEmpty(), qPrintable(error));
    QVERIFY(QFileInfo::exists(made));
    QVERIFY(!QFileInfo::exists(stale));
}

void tst_BundledDataset::shouldHoldAll42Postings()
{
    QCOMPARE(m_store->size(), 42);
    for (int n = 1; n <= 42; ++n)
        QVERIFY2(m_bySourceId.contains(QStringLiteral("report-2025-12#%1").arg(n)),
                 qPrintable(QString::number(n)));
}

void tst_BundledDataset::shouldCountEachRoleFamilyAsTheReportsHeadings_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<int>("count");
    QTest::newRow("AI Infrastructure Engineer Positions (15 jobs)")
        << QStringLiteral("AI Infrastructure Engineer") << 15;
    QTest::newRow("AIOps Engineer Positions (9 jobs)") << QStringLiteral("AIOps Engineer") << 9;
    QTest::newRow("ML Infrastructure Engineer Positions (10 jobs)")
        << QStringLiteral("ML Infrastructure Engineer") << 10;
    QTest::newRow("AI Platform Engineer Positions (4 jobs)") << QStringLiteral("AI Platform Engineer") << 4;
    QTest::newRow("MLOps Infrastructure Engineer Positions (4 jobs)")
        << QStringLiteral("MLOps Infrastructure Engineer") << 4;
}

void tst_BundledDataset::shouldCountEachRoleFamilyAsTheReportsHeadings()
{
    QFETCH(QString, family);
    QFETCH(int, count);
    int found = 0;
    for (int row = 0; row < m_store->size(); ++row)
        found += m_store->roleFamily(row) == family ? 1 : 0;
    QCOMPARE(found, count);
}

void tst_BundledDataset::shouldHoldPostingsAsWritten_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("locations");
    QTest::addColumn<QString>("experience");
    QTest::addColumn<double>("salaryMin");
    QTest::addColumn<double>("salaryMax");
    QTest::addColumn<QString>("skills");

    QTest::newRow("#3 Scale AI, with the sample description's details")
        << 3 << "Scale AI"
        << "AI Infrastructure Engineer, Model Serving Platform"
        << "AI Infrastructure Engineer"
        << "San Francisco; New York; Seattle"
        << "4+ years building large-scale, high-performance backend systems" << 179400.0 << 224250.0
        << "Python; Go; Rust; C++; vLLM; SGLang; TensorRT-LLM; Kubernetes; Docker; Terraform; AWS; GCP; "
           "text-generation-inference; Cloud Computing; Infrastructure as Code";
    QTest::newRow("#7 Apple Staff, locations from the sample description")
        << 7 << "Apple"
        << "Staff ML Infrastructure Engineer (ML Platform & Technology - ML Compute)"
        << "AI Infrastructure Engineer"
        << "Seattle, WA; Cupertino, CA"
        << "Advanced degree + significant experience" << 181100.0 << 318400.0
        << "Kubernetes; Ray; PySpark; GPU; TPU; Apache YuniKorn; AWS Trainium; Terraform; Cloud Computing";
    QTest::newRow("#11 LinkedIn, experience in the original wording")
        << 11 << "LinkedIn"
        << "Principal Staff Software Engineer, AI Training Platform"
        << "AI Infrastructure Engineer"
        << ""
        << "12+ years preferred (7+ minimum)" << 0.0 << 0.0
        << "Technical Leadership; ML Infrastructure"; // "ML infrastructure architecture" as mentioned
    QTest::newRow("#15 Cohere, combined clouds split")
        << 15 << "Cohere"
        << "Senior ML Infrastructure Engineer, Supercompute"
        << "AI Infrastructure Engineer"
        << ""
        << "5+ years" << 0.0 << 0.0
        << "Kubernetes; GPU; GCP; Azure; AWS; OCI; Linux/Unix; Kubernetes Operators";
    QTest::newRow("#18 Disney")
        << 18 << "The Walt Disney Company"
        << "Principal AI Operations Engineer"
        << "AIOps Engineer"
        << "Lake Buena Vista, FL"
        << "Proven AIOPS/SRE/Data Scientist experience in enterprise IT" << 0.0 << 0.0
        << "Python; R; Java; Grafana; Observability; Event Management; AIOps; Telemetry; "
           "SLIs/SLOs; IT Operations";
    QTest::newRow("#24 AceStack, certifications and additional skills")
        << 24 << "AceStack"
        << "Splunk Observability and AIOps Engineer"
        << "AIOps Engineer"
        << ""
        << "" << 0.0 << 0.0
        << "Splunk Observability Cloud; Splunk ITSI; Datadog; Splunk Certified Architect; Datadog Certified; "
           "Python; "
           "Bash; PowerShell; Terraform; Ansible; Distributed Tracing";
    QTest::newRow("#26 AppLovin, salary in k")
        << 26 << "AppLovin"
        << "ML Infrastructure Engineer, New Grad"
        << "ML Infrastructure Engineer"
        << "Palo Alto, CA"
        << "0-2 years" << 144000.0 << 216000.0 << "C++; Python; Go; Data Structures; Algorithms";
    QTest::newRow("#33 Airbnb, tools line included")
        << 33 << "Airbnb"
        << "Senior Software Engineer, ML Infrastructure"
        << "ML Infrastructure Engineer"
        << ""
        << "9+ years" << 0.0 << 0.0
        << "Python; Scala; Java; C++; TensorFlow; PyTorch; Kubernetes; Apache Spark; Apache Airflow; Ray; "
           "MLflow; "
           "LangChain; Docker; JupyterHub; Apache Hive";
    QTest::newRow("#36 Deepgram") << 36 << "Deepgram"
                                  << "Platform Engineer, AI/ML Infrastructure"
                                  << "AI Platform Engineer"
                                  << ""
                                  << "" << 0.0 << 0.0 << "Platform Engineering; Infrastructure Automation";
    QTest::newRow("#39 no company named")
        << 39 << ""
        << "Enterprise MLOps Engineer (Azure ML/AKS/DevOps)"
        << "MLOps Infrastructure Engineer"
        << ""
        << "8-10 years" << 0.0 << 0.0
        << "Azure ML; Databricks; AKS; Python; Kubernetes; Jenkins; GitHub Actions; "
           "MLflow; Kubeflow; Terraform; CloudFormation; Splunk; Kibana; CI/CD; "
           "Linux/Unix";
    QTest::newRow("#40 Accenture") << 40 << "Accenture"
                                   << "MLOps Engineer"
                                   << "MLOps Infrastructure Engineer"
                                   << ""
                                   << "" << 0.0 << 0.0
                                   << "Kubeflow; MLflow; Apache Airflow; Docker; Kubernetes; AWS; Azure; GCP";
    QTest::newRow("#41 community-referenced roles, no employer")
        << 41 << ""
        << "GPU Training Infrastructure"
        << "MLOps Infrastructure Engineer"
        << ""
        << "" << 0.0 << 0.0
        << "PyTorch DDP; MPI; Ray; Kubernetes Operators; GPU Cluster Management; NCCL; RCCL; RDMA; NUMA; "
           "MIG; SR-IOV";
}

void tst_BundledDataset::shouldHoldPostingsAsWritten()
{
    QFETCH(int, number);
    QFETCH(QString, company);
    QFETCH(QString, title);
    QFETCH(QString, family);
    QFETCH(QString, locations);
    QFETCH(QString, experience);
    QFETCH(double, salaryMin);
    QFETCH(double, salaryMax);
    QFETCH(QString, skills);

    const PostingRecord p = m_bySourceId.value(QStringLiteral("report-2025-12#%1").arg(number)).posting;
    QCOMPARE(p.company, company);
    QCOMPARE(p.title, title);
    QCOMPARE(p.roleFamily, family);
    QStringList places;
    for (const LocationRecord &l : p.locations)
        places << l.text;
    QCOMPARE(places.join(QLatin1String("; ")), locations);
    QCOMPARE(p.experienceText, experience);
    QCOMPARE(p.salary.min.value_or(0), salaryMin);
    QCOMPARE(p.salary.max.value_or(0), salaryMax);
    if (p.salary.isStated()) {
        QCOMPARE(p.salary.currency, QStringLiteral("USD"));
        QCOMPARE(p.salary.period, PayPeriod::Year);
    }
    QStringList names;
    for (const SkillMentionRecord &s : p.skills)
        names << s.skill;
    QCOMPARE(names.join(QLatin1String("; ")), skills);
}

void tst_BundledDataset::shouldKeepWhatTheSampleDescriptionsAdd()
{
    auto posting = [this](int number) {
        return m_bySourceId.value(QStringLiteral("report-2025-12#%1").arg(number));
    };
    auto mentionOf = [](const PostingDetail &detail, const QString &skill) -> QString {
        for (qsizetype i = 0; i < detail.posting.skills.size(); ++i) {
            const SkillMentionRecord &s = detail.posting.skills.at(i);
            if (s.skill == skill)
                return s.mention % QLatin1String(" (") % detail.skillCategories.at(i) % QLatin1Char(')');
        }
        return QString();
    };

    // Example 1: "Familiarity with cloud infrastructure (AWS, GCP) and infrastructure as code
    // (e.g., Terraform)"; "Compensation: $179,400 - $224,250 USD (SF/NY/Seattle locations)"
    const PostingDetail scale = posting(3);
    QCOMPARE(mentionOf(scale, QStringLiteral("Infrastructure as Code")),
             QStringLiteral("infrastructure as code (e.g., Terraform) (Infrastructure & Orchestration)"));
    QCOMPARE(mentionOf(scale, QStringLiteral("Cloud Computing")),
             QStringLiteral("cloud infrastructure (AWS, GCP) (Cloud Platforms)"));
    QCOMPARE(scale.posting.experienceMin, std::optional<double>(4));
    QCOMPARE(scale.posting.salary.text, QStringLiteral("$179,400 - $224,250 USD (SF/NY/Seattle locations)"));

    // Example 2: "Proficiency in cloud computing infrastructure and tools like Kubernetes, Ray,
    // and PySpark"; "Advanced degree in Computer Science, Engineering, or related field (or
    // equivalent experience)"; "Compensation: $181,100 - $318,400 USD (base salary)"
    const PostingDetail apple = posting(7);
    QCOMPARE(mentionOf(apple, QStringLiteral("Cloud Computing")),
             QStringLiteral("cloud computing infrastructure (Cloud Platforms)"));
    QVERIFY2(
        apple.posting.notes.contains(QLatin1String(
            "Advanced degree in Computer Science, Engineering, or related field (or equivalent experience)")),
        qPrintable(apple.posting.notes));
    QCOMPARE(apple.posting.salary.text, QStringLiteral("$181,100 - $318,400 USD (base salary)"));

    // Example 3: "Apply Machine Learning and AIOPS tools ...", "Excellent knowledge of telemetry
    // data & management", "... operational service level indicators & objectives"
    const PostingDetail disney = posting(18);
    QCOMPARE(mentionOf(disney, QStringLiteral("AIOps")),
             QStringLiteral("AIOPS tools (Monitoring & Observability)"));
    QCOMPARE(mentionOf(disney, QStringLiteral("Telemetry")),
             QStringLiteral("telemetry data & management (Monitoring & Observability)"));
    QCOMPARE(mentionOf(disney, QStringLiteral("SLIs/SLOs")),
             QStringLiteral("service level indicators & objectives (Monitoring & Observability)"));
}

void tst_BundledDataset::shouldPlaceTheFinancialServicesPostings()
{
    // #19 "Financial services IT operations" (via eFinancialCareers) and #42 "Financial Services
    // MLOps Infrastructure": the report's "Financial Services" vertical
    QCOMPARE(m_bySourceId.value(QStringLiteral("report-2025-12#19")).posting.industry,
             QStringLiteral("Financial Services"));
    QCOMPARE(m_bySourceId.value(QStringLiteral("report-2025-12#42")).posting.industry,
             QStringLiteral("Financial Services"));
    int financial = 0;
    for (const PostingDetail &detail : std::as_const(m_bySourceId))
        financial += detail.posting.industry == QLatin1String("Financial Services") ? 1 : 0;
    QCOMPARE(financial, 2);
}

void tst_BundledDataset::shouldGiveEveryLinkedSkillACategory()
{
    int links = 0;
    for (const PostingDetail &detail : std::as_const(m_bySourceId)) {
        QCOMPARE(detail.skillCategories.size(), detail.posting.skills.size());
        for (qsizetype i = 0; i < detail.skillCategories.size(); ++i) {
            QVERIFY2(!detail.skillCategories.at(i).isEmpty(), qPrintable(detail.posting.skills.at(i).skill));
            ++links;
        }
    }
    QVERIFY(links > 200);
}

void tst_BundledDataset::shouldHoldEveryPublishedSkillTable_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("counts"); // every row's count, in the report's order
    const QString breakdown = QStringLiteral("Technical Skills Breakdown");
    QTest::newRow("Infrastructure & Orchestration") << breakdown << "Infrastructure & Orchestration"
                                                    << "36 33 38 27 25 22";
    QTest::newRow("Programming Languages") << breakdown << "Programming Languages"
                                           << "34 18 12 10 8 6 15";
    QTest::newRow("Cloud Platforms") << breakdown << "Cloud Platforms & Services"
                                     << "28 24 18 4";
    QTest::newRow("ML/AI Frameworks") << breakdown << "ML/AI Frameworks"
                                      << "29 22 7 8 5 6";
    QTest::newRow("Model Serving") << breakdown << "Model Serving & Inference Platforms"
                                   << "12 10 8 6 4 3";
    QTest::newRow("MLOps tools") << breakdown << "MLOps & ML Platform Tools"
                                 << "18 16 15 14 11 8 5 4";
    QTest::newRow("Data Processing") << breakdown << "Data Processing & Storage"
                                     << "16 12 10 8 15";
    QTest::newRow("Monitoring") << breakdown << "Monitoring & Observability"
                                << "15 18 12 10 9 7";
    QTest::newRow("GPU") << breakdown << "GPU & Accelerator Technologies"
                         << "20 12 6 14 8 5";
    QTest::newRow("Distributed Training") << breakdown << "Distributed Training Frameworks"
                                          << "13 8 6 5 4";
    QTest::newRow("Education") << "Educational & Experience Requirements"
                               << "Education Requirements"
                               << "38 25 8 30";
    QTest::newRow("Soft skills") << "Educational & Experience Requirements"
                                 << "Soft Skills & Competencies"
                                 << "35 32 28 18 15 12";
    QTest::newRow("Security & Compliance") << "Complete Skills Frequency Table"
                                           << "Security & Compliance"
                                           << "12 10 8 10 5 8";
}

void tst_BundledDataset::shouldHoldEveryPublishedSkillTable()
{
    QFETCH(QString, table);
    QFETCH(QString, category);
    QFETCH(QString, counts);
    QStringList found;
    for (const SkillFrequencyRecord &row : std::as_const(m_reference.skillFrequencies)) {
        if (row.table == table && row.category == category) {
            found << QString::number(row.count.value_or(-1));
            QCOMPARE(row.total, std::optional<int>(42));
        }
    }
    QCOMPARE(found.join(QLatin1Char(' ')), counts);
}

void tst_BundledDataset::shouldHoldThePublishedSalaryBands()
{
    auto band = [this](Seniority level, const QString &payType) -> SalaryBandRecord {
        for (const SalaryBandRecord &b : std::as_const(m_reference.salaryBands)) {
            if (b.level == level && b.payType == payType && b.qualifier.isEmpty() &&
                b.section == QLatin1String("Salary Progression Expectations"))
                return b;
        }
        return {};
    };
    QCOMPARE(band(Seniority::Entry, QStringLiteral("base")).min, std::optional<double>(90000));
    QCOMPARE(band(Seniority::Entry, QStringLiteral("base")).max, std::optional<double>(140000));
    QCOMPARE(band(Seniority::Mid, QStringLiteral("total")).max, std::optional<double>(240000));
    QCOMPARE(band(Seniority::Senior, QStringLiteral("base")).min, std::optional<double>(168000));
    QCOMPARE(band(Seniority::Senior, QStringLiteral("base")).max, std::optional<double>(230000));
    QCOMPARE(band(Seniority::Staff, QStringLiteral("base")).max, std::optional<double>(320000));
    QVERIFY(band(Seniority::Staff, QStringLiteral("total")).openEnded); // "$500,000+"

    QStringList qualifiers;
    for (const SalaryBandRecord &b : std::as_const(m_reference.salaryBands)) {
        if (!b.qualifier.isEmpty())
            qualifiers << b.qualifier;
    }
    QVERIFY(qualifiers.contains(QStringLiteral("Top companies")));
    QVERIFY(qualifiers.contains(QStringLiteral("Top tier (Apple, Google, Meta)")));
    QVERIFY(qualifiers.contains(QStringLiteral("High demand areas (LLM infra)")));
    QVERIFY(qualifiers.filter(QStringLiteral("Mid-Size Tech Companies")).size() == 1);
}

void tst_BundledDataset::shouldHoldThePublishedFigures()
{
    auto percents = [this](const QString &table) {
        QStringList values;
        for (const FigureRecord &f : std::as_const(m_reference.figures)) {
            if (f.table == table)
                values << f.label % QLatin1Char('=') % QString::number(f.percent.value_or(-1));
        }
        return values.join(QLatin1String(", "));
    };
    QCOMPARE(percents(QStringLiteral("Years of Experience Distribution")),
             QStringLiteral(
                 "Entry-Level/New Grad=12, Mid-Level=48, Senior=36, Staff/Principal=29, Leadership (12+)=5"));
    QCOMPARE(percents(QStringLiteral("Remote Work Breakdown")),
             QStringLiteral("Fully Remote=38, Hybrid (2-3 days in office)=35, On-Site Required=27"));
    QCOMPARE(
        percents(QStringLiteral("Geographic Hotspots")),
        QStringLiteral("San Francisco Bay Area=25, New York City=12, Seattle=10, Boston=5, Austin, TX=4, "
                       "Remote-first=38"));
    QVERIFY(
        percents(QStringLiteral("By Industry Vertical")).startsWith(QLatin1String("Technology/Software=60")));
    QVERIFY(percents(QStringLiteral("Remote Work by Role Type")).contains(QLatin1String("=45")));
    // The executive summary's 85% for Kubernetes is kept next to the detailed table's 36/42.
    QVERIFY(percents(QStringLiteral("Executive Summary")).contains(QLatin1String("Kubernetes=85")));
    const auto kubernetes =
        std::find_if(m_reference.skillFrequencies.cbegin(), m_reference.skillFrequencies.cend(),
                     [](const SkillFrequencyRecord &r) { return r.skill == QLatin1String("Kubernetes"); });
    QVERIFY(kubernetes != m_reference.skillFrequencies.cend());
    QCOMPARE(kubernetes->count, std::optional<int>(36));
    QVERIFY(kubernetes->note.contains(QLatin1String("85%")));
}

void tst_BundledDataset::shouldHoldThePublishedLists()
{
    auto values = [this](const QString &table) {
        QStringList rows;
        for (const FigureRecord &f : std::as_const(m_reference.figures)) {
            if (f.table == table)
                rows << f.label % QLatin1String(": ") % f.valueText;
        }
        return rows;
    };
    // "Common Degree Fields", in the report's order
    QCOMPARE(values(QStringLiteral("Common Degree Fields")),
             (QStringList{QStringLiteral("Computer Science: Computer Science (most common)"),
                          QStringLiteral("Software Engineering: Software Engineering"),
                          QStringLiteral("Electrical Engineering: Electrical Engineering"),
                          QStringLiteral("Applied Mathematics: Applied Mathematics"),
                          QStringLiteral("Data Science: Data Science"),
                          QStringLiteral("Machine Learning/AI: Machine Learning/AI")}));
    // "Declining or Stabilizing Requirements"
    QCOMPARE(
        values(QStringLiteral("Declining or Stabilizing Requirements")),
        (QStringList{
            QStringLiteral("On-Premise Only Infrastructure: Decreasing"),
            QStringLiteral("Traditional Monitoring Tools (without AI/ML integration): Evolving to AIOps"),
            QStringLiteral("Monolithic ML Platforms: Moving toward composable/modular architectures")}));
    // "Verified all jobs were posted within last 3 months (October-December 2025)"
    QVERIFY(
        values(QStringLiteral("Methodology"))
            .contains(QStringLiteral("Job posting recency: within last 3 months (October-December 2025)")));
    // "Typical Title" of each level of "Progression: Entry → Mid → Senior → Staff/Principal"
    QCOMPARE(
        values(QStringLiteral("Career Development Pathways")),
        (QStringList{
            QStringLiteral("Entry Level (0-2 years): ML Infrastructure Engineer, Junior MLOps Engineer"),
            QStringLiteral(
                "Mid-Level (3-5 years): AI Infrastructure Engineer, MLOps Engineer, ML Platform Engineer"),
            QStringLiteral(
                "Senior Level (5-8 years): Senior AI Infrastructure Engineer, Senior ML Platform Engineer"),
            QStringLiteral("Staff/Principal Level (8+ years): Staff AI Infrastructure Engineer, Principal ML "
                           "Infrastructure Engineer")}));
}

QTEST_GUILESS_MAIN(tst_BundledDataset)
#include "tst_bundleddataset.moc"
