#include "spellingstatus.h"

#include "semanticcolors.h"
#include "spellchecker.h"

#include <QEvent>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

/// "German (Germany)" for "de_DE", "French" for "fr", in the user interface's language.
QString languageName(const QString &code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    const QString language = QLocale::languageToString(locale.language());
    const bool territory = code.contains(u'_') || code.contains(u'-');
    return territory ? u"%1 (%2)"_s.arg(language, QLocale::territoryToString(locale.territory())) : language;
}

} // namespace

SpellingStatus::SpellingStatus(QWidget *parent)
    : QLabel(parent)
{
    setAccessibleName(tr("Spelling dictionary"));
    setContentsMargins(8, 0, 8, 0);
    setTextFormat(Qt::RichText);
}

void SpellingStatus::describe(const SpellChecker &checker, bool enabled)
{
    m_enabled = enabled;
    m_ready = checker.isReady();
    m_language = checker.language();
    m_dictionary = checker.dictionary();
    m_paths = checker.searchPaths();
    render();
}

void SpellingStatus::render()
{
    if (!m_enabled) {
        setText(tr("Spelling: off").toHtmlEscaped());
        setToolTip(tr("Spelling is not checked while typing (Edit → Check Spelling While Typing)."));
        return;
    }
    if (m_ready) {
        setText(tr("Spelling: %1").arg(languageName(m_dictionary)).toHtmlEscaped());
        setToolTip(tr("Headline, dek and body are checked with the Hunspell dictionary %1.").arg(m_dictionary));
        return;
    }
    // The warning colour of the palette in use: render() runs again when it changes.
    const QString colour = SemanticColors::color(SemanticColors::Role::Warning, palette()).name();
    setText(u"<span style=\"color:%1\">%2</span>"_s.arg(
        colour, tr("No spelling dictionary for %1").arg(languageName(m_language)).toHtmlEscaped()));
    const QString package = u"hunspell-"_s + m_language.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    setToolTip(tr("Words in this language are not checked. Install a Hunspell dictionary for it (on Debian and "
                  "Ubuntu: the %1 package); Wiredesk looks in %2.")
                   .arg(package, m_paths.join(u", "_s)));
}

void SpellingStatus::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_enabled && !m_ready && !m_language.isEmpty())
        render();
}

} // namespace Wiredesk
