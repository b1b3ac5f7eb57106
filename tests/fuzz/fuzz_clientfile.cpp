// ClientFile::fromJson() over any bytes; clients it accepts must come back the same through toJson().
#include "ClientFile.h"
#include "FuzzData.h"

using namespace jobexplorer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString error;
    const std::optional<QList<Client>> clients = ClientFile::fromJson(fuzz::bytes(data, size), &error);
    if (!clients) {
        if (error.isEmpty())
            qFatal("ClientFile::fromJson() refused a file without saying why");
        return 0;
    }
    if (ClientFile::fromJson(ClientFile::toJson(*clients), &error) != clients)
        qFatal("Clients written and read back changed: %s", fuzz::printable(error).constData());
    return 0;
}
