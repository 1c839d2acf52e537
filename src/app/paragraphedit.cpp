#include "paragraphedit.h"

#include "spellhighlighter.h"
#include "spellingmenu.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QtMath>

#include <memory>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

/// Line breaks (including U+2028 and U+2029, which QPlainTextEdit uses) and tabs as spaces.
QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return text;
}

} // namespace

ParagraphEdit::ParagraphEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setUndoRedoEnabled(false); // the article's undo stack is the one history
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(
        document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this, [this] { fitHeight(); });
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        const QString now = text();
        if (now == m_lastText)
            return; // formats only (the spell checker) or no change
        m_lastText = now;
        if (m_setting)
            return;
        m_changedSinceFinished = true;
        Q_EMIT textEdited(now);
    });
    fitHeight();
}

QString ParagraphEdit::text() const
{
    return oneLine(toPlainText());
}

void ParagraphEdit::setText(const QString &text)
{
    const QString line = oneLine(text);
    if (line == toPlainText())
        return;
    m_setting = true;
    setPlainText(line);
    m_setting = false;
    moveCursor(hasFocus() ? QTextCursor::End : QTextCursor::Start);
}

void ParagraphEdit::setLineRange(int minimumLines, int maximumLines)
{
    m_minimumLines = qMax(1, minimumLines);
    m_maximumLines = qMax(m_minimumLines, maximumLines);
    fitHeight();
}

int ParagraphEdit::lineCount() const
{
    // QPlainTextDocumentLayout measures its height in lines.
    return qMax(1, int(document()->documentLayout()->documentSize().height()));
}

void ParagraphEdit::setSpellChecker(SpellChecker *checker)
{
    m_checker = checker;
    delete m_highlighter;
    m_highlighter = checker ? new SpellHighlighter(checker, document()) : nullptr;
    if (m_highlighter)
        m_highlighter->setEnabled(m_spellChecking);
}

void ParagraphEdit::setSpellCheckingEnabled(bool on)
{
    m_spellChecking = on;
    if (m_highlighter)
        m_highlighter->setEnabled(on);
}

void ParagraphEdit::recheckSpelling()
{
    if (m_highlighter)
        m_highlighter->rehighlight();
}

int ParagraphEdit::heightForLines(int lines) const
{
    // The height of a line as laid out (a bold or larger font's lines are taller than its
    // metrics' line spacing once rounded), and the margins QPlainTextEdit keeps when it
    // decides whether the last line is in sight (the document margin above and below, and one
    // pixel): one pixel short and it shows a scroll bar for a text that fits.
    qreal lineHeight = fontMetrics().lineSpacing();
    const QTextLayout *layout = document()->firstBlock().layout();
    if (layout && layout->lineCount() > 0)
        lineHeight = qMax(lineHeight, layout->lineAt(0).height());
    const QMargins margins = contentsMargins();
    return qCeil(lines * lineHeight + 2 * document()->documentMargin()) + 1 + margins.top() + margins.bottom();
}

QSize ParagraphEdit::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), heightForLines(qBound(m_minimumLines, lineCount(), m_maximumLines))};
}

QSize ParagraphEdit::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), heightForLines(m_minimumLines)};
}

void ParagraphEdit::fitHeight()
{
    const int height = heightForLines(qBound(m_minimumLines, lineCount(), m_maximumLines));
    if (height != this->height() || minimumHeight() != height) {
        setFixedHeight(height);
        // Grown to fit: whatever scrolled out of sight while it was smaller comes back.
        if (lineCount() <= m_maximumLines)
            verticalScrollBar()->setValue(0);
    }
}

void ParagraphEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    // A new width wraps the text into more or fewer lines; the layout does not say so.
    fitHeight();
}

void ParagraphEdit::finishEditing()
{
    m_changedSinceFinished = false;
    Q_EMIT editingFinished();
}

void ParagraphEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        // One paragraph: Return is done, as in a line field, and moves on to the next field.
        finishEditing();
        if (!(event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)))
            focusNextChild();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void ParagraphEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (m_changedSinceFinished && event->reason() != Qt::PopupFocusReason)
        finishEditing();
}

bool ParagraphEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasText();
}

void ParagraphEdit::insertFromMimeData(const QMimeData *source)
{
    // Plain text only, on one line; runs of white space from a pasted paragraph become one.
    static const QRegularExpression spaces(u"\\s+"_s);
    QString text = oneLine(source->text());
    text.replace(spaces, u" "_s);
    textCursor().insertText(text);
    ensureCursorVisible();
}

void ParagraphEdit::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    QTextCursor word = cursorForPosition(event->pos());
    word.select(QTextCursor::WordUnderCursor);
    SpellingMenu::prepend(
        menu.get(), word, m_spellChecking ? m_checker : nullptr,
        [this](const QTextCursor &replaced) { setTextCursor(replaced); },
        [this] {
            recheckSpelling();
            Q_EMIT spellingLearned();
        });
    menu->exec(event->globalPos());
}

} // namespace Wiredesk
