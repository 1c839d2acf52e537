#include "notesthreadview.h"

#include "semanticcolors.h"
#include "sourcelistmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wiredesk {

NotesThreadView::NotesThreadView(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_thread = new QTextBrowser(this);
    m_thread->setAccessibleName(tr("Notes"));
    m_thread->setOpenLinks(false);
    m_note = new QPlainTextEdit(this);
    m_note->setAccessibleName(tr("New note"));
    m_note->setPlaceholderText(tr("Add a note: what you checked, how, and what you found"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Status change"));
    m_status->addItem(tr("No status change"), QString());
    for (const QString &status : SourceListModel::statuses())
        m_status->addItem(tr("Set to %1").arg(SourceListModel::statusLabel(status)), status);
    m_add = new QPushButton(tr("Add Note"), this);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_status, 1);
    row->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_thread, 1);
    layout->addWidget(m_note);
    layout->addLayout(row);

    connect(m_note, &QPlainTextEdit::textChanged, this, &NotesThreadView::updateAdd);
    connect(m_status, &QComboBox::currentIndexChanged, this, &NotesThreadView::updateAdd);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString text = m_note->toPlainText().trimmed();
        const QString status = m_status->currentData().toString();
        if (m_targetId.isEmpty() || (text.isEmpty() && status.isEmpty()))
            return;
        const QString target = m_targetId;
        const qsizetype before = m_notes.size();
        Q_EMIT noteRequested(m_kind, m_targetId, text, status);
        // Cleared once the note shows in the thread. When it could not be saved (a full
        // disk, a locked database: the status bar says so) the words stay for another try.
        if (m_targetId == target && m_notes.size() > before) {
            m_note->clear();
            m_status->setCurrentIndex(0);
        }
    });
    setThread(Annotation::TargetKind::Source, QString(), QString(), {});
}

void NotesThreadView::setThread(
    Annotation::TargetKind kind, const QString &targetId, const QString &title, const QList<Annotation> &notes)
{
    m_kind = kind;
    m_targetId = targetId;
    m_notes = notes;
    setEnabled(!targetId.isEmpty());
    if (targetId.isEmpty()) {
        m_title->setText(tr("Choose a source or a cited passage to see its notes."));
        m_thread->clear();
        updateAdd();
        return;
    }
    m_title->setText(kind == Annotation::TargetKind::Source
            ? tr("<b>Notes on the source</b> %1").arg(title.toHtmlEscaped())
            : tr("<b>Notes on the claim</b> %1").arg(title.toHtmlEscaped()));
    showNotes();
    updateAdd();
}

void NotesThreadView::showNotes()
{
    if (m_targetId.isEmpty())
        return;
    // Colours for the palette in use: showNotes() runs again when it changes (dark mode).
    const QString muted = SemanticColors::color(SemanticColors::Role::Muted, palette()).name();
    const QString info = SemanticColors::color(SemanticColors::Role::Info, palette()).name();
    QString html;
    if (m_notes.isEmpty())
        html = u"<p><i>"_s + tr("No notes yet.").toHtmlEscaped() + u"</i></p>"_s;
    for (const Annotation &note : std::as_const(m_notes)) {
        html += u"<p><b>"_s + note.author.toHtmlEscaped() + u"</b> <span style=\"color:"_s + muted + u"\">"_s
            + QLocale().toString(note.time.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped() + u"</span>"_s;
        if (note.changesStatus())
            html += u"<br><span style=\"color:"_s + info + u"\">"_s
                + tr("Status: %1 → %2")
                      .arg(SourceListModel::statusLabel(note.statusFrom), SourceListModel::statusLabel(note.statusTo))
                      .toHtmlEscaped()
                + u"</span>"_s;
        if (!note.text.isEmpty())
            html += u"<br>"_s + note.text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
        html += u"</p>"_s;
    }
    m_thread->setHtml(html);
    m_thread->moveCursor(QTextCursor::End);
}

void NotesThreadView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showNotes();
}

void NotesThreadView::updateAdd()
{
    m_add->setEnabled(!m_targetId.isEmpty()
        && (!m_note->toPlainText().trimmed().isEmpty() || !m_status->currentData().toString().isEmpty()));
}

} // namespace Wiredesk
