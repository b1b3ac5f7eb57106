#pragma once

#include <QAbstractTableModel>

namespace jobexplorer {

class Workspace;

// The most demanded skills among the matching postings, most frequent first: skill, category,
// postings asking for it and their share of the matching postings. Follows the workspace.
class SkillDemandModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SkillColumn, CategoryColumn, CountColumn, ShareColumn, ColumnCount };
    // Raw numbers: the count, the share in percent, the category's id (stable across filters).
    enum Role { ValueRole = Qt::UserRole + 1 };

    explicit SkillDemandModel(Workspace *workspace, int topCount = 15, QObject *parent = nullptr);

    int matchCount() const { return m_matches; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void update();

    struct Row
    {
        QString skill;
        QString category;
        int categoryId = -1;
        int count = 0;
        double share = 0; // percent of the matching postings
    };
    Workspace *m_workspace;
    int m_topCount;
    int m_matches = 0;
    QList<Row> m_rows;
};

} // namespace jobexplorer
