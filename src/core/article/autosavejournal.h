#pragma once

#include "article.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace Wiredesk {

class ArticleDocument;
class Database;
class Profile;

/// A draft found in the journal with changes newer than its last save.
struct RecoveredDraft {
    Article article;
    QDateTime journaled;   ///< UTC time of the newest journal entry
    bool wasSaved = false; ///< false for a draft that never reached the drafts list
};

/// Crash recovery: writes every change of a document to the article_journal table within
/// a second, so that a crash or kill -9 loses nothing typed more than a second earlier.
///
/// Changes are throttled, not debounced: the first change after a write arms a timer
/// (flushDelay, default 250 ms) that is not pushed back by further typing, so a steady
/// typist is written out at least every flushDelay. A write is a small delta — changed
/// fields, the HTML of changed blocks, the block order when it changed — against what the
/// journal last wrote; a full checkpoint starts each session and replaces the older rows
/// every checkpointInterval deltas. Each write is one small INSERT on a WAL database with
/// synchronous=NORMAL: durable against a killed process, well under a millisecond (bench_article:
/// p50 0.05 ms, p95 0.15 ms for 10,000 words), so the GUI thread does it without a worker.
/// Pending changes are written when the journal or its document goes away. After a clean
/// save, compact() drops the draft's rows; recover() rebuilds drafts whose journal is newer
/// than their saved version.
class AutosaveJournal final : public QObject
{
    Q_OBJECT

public:
    AutosaveJournal(Database *database, ArticleDocument *document, QObject *parent = nullptr);
    /// Writes what is pending.
    ~AutosaveJournal() override;
    Q_DISABLE_COPY_MOVE(AutosaveJournal)

    void setFlushDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    int flushDelay() const { return m_timer.interval(); }
    void setCheckpointInterval(int deltas) { m_checkpointInterval = deltas; }

    bool hasPendingChanges() const { return m_dirty; }
    /// Writes pending changes now. Returns false (and emits writeFailed) when the write failed;
    /// the changes stay pending and the next write retries them.
    bool flush();
    /// Call after the document was saved: drops the journal of this draft.
    bool compact();

    /// Size in bytes and duration of the last write, and the total written (for measurements).
    qsizetype lastWriteBytes() const { return m_lastWriteBytes; }
    qint64 lastWriteNanoseconds() const { return m_lastWriteNanoseconds; }
    qint64 totalBytesWritten() const { return m_totalBytes; }
    QString errorString() const { return m_error; }

    /// Drafts whose journal holds changes newer than their saved version, newest first.
    static QList<RecoveredDraft> recover(Database *database, QString *error = nullptr);
    /// The same for an open profile, on a connection of its own (migrating the article
    /// schema if needed): what the application calls on start.
    static QList<RecoveredDraft> recover(const Profile &profile, QString *error = nullptr);
    /// Forgets the journal of @p articleId (the user chose not to recover it).
    static bool discard(Database *database, const QString &articleId);

Q_SIGNALS:
    void written();
    void writeFailed(const QString &message);

private:
    void schedule();
    bool writeCheckpoint();
    QJsonObject delta() const;
    bool insert(const QString &kind, const QByteArray &payload, bool replaceOlder);
    void remember();

    Database *m_database;
    ArticleDocument *m_document;
    QTimer m_timer;
    int m_checkpointInterval = 200;
    int m_deltasSinceCheckpoint = 0;
    bool m_needsCheckpoint = true;
    bool m_dirty = false; // changed since the last successful write
    // What the journal holds on disk, to compute the next delta.
    Article m_journaled;
    QStringList m_journaledOrder;
    QHash<QString, QString> m_journaledBlocks;
    qsizetype m_lastWriteBytes = 0;
    qint64 m_lastWriteNanoseconds = 0;
    qint64 m_totalBytes = 0;
    QString m_error;
};

} // namespace Wiredesk
