#pragma once

#include "Dataset.h"

#include <QRandomGenerator>

namespace jobexplorer::test {

// A random but well-formed dataset for property tests: a small taxonomy, skewed skill use,
// several locations per posting, missing values of every kind and two currencies.
Dataset randomDataset(QRandomGenerator &random, int postings);

} // namespace jobexplorer::test
