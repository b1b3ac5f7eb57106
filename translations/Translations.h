#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace jobexplorer {

// The languages the program speaks and switching between them at run time: the program's own
// translations (built in from translations/*.ts) and Qt's (dialog buttons, context menus) where
// they are installed, plus the matching locale for numbers, money and dates. Widgets receive a
// QEvent::LanguageChange when the language changes.
class Translations final
{
    Q_DECLARE_TR_FUNCTIONS(jobexplorer::Translations)
public:
    struct Language
    {
        QString code;       // "de"
        QString nativeName; // "Deutsch"
    };
    static QList<Language> available();
    static bool isAvailable(const QString &code);
    // The system's language when the program speaks it, else English.
    static QString systemLanguage();
    // Installs the translations of code (replacing the current ones) and makes its locale the
    // default. Returns false, changing nothing, for a language the program does not speak.
    static bool install(const QString &code);
    // The installed language's code; "en" before any install().
    static QString current();
};

} // namespace jobexplorer
