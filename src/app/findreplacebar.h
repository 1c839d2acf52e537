#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTextEdit;
class QUndoStack;

namespace Wiredesk {

/// Find and replace over a text editor, shown as a bar below it (Ctrl+F / Ctrl+H).
///
/// Searches forward and backward with wrap-around, optionally case-sensitive and by whole
/// word. "Replace All" is one edit block of the editor, and when an undo stack is set it is
/// wrapped in a macro, so it is always a single undo step however many places it touched.
class FindReplaceBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindReplaceBar(QTextEdit *editor, QWidget *parent = nullptr);

    /// The article's undo stack: Replace All becomes one macro on it.
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }

    /// Shows the bar for finding (replace row hidden) or replacing, focused on the query.
    void showFind();
    void showReplace();

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    void setCaseSensitive(bool on);
    void setWholeWords(bool on);

    bool findNext();
    bool findPrevious();
    /// Replaces the current match (if the selection is one) and moves to the next.
    bool replaceCurrent();
    /// Returns the number of replacements.
    int replaceAll();

Q_SIGNALS:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool find(bool backward);
    bool selectionMatches() const;
    void setReplaceVisible(bool visible);

    QTextEdit *m_editor;
    QUndoStack *m_undoStack = nullptr;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QCheckBox *m_case = nullptr;
    QCheckBox *m_words = nullptr;
    QLabel *m_status = nullptr;
    QList<QWidget *> m_replaceRow;
};

} // namespace Wiredesk
