#pragma once

#include "PostingTypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace jobexplorer {

// A salary as written in one cell, with the currency and the pay period written beside its
// amounts, wherever they are: "€50,000 – €60,000", "50-60k EUR", "$55/hr", "CHF 120'000 p.a.",
// "from £45k a year", "60.000 € brutto/Jahr", "NOK 900 000–1 100 000". The rules are in
// import-format.md (Salary); the importer decides what a currency or period column adds.
class SalaryText final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::SalaryText)
public:
    std::optional<double> min;
    std::optional<double> max;
    int amountCount = 0; // 1 ("from $150k", "€60,000") or 2 (a range)
    // The currency the text names, an ISO 4217 code; empty when it names none. A symbol that
    // several currencies use ("$", "kr", "¥") gives its usual meaning ("USD" for a bare "$",
    // none for "kr" and "¥") and, in candidates, every code it may stand for, so that a
    // currency column can say which one it is.
    QString currency;
    QStringList candidates;
    QString currencyWritten; // as written: "€", "EUR", "$"
    std::optional<PayPeriod> period;
    QString periodWritten; // as written: "/hr", "p.a.", "an hour"

    // The salary text says; std::nullopt and *problem (a reason for a rejected row that quotes
    // the text: salary “€50k – $60k” names two currencies, EUR and USD) when it holds no amount,
    // more than two, two currencies or two pay periods.
    static std::optional<SalaryText> read(const QString &text, QString *problem = nullptr);

    // A currency cell ("EUR", "eur", "€", "US$", "kr"): its code, empty for a symbol without a
    // usual meaning ("kr"), with *candidates as read() gives them; std::nullopt when the text is
    // not a currency. Codes in lower case must be known ISO 4217 codes; three capitals are taken
    // as a code even when Qt does not know it.
    static std::optional<QString> currencyCode(const QString &text, QStringList *candidates = nullptr);

    // The currency of these amounts when a currency column (or mapping) says column (empty for
    // none): what the text names wins; a symbol several currencies use takes the column's
    // currency when it is one of them. Empty when neither names one. std::nullopt and *problem
    // when they contradict ("$" beside a column saying EUR) or nothing says which of several
    // ("kr" without a column).
    std::optional<QString> resolveCurrency(const QString &column, QString *problem) const;
};

} // namespace jobexplorer
