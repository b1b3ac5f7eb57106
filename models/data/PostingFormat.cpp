#include "PostingFormat.h"

#include <cmath>

namespace jobexplorer {

QString PostingFormat::money(double amount, const QString &currency, const QLocale &locale)
{
    // QLocale knows only its own currency's symbol; other currencies are shown by their code.
    QString symbol = currency;
    if (currency == locale.currencySymbol(QLocale::CurrencyIsoCode))
        symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    else if (currency == QLatin1String("USD"))
        symbol = QStringLiteral("$");
    else if (currency == QLatin1String("EUR"))
        symbol = QStringLiteral("€");
    else if (currency == QLatin1String("GBP"))
        symbol = QStringLiteral("£");
    QString text = locale.toCurrencyString(std::round(amount), symbol, 0);
    // A code stays apart from the number, as CLDR writes it ("SEK 55,000", not "SEK55,000"); Qt
    // glues it on where the locale's own sign is glued.
    if (!symbol.isEmpty() && symbol.at(0).isLetter()) {
        const qsizetype at = text.indexOf(symbol);
        const qsizetype after = at + symbol.size();
        if (at >= 0 && after < text.size() && !text.at(after).isSpace())
            text.insert(after, QChar(0x00A0));
        else if (at > 0 && !text.at(at - 1).isSpace())
            text.insert(at, QChar(0x00A0));
    }
    return text;
}

QString PostingFormat::compactMoney(double amount, const QString &currency, const QLocale &locale)
{
    if (std::abs(amount) < 10000)
        return money(amount, currency, locale);
    // The locale places the symbol: format one unit, then put the thousands in its place.
    const QString one = money(1, currency, locale);
    const QString thousands =
        tr("%1k", "thousands of a currency").arg(locale.toString(std::round(amount / 1000)));
    return QString(one).replace(locale.toString(1), thousands);
}

QString PostingFormat::salaryRange(std::optional<double> min, std::optional<double> max,
                                   const QString &currency, const QLocale &locale)
{
    if (min && max) {
        if (*min == *max)
            return money(*min, currency, locale);
        return tr("%1 – %2").arg(money(*min, currency, locale), money(*max, currency, locale));
    }
    if (min)
        return tr("from %1").arg(money(*min, currency, locale));
    if (max)
        return tr("up to %1").arg(money(*max, currency, locale));
    return {};
}

QString PostingFormat::postingCount(qsizetype count, const QLocale &locale)
{
    return count == 1 ? tr("1 posting") : tr("%1 postings").arg(locale.toString(count));
}

QString PostingFormat::noSalaryStated()
{
    return tr("no salary stated");
}

QString PostingFormat::otherCurrencyLeftOut(qsizetype count, const QLocale &locale)
{
    return count == 1 ? tr("1 posting in another currency left out")
                      : tr("%1 postings in other currencies left out").arg(locale.toString(count));
}

QString PostingFormat::experience(std::optional<double> min, std::optional<double> max, const QLocale &locale)
{
    if (min && max) {
        if (*min == *max)
            return tr("%1 years").arg(locale.toString(*min));
        return tr("%1–%2 years").arg(locale.toString(*min), locale.toString(*max));
    }
    if (min)
        return tr("%1+ years").arg(locale.toString(*min));
    if (max)
        return tr("up to %1 years").arg(locale.toString(*max));
    return {};
}

} // namespace jobexplorer
