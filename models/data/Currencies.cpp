#include "Currencies.h"

#include <QLocale>
#include <QSet>

namespace jobexplorer {

bool Currencies::isKnownCode(QStringView code)
{
    // Every locale's currency, once: about 160 codes.
    static const QSet<QString> codes = [] {
        QSet<QString> all;
        const QList<QLocale> locales =
            QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &locale : locales) {
            const QString iso = locale.currencySymbol(QLocale::CurrencyIsoCode);
            if (iso.size() == 3)
                all.insert(iso);
        }
        return all;
    }();
    return code.size() == 3 && codes.contains(code.toString().toUpper());
}

} // namespace jobexplorer
