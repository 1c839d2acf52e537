#pragma once

#include <QCoreApplication>
#include <QTextCursor>

#include <functional>

class QMenu;

namespace Wiredesk {

class SpellChecker;

/// The spelling entries at the top of a text field's context menu: the checker's
/// suggestions for the misspelled word under the mouse (bold, each replaces the word),
/// "Add to Dictionary" and "Ignore". The article body, the headline and the dek share it,
/// so a word learned in one field is learned in all.
class SpellingMenu final
{
    Q_DECLARE_TR_FUNCTIONS(SpellingMenu)

public:
    /// Adds the entries for the word @p word selects (a cursor from
    /// QTextCursor::select(WordUnderCursor)) in front of @p menu's first action. Nothing when
    /// the checker has no dictionary or the word is correct (false). @p replaced gets the cursor
    /// of the replaced word, @p learned runs after the word was added or ignored.
    static bool prepend(QMenu *menu, QTextCursor word, SpellChecker *checker,
        const std::function<void(const QTextCursor &)> &replaced, const std::function<void()> &learned);
};

} // namespace Wiredesk
