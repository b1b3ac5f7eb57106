#pragma once

#include <QString>
#include <QStringView>

namespace jobexplorer {

// ISO 4217 currency codes, as salaries name them ("EUR", "NOK") and filters select them
// (salary>=200k eur). Without exchange rates the program never converts between them.
class Currencies final
{
public:
    // Whether code (three letters, any case) is a currency code: one of Qt's locales (CLDR)
    // uses it. Codes of currencies no longer in use may be missing.
    static bool isKnownCode(QStringView code);
};

} // namespace jobexplorer
