#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <array>
#include <optional>

namespace jobexplorer {

class Workspace;

// The numbers of one chart over the matching postings, one row per bar, as a table (which the
// chart draws, a table view shows and a CSV export writes):
// - skills: the top skills, their category and, where the dataset publishes it, the share the
//   report gives for the whole sample;
// - seniority, roles, work mode, employment types: every value with its count among the matches;
// - locations: the top markets (metro area, else city, region or country of each location);
// - salary: the annualised salary midpoints of the matches in the dominant currency, in bins.
// Follows the workspace; while inactive (a hidden chart) it only notes that it is out of date.
class ChartModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { Skills, Seniority, Roles, WorkMode, Types, Locations, Salary };
    static constexpr std::array<Kind, 7> allKinds{Kind::Skills, Kind::Seniority, Kind::Roles, Kind::WorkMode,
                                                  Kind::Types,  Kind::Locations, Kind::Salary};
    // The command line's names: skills, seniority, roles, workmode, types, locations, salary.
    static QString key(Kind kind);
    static std::optional<Kind> fromKey(QStringView key);
    // "Skill demand", "Seniority", …: the chart's name for tabs and menus.
    static QString name(Kind kind);

    enum Column { LabelColumn, CountColumn, ShareColumn, CategoryColumn, PublishedColumn };
    enum Role {
        ValueRole = Qt::UserRole + 1, // raw numbers: count, share in percent, category id, published percent
        ExportRole,                   // locale-independent text for CSV: "4", "66.7"
    };

    ChartModel(Workspace *workspace, Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    Workspace *workspace() const { return m_workspace; }
    // The chart title for the current numbers: "Seniority · 31 of 42 postings".
    QString title() const;
    // What the shares are of: the matching postings, or for salary those stating one.
    int matchCount() const { return m_matches; }
    // Salary: the currency of the bins, the postings in it with a salary, and how many state
    // a salary in another currency (left out).
    QString currency() const { return m_currency; }
    int withSalary() const { return m_withSalary; }
    int otherCurrency() const { return m_otherCurrency; }
    bool hasPublishedShares() const { return m_hasPublished; }
    QString publishedLabel() const { return m_publishedLabel; }

    // An inactive model does not follow filter changes until it is activated again.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // Recomputes now if out of date.
    void refresh();
    // After a language change: the labels, title and headers are made again (at once when
    // active, else when activated).
    void retranslate();

    // Applies the click on a bar: chooses (or drops) that value in the workspace's filter; for a
    // salary bin, sets the salary range to the bin (or clears it when it is that bin already).
    void toggle(int row);
    // Whether the row's value is chosen in the current filter.
    bool isSelected(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString label;
        int count = 0;
        double share = 0; // percent
        int categoryId = -1;
        QString category;
        std::optional<double> published; // percent
        int value = -1;                  // facet value id
        double low = 0, high = 0;        // salary bin
    };

    void update();
    void compute();
    void computeFacet();
    void computeSkills();
    void computeSalary();

    Workspace *m_workspace;
    Kind m_kind;
    int m_topCount;
    bool m_active = true;
    bool m_stale = false;
    int m_matches = 0;
    int m_total = 0;
    QString m_currency;
    int m_withSalary = 0;
    int m_otherCurrency = 0;
    bool m_hasPublished = false;
    QString m_publishedLabel;
    QList<Row> m_rows;
};

} // namespace jobexplorer
