#pragma once

#include "ChartModel.h"

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace jobexplorer {

// Every chart the program draws: the bar charts of a ChartModel and the salary band chart (a
// SalaryBandModel) and the client's skill gap (a SkillGapModel), as the charts panel shows them
// and the command line names them.
enum class ChartKind { Skills, Seniority, Roles, WorkMode, Types, Locations, Salary, Bands, Gap };

class ChartKinds final
{
public:
    static constexpr std::array<ChartKind, 9> all{
        ChartKind::Skills,    ChartKind::Seniority, ChartKind::Roles, ChartKind::WorkMode, ChartKind::Types,
        ChartKind::Locations, ChartKind::Salary,    ChartKind::Bands, ChartKind::Gap};
    // The command line's name: a ChartModel key ("skills", …), "bands" or "gap".
    static QString key(ChartKind kind);
    static std::optional<ChartKind> fromKey(QStringView key);
    // The ChartModel kind a bar chart draws; std::nullopt for the band and gap charts.
    static std::optional<ChartModel::Kind> barKind(ChartKind kind);
    static ChartKind of(ChartModel::Kind kind);
};

} // namespace jobexplorer
