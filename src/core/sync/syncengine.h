#pragma once

#include "backoffpolicy.h"
#include "outboxqueue.h"
#include "threewaymerge.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Wiredesk {

class CredentialStore;
class Database;
class PublishingTarget;
struct Article;
struct FetchResult;
struct PushResult;
struct RemotePost;
struct SyncError;

/// Drains the outbox: pushes each due draft to its target, exactly once and without ever
/// overwriting someone else's edit silently.
///
/// For a draft that was never confirmed on the target it first asks the target for a post
/// carrying its draft id (a create whose response was lost, or a crash while "sending"), and
/// only creates when there is none. For an update it fetches the remote post first; when its
/// content hash differs from the base the draft was last synced with it merges three ways
/// (ThreeWayMerge: base = the article as last pushed, local, remote): a clean merge is saved
/// locally and pushed, a conflict stops that draft in state "conflict" with both versions
/// kept as revisions (RevisionStore) and in sync_conflict until resolveConflict(). Failures
/// are retried with full-jitter backoff honouring Retry-After; sign-in problems wait for the
/// user. One draft is sent at a time; the timer wakes the engine when the next retry is due.
/// Credentials are sent over plain http only to loopback hosts unless the target was allowed
/// to (allowInsecureCredentials); TLS errors are never ignored (the net layer's rule).
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    /// @p database must be migrated with articleSchema() and syncSchema().
    explicit SyncEngine(Database *database, QObject *parent = nullptr);
    ~SyncEngine() override;
    Q_DISABLE_COPY_MOVE(SyncEngine)

    /// Registers @p target under @p name (the engine does not take ownership).
    void addTarget(const QString &name, PublishingTarget *target);
    PublishingTarget *target(const QString &name) const { return m_targets.value(name); }
    /// The user confirmed sending credentials to @p name over plain http to a non-loopback host.
    void setAllowInsecureCredentials(const QString &name, bool allow);
    /// Where WordPress targets without credentials find their password.
    void setCredentialStore(CredentialStore *store) { m_credentials = store; }
    void setBackoffPolicy(const BackoffPolicy &policy) { m_backoff = policy; }
    /// Drain whenever something is due (default on).
    void setAutoDrain(bool on);

    OutboxQueue *outbox() { return &m_outbox; }

    /// Queues @p draftId for @p target and starts draining.
    bool enqueue(const QString &draftId, const QString &target);
    /// Re-queues "sending" rows left by a crash; call once at start.
    int recover();
    /// Sends everything due now, one after the other.
    void drain();
    bool isBusy() const { return m_busy; }

    /// Resolves a conflict: @p resolved becomes the draft, based on the remote version seen
    /// when the conflict was found, and is queued.
    bool resolveConflict(const QString &draftId, const QString &target, const Article &resolved);
    /// The unresolved conflicts of a draft with a target, as the merge reported them.
    QList<MergeConflict> conflicts(const QString &draftId, const QString &target) const;
    /// The post was deleted on the site: forget its id and create it anew on the next push.
    bool detach(const QString &draftId, const QString &target);

    /// Whether credentials may go to @p url: https, loopback, or the user allowed it.
    static bool mayCarryCredentials(const QUrl &url, bool userAllowedInsecure);
    /// The article's fields and body as one side of a merge.
    static MergeSide mergeSide(const Article &article);
    static MergeSide mergeSide(const RemotePost &post);

Q_SIGNALS:
    void entryChanged(const QString &draftId, const QString &target);
    /// A draft stopped in conflict; conflicts() lists the places.
    void conflictFound(const QString &draftId, const QString &target);
    /// Nothing is due any more (retries may still be scheduled).
    void idle();

private:
    void processNext();
    void process(OutboxEntry entry);
    void withCredentials(const OutboxEntry &entry, std::function<void()> next);
    void pushEntry(OutboxEntry entry, const Article &article);
    void updateEntry(OutboxEntry entry, const Article &article, const RemotePost &remote);
    void finishPush(OutboxEntry entry, const Article &article, const PushResult &result);
    void failEntry(OutboxEntry entry, const SyncError &error, const QString &during);
    void schedule();

    Database *m_database;
    OutboxQueue m_outbox;
    QHash<QString, QPointer<PublishingTarget>> m_targets;
    QHash<QString, bool> m_allowInsecure;
    CredentialStore *m_credentials = nullptr;
    BackoffPolicy m_backoff;
    QTimer m_timer;
    bool m_autoDrain = true;
    bool m_busy = false;
};

} // namespace Wiredesk
