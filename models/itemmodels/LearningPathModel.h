#pragma once

#include <QAbstractTableModel>

namespace jobexplorer {

class Workspace;

// The chosen client's learning path over the matching postings (Workspace::gap()): each step's
// skill, the postings it makes fit and how many fit after it. Empty without a client. Follows
// the workspace, which must outlive the model.
class LearningPathModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StepColumn, SkillColumn, GainedColumn, FittedColumn, ColumnCount };

    explicit LearningPathModel(Workspace *workspace, QObject *parent = nullptr);

    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void update();

    Workspace *m_workspace;
    int m_rows = 0;
};

} // namespace jobexplorer
