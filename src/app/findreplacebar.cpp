#include "findreplacebar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Wiredesk {

FindReplaceBar::FindReplaceBar(QTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setAccessibleName(tr("Find and replace"));
    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setAccessibleName(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace = new QLineEdit(this);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(tr("Replace with"));
    m_case = new QCheckBox(tr("Match &case"), this);
    m_words = new QCheckBox(tr("&Whole words"), this);
    m_status = new QLabel(this);
    auto *next = new QPushButton(tr("&Next"), this);
    auto *previous = new QPushButton(tr("&Previous"), this);
    auto *replace = new QPushButton(tr("&Replace"), this);
    auto *replaceAllButton = new QPushButton(tr("Replace &All"), this);
    auto *close = new QToolButton(this);
    close->setText(u"✕"_s);
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Esc)"));
    for (QPushButton *button : {next, previous, replace, replaceAllButton})
        button->setAutoDefault(false);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(previous, 0, 1);
    layout->addWidget(next, 0, 2);
    layout->addWidget(m_case, 0, 3);
    layout->addWidget(m_words, 0, 4);
    layout->addWidget(m_status, 0, 5);
    layout->addWidget(close, 0, 6);
    layout->addWidget(m_replace, 1, 0);
    layout->addWidget(replace, 1, 1);
    layout->addWidget(replaceAllButton, 1, 2);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(5, 1);
    m_replaceRow = {m_replace, replace, replaceAllButton};

    connect(next, &QPushButton::clicked, this, &FindReplaceBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(replace, &QPushButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(replaceAllButton, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(m_find, &QLineEdit::returnPressed, this, &FindReplaceBar::findNext);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replaceCurrent);
    connect(m_find, &QLineEdit::textEdited, this, [this] { m_status->clear(); });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
        Q_EMIT closed();
    });
    hide();
}

void FindReplaceBar::setReplaceVisible(bool visible)
{
    for (QWidget *widget : std::as_const(m_replaceRow))
        widget->setVisible(visible);
}

void FindReplaceBar::showFind()
{
    setReplaceVisible(false);
    show();
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void FindReplaceBar::showReplace()
{
    showFind();
    setReplaceVisible(true);
}

void FindReplaceBar::setCaseSensitive(bool on)
{
    m_case->setChecked(on);
}

void FindReplaceBar::setWholeWords(bool on)
{
    m_words->setChecked(on);
}

bool FindReplaceBar::find(bool backward)
{
    const QString query = m_find->text();
    if (query.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_case->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    if (m_words->isChecked())
        flags |= QTextDocument::FindWholeWords;
    QTextDocument *document = m_editor->document();
    QTextCursor found = document->find(query, m_editor->textCursor(), flags);
    if (found.isNull()) { // wrap around
        QTextCursor start(document);
        if (backward)
            start.movePosition(QTextCursor::End);
        found = document->find(query, start, flags);
    }
    if (found.isNull()) {
        m_status->setText(tr("Not found"));
        return false;
    }
    m_status->clear();
    m_editor->setTextCursor(found);
    m_editor->ensureCursorVisible();
    return true;
}

bool FindReplaceBar::findNext()
{
    return find(false);
}

bool FindReplaceBar::findPrevious()
{
    return find(true);
}

bool FindReplaceBar::selectionMatches() const
{
    const QString selected = m_editor->textCursor().selectedText();
    return !selected.isEmpty()
        && selected.compare(m_find->text(), m_case->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0;
}

bool FindReplaceBar::replaceCurrent()
{
    if (m_editor->isReadOnly())
        return false;
    if (selectionMatches()) {
        QTextCursor cursor = m_editor->textCursor();
        cursor.insertText(m_replace->text());
        m_editor->setTextCursor(cursor);
    }
    return findNext();
}

int FindReplaceBar::replaceAll()
{
    const QString query = m_find->text();
    if (query.isEmpty() || m_editor->isReadOnly())
        return 0;
    QTextDocument::FindFlags flags;
    if (m_case->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    if (m_words->isChecked())
        flags |= QTextDocument::FindWholeWords;
    QTextDocument *document = m_editor->document();
    // Collect first, then replace inside one edit block: the editor reports one change.
    QList<QTextCursor> matches;
    for (QTextCursor found = document->find(query, 0, flags); !found.isNull();
         found = document->find(query, found, flags))
        matches.append(found);
    if (matches.isEmpty()) {
        m_status->setText(tr("Not found"));
        return 0;
    }
    if (m_undoStack)
        m_undoStack->beginMacro(tr("Replace All"));
    QTextCursor edit(document);
    edit.beginEditBlock();
    for (QTextCursor &match : matches)
        match.insertText(m_replace->text()); // cursors track earlier replacements
    edit.endEditBlock();
    if (m_undoStack)
        m_undoStack->endMacro();
    m_status->setText(tr("%n replaced", nullptr, int(matches.size())));
    return int(matches.size());
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        Q_EMIT closed();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Wiredesk
