#pragma once

#include "Client.h"

#include <QAbstractTableModel>

namespace jobexplorer {

class PostingStore;

// A client's skills as the client panel lists them: name, level, and whether the open
// database's taxonomy knows the skill (one it does not know is kept by name and counts for
// nothing here; another database may know it). The store is not owned; it must outlive the
// model or be replaced first.
class ClientSkillModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SkillColumn, LevelColumn, KnownColumn, ColumnCount };
    enum Role { LevelRole = Qt::UserRole + 1, KnownRole };

    explicit ClientSkillModel(QObject *parent = nullptr);

    void setStore(const PostingStore *store);
    void setSkills(const QList<ClientSkill> &skills);
    const QList<ClientSkill> &skills() const { return m_skills; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isKnown(const ClientSkill &skill) const;

    const PostingStore *m_store = nullptr;
    QList<ClientSkill> m_skills;
};

} // namespace jobexplorer
