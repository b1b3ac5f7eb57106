// ImportSource over any bytes, as the import dialog and --import open a file: CSV or JSON (a list
// of objects or a dataset), every row read, the mapping detected from the header.
#include "FuzzData.h"
#include "ImportMapping.h"
#include "ImportSource.h"

using namespace jobexplorer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    ImportSource source;
    if (!source.openData(fuzz::bytes(data, size), QStringLiteral("fuzz.csv")))
        return 0;
    const QStringList header = source.header();
    const ImportMapping mapping = ImportMapping::detect(header);
    for (const int column : mapping.resolve(header)) {
        if (column >= header.size())
            qFatal("ImportMapping::resolve() gave column %d of %lld", column, qlonglong(header.size()));
    }
    ImportSource::Row row;
    while (source.next(row))
        source.rowName(row.line);
    source.setHasHeaderRow(!source.hasHeaderRow());
    source.rewind();
    while (source.next(row)) {
    }
    return 0;
}
