#include "spellhighlighter.h"

#include "spellchecker.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wiredesk {

SpellHighlighter::SpellHighlighter(SpellChecker *checker, QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_checker(checker)
{ }

void SpellHighlighter::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    rehighlight();
}

QList<std::pair<int, int>> SpellHighlighter::checkableWords(const QString &text)
{
    // Mask tokens that are addresses rather than words.
    static const QRegularExpression address(
        u"(?:[a-z][a-z0-9+.-]*://|www\\.)\\S+|\\S+@\\S+\\.\\S+"_s, QRegularExpression::CaseInsensitiveOption);
    QList<std::pair<int, int>> masked;
    for (const auto &match : address.globalMatch(text))
        masked.append({int(match.capturedStart()), int(match.capturedEnd())});

    QList<std::pair<int, int>> words;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    int start = -1;
    while (finder.position() >= 0 && finder.position() <= text.size()) {
        const int position = int(finder.position());
        if (finder.boundaryReasons() & QTextBoundaryFinder::StartOfItem)
            start = position;
        if ((finder.boundaryReasons() & QTextBoundaryFinder::EndOfItem) && start >= 0) {
            const QStringView word = QStringView(text).mid(start, position - start);
            bool hasLetter = false;
            bool hasDigit = false;
            bool allUpper = true;
            for (const QChar c : word) {
                hasLetter = hasLetter || c.isLetter();
                hasDigit = hasDigit || c.isDigit();
                if (c.isLetter() && !c.isUpper())
                    allUpper = false;
            }
            const bool inAddress = std::any_of(masked.begin(), masked.end(),
                [&](const auto &range) { return start < range.second && position > range.first; });
            if (hasLetter && !hasDigit && !(allUpper && word.size() > 1) && !inAddress)
                words.append({start, position - start});
            start = -1;
        }
        if (finder.toNextBoundary() < 0)
            break;
    }
    return words;
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (!m_enabled || !m_checker || !m_checker->isReady())
        return;
    QTextCharFormat misspelled;
    misspelled.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    misspelled.setUnderlineColor(QColor(0xd0, 0x20, 0x20));
    for (const auto &[start, length] : checkableWords(text)) {
        if (!m_checker->isCorrect(text.mid(start, length)))
            setFormat(start, length, misspelled);
    }
}

} // namespace Wiredesk
