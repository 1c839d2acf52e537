#pragma once

#include "article.h"
#include "provenancechecksettings.h"
#include "provenancewarning.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Wiredesk {

class ProvenanceStore;

/// The submit gate: before an article leaves (every push to a publishing target, and
/// "Article → Check Before Submitting…") the provenance checks run once more, with the
/// latest link checks from the store. Blocking warnings — ProvenanceWarning::Severity::
/// Blocking: a dead link (404/410), a citation of a removed source, a fabricated or
/// impossible post id, a source dated in the future, an image without credit — stop the
/// send unless the user gives a reason; the reason, the author and the blocking warnings are
/// recorded in ProvenanceStore (table provenance_submit_override, see
/// docs/provenance-format.md). Other warnings are listed but do not block.
class SubmitCheckDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Runs the checks for @p article. Without blocking warnings returns true at once (nothing
    /// shown). With some, shows them: "Send Anyway" needs a non-empty reason, which is
    /// recorded in @p store (may be null: nothing recorded) and returned in @p reasonOut;
    /// Cancel returns false. @p author defaults to NoteAuthor::name().
    static bool confirm(QWidget *parent, const Article &article, ProvenanceStore *store, QString *reasonOut = nullptr,
        const QString &author = QString(), const ProvenanceCheckSettings &settings = ProvenanceCheckSettings());

    /// The warnings that stop a submission.
    static QList<ProvenanceWarning> blockingWarnings(const QList<ProvenanceWarning> &warnings);

    SubmitCheckDialog(const QList<ProvenanceWarning> &warnings, bool reviewOnly, QWidget *parent = nullptr);

    QString reason() const;
    QPlainTextEdit *reasonField() const { return m_reason; }
    QPushButton *sendButton() const { return m_send; }
    QListWidget *warningList() const { return m_list; }

private:
    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace Wiredesk
