#include "RandomDataset.h"

namespace jobexplorer::test {

namespace {

template <typename T> const T &pick(QRandomGenerator &random, const QList<T> &list)
{
    return list.at(random.bounded(list.size()));
}

} // namespace

Dataset randomDataset(QRandomGenerator &random, int postings)
{
    Dataset dataset;
    dataset.meta.title = QStringLiteral("Random test data");
    dataset.skillCategories = {{QStringLiteral("a"), QStringLiteral("Category A")},
                               {QStringLiteral("b"), QStringLiteral("Category B")}};
    const QStringList skillNames{
        QStringLiteral("Kubernetes"), QStringLiteral("Python"),    QStringLiteral("Go"),
        QStringLiteral("Rust"),       QStringLiteral("Terraform"), QStringLiteral("Ray"),
        QStringLiteral("Spark"),      QStringLiteral("Zig"),       QStringLiteral("Prometheus"),
        QStringLiteral("Grafana"),    QStringLiteral("CUDA"),      QStringLiteral("Café Tools")};
    for (qsizetype i = 0; i < skillNames.size(); ++i)
        dataset.skills.append({skillNames.at(i), i % 2 ? QStringLiteral("b") : QStringLiteral("a"), {}});

    const QList<LocationRecord> places{
        {QStringLiteral("San Francisco"), QStringLiteral("CA"), QStringLiteral("United States"),
         QStringLiteral("San Francisco Bay Area"), QStringLiteral("San Francisco")},
        {QStringLiteral("Palo Alto"), QStringLiteral("CA"), QStringLiteral("United States"),
         QStringLiteral("San Francisco Bay Area"), QStringLiteral("Palo Alto, CA")},
        {QStringLiteral("Seattle"), QStringLiteral("WA"), QStringLiteral("United States"),
         QStringLiteral("Seattle"), QStringLiteral("Seattle")},
        {QStringLiteral("Zürich"), {}, QStringLiteral("Switzerland"), {}, QStringLiteral("Zürich")},
        {{}, {}, QStringLiteral("United States"), {}, QStringLiteral("United States")},
        {QStringLiteral("Berlin"), {}, QStringLiteral("Germany"), {}, QStringLiteral("Berlin")},
    };
    const QStringList companies{QStringLiteral("Acme"), QStringLiteral("Globex"), QStringLiteral("Initech"),
                                QStringLiteral("Müller AG"), QString()};
    const QStringList roles{QStringLiteral("AI Infrastructure Engineer"), QStringLiteral("AIOps Engineer"),
                            QStringLiteral("ML Infrastructure Engineer")};
    const QStringList words{QStringLiteral("Platform"), QStringLiteral("Serving"), QStringLiteral("Training"),
                            QStringLiteral("Observability"), QStringLiteral("Zürich Lab")};
    const QStringList industries{QStringLiteral("Media"), QStringLiteral("Finance"), QString()};

    for (int i = 0; i < postings; ++i) {
        PostingRecord p;
        p.sourceId = QStringLiteral("random#%1").arg(i);
        // Many companies too (over 255 in a large dataset), as real files have.
        p.company = random.bounded(3) == 0 ? QStringLiteral("Company %1").arg(random.bounded(600))
                                           : pick(random, companies);
        p.title = pick(random, roles) % QLatin1String(", ") % pick(random, words);
        p.roleFamily = pick(random, roles);
        p.seniority = static_cast<Seniority>(random.bounded(6));
        p.workMode = static_cast<WorkMode>(random.bounded(4));
        p.employmentType = static_cast<EmploymentType>(random.bounded(3));
        p.industry = pick(random, industries);
        if (random.bounded(4) > 0) {
            p.experienceMin = random.bounded(10);
            if (random.bounded(2))
                p.experienceMax = *p.experienceMin + random.bounded(5);
        } else if (random.bounded(2)) {
            p.experienceMax = random.bounded(6);
        }
        if (random.bounded(3) == 0) {
            p.salary.currency = random.bounded(5) ? QStringLiteral("USD") : QStringLiteral("EUR");
            p.salary.period = random.bounded(6) ? PayPeriod::Year : PayPeriod::Hour;
            const double base = p.salary.period == PayPeriod::Year ? 80000 + random.bounded(200) * 1000
                                                                   : 40 + random.bounded(80);
            if (random.bounded(6))
                p.salary.min = base;
            if (!p.salary.min || random.bounded(4))
                p.salary.max = base + (p.salary.period == PayPeriod::Year ? random.bounded(100) * 1000 : 20);
        }
        if (random.bounded(5) == 0)
            p.notes = QStringLiteral("Notable: on-call rotation in Zurich");
        const int locationCount = random.bounded(4);
        QSet<int> usedPlaces;
        for (int l = 0; l < locationCount; ++l) {
            const int place = random.bounded(places.size());
            if (!usedPlaces.contains(place)) {
                usedPlaces.insert(place);
                p.locations.append(places.at(place));
            }
        }
        // Skewed: the first skills are common, the last rare.
        QSet<int> usedSkills;
        for (int s = 0; s < skillNames.size(); ++s) {
            if (random.bounded(skillNames.size() + 2) >= s + 2 && !usedSkills.contains(s)) {
                usedSkills.insert(s);
                p.skills.append({skillNames.at(s), Requirement::Required, skillNames.at(s)});
            }
        }
        dataset.postings.append(p);
    }
    return dataset;
}

} // namespace jobexplorer::test
