#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Wiredesk {

std::optional<QLocale> TranslationLoader::localeFor(const QString &code)
{
    const QLocale locale(code.trimmed());
    // QLocale turns every code it does not know into the C locale.
    if (locale.language() == QLocale::C && code.trimmed().compare(u"C"_s, Qt::CaseInsensitive) != 0
        && code.trimmed().compare(u"POSIX"_s, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return locale;
}

bool TranslationLoader::load(QTranslator *translator, const QLocale &locale)
{
    return translator->load(locale, u"wiredesk"_s, u"_"_s, u":/i18n"_s)
        || translator->load(u"wiredesk_en"_s, u":/i18n"_s);
}

void TranslationLoader::install(QCoreApplication *app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    auto *own = new QTranslator(app);
    if (load(own, locale))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace Wiredesk
