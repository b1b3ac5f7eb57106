#pragma once

#include "SkillGap.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace jobexplorer {

class Workspace;

// The chosen client's skill gap over the matching postings (Workspace::gap()), one row per
// skill the postings ask for, most asked for first: what the gap chart draws, the client panel
// lists and --export-gap writes. Empty without a client. Follows the workspace; while inactive
// it only notes that it is out of date. The workspace must outlive the model.
class SkillGapModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SkillColumn,
        CategoryColumn,
        PostingsColumn,
        ShareColumn,
        StatusColumn,
        UnlocksColumn,
        ColumnCount
    };
    enum Role {
        ValueRole = Qt::UserRole + 1, // raw numbers: postings, share (0..1), unlocks; the status as int
        ExportRole,                   // locale-independent text for CSV: "0.667", "missing"
        StatusRole,                   // SkillGap::Status as int, every column
    };

    explicit SkillGapModel(Workspace *workspace, QObject *parent = nullptr);

    Workspace *workspace() const { return m_workspace; }
    const SkillGap &gap() const { return m_gap; }
    // "Skill gap · 3 of 42 postings": the chart's title.
    QString title() const;
    // The rows shown at most by a chart (the table has them all).
    static constexpr int chartRows = 15;

    void setActive(bool active);
    void refresh();
    void retranslate();

    // "held", "learning", "missing": as the CSV writes them, in every language.
    static QString statusKey(SkillGap::Status status);
    static QString statusLabel(SkillGap::Status status);

    // Writes the gap as CSV with the header skill,category,postings,share,status,unlocks (the
    // same in every language, for scripts): numbers with a dot, share as a fraction of the
    // matching postings. Returns false with *error naming the file and the problem; the file
    // then is as it was (OutputFile).
    bool writeCsv(const QString &fileName, QString *error) const;
    bool writeCsv(QIODevice &device) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void update();
    QString category(int skill) const;
    QString exportText(const SkillGap::Skill &skill, int column) const;

    Workspace *m_workspace;
    SkillGap m_gap;
    bool m_active = true;
    bool m_stale = false;
};

} // namespace jobexplorer
