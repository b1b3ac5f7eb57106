#include "ChartKind.h"

namespace jobexplorer {

namespace {

constexpr QLatin1String bandsKey("bands");
constexpr QLatin1String gapKey("gap");

} // namespace

QString ChartKinds::key(ChartKind kind)
{
    const std::optional<ChartModel::Kind> bars = barKind(kind);
    if (bars)
        return ChartModel::key(*bars);
    return kind == ChartKind::Gap ? QString(gapKey) : QString(bandsKey);
}

std::optional<ChartKind> ChartKinds::fromKey(QStringView key)
{
    for (const ChartKind kind : all) {
        if (key.compare(ChartKinds::key(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

std::optional<ChartModel::Kind> ChartKinds::barKind(ChartKind kind)
{
    for (const ChartModel::Kind bars : ChartModel::allKinds) {
        if (of(bars) == kind)
            return bars;
    }
    return std::nullopt;
}

ChartKind ChartKinds::of(ChartModel::Kind kind)
{
    switch (kind) {
    case ChartModel::Kind::Skills:
        return ChartKind::Skills;
    case ChartModel::Kind::Seniority:
        return ChartKind::Seniority;
    case ChartModel::Kind::Roles:
        return ChartKind::Roles;
    case ChartModel::Kind::WorkMode:
        return ChartKind::WorkMode;
    case ChartModel::Kind::Types:
        return ChartKind::Types;
    case ChartModel::Kind::Locations:
        return ChartKind::Locations;
    case ChartModel::Kind::Salary:
        return ChartKind::Salary;
    }
    return ChartKind::Skills;
}

} // namespace jobexplorer
