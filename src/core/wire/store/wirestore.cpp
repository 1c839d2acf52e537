#include "wirestore.h"

#include "database.h"
#include "searchqueryparser.h"
#include "storyclusterer.h"
#include "walcheckpointer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QScopeGuard>
#include <QSet>
#include <QTimeZone>

#include <sqlite3.h>

#include <utility>
#include <variant>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

constexpr qint64 IdSlots = 1024; // ids per published millisecond
constexpr qint64 ClusterWindowMs = 48LL * 3600 * 1000;
constexpr qsizetype MaxExactComparisons = 4;
// Word hashes kept for cluster candidates (a few KB each): the items stored lately and
// the candidates read back.
constexpr qsizetype FeatureCacheSize = 4096;
// A commit that leaves the write-ahead log at this many pages asks the background
// checkpointer to copy it back (SQLite's own automatic checkpoint uses the same threshold,
// but runs it inside the writer's COMMIT). Past the hard limit the writer checkpoints
// itself, as SQLite would: the log stays bounded even when the checkpointer falls behind.
constexpr int WalCheckpointPages = 1000;
constexpr int WalHardLimitPages = 16000;

// Item ids per publication day (ids are time keys).
constexpr qint64 LshDayIds = IdSlots * 86400000LL;

// The publication day of an item id.
qint64 lshDay(qint64 id)
{
    return id / LshDayIds;
}

qint64 toMs(const QDateTime &dt)
{
    return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(qint64 ms, bool isNull = false)
{
    if (isNull)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

// For NOT NULL text columns: a null QString would bind NULL.
QString nn(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QString joinList(const QStringList &list)
{
    return list.isEmpty() ? QString() : list.join(u'\n');
}

QStringList splitList(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

QString contentHashOf(const WireItem &item)
{
    const QString normalized
        = item.title.simplified().toCaseFolded() + u'\n' + item.contentText.simplified().toCaseFolded();
    return QString::fromLatin1(QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Sha1).toHex());
}

// Columns every row query selects, in this order (see readRow()).
constexpr auto RowColumns = "i.id, i.source_id, i.guid, i.url, i.canonical_url, i.title, i.summary, i.authors, "
                            "i.categories, i.language, i.image_url, i.urgency, i.published, i.updated, i.fetched, "
                            "i.content_hash, i.is_read, i.starred, i.was_updated, i.also_in, i.cluster_id, "
                            "COALESCE(c.size, 1), s.name, s.label";
constexpr int RowColumnCount = 24;

InboxRow readRow(const SqliteStatement &q)
{
    InboxRow row;
    WireItem &it = row.item;
    it.id = q.int64(0);
    it.sourceId = q.int64(1);
    it.guid = q.text(2);
    it.url = q.text(3);
    it.canonicalUrl = q.text(4);
    it.title = q.text(5);
    it.summary = q.text(6);
    it.authors = splitList(q.text(7));
    it.categories = splitList(q.text(8));
    it.language = q.text(9);
    it.imageUrl = q.text(10);
    it.urgency = int(q.int64(11));
    it.published = fromMs(q.int64(12));
    it.updated = fromMs(q.int64(13), q.isNull(13));
    it.fetched = fromMs(q.int64(14), q.isNull(14));
    it.contentHash = q.text(15);
    row.read = q.int64(16) != 0;
    row.starred = q.int64(17) != 0;
    row.updated = q.int64(18) != 0;
    row.alsoIn = int(q.int64(19));
    row.clusterId = q.int64(20);
    row.clusterSize = int(q.int64(21));
    row.sourceName = q.text(22);
    row.sourceLabel = q.text(23);
    return row;
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

} // namespace

// A WHERE clause under construction with its bound values.
struct WireStore::Sql {
    QStringList where;
    QList<std::variant<qint64, QString>> binds;
    bool matchesNothing = false;
    bool usesFts = false;

    void add(const QString &clause) { where << clause; }
    void bind(std::variant<qint64, QString> v) { binds << std::move(v); }
    void apply(SqliteStatement &q) const
    {
        int index = 1;
        for (const auto &v : binds) {
            if (std::holds_alternative<qint64>(v))
                q.bind(index++, std::get<qint64>(v));
            else
                q.bind(index++, std::get<QString>(v));
        }
    }
};

const Schema &WireStore::schema()
{
    // Released steps are never edited: changes go into a new step.
    static const Schema s {u"wire"_s,
        {Migration {1,
             {
                 u"CREATE TABLE wire_source(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, "
                 u"type TEXT NOT NULL, location TEXT NOT NULL DEFAULT '', poll_seconds INTEGER NOT NULL DEFAULT 300, "
                 u"enabled INTEGER NOT NULL DEFAULT 1, label TEXT NOT NULL DEFAULT '' COLLATE NOCASE, "
                 u"retention_days INTEGER NOT NULL DEFAULT 0, retention_count INTEGER NOT NULL DEFAULT 0, "
                 u"etag TEXT, last_modified TEXT, last_result TEXT, last_error TEXT, last_attempt INTEGER, "
                 u"next_attempt INTEGER, failures INTEGER NOT NULL DEFAULT 0)"_s,
                 u"CREATE INDEX wire_source_label ON wire_source(label)"_s,
                 u"CREATE TABLE wire_cluster(id INTEGER PRIMARY KEY, size INTEGER NOT NULL, head INTEGER NOT NULL)"_s,
                 // id is the time key (see WireStore); published is kept for display and checks.
                 u"CREATE TABLE wire_item(id INTEGER PRIMARY KEY, "
                 u"source_id INTEGER NOT NULL REFERENCES wire_source(id) ON DELETE CASCADE, "
                 u"guid TEXT NOT NULL, url TEXT, canonical_url TEXT, title TEXT NOT NULL DEFAULT '', summary TEXT, "
                 u"content_html TEXT, content_text TEXT NOT NULL DEFAULT '', authors TEXT, categories TEXT, "
                 u"language TEXT, image_url TEXT, urgency INTEGER NOT NULL DEFAULT 0, published INTEGER NOT NULL, "
                 u"updated INTEGER, fetched INTEGER, content_hash TEXT, raw BLOB, "
                 u"is_read INTEGER NOT NULL DEFAULT 0, starred INTEGER NOT NULL DEFAULT 0, "
                 u"was_updated INTEGER NOT NULL DEFAULT 0, also_in INTEGER NOT NULL DEFAULT 0, "
                 u"cluster_id INTEGER, cluster_head INTEGER NOT NULL DEFAULT 1, minhash BLOB)"_s,
                 u"CREATE UNIQUE INDEX wire_item_guid ON wire_item(source_id, guid)"_s,
                 // (source_id) carries the rowid: it serves source: filters newest first and retention.
                 u"CREATE INDEX wire_item_source ON wire_item(source_id)"_s,
                 u"CREATE INDEX wire_item_url ON wire_item(canonical_url) WHERE canonical_url <> ''"_s,
                 u"CREATE INDEX wire_item_hash ON wire_item(content_hash) WHERE content_hash <> ''"_s,
                 u"CREATE INDEX wire_item_cluster ON wire_item(cluster_id) WHERE cluster_id IS NOT NULL"_s,
                 u"CREATE INDEX wire_item_starred ON wire_item(starred) WHERE starred = 1"_s,
                 u"CREATE TABLE wire_also_in(source_id INTEGER NOT NULL, guid TEXT NOT NULL, "
                 u"item_id INTEGER NOT NULL REFERENCES wire_item(id) ON DELETE CASCADE, url TEXT, seen INTEGER, "
                 u"PRIMARY KEY(source_id, guid)) WITHOUT ROWID"_s,
                 u"CREATE INDEX wire_also_in_item ON wire_also_in(item_id)"_s,
                 u"CREATE TABLE wire_tombstone(source_id INTEGER NOT NULL, guid TEXT NOT NULL, deleted INTEGER NOT "
                 u"NULL, "
                 u"PRIMARY KEY(source_id, guid)) WITHOUT ROWID"_s,
                 u"CREATE TABLE wire_tombstone_hash(content_hash TEXT PRIMARY KEY, deleted INTEGER NOT NULL) "
                 u"WITHOUT ROWID"_s,
                 // LSH bands of the MinHash signatures, led by the publication day: band keys are
                 // random, and without the day every new item wrote 16 random pages of a table
                 // that reaches 16 M rows at a million items; with it the writes stay in the
                 // last days' pages. item_id doubles as the time key for the window.
                 u"CREATE TABLE wire_lsh(bucket INTEGER NOT NULL, band_key INTEGER NOT NULL, "
                 u"item_id INTEGER NOT NULL, PRIMARY KEY(bucket, band_key, item_id)) WITHOUT ROWID"_s,
                 u"CREATE TABLE wire_saved_search(id INTEGER PRIMARY KEY, name TEXT NOT NULL, query TEXT NOT NULL, "
                 u"alert INTEGER NOT NULL DEFAULT 0)"_s,
                 // External-content FTS5 (the text is stored once), kept in sync by the store's
                 // code, not by triggers: an INSERT whose trigger writes to FTS5 runs in a
                 // statement savepoint, and FTS5 flushes its pending terms at every savepoint,
                 // which wrote one tiny index segment per item (measured: ~4x slower ingest).
                 u"CREATE VIRTUAL TABLE wire_fts USING fts5(title, content_text, authors, content='wire_item', "
                 u"content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='3 4')"_s,
             }},
            // FTS5 flushes its pending terms into a new index segment whenever they pass
            // 'hashsize' bytes (default 1 MiB), and every segment is merged again later: an
            // ingest batch of 500 items wrote a dozen small segments and then rewrote them.
            // With 16 MiB a batch flushes once, at COMMIT (callgrind, 2 × 1,000 items with
            // long bodies: FTS5 1.06 M → 0.51 M instructions per item, the whole store
            // 1.62 M → 1.07 M). The value is stored in wire_fts_config, so it holds for every
            // connection; it bounds the writer's memory for pending terms, not the index.
            Migration {2,
                {
                    u"INSERT INTO wire_fts(wire_fts, rank) VALUES('hashsize', 16777216)"_s,
                }},
            // wire_lsh becomes one row per item: its MinHash signature, keyed by the item id
            // (the time key, so a publication day is a rowid range). Nothing looks a band key
            // up in SQL any more: clustering reads a day's rows into memory once and derives
            // the band keys there (StoryClusterer::bandKeys), and deleting an item needs only
            // its id. 16 index rows per item cost the writer 87,000 instructions per item
            // (callgrind, bench_ingest); one row costs a fraction of that (README, cost table).
            // Only the items that had band rows (clustered on ingest) get a row, so items
            // stored with clustering off stay out of clusters, as before.
            Migration {3,
                {
                    u"CREATE TABLE wire_lsh_by_item(item_id INTEGER PRIMARY KEY, signature BLOB NOT NULL)"_s,
                    u"INSERT INTO wire_lsh_by_item(item_id, signature) SELECT id, minhash FROM wire_item "
                    u"WHERE length(minhash) = 64 AND id IN (SELECT item_id FROM wire_lsh)"_s,
                    u"DROP TABLE wire_lsh"_s,
                    u"ALTER TABLE wire_lsh_by_item RENAME TO wire_lsh"_s,
                }}}};
    return s;
}

WireStore::WireStore() = default;

WireStore::~WireStore()
{
    close();
}

bool WireStore::open(const QString &filePath)
{
    close();
    m_error.clear();
    m_path = filePath;
    {
        Database migrator; // WAL mode and the module's schema version live in the file
        if (!migrator.open(filePath) || !migrator.migrate(schema()))
            return fail(migrator.errorString());
    }
    const QByteArray path = filePath.toUtf8();
    if (sqlite3_open_v2(path.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        const QString why = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
        sqlite3_close(m_db);
        m_db = nullptr;
        return fail(QCoreApplication::translate("WireStore", "Cannot open %1: %2").arg(filePath, why));
    }
    sqlite3_busy_timeout(m_db, 5000);
    // synchronous=NORMAL in WAL survives application crashes (kill -9) without an fsync per
    // commit; cache and mmap keep inbox pages off the disk.
    if (!exec("PRAGMA synchronous=NORMAL") || !exec("PRAGMA foreign_keys=ON") || !exec("PRAGMA temp_store=MEMORY")
        || !exec("PRAGMA cache_size=-131072") || !exec("PRAGMA mmap_size=268435456")) {
        const QString why = m_error;
        close();
        return fail(why);
    }
    // Replaces SQLite's automatic checkpoint (a WAL hook overrides wal_autocheckpoint).
    m_checkpointer = std::make_unique<WalCheckpointer>(path);
    sqlite3_wal_hook(m_db, &WireStore::walCommitted, this);
    return true;
}

int WireStore::walCommitted(void *self, sqlite3 *db, const char *dbName, int pages)
{
    auto *store = static_cast<WireStore *>(self);
    if (pages >= WalHardLimitPages || !store->m_checkpointer)
        sqlite3_wal_checkpoint_v2(db, dbName, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    else if (pages >= WalCheckpointPages)
        store->m_checkpointer->request();
    return SQLITE_OK;
}

void WireStore::close()
{
    m_statements.clear();
    forgetClusterCaches();
    m_dataVersion = -1;
    m_checkpointer.reset(); // waits for a running checkpoint
    if (m_db) {
        sqlite3_wal_hook(m_db, nullptr, nullptr);
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

bool WireStore::fail(const QString &message)
{
    m_error = message;
    // SQLite's own words ("disk I/O error") say what failed, not what it means for the
    // user: for the conditions a desk meets, say that too. Recognised by SQLite's fixed
    // text for the code, since the connection's last error may belong to a later call
    // (the roll-back) by the time the failure reaches here.
    const auto is = [&message](int code) { return message == QString::fromUtf8(sqlite3_errstr(code)); };
    if (is(SQLITE_FULL)) {
        m_error = QCoreApplication::translate(
            "WireStore", "The disk is full (%1): nothing of this change was stored. Free some space and try again.")
                      .arg(message);
    } else if (is(SQLITE_IOERR)) {
        m_error = QCoreApplication::translate("WireStore",
            "The wire store could not be written to the disk (%1): nothing of this change was stored. The disk "
            "may be full or failing.")
                      .arg(message);
    } else if (is(SQLITE_READONLY)) {
        m_error = QCoreApplication::translate(
            "WireStore", "The wire store is read-only (%1): nothing of this change was stored.")
                      .arg(message);
    } else if (is(SQLITE_BUSY) || is(SQLITE_LOCKED)) {
        m_error = QCoreApplication::translate("WireStore",
            "The wire store is busy in another program (%1): nothing of this change was stored; it is tried "
            "again on the next refresh.")
                      .arg(message);
    }
    return false;
}

bool WireStore::exec(const char *sql)
{
    if (!m_db)
        return fail(QCoreApplication::translate("WireStore", "The wire store is not open."));
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString why = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return fail(why);
    }
    return true;
}

bool WireStore::begin()
{
    // IMMEDIATE takes the write lock up front: no deadlock when a reader upgrades.
    return exec("BEGIN IMMEDIATE");
}

bool WireStore::commit()
{
    // Statements still positioned on a row keep the connection reading, and then the
    // automatic WAL checkpoint after COMMIT cannot run: the WAL grew to gigabytes before
    // this reset was added.
    resetStatements();
    return exec("COMMIT");
}

void WireStore::forgetClusterCaches()
{
    m_featureCache.clear();
    m_lsh.clear();
}

void WireStore::rollback()
{
    forgetClusterCaches(); // they may hold rows of the transaction rolled back
    m_pendingText.clear();
    const QString keep = m_error;
    if (sqlite3_get_autocommit(m_db) == 0)
        exec("ROLLBACK");
    m_error = keep;
}

void WireStore::resetStatements()
{
    // A statement left on an unread row keeps its read snapshot (and blocks checkpoints):
    // every public call ends with all cached statements reset.
    for (const auto &s : std::as_const(m_statements))
        s->reset();
}

SqliteStatement &WireStore::stmt(const char *sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, std::make_shared<SqliteStatement>(m_db, QString::fromUtf8(sql)));
    SqliteStatement &s = **it;
    s.reset();
    return s;
}

void WireStore::prepareClustering(WireItem &item)
{
    StoryClusterer::WordHashes words;
    StoryClusterer::WordHashes keyWords;
    StoryClusterer::featureHashes(item.title, item.contentText, &words, &keyWords);
    // Names and numbers identify a story best; plain words when an item has too few.
    item.clusterSignature = StoryClusterer::hashSignature(keyWords.size() >= 3 ? keyWords : words);
    item.clusterWords = std::move(words);
    item.hasClusterFeatures = true;
}

qint64 WireStore::idBaseFor(const QDateTime &published)
{
    return qMax<qint64>(0, toMs(published)) * IdSlots;
}

// ---------------------------------------------------------------------------------------
// Sources

qint64 WireStore::addSource(WireSource source)
{
    const auto idle = qScopeGuard([this] { resetStatements(); });
    if (!m_db) {
        fail(QCoreApplication::translate("WireStore", "The wire store is not open."));
        return 0;
    }
    if (source.name.trimmed().isEmpty()) {
        fail(QCoreApplication::translate("WireStore", "A source needs a name."));
        return 0;
    }
    SqliteStatement &q = stmt("INSERT INTO wire_source(name, type, location, poll_seconds, enabled, label, "
                              "retention_days, retention_count, etag, last_modified, last_result, last_error, "
                              "last_attempt, next_attempt, failures) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    q.bind(1, source.name.trimmed()).bind(2, nn(source.type)).bind(3, nn(source.location)).bind(4, source.pollSeconds);
    q.bind(5, int(source.enabled))
        .bind(6, nn(source.label))
        .bind(7, source.retentionDays)
        .bind(8, source.retentionCount);
    q.bind(9, source.etag).bind(10, source.lastModified).bind(11, source.lastResult).bind(12, source.lastError);
    if (source.lastAttempt.isValid())
        q.bind(13, toMs(source.lastAttempt));
    if (source.nextAttempt.isValid())
        q.bind(14, toMs(source.nextAttempt));
    q.bind(15, source.consecutiveFailures);
    if (!q.exec()) {
        fail(q.errorString().contains(u"UNIQUE"_s)
                ? QCoreApplication::translate("WireStore", "A source named “%1” exists already.").arg(source.name)
                : q.errorString());
        return 0;
    }
    return sqlite3_last_insert_rowid(m_db);
}

bool WireStore::updateSource(const WireSource &source)
{
    const auto idle = qScopeGuard([this] { resetStatements(); });
    if (!m_db)
        return fail(QCoreApplication::translate("WireStore", "The wire store is not open."));
    SqliteStatement &q = stmt("UPDATE wire_source SET name=?, type=?, location=?, poll_seconds=?, enabled=?, label=?, "
                              "retention_days=?, retention_count=?, etag=?, last_modified=?, last_result=?, "
                              "last_error=?, last_attempt=?, next_attempt=?, failures=? WHERE id=?");
    q.bind(1, source.name.trimmed()).bind(2, nn(source.type)).bind(3, nn(source.location)).bind(4, source.pollSeconds);
    q.bind(5, int(source.enabled))
        .bind(6, nn(source.label))
        .bind(7, source.retentionDays)
        .bind(8, source.retentionCount);
    q.bind(9, source.etag).bind(10, source.lastModified).bind(11, source.lastResult).bind(12, source.lastError);
    if (source.lastAttempt.isValid())
        q.bind(13, toMs(source.lastAttempt));
    if (source.nextAttempt.isValid())
        q.bind(14, toMs(source.nextAttempt));
    q.bind(15, source.consecutiveFailures).bind(16, source.id);
    if (!q.exec())
        return fail(q.errorString());
    if (sqlite3_changes(m_db) != 1)
        return fail(QCoreApplication::translate("WireStore", "No source with id %1.").arg(source.id));
    return true;
}

bool WireStore::removeSource(qint64 id, const RemovalProgress &progress)
{
    const auto idle = qScopeGuard([this] { resetStatements(); });
    if (!begin())
        return false;
    // Clusters lose members: delete item by item so cluster sizes and LSH rows stay right.
    QList<qint64> ids;
    {
        SqliteStatement &q = stmt("SELECT id FROM wire_item WHERE source_id=?");
        q.bind(1, id);
        while (q.next())
            ids << q.int64(0);
    }
    const qint64 total = ids.size();
    for (qint64 done = 0; done < total; ++done) {
        // Every 64 items: often enough for a progress bar, rarely enough to cost nothing.
        if (progress && done % 64 == 0 && !progress(done, total)) {
            rollback();
            return fail(QCoreApplication::translate("WireStore", "The removal was cancelled; nothing was removed."));
        }
        if (!deleteOne(ids.at(done), -1)) {
            rollback();
            return false;
        }
    }
    if (progress)
        progress(total, total);
    // Its duplicates no longer count on other wires' items, and its tombstones go too: a
    // source added later may get the same id.
    SqliteStatement &a = stmt("UPDATE wire_item SET also_in = max(0, also_in - (SELECT count(*) FROM wire_also_in a "
                              "WHERE a.item_id = wire_item.id AND a.source_id = ?1)) "
                              "WHERE id IN (SELECT item_id FROM wire_also_in WHERE source_id = ?1)");
    a.bind(1, id);
    SqliteStatement &d = stmt("DELETE FROM wire_also_in WHERE source_id=?");
    d.bind(1, id);
    SqliteStatement &t = stmt("DELETE FROM wire_tombstone WHERE source_id=?");
    t.bind(1, id);
    SqliteStatement &q = stmt("DELETE FROM wire_source WHERE id=?");
    q.bind(1, id);
    for (SqliteStatement *step : {&a, &d, &t, &q}) {
        if (!step->exec()) {
            fail(step->errorString());
            rollback();
            return false;
        }
    }
    return commit();
}

QList<WireSource> WireStore::sources()
{
    const auto idle = qScopeGuard([this] { resetStatements(); });
    QList<WireSource> out;
    if (!m_db)
        return out;
    SqliteStatement &q = stmt("SELECT id, name, type, location, poll_seconds, enabled, label, retention_days, "
                              "retention_count, etag, last_modified, last_result, last_error, last_attempt, "
                              "next_attempt, failures FROM wire_source ORDER BY name");
    while (q.next()) {
        WireSource s;
        s.id = q.int64(0);
        s.name = q.text(1);
        s.type = q.text(2);
        s.location = q.text(3);
        s.pollSeconds = int(q.int64(4));
        s.enabled = q.int64(5) != 0;
        s.label = q.text(6);
        s.retentionDays = int(q.int64(7));
        s.retentionCount = int(q.int64(8));
        s.etag = q.text(9);
        s.lastModified = q.text(10);
        s.lastResult = q.text(11);
        s.lastError = q.text(12);
        s.lastAttempt = fromMs(q.int64(13), q.isNull(13));
        s.nextAttempt = fromMs(q.int64(14), q.isNull(14));
        s.consecutiveFailures = int(q.int64(15));
        out << s;
    }
    return out;
}

WireSource WireStore::source(qint64 id)
{
    const QList<WireSource> all = sources();
    for (const WireSource &s : all) {
        if (s.id == id)
            return s;
    }
    return {};
}

// ---------------------------------------------------------------------------------------
// Ingest

qint64 WireStore::assignId(qint64 base)
{
    // Several items can share a millisecond: take the next free slot of it, or of a later
    // millisecond when (unusually) all 1024 are taken.
    for (;;) {
        SqliteStatement &q = stmt("SELECT max(id) FROM wire_item WHERE id >= ?1 AND id < ?1 + 1024");
        q.bind(1, base);
        if (!q.next())
            return 0;
        if (q.isNull(0))
            return base;
        const qint64 next = q.int64(0) + 1;
        if (next < base + IdSlots)
            return next;
        base += IdSlots;
    }
}

IngestResult WireStore::ingest(qint64 sourceId, const QList<WireItem> &items)
{
    return ingest(QList<SourceItems> {{sourceId, items}}).constFirst();
}

QList<IngestResult> WireStore::ingest(const QList<SourceItems> &batches)
{
    const auto idle = qScopeGuard([this] { resetStatements(); });
    QList<IngestResult> results;
    results.reserve(batches.size());
    for (const SourceItems &batch : batches) {
        IngestResult r;
        r.sourceId = batch.sourceId;
        results << r;
    }
    auto failAll = [&](const QString &why) {
        for (IngestResult &r : results) {
            const qint64 id = r.sourceId;
            r = IngestResult {};
            r.sourceId = id;
            r.error = why;
        }
        return results;
    };
    if (!m_db)
        return failAll(QCoreApplication::translate("WireStore", "The wire store is not open."));
    if (!begin())
        return failAll(m_error);
    {
        // Another connection's commit may have changed wire_lsh or items under the caches.
        SqliteStatement &q = stmt("PRAGMA data_version");
        const qint64 version = q.next() ? q.int64(0) : -2;
        q.reset();
        if (version != m_dataVersion)
            forgetClusterCaches();
        m_dataVersion = version;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < batches.size(); ++i) {
        const SourceItems &batch = batches.at(i);
        SqliteStatement &q = stmt("SELECT 1 FROM wire_source WHERE id=?");
        q.bind(1, batch.sourceId);
        const bool known = q.next();
        q.reset();
        if (!known) {
            // A source removed meanwhile fails alone; the other sources' items are stored.
            results[i].error = QCoreApplication::translate("WireStore", "No source with id %1.").arg(batch.sourceId);
            continue;
        }
        if (!ingestItems(batch.sourceId, batch.items, now, &results[i])) {
            const QString why = m_error;
            rollback();
            return failAll(why);
        }
    }
    if (!indexPendingText() || !commit()) {
        const QString why = m_error;
        rollback();
        return failAll(why);
    }
    return results;
}

// The per-item work of ingest(), inside its transaction. Returns false (m_error set) on an
// SQL error; the caller rolls the whole transaction back.
bool WireStore::ingestItems(qint64 sourceId, const QList<WireItem> &items, const QDateTime &now, IngestResult *result)
{
    const qint64 nowMs = toMs(now);
    for (WireItem item : items) {
        if (item.contentHash.isEmpty())
            item.contentHash = contentHashOf(item);
        if (item.guid.isEmpty())
            item.guid = !item.url.isEmpty() ? item.url : item.contentHash;
        if (!item.fetched.isValid())
            item.fetched = now;
        if (!item.published.isValid() || item.published.toMSecsSinceEpoch() <= 0) // ids need a positive time
            item.published = item.fetched;
        if (item.published > now.addSecs(300)) // ids are time keys: no item from the future
            item.published = now;

        // All the dedupe look-ups in one statement (one VDBE run instead of five; callgrind
        // in the README). Each branch yields at most one row; the lowest kind decides:
        // 1 deleted or purged before: never again; 2 known (source, guid); 3 already recorded
        // as a duplicate from this source; 4 same canonical URL, 5 same text as a stored item.
        int kind = 0;
        qint64 knownId = 0;
        QString knownHash;
        qint64 original = 0;
        qint64 originalSource = 0;
        {
            SqliteStatement &q
                = stmt("SELECT 1, 0, NULL FROM wire_tombstone WHERE source_id=?1 AND guid=?2 "
                       "UNION ALL SELECT 1, 0, NULL FROM wire_tombstone_hash WHERE content_hash=?3 "
                       "UNION ALL SELECT 2, id, content_hash FROM wire_item WHERE source_id=?1 AND guid=?2 "
                       "UNION ALL SELECT 3, 0, NULL FROM wire_also_in WHERE source_id=?1 AND guid=?2 "
                       "UNION ALL SELECT * FROM (SELECT 4, id, source_id FROM wire_item "
                       "WHERE canonical_url=?4 AND canonical_url<>'' LIMIT 1) "
                       "UNION ALL SELECT * FROM (SELECT 5, id, source_id FROM wire_item "
                       "WHERE content_hash=?3 AND content_hash<>'' LIMIT 1)");
            q.bind(1, sourceId).bind(2, item.guid).bind(3, item.contentHash);
            if (!item.canonicalUrl.isEmpty())
                q.bind(4, item.canonicalUrl);
            while (q.next()) {
                const int k = int(q.int64(0));
                if (kind && kind <= k)
                    continue;
                kind = k;
                if (k == 2) {
                    knownId = q.int64(1);
                    knownHash = q.text(2);
                } else if (k >= 4) {
                    original = q.int64(1);
                    originalSource = q.int64(2);
                }
            }
            if (q.failed())
                return fail(q.errorString());
        }
        if (kind == 1) {
            ++result->tombstoned;
            continue;
        }
        // Known (source, guid): unchanged, or updated in place keeping read/starred.
        if (kind == 2) {
            const qint64 id = knownId;
            if (knownHash == item.contentHash) {
                ++result->unchanged;
                continue;
            }
            if (!unindex(id))
                return fail(m_error);
            SqliteStatement &u = stmt("UPDATE wire_item SET url=?, canonical_url=?, title=?, summary=?, "
                                      "content_html=?, content_text=?, authors=?, categories=?, language=?, "
                                      "image_url=?, urgency=?, updated=?, fetched=?, content_hash=?, raw=?, "
                                      "was_updated=1 WHERE id=?");
            u.bind(1, item.url).bind(2, item.canonicalUrl).bind(3, nn(item.title)).bind(4, item.summary);
            u.bind(5, item.contentHtml).bind(6, nn(item.contentText)).bind(7, joinList(item.authors));
            u.bind(8, joinList(item.categories)).bind(9, item.language).bind(10, item.imageUrl);
            u.bind(11, item.urgency).bind(12, toMs(item.updated.isValid() ? item.updated : now));
            u.bind(13, toMs(item.fetched)).bind(14, item.contentHash).bind(15, item.raw).bind(16, id);
            if (!u.exec())
                return fail(u.errorString());
            m_pendingText.insert(id, {item.title, item.contentText, joinList(item.authors)});
            ++result->updated;
            continue;
        }
        if (kind == 3) {
            ++result->duplicates;
            continue;
        }
        // Same canonical URL or same text as a stored item: count it there.
        if (original) {
            SqliteStatement &a
                = stmt("INSERT INTO wire_also_in(source_id, guid, item_id, url, seen) VALUES(?,?,?,?,?)");
            a.bind(1, sourceId).bind(2, item.guid).bind(3, original).bind(4, item.url).bind(5, nowMs);
            if (!a.exec())
                return fail(a.errorString());
            if (originalSource != sourceId) {
                SqliteStatement &u = stmt("UPDATE wire_item SET also_in = also_in + 1 WHERE id=?");
                u.bind(1, original);
                if (!u.exec())
                    return fail(u.errorString());
            }
            ++result->duplicates;
            continue;
        }
        // A new item.
        const qint64 id = assignId(idBaseFor(item.published));
        if (!id)
            return fail(
                m_error.isEmpty() ? QCoreApplication::translate("WireStore", "Cannot assign an item id.") : m_error);
        if (!item.hasClusterFeatures)
            prepareClustering(item);
        StoryClusterer::WordHashes words = std::move(item.clusterWords);
        const QByteArray signature = item.clusterSignature;
        SqliteStatement &ins = stmt("INSERT INTO wire_item(id, source_id, guid, url, canonical_url, title, summary, "
                                    "content_html, content_text, authors, categories, language, image_url, urgency, "
                                    "published, updated, fetched, content_hash, raw, minhash) "
                                    "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        ins.bind(1, id).bind(2, sourceId).bind(3, item.guid).bind(4, item.url).bind(5, item.canonicalUrl);
        ins.bind(6, nn(item.title)).bind(7, item.summary).bind(8, item.contentHtml).bind(9, nn(item.contentText));
        ins.bind(10, joinList(item.authors)).bind(11, joinList(item.categories)).bind(12, item.language);
        ins.bind(13, item.imageUrl).bind(14, item.urgency).bind(15, toMs(item.published));
        if (item.updated.isValid())
            ins.bind(16, toMs(item.updated));
        ins.bind(17, toMs(item.fetched)).bind(18, item.contentHash).bind(19, item.raw).bind(20, signature);
        if (!ins.exec())
            return fail(ins.errorString());
        m_pendingText.insert(id, {item.title, item.contentText, joinList(item.authors)});
        const int joined = m_clustering ? assignCluster(id, sourceId, std::move(words), signature) : 0;
        if (joined < 0)
            return fail(m_error);
        result->clustered += joined;
        ++result->added;
        result->addedIds << id;
    }
    return true;
}

// Adds (or with remove, takes out) one item's text in the full-text index. FTS5's
// external-content 'delete' needs exactly the values that were indexed.
bool WireStore::indexText(qint64 id, const QString &title, const QString &text, const QString &authors, bool remove)
{
    SqliteStatement &q = remove ? stmt("INSERT INTO wire_fts(wire_fts, rowid, title, content_text, authors) "
                                       "VALUES('delete', ?, ?, ?, ?)")
                                : stmt("INSERT INTO wire_fts(rowid, title, content_text, authors) VALUES(?, ?, ?, ?)");
    q.bind(1, id).bind(2, title).bind(3, text).bind(4, authors);
    return q.exec() || fail(q.errorString());
}

// FTS5 keeps the terms of a transaction in memory and must write them out as a segment
// whenever a rowid comes that is lower than the previous one. Feeds list the newest item
// first and ids are time keys, so indexing in arrival order wrote one segment per item,
// which FTS5 then merged over and over (callgrind, bench_ingest, 2 × 1,000 items: 1.5 M
// instructions per item in FTS5). ingest() collects the rows and indexes them here, in
// ascending rowid order, once per transaction.
bool WireStore::indexPendingText()
{
    const auto pending = std::exchange(m_pendingText, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        if (!indexText(it.key(), it->title, it->text, it->authors, false))
            return false;
    }
    return true;
}

bool WireStore::unindex(qint64 id)
{
    m_featureCache.remove(id);
    // Not in the index yet (added earlier in this transaction): nothing to delete there.
    if (m_pendingText.remove(id))
        return true;
    QString title;
    QString text;
    QString authors;
    {
        SqliteStatement &q = stmt("SELECT title, content_text, authors FROM wire_item WHERE id=?");
        q.bind(1, id);
        if (!q.next())
            return !q.failed() || fail(q.errorString());
        title = q.text(0);
        text = q.text(1);
        authors = q.text(2);
        q.reset();
    }
    return indexText(id, title, text, authors, true);
}

// The day's band keys, read from wire_lsh (one signature per item, ids in time order) the
// first time the day is needed.
const QHash<qint64, std::vector<qint64>> &WireStore::lshBucket(qint64 day, bool *ok)
{
    auto it = m_lsh.find(day);
    if (it != m_lsh.end())
        return *it;
    QHash<qint64, std::vector<qint64>> bucket;
    SqliteStatement &q = stmt("SELECT item_id, signature FROM wire_lsh WHERE item_id >= ? AND item_id < ?");
    q.bind(1, day * LshDayIds).bind(2, (day + 1) * LshDayIds);
    while (q.next()) {
        const qint64 id = q.int64(0);
        // Rows come in id order, so every key's list stays ascending.
        for (const qint64 key : StoryClusterer::bandKeys(q.blob(1)))
            bucket[key].push_back(id);
    }
    if (q.failed())
        *ok = fail(q.errorString());
    return *m_lsh.insert(day, std::move(bucket));
}

// Returns 1 when the item joined a cluster, 0 when it stays alone, -1 on error.
int WireStore::assignCluster(
    qint64 id, qint64 sourceId, StoryClusterer::WordHashes features, const QByteArray &signature)
{
    const QList<qint64> keys = StoryClusterer::bandKeys(signature);
    if (keys.isEmpty())
        return 0;
    const qint64 lo = id - ClusterWindowMs * IdSlots;
    const qint64 hi = id + ClusterWindowMs * IdSlots;
    const qint64 day = lshDay(id);
    bool ok = true;
    // The ±48 h window spans five publication days; a few candidates per band are plenty:
    // per band key, days in order and ids ascending, at most 24 (the 16-row wire_lsh of
    // schema 1–2 gave the same candidates through its (bucket, band_key, item_id) key).
    if (m_lsh.size() >= 64) // a live inbox touches a few days; an archive import many
        m_lsh.clear();
    for (qint64 b = day - 2; b <= day + 2; ++b)
        lshBucket(b, &ok);
    if (!ok)
        return -1;
    // Taken after loading all five: an insert into m_lsh may move its values.
    const QHash<qint64, std::vector<qint64>> *days[5];
    for (int d = 0; d < 5; ++d)
        days[d] = &*m_lsh.constFind(day - 2 + d);
    // Every band's candidates in one list, counted after sorting: a QHash of counters cost
    // ~20,000 instructions per item (callgrind) for a few hundred increments.
    std::vector<qint64> &matches = m_bandMatches;
    matches.clear();
    for (const qint64 key : keys) {
        int taken = 0;
        for (int d = 0; d < 5 && taken < 24; ++d) {
            const auto ids = days[d]->constFind(key);
            if (ids == days[d]->constEnd())
                continue;
            for (auto at = std::lower_bound(ids->begin(), ids->end(), lo); at != ids->end() && *at <= hi && taken < 24;
                 ++at, ++taken)
                matches.push_back(*at);
        }
    }
    std::sort(matches.begin(), matches.end());
    // Only the strongest few candidates get the exact (costly) comparison: real rewrites
    // share most of their names and numbers and so most bands.
    QList<QPair<int, qint64>> ranked;
    for (size_t i = 0; i < matches.size();) {
        size_t j = i + 1;
        while (j < matches.size() && matches[j] == matches[i])
            ++j;
        if (int(j - i) >= StoryClusterer::MinMatchingBands)
            ranked.append({int(j - i), matches[i]});
        i = j;
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a > b; });
    if (ranked.size() > MaxExactComparisons)
        ranked.resize(MaxExactComparisons);
    qint64 best = 0;
    qint64 bestCluster = 0;
    double bestScore = 0;
    for (const auto &[matches, candidate] : std::as_const(ranked)) {
        // Candidates stored lately by this connection are all in the cache (deleted items
        // leave it, another connection's commit empties it); the others are read back once.
        auto cached = m_featureCache.constFind(candidate);
        if (cached == m_featureCache.constEnd()) {
            SqliteStatement &q = stmt("SELECT source_id, title, content_text FROM wire_item WHERE id=?");
            q.bind(1, candidate);
            if (!q.next())
                continue;
            if (m_featureCache.size() >= FeatureCacheSize)
                m_featureCache.clear();
            ClusterCandidate read;
            read.sourceId = q.int64(0);
            StoryClusterer::WordHashes keyWords;
            StoryClusterer::featureHashes(q.text(1), q.text(2), &read.words, &keyWords);
            cached = m_featureCache.insert(candidate, std::move(read));
        }
        if (cached->sourceId == sourceId)
            continue;
        const double score = StoryClusterer::hashSimilarity(features, cached->words);
        if (score >= StoryClusterer::threshold() && score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    if (best) {
        // Only the chosen candidate's cluster matters: one look-up, not one per candidate
        // (callgrind: ~3 look-ups per item before).
        SqliteStatement &q = stmt("SELECT cluster_id FROM wire_item WHERE id=?");
        q.bind(1, best);
        if (q.next())
            bestCluster = q.int64(0);
        else if (q.failed())
            return fail(q.errorString()) ? 0 : -1;
        else
            best = 0;
    }
    // One row per item (migration 3): 16 rows of (day, band key, item) cost 87,000
    // instructions per item; the band keys are derived again when a day is read.
    {
        SqliteStatement &q = stmt("INSERT OR REPLACE INTO wire_lsh(item_id, signature) VALUES(?,?)");
        q.bind(1, id).bind(2, signature);
        if (!q.exec())
            return fail(q.errorString()) ? 0 : -1;
    }
    for (const qint64 key : keys) {
        std::vector<qint64> &ids = m_lsh[day][key];
        const auto at = std::lower_bound(ids.begin(), ids.end(), id);
        if (at == ids.end() || *at != id)
            ids.insert(at, id);
    }
    // The next items of the same story compare with this one: keep its words, which are
    // the ones featureHashes() would compute again from the stored title and text.
    if (m_featureCache.size() >= FeatureCacheSize)
        m_featureCache.clear();
    m_featureCache.insert(id, ClusterCandidate {sourceId, std::move(features)});
    if (!best)
        return 0;
    if (!bestCluster) {
        // The match starts a cluster named after its first member.
        bestCluster = best;
        SqliteStatement &c = stmt("INSERT INTO wire_cluster(id, size, head) VALUES(?, 1, ?)");
        c.bind(1, bestCluster).bind(2, best);
        if (!c.exec())
            return fail(c.errorString()) ? 0 : -1;
        SqliteStatement &u = stmt("UPDATE wire_item SET cluster_id=?, cluster_head=1 WHERE id=?");
        u.bind(1, bestCluster).bind(2, best);
        if (!u.exec())
            return fail(u.errorString()) ? 0 : -1;
    }
    qint64 head = 0;
    {
        SqliteStatement &q = stmt("SELECT head FROM wire_cluster WHERE id=?");
        q.bind(1, bestCluster);
        if (!q.next())
            return fail(QCoreApplication::translate("WireStore", "Story cluster %1 is missing.").arg(bestCluster)) ? 0
                                                                                                                   : -1;
        head = q.int64(0);
    }
    const bool newHead = id > head;
    if (newHead) {
        SqliteStatement &u = stmt("UPDATE wire_item SET cluster_head=0 WHERE id=?");
        u.bind(1, head);
        if (!u.exec())
            return fail(u.errorString()) ? 0 : -1;
    }
    SqliteStatement &c = stmt("UPDATE wire_cluster SET size = size + 1, head = ? WHERE id=?");
    c.bind(1, newHead ? id : head).bind(2, bestCluster);
    SqliteStatement &u = stmt("UPDATE wire_item SET cluster_id=?, cluster_head=? WHERE id=?");
    u.bind(1, bestCluster).bind(2, int(newHead)).bind(3, id);
    if (!c.exec() || !u.exec())
        return fail(c.failed() ? c.errorString() : u.errorString()) ? 0 : -1;
    return 1;
}

// ---------------------------------------------------------------------------------------
// Queries

QList<qint64> WireStore::resolveSources(const InboxQuery &query, bool *restricted)
{
    QList<qint64> ids;
    *restricted = !query.sourceNames.isEmpty() || !query.labels.isEmpty() || !query.sourceIds.isEmpty();
    if (!*restricted)
        return ids;
    QSet<qint64> byName;
    QSet<qint64> byLabel;
    for (const QString &name : query.sourceNames) {
        SqliteStatement &q = stmt("SELECT id FROM wire_source WHERE name = ?");
        q.bind(1, name);
        while (q.next())
            byName.insert(q.int64(0));
    }
    for (const qint64 id : query.sourceIds)
        byName.insert(id);
    for (const QString &label : query.labels) {
        SqliteStatement &q = stmt("SELECT id FROM wire_source WHERE label = ?");
        q.bind(1, label);
        while (q.next())
            byLabel.insert(q.int64(0));
    }
    // Sources are OR'ed within a kind; source and label filters together must both hold.
    QSet<qint64> chosen;
    const bool names = !query.sourceNames.isEmpty() || !query.sourceIds.isEmpty();
    if (names && !query.labels.isEmpty())
        chosen = byName.intersect(byLabel);
    else
        chosen = names ? byName : byLabel;
    ids = QList<qint64>(chosen.begin(), chosen.end());
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool WireStore::buildWhere(const InboxQuery &query, const QString &fts, Sql *sql)
{
    bool restricted = false;
    const QList<qint64> sources = resolveSources(query, &restricted);
    if (restricted && sources.isEmpty()) {
        sql->matchesNothing = true;
        return true;
    }
    sql->usesFts = !fts.isEmpty();
    // With a full-text search the FTS table drives the loop (its rowid is the time key);
    // otherwise the item table's rowid does.
    const QString key = sql->usesFts ? u"wire_fts.rowid"_s : u"i.id"_s;
    if (sql->usesFts) {
        sql->add(u"wire_fts MATCH ?"_s);
        sql->bind(fts);
    }
    if (restricted) {
        if (sources.size() == 1 && !sql->usesFts) {
            sql->add(u"i.source_id = %1"_s.arg(sources.first()));
        } else if (sql->usesFts && sources.size() <= 8) {
            // Checked on the small (source_id, rowid) index before the item row is read:
            // a common word with a 1 % source otherwise read ~5,000 big rows per page
            // (p95 293 ms at 1 M items).
            sql->add(u"EXISTS (SELECT 1 FROM wire_item j INDEXED BY wire_item_source WHERE j.source_id IN (%1) "
                     u"AND j.id = wire_fts.rowid)"_s.arg(idList(sources)));
        } else {
            // The unary + keeps SQLite walking newest-first instead of sorting a source's rows.
            sql->add(u"+i.source_id IN (%1)"_s.arg(idList(sources)));
        }
    }
    if (query.publishedFrom.isValid()) {
        sql->add(key + u" >= ?"_s);
        sql->bind(idBaseFor(query.publishedFrom));
    }
    if (query.publishedTo.isValid()) {
        sql->add(key + u" < ?"_s);
        sql->bind(idBaseFor(query.publishedTo));
    }
    addRowFilters(query, sql);
    return true;
}

// Filters on the item row itself.
void WireStore::addRowFilters(const InboxQuery &query, Sql *sql)
{
    if (query.urgencyMin > 0 || query.urgencyMax != 0) {
        sql->add(u"i.urgency BETWEEN ? AND ?"_s);
        sql->bind(qint64(qMax(1, query.urgencyMin)));
        sql->bind(qint64(query.urgencyMax == 0 ? 9 : query.urgencyMax));
    }
    if (query.unreadOnly)
        sql->add(u"i.is_read = 0"_s);
    if (query.readOnly)
        sql->add(u"i.is_read = 1"_s);
    if (query.starredOnly)
        sql->add(u"i.starred = 1"_s);
    if (query.collapseClusters)
        sql->add(u"i.cluster_head = 1"_s);
}

static QString fromClause(bool usesFts)
{
    // CROSS JOIN fixes the loop order: FTS matches newest first, then the item by rowid.
    return usesFts ? u" FROM wire_fts CROSS JOIN wire_item i ON i.id = wire_fts.rowid"_s : u" FROM wire_item i"_s;
}

InboxPage WireStore::runPage(const InboxQuery &query, const QString &fts, const PageCursor &after, int limit)
{
    InboxPage page;
    Sql sql;
    buildWhere(query, fts, &sql);
    if (sql.matchesNothing)
        return page;
    const QString key = sql.usesFts ? u"wire_fts.rowid"_s : u"i.id"_s;
    if (!after.isNull()) {
        sql.add(key + u" < ?"_s);
        sql.bind(after.id);
    }
    const QString text = u"SELECT "_s + QLatin1StringView(RowColumns) + fromClause(sql.usesFts)
        + u" JOIN wire_source s ON s.id = i.source_id LEFT JOIN wire_cluster c ON c.id = i.cluster_id"_s
        + (sql.where.isEmpty() ? QString() : u" WHERE "_s + sql.where.join(u" AND "_s)) + u" ORDER BY "_s + key
        + u" DESC LIMIT "_s + QString::number(limit + 1);
    SqliteStatement q(m_db, text);
    if (!q.isValid()) {
        page.error = q.errorString();
        return page;
    }
    sql.apply(q);
    while (q.next()) {
        if (page.rows.size() == limit) {
            page.atEnd = false;
            break;
        }
        page.rows << readRow(q);
    }
    if (q.failed()) {
        page.rows.clear();
        page.error = q.errorString();
        return page;
    }
    if (!page.rows.isEmpty())
        page.next = PageCursor {page.rows.constLast().item.id, page.rows.constLast().item.published};
    return page;
}

InboxPage WireStore::page(const InboxQuery &query, const PageCursor &after, int limit)
{
    const auto idle = qScopeGuard([this] { resetStatements(); });
    if (!m_db) {
        InboxPage page;
        page.error = QCoreApplication::translate("WireStore", "The wire store is not open.");
        return page;
    }
    limit = qBound(1, limit, 10000);
    InboxPage page = runPage(query, query.ftsExpression, after, limit);
    if (!page.error.isEmpty() && !query.ftsExpression.isEmpty() && page.error.contains(u"fts5"_s)) {
        // A last line of defence: the parser never emits invalid FTS5, but a hand-built
        // query might. Search the words literally instead of failing.
        const QString literal = SearchQueryParser::literalPhrase(query.ftsExpression);
        page = runPage(query, literal, after, limit);
        page.notes << QCoreApplication::translate(
            "WireStore", "The search could not be read as an expression; it was treated as a literal phrase.");
    }
    page.notes = query.notes + page.notes;
    return page;
}

qint64 WireStore::count(const InboxQuery &query, qint64 cap)
{
    const auto idle = qScopeGuard([this] { resetStatements(); });
    if (!m_db)
        return 0;
    Sql sql;
    buildWhere(query, query.ftsExpression, &sql);
    if (sql.matchesNothing)
        return 0;
    const QString text = u"SELECT count(*) FROM (SELECT 1"_s + fromClause(sql.usesFts)
        + (sql.where.isEmpty() ? QString() : u" WHERE "_s + sql.where.join(u" AND "_s)) + u" LIMIT "_s
        + QString::number(cap) + u')';
    SqliteStatement q(m_db, text);
    sql.apply(q);
    if (!q.next()) {
        fail(q.errorString());
        return 0;
    }
    return q.int64(0);
}

qint64 WireStore::totalItems()
{
    const auto idle = qScopeGuard([this] { resetStatements(); });
    if (!m_db)
        return 0;
    SqliteStatement &q = stmt("SELECT count(*) FROM wire_item");
    return q.next() ? q.int64(0) : 0;
}

InboxRow WireStore::item(qint64 id)
{
    const auto idle = qScopeGuard([this] { resetStatements(); });
    InboxRow row;
    if (!m_db)
        return row;
    static const QByteArray sql = "SELECT "_ba + RowColumns
        + ", i.content_html, i.content_text, i.raw FROM wire_item i JOIN wire_source s ON s.id = i.source_id "
          "LEFT JOIN wire_cluster c ON c.id = i.cluster_id WHERE i.id = ?";
    SqliteStatement &q = stmt(sql.constData());
    q.bind(1, id);
    if (!q.next())
        return row;
    row = readRow(q);
    row.item.contentHtml = q.text(RowColumnCount);
    row.item.contentText = q.text(RowColumnCount + 1);
    row.item.raw = q.blob(RowColumnCount + 2);
    return row;
}

bool WireStore::setRead(const QList<qint64> &ids, bool read)
{
    const auto idle = qScopeGuard([this] { resetStatements(); });
    if (!begin())
        return false;
    for (const qint64 id : ids) {
        SqliteStatement &q = stmt("UPDATE wire_item SET is_read=? WHERE id=?");
        q.bind(1, int(read)).bind(2, id);
        if (!q.exec()) {
            fail(q.errorString());
            rollback();
            return false;
        }
    }
    return commit();
}

bool WireStore::setStarred(const QList<qint64> &ids, bool starred)
{
    const auto idle = qScopeGuard([this] { resetStatements(); });
    if (!begin())
        return false;
    for (const qint64 id : ids) {
        SqliteStatement &q = stmt("UPDATE wire_item SET starred=? WHERE id=?");
        q.bind(1, int(starred)).bind(2, id);
        if (!q.exec()) {
            fail(q.errorString());
            rollback();
            return false;
        }
    }
    return commit();
}

// Deletes one item inside the caller's transaction. now < 0: no tombstones (source removal).
bool WireStore::deleteOne(qint64 id, qint64 now)
{
    qint64 sourceId = 0;
    QString guid;
    QString hash;
    qint64 cluster = 0;
    {
        SqliteStatement &q = stmt("SELECT source_id, guid, content_hash, cluster_id FROM wire_item WHERE id=?");
        q.bind(1, id);
        if (!q.next())
            return !q.failed() || fail(q.errorString());
        sourceId = q.int64(0);
        guid = q.text(1);
        hash = q.text(2);
        cluster = q.int64(3);
    }
    if (now >= 0) {
        SqliteStatement &t = stmt("INSERT OR IGNORE INTO wire_tombstone(source_id, guid, deleted) VALUES(?,?,?)");
        t.bind(1, sourceId).bind(2, guid).bind(3, now);
        if (!t.exec())
            return fail(t.errorString());
        if (!hash.isEmpty()) {
            SqliteStatement &h = stmt("INSERT OR IGNORE INTO wire_tombstone_hash(content_hash, deleted) VALUES(?,?)");
            h.bind(1, hash).bind(2, now);
            if (!h.exec())
                return fail(h.errorString());
        }
        // The copies other sources sent stay out too.
        SqliteStatement &a = stmt("INSERT OR IGNORE INTO wire_tombstone(source_id, guid, deleted) "
                                  "SELECT source_id, guid, ? FROM wire_also_in WHERE item_id=?");
        a.bind(1, now).bind(2, id);
        if (!a.exec())
            return fail(a.errorString());
    }
    m_lsh.remove(lshDay(id));
    {
        SqliteStatement &l = stmt("DELETE FROM wire_lsh WHERE item_id=?");
        l.bind(1, id);
        if (!l.exec())
            return fail(l.errorString());
    }
    if (!unindex(id))
        return false;
    SqliteStatement &d = stmt("DELETE FROM wire_item WHERE id=?");
    d.bind(1, id);
    if (!d.exec())
        return fail(d.errorString());
    m_deleted += sqlite3_changes(m_db);
    if (!cluster)
        return true;
    // Keep the cluster's size and newest member right; a cluster of one dissolves.
    qint64 size = 0;
    qint64 newest = 0;
    {
        SqliteStatement &q = stmt("SELECT count(*), max(id) FROM wire_item WHERE cluster_id=?");
        q.bind(1, cluster);
        if (!q.next())
            return fail(q.errorString());
        size = q.int64(0);
        newest = q.int64(1);
    }
    if (size <= 1) {
        SqliteStatement &u = stmt("UPDATE wire_item SET cluster_id=NULL, cluster_head=1 WHERE cluster_id=?");
        u.bind(1, cluster);
        SqliteStatement &c = stmt("DELETE FROM wire_cluster WHERE id=?");
        c.bind(1, cluster);
        if (!u.exec() || !c.exec())
            return fail(u.failed() ? u.errorString() : c.errorString());
        return true;
    }
    SqliteStatement &c = stmt("UPDATE wire_cluster SET size=?, head=? WHERE id=?");
    c.bind(1, size).bind(2, newest).bind(3, cluster);
    SqliteStatement &h = stmt("UPDATE wire_item SET cluster_head=1 WHERE id=?");
    h.bind(1, newest);
    if (!c.exec() || !h.exec())
        return fail(c.failed() ? c.errorString() : h.errorString());
    return true;
}

int WireStore::deleteItems(const QList<qint64> &ids)
{
    const auto idle = qScopeGuard([this] { resetStatements(); });
    if (!begin())
        return 0;
    const qint64 now = toMs(QDateTime::currentDateTimeUtc());
    m_deleted = 0;
    for (const qint64 id : ids) {
        if (!deleteOne(id, now)) {
            rollback();
            return 0;
        }
    }
    if (!commit())
        return 0;
    return m_deleted;
}

int WireStore::purgeSource(qint64 sourceId, const QDateTime &nowUtc)
{
    const auto idle = qScopeGuard([this] { resetStatements(); });
    const WireSource s = source(sourceId);
    if (!s.id || (s.retentionDays <= 0 && s.retentionCount <= 0))
        return 0;
    QList<qint64> doomed;
    if (s.retentionDays > 0) {
        SqliteStatement &q = stmt("SELECT id FROM wire_item WHERE source_id=? AND id < ? AND starred=0");
        q.bind(1, sourceId).bind(2, idBaseFor(nowUtc.addDays(-s.retentionDays)));
        while (q.next())
            doomed << q.int64(0);
    }
    if (s.retentionCount > 0) {
        // Keep the newest retentionCount unstarred items; starred ones never count against it.
        SqliteStatement &q = stmt("SELECT id FROM wire_item WHERE source_id=? AND starred=0 ORDER BY id DESC "
                                  "LIMIT -1 OFFSET ?");
        q.bind(1, sourceId).bind(2, s.retentionCount);
        while (q.next())
            doomed << q.int64(0);
    }
    if (doomed.isEmpty())
        return 0;
    std::sort(doomed.begin(), doomed.end());
    doomed.erase(std::unique(doomed.begin(), doomed.end()), doomed.end());
    return deleteItems(doomed);
}

int WireStore::purgeAll(const QDateTime &nowUtc)
{
    int purged = 0;
    const QList<WireSource> all = sources();
    for (const WireSource &s : all)
        purged += purgeSource(s.id, nowUtc);
    return purged;
}

QList<InboxRow> WireStore::clusterMembers(qint64 clusterId)
{
    const auto idle = qScopeGuard([this] { resetStatements(); });
    QList<InboxRow> rows;
    if (!m_db || !clusterId)
        return rows;
    static const QByteArray sql = "SELECT "_ba + RowColumns
        + " FROM wire_item i JOIN wire_source s ON s.id = i.source_id LEFT JOIN wire_cluster c ON c.id = i.cluster_id "
          "WHERE i.cluster_id = ? ORDER BY i.id DESC";
    SqliteStatement &q = stmt(sql.constData());
    q.bind(1, clusterId);
    while (q.next())
        rows << readRow(q);
    return rows;
}

int WireStore::clusterSize(qint64 clusterId)
{
    const auto idle = qScopeGuard([this] { resetStatements(); });
    SqliteStatement &q = stmt("SELECT size FROM wire_cluster WHERE id=?");
    q.bind(1, clusterId);
    return q.next() ? int(q.int64(0)) : 1;
}

// ---------------------------------------------------------------------------------------
// Saved searches and alerts

qint64 WireStore::addSavedSearch(SavedSearch search)
{
    const auto idle = qScopeGuard([this] { resetStatements(); });
    SqliteStatement &q = stmt("INSERT INTO wire_saved_search(name, query, alert) VALUES(?,?,?)");
    q.bind(1, nn(search.name)).bind(2, nn(search.query)).bind(3, int(search.alert));
    if (!q.exec()) {
        fail(q.errorString());
        return 0;
    }
    return sqlite3_last_insert_rowid(m_db);
}

bool WireStore::updateSavedSearch(const SavedSearch &search)
{
    const auto idle = qScopeGuard([this] { resetStatements(); });
    SqliteStatement &q = stmt("UPDATE wire_saved_search SET name=?, query=?, alert=? WHERE id=?");
    q.bind(1, nn(search.name)).bind(2, nn(search.query)).bind(3, int(search.alert)).bind(4, search.id);
    return q.exec() || fail(q.errorString());
}

bool WireStore::removeSavedSearch(qint64 id)
{
    const auto idle = qScopeGuard([this] { resetStatements(); });
    SqliteStatement &q = stmt("DELETE FROM wire_saved_search WHERE id=?");
    q.bind(1, id);
    return q.exec() || fail(q.errorString());
}

QList<SavedSearch> WireStore::savedSearches()
{
    const auto idle = qScopeGuard([this] { resetStatements(); });
    QList<SavedSearch> out;
    if (!m_db)
        return out;
    SqliteStatement &q = stmt("SELECT id, name, query, alert FROM wire_saved_search ORDER BY name, id");
    while (q.next())
        out << SavedSearch {q.int64(0), q.text(1), q.text(2), q.int64(3) != 0};
    return out;
}

QList<qint64> WireStore::matchesAlert(qint64 itemId)
{
    return alertsMatching({itemId}).value(itemId);
}

QHash<qint64, QList<qint64>> WireStore::alertsMatching(const QList<qint64> &itemIds)
{
    const auto idle = qScopeGuard([this] { resetStatements(); });
    QHash<qint64, QList<qint64>> out;
    if (!m_db || itemIds.isEmpty())
        return out;
    const QList<SavedSearch> searches = savedSearches();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SavedSearch &search : searches) {
        if (!search.alert)
            continue;
        const InboxQuery query = SearchQueryParser::parse(search.query, now);
        Sql sql;
        buildWhere(query, query.ftsExpression, &sql);
        if (sql.matchesNothing)
            continue;
        const QString key = sql.usesFts ? u"wire_fts.rowid"_s : u"i.id"_s;
        sql.add(key + u" IN (%1)"_s.arg(idList(itemIds)));
        const QString text = u"SELECT i.id"_s + fromClause(sql.usesFts) + u" WHERE "_s + sql.where.join(u" AND "_s);
        SqliteStatement q(m_db, text);
        sql.apply(q);
        while (q.next())
            out[q.int64(0)] << search.id;
    }
    return out;
}

QString WireStore::checkIntegrity()
{
    if (!m_db)
        return QCoreApplication::translate("WireStore", "The wire store is not open.");
    QStringList problems;
    {
        SqliteStatement q(m_db, u"PRAGMA integrity_check"_s);
        while (q.next()) {
            if (q.text(0) != u"ok")
                problems << q.text(0);
        }
        if (q.failed())
            problems << q.errorString();
    }
    // 'integrity-check' with rank 1 also compares the index with the content table.
    if (!exec("INSERT INTO wire_fts(wire_fts, rank) VALUES('integrity-check', 1)"))
        problems << m_error;
    return problems.join(u'\n');
}

} // namespace Wiredesk
