#pragma once

#include "backoffpolicy.h"
#include "dropfolderledger.h"
#include "refreshsummary.h"
#include "wireitem.h"
#include "wiresource.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <chrono>
#include <memory>

class QFileSystemWatcher;
class QTimer;

namespace Wiredesk {

class FeedFetcher;
class HttpClient;
class WireStore;
struct IngestResult;

/// Brings wire items from every enabled source into the store: feeds, ninjs endpoints and
/// Telegram channel pages over HTTP (FeedFetcher: conditional GET with the validators
/// stored on the source, Retry-After and backoff), drop folders (each file once, rewritten
/// files again, partial writes waited out) and local files. Documents are parsed and
/// normalized on a thread pool and stored in batches, so fetching, parsing and storing
/// overlap.
///
/// Threading: create it, moveToThread() a worker QThread and call its slots through queued
/// connections; it opens its own WireStore (and network client) in that thread on start().
/// The GUI never waits for it: it reports progress(), sourceRefreshed() and
/// refreshFinished(). It also works on the main thread of a command-line tool with an
/// event loop. One failing source never stops the others; each source's last result, last
/// error and next attempt are written back to the store.
class WireIngestor final : public QObject
{
    Q_OBJECT

public:
    /// Most items per store transaction. Parsed documents waiting for the store go in
    /// together up to this many (fewer COMMITs and full-text index segments); a longer
    /// document is split.
    static constexpr int DefaultBatchSize = 2000;
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

    explicit WireIngestor(const QString &storePath, QObject *parent = nullptr);
    ~WireIngestor() override;
    Q_DISABLE_COPY_MOVE(WireIngestor)

    /// A drop-folder file counts as complete once its size and time have not changed for
    /// this long (FTP uploads grow a file in place). Default 1 s.
    void setSettleTime(std::chrono::milliseconds settle) { m_settle = settle; }
    /// How often automatic polling looks for sources that are due. Default 15 s.
    void setPollCheckInterval(std::chrono::milliseconds interval);
    void setBatchSize(int items) { m_batchSize = qMax(1, items); }
    /// Backoff of the feed fetcher (tests pin the jitter). Takes effect on start().
    void setBackoffPolicy(const BackoffPolicy &policy);
    void setPerHostLimit(int limit);
    /// Where the drop-folder ledger is kept; by default beside the store.
    QString ledgerPath() const { return m_ledger.filePath(); }

    bool isRefreshing() const { return !m_busy.isEmpty(); }
    /// The open store of the ingestor's thread (null before start()); for tests and the CLI.
    WireStore *store() const { return m_store.get(); }

    static bool isUrl(const QString &location);

public Q_SLOTS:
    /// Opens the store, watches the drop folders and files of the sources.
    void start();
    /// Refreshes the given sources (all enabled ones when empty). Sources already being
    /// refreshed join the running refresh once; feeds waiting for Retry-After or backoff
    /// are reported as deferred and not fetched.
    void refresh(const QList<qint64> &sourceIds = {});
    /// Refreshes the enabled sources whose next attempt is due (automatic polling).
    void refreshDue();
    /// Stops the running refresh: fetches are cancelled, documents still being parsed are
    /// not stored. Reports refreshFinished() with cancelled set.
    void cancel();
    void setAutoPolling(bool enabled);
    /// Re-reads the source list (after the user edited it) and re-arms the file watches.
    void sourcesEdited();
    /// Closes the store in the ingestor's thread; call before quitting that thread.
    void stop();

Q_SIGNALS:
    void started(bool ok, const QString &error);
    void progress(int sourcesDone, int sourcesTotal, int itemsAdded);
    void sourceRefreshed(const Wiredesk::SourceRefresh &result);
    void refreshFinished(const Wiredesk::RefreshSummary &summary);

private:
    bool ensureStarted();
    void begin(const WireSource &source);
    void finish(SourceRefresh result);
    void fetchSource(const WireSource &source);
    void readFile(const WireSource &source);
    void scanFolder(const WireSource &source);
    void onFetched(const QString &sourceKey, const QVariant &result);
    /// A fetched document, parsed on the pool, waiting for the store.
    struct ParsedDocument {
        WireSource source;
        QString etag;
        QString lastModified;
        ParsedFeed feed;
        quint64 generation = 0;
        qsizetype storedItems = 0; ///< items of feed already written
        SourceRefresh result;      ///< what storing it did so far
    };
    void storeQueued();
    void finishFeed(const ParsedDocument &document, SourceRefresh result);
    static void addIngestResult(const IngestResult &batch, SourceRefresh *result);
    void storeParsed(qint64 sourceId, const ParsedFeed &feed, SourceRefresh *result);
    void syncWatches();
    void onPathChanged(const QString &path);
    void scheduleRescan(qint64 sourceId, std::chrono::milliseconds delay);

    QString m_storePath;
    std::unique_ptr<WireStore> m_store;
    HttpClient *m_http = nullptr;
    FeedFetcher *m_fetcher = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_pollTimer = nullptr;
    QThreadPool m_pool;
    DropFolderLedger m_ledger;
    BackoffPolicy m_backoff;
    bool m_backoffSet = false;
    int m_perHostLimit = 0;
    std::chrono::milliseconds m_settle {1000};
    std::chrono::milliseconds m_pollCheck {15'000};
    bool m_autoPolling = false;
    int m_batchSize = DefaultBatchSize;

    QSet<qint64> m_busy;              ///< sources of the running refresh not finished yet
    QSet<qint64> m_rescanScheduled;   ///< drop folders waiting for a partial write to settle
    QHash<QString, qint64> m_watched; ///< watched path → source id
    RefreshSummary m_run;
    QList<ParsedDocument> m_storeQueue; ///< parsed documents waiting for storeQueued()
    bool m_storeScheduled = false;
    quint64 m_generation = 0; ///< bumped by cancel(): parses of an older generation are dropped
};

} // namespace Wiredesk
