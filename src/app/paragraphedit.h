#pragma once

#include <QPlainTextEdit>

namespace Wiredesk {

class SpellChecker;
class SpellHighlighter;

/// A field for one paragraph of plain text, such as a headline or a dek, that shows all of it.
///
/// Unlike QLineEdit it wraps, and it grows with its text from minimumLines() up to
/// maximumLines() (then it scrolls), so a long headline is read whole while it is written.
/// It holds one paragraph: Return and Enter finish the edit and move on, pasted or dropped
/// line breaks and tabs become spaces. Misspellings are underlined with a SpellChecker owned
/// elsewhere (the body's, so all fields learn the same words), and the context menu offers
/// the suggestions. Its own undo history is off: the article's is the one history.
/// textEdited() fires for the user's changes only, not for setText().
class ParagraphEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit ParagraphEdit(QWidget *parent = nullptr);

    /// The text as one line: any line break in the document reads as a space.
    QString text() const;
    /// Replaces the text without textEdited(); the cursor goes to the end when the field has
    /// the focus (as QLineEdit does), else the start shows.
    void setText(const QString &text);

    void setLineRange(int minimumLines, int maximumLines);
    int minimumLines() const { return m_minimumLines; }
    int maximumLines() const { return m_maximumLines; }
    /// Lines the text takes at the current width.
    int lineCount() const;

    /// Underlines misspellings found by @p checker (not owned; null turns checking off).
    void setSpellChecker(SpellChecker *checker);
    /// Checks the words again (after the dictionary or its language changed).
    void recheckSpelling();
    /// Underlines misspellings (and offers suggestions) only while @p on.
    void setSpellCheckingEnabled(bool on);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The user changed the text (typing, paste, cut, drop, a spelling suggestion).
    void textEdited(const QString &text);
    /// Return or Enter was pressed, or the field lost the focus after a change.
    void editingFinished();
    /// The user added a word to the dictionary or ignored it from this field's menu.
    void spellingLearned();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int heightForLines(int lines) const;
    void fitHeight();
    void finishEditing();

    SpellChecker *m_checker = nullptr;
    SpellHighlighter *m_highlighter = nullptr;
    QString m_lastText;
    int m_minimumLines = 1;
    int m_maximumLines = 3;
    bool m_setting = false;
    bool m_changedSinceFinished = false;
    bool m_spellChecking = true;
};

} // namespace Wiredesk
