#include "Comparison.h"

#include "FilterEngine.h"
#include "FilterExpression.h"
#include "PostingStore.h"
#include "SalaryRanges.h"

namespace jobexplorer {

namespace {

// "Senior (5-8 years)" → "Senior"; "Large Tech Companies (FAANG, …)" → "Large Tech Companies".
QString withoutParentheses(const QString &text)
{
    const qsizetype open = text.indexOf(QLatin1String(" ("));
    return (open < 0 ? text : text.left(open)).trimmed();
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

CohortStatistics bandStatistics(const Comparison::Entry &entry)
{
    const SalaryBandRecord &band = *entry.band;
    CohortStatistics stats;
    stats.kind = CohortStatistics::Kind::ReferenceBand;
    stats.name =
        entry.cohort.name.trimmed().isEmpty() ? Comparison::bandName(band) : entry.cohort.name.trimmed();
    stats.description = Comparison::bandDescription(band);
    stats.band = band;
    stats.salary.currency = band.currency;
    stats.salary.lowestMinimum = SalaryRanges::annualMinimum(band).value_or(0);
    stats.salary.highestMaximum = SalaryRanges::annualMaximum(band).value_or(0);
    return stats;
}

} // namespace

bool Comparison::isMuchMoreCommon(int count, int total, int otherCount, int otherTotal)
{
    if (count < muchMoreCommonMinimumCount || total <= 0 || otherTotal <= 0)
        return false;
    const double share = static_cast<double>(count) / total;
    const double otherShare = static_cast<double>(otherCount) / otherTotal;
    // A small tolerance so that exactly 20 points or exactly twice counts despite rounding.
    constexpr double epsilon = 1e-9;
    return share - otherShare >= muchMoreCommonPoints - epsilon &&
           share >= muchMoreCommonRatio * otherShare - epsilon;
}

QString Comparison::bandName(const SalaryBandRecord &band)
{
    QString level = withoutParentheses(band.levelText);
    if (level.isEmpty() && band.level)
        level = Vocabulary::label(Vocabulary::seniorities, *band.level);
    if (level.isEmpty())
        level = tr("All levels");
    const QString pay = band.payType == QLatin1String("total")  ? tr("total comp")
                        : band.payType == QLatin1String("base") ? tr("base")
                                                                : band.payType;
    const QString name = tr("%1 %2, report").arg(capitalised(level), pay);
    return band.qualifier.isEmpty() ? name : tr("%1 (%2)").arg(name, withoutParentheses(band.qualifier));
}

QString Comparison::bandDescription(const SalaryBandRecord &band)
{
    if (band.section.isEmpty())
        return band.text;
    return tr("%1: %2").arg(band.section, band.text);
}

std::optional<Comparison> Comparison::compute(const FilterEngine &engine, const QList<Entry> &entries,
                                              QString *error)
{
    const PostingStore &store = engine.store();
    Comparison comparison;
    std::vector<std::vector<int>> skillCounts; // per cohort, every skill; empty for bands
    for (const Entry &entry : entries) {
        if (entry.band) {
            comparison.m_cohorts.append(bandStatistics(entry));
            skillCounts.emplace_back();
            continue;
        }
        FilterExpression::Error parseError;
        const auto filter = FilterExpression::parse(entry.cohort.expression, engine, &parseError);
        if (!filter) {
            if (error)
                *error = tr("The filter of cohort “%1” is not valid: %2")
                             .arg(entry.cohort.name, parseError.message);
            return std::nullopt;
        }
        FilterResult result = engine.evaluate(*filter, topSkillCount);
        CohortStatistics stats;
        stats.name = entry.cohort.name.trimmed();
        stats.expression = entry.cohort.expression.trimmed();
        stats.description =
            filter->isEmpty() ? tr("All postings") : FilterExpression::describe(*filter, engine);
        stats.postings = result.matchCount();
        stats.salary = result.salary;
        for (const int row : result.rows)
            ++stats.seniorityMix[static_cast<std::size_t>(store.seniority(row))];
        for (const int skill : result.topSkills) {
            SkillShare share;
            share.skill = skill;
            share.name = store.skillName(skill);
            share.count = result.skillCounts[static_cast<std::size_t>(skill)];
            share.share = stats.postings > 0 ? static_cast<double>(share.count) / stats.postings : 0;
            stats.topSkills.append(share);
        }
        stats.rows = std::move(result.rows);
        skillCounts.push_back(std::move(result.skillCounts));
        comparison.m_cohorts.append(std::move(stats));
    }

    for (qsizetype i = 0; i < comparison.m_cohorts.size(); ++i) {
        CohortStatistics &here = comparison.m_cohorts[i];
        for (SkillShare &skill : here.topSkills) {
            for (qsizetype j = 0; j < comparison.m_cohorts.size(); ++j) {
                const CohortStatistics &other = comparison.m_cohorts.at(j);
                if (j == i || other.isBand())
                    continue;
                const int otherCount =
                    skillCounts[static_cast<std::size_t>(j)][static_cast<std::size_t>(skill.skill)];
                if (isMuchMoreCommon(skill.count, here.postings, otherCount, other.postings))
                    skill.muchMoreCommonThan.append(static_cast<int>(j));
            }
        }
    }
    return comparison;
}

} // namespace jobexplorer
