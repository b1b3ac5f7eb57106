#pragma once

#include "Dataset.h"

#include <QStringList>

#include <cstdint>

namespace jobexplorer {

// Everything the database holds about one posting, for the detail pane. Skill mentions carry
// the canonical skill name; skillCategories[i] is the category name of posting.skills[i].
struct PostingDetail
{
    std::int64_t id = 0;
    PostingRecord posting;
    QStringList skillCategories;
};

} // namespace jobexplorer
