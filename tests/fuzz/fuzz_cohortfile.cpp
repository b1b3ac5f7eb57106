// CohortFile::fromJson() over any bytes; cohorts it accepts must come back the same through toJson().
#include "CohortFile.h"
#include "FuzzData.h"

using namespace jobexplorer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString error;
    const std::optional<QList<Cohort>> cohorts = CohortFile::fromJson(fuzz::bytes(data, size), &error);
    if (!cohorts) {
        if (error.isEmpty())
            qFatal("CohortFile::fromJson() refused a file without saying why");
        return 0;
    }
    if (CohortFile::fromJson(CohortFile::toJson(*cohorts), &error) != cohorts)
        qFatal("Cohorts written and read back changed: %s", qPrintable(error));
    return 0;
}
