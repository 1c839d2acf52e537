#pragma once

#include <QLocale>
#include <QString>

#include <optional>

class QCoreApplication;
class QTranslator;

namespace Wiredesk {

/// The user interface language, chosen the same way for the app and wiredesk-cli: the
/// system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG as QLocale() reads them, no generated
/// system locales needed) unless --lang names one. Wiredesk's messages are embedded as
/// ":/i18n/wiredesk_<lang>.qm" by this library; a language without a file of its own gets
/// the English plural forms ("1 item", "2 items" rather than the source's "item(s)").
class TranslationLoader final
{
public:
    TranslationLoader() = delete; // only the static functions below

    /// The locale --lang @p code asks for ("de", "fr_FR", "de-CH", "C"); std::nullopt when Qt
    /// knows no such language ("xx", "german").
    static std::optional<QLocale> localeFor(const QString &code);

    /// Loads Wiredesk's messages for @p locale into @p translator: the language's own file,
    /// or else the English plural forms. False only when neither is embedded.
    static bool load(QTranslator *translator, const QLocale &locale);

    /// Makes @p locale the application's: QLocale::setDefault(), Wiredesk's messages and Qt's
    /// own (qtbase, when installed) installed on @p app, which owns the translators.
    static void install(QCoreApplication *app, const QLocale &locale);
};

} // namespace Wiredesk
