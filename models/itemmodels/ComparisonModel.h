#pragma once

#include "Comparison.h"

#include <QAbstractTableModel>

namespace jobexplorer {

// A Comparison as a table: one row per cohort (in the comparison's order), one column per
// statistic. Display text is formatted for people ("$205,788", "75%"); ValueRole gives raw
// values (annual amounts as numbers, counts as ints, shares as fractions; no value where a
// statistic does not apply, e.g. quartiles of a band or of a cohort without salaries), which
// is what charts map and what the CSV export writes.
class ComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        KindColumn,
        FilterColumn,
        DescriptionColumn,
        PostingsColumn,
        WithSalaryColumn,
        WithoutSalaryColumn,
        OtherCurrencyColumn,
        CurrencyColumn,
        LowestMinimumColumn,
        MinimumColumn,
        FirstQuartileColumn,
        MedianColumn,
        ThirdQuartileColumn,
        MaximumColumn,
        HighestMaximumColumn,
        EntryColumn,
        MidColumn,
        SeniorColumn,
        StaffColumn,
        PrincipalColumn,
        UnknownLevelColumn,
        TopSkillsColumn,
        MuchMoreCommonColumn,
        ColumnCount
    };
    enum Role { ValueRole = Qt::UserRole + 1 };

    explicit ComparisonModel(QObject *parent = nullptr);

    void setComparison(Comparison comparison);
    const Comparison &comparison() const { return m_comparison; }
    // The level a seniority column counts; Seniority::Unknown for other columns too.
    static Seniority levelOf(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant value(const CohortStatistics &cohort, int column) const;
    QString text(const CohortStatistics &cohort, int column) const;
    QString topSkillsText(const CohortStatistics &cohort) const;
    QString muchMoreCommonText(const CohortStatistics &cohort) const;

    Comparison m_comparison;
};

} // namespace jobexplorer
