// Focused ingest benchmark for profiling (callgrind, perf): the work between a fetched feed
// and a stored, indexed item, without the network.
//
// Generates F RSS 2.0 feeds × N items (defaults 20 × 1,000) with realistic shapes: titles of
// 6–14 words, bodies of 150–400 words in 3–8 HTML paragraphs with links, emphasis and the odd
// attribute the sanitizer drops; vocabulary with a Zipf distribution, mid-ranked words
// capitalized like names. Then, by --mode:
//   parse  FeedParser::parse + WireNormalizer::normalize of every feed
//   store  the parsed items into a fresh WireStore, one ingest() per feed (batches of N)
//   full   both, feed after feed (parse+normalize then store), single thread
//   pipe   both, on two threads: feed N+1 is parsed and normalized while feed N is stored
//   all    (default) parse, then store, then full, then pipe, each into a fresh store
// --no-cluster switches story clustering off. Wall clock is noisy on a shared machine: the
// repeatable figure is `valgrind --tool=callgrind --collect-atstart=no --toggle-collect=...`
// or simply the instruction count of a run with a small --items.

#include "feedparser.h"
#include "wirenormalizer.h"
#include "wirestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <QWaitCondition>

#include <algorithm>
#include <ctime>
#include <random>
#include <thread>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_STOP_INSTRUMENTATION
#endif

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

QTextStream out(stdout);

constexpr int Vocabulary = 30000;

QString makeWord(int rank)
{
    static const char *syllables[] = {"ka", "lo", "mi", "ra", "te", "su", "ven", "dor", "pa", "li", "no", "gri", "sa",
        "tu", "ber", "an", "el", "or", "is", "um", "qua", "zen", "fi", "ho"};
    constexpr int n = int(std::size(syllables));
    QString w;
    int r = rank + n;
    while (r > 0) {
        w += QLatin1StringView(syllables[r % n]);
        r /= n;
    }
    return w;
}

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_rng(seed)
    {
        for (int i = 0; i < Vocabulary; ++i)
            m_words << makeWord(i);
        m_cdf.resize(Vocabulary);
        double sum = 0;
        for (int i = 0; i < Vocabulary; ++i) {
            sum += 1.0 / (i + 1);
            m_cdf[size_t(i)] = sum;
        }
        for (double &c : m_cdf)
            c /= sum;
    }
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    QString sentence(int words)
    {
        QString s;
        for (int i = 0; i < words; ++i) {
            const double u = std::uniform_real_distribution<double>(0, 1)(m_rng);
            const int r = int(std::lower_bound(m_cdf.begin(), m_cdf.end(), u) - m_cdf.begin());
            QString w = m_words.at(r);
            if ((r >= 200 && r < 5000) || i == 0)
                w[0] = w[0].toUpper();
            if (i)
                s += u' ';
            s += w;
        }
        return s;
    }

private:
    std::mt19937 m_rng;
    QStringList m_words;
    std::vector<double> m_cdf;
};

QString xmlEscaped(const QString &s)
{
    return s.toHtmlEscaped();
}

QByteArray makeFeed(Generator &g, int feed, int items, const QDateTime &end)
{
    QString x;
    x.reserve(items * 3000);
    x += u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
         u"xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>\n"_s;
    x += u"<title>Wire %1</title><link>https://wire%1.example.com/</link><description>Bench wire %1</description>\n"_s
             .arg(feed);
    for (int i = 0; i < items; ++i) {
        const qint64 serial = qint64(feed) * 1000000 + i;
        const QDateTime published = end.addSecs(-qint64(items - i) * 37 - feed * 3);
        QString body;
        const int paragraphs = g.uniform(3, 8);
        int words = g.uniform(150, 400);
        for (int p = 0; p < paragraphs; ++p) {
            const int n = p == paragraphs - 1 ? words : std::max(10, words / (paragraphs - p));
            words -= n;
            QString text = g.sentence(std::max(n, 5));
            if (p == 1)
                text = u"<a href=\"/related/%1?utm_source=rss\" onclick=\"x()\">"_s.arg(serial) + text.left(40)
                    + u"</a> "_s + text.mid(40);
            if (p == 2)
                text = u"<strong>"_s + text.left(30) + u"</strong>"_s + text.mid(30);
            body += u"<p class=\"para\" style=\"margin:0\">"_s + text + u"</p>\n"_s;
        }
        x += u"<item><title>"_s + xmlEscaped(g.sentence(g.uniform(6, 14))) + u"</title>"_s;
        x += u"<link>https://wire%1.example.com/news/%2?utm_medium=rss</link>"_s.arg(feed).arg(serial);
        x += u"<guid isPermaLink=\"false\">urn:wire%1:%2</guid>"_s.arg(feed).arg(serial);
        x += u"<pubDate>"_s + published.toString(Qt::RFC2822Date) + u"</pubDate>"_s;
        x += u"<dc:creator>Desk %1</dc:creator><category>World</category>"_s.arg(serial % 50);
        x += u"<description>"_s + xmlEscaped(body) + u"</description></item>\n"_s;
    }
    x += u"</channel></rss>\n"_s;
    return x.toUtf8();
}

struct Options {
    int feeds = 20;
    int items = 1000;
    QString mode = u"all"_s;
    bool clustering = true;
};

QList<qint64> addSources(WireStore &store, int feeds)
{
    QList<qint64> ids;
    for (int f = 0; f < feeds; ++f)
        ids << store.addSource(WireSource::named(u"wire%1"_s.arg(f), u"agency"_s));
    return ids;
}

QList<ParsedFeed> parseAll(const QList<QByteArray> &feeds, const QDateTime &fetch)
{
    QList<ParsedFeed> parsed;
    const WireNormalizer normalizer;
    for (int f = 0; f < feeds.size(); ++f) {
        ParseContext context {QUrl(u"https://wire%1.example.com/rss"_s.arg(f)), u"application/rss+xml"_s, fetch};
        ParsedFeed feed = FeedParser::parse(feeds.at(f), context);
        normalizer.normalize(feed);
        parsed << feed;
    }
    return parsed;
}

double rate(qint64 n, qint64 ms)
{
    return double(n) * 1000.0 / double(std::max<qint64>(1, ms));
}

// CPU time of this process: on a loaded shared machine the wall clock mostly measures the
// queue for a core, the CPU time what the work costs.
qint64 cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

// Wall clock and CPU time of one phase; under `valgrind --tool=callgrind --instr-atstart=no`
// only the phases are instrumented, not the feed generation.
class Phase
{
public:
    Phase()
        : m_cpu(cpuMs())
    {
        m_wall.start();
        CALLGRIND_START_INSTRUMENTATION;
    }
    void stop()
    {
        CALLGRIND_STOP_INSTRUMENTATION;
        wallMs = m_wall.elapsed();
        cpu = cpuMs() - m_cpu;
    }
    QString figures(qint64 n) const
    {
        return u"%1 ms wall = %2 items/s; %3 ms CPU = %4 items/s per core"_s.arg(wallMs)
            .arg(qint64(rate(n, wallMs)))
            .arg(cpu)
            .arg(qint64(rate(n, cpu)));
    }
    qint64 wallMs = 0;
    qint64 cpu = 0;

private:
    QElapsedTimer m_wall;
    qint64 m_cpu;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--feeds" && i + 1 < args.size())
            o.feeds = args.at(++i).toInt();
        else if (args.at(i) == u"--items" && i + 1 < args.size())
            o.items = args.at(++i).toInt();
        else if (args.at(i) == u"--mode" && i + 1 < args.size())
            o.mode = args.at(++i);
        else if (args.at(i) == u"--no-cluster")
            o.clustering = false;
        else {
            out << "usage: bench_ingest_store [--feeds F] [--items N] [--mode parse|store|full|pipe|all] [--no-cluster]"
                << Qt::endl;
            return 2;
        }
    }
    const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(-60);
    Generator g(4242);
    QList<QByteArray> feeds;
    qint64 bytes = 0;
    for (int f = 0; f < o.feeds; ++f) {
        feeds << makeFeed(g, f, o.items, end);
        bytes += feeds.last().size();
    }
    const qint64 total = qint64(o.feeds) * o.items;
    out << o.feeds << " feeds x " << o.items << " items, " << bytes / 1024 << " KiB of RSS; clustering "
        << (o.clustering ? "on" : "off") << Qt::endl;
    QTemporaryDir dir;

    QList<ParsedFeed> parsed;
    if (o.mode == u"parse" || o.mode == u"store" || o.mode == u"all") {
        Phase phase;
        parsed = parseAll(feeds, QDateTime::currentDateTimeUtc());
        phase.stop();
        qint64 n = 0;
        for (const ParsedFeed &p : std::as_const(parsed))
            n += p.items.size();
        out << "parse+normalize: " << n << " items, " << phase.figures(n) << Qt::endl;
        if (n != total)
            out << "  WARNING: expected " << total << " items" << Qt::endl;
    }
    if (o.mode == u"store" || o.mode == u"all") {
        WireStore store;
        if (!store.open(dir.filePath(u"store.sqlite"_s))) {
            out << "open failed: " << store.errorString() << Qt::endl;
            return 1;
        }
        store.setClusteringEnabled(o.clustering);
        const QList<qint64> sources = addSources(store, o.feeds);
        Phase phase;
        qint64 added = 0;
        qint64 clustered = 0;
        for (int f = 0; f < parsed.size(); ++f) {
            const IngestResult r = store.ingest(sources.at(f), parsed.at(f).items);
            if (!r.ok()) {
                out << "ingest failed: " << r.error << Qt::endl;
                return 1;
            }
            added += r.added;
            clustered += r.clustered;
        }
        phase.stop();
        out << "store only: " << added << " added (" << clustered << " clustered), " << phase.figures(added)
            << Qt::endl;
    }
    if (o.mode == u"full" || o.mode == u"all") {
        WireStore store;
        if (!store.open(dir.filePath(u"full.sqlite"_s))) {
            out << "open failed: " << store.errorString() << Qt::endl;
            return 1;
        }
        store.setClusteringEnabled(o.clustering);
        const QList<qint64> sources = addSources(store, o.feeds);
        const WireNormalizer normalizer;
        Phase phase;
        qint64 added = 0;
        for (int f = 0; f < feeds.size(); ++f) {
            ParseContext context {QUrl(u"https://wire%1.example.com/rss"_s.arg(f)), u"application/rss+xml"_s,
                QDateTime::currentDateTimeUtc()};
            ParsedFeed feed = FeedParser::parse(feeds.at(f), context);
            normalizer.normalize(feed);
            const IngestResult r = store.ingest(sources.at(f), feed.items);
            if (!r.ok()) {
                out << "ingest failed: " << r.error << Qt::endl;
                return 1;
            }
            added += r.added;
        }
        phase.stop();
        out << "parse+normalize+store (one thread): " << added << " added, " << phase.figures(added) << Qt::endl;
    }
    if (o.mode == u"pipe" || o.mode == u"all") {
        WireStore store;
        if (!store.open(dir.filePath(u"pipe.sqlite"_s))) {
            out << "open failed: " << store.errorString() << Qt::endl;
            return 1;
        }
        store.setClusteringEnabled(o.clustering);
        const QList<qint64> sources = addSources(store, o.feeds);
        QMutex mutex;
        QWaitCondition ready;
        QList<ParsedFeed> queue; // at most 2 parsed feeds wait: memory stays bounded
        bool stopped = false;
        Phase phase;
        std::thread parser([&] {
            const WireNormalizer normalizer;
            for (int f = 0; f < feeds.size(); ++f) {
                ParseContext context {QUrl(u"https://wire%1.example.com/rss"_s.arg(f)), u"application/rss+xml"_s,
                    QDateTime::currentDateTimeUtc()};
                ParsedFeed feed = FeedParser::parse(feeds.at(f), context);
                normalizer.normalize(feed);
                QMutexLocker lock(&mutex);
                while (queue.size() >= 2 && !stopped)
                    ready.wait(&mutex);
                if (stopped)
                    return;
                queue.append(std::move(feed));
                ready.wakeAll();
            }
        });
        qint64 added = 0;
        for (int f = 0; f < feeds.size(); ++f) {
            ParsedFeed feed;
            {
                QMutexLocker lock(&mutex);
                while (queue.isEmpty())
                    ready.wait(&mutex);
                feed = queue.takeFirst();
                ready.wakeAll();
            }
            const IngestResult r = store.ingest(sources.at(f), feed.items);
            if (!r.ok()) {
                out << "ingest failed: " << r.error << Qt::endl;
                {
                    QMutexLocker lock(&mutex);
                    stopped = true;
                    ready.wakeAll();
                }
                parser.join();
                return 1;
            }
            added += r.added;
        }
        parser.join();
        phase.stop();
        out << "parse+normalize | store (two threads): " << added << " added, " << phase.figures(added) << Qt::endl;
    }
    return 0;
}
