// DatasetReader over any bytes. A dataset it accepts must survive DatasetJsonWriter: written,
// read back and written again, the same bytes.
#include "DatasetJsonWriter.h"
#include "DatasetReader.h"
#include "FuzzData.h"

using namespace jobexplorer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Dataset dataset;
    DatasetReader reader;
    if (!reader.read(fuzz::bytes(data, size), QStringLiteral("fuzz.json"), dataset))
        return 0;
    const QByteArray written = DatasetJsonWriter::toJson(dataset);
    Dataset again;
    if (!reader.read(written, QStringLiteral("written.json"), again))
        qFatal("DatasetReader refuses what DatasetJsonWriter wrote: %s", qPrintable(reader.errorString()));
    if (DatasetJsonWriter::toJson(again) != written)
        qFatal("A dataset written, read back and written again changed");
    return 0;
}
