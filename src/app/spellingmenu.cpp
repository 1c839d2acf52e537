#include "spellingmenu.h"

#include "spellchecker.h"
#include "spellhighlighter.h"

#include <QAction>
#include <QMenu>

namespace Wiredesk {

bool SpellingMenu::prepend(QMenu *menu, QTextCursor word, SpellChecker *checker,
    const std::function<void(const QTextCursor &)> &replaced, const std::function<void()> &learned)
{
    const QString text = word.selectedText();
    if (!checker || text.isEmpty() || !checker->isReady() || SpellHighlighter::checkableWords(text).isEmpty()
        || checker->isCorrect(text))
        return false;
    QAction *first = menu->actions().value(0);
    const QStringList suggestions = checker->suggestions(text);
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("(No suggestions)"), menu);
        none->setEnabled(false);
        menu->insertAction(first, none);
    }
    for (const QString &suggestion : suggestions) {
        auto *replace = new QAction(suggestion, menu);
        QFont bold = replace->font();
        bold.setBold(true);
        replace->setFont(bold);
        QObject::connect(replace, &QAction::triggered, menu, [word, suggestion, replaced]() mutable {
            word.insertText(suggestion); // keeps the word's char format
            replaced(word);
        });
        menu->insertAction(first, replace);
    }
    menu->insertSeparator(first);
    auto *add = new QAction(tr("&Add to Dictionary"), menu);
    QObject::connect(add, &QAction::triggered, menu, [checker, text, learned] {
        checker->addToPersonal(text);
        learned();
    });
    auto *ignore = new QAction(tr("&Ignore"), menu);
    QObject::connect(ignore, &QAction::triggered, menu, [checker, text, learned] {
        checker->ignore(text);
        learned();
    });
    menu->insertAction(first, add);
    menu->insertAction(first, ignore);
    menu->insertSeparator(first);
    return true;
}

} // namespace Wiredesk
