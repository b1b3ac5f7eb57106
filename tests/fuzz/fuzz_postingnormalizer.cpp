// PostingNormalizer's and SalaryText's parsers over any text: salaries with their currency and
// period, amounts, dates, experience, and the labels of level, work mode, employment type, pay
// period and currency. What they return must be usable: finite numbers, one or two amounts, a
// reason for every refusal, valid dates.
#include "FuzzData.h"
#include "PostingNormalizer.h"
#include "SalaryText.h"

#include <cmath>

using namespace jobexplorer;

namespace {

void checkFinite(const std::optional<double> &value, const char *what, const QString &text)
{
    if (value && !std::isfinite(*value))
        qFatal("%s of \"%s\" is %f", what, qPrintable(text), *value);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = fuzz::text(data, size);

    checkFinite(PostingNormalizer::amount(text), "amount()", text);
    if (const auto salary = SalaryText::read(text)) {
        checkFinite(salary->min, "The salary minimum", text);
        checkFinite(salary->max, "The salary maximum", text);
        if (salary->amountCount < 1 || salary->amountCount > 2)
            qFatal("SalaryText::read() of \"%s\" gives %d amounts", qPrintable(text), salary->amountCount);
        QString problem;
        if (!salary->resolveCurrency(QStringLiteral("EUR"), &problem) && problem.isEmpty())
            qFatal("resolveCurrency() of \"%s\" fails without a reason", qPrintable(text));
    }
    if (const std::optional<QDate> date = PostingNormalizer::date(text); date && !date->isValid())
        qFatal("date() of \"%s\" is an invalid date", qPrintable(text));
    std::optional<double> min;
    std::optional<double> max;
    if (PostingNormalizer::parseExperience(text, min, max)) {
        checkFinite(min, "The experience minimum", text);
        checkFinite(max, "The experience maximum", text);
    }

    PostingNormalizer::seniority(text, text, min);
    PostingNormalizer::roleFamily(text);
    PostingNormalizer::workMode(text);
    PostingNormalizer::flag(text);
    PostingNormalizer::employmentType(text);
    PostingNormalizer::payPeriod(text);
    SalaryText::currencyCode(text);
    return 0;
}
