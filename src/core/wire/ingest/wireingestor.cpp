#include "wireingestor.h"

#include "feedfetcher.h"
#include "feedparser.h"
#include "httpclient.h"
#include "wirenormalizer.h"
#include "wirestore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLocale>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Wiredesk {

namespace {

bool isTemporaryName(const QString &name)
{
    // Uploads in progress by the usual FTP/SFTP clients and editors.
    return name.startsWith(u'.') || name.endsWith(u'~') || name.endsWith(u".part"_s) || name.endsWith(u".tmp"_s)
        || name.endsWith(u".filepart"_s) || name.endsWith(u".crdownload"_s);
}

ParsedFeed parseAndNormalize(const QByteArray &bytes, const ParseContext &context)
{
    ParsedFeed feed = FeedParser::parse(bytes, context);
    if (feed.ok()) {
        WireNormalizer().normalize(feed);
        // On the parse thread: the store's single writer only compares and stores these.
        for (WireItem &item : feed.items)
            WireStore::prepareClustering(item);
    }
    return feed;
}

QString resultText(const SourceRefresh &r)
{
    if (r.notModified)
        return QCoreApplication::translate("WireIngestor", "not modified");
    QString text = QCoreApplication::translate("WireIngestor", "%n new", nullptr, r.added);
    if (r.updated)
        text += QCoreApplication::translate("WireIngestor", ", %n updated", nullptr, r.updated);
    if (r.files)
        text += QCoreApplication::translate("WireIngestor", ", %n file(s)", nullptr, r.files);
    return text;
}
} // namespace

WireIngestor::WireIngestor(const QString &storePath, QObject *parent)
    : QObject(parent)
    , m_storePath(storePath)
    , m_ledger(storePath + u".dropfolders.json"_s)
{
    qRegisterMetaType<Wiredesk::SourceRefresh>();
    qRegisterMetaType<Wiredesk::RefreshSummary>();
    // Parsing two documents at once keeps the store busy while the next one is read; more
    // threads only compete with the GUI for the cores.
    m_pool.setMaxThreadCount(qBound(1, QThread::idealThreadCount(), 4));
}

WireIngestor::~WireIngestor()
{
    // Parse jobs post back to this object: none may outlive it.
    ++m_generation;
    m_pool.waitForDone();
}

void WireIngestor::setPollCheckInterval(milliseconds interval)
{
    m_pollCheck = interval;
    if (m_pollTimer)
        m_pollTimer->setInterval(interval);
}

void WireIngestor::setBackoffPolicy(const BackoffPolicy &policy)
{
    m_backoff = policy;
    m_backoffSet = true;
    if (m_fetcher)
        m_fetcher->setBackoffPolicy(policy);
}

void WireIngestor::setPerHostLimit(int limit)
{
    m_perHostLimit = limit;
    if (m_http)
        m_http->setPerHostLimit(limit);
}

bool WireIngestor::isUrl(const QString &location)
{
    return location.startsWith(u"http://"_s, Qt::CaseInsensitive)
        || location.startsWith(u"https://"_s, Qt::CaseInsensitive);
}

void WireIngestor::start()
{
    const bool ok = ensureStarted();
    Q_EMIT started(ok, ok ? QString() : m_store->errorString());
}

bool WireIngestor::ensureStarted()
{
    if (m_store && m_store->isOpen())
        return true;
    m_store = std::make_unique<WireStore>();
    if (!m_store->open(m_storePath))
        return false;
    m_ledger.load();
    m_http = new HttpClient(this);
    if (m_perHostLimit > 0)
        m_http->setPerHostLimit(m_perHostLimit);
    m_fetcher = new FeedFetcher(m_http, this);
    if (m_backoffSet)
        m_fetcher->setBackoffPolicy(m_backoff);
    connect(m_fetcher, &FeedFetcher::fetched, this,
        [this](const FeedFetcher::Result &result) { onFetched(result.sourceId, QVariant::fromValue(result)); });
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &WireIngestor::onPathChanged);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &WireIngestor::onPathChanged);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(m_pollCheck);
    connect(m_pollTimer, &QTimer::timeout, this, &WireIngestor::refreshDue);
    if (m_autoPolling)
        m_pollTimer->start();
    syncWatches();
    return true;
}

void WireIngestor::stop()
{
    cancel();
    m_pool.waitForDone();
    if (m_pollTimer)
        m_pollTimer->stop();
    m_ledger.save();
    if (m_store)
        m_store->close();
}

void WireIngestor::setAutoPolling(bool enabled)
{
    m_autoPolling = enabled;
    if (!m_pollTimer)
        return;
    if (enabled)
        m_pollTimer->start();
    else
        m_pollTimer->stop();
}

void WireIngestor::sourcesEdited()
{
    if (ensureStarted())
        syncWatches();
}

void WireIngestor::refresh(const QList<qint64> &sourceIds)
{
    if (!ensureStarted()) {
        RefreshSummary summary;
        summary.errors << QCoreApplication::translate("WireIngestor", "The wire store cannot be opened: %1")
                              .arg(m_store->errorString());
        Q_EMIT refreshFinished(summary);
        return;
    }
    const QList<WireSource> all = m_store->sources();
    QList<WireSource> chosen;
    for (const WireSource &s : all) {
        if (m_busy.contains(s.id))
            continue;
        if (sourceIds.isEmpty() ? s.enabled : sourceIds.contains(s.id))
            chosen << s;
    }
    if (chosen.isEmpty() && m_busy.isEmpty()) {
        Q_EMIT refreshFinished(RefreshSummary {});
        return;
    }
    // Register every source first so the total is right before the first one finishes
    // (files finish synchronously).
    for (const WireSource &s : std::as_const(chosen)) {
        m_busy.insert(s.id);
        ++m_run.sourcesTotal;
    }
    Q_EMIT progress(m_run.sourcesDone, m_run.sourcesTotal, m_run.added);
    for (const WireSource &s : std::as_const(chosen))
        begin(s);
}

void WireIngestor::refreshDue()
{
    if (!ensureStarted())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<qint64> due;
    const QList<WireSource> all = m_store->sources();
    for (const WireSource &s : all) {
        if (s.enabled && !m_busy.contains(s.id) && (!s.nextAttempt.isValid() || s.nextAttempt <= now))
            due << s.id;
    }
    if (!due.isEmpty())
        refresh(due);
}

void WireIngestor::cancel()
{
    if (m_busy.isEmpty())
        return;
    ++m_generation;
    m_run.cancelled = true;
    if (m_fetcher)
        m_fetcher->cancel(); // each running fetch reports a Cancelled result and finishes
    // Sources whose documents are being parsed finish now; their results are dropped.
    const QSet<qint64> left = m_busy;
    for (qint64 id : left) {
        SourceRefresh r;
        r.source = m_store->source(id);
        r.cancelled = true;
        finish(r);
    }
}

void WireIngestor::begin(const WireSource &source)
{
    const QString &loc = source.location;
    if (isUrl(loc)) {
        fetchSource(source);
        return;
    }
    const QFileInfo info(loc);
    if (info.isDir())
        scanFolder(source);
    else
        readFile(source);
}

void WireIngestor::finish(SourceRefresh result)
{
    const qint64 id = result.source.id;
    if (!m_busy.remove(id))
        return; // already finished (cancelled while a late result arrived)
    ++m_run.sourcesDone;
    m_run.added += result.added;
    m_run.updated += result.updated;
    m_run.addedIds += result.addedIds;
    if (!result.error.isEmpty())
        m_run.errors << u"%1: %2"_s.arg(result.source.name, result.error);
    Q_EMIT sourceRefreshed(result);
    Q_EMIT progress(m_run.sourcesDone, m_run.sourcesTotal, m_run.added);
    if (m_busy.isEmpty()) {
        const RefreshSummary summary = m_run;
        m_run = RefreshSummary {};
        m_ledger.save();
        Q_EMIT refreshFinished(summary);
    }
}

// --- feeds ---------------------------------------------------------------------------

void WireIngestor::fetchSource(const WireSource &source)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (source.consecutiveFailures > 0 && source.nextAttempt.isValid() && source.nextAttempt > now) {
        // The server asked us to wait (Retry-After) or the source is backing off: a manual
        // refresh does not get to hammer it either.
        SourceRefresh r;
        r.source = source;
        r.deferred = true;
        finish(r);
        return;
    }
    FeedFetcher::Source fetch;
    fetch.id = QString::number(source.id);
    fetch.url = QUrl(source.location);
    // Validators are opaque bytes; WireSource keeps them in Latin-1 so every byte survives.
    fetch.validators.etag = source.etag.toLatin1();
    fetch.validators.lastModified = source.lastModified.toLatin1();
    fetch.consecutiveFailures = source.consecutiveFailures;
    fetch.pollInterval = seconds(qMax(10, source.pollSeconds));
    m_fetcher->fetch(fetch);
}

void WireIngestor::onFetched(const QString &sourceKey, const QVariant &value)
{
    const FeedFetcher::Result result = value.value<FeedFetcher::Result>();
    const qint64 id = sourceKey.toLongLong();
    if (!m_busy.contains(id))
        return; // cancelled meanwhile
    WireSource source = m_store->source(id);
    SourceRefresh r;
    r.source = source;
    if (source.id == 0) {
        r.source.id = id;
        r.error = QCoreApplication::translate("WireIngestor", "The source was removed during the refresh.");
        finish(r);
        return;
    }
    if (result.http.error == HttpResult::Error::Cancelled) {
        r.cancelled = true;
        finish(r);
        return;
    }
    source.lastAttempt = QDateTime::currentDateTimeUtc();
    source.nextAttempt = result.nextAttemptAt;
    if (!result.isSuccess()) {
        source.consecutiveFailures = result.consecutiveFailures;
        source.lastError = result.http.status > 0 ? QCoreApplication::translate("WireIngestor", "HTTP %1 %2")
                                                        .arg(result.http.status)
                                                        .arg(QString::fromLatin1(result.http.reasonPhrase))
                                                  : result.http.errorString;
        if (result.http.status == 429 || result.http.status == 503) {
            if (result.http.retryAfter().isValid())
                source.lastError += QCoreApplication::translate("WireIngestor", " (retry after %1 UTC)")
                                        .arg(result.http.retryAfter().toString(u"yyyy-MM-dd hh:mm:ss"_s));
        }
        source.lastResult = QCoreApplication::translate("WireIngestor", "failed");
        m_store->updateSource(source);
        r.source = source;
        r.error = source.lastError;
        finish(r);
        return;
    }
    if (!result.permanentUrl.isEmpty())
        source.location = result.permanentUrl.toString();
    if (result.notModified()) {
        source.consecutiveFailures = 0;
        source.etag = QString::fromLatin1(result.validators.etag);
        source.lastModified = QString::fromLatin1(result.validators.lastModified);
        source.lastError.clear();
        r.notModified = true;
        source.lastResult = resultText(r);
        m_store->updateSource(source);
        r.source = source;
        finish(r);
        return;
    }

    ParseContext context;
    context.url = result.http.finalUrl.isEmpty() ? QUrl(source.location) : result.http.finalUrl;
    context.contentType = QString::fromLatin1(result.http.header("Content-Type"));
    context.fetchTime = result.http.receivedAt.isValid() ? result.http.receivedAt : QDateTime::currentDateTimeUtc();
    const QByteArray body = result.body();
    const quint64 generation = m_generation;
    m_pool.start([this, body, context, generation, source, result] {
        ParsedFeed feed = parseAndNormalize(body, context);
        QMetaObject::invokeMethod(
            this,
            [this, feed = std::move(feed), generation, source, result]() mutable {
                if (generation != m_generation || !m_busy.contains(source.id))
                    return;
                ParsedDocument document;
                document.source = source;
                document.etag = QString::fromLatin1(result.validators.etag);
                document.lastModified = QString::fromLatin1(result.validators.lastModified);
                document.feed = std::move(feed);
                document.generation = generation;
                m_storeQueue.append(std::move(document));
                // Posted behind the parse results already waiting, so everything parsed while
                // the previous transaction was written goes into the next one together.
                if (!m_storeScheduled) {
                    m_storeScheduled = true;
                    QMetaObject::invokeMethod(this, &WireIngestor::storeQueued, Qt::QueuedConnection);
                }
            },
            Qt::QueuedConnection);
    });
}

void WireIngestor::storeQueued()
{
    m_storeScheduled = false;
    m_storeQueue.removeIf(
        [this](const ParsedDocument &d) { return d.generation != m_generation || !m_busy.contains(d.source.id); });
    // One transaction of up to m_batchSize items from the front of the queue, across
    // documents (a longer document continues in the next one). Then back to the event loop:
    // this thread also takes the finished downloads and hands them to the parse pool, so
    // one long run of transactions would leave the pool idle.
    QList<SourceItems> group;
    QList<qsizetype> owners; // group entry → document in m_storeQueue
    qsizetype groupItems = 0;
    for (qsizetype d = 0; d < m_storeQueue.size() && groupItems < m_batchSize; ++d) {
        ParsedDocument &document = m_storeQueue[d];
        if (!document.feed.ok()) {
            if (document.result.error.isEmpty())
                document.result.error = document.feed.error;
            continue;
        }
        const qsizetype n
            = qMin<qsizetype>(m_batchSize - groupItems, document.feed.items.size() - document.storedItems);
        if (n <= 0)
            continue;
        group.append({document.source.id, document.feed.items.mid(document.storedItems, n)});
        owners.append(d);
        document.storedItems += n;
        groupItems += n;
    }
    if (!group.isEmpty()) {
        const QList<IngestResult> stored = m_store->ingest(group);
        for (qsizetype i = 0; i < stored.size(); ++i)
            addIngestResult(stored.at(i), &m_storeQueue[owners.at(i)].result);
    }
    // Documents stored completely (or failed) are done.
    QList<ParsedDocument> done;
    for (qsizetype d = 0; d < m_storeQueue.size();) {
        const ParsedDocument &document = m_storeQueue.at(d);
        if (!document.result.ok() || !document.feed.ok() || document.storedItems >= document.feed.items.size())
            done.append(m_storeQueue.takeAt(d));
        else
            ++d;
    }
    if (!m_storeQueue.isEmpty() && !m_storeScheduled) {
        m_storeScheduled = true;
        QMetaObject::invokeMethod(this, &WireIngestor::storeQueued, Qt::QueuedConnection);
    }
    for (const ParsedDocument &document : std::as_const(done))
        finishFeed(document, document.result);
}

void WireIngestor::addIngestResult(const IngestResult &batch, SourceRefresh *r)
{
    if (!r->error.isEmpty())
        return; // an earlier part of the document failed: the source reports that
    if (!batch.ok()) {
        r->error = QCoreApplication::translate("WireIngestor", "The items could not be stored: %1").arg(batch.error);
        return;
    }
    r->added += batch.added;
    r->updated += batch.updated;
    r->unchanged += batch.unchanged;
    r->duplicates += batch.duplicates;
    r->tombstoned += batch.tombstoned;
    r->addedIds += batch.addedIds;
}

void WireIngestor::finishFeed(const ParsedDocument &document, SourceRefresh r)
{
    WireSource s = document.source;
    if (r.ok()) {
        // Only a document that was stored may be answered with 304 next time.
        s.etag = document.etag;
        s.lastModified = document.lastModified;
        s.consecutiveFailures = 0;
        s.lastError.clear();
        s.lastResult = resultText(r);
    } else {
        s.lastError = r.error;
        s.lastResult = QCoreApplication::translate("WireIngestor", "failed");
    }
    // Re-read the user's edits made during the fetch; keep only the fetch state ours.
    WireSource current = m_store->source(s.id);
    if (current.id != 0) {
        current.location = s.location;
        current.etag = s.etag;
        current.lastModified = s.lastModified;
        current.consecutiveFailures = s.consecutiveFailures;
        current.lastError = s.lastError;
        current.lastResult = s.lastResult;
        current.lastAttempt = s.lastAttempt;
        current.nextAttempt = s.nextAttempt;
        m_store->updateSource(current);
        s = current;
    }
    r.source = s;
    finish(r);
}

void WireIngestor::storeParsed(qint64 sourceId, const ParsedFeed &feed, SourceRefresh *r)
{
    if (!feed.ok()) {
        r->error = feed.error;
        return;
    }
    for (qsizetype start = 0; start < feed.items.size() && r->ok(); start += m_batchSize)
        addIngestResult(m_store->ingest(sourceId, feed.items.mid(start, m_batchSize)), r);
}

// --- files and drop folders ---------------------------------------------------------------

void WireIngestor::readFile(const WireSource &source)
{
    SourceRefresh r;
    WireSource s = source;
    s.lastAttempt = QDateTime::currentDateTimeUtc();
    s.nextAttempt = s.lastAttempt.addSecs(qMax(10, s.pollSeconds));
    const QFileInfo info(s.location);
    if (!info.exists()) {
        r.error = QCoreApplication::translate("WireIngestor", "The file %1 does not exist.")
                      .arg(QDir::toNativeSeparators(s.location));
    } else if (info.size() > MaxFileSize) {
        r.error = QCoreApplication::translate("WireIngestor", "The file %1 is larger than %2 MiB.")
                      .arg(info.fileName())
                      .arg(MaxFileSize / (1024 * 1024));
    } else if (!m_ledger.isUnchanged(info.absoluteFilePath(), info.size(), info.lastModified().toUTC())) {
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly)) {
            r.error = QCoreApplication::translate("WireIngestor", "Cannot read %1: %2")
                          .arg(info.fileName(), file.errorString());
        } else {
            const QByteArray bytes = file.readAll();
            DropFolderLedger::Entry entry {info.size(), info.lastModified().toUTC(),
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(), {}};
            const auto *old = m_ledger.entry(info.absoluteFilePath());
            if (!old || old->sha256 != entry.sha256 || !old->error.isEmpty()) {
                ParseContext context;
                context.url = QUrl::fromLocalFile(info.absoluteFilePath());
                context.fetchTime = QDateTime::currentDateTimeUtc();
                storeParsed(s.id, parseAndNormalize(bytes, context), &r);
                r.files = 1;
                if (!r.ok()) {
                    r.error = QCoreApplication::translate("WireIngestor", "%1: %2").arg(info.fileName(), r.error);
                    entry.error = r.error;
                }
            }
            m_ledger.record(info.absoluteFilePath(), entry);
        }
    } else if (const auto *entry = m_ledger.entry(info.absoluteFilePath()); entry && !entry->error.isEmpty()) {
        r.error = entry->error; // still the same broken file
    }
    s.lastError = r.error;
    s.lastResult = r.ok() ? resultText(r) : QCoreApplication::translate("WireIngestor", "failed");
    WireSource current = m_store->source(s.id);
    if (current.id != 0) {
        current.lastError = s.lastError;
        current.lastResult = s.lastResult;
        current.lastAttempt = s.lastAttempt;
        current.nextAttempt = s.nextAttempt;
        m_store->updateSource(current);
        s = current;
    }
    r.source = s;
    finish(r);
}

void WireIngestor::scanFolder(const WireSource &source)
{
    SourceRefresh r;
    WireSource s = source;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    s.lastAttempt = now;
    s.nextAttempt = now.addSecs(qMax(10, s.pollSeconds));
    QDir dir(s.location);
    const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    QStringList errors;
    milliseconds wait {0};
    for (const QFileInfo &info : files) {
        if (isTemporaryName(info.fileName()))
            continue;
        const QString path = info.absoluteFilePath();
        const QDateTime modified = info.lastModified().toUTC();
        if (m_ledger.isUnchanged(path, info.size(), modified)) {
            if (const auto *entry = m_ledger.entry(path); entry && !entry->error.isEmpty())
                errors << entry->error;
            continue;
        }
        // A file still being written has a fresh time: wait until it settled.
        const qint64 age = modified.msecsTo(now);
        if (age < m_settle.count()) {
            wait = std::max(wait, milliseconds(m_settle.count() - qMax<qint64>(0, age) + 50));
            continue;
        }
        if (info.size() > MaxFileSize) {
            const QString error = QCoreApplication::translate("WireIngestor", "%1 is larger than %2 MiB.")
                                      .arg(info.fileName())
                                      .arg(MaxFileSize / (1024 * 1024));
            m_ledger.record(path, {info.size(), modified, {}, error});
            errors << error;
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            errors << QCoreApplication::translate("WireIngestor", "Cannot read %1: %2")
                          .arg(info.fileName(), file.errorString());
            continue; // not recorded: tried again next time
        }
        const QByteArray bytes = file.readAll();
        DropFolderLedger::Entry entry {
            info.size(), modified, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(), {}};
        const auto *old = m_ledger.entry(path);
        if (old && old->sha256 == entry.sha256) {
            entry.error = old->error; // touched, not rewritten
        } else {
            ParseContext context;
            context.url = QUrl::fromLocalFile(path);
            context.fetchTime = now;
            SourceRefresh one;
            storeParsed(s.id, parseAndNormalize(bytes, context), &one);
            ++r.files;
            r.added += one.added;
            r.updated += one.updated;
            r.unchanged += one.unchanged;
            r.duplicates += one.duplicates;
            r.tombstoned += one.tombstoned;
            r.addedIds += one.addedIds;
            if (!one.ok())
                entry.error = QCoreApplication::translate("WireIngestor", "%1: %2").arg(info.fileName(), one.error);
        }
        if (!entry.error.isEmpty())
            errors << entry.error;
        m_ledger.record(path, entry);
    }
    if (!dir.exists())
        errors << QCoreApplication::translate("WireIngestor", "The folder %1 does not exist.")
                      .arg(QDir::toNativeSeparators(s.location));
    r.error = errors.join(u"; "_s);
    if (wait.count() > 0)
        scheduleRescan(s.id, wait);

    s.lastError = r.error;
    s.lastResult = r.ok() ? resultText(r)
                          : QCoreApplication::translate("WireIngestor", "%1; %n error(s)", nullptr, int(errors.size()))
                                .arg(resultText(r));
    WireSource current = m_store->source(s.id);
    if (current.id != 0) {
        current.lastError = s.lastError;
        current.lastResult = s.lastResult;
        current.lastAttempt = s.lastAttempt;
        current.nextAttempt = s.nextAttempt;
        m_store->updateSource(current);
        s = current;
    }
    r.source = s;
    finish(r);
}

void WireIngestor::scheduleRescan(qint64 sourceId, milliseconds delay)
{
    if (m_rescanScheduled.contains(sourceId))
        return;
    m_rescanScheduled.insert(sourceId);
    QTimer::singleShot(delay, this, [this, sourceId] {
        m_rescanScheduled.remove(sourceId);
        if (m_busy.contains(sourceId))
            scheduleRescan(sourceId, m_settle); // try again once the running turn is over
        else
            refresh({sourceId});
    });
}

void WireIngestor::syncWatches()
{
    if (!m_watcher)
        return;
    const QStringList old = m_watcher->files() + m_watcher->directories();
    if (!old.isEmpty())
        m_watcher->removePaths(old);
    m_watched.clear();
    const QList<WireSource> all = m_store->sources();
    for (const WireSource &s : all) {
        if (!s.enabled || isUrl(s.location) || s.location.isEmpty())
            continue;
        const QFileInfo info(s.location);
        if (!info.exists())
            continue;
        m_watched.insert(info.absoluteFilePath(), s.id);
        m_watcher->addPath(info.absoluteFilePath());
    }
}

void WireIngestor::onPathChanged(const QString &path)
{
    const qint64 id = m_watched.value(QFileInfo(path).absoluteFilePath());
    if (id == 0)
        return;
    // A file replaced by rename drops out of the watch; watch it again.
    if (QFileInfo::exists(path) && !m_watcher->files().contains(path) && !m_watcher->directories().contains(path))
        m_watcher->addPath(path);
    // Several change signals arrive per upload: one scan after a short pause.
    scheduleRescan(id, milliseconds(200));
}

} // namespace Wiredesk
