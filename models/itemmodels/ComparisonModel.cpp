#include "ComparisonModel.h"

#include "PostingFormat.h"

#include <QLocale>

namespace jobexplorer {

namespace {

constexpr double percent = 100;

bool isAmount(int column)
{
    return column >= ComparisonModel::LowestMinimumColumn && column <= ComparisonModel::HighestMaximumColumn;
}

bool isBoxFigure(int column)
{
    return column >= ComparisonModel::MinimumColumn && column <= ComparisonModel::MaximumColumn;
}

QString percentText(double share)
{
    return QLocale().toString(share * percent, 'f', 0) + QLatin1Char('%');
}

} // namespace

ComparisonModel::ComparisonModel(QObject *parent) : QAbstractTableModel(parent) {}

void ComparisonModel::setComparison(Comparison comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    endResetModel();
}

Seniority ComparisonModel::levelOf(int column)
{
    switch (column) {
    case EntryColumn:
        return Seniority::Entry;
    case MidColumn:
        return Seniority::Mid;
    case SeniorColumn:
        return Seniority::Senior;
    case StaffColumn:
        return Seniority::Staff;
    case PrincipalColumn:
        return Seniority::Principal;
    default:
        return Seniority::Unknown;
    }
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_comparison.size();
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::value(const CohortStatistics &cohort, int column) const
{
    const SalaryStatistics &salary = cohort.salary;
    if (cohort.isBand()) {
        switch (column) {
        case CurrencyColumn:
            return salary.currency;
        case LowestMinimumColumn:
            return cohort.band && cohort.band->min ? QVariant(salary.lowestMinimum) : QVariant();
        case HighestMaximumColumn:
            return cohort.band && cohort.band->max ? QVariant(salary.highestMaximum) : QVariant();
        case NameColumn:
        case KindColumn:
        case FilterColumn:
        case DescriptionColumn:
            return text(cohort, column);
        default:
            return {};
        }
    }
    // No salary stated: no figures; the median's display text says why, and its value is an
    // empty text so that a CSV keeps its numeric column empty (the With salary column says 0).
    if (isAmount(column) && salary.withSalary == 0)
        return column == MedianColumn ? QVariant(QString()) : QVariant();
    switch (column) {
    case PostingsColumn:
        return cohort.postings;
    case WithSalaryColumn:
        return salary.withSalary;
    case WithoutSalaryColumn:
        return salary.withoutSalary(cohort.postings);
    case OtherCurrencyColumn:
        return salary.otherCurrency;
    case LowestMinimumColumn:
        return salary.lowestMinimum;
    case MinimumColumn:
        return salary.minimum;
    case FirstQuartileColumn:
        return salary.firstQuartile;
    case MedianColumn:
        return salary.median;
    case ThirdQuartileColumn:
        return salary.thirdQuartile;
    case MaximumColumn:
        return salary.maximum;
    case HighestMaximumColumn:
        return salary.highestMaximum;
    case EntryColumn:
    case MidColumn:
    case SeniorColumn:
    case StaffColumn:
    case PrincipalColumn:
    case UnknownLevelColumn:
        return cohort.seniorityCount(levelOf(column));
    default:
        return text(cohort, column);
    }
}

QString ComparisonModel::topSkillsText(const CohortStatistics &cohort) const
{
    QStringList parts;
    for (const SkillShare &skill : cohort.topSkills)
        parts << tr("%1 %2").arg(skill.name, percentText(skill.share));
    return parts.join(QLatin1String("; "));
}

QString ComparisonModel::muchMoreCommonText(const CohortStatistics &cohort) const
{
    QStringList parts;
    for (const SkillShare &skill : cohort.topSkills) {
        if (!skill.isDistinctive())
            continue;
        QStringList others;
        for (const int other : skill.muchMoreCommonThan)
            others << m_comparison.at(other).name;
        parts << tr("%1 (more than in %2)").arg(skill.name, others.join(QLatin1String(", ")));
    }
    return parts.join(QLatin1String("; "));
}

QString ComparisonModel::text(const CohortStatistics &cohort, int column) const
{
    switch (column) {
    case NameColumn:
        return cohort.name;
    case KindColumn:
        return cohort.isBand() ? tr("Published band") : tr("Postings");
    case FilterColumn:
        return cohort.expression;
    case DescriptionColumn:
        return cohort.description;
    case CurrencyColumn:
        return cohort.isBand() || cohort.salary.withSalary > 0 ? cohort.salary.currency : QString();
    case TopSkillsColumn:
        return topSkillsText(cohort);
    case MuchMoreCommonColumn:
        return muchMoreCommonText(cohort);
    default:
        break;
    }
    const QVariant raw = value(cohort, column);
    // The median of a cohort without a salary says so, instead of a blank that reads as missing data.
    if (column == MedianColumn && !cohort.isBand() && cohort.salary.withSalary == 0)
        return PostingFormat::noSalaryStated();
    if (!raw.isValid())
        return {};
    if (isAmount(column)) {
        QString money = PostingFormat::money(raw.toDouble(), cohort.salary.currency);
        if (column == HighestMaximumColumn && cohort.band && cohort.band->openEnded)
            money += QLatin1Char('+');
        return money;
    }
    return QLocale().toString(raw.toInt());
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CohortStatistics &cohort = m_comparison.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(cohort, index.column());
    case ValueRole:
        return value(cohort, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return cohort.description;
        if (isBoxFigure(index.column()) || index.column() == WithSalaryColumn) {
            const QString leftOut = cohort.salary.leftOutText(cohort.postings);
            return leftOut.isEmpty() || cohort.isBand() ? QVariant() : tr("Left out: %1").arg(leftOut);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= PostingsColumn && index.column() <= UnknownLevelColumn &&
            index.column() != CurrencyColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_comparison.size() ? QVariant(m_comparison.at(section).name)
                                                             : QVariant();
    switch (section) {
    case NameColumn:
        return tr("Cohort");
    case KindColumn:
        return tr("Kind");
    case FilterColumn:
        return tr("Filter");
    case DescriptionColumn:
        return tr("Description");
    case PostingsColumn:
        return tr("Postings");
    case WithSalaryColumn:
        return tr("With salary");
    case WithoutSalaryColumn:
        return tr("Without salary");
    case OtherCurrencyColumn:
        return tr("Other currency");
    case CurrencyColumn:
        return tr("Currency");
    case LowestMinimumColumn:
        return tr("Lowest minimum");
    case MinimumColumn:
        return tr("Minimum midpoint");
    case FirstQuartileColumn:
        return tr("First quartile");
    case MedianColumn:
        return tr("Median");
    case ThirdQuartileColumn:
        return tr("Third quartile");
    case MaximumColumn:
        return tr("Maximum midpoint");
    case HighestMaximumColumn:
        return tr("Highest maximum");
    case EntryColumn:
    case MidColumn:
    case SeniorColumn:
    case StaffColumn:
    case PrincipalColumn:
    case UnknownLevelColumn:
        return Vocabulary::label(Vocabulary::seniorities, levelOf(section));
    case TopSkillsColumn:
        return tr("Top skills");
    case MuchMoreCommonColumn:
        return tr("Much more common");
    default:
        return {};
    }
}

} // namespace jobexplorer
