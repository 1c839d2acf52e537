// End-to-end ingest benchmark: 20 generated RSS feeds × 1,000 realistic items served over
// loopback HTTP, fetched + parsed + sanitized + deduplicated + stored + indexed by
// WireIngestor into a fresh profile, and — in the same run, on the same feeds — newsboat
// (`newsboat -x reload` with a temporary config, cache and url file). Prints items/s of both
// and the ratio. Run it through `./desk bench` or directly.
#include "feedparser.h"
#include "htmlsanitizer.h"
#include "newsfeeds.h"
#include "refreshsummary.h"
#include "testhttpserver.h"
#include "wireingestor.h"
#include "wirenormalizer.h"
#include "wirestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <sqlite3.h>
#include <sys/resource.h>

#include <cmath>
#include <ctime>
#include <random>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

QTextStream out(stdout);

// 20 by default; --feeds N for profiling runs (callgrind --toggle-collect on the store).
int FeedCount = 20;
constexpr int ItemsPerFeed = 1000;

double cpuSeconds(int who)
{
    rusage u {};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// CPU time of the calling thread: the ingestor and its store run on the main thread here,
// so this is the single writer's cost, which bounds the throughput however many cores parse.
double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

qint64 newsboatItems(const QString &cache)
{
    sqlite3 *db = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2(cache.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT count(*) FROM rss_item", -1, &st, nullptr) == SQLITE_OK
            && sqlite3_step(st) == SQLITE_ROW)
            n = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return n;
}

/// Where the time goes: every stage of the pipeline once more, on this thread alone, on the
/// same feed bytes, timed by this thread's CPU clock (so load from other processes does not
/// count). Beside them two floors no design built on these components can go below:
/// tokenizing the XML with QXmlStreamReader and nothing else, and FTS5 indexing the same
/// title and text into a bare table without prefix indexes.
void stageBreakdown(const QList<QByteArray> &feeds, const QStringList &urls, const QString &dir)
{
    const qint64 items = qint64(feeds.size()) * ItemsPerFeed;
    const auto perItem = [items](double seconds) { return seconds * 1e6 / double(items); };
    const QDateTime now = QDateTime::currentDateTimeUtc();

    double t = threadCpuSeconds();
    QList<ParsedFeed> parsed;
    for (qsizetype f = 0; f < feeds.size(); ++f) {
        ParseContext context;
        context.url = QUrl(urls.at(f));
        context.contentType = u"application/rss+xml; charset=utf-8"_s;
        context.fetchTime = now;
        parsed << FeedParser::parse(feeds.at(f), context);
    }
    const double parseSeconds = threadCpuSeconds() - t;

    t = threadCpuSeconds();
    qint64 sanitizedChars = 0;
    for (const ParsedFeed &feed : std::as_const(parsed)) {
        for (const WireItem &item : feed.items) {
            HtmlSanitizer sanitizer(HtmlSanitizer::Schema::Wire);
            if (!item.baseUrl.isEmpty())
                sanitizer.setBaseUrl(QUrl(item.baseUrl));
            QString text;
            sanitizedChars += sanitizer.sanitize(item.contentHtml, &text).size() + text.size();
        }
    }
    const double sanitizeSeconds = threadCpuSeconds() - t;

    t = threadCpuSeconds();
    for (ParsedFeed &feed : parsed)
        WireNormalizer().normalize(feed);
    const double normalizeSeconds = threadCpuSeconds() - t;

    t = threadCpuSeconds();
    for (ParsedFeed &feed : parsed) {
        for (WireItem &item : feed.items)
            WireStore::prepareClustering(item);
    }
    const double clusterSeconds = threadCpuSeconds() - t;

    // The store as the ingestor drives it: transactions of up to 2,000 items across sources.
    double storeSeconds = 0;
    {
        WireStore store;
        if (!store.open(dir + u"/stages.sqlite"_s)) {
            out << "stage breakdown: cannot open a store: " << store.errorString() << Qt::endl;
            return;
        }
        QList<qint64> ids;
        for (qsizetype f = 0; f < feeds.size(); ++f)
            ids << store.addSource(WireSource::named(u"Stage Wire %1"_s.arg(f), u"agency"_s, urls.at(f)));
        t = threadCpuSeconds();
        for (qsizetype f = 0; f < parsed.size(); f += 2) {
            QList<SourceItems> group;
            for (qsizetype g = f; g < qMin(f + 2, parsed.size()); ++g)
                group.append({ids.at(g), parsed.at(g).items});
            store.ingest(group);
        }
        storeSeconds = threadCpuSeconds() - t;
    }

    // Floor 1: the XML tokens of the feeds, nothing built from them.
    t = threadCpuSeconds();
    qint64 tokens = 0;
    for (const QByteArray &feed : feeds) {
        QXmlStreamReader reader(feed);
        while (!reader.atEnd()) {
            reader.readNext();
            ++tokens;
        }
    }
    const double xmlFloorSeconds = threadCpuSeconds() - t;

    // Floor 2: FTS5 alone, same text, same tokenizer, no prefix indexes, one transaction per
    // 2,000 rows, ascending rowids, WAL as in the store.
    double ftsFloorSeconds = 0;
    {
        sqlite3 *db = nullptr;
        sqlite3_open((dir + u"/fts-floor.sqlite"_s).toUtf8().constData(), &db);
        sqlite3_exec(db,
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE VIRTUAL TABLE f USING fts5(title, "
            "content_text, authors, tokenize='unicode61 remove_diacritics 2')",
            nullptr, nullptr, nullptr);
        sqlite3_stmt *insert = nullptr;
        sqlite3_prepare_v2(
            db, "INSERT INTO f(rowid, title, content_text, authors) VALUES (?, ?, ?, ?)", -1, &insert, nullptr);
        QList<QByteArray> rows; // UTF-8 ready, so only FTS5 is timed
        for (const ParsedFeed &feed : std::as_const(parsed)) {
            for (const WireItem &item : feed.items)
                rows << item.title.toUtf8() << item.contentText.toUtf8() << item.authors.join(u", "_s).toUtf8();
        }
        t = threadCpuSeconds();
        for (qsizetype r = 0; r < rows.size(); r += 3) {
            if ((r / 3) % 2000 == 0)
                sqlite3_exec(db, r ? "COMMIT; BEGIN" : "BEGIN", nullptr, nullptr, nullptr);
            sqlite3_bind_int64(insert, 1, r / 3 + 1);
            for (int c = 0; c < 3; ++c)
                sqlite3_bind_text(insert, 2 + c, rows.at(r + c).constData(), int(rows.at(r + c).size()), SQLITE_STATIC);
            sqlite3_step(insert);
            sqlite3_reset(insert);
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        ftsFloorSeconds = threadCpuSeconds() - t;
        sqlite3_finalize(insert);
        sqlite3_close(db);
    }

    const auto row = [&](const char *name, double seconds, const char *note) {
        out << "  " << QString::fromLatin1(name).leftJustified(34)
            << QString::number(perItem(seconds), 'f', 1).rightJustified(8) << " us/item"
            << "  " << note << Qt::endl;
    };
    out << Qt::endl << "stage breakdown (one thread, CPU time, same " << items << " items):" << Qt::endl;
    row("parse (decode, XML, RSS fields)", parseSeconds, "");
    row("normalize (incl. sanitize)", normalizeSeconds, "");
    row("  of which sanitize + plain text", sanitizeSeconds, "(timed alone on the raw bodies)");
    row("clustering features", clusterSeconds, "");
    row("store (dedupe, rows, FTS, clusters)", storeSeconds, "(the single writer)");
    row("floor: XML tokens only", xmlFloorSeconds, "(QXmlStreamReader::readNext loop)");
    row("floor: bare FTS5 insert", ftsFloorSeconds, "(same text, no prefix indexes)");
    const double parallel = parseSeconds + normalizeSeconds + clusterSeconds;
    const int cores = qMax(1, QThread::idealThreadCount());
    // Parsing runs on every core, the store on one: the slower of the two bounds the rate.
    const double ceiling = 1e6 / qMax(perItem(storeSeconds), perItem(parallel + storeSeconds) / cores);
    const double floorCeiling
        = 1e6 / qMax(perItem(ftsFloorSeconds), perItem(xmlFloorSeconds + ftsFloorSeconds) / cores);
    out << "  ceiling from these stages on " << cores << " cores: " << qint64(ceiling)
        << " items/s; from the two floors alone: " << qint64(floorCeiling) << " items/s  (" << tokens << " XML tokens, "
        << sanitizedChars / 1024 << " Ki chars sanitized)" << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    bool withNewsboat = true;
    bool withStages = true;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--feeds" && i + 1 < args.size()) {
            FeedCount = qMax(1, args.at(++i).toInt());
        } else if (args.at(i) == u"--no-newsboat") {
            withNewsboat = false;
        } else if (args.at(i) == u"--no-stages") {
            withStages = false;
        } else {
            out << "usage: bench_ingest [--feeds N] [--no-newsboat] [--no-stages]" << Qt::endl;
            return 2;
        }
    }
    out << "wire ingest benchmark: " << FeedCount << " RSS feeds x " << ItemsPerFeed << " items over loopback HTTP"
        << Qt::endl;

    QElapsedTimer timer;
    timer.start();
    QList<QByteArray> feeds;
    qint64 bytes = 0;
    for (int f = 0; f < FeedCount; ++f) {
        feeds << Bench::newsRssFeed(f, ItemsPerFeed);
        bytes += feeds.constLast().size();
    }
    out << "generated " << bytes / 1024 << " KiB of feeds in " << timer.elapsed() << " ms" << Qt::endl;

    // The server runs on its own thread so newsboat (a child process) can be served while
    // this thread waits for it.
    QThread serverThread;
    serverThread.start();
    auto *server = new TestHttpServer;
    server->moveToThread(&serverThread);
    bool listening = false;
    QMetaObject::invokeMethod(
        server,
        [&] {
            listening = server->listen();
            for (int f = 0; f < FeedCount; ++f)
                server->setResponse(u"/feed%1.xml"_s.arg(f).toUtf8(),
                    TestHttpServer::Response::ok(feeds.at(f), "application/rss+xml; charset=utf-8"));
        },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        out << "cannot listen on 127.0.0.1" << Qt::endl;
        return 1;
    }
    QStringList urls;
    for (int f = 0; f < FeedCount; ++f)
        urls << server->url(u"/feed%1.xml"_s.arg(f)).toString();

    QTemporaryDir dir;
    // --- Wiredesk ----------------------------------------------------------------------
    const QString db = dir.filePath(u"wiredesk.sqlite"_s);
    {
        WireStore store;
        if (!store.open(db)) {
            out << "cannot open the store: " << store.errorString() << Qt::endl;
            return 1;
        }
        for (int f = 0; f < FeedCount; ++f)
            store.addSource(WireSource::named(u"Bench Wire %1"_s.arg(f), u"agency"_s, urls.at(f)));
    }
    qint64 wiredeskMs = 0;
    int added = 0;
    QStringList errors;
    {
        WireIngestor ingestor(db);
        ingestor.setPerHostLimit(4); // all 20 feeds live on one loopback host
        ingestor.start();
        QEventLoop loop;
        QObject::connect(&ingestor, &WireIngestor::refreshFinished, &loop, [&](const RefreshSummary &s) {
            added = s.added;
            errors = s.errors;
            loop.quit();
        });
        const double cpuBefore = cpuSeconds(RUSAGE_SELF);
        const double writerBefore = threadCpuSeconds();
        timer.restart();
        ingestor.refresh();
        loop.exec();
        wiredeskMs = qMax<qint64>(1, timer.elapsed());
        const double cpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
        const double writer = threadCpuSeconds() - writerBefore;
        out << "wiredesk CPU (all threads, including the loopback server): " << QString::number(cpu, 'f', 2)
            << " s = " << qint64(cpu * 1e6 / FeedCount / ItemsPerFeed) << " us/item; ingestor thread (fetch "
            << "handling + store, the single writer): " << QString::number(writer, 'f', 2)
            << " s = " << qint64(writer * 1e6 / FeedCount / ItemsPerFeed) << " us/item" << Qt::endl;
        ingestor.stop();
    }
    for (const QString &e : std::as_const(errors))
        out << "  error: " << e << Qt::endl;
    WireStore check;
    check.open(db);
    const qint64 stored = check.totalItems();
    InboxQuery q;
    q.ftsExpression = u"\"harvest\""_s; // a common word of the vocabulary
    const qint64 found = check.count(q, 100000);
    check.close();
    const double wiredeskRate = added * 1000.0 / double(wiredeskMs);
    out << "wiredesk: " << added << " items added (" << stored << " stored, " << found
        << " found by a full-text search) in " << wiredeskMs << " ms = " << qint64(wiredeskRate) << " items/s"
        << Qt::endl;

    if (withStages)
        stageBreakdown(feeds, urls, dir.path());

    // --- newsboat ----------------------------------------------------------------------
    const QString newsboat = withNewsboat ? QStandardPaths::findExecutable(u"newsboat"_s) : QString();
    if (!withNewsboat) {
        out << "newsboat: not run (--no-newsboat)" << Qt::endl;
        serverThread.quit();
        serverThread.wait();
        return 0;
    }
    if (newsboat.isEmpty()) {
        out << "newsboat: not installed (apt install newsboat); no baseline" << Qt::endl;
        serverThread.quit();
        serverThread.wait();
        return 0;
    }
    const QString nbDir = dir.filePath(u"newsboat"_s);
    QDir().mkpath(nbDir);
    QFile urlFile(nbDir + u"/urls"_s);
    urlFile.open(QIODevice::WriteOnly);
    urlFile.write(urls.join(u'\n').toUtf8() + '\n');
    urlFile.close();
    QFile config(nbDir + u"/config"_s);
    config.open(QIODevice::WriteOnly);
    // Defaults otherwise; as many parallel downloads as feeds, no item limit.
    config.write("reload-threads 4\nmax-items 0\nshow-read-feeds yes\n");
    config.close();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, nbDir);
    env.insert(u"XDG_CONFIG_HOME"_s, nbDir + u"/xdg-config"_s);
    env.insert(u"XDG_DATA_HOME"_s, nbDir + u"/xdg-data"_s);
    env.remove(u"http_proxy"_s);
    env.remove(u"HTTP_PROXY"_s);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList nbArgs {u"-u"_s, nbDir + u"/urls"_s, u"-c"_s, nbDir + u"/cache.db"_s, u"-C"_s,
        nbDir + u"/config"_s, u"-x"_s, u"reload"_s};
    timer.restart();
    process.start(newsboat, nbArgs);
    const double childBefore = cpuSeconds(RUSAGE_CHILDREN);
    process.waitForFinished(600000);
    const qint64 newsboatMs = qMax<qint64>(1, timer.elapsed());
    out << "newsboat CPU: " << QString::number(cpuSeconds(RUSAGE_CHILDREN) - childBefore, 'f', 2) << " s" << Qt::endl;
    const qint64 newsboatCount = newsboatItems(nbDir + u"/cache.db"_s);
    if (process.exitCode() != 0)
        out << "newsboat exited with " << process.exitCode() << ": " << process.readAll().left(400) << Qt::endl;
    const double newsboatRate = newsboatCount * 1000.0 / double(newsboatMs);
    out << "newsboat: " << newsboatCount << " items in " << newsboatMs << " ms = " << qint64(newsboatRate)
        << " items/s (newsboat -x reload, reload-threads 4)" << Qt::endl;
    out << Qt::endl
        << "  wiredesk " << qint64(wiredeskRate) << " items/s | newsboat " << qint64(newsboatRate)
        << " items/s | ratio " << QString::number(newsboatRate > 0 ? wiredeskRate / newsboatRate : 0, 'f', 2)
        << "x  (targets: >= 40000 items/s, >= 4x newsboat)" << Qt::endl;

    QMetaObject::invokeMethod(server, &QObject::deleteLater);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
