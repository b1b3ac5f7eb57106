#pragma once

#include "Dataset.h"
#include "FilterEngine.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// What the fuzz targets share: the input as bytes or text, and the bundled dataset with an engine
// over it, built once per process (a fuzzer runs many inputs in one process).
namespace jobexplorer::fuzz {

QByteArray bytes(const std::uint8_t *data, std::size_t size);
// The input as UTF-8; invalid sequences become U+FFFD, as when a user's file is read.
QString text(const std::uint8_t *data, std::size_t size);
// Text as one printable line for a failure message: control characters, quotation marks and
// backslashes written as C escapes (\n, \x00, \"), so that what differs can be seen.
QByteArray printable(const QString &text);

// The bundled dataset (resources/data), read once; aborts when it cannot be read.
const Dataset &bundledDataset();
// A filter engine over the bundled dataset's postings, written to a database and loaded as the
// app does; lives until the process ends. Aborts on failure.
const FilterEngine &bundledEngine();

} // namespace jobexplorer::fuzz
