#pragma once

#include <QSyntaxHighlighter>

namespace Wiredesk {

class SpellChecker;

/// Underlines misspelled words in a text document with the platform's spell-check squiggle.
///
/// Only layout formats are touched, never the document's own char formats, so the
/// underline never reaches the exported article. URLs, e-mail addresses, words with
/// digits and ALL-CAPS abbreviations are skipped: they are names, not spelling.
class SpellHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    SpellHighlighter(SpellChecker *checker, QTextDocument *document);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    /// Word boundaries of @p text that the checker should judge, as (start, length) pairs.
    static QList<std::pair<int, int>> checkableWords(const QString &text);

protected:
    void highlightBlock(const QString &text) override;

private:
    SpellChecker *m_checker;
    bool m_enabled = true;
};

} // namespace Wiredesk
