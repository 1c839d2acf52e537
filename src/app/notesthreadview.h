#pragma once

#include "annotation.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace Wiredesk {

/// The fact-checker's thread on one source or one cited claim: every note with its author,
/// time and status change (the status history reads top to bottom), and a field to add a
/// note with an optional new status. The notes themselves live in ProvenanceStore; this view
/// only shows them and asks for new ones (noteRequested()).
class NotesThreadView final : public QWidget
{
    Q_OBJECT

public:
    explicit NotesThreadView(QWidget *parent = nullptr);

    /// Shows @p notes (oldest first) on the target named @p title; an empty target disables
    /// the view.
    void setThread(
        Annotation::TargetKind kind, const QString &targetId, const QString &title, const QList<Annotation> &notes);
    Annotation::TargetKind targetKind() const { return m_kind; }
    QString targetId() const { return m_targetId; }
    int noteCount() const { return int(m_notes.size()); }

    QTextBrowser *threadView() const { return m_thread; }
    QPlainTextEdit *noteField() const { return m_note; }
    QComboBox *statusField() const { return m_status; }
    QPushButton *addButton() const { return m_add; }

Q_SIGNALS:
    /// Add a note with @p text; @p newStatus is empty for no status change.
    void noteRequested(
        Wiredesk::Annotation::TargetKind kind, const QString &targetId, const QString &text, const QString &newStatus);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateAdd();
    void showNotes();

    Annotation::TargetKind m_kind = Annotation::TargetKind::Source;
    QString m_targetId;
    QList<Annotation> m_notes;
    QLabel *m_title = nullptr;
    QTextBrowser *m_thread = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QComboBox *m_status = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace Wiredesk
