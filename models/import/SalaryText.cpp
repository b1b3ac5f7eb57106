#include "SalaryText.h"

#include "Currencies.h"

#include <QRegularExpression>

#include <cmath>

namespace jobexplorer {

namespace {

constexpr double Thousand = 1000;
constexpr double Million = 1000000;
// "50-60k": a first amount below this without a suffix takes the second one's.
constexpr double SuffixSharedBelow = 1000;
constexpr qsizetype CodeLength = 3;
constexpr qsizetype ThousandsGroup = 3;

const QStringList dollars{QStringLiteral("USD"), QStringLiteral("CAD"), QStringLiteral("AUD"),
                          QStringLiteral("NZD"), QStringLiteral("SGD"), QStringLiteral("HKD"),
                          QStringLiteral("MXN")};
const QStringList kronor{QStringLiteral("SEK"), QStringLiteral("NOK"), QStringLiteral("DKK"),
                         QStringLiteral("ISK")};
const QStringList yen{QStringLiteral("JPY"), QStringLiteral("CNY")};

// A currency sign as written, the code it means (empty when several are as likely) and, for a
// sign several currencies share, all of them.
struct Sign
{
    QString text;
    QString code;
    const QStringList *shared = nullptr;
};

// Longest first, so "US$" is not read as "$".
const QList<Sign> &signs()
{
    static const QList<Sign> list{
        {QStringLiteral("US$"), QStringLiteral("USD")},
        {QStringLiteral("CA$"), QStringLiteral("CAD")},
        {QStringLiteral("AU$"), QStringLiteral("AUD")},
        {QStringLiteral("NZ$"), QStringLiteral("NZD")},
        {QStringLiteral("HK$"), QStringLiteral("HKD")},
        {QStringLiteral("MX$"), QStringLiteral("MXN")},
        {QStringLiteral("C$"), QStringLiteral("CAD")},
        {QStringLiteral("A$"), QStringLiteral("AUD")},
        {QStringLiteral("S$"), QStringLiteral("SGD")},
        {QStringLiteral("R$"), QStringLiteral("BRL")},
        {QStringLiteral("zł"), QStringLiteral("PLN")},
        {QStringLiteral("€"), QStringLiteral("EUR")},
        {QStringLiteral("£"), QStringLiteral("GBP")},
        {QStringLiteral("₹"), QStringLiteral("INR")},
        {QStringLiteral("₪"), QStringLiteral("ILS")},
        {QStringLiteral("₩"), QStringLiteral("KRW")},
        {QStringLiteral("₽"), QStringLiteral("RUB")},
        {QStringLiteral("₺"), QStringLiteral("TRY")},
        {QStringLiteral("$"), QStringLiteral("USD"), &dollars},
        {QStringLiteral("¥"), QString(), &yen},
        {QStringLiteral("￥"), QString(), &yen},
    };
    return list;
}

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

bool isGroupMark(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char('.') || c == QLatin1Char('\'') || c == QChar(0x2019);
}

qsizetype skipSpaces(const QString &text, qsizetype i)
{
    while (i < text.size() && isSpace(text.at(i)))
        ++i;
    return i;
}

qsizetype digitsFrom(const QString &text, qsizetype i)
{
    qsizetype n = 0;
    while (i + n < text.size() && text.at(i + n).isDigit())
        ++n;
    return n;
}

// The digits and separators of one amount as a number: spaces and apostrophes group thousands;
// of '.' and ',' the last is the decimal mark when both occur, and a single one is a decimal
// mark unless exactly three digits follow it ("55.000" is 55000, "1.5" is 1.5).
std::optional<double> numberValue(QString raw)
{
    raw.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(QChar(0x2009));
    raw.remove(QLatin1Char('\'')).remove(QChar(0x2019));
    const qsizetype lastDot = raw.lastIndexOf(QLatin1Char('.'));
    const qsizetype lastComma = raw.lastIndexOf(QLatin1Char(','));
    QChar decimal;
    if (lastDot >= 0 && lastComma >= 0) {
        decimal = lastDot > lastComma ? QLatin1Char('.') : QLatin1Char(',');
    } else if (lastDot >= 0 || lastComma >= 0) {
        const QChar mark = lastDot >= 0 ? QLatin1Char('.') : QLatin1Char(',');
        const qsizetype at = std::max(lastDot, lastComma);
        if (raw.count(mark) == 1 && raw.size() - at - 1 != ThousandsGroup)
            decimal = mark;
    }
    QString plain;
    for (const QChar c : std::as_const(raw)) {
        if (c.isDigit())
            plain += c;
        else if (c == decimal)
            plain += QLatin1Char('.');
    }
    bool ok = false;
    const double value = plain.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

struct Amount
{
    double value = 0;
    double suffix = 1; // 1000 for "60k"
    qsizetype end = 0; // just after it, suffix included
};

// The amount starting with the digit at i: digits and group marks, then "k" or "m".
std::optional<Amount> readAmount(const QString &text, qsizetype i)
{
    const qsizetype start = i;
    i += digitsFrom(text, i);
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (isGroupMark(c) && digitsFrom(text, i + 1) > 0) {
            i += 1 + digitsFrom(text, i + 1);
        } else if (isSpace(c) && digitsFrom(text, i + 1) == ThousandsGroup) {
            i += 1 + ThousandsGroup; // "60 000", not "50 60"
        } else {
            break;
        }
    }
    const auto value = numberValue(text.mid(start, i - start));
    if (!value)
        return std::nullopt;
    Amount amount{*value, 1, i};
    const qsizetype s = skipSpaces(text, i);
    if (s < text.size() && (s + 1 == text.size() || !text.at(s + 1).isLetter())) {
        const QChar c = text.at(s).toLower();
        if (c == QLatin1Char('k') || c == QLatin1Char('m')) {
            amount.suffix = c == QLatin1Char('k') ? Thousand : Million;
            amount.end = s + 1;
        }
    }
    return amount;
}

// The sign at i, when one starts there (and, for one beginning with a letter, no word does).
const Sign *signAt(const QString &text, qsizetype i)
{
    for (const Sign &sign : signs()) {
        if (!QStringView(text).mid(i).startsWith(sign.text))
            continue;
        if (sign.text.at(0).isLetter() && i > 0 && text.at(i - 1).isLetter())
            continue;
        return &sign;
    }
    return nullptr;
}

// Pay periods as written beside an amount, each with the period it means. Weekly is not
// biweekly; "p.a." needs its first dot so that a state "PA" is not a period.
const QList<std::pair<QRegularExpression, PayPeriod>> &periodPatterns()
{
    static const QString per = QStringLiteral("(?:/\\s*|\\b(?:per|an|a|each|pro|par|la|por|el)\\s+)");
    auto pattern = [](const QString &text) {
        return QRegularExpression(text, QRegularExpression::CaseInsensitiveOption |
                                            QRegularExpression::UseUnicodePropertiesOption);
    };
    static const QList<std::pair<QRegularExpression, PayPeriod>> list{
        {pattern(QStringLiteral("\\bbi-?weekly\\b|\\bevery (?:two|2|other) weeks?\\b|\\bfortnightly\\b|") %
                 per % QStringLiteral("fortnight\\b")),
         PayPeriod::Biweek},
        {pattern(per % QStringLiteral("(?:hours?|hrs?|h|std|stunde|heure|hora)\\b\\.?|\\bhourly\\b|"
                                      "\\bstündlich\\b|\\bp\\.h\\.?|\\bp/h\\b")),
         PayPeriod::Hour},
        {pattern(per % QStringLiteral("(?:days?|d|tag|jour|d[ií]a)\\b|\\bdaily\\b|\\btäglich\\b")),
         PayPeriod::Day},
        {pattern(per % QStringLiteral("(?:weeks?|wk|w|woche|semaine|semana)\\b|(?<!bi)(?<!bi-)\\bweekly\\b|"
                                      "\\bwöchentlich\\b")),
         PayPeriod::Week},
        {pattern(per % QStringLiteral("(?:months?|mo|mth|monat|mois|mes)\\b|\\bmonthly\\b|\\bpcm\\b|"
                                      "\\bmonatlich\\b|\\bmensuel(?:le)?\\b")),
         PayPeriod::Month},
        {pattern(per % QStringLiteral("(?:years?|yr|y|annum|jahr|an|année|año|ano|a)\\b|\\bp\\.\\s?a\\b\\.?|"
                                      "\\byearly\\b|\\bannual(?:ly)?\\b|\\bjährlich\\b|\\bannuel(?:le)?\\b")),
         PayPeriod::Year},
    };
    return list;
}

QString periodName(PayPeriod period)
{
    return Vocabulary::label(Vocabulary::payPeriods, period);
}

bool startsWithAny(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (text.startsWith(QString::fromUtf8(word)))
            return true;
    }
    return false;
}

// The currency named in text (codes, signs), checked for agreement; false and *problem when
// two disagree.
struct CurrencyFound
{
    QString code;
    QStringList candidates;
    QString written;
};

bool addCurrency(CurrencyFound &found, const QString &code, const QStringList *shared, const QString &written,
                 const QString &text, QString *problem)
{
    const QStringList candidates = shared ? *shared : QStringList();
    auto clash = [&](const QString &a, const QString &b) {
        if (problem)
            *problem = SalaryText::tr("salary “%1” names two currencies, %2 and %3").arg(text, a, b);
        return false;
    };
    if (found.written.isEmpty()) {
        found = {code, candidates, written};
        return true;
    }
    const bool foundShared = !found.candidates.isEmpty();
    const bool thisShared = !candidates.isEmpty();
    const QString before = foundShared ? found.written : found.code;
    const QString now = thisShared ? written : code;
    if (!foundShared && !thisShared)
        return found.code == code ? true : clash(before, now);
    if (foundShared && thisShared)
        return found.candidates == candidates ? true : clash(before, now);
    // A shared sign beside a code says which of its currencies it is ("$60,000 CAD").
    const QString definite = thisShared ? found.code : code;
    const QStringList &possible = thisShared ? candidates : found.candidates;
    if (!possible.contains(definite))
        return clash(before, now);
    found = {definite, {}, thisShared ? found.written : written};
    return true;
}

} // namespace

std::optional<SalaryText> SalaryText::read(const QString &input, QString *problem)
{
    const QString text = input.trimmed();
    auto fail = [problem](const QString &message) -> std::optional<SalaryText> {
        if (problem)
            *problem = message;
        return std::nullopt;
    };
    QList<Amount> amounts;
    CurrencyFound currency;
    bool plus = false;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c.isDigit()) {
            const auto amount = readAmount(text, i);
            if (!amount)
                return fail(tr("salary “%1” has an amount that is not a number").arg(text));
            i = amount->end;
            const qsizetype after = skipSpaces(text, i);
            if (after < text.size() && text.at(after) == QLatin1Char('%')) {
                i = after + 1; // a share ("+ 10% bonus"), not an amount
                continue;
            }
            if (i < text.size() && text.at(i) == QLatin1Char('+'))
                plus = true; // "$150k+", not "€60,000 + bonus"

            amounts << *amount;
            continue;
        }
        if (const Sign *sign = signAt(text, i)) {
            if (!addCurrency(currency, sign->code, sign->shared, sign->text, text, problem))
                return std::nullopt;
            i += sign->text.size();
            continue;
        }
        if (c.isLetter()) {
            qsizetype end = i;
            while (end < text.size() && text.at(end).isLetter())
                ++end;
            const QString word = text.mid(i, end - i);
            // A code in capitals anywhere; in lower case only beside an amount ("60k eur").
            const qsizetype next = skipSpaces(text, end);
            const bool besideAmount =
                (!amounts.isEmpty() && skipSpaces(text, amounts.constLast().end) == i) ||
                (next < text.size() && text.at(next).isDigit());
            if (word.size() == CodeLength && Currencies::isKnownCode(word) &&
                (word == word.toUpper() || besideAmount)) {
                if (!addCurrency(currency, word.toUpper(), nullptr, word, text, problem))
                    return std::nullopt;
            } else if (word.compare(QLatin1String("kr"), Qt::CaseInsensitive) == 0) {
                if (!addCurrency(currency, QString(), &kronor, word, text, problem))
                    return std::nullopt;
            }
            i = end;
            continue;
        }
        ++i;
    }
    if (amounts.isEmpty())
        return fail(tr("salary “%1” has no amount").arg(text));
    if (amounts.size() > 2)
        return fail(tr("salary “%1” has more than two amounts").arg(text));

    SalaryText salary;
    salary.amountCount = int(amounts.size());
    salary.currency = currency.code;
    salary.candidates = currency.candidates;
    salary.currencyWritten = currency.written;
    for (const auto &[pattern, period] : periodPatterns()) {
        const QRegularExpressionMatch match = pattern.match(text);
        if (!match.hasMatch())
            continue;
        if (salary.period && *salary.period != period)
            return fail(tr("salary “%1” names two pay periods, %2 and %3")
                            .arg(text, periodName(*salary.period), periodName(period)));
        salary.period = period;
        salary.periodWritten = match.captured().trimmed();
    }

    Amount first = amounts.constFirst();
    if (amounts.size() == 2) {
        const Amount &second = amounts.constLast();
        if (first.suffix == 1 && second.suffix > 1 && first.value < SuffixSharedBelow)
            first.suffix = second.suffix; // "50-60k"
        salary.min = first.value * first.suffix;
        salary.max = second.value * second.suffix;
        if (!std::isfinite(*salary.min) || !std::isfinite(*salary.max))
            return fail(tr("salary “%1” has an amount that is not a number").arg(text));
        return salary;
    }
    const double value = first.value * first.suffix;
    if (!std::isfinite(value))
        return fail(tr("salary “%1” has an amount that is not a number").arg(text));
    const QString folded = text.toCaseFolded();
    if (plus || startsWithAny(folded, {"from", "starting", "at least", "min", "ab ", "ab:", "à partir",
                                       "a partir", "desde", "mindestens"}))
        salary.min = value;
    else if (startsWithAny(folded, {"up to", "upto", "to ", "max", "bis", "jusqu", "hasta", "höchstens"}))
        salary.max = value;
    else
        salary.min = salary.max = value;
    return salary;
}

std::optional<QString> SalaryText::currencyCode(const QString &input, QStringList *candidates)
{
    const QString text = input.trimmed();
    for (const Sign &sign : signs()) {
        if (text == sign.text) {
            if (candidates)
                *candidates = sign.shared ? *sign.shared : QStringList();
            return sign.code;
        }
    }
    if (text.compare(QLatin1String("kr"), Qt::CaseInsensitive) == 0 ||
        text.compare(QLatin1String("kr."), Qt::CaseInsensitive) == 0) {
        if (candidates)
            *candidates = kronor;
        return QString();
    }
    static const QRegularExpression capitals(QStringLiteral("^[A-Z]{3}$"));
    if (Currencies::isKnownCode(text) || capitals.match(text).hasMatch()) {
        if (candidates)
            candidates->clear();
        return text.toUpper();
    }
    return std::nullopt;
}

std::optional<QString> SalaryText::resolveCurrency(const QString &column, QString *problem) const
{
    if (candidates.isEmpty()) {
        // What the amounts name wins over the column; else the column's.
        return currency.isEmpty() ? column : currency;
    }
    if (column.isEmpty()) {
        if (!currency.isEmpty())
            return currency; // a bare "$": US dollars (import-format.md)
        *problem = tr("“%1” could be %2: map a currency column that says which")
                       .arg(currencyWritten, candidates.join(QLatin1String(", ")));
        return std::nullopt;
    }
    if (candidates.contains(column))
        return column;
    *problem = tr("the salary is in “%1” (%2) but the currency column says %3")
                   .arg(currencyWritten, candidates.join(QLatin1String(", ")), column);
    return std::nullopt;
}

} // namespace jobexplorer
