#pragma once

#include "ReportSection.h"

#include <QCoreApplication>

namespace jobexplorer {

class Workspace;

// The chosen client's part of the report (issue 17): the client's name (unless the counselor
// leaves it out), how many matching postings the client fits now, the skills those postings ask
// for most with their share and whether the client holds them, the ten postings the client fits
// best among those that fit (company, title, location, fit and a link to the posting) and the
// learning path. Every figure comes from the item models (SkillGapModel, PostingTableModel,
// LearningPathModel) over the workspace's matching postings; writes nothing without a client.
// The workspace must outlive the section.
class ClientReportSection final : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::ClientReportSection)
public:
    // The rows of the skill table and of the posting table at most.
    static constexpr int skillRows = 12;
    static constexpr int postingRows = 10;

    ClientReportSection(Workspace &workspace, bool nameShown);
    void write(ReportCursor &cursor) const override;

private:
    void writeSkills(ReportCursor &cursor) const;
    void writePostings(ReportCursor &cursor) const;
    void writePath(ReportCursor &cursor) const;

    Workspace &m_workspace;
    bool m_nameShown;
};

} // namespace jobexplorer
