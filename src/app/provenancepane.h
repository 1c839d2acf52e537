#pragma once

#include "annotation.h"
#include "article.h"
#include "linkcheckresult.h"
#include "provenancewarning.h"

#include <QHash>
#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QProgressBar;
class QTabWidget;
class QTimer;
class QToolBar;
class QTreeView;
class QTreeWidget;

namespace Wiredesk {

class NotesThreadView;
class SourceDetailForm;
class SourceListModel;

/// The provenance sidebar: the article's sources, each with the spans of the text that cite
/// it; a detail form, the notes thread and the link-check history of the chosen source (or
/// the thread of the chosen cited claim); the link-check progress with Cancel; and the
/// checks panel — the warnings ProvenanceChecker finds, updated as the article changes.
///
/// It is a view: every change it offers (add, edit, delete, merge sources, add a note, check
/// links) is announced as a request signal and carried out by ProvenanceController, which
/// owns the article document and the store.
class ProvenancePane final : public QWidget
{
    Q_OBJECT

public:
    explicit ProvenancePane(QWidget *parent = nullptr);

    /// Shows the article's sources now and re-runs the checks shortly after the last change.
    void setArticle(const Article &article);
    const Article &article() const { return m_article; }
    /// The newest link check per source id (list, warnings).
    void setChecks(const QHash<QString, LinkCheckResult> &checks);
    SourceListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QListWidget *warningList() const { return m_warnings; }
    QList<ProvenanceWarning> warnings() const { return m_current; }
    SourceDetailForm *detailForm() const { return m_detail; }
    NotesThreadView *notesView() const { return m_notes; }
    QTreeWidget *checkHistoryView() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }
    QProgressBar *checkProgress() const { return m_progress; }
    QAction *checkLinksAction() const { return m_checkLinks; }
    QAction *cancelChecksAction() const { return m_cancelChecks; }
    QAction *addSourcesAction() const { return m_addSources; }
    QAction *addBlankAction() const { return m_addBlank; }
    QAction *deleteSourceAction() const { return m_delete; }
    QAction *mergeAction() const { return m_merge; }
    /// Runs the pending checks at once (tests, and before submitting).
    void checkNow();

    /// The chosen source (a citation row counts as its source); empty when none.
    QString currentSourceId() const;
    /// The chosen cited span ("<block>/<n>"); empty when a source row or nothing is chosen.
    QString currentCitationId() const;
    /// Selects the rows of @p sourceIds without announcing it as the user's choice (the
    /// editor's cursor is on text citing them).
    void selectSources(const QStringList &sourceIds);
    /// Selects one source (and shows it); false if the article has no such source.
    bool selectSource(const QString &sourceId);

    void showThread(Annotation::TargetKind kind, const QString &targetId, const QList<Annotation> &notes);
    void showCheckHistory(const QString &sourceId, const QList<LinkCheckResult> &history);
    /// Link-check progress: @p running shows the bar and Cancel.
    void setCheckProgress(int done, int total, bool running);

Q_SIGNALS:
    /// The user chose these sources: highlight their spans.
    void sourcesChosen(const QStringList &sourceIds);
    /// The user chose a cited span: jump there.
    void citationChosen(const QString &sourceId, const QString &blockId, int number);
    /// The shown target changed; the controller answers with showThread()/showCheckHistory().
    void targetChanged(Wiredesk::Annotation::TargetKind kind, const QString &targetId);
    void addSourcesRequested(const QString &pastedText);
    void addBlankSourceRequested();
    void sourceEditRequested(const Wiredesk::ArticleSource &source);
    void deleteSourceRequested(const QString &sourceId);
    void mergeRequested(const QString &duplicateId, const QString &intoId);
    void noteRequested(
        Wiredesk::Annotation::TargetKind kind, const QString &targetId, const QString &text, const QString &newStatus);
    void checkLinksRequested();
    void cancelChecksRequested();

private:
    void onCurrentChanged();
    void askForSources();
    void updateActions();

    Article m_article;
    QHash<QString, LinkCheckResult> m_checks;
    QList<ProvenanceWarning> m_current;
    SourceListModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QTabWidget *m_tabs = nullptr;
    SourceDetailForm *m_detail = nullptr;
    NotesThreadView *m_notes = nullptr;
    QTreeWidget *m_history = nullptr;
    QListWidget *m_warnings = nullptr;
    QTimer *m_checkTimer = nullptr;
    QAction *m_addSources = nullptr;
    QAction *m_addBlank = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_checkLinks = nullptr;
    QAction *m_cancelChecks = nullptr;
    bool m_selectingForEditor = false;
    QString m_shownTarget;
};

} // namespace Wiredesk
