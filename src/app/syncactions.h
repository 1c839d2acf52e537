#pragma once

#include "synccontroller.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QAction;
class QDockWidget;
class QLabel;
class QMainWindow;
class QMenu;
class QProgressBar;

namespace Wiredesk {

class ConflictDialog;
class DraftWorkspace;
class DraftsPane;
class OutboxPane;
class SignInDialog;
struct RemotePost;

/// The window's sync features in one place, so MainWindow only creates it and adds its menu:
/// Sync → Sign In…, Push Current Draft (Ctrl+Shift+P), Pull Remote Drafts…, Show Outbox; the
/// Outbox dock; each draft's state in the drafts list; progress in the status bar while the
/// outbox sends; and the conflict dialog when the engine stops a draft in conflict.
///
/// A push saves the draft, passes the submit gate and queues it; the engine drains on its own.
/// When the engine merged the site's changes into the open draft, the editor takes the merged
/// text as one undoable change. A resolved conflict goes into the editor the same way (both
/// versions were kept as revisions first), is saved and pushed with the site's version as base.
class SyncActions final : public QObject
{
    Q_OBJECT

public:
    SyncActions(QMainWindow *window, DraftWorkspace *workspace, DraftsPane *drafts, const QString &profilePath);
    ~SyncActions() override;
    Q_DISABLE_COPY_MOVE(SyncActions)

    /// Opens the sync store and starts draining; false with @p error on failure.
    bool open(const QString &databasePath, QString *error);
    /// Adds Sign In…, Push Current Draft, Pull Remote Drafts… and Show Outbox to @p menu.
    void populateMenu(QMenu *menu);

    SyncController *controller() const { return m_controller.get(); }
    QDockWidget *outboxDock() const { return m_outboxDock; }
    OutboxPane *outboxPane() const { return m_outbox; }
    QAction *signInAction() const { return m_signIn; }
    QAction *pushAction() const { return m_push; }
    QAction *pullAction() const { return m_pull; }
    QAction *showOutboxAction() const { return m_showOutbox; }
    /// The conflict dialog while one is open (tests answer it).
    ConflictDialog *conflictDialog() const;
    /// The sign-in dialog while one is open.
    SignInDialog *signInDialog() const;

    /// How a draft is opened in the window (MainWindow::openDraft), so views follow.
    void setDraftOpener(std::function<bool(const QString &draftId)> opener) { m_openDraft = std::move(opener); }
    /// See SyncController::setSubmitGate(); kept until open() if called before.
    void setSubmitGate(SyncController::SubmitGate gate);
    /// See SyncController::setFolderPublishing(); kept until open() if called before.
    void setFolderPublishing(const RenderOptions &options, FolderTarget::ProvenanceSource provenance);

    /// Opens the sign-in dialog (non-modal; signInDialog() while open).
    void showSignIn();
    /// Saves the open draft and queues it; false with a message in the status bar.
    bool pushCurrentDraft();
    void showPull();
    void showOutbox();
    /// Opens the conflict dialog for @p draftId (it opens that draft first).
    void showConflict(const QString &draftId, const QString &target);
    /// Opens @p post as a local draft linked to it (Pull Remote Drafts).
    bool openRemotePost(const QString &targetName, const RemotePost &post);

Q_SIGNALS:
    void pushed(const QString &draftId);
    void conflictShown(const QString &draftId);
    void conflictResolved(const QString &draftId);

private:
    void updateDraftState(const QString &draftId);
    void updateAllDraftStates();
    void updateActivity();
    void takeMergedDraft(const QString &draftId);
    void message(const QString &text, int timeout = 8000);

    QMainWindow *m_window;
    DraftWorkspace *m_workspace;
    DraftsPane *m_drafts;
    QString m_profilePath;
    std::unique_ptr<SyncController> m_controller;
    SyncController::SubmitGate m_gate;
    std::optional<std::pair<RenderOptions, FolderTarget::ProvenanceSource>> m_folderPublishing;
    std::function<bool(const QString &)> m_openDraft;
    QDockWidget *m_outboxDock = nullptr;
    OutboxPane *m_outbox = nullptr;
    QAction *m_signIn = nullptr;
    QAction *m_push = nullptr;
    QAction *m_pull = nullptr;
    QAction *m_showOutbox = nullptr;
    QLabel *m_activityLabel = nullptr;
    QProgressBar *m_activityBar = nullptr;
    QPointer<ConflictDialog> m_conflictDialog;
    QPointer<SignInDialog> m_signInDialog;
    bool m_opened = false;
};

} // namespace Wiredesk
