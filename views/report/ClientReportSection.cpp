#include "ClientReportSection.h"

#include "LearningPathModel.h"
#include "PostingStore.h"
#include "PostingTableModel.h"
#include "ReportCursor.h"
#include "SkillGapModel.h"
#include "Workspace.h"

#include <QLocale>
#include <QUrl>

#include <algorithm>

namespace jobexplorer {

namespace {

QString header(const QAbstractItemModel &model, int column)
{
    return model.headerData(column, Qt::Horizontal).toString();
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

ClientReportSection::ClientReportSection(Workspace &workspace, bool nameShown)
    : m_workspace(workspace), m_nameShown(nameShown)
{
}

void ClientReportSection::write(ReportCursor &cursor) const
{
    if (!m_workspace.clientSkills() || !m_workspace.store())
        return;
    const QString name = m_workspace.clientName().trimmed();
    cursor.heading(m_nameShown && !name.isEmpty() ? tr("For %1").arg(name) : tr("For the client"));
    const SkillGap &gap = m_workspace.gap();
    const QLocale locale;
    cursor.figures(
        {{tr("Fits now"),
          tr("%1 of %2 matching postings, at a fit of %3 or more")
              .arg(locale.toString(gap.fitsNow), locale.toString(gap.postings),
                   tr("%1%", "a fit as a percentage").arg(locale.toString(gap.threshold * 100, 'f', 0)))}});
    writeSkills(cursor);
    writePostings(cursor);
    writePath(cursor);
}

void ClientReportSection::writeSkills(ReportCursor &cursor) const
{
    const SkillGapModel model(&m_workspace);
    if (model.rowCount() == 0)
        return;
    cursor.heading(tr("Skills held and missing"));
    // The status beside the skill, the numbers after them.
    const QList<int> columns = {SkillGapModel::SkillColumn, SkillGapModel::StatusColumn,
                                SkillGapModel::PostingsColumn, SkillGapModel::ShareColumn};
    QStringList titles;
    for (const int column : columns)
        titles << header(model, column);
    QList<QList<ReportCursor::Cell>> rows;
    const int shown = std::min(model.rowCount(), skillRows);
    for (int row = 0; row < shown; ++row) {
        QList<ReportCursor::Cell> cells;
        for (const int column : columns)
            cells.append({cell(model, row, column)});
        rows.append(cells);
    }
    cursor.table(titles, rows, 2);
    if (model.rowCount() > shown)
        cursor.note(tr("The %1 skills the matching postings ask for most, of %2.")
                        .arg(QLocale().toString(shown), QLocale().toString(model.rowCount())));
}

void ClientReportSection::writePostings(ReportCursor &cursor) const
{
    cursor.heading(tr("Postings the client fits now"));
    PostingTableModel model;
    model.setStore(m_workspace.store());
    model.setRows(m_workspace.result().rows);
    model.setClient(m_workspace.engine(), m_workspace.clientSkills());
    model.sort(PostingTableModel::FitColumn, Qt::DescendingOrder);
    const double threshold = m_workspace.fitThreshold();
    QList<QList<ReportCursor::Cell>> rows;
    int fitting = 0;
    for (int row = 0; row < model.rowCount() && model.fits(row, threshold); ++row, ++fitting) {
        if (rows.size() == postingRows)
            continue;
        const auto detail = m_workspace.detail(
            model.data(model.index(row, 0), PostingTableModel::PostingIdRole).toLongLong());
        const QString url = detail ? detail->posting.sourceUrl : QString();
        QString host = QUrl(url).host();
        if (host.startsWith(QLatin1String("www.")))
            host.remove(0, 4);
        rows.append({{cell(model, row, PostingTableModel::Company)},
                     {cell(model, row, PostingTableModel::Title)},
                     {cell(model, row, PostingTableModel::Locations)},
                     {cell(model, row, PostingTableModel::FitColumn)},
                     {host, url}});
    }
    if (rows.isEmpty()) {
        cursor.note(tr("None of the matching postings reaches the fit yet; the learning path shows "
                       "which skills would change that."));
        return;
    }
    // The link column only when a posting has a page to link to (the bundled report gives none).
    QStringList titles = {header(model, PostingTableModel::Company), header(model, PostingTableModel::Title),
                          header(model, PostingTableModel::Locations),
                          header(model, PostingTableModel::FitColumn)};
    const bool links = std::any_of(rows.cbegin(), rows.cend(), [](const QList<ReportCursor::Cell> &cells) {
        return !cells.last().link.isEmpty();
    });
    if (links)
        titles << tr("Link");
    else
        for (QList<ReportCursor::Cell> &cells : rows)
            cells.removeLast();
    cursor.table(titles, rows, 3);
    if (fitting > rows.size())
        cursor.note(tr("The %1 that fit best, of %2 that fit.")
                        .arg(QLocale().toString(rows.size()), QLocale().toString(fitting)));
}

void ClientReportSection::writePath(ReportCursor &cursor) const
{
    cursor.heading(tr("Learning path"));
    const LearningPathModel model(&m_workspace);
    if (model.rowCount() == 0) {
        cursor.note(tr("No skill the client lacks would make another matching posting fit."));
        return;
    }
    const QList<int> columns = {LearningPathModel::StepColumn, LearningPathModel::SkillColumn,
                                LearningPathModel::GainedColumn, LearningPathModel::FittedColumn};
    QStringList titles;
    for (const int column : columns)
        titles << header(model, column);
    QList<QList<ReportCursor::Cell>> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QList<ReportCursor::Cell> cells;
        for (const int column : columns)
            cells.append({cell(model, row, column)});
        rows.append(cells);
    }
    cursor.table(titles, rows, 2);
}

} // namespace jobexplorer
