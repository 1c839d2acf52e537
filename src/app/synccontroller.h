#pragma once

#include "foldertarget.h"

#include "outboxqueue.h"
#include "publishingtarget.h"
#include "threewaymerge.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace Wiredesk {

class CredentialStore;
class Database;
class HttpClient;
class SyncEngine;
struct Article;
struct RemotePost;

/// The window's side of syncing: the profile's configured targets (sync_target), the
/// SyncEngine that drains the outbox on its own while the app runs, the keychain-backed
/// CredentialStore and the submit gate every push from the GUI passes first.
///
/// It opens its own connection to the profile database (the engine writes drafts merged with
/// the site's version through it) and turns outbox entries into the short states the drafts
/// list and the Outbox dock show. MainWindow only wires its signals to views and dialogs.
class SyncController final : public QObject
{
    Q_OBJECT

public:
    /// One configured target as stored in sync_target (no secret: that is in the keychain).
    struct Target {
        QString name;
        QString kind; ///< "wordpress" or "folder"
        QUrl url;
        QString user;
        bool allowInsecure = false;
    };
    /// Asked before every push from the GUI; false stops it with @p reason for the user.
    using SubmitGate = std::function<bool(QWidget *parent, const Article &article, QString *reason)>;

    /// What a conflict dialog needs: the three versions and where they collide.
    struct ConflictCase {
        QString draftId;
        QString target;
        QString remoteVersion;
        MergeSide base;
        MergeSide local;
        MergeSide remote;
        MergeResult merged; ///< the automatic merge; conflicts hold the local side
    };

    /// @p databasePath: the profile database; @p assetRoot: the profile folder (images).
    SyncController(const QString &databasePath, const QString &assetRoot, QObject *parent = nullptr);
    ~SyncController() override;
    Q_DISABLE_COPY_MOVE(SyncController)

    /// The keychain service name (default "Wiredesk"); call before open().
    void setCredentialService(const QString &service) { m_credentialService = service; }
    /// Opens the database, loads the targets, re-queues pushes a crash interrupted and starts
    /// draining. False with @p error when the database cannot be opened.
    bool open(QString *error);

    QList<Target> targets() const { return m_targetList; }
    /// The target pushes go to: the WordPress target signed in last, else the first one.
    QString currentTarget() const;
    /// Adds or replaces a target (as `wiredesk-cli sync target add` does) and makes it current.
    bool saveTarget(const Target &target, QString *error);
    /// A WordPress target was signed in: its password is kept in memory for this session
    /// (it is also in the keychain) and drafts waiting for a sign-in are queued again.
    void signedIn(const QString &targetName, const QString &user, const QString &password);

    /// Makes sure a WordPress target has its password (read from the keychain when needed)
    /// before something other than the engine uses it (a pull); @p done gets an empty string
    /// when it has, else the reason for the user.
    void ensureCredentials(const QString &targetName, std::function<void(const QString &problem)> done);

    void setSubmitGate(SubmitGate gate);
    /// Folder targets publish pages like the preview renders them (@p options) and, with
    /// @p provenance, carry the article's JSON-LD and provenance file.
    void setFolderPublishing(const RenderOptions &options, FolderTarget::ProvenanceSource provenance);
    /// Runs the submit gate, then queues @p article's draft (saved before) for the current
    /// target. False with @p reason when the gate or the outbox refused it.
    bool push(QWidget *parent, const Article &article, QString *reason);

    SyncEngine *engine() const { return m_engine.get(); }
    OutboxQueue *outbox() const;
    CredentialStore *credentials() const { return m_credentials.get(); }
    HttpClient *httpClient() const { return m_http.get(); }
    PublishingTarget *target(const QString &name) const;
    Database *database() const { return m_database.get(); }

    /// The draft's entry for the current target, if it was ever pushed there.
    std::optional<OutboxEntry> entry(const QString &draftId) const;
    /// "queued", "sending", "sent", "retry at 14:05", "conflict", "needs sign-in",
    /// "failed: reason": the text the drafts list and the Outbox show.
    static QString stateText(const OutboxEntry &entry);

    /// Sends the entry now (a retry-at, failed or needs-sign-in entry is queued again).
    bool retryNow(const QString &draftId, const QString &target);
    /// Takes a waiting entry out of the outbox (not while it is being sent).
    bool cancel(const QString &draftId, const QString &target);
    /// The post was deleted on the site: create it anew.
    bool recreate(const QString &draftId, const QString &target);
    /// The post was deleted on the site: forget the link, keep the draft local only.
    bool detach(const QString &draftId, const QString &target);

    /// The unresolved conflict of a draft, merged afresh against @p local (the draft as it is
    /// now, which may have changed since the conflict was found); nullopt when there is none.
    std::optional<ConflictCase> conflictCase(const QString &draftId, const QString &target, const Article &local) const;
    /// Applies @p resolved: the engine saves it, takes the site's version as the new base
    /// and queues it.
    bool resolveConflict(const QString &draftId, const QString &target, const Article &resolved);

    /// Links a local draft created from a remote post, so the next push updates that post.
    bool linkPulledDraft(const QString &target, const Article &article, const RemotePost &post);

    /// Pending entries (queued, sending, retry-at) and whether a push is running now.
    int pendingCount() const;
    bool isBusy() const;

Q_SIGNALS:
    void entryChanged(const QString &draftId, const QString &target);
    void logged(const Wiredesk::OutboxLogEntry &entry);
    void conflictFound(const QString &draftId, const QString &target);
    /// The engine merged the site's changes into the draft and saved it (no conflict).
    void draftMerged(const QString &draftId);
    void targetsChanged();
    /// The number of pending entries or the busy state changed (for the status bar).
    void activityChanged();

private:
    bool loadTargets(QString *error);
    void addEngineTarget(const Target &target);

    QString m_databasePath;
    QString m_assetRoot;
    QString m_credentialService = QStringLiteral("Wiredesk");
    QString m_current;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<SyncEngine> m_engine;
    QList<Target> m_targetList;
    QHash<QString, QPointer<PublishingTarget>> m_targets;
    SubmitGate m_gate;
    RenderOptions m_folderOptions;
    FolderTarget::ProvenanceSource m_folderProvenance;
};

} // namespace Wiredesk
