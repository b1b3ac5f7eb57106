// FilterExpression::parse() over any text, against the bundled dataset's values. A valid filter
// must format to text that parses back to the same filter, and be evaluated; a refused one must
// point into the text.
#include "FilterExpression.h"
#include "FuzzData.h"

using namespace jobexplorer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const FilterEngine &engine = fuzz::bundledEngine();
    const QString text = fuzz::text(data, size);
    FilterExpression::Error error;
    const std::optional<Filter> filter = FilterExpression::parse(text, engine, &error);
    if (!filter) {
        if (error.message.isEmpty() || error.position < 0 || error.length < 0 ||
            error.position + error.length > text.size())
            qFatal("Error at %d+%d in text of %lld characters: %s", error.position, error.length,
                   qlonglong(text.size()), qPrintable(error.message));
        return 0;
    }
    const QString canonical = FilterExpression::format(*filter, engine);
    FilterExpression::Error againError;
    if (FilterExpression::parse(canonical, engine, &againError) != filter)
        qFatal("parse(format(f)) != f: \"%s\" formats as \"%s\" (%s)", fuzz::printable(text).constData(),
               fuzz::printable(canonical).constData(), fuzz::printable(againError.message).constData());
    FilterExpression::describe(*filter, engine);
    engine.evaluate(*filter);
    return 0;
}
