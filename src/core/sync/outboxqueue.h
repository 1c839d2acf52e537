#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace Wiredesk {

class Database;

/// One draft waiting for (or done with) one publishing target.
struct OutboxEntry {
    enum class State { Queued, Sending, Sent, RetryAt, Conflict, NeedsSignIn, Failed };

    QString draftId;
    QString target;
    State state = State::Queued;
    int attempts = 0;      ///< failed attempts since the last success
    QDateTime nextAttempt; ///< UTC; when a queued or retry-at entry is due
    QString lastError;     ///< for the user; never holds a secret
    QString remoteId;      ///< empty until the post exists remotely
    QString remoteVersion; ///< the target's version token after the last successful push
    QString contentHash;   ///< the remote content hash after the last successful push
    QString baseJson;      ///< the article (JSON) as last pushed: the merge base
    QDateTime updated;

    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);
};

/// One line of the sync log: what happened to which draft, for the sync log panel and tests.
struct OutboxLogEntry {
    qint64 id = 0;
    QDateTime at;
    QString draftId;
    QString target;
    QString event;
    QString message;
};

/// The persistent outbox in the profile database (module "sync", see syncSchema()).
///
/// Every push goes through it: a row per draft and target with its state, attempts, next
/// attempt time and the remote base it was last synced with. Each change is committed before
/// the network is touched, so after a crash a row still in "sending" tells the engine the
/// create may have reached the server (recoverInterrupted() re-queues it, and the engine looks
/// the post up by draft id before creating). The queue only stores and orders; SyncEngine
/// drains it. Every transition is written to the sync log.
class OutboxQueue final : public QObject
{
    Q_OBJECT

public:
    /// The caller migrates @p database with syncSchema() first.
    explicit OutboxQueue(Database *database, QObject *parent = nullptr);
    ~OutboxQueue() override;
    Q_DISABLE_COPY_MOVE(OutboxQueue)

    /// Queues the draft for the target (due now). A known entry keeps its remote base.
    bool enqueue(const QString &draftId, const QString &target, const QDateTime &now = QDateTime::currentDateTimeUtc());
    std::optional<OutboxEntry> entry(const QString &draftId, const QString &target) const;
    QList<OutboxEntry> entries() const;
    /// Queued and retry-at entries due at @p now, oldest first; at most @p limit (< 0: all).
    QList<OutboxEntry> due(const QDateTime &now, int limit = -1) const;
    /// The earliest next attempt of a queued or retry-at entry; invalid when none.
    QDateTime nextDue() const;
    /// Entries still to be sent (queued, sending, retry-at).
    int pendingCount() const;
    /// Rows left in "sending" by a previous run go back to "queued"; returns how many.
    int recoverInterrupted();

    /// Writes @p entry as it is (state, attempts, times, remote base) and logs @p event.
    bool update(const OutboxEntry &entry, const QString &event, const QString &message = {});
    bool remove(const QString &draftId, const QString &target);

    bool log(const QString &draftId, const QString &target, const QString &event, const QString &message);
    /// Newest first.
    QList<OutboxLogEntry> logEntries(int limit = 1000, const QString &draftId = {}) const;

    QString errorString() const { return m_error; }

Q_SIGNALS:
    void entryChanged(const QString &draftId, const QString &target);
    void logged(const Wiredesk::OutboxLogEntry &entry);

private:
    QList<OutboxEntry> select(const QString &where, const QVariantList &values) const;
    bool fail(const QString &message) const;

    Database *m_database;
    mutable QString m_error;
};

} // namespace Wiredesk
