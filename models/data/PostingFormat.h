#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace jobexplorer {

// Formats posting values for display in the current locale. Absent values give empty text.
class PostingFormat final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::PostingFormat)
public:
    // "$179,400 – $224,250", "from $150,000", "up to €80,000"; currency is an ISO 4217 code.
    static QString salaryRange(std::optional<double> min, std::optional<double> max, const QString &currency,
                               const QLocale &locale = QLocale());
    // "$179,400", "179.400 $" in German, "SEK 55,000": a currency without a sign of its own (in
    // this locale) is written by its code, set apart from the number by a no-break space.
    static QString money(double amount, const QString &currency, const QLocale &locale = QLocale());
    // "$168k", "€80k": whole thousands, for axis labels and salary bins; small amounts in full.
    static QString compactMoney(double amount, const QString &currency, const QLocale &locale = QLocale());
    // "1 posting", "1,204 postings".
    static QString postingCount(qsizetype count, const QLocale &locale = QLocale());
    // What a chart or table says for a set of postings none of which states a salary.
    static QString noSalaryStated();
    // "12 postings in other currencies left out": those a salary range in one currency leaves out.
    static QString otherCurrencyLeftOut(qsizetype count, const QLocale &locale = QLocale());
    // "0–2 years", "5+ years", "up to 3 years".
    static QString experience(std::optional<double> min, std::optional<double> max,
                              const QLocale &locale = QLocale());
};

} // namespace jobexplorer
