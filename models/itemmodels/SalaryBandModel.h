#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <cstdint>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace jobexplorer {

struct PostingSalaryRange;
struct SalaryBandRecord;
class Workspace;

// The numbers of the salary band chart over the matching postings that state a salary in the
// dominant currency, annualised:
// - per posting (at most maximumPostings() of them): its range and midpoint, highest midpoint
//   first, labelled with company and title;
// - per level (more postings than that): the quartiles of the midpoints, the lowest minimum and
//   highest maximum;
// each with the band the dataset's source published for the level. Follows the workspace, which
// must outlive the model; while inactive (a hidden chart) it only notes that it is out of date.
class SalaryBandModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LabelColumn,
        MinimumColumn,
        FirstQuartileColumn,
        MidpointColumn, // a posting's midpoint, a level's median
        ThirdQuartileColumn,
        MaximumColumn,
        LowestMinimumColumn,
        HighestMaximumColumn,
        BandFromColumn,
        BandToColumn,
        ColumnCount
    };
    enum Role {
        ValueRole = Qt::UserRole + 1, // the number as a double; invalid when the row has none
        ExportRole,                   // locale-independent text for CSV: "201825"
        PostingIdRole,                // the posting a row shows, or -1 for a level
    };

    using Interval = std::pair<double, double>;
    struct Quartiles
    {
        double minimum = 0, firstQuartile = 0, median = 0, thirdQuartile = 0, maximum = 0;
    };
    struct Row
    {
        QString label;
        QString toolTip;
        std::optional<Interval> range;    // a posting: minimum to maximum
        std::optional<double> midpoint;   // a posting
        std::optional<Quartiles> box;     // a level: of its postings' midpoints
        std::optional<Interval> extremes; // a level: lowest minimum to highest maximum
        std::optional<Interval> band;     // the published band for the level
        std::int64_t postingId = -1;
    };

    explicit SalaryBandModel(const Workspace *workspace, QObject *parent = nullptr);
    // With at most maximumPostings rows of postings from the start (a picture of a given
    // height), instead of computing a row for every posting first.
    SalaryBandModel(const Workspace *workspace, int maximumPostings, QObject *parent = nullptr);

    // "Salary bands": the chart's name.
    static QString name();

    // Up to this many postings get a row each; more are summarised per level.
    int maximumPostings() const { return m_maximumPostings; }
    void setMaximumPostings(int count);
    // An inactive model does not follow filter changes until it is activated again.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // Recomputes now if out of date.
    void refresh();
    // After a language change: the labels, texts and headers are made again (at once when
    // active, else when activated).
    void retranslate();

    bool isPerPosting() const { return m_perPosting; }
    bool hasBands() const { return m_hasBands; }
    QString title() const { return m_title; }
    // Under the title: "4 with a salary of 42 matching · annual, USD · left out: …".
    QString note() const { return m_note; }
    // Why there are no rows.
    QString emptyText() const { return m_emptyText; }
    QString currency() const { return m_currency; }
    const Row &row(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void update();
    void compute();
    void addPostingRows(const std::vector<PostingSalaryRange> &ranges, const QList<SalaryBandRecord> &bands);
    void addLevelRows(const std::vector<PostingSalaryRange> &ranges, const QList<SalaryBandRecord> &bands);
    std::optional<double> value(const Row &row, int column) const;

    const Workspace *m_workspace;
    int m_maximumPostings = std::numeric_limits<int>::max();
    bool m_active = true;
    bool m_stale = false;
    bool m_perPosting = true;
    bool m_hasBands = false;
    QString m_title;
    QString m_note;
    QString m_emptyText;
    QString m_currency;
    QList<Row> m_rows;
};

} // namespace jobexplorer
