#include "syncactions.h"

#include "article.h"
#include "articledocument.h"
#include "articlerepository.h"
#include "conflictdialog.h"
#include "draftsession.h"
#include "draftspane.h"
#include "draftworkspace.h"
#include "htmlimporter.h"
#include "outboxpane.h"
#include "remotedraftsdialog.h"
#include "remotepost.h"
#include "revisionstore.h"
#include "signindialog.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QStyle>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Wiredesk {

SyncActions::SyncActions(QMainWindow *window, DraftWorkspace *workspace, DraftsPane *drafts, const QString &profilePath)
    : QObject(window)
    , m_window(window)
    , m_workspace(workspace)
    , m_drafts(drafts)
    , m_profilePath(profilePath)
{
    m_outbox = new OutboxPane(window);
    m_outboxDock = new QDockWidget(tr("Outbox"), window);
    m_outboxDock->setObjectName(u"outboxDock"_s); // saveState() keys on it
    m_outboxDock->setWidget(m_outbox);
    m_outboxDock->setAccessibleName(tr("Outbox"));
    window->addDockWidget(Qt::BottomDockWidgetArea, m_outboxDock);
    m_outboxDock->hide(); // shown on demand (Sync → Show Outbox)
    m_outbox->setDraftTitles([this](const QString &id) -> QString {
        const std::optional<Article> article
            = m_workspace->repository() ? m_workspace->repository()->load(id) : std::nullopt;
        return article ? (article->headline.isEmpty() ? tr("(untitled)") : article->headline) : id;
    });
    connect(m_outbox, &OutboxPane::failed, this, [this](const QString &text) { message(text); });
    connect(m_outbox, &OutboxPane::resolveRequested, this, &SyncActions::showConflict);
    connect(m_outbox, &OutboxPane::openRequested, this, [this](const QString &id) {
        if (m_openDraft)
            m_openDraft(id);
    });

    m_signIn = new QAction(tr("Sign &In…"), this);
    m_signIn->setToolTip(tr("Sign in to a WordPress site to publish drafts to it"));
    connect(m_signIn, &QAction::triggered, this, &SyncActions::showSignIn);
    m_push = new QAction(tr("&Push Current Draft"), this);
    m_push->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    m_push->setToolTip(tr("Send the open draft to the site through the outbox"));
    connect(m_push, &QAction::triggered, this, &SyncActions::pushCurrentDraft);
    m_pull = new QAction(tr("Pu&ll Remote Drafts…"), this);
    connect(m_pull, &QAction::triggered, this, &SyncActions::showPull);
    m_showOutbox = new QAction(tr("Show &Outbox"), this);
    connect(m_showOutbox, &QAction::triggered, this, &SyncActions::showOutbox);

    m_activityLabel = new QLabel(window);
    m_activityBar = new QProgressBar(window);
    m_activityBar->setRange(0, 0);
    m_activityBar->setMaximumWidth(90);
    m_activityBar->setTextVisible(false);
    window->statusBar()->addPermanentWidget(m_activityLabel);
    window->statusBar()->addPermanentWidget(m_activityBar);
    m_activityLabel->hide();
    m_activityBar->hide();
}

SyncActions::~SyncActions() = default;

ConflictDialog *SyncActions::conflictDialog() const
{
    return m_conflictDialog;
}

SignInDialog *SyncActions::signInDialog() const
{
    return m_signInDialog;
}

bool SyncActions::open(const QString &databasePath, QString *error)
{
    m_controller = std::make_unique<SyncController>(databasePath, m_profilePath);
    if (m_gate)
        m_controller->setSubmitGate(m_gate);
    if (m_folderPublishing)
        m_controller->setFolderPublishing(m_folderPublishing->first, m_folderPublishing->second);
    if (!m_controller->open(error))
        return false;
    m_opened = true;
    m_outbox->setController(m_controller.get());
    connect(
        m_controller.get(), &SyncController::entryChanged, this, [this](const QString &draftId, const QString &target) {
            if (target == m_controller->currentTarget())
                updateDraftState(draftId);
            // What needs the user gets said where they look, once, for the open draft.
            if (draftId != m_workspace->currentId())
                return;
            const std::optional<OutboxEntry> entry = m_controller->outbox()->entry(draftId, target);
            if (entry && entry->state == OutboxEntry::State::NeedsSignIn)
                message(tr("Not sent: %1 Use Sync → Sign In….").arg(entry->lastError), 15000);
            else if (entry && entry->state == OutboxEntry::State::Failed)
                message(tr("Not sent: %1 See Sync → Show Outbox.").arg(entry->lastError), 15000);
        });
    connect(m_controller.get(), &SyncController::activityChanged, this, &SyncActions::updateActivity);
    connect(m_controller.get(), &SyncController::targetsChanged, this, &SyncActions::updateAllDraftStates);
    connect(m_controller.get(), &SyncController::draftMerged, this, &SyncActions::takeMergedDraft);
    connect(m_controller.get(), &SyncController::conflictFound, this,
        [this](const QString &draftId, const QString &target) {
            // The open draft gets the dialog at once; another one is not opened over the work
            // at hand, the Outbox's Resolve… is there for it.
            if (!m_conflictDialog && draftId == m_workspace->currentId())
                showConflict(draftId, target);
            else
                message(tr("Another draft is in conflict with the site; resolve it from Sync → Show Outbox."), 15000);
        });
    updateAllDraftStates();
    updateActivity();
    return true;
}

void SyncActions::populateMenu(QMenu *menu)
{
    menu->addSeparator();
    menu->addAction(m_signIn);
    menu->addAction(m_push);
    menu->addAction(m_pull);
    menu->addSeparator();
    menu->addAction(m_showOutbox);
}

void SyncActions::setFolderPublishing(const RenderOptions &options, FolderTarget::ProvenanceSource provenance)
{
    m_folderPublishing = std::pair {options, provenance};
    if (m_controller)
        m_controller->setFolderPublishing(options, std::move(provenance));
}

void SyncActions::setSubmitGate(SyncController::SubmitGate gate)
{
    m_gate = std::move(gate);
    if (m_controller)
        m_controller->setSubmitGate(m_gate);
}

void SyncActions::message(const QString &text, int timeout)
{
    m_window->statusBar()->showMessage(text, timeout);
}

void SyncActions::showSignIn()
{
    if (!m_opened)
        return;
    if (m_signInDialog) {
        m_signInDialog->raise();
        m_signInDialog->activateWindow();
        return;
    }
    auto *dialog = new SignInDialog(m_controller.get(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignInDialog::signedIn, this,
        [this](const QString &target) { message(tr("Signed in; drafts go to %1.").arg(target)); });
    m_signInDialog = dialog;
    dialog->open();
}

bool SyncActions::pushCurrentDraft()
{
    if (!m_opened || !m_workspace->document())
        return false;
    if (m_controller->currentTarget().isEmpty()) {
        message(tr("Sign in to a site first; the draft was not pushed."));
        showSignIn();
        return false;
    }
    QString error;
    if (!m_workspace->save(&error)) {
        message(tr("The draft was not pushed: it could not be saved (%1).").arg(error));
        return false;
    }
    m_drafts->refresh();
    const Article article = m_workspace->document()->article();
    QString reason;
    if (!m_controller->push(m_window, article, &reason)) {
        message(tr("Not pushed: %1").arg(reason));
        return false;
    }
    message(
        tr("“%1” is queued for %2.")
            .arg(article.headline.isEmpty() ? tr("untitled draft") : article.headline, m_controller->currentTarget()),
        5000);
    Q_EMIT pushed(article.id);
    return true;
}

void SyncActions::showPull()
{
    if (!m_opened)
        return;
    const QString name = m_controller->currentTarget();
    PublishingTarget *target = m_controller->target(name);
    if (!target) {
        message(tr("Sign in to a site first."));
        showSignIn();
        return;
    }
    auto *dialog = new RemoteDraftsDialog(target, name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RemoteDraftsDialog::openRequested, this, &SyncActions::openRemotePost);
    dialog->open();
    // The engine reads the password from the keychain on the first push; a pull may come first.
    m_controller->ensureCredentials(name, [dialog = QPointer<RemoteDraftsDialog>(dialog)](const QString &problem) {
        if (!dialog)
            return;
        if (problem.isEmpty())
            dialog->load(1);
        else
            Q_EMIT dialog->loadFailed(problem);
    });
}

void SyncActions::showOutbox()
{
    m_outboxDock->show();
    m_outboxDock->raise();
    if (m_workspace->document())
        m_outbox->selectEntry(m_workspace->currentId());
}

bool SyncActions::openRemotePost(const QString &targetName, const RemotePost &post)
{
    ArticleRepository *repository = m_workspace->repository();
    // A post written here: open the draft it came from.
    if (!post.draftId.isEmpty() && repository->contains(post.draftId))
        return m_openDraft && m_openDraft(post.draftId);
    Article article;
    article.id = post.draftId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : post.draftId;
    article.headline = post.title;
    article.dek = post.excerpt;
    article.slug = post.slug;
    article.tags = post.tags;
    article.section = post.categories.isEmpty() ? QString() : post.categories.constFirst();
    // Whatever the site holds goes through the same sanitizer as any import.
    article.bodyHtml = HtmlImporter::cleanBody(post.bodyHtml);
    article.language = m_workspace->language();
    article.created = article.modified = QDateTime::currentDateTimeUtc();
    if (!repository->save(article)) {
        message(tr("The post could not be opened: %1").arg(repository->errorString()));
        return false;
    }
    // Linked as pushed: the site's version is the base, so the next push updates this post.
    if (!m_controller->linkPulledDraft(targetName, article, post)) {
        message(tr("The draft was created but not linked to the post: %1").arg(m_controller->outbox()->errorString()));
        return false;
    }
    m_drafts->refresh();
    const bool opened = m_openDraft && m_openDraft(article.id);
    message(tr("Opened post %1 as a draft; pushing it updates that post.").arg(post.remoteId));
    return opened;
}

void SyncActions::showConflict(const QString &draftId, const QString &target)
{
    if (m_conflictDialog) {
        m_conflictDialog->raise();
        m_conflictDialog->activateWindow();
        return;
    }
    if (m_workspace->currentId() != draftId && !(m_openDraft && m_openDraft(draftId))) {
        message(tr("The draft in conflict cannot be opened."));
        return;
    }
    QString error;
    m_workspace->save(&error);
    ArticleDocument *document = m_workspace->document();
    if (!document)
        return;
    const std::optional<SyncController::ConflictCase> conflict
        = m_controller->conflictCase(draftId, target, document->article());
    if (!conflict)
        return;
    auto *dialog = new ConflictDialog(*conflict, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_conflictDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, draftId, target] {
        ArticleDocument *doc = m_workspace->document();
        if (!doc || m_workspace->currentId() != draftId) {
            message(tr("The draft was closed; open it and resolve the conflict again from the Outbox."));
            return;
        }
        const Article before = doc->article();
        const Article resolved = dialog->resolvedArticle(before);
        // Nothing is replaced before the current text is kept (the engine kept both versions
        // when it found the conflict; the text may have changed since).
        if (DraftSession *session = m_workspace->session())
            session->revisions()->add(before, RevisionStore::Manual, tr("Before resolving the conflict with the site"));
        doc->restore(resolved, tr("Resolve Conflict with the Site")); // one step on the undo stack
        QString why;
        if (!m_workspace->save(&why)) {
            message(tr("The resolution is in the editor but not saved: %1").arg(why));
            return;
        }
        if (!m_controller->resolveConflict(draftId, target, doc->article())) {
            message(tr("The conflict could not be resolved in the outbox."));
            return;
        }
        m_drafts->refresh();
        message(tr("Conflict resolved; the draft is being pushed."), 5000);
        Q_EMIT conflictResolved(draftId);
    });
    dialog->open();
    Q_EMIT conflictShown(draftId);
}

void SyncActions::takeMergedDraft(const QString &draftId)
{
    ArticleDocument *document = m_workspace->document();
    if (!document || m_workspace->currentId() != draftId)
        return;
    const std::optional<Article> merged = m_workspace->repository()->load(draftId);
    if (!merged)
        return;
    // One undoable step: Undo brings back the text from before the merge.
    document->restore(*merged, tr("Merge Changes from the Site"));
    document->markSaved(); // it is what the store holds now
    message(tr("Changes made on the site were merged into this draft."), 5000);
}

void SyncActions::updateDraftState(const QString &draftId)
{
    const std::optional<OutboxEntry> entry = m_controller->entry(draftId);
    if (!entry) {
        m_drafts->setSyncState(draftId, {});
        return;
    }
    QStyle *style = m_window->style();
    QStyle::StandardPixmap pixmap = QStyle::SP_ArrowUp;
    switch (entry->state) {
    case OutboxEntry::State::Queued:
        pixmap = QStyle::SP_ArrowUp;
        break;
    case OutboxEntry::State::Sending:
        pixmap = QStyle::SP_BrowserReload;
        break;
    case OutboxEntry::State::Sent:
        pixmap = QStyle::SP_DialogApplyButton;
        break;
    case OutboxEntry::State::RetryAt:
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case OutboxEntry::State::NeedsSignIn:
        pixmap = QStyle::SP_MessageBoxQuestion;
        break;
    case OutboxEntry::State::Conflict:
    case OutboxEntry::State::Failed:
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    }
    QString tip = SyncController::stateText(*entry);
    if (!entry->lastError.isEmpty() && entry->state != OutboxEntry::State::Failed)
        tip += u"\n"_s + entry->lastError;
    if (!entry->remoteId.isEmpty())
        tip += u"\n"_s + tr("Post %1 on %2").arg(entry->remoteId, entry->target);
    m_drafts->setSyncState(draftId, SyncController::stateText(*entry), style->standardIcon(pixmap), tip);
}

void SyncActions::updateAllDraftStates()
{
    m_drafts->clearSyncStates();
    const QString current = m_controller->currentTarget();
    for (const OutboxEntry &entry : m_controller->outbox()->entries()) {
        if (entry.target == current)
            updateDraftState(entry.draftId);
    }
}

void SyncActions::updateActivity()
{
    const int pending = m_controller->pendingCount();
    const bool busy = m_controller->isBusy();
    const bool show = busy || pending > 0;
    m_activityLabel->setVisible(show);
    m_activityBar->setVisible(busy);
    m_activityLabel->setText(
        busy ? tr("Sending… %n waiting", nullptr, pending) : tr("%n waiting to be sent", nullptr, pending));
}

} // namespace Wiredesk
