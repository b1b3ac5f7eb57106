// CsvReader over any bytes: every record is read to the end of the data or an error, once as
// detected and once with the encoding and a delimiter the user may pick in the import dialog.
#include "CsvReader.h"
#include "FuzzData.h"

using namespace jobexplorer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    CsvReader::looksBinary(bytes);
    CsvReader reader(bytes);
    CsvReader::Record record;
    while (reader.next(record)) {
    }
    if (!reader.atEnd() && reader.errorString().isEmpty())
        qFatal("CsvReader stopped at byte %lld of %lld without an error", qlonglong(reader.position()),
               qlonglong(reader.size()));

    constexpr char delimiters[] = {',', ';', '\t', '|'};
    reader.rewind();
    reader.setEncoding(CsvReader::Encoding::Windows1252);
    reader.setDelimiter(delimiters[size % std::size(delimiters)]);
    while (reader.next(record)) {
    }
    return 0;
}
