#include "PostingTypes.h"

namespace jobexplorer {

double annualMultiplier(PayPeriod period)
{
    constexpr double hoursPerYear = 2080; // 40 hours × 52 weeks
    constexpr double workDaysPerYear = 260;
    constexpr double weeksPerYear = 52;
    constexpr double biweeksPerYear = 26;
    constexpr double monthsPerYear = 12;
    switch (period) {
    case PayPeriod::Hour:
        return hoursPerYear;
    case PayPeriod::Day:
        return workDaysPerYear;
    case PayPeriod::Week:
        return weeksPerYear;
    case PayPeriod::Biweek:
        return biweeksPerYear;
    case PayPeriod::Month:
        return monthsPerYear;
    case PayPeriod::Year:
    case PayPeriod::Unknown:
        break;
    }
    return 1;
}

} // namespace jobexplorer

namespace jobexplorer {

// The categories of resources/data/skills.json, for lupdate; translate() finds them by name.
[[maybe_unused]] static const char *const bundledSkillCategories[] = {
    QT_TRANSLATE_NOOP("jobexplorer::SkillCategory", "Infrastructure & Orchestration"),
    QT_TRANSLATE_NOOP("jobexplorer::SkillCategory", "Programming Languages"),
    QT_TRANSLATE_NOOP("jobexplorer::SkillCategory", "Cloud Platforms"),
    QT_TRANSLATE_NOOP("jobexplorer::SkillCategory", "ML/AI Frameworks"),
    QT_TRANSLATE_NOOP("jobexplorer::SkillCategory", "Model Serving & Inference"),
    QT_TRANSLATE_NOOP("jobexplorer::SkillCategory", "MLOps & Workflow Tools"),
    QT_TRANSLATE_NOOP("jobexplorer::SkillCategory", "Data Processing & Storage"),
    QT_TRANSLATE_NOOP("jobexplorer::SkillCategory", "Monitoring & Observability"),
    QT_TRANSLATE_NOOP("jobexplorer::SkillCategory", "GPU & Accelerators"),
    QT_TRANSLATE_NOOP("jobexplorer::SkillCategory", "Distributed Training"),
    QT_TRANSLATE_NOOP("jobexplorer::SkillCategory", "Security & Compliance"),
    QT_TRANSLATE_NOOP("jobexplorer::SkillCategory", "Certifications"),
    QT_TRANSLATE_NOOP("jobexplorer::SkillCategory", "Domain & Practices"),
};

QString skillCategoryLabel(const QString &name)
{
    return QCoreApplication::translate("jobexplorer::SkillCategory", name.toUtf8().constData());
}

} // namespace jobexplorer
