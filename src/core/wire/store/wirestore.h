#pragma once

#include "inboxquery.h"
#include "inboxrow.h"
#include "ingestresult.h"
#include "savedsearch.h"
#include "sqlitestatement.h"
#include "storyclusterer.h"
#include "wireitem.h"
#include "wiresource.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

struct sqlite3;

namespace Wiredesk {

struct Schema;
class WalCheckpointer;

/// One page of the inbox, newest first.
struct InboxPage {
    QList<InboxRow> rows;
    PageCursor next;   ///< pass as `after` for the following page
    bool atEnd = true; ///< no rows after this page (at the time of the query)
    QStringList notes; ///< parser notes plus any fallback the store applied
    QString error;
};

/// Items of one source, for storing several sources' items in one transaction.
struct SourceItems {
    qint64 sourceId = 0;
    QList<WireItem> items;
};

/// The wire inbox on disk: sources, items, full-text index, story clusters, saved
/// searches. Everything the inbox shows comes from here.
///
/// Threading: a WireStore belongs to the thread that opened it. Every thread that needs the
/// store (the ingest worker, the GUI's model, the CLI) opens its own WireStore on the same
/// file; SQLite's write-ahead log lets one writer and any number of readers work at once,
/// and readers see the last committed batch. WireStoreWorker runs ingest off the GUI thread.
///
/// Item ids are time keys: id = published milliseconds × 1024 + a small sequence number, so
/// "ORDER BY id DESC" is "newest first" and the full-text index, which iterates its matches
/// in rowid order, yields the newest matches first without sorting. That keeps the first
/// page of a very common word cheap at a million items (ordering FTS5 matches by rank or by
/// a separate time column would read every match first). Keyset paging therefore only
/// needs the last id.
///
/// The store talks to SQLite through the C API (SqliteStatement) on its own connection;
/// the shared Database class is used to apply the "wire" schema migrations.
class WireStore final
{
public:
    WireStore();
    ~WireStore();
    Q_DISABLE_COPY_MOVE(WireStore)

    static const Schema &schema();

    /// Opens (creating and migrating if needed) the store at @p filePath.
    bool open(const QString &filePath);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString errorString() const { return m_error; }
    QString filePath() const { return m_path; }

    // Sources
    qint64 addSource(WireSource source); ///< returns the new id, 0 on failure (e.g. duplicate name)
    bool updateSource(const WireSource &source);
    /// Called while a source's items are removed: how many of how many are done. Returning
    /// false cancels: the removal is rolled back, nothing is removed.
    using RemovalProgress = std::function<bool(qint64 done, qint64 total)>;
    /// Removes the source and its items in one transaction (every item is tombstoned and
    /// leaves its cluster, so it takes a while for a big wire: run it off the GUI thread).
    /// Returns false on an error or when @p progress cancelled (errorString() says which).
    bool removeSource(qint64 id, const RemovalProgress &progress = {});
    QList<WireSource> sources();
    WireSource source(qint64 id); ///< id 0 when unknown

    /// Stores a batch from one source in one transaction; see IngestResult for the cases.
    /// Items are deduplicated by (source, guid), canonical URL and content hash; tombstoned
    /// items stay out; new items join story clusters.
    IngestResult ingest(qint64 sourceId, const QList<WireItem> &items);
    /// The same for several sources in one transaction, one result per batch, in order.
    /// Each transaction costs a COMMIT and a full-text index segment that FTS5 merges again
    /// later, so the ingestor hands over everything parsed while the previous batch was being
    /// written. A source that no longer exists fails alone; an SQL error rolls everything
    /// back and every result carries it.
    QList<IngestResult> ingest(const QList<SourceItems> &batches);

    /// Fills @p item's clustering features (word hashes of title and contentText, MinHash
    /// signature) the way ingest() would. Thread-safe: the ingestor calls it on its parse
    /// threads, so the single writer only compares and stores them.
    static void prepareClustering(WireItem &item);

    /// Story clustering on ingest is on by default. Bulk imports of archives (and the search
    /// benchmark's generator) may switch it off: items stored meanwhile stay unclustered.
    void setClusteringEnabled(bool enabled) { m_clustering = enabled; }
    bool clusteringEnabled() const { return m_clustering; }

    /// The first page (null @p after) or the page after @p after, newest first.
    InboxPage page(const InboxQuery &query, const PageCursor &after = {}, int limit = 50);
    /// Number of matching items, counted up to @p cap (a count of a common word over a
    /// million items costs as much as reading them all; the inbox shows "10,000+").
    qint64 count(const InboxQuery &query, qint64 cap = 10000);
    qint64 totalItems();
    /// The full item (with contentHtml and raw); a row with item.id 0 when unknown.
    InboxRow item(qint64 id);

    bool setRead(const QList<qint64> &ids, bool read);
    bool setStarred(const QList<qint64> &ids, bool starred);
    /// Deletes items and leaves tombstones so the same (source, guid), content hash and the
    /// duplicates recorded on them are never stored again. Returns how many were deleted.
    int deleteItems(const QList<qint64> &ids);
    /// Applies the source's retention (age and count); starred items are kept. Returns how
    /// many items were purged (with tombstones).
    int purgeSource(qint64 sourceId, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
    int purgeAll(const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

    // Story clusters
    QList<InboxRow> clusterMembers(qint64 clusterId); ///< newest first
    int clusterSize(qint64 clusterId);

    // Saved searches and alerts
    qint64 addSavedSearch(SavedSearch search);
    bool updateSavedSearch(const SavedSearch &search);
    bool removeSavedSearch(qint64 id);
    QList<SavedSearch> savedSearches();
    /// Ids of the alerting saved searches that @p itemId matches.
    QList<qint64> matchesAlert(qint64 itemId);
    /// For each of @p itemIds that matches an alerting saved search: the searches' ids.
    QHash<qint64, QList<qint64>> alertsMatching(const QList<qint64> &itemIds);

    /// "PRAGMA integrity_check" plus the full-text index's own check; empty when healthy.
    QString checkIntegrity();

    /// The raw connection, for benchmarks and tests that compare query plans.
    sqlite3 *handle() const { return m_db; }
    static qint64 idBaseFor(const QDateTime &published);

private:
    struct Sql;
    bool exec(const char *sql);
    bool begin();
    bool commit();
    void rollback();
    bool fail(const QString &message);
    SqliteStatement &stmt(const char *sql);
    void resetStatements();
    QList<qint64> resolveSources(const InboxQuery &query, bool *restricted);
    InboxPage runPage(const InboxQuery &query, const QString &fts, const PageCursor &after, int limit);
    bool buildWhere(const InboxQuery &query, const QString &fts, Sql *sql);
    static void addRowFilters(const InboxQuery &query, Sql *sql);
    bool ingestItems(qint64 sourceId, const QList<WireItem> &items, const QDateTime &now, IngestResult *result);
    qint64 assignId(qint64 base);
    bool deleteOne(qint64 id, qint64 now);
    bool indexText(qint64 id, const QString &title, const QString &text, const QString &authors, bool remove);
    bool unindex(qint64 id);
    bool indexPendingText();
    int assignCluster(qint64 id, qint64 sourceId, StoryClusterer::WordHashes features, const QByteArray &signature);
    const QHash<qint64, std::vector<qint64>> &lshBucket(qint64 day, bool *ok);
    void forgetClusterCaches();
    static int walCommitted(void *self, sqlite3 *db, const char *dbName, int pages);

    sqlite3 *m_db = nullptr;
    std::unique_ptr<WalCheckpointer> m_checkpointer; ///< copies the WAL back beside the writer
    bool m_clustering = true;
    int m_deleted = 0; ///< rows deleted by the running deleteItems()
    QString m_path;
    QString m_error;
    QHash<const char *, std::shared_ptr<SqliteStatement>> m_statements;
    /// Text to add to the full-text index at the end of the running ingest(), by item id.
    struct PendingText {
        QString title;
        QString text;
        QString authors;
    };
    QMap<qint64, PendingText> m_pendingText;
    /// What the exact comparison needs of a cluster candidate; its cluster is read only for
    /// the one chosen.
    struct ClusterCandidate {
        qint64 sourceId = 0;
        StoryClusterer::WordHashes words;
    };
    QHash<qint64, ClusterCandidate> m_featureCache; ///< recent cluster candidates, by item id
    /// wire_lsh of the days recently clustered against: day → band key → item ids ascending.
    /// Replaces 16 × 5 index seeks per new item by hash look-ups; rows this connection writes
    /// are added here too, and the whole cache is dropped on rollback, on deletes and when
    /// another connection has committed (PRAGMA data_version).
    QHash<qint64, QHash<qint64, std::vector<qint64>>> m_lsh;
    qint64 m_dataVersion = -1;
    std::vector<qint64> m_bandMatches; ///< assignCluster()'s candidate list, reused
};

} // namespace Wiredesk
