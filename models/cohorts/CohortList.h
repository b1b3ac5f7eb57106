#pragma once

#include "Cohort.h"
#include "CohortStorage.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace jobexplorer {

class FilterEngine;

// The saved cohorts of the open database, as a list model (display: the name; tooltip: the
// filter in words). Names are unique regardless of case; every filter is checked with
// FilterExpression against the database's engine, so a cohort that is kept always parses
// there. Every change is saved at once through the CohortStorage. How many cohorts are
// compared at once (Comparison::maxCohorts) is the view's concern, not the list's.
class CohortList final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { NameRole = Qt::UserRole + 1, ExpressionRole };

    explicit CohortList(QObject *parent = nullptr);
    ~CohortList() override;

    // Where cohorts are kept between sessions; the list owns it. Without one (the default),
    // cohorts live in memory only.
    void setStorage(std::unique_ptr<CohortStorage> storage);
    // Shows the cohorts saved for databaseFileName, checked against engine (not owned; it must
    // outlive this list or be replaced by another call, e.g. on Workspace::opened). Saved
    // cohorts whose filter no longer parses are kept, so nothing is lost, and listed by
    // invalidCohorts().
    void setDatabase(const QString &databaseFileName, const FilterEngine *engine);
    QString databaseFileName() const { return m_database; }

    const QList<Cohort> &cohorts() const { return m_cohorts; }
    int size() const { return static_cast<int>(m_cohorts.size()); }
    const Cohort &at(int row) const { return m_cohorts.at(row); }
    // The row of the cohort named name, regardless of case.
    std::optional<int> indexOf(const QString &name) const;
    // Names of cohorts whose filter does not parse with the current engine.
    QStringList invalidCohorts() const;

    // Edits. Each returns false and sets errorString() when refused: an empty name, a name
    // already taken, a filter that does not parse (the parser's message, naming the term and
    // where it is), no database, no such row. An edit that is made but cannot be saved also
    // returns false; it stays in the list for this session.
    bool add(const Cohort &cohort);
    bool rename(int row, const QString &name);
    bool setExpression(int row, const QString &expression);
    bool remove(int row);
    QString errorString() const { return m_error; }

    // Adds cohorts read from a file (CohortFile). A cohort whose name and filter are already
    // here is skipped; one whose name is taken by another filter is added as "Name (2)"; one
    // whose filter does not parse here is rejected with the reason.
    struct ImportSummary
    {
        int added = 0;
        int unchanged = 0;
        QStringList renamed;  // "Old → New"
        QStringList rejected; // "Name: reason"
    };
    ImportSummary importCohorts(const QList<Cohort> &cohorts);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    bool validName(const QString &name, int exceptRow);
    bool validExpression(const QString &expression);
    bool save();
    QString freeName(const QString &name) const;

    std::unique_ptr<CohortStorage> m_storage;
    const FilterEngine *m_engine = nullptr;
    QString m_database;
    QList<Cohort> m_cohorts;
    QString m_error;
};

} // namespace jobexplorer
