#include "Translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace jobexplorer {

namespace {

std::unique_ptr<QTranslator> ownTranslator;
std::unique_ptr<QTranslator> qtTranslator;
QString currentCode = QStringLiteral("en");

QLocale localeFor(const QString &code)
{
    // The system's own variant when it speaks this language (de_AT, fr_CA), else the main one.
    const QLocale system = QLocale::system();
    const QLocale wanted(code);
    if (system.language() == wanted.language())
        return system;
    if (code == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return wanted;
}

} // namespace

QList<Translations::Language> Translations::available()
{
    // Each language under its own name, so that anyone can find theirs.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

bool Translations::isAvailable(const QString &code)
{
    for (const Language &language : available()) {
        if (language.code == code)
            return true;
    }
    return false;
}

QString Translations::systemLanguage()
{
    const QString code = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return isAvailable(code) ? code : QStringLiteral("en");
}

bool Translations::install(const QString &code)
{
    if (!isAvailable(code))
        return false;
    auto own = std::make_unique<QTranslator>();
    auto qt = std::make_unique<QTranslator>();
    const bool english = code == QLatin1String("en");
    if (!english && !own->load(QStringLiteral(":/i18n/jobexplorer_%1.qm").arg(code)))
        return false;
    // Qt's own strings ("Cancel", "Save"): optional, present where qt6-translations-l10n is.
    const bool qtLoaded = !english && qt->load(QStringLiteral("qtbase_%1").arg(code),
                                               QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    if (ownTranslator)
        QCoreApplication::removeTranslator(ownTranslator.get());
    if (qtTranslator)
        QCoreApplication::removeTranslator(qtTranslator.get());
    ownTranslator.reset();
    qtTranslator.reset();
    QLocale::setDefault(localeFor(code));
    if (!english) {
        ownTranslator = std::move(own);
        QCoreApplication::installTranslator(ownTranslator.get());
        if (qtLoaded) {
            qtTranslator = std::move(qt);
            QCoreApplication::installTranslator(qtTranslator.get());
        }
    }
    currentCode = code;
    return true;
}

QString Translations::current()
{
    return currentCode;
}

} // namespace jobexplorer
