// Search and ingest benchmark for the wire store.
//
// Generates a store of N items (default 1,000,000; vocabulary with a Zipf distribution so
// a few words are in almost every item; 100 sources with credibility labels; publication
// times over one year) or reuses the one cached under the build folder, then times the
// first inbox page (50 rows, newest first) for each query shape, with the naive query
// (FTS5 ordered by rank, or by the published column) as the baseline for common words.
// Finally it measures ingest into a fresh store alone: 20,000 items in batches of 1,000,
// and the same rows inserted through QSqlQuery and through the C API, which is why the
// store uses the C API.

#include "searchqueryparser.h"
#include "wirestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <random>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

QTextStream out(stdout);

constexpr int Vocabulary = 50000;
constexpr int SourceCount = 100;

// Pronounceable made-up words, deterministic per rank.
QString makeWord(int rank)
{
    static const char *syllables[] = {"ka", "lo", "mi", "ra", "te", "su", "ven", "dor", "pa", "li", "no", "gri", "sa",
        "tu", "ber", "an", "el", "or", "is", "um", "qua", "zen", "fi", "ho"};
    constexpr int n = int(std::size(syllables));
    QString w;
    int r = rank + n; // at least two syllables
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
        m_words.reserve(Vocabulary);
        for (int i = 0; i < Vocabulary; ++i)
            m_words << makeWord(i);
        // Zipf (s = 1.0) cumulative weights.
        m_cdf.resize(Vocabulary);
        double sum = 0;
        for (int i = 0; i < Vocabulary; ++i) {
            sum += 1.0 / (i + 1);
            m_cdf[i] = sum;
        }
        for (double &c : m_cdf)
            c /= sum;
    }

    int rank()
    {
        const double u = std::uniform_real_distribution<double>(0, 1)(m_rng);
        return int(std::lower_bound(m_cdf.begin(), m_cdf.end(), u) - m_cdf.begin());
    }
    const QString &word(int rank) const { return m_words.at(rank); }
    QString sentence(int words)
    {
        QString s;
        for (int i = 0; i < words; ++i) {
            const int r = rank();
            QString w = word(r);
            // Mid-ranked words play names and places: capitalized, like in real copy.
            if (r >= 200 && r < 5000)
                w[0] = w[0].toUpper();
            if (i)
                s += u' ';
            s += w;
        }
        return s;
    }
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    std::mt19937 &rng() { return m_rng; }

private:
    std::mt19937 m_rng;
    QStringList m_words;
    std::vector<double> m_cdf;
};

const QStringList &labels()
{
    static const QStringList l {u"agency"_s, u"official"_s, u"outlet"_s, u"social-unverified"_s, u"state-affiliated"_s};
    return l;
}

QString sourceName(int i)
{
    return u"wire%1"_s.arg(i, 3, 10, QLatin1Char('0'));
}

WireItem makeItem(Generator &g, qint64 serial, const QDateTime &published, bool withHtml)
{
    WireItem item;
    item.guid = u"urn:bench:%1"_s.arg(serial);
    item.url = u"https://news%1.example.com/story/%2"_s.arg(serial % 97).arg(serial);
    item.canonicalUrl = item.url;
    item.title = g.sentence(g.uniform(6, 12));
    item.contentText = g.sentence(g.uniform(40, 90));
    item.summary = item.contentText.left(140);
    if (withHtml)
        item.contentHtml = u"<p>"_s + item.contentText + u"</p>"_s;
    item.authors = {u"Desk %1"_s.arg(serial % 300)};
    item.urgency = 1 + g.uniform(0, 8);
    item.published = published;
    item.fetched = published;
    return item;
}

QList<qint64> ensureSources(WireStore &store)
{
    QList<qint64> ids;
    const QList<WireSource> existing = store.sources();
    if (existing.size() >= SourceCount) {
        for (const WireSource &s : existing)
            ids << s.id;
        return ids;
    }
    for (int i = 0; i < SourceCount; ++i) {
        WireSource s = WireSource::named(sourceName(i), labels().at(i % labels().size()));
        ids << store.addSource(s);
    }
    return ids;
}

bool generate(WireStore &store, qint64 target, const QDateTime &end)
{
    const QList<qint64> sources = ensureSources(store);
    // Random text clusters nothing anyway; generation skips it. The ingest figure below
    // measures with clustering on.
    store.setClusteringEnabled(false);
    qint64 have = store.totalItems();
    if (have >= target)
        return true;
    Generator g(4242 + quint32(have));
    const qint64 yearMs = 365LL * 24 * 3600 * 1000;
    QElapsedTimer timer;
    timer.start();
    qint64 serial = have;
    // Items arrive roughly in time order, as from live wires: the year is cut into slices
    // of 1,000 items, each slice shared by 2 random sources in batches of 500.
    const qint64 slices = (target + 999) / 1000;
    const qint64 sliceMs = yearMs / qMax<qint64>(1, slices);
    const QDateTime start = end.addMSecs(-yearMs);
    while (have < target) {
        const qint64 slice = have / 1000;
        const int n = int(std::min<qint64>(500, target - have));
        QList<WireItem> batch;
        batch.reserve(n);
        const qint64 source = sources.at(g.uniform(0, int(sources.size()) - 1));
        std::vector<qint64> offsets;
        for (int i = 0; i < n; ++i)
            offsets.push_back(std::uniform_int_distribution<qint64>(0, sliceMs - 1)(g.rng()));
        std::sort(offsets.begin(), offsets.end());
        for (const qint64 offset : offsets)
            batch << makeItem(g, serial++, start.addMSecs(slice * sliceMs + offset), false);
        const IngestResult r = store.ingest(source, batch);
        if (!r.ok()) {
            out << "generation failed: " << r.error << Qt::endl;
            return false;
        }
        have += r.added;
        if (have % 100000 == 0) {
            sqlite3_stmt *st = nullptr;
            sqlite3_prepare_v2(store.handle(), "PRAGMA wal_checkpoint(PASSIVE)", -1, &st, nullptr);
            if (sqlite3_step(st) == SQLITE_ROW)
                out << "  checkpoint busy=" << sqlite3_column_int(st, 0) << " log=" << sqlite3_column_int(st, 1)
                    << " done=" << sqlite3_column_int(st, 2) << Qt::endl;
            sqlite3_finalize(st);
        }
        if (have % 100000 == 0)
            out << "  generated " << have << " items, " << timer.elapsed() / 1000 << " s" << Qt::endl;
    }
    store.setClusteringEnabled(true);
    out << "generated " << have << " items in " << timer.elapsed() / 1000.0 << " s ("
        << qint64(double(target) * 1000 / qMax<qint64>(1, timer.elapsed())) << " items/s, clustering off)" << Qt::endl;
    return true;
}

struct Stats {
    double p50 = 0, p95 = 0, max = 0;
    double avgRows = 0;
};

Stats stats(std::vector<double> ms, double rows)
{
    std::sort(ms.begin(), ms.end());
    Stats s;
    auto pct = [&](double p) { return ms[std::min(ms.size() - 1, size_t(std::ceil(p * double(ms.size())) - 1))]; };
    s.p50 = pct(0.50);
    s.p95 = pct(0.95);
    s.max = ms.back();
    s.avgRows = rows / double(ms.size());
    return s;
}

void printRow(const QString &shape, const Stats &s, int queries, const QString &example)
{
    out << qSetFieldWidth(22) << Qt::left << shape << qSetFieldWidth(9) << Qt::right << QString::number(s.p50, 'f', 2)
        << QString::number(s.p95, 'f', 2) << QString::number(s.max, 'f', 2) << qSetFieldWidth(7) << queries
        << QString::number(s.avgRows, 'f', 0) << qSetFieldWidth(0) << "   " << example << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 items = 1000000;
    int perShape = 60;
    QString storePath;
    bool searchOnly = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--items" && i + 1 < args.size())
            items = args[++i].toLongLong();
        else if (args[i] == u"--queries" && i + 1 < args.size())
            perShape = args[++i].toInt();
        else if (args[i] == u"--search-only")
            searchOnly = true;
        else if (args[i] == u"--store" && i + 1 < args.size())
            storePath = args[++i];
        else {
            out << "usage: bench_search [--items N] [--queries N] [--store FILE] [--search-only]" << Qt::endl;
            return 2;
        }
    }
    if (storePath.isEmpty())
        storePath = QStringLiteral(WIREDESK_BINARY_DIR) + u"/bench/wirestore/bench_search_%1.sqlite"_s.arg(items);

    // A fixed "now" keeps the cached store valid across runs (since: is relative to it).
    const QDateTime end(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
    out << "wire store search benchmark: " << items << " items, store " << storePath << Qt::endl;
    WireStore store;
    if (!store.open(storePath)) {
        out << "cannot open: " << store.errorString() << Qt::endl;
        return 1;
    }
    const qint64 existing = store.totalItems();
    if (existing >= items)
        out << "reusing the cached store (" << existing << " items); delete it to regenerate" << Qt::endl;
    else if (!generate(store, items, end))
        return 1;
    // Warm the page cache the way an open inbox would be warm.
    {
        QElapsedTimer t;
        t.start();
        InboxPage warm = store.page(InboxQuery {}, {}, 50);
        store.count(InboxQuery {}, 2000000);
        out << "warm-up: " << t.elapsed() << " ms" << Qt::endl;
    }

    Generator g(99);
    auto pick = [&](int lo, int hi) { return g.word(g.uniform(lo, hi)); };
    auto randomDay = [&] { return end.addDays(-g.uniform(8, 360)).date(); };
    auto phraseFromStore = [&]() -> QString {
        // Two adjacent words of a real item, so the phrase matches.
        const qint64 lo = WireStore::idBaseFor(end.addDays(-365));
        const qint64 hi = WireStore::idBaseFor(end);
        const qint64 probe = std::uniform_int_distribution<qint64>(lo, hi)(g.rng());
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(
            store.handle(), "SELECT content_text FROM wire_item WHERE id >= ? ORDER BY id LIMIT 1", -1, &st, nullptr);
        sqlite3_bind_int64(st, 1, probe);
        QString text;
        if (sqlite3_step(st) == SQLITE_ROW)
            text = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        const QStringList w = text.split(u' ', Qt::SkipEmptyParts);
        if (w.size() < 3)
            return u"\"kalo mira\""_s;
        const int at = g.uniform(0, int(w.size()) - 3);
        return u'"' + w[at] + u' ' + w[at + 1] + u'"';
    };

    struct Shape {
        QString name;
        std::function<QString()> make;
    };
    const QList<Shape> shapes {
        {u"rare word"_s, [&]() -> QString { return pick(5000, 40000); }},
        {u"common word"_s, [&]() -> QString { return pick(0, 9); }},
        {u"two words"_s, [&]() -> QString { return pick(0, 200) + u' ' + pick(200, 3000); }},
        {u"phrase"_s, phraseFromStore},
        {u"prefix"_s, [&]() -> QString { return pick(0, 2000).left(3) + u'*'; }},
        {u"source: filter"_s, [&]() -> QString { return u"source:"_s + sourceName(g.uniform(0, SourceCount - 1)); }},
        {u"label: filter"_s,
            [&]() -> QString { return u"label:"_s + labels().at(g.uniform(0, int(labels().size()) - 1)); }},
        {u"time range"_s,
            [&]() -> QString {
                const QDate d = randomDay();
                return u"after:"_s + d.toString(Qt::ISODate) + u" before:"_s + d.addDays(7).toString(Qt::ISODate);
            }},
        {u"combined"_s,
            [&]() -> QString {
                const QDate d = randomDay();
                return pick(0, 50) + u" label:"_s + labels().at(g.uniform(0, int(labels().size()) - 1)) + u" after:"_s
                    + d.addDays(-60).toString(Qt::ISODate) + u" urgency:<=5"_s;
            }},
        {u"source + common word"_s,
            [&]() -> QString { return pick(0, 9) + u" source:"_s + sourceName(g.uniform(0, SourceCount - 1)); }},
        {u"is:unread, since:30d"_s, [&]() -> QString { return u"is:unread since:30d"_s; }},
    };

    out << Qt::endl
        << "First page (50 rows, newest first), milliseconds, " << perShape << " queries per shape:" << Qt::endl;
    out << qSetFieldWidth(22) << Qt::left << "shape" << qSetFieldWidth(9) << Qt::right << "p50"
        << "p95"
        << "max" << qSetFieldWidth(7) << "n"
        << "rows" << qSetFieldWidth(0) << "   example" << Qt::endl;
    for (const Shape &shape : shapes) {
        std::vector<double> times;
        double rows = 0;
        QString example;
        for (int i = 0; i < perShape; ++i) {
            const QString text = shape.make();
            if (example.isEmpty())
                example = text;
            QElapsedTimer t;
            t.start();
            const InboxQuery q = SearchQueryParser::parse(text, end);
            const InboxPage page = store.page(q, {}, 50);
            times.push_back(double(t.nsecsElapsed()) / 1e6);
            rows += double(page.rows.size());
            if (!page.error.isEmpty())
                out << "  error for " << text << ": " << page.error << Qt::endl;
        }
        printRow(shape.name, stats(times, rows), perShape, example);
    }

    if (searchOnly)
        return 0;
    // Baseline: the obvious queries for a common word, without the time-keyed rowid.
    out << Qt::endl << "Baseline for the common-word shape (same store, same run):" << Qt::endl;
    const QList<QPair<QString, QString>> baselines {
        {u"ORDER BY rank"_s,
            u"SELECT i.id, i.title FROM wire_fts JOIN wire_item i ON i.id = wire_fts.rowid WHERE wire_fts MATCH ? "
            u"ORDER BY rank LIMIT 50"_s},
        {u"ORDER BY published DESC"_s,
            u"SELECT i.id, i.title FROM wire_fts JOIN wire_item i ON i.id = wire_fts.rowid WHERE wire_fts MATCH ? "
            u"ORDER BY i.published DESC LIMIT 50"_s},
        {u"rowid DESC (this store)"_s,
            u"SELECT i.id, i.title FROM wire_fts CROSS JOIN wire_item i ON i.id = wire_fts.rowid WHERE wire_fts MATCH "
            u"? "
            u"ORDER BY wire_fts.rowid DESC LIMIT 50"_s},
    };
    const int baselineRuns = 10;
    for (const auto &[name, sql] : baselines) {
        std::vector<double> times;
        double rows = 0;
        for (int i = 0; i < baselineRuns; ++i) {
            const QString word = SearchQueryParser::quoted(pick(0, 9));
            sqlite3_stmt *st = nullptr;
            const QByteArray utf8 = sql.toUtf8();
            QElapsedTimer t;
            t.start();
            sqlite3_prepare_v2(store.handle(), utf8.constData(), -1, &st, nullptr);
            const QByteArray w = word.toUtf8();
            sqlite3_bind_text(st, 1, w.constData(), -1, SQLITE_TRANSIENT);
            while (sqlite3_step(st) == SQLITE_ROW)
                ++rows;
            sqlite3_finalize(st);
            times.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        printRow(name, stats(times, rows), baselineRuns, u"common word"_s);
    }
    {
        QElapsedTimer t;
        t.start();
        const qint64 n = store.count(SearchQueryParser::parse(g.word(0), end), 10000);
        out << "count(common word) capped at 10,000: " << n << " in " << QString::number(t.nsecsElapsed() / 1e6, 'f', 1)
            << " ms" << Qt::endl;
    }
    store.close();

    // Ingest throughput into a fresh store: 20,000 items in batches of 1,000 from 20 sources.
    out << Qt::endl
        << "Ingest into a fresh store (dedupe + FTS + clustering), 20,000 items, batches of 1,000:" << Qt::endl;
    QTemporaryDir dir;
    for (const bool clustering : {true, false}) {
        WireStore fresh;
        if (!fresh.open(dir.filePath(clustering ? u"ingest.sqlite"_s : u"ingest-nocluster.sqlite"_s))) {
            out << fresh.errorString() << Qt::endl;
            return 1;
        }
        fresh.setClusteringEnabled(clustering);
        out << (clustering ? "  with story clustering:" : "  clustering switched off (for comparison):") << Qt::endl;
        QList<qint64> sources;
        for (int i = 0; i < 20; ++i)
            sources << fresh.addSource(WireSource::named(sourceName(i), labels().at(i % 5)));
        Generator ig(7);
        QList<QList<WireItem>> batches;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int b = 0; b < 20; ++b) {
            QList<WireItem> batch;
            for (int i = 0; i < 1000; ++i)
                batch << makeItem(ig, b * 1000 + i, now.addSecs(-ig.uniform(0, 7 * 86400)), true);
            batches << batch;
        }
        QElapsedTimer t;
        t.start();
        int added = 0;
        for (int b = 0; b < 20; ++b)
            added += fresh.ingest(sources[b], batches[b]).added;
        const qint64 ms = qMax<qint64>(1, t.elapsed());
        out << "    WireStore::ingest: " << added << " added in " << ms
            << " ms = " << qint64(20000.0 * 1000 / double(ms)) << " items/s" << Qt::endl;
        t.restart();
        int again = 0;
        for (int b = 0; b < 20; ++b)
            again += fresh.ingest(sources[b], batches[b]).unchanged;
        const qint64 ms2 = qMax<qint64>(1, t.elapsed());
        out << "    same 20,000 again (all unchanged): " << ms2 << " ms = " << qint64(20000.0 * 1000 / double(ms2))
            << " items/s" << Qt::endl;
    }
    // Driver overhead: 20,000 plain rows, one transaction, QSqlQuery vs the C API.
    {
        const QString path = dir.filePath(u"driver.sqlite"_s);
        QStringList texts;
        Generator dg(11);
        for (int i = 0; i < 20000; ++i)
            texts << dg.sentence(60);
        double qtMs = 0;
        double cMs = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench"_s);
            db.setDatabaseName(path);
            db.open();
            QSqlQuery q(db);
            q.exec(u"PRAGMA journal_mode=WAL"_s);
            q.exec(u"PRAGMA synchronous=NORMAL"_s);
            q.exec(u"CREATE TABLE a(id INTEGER PRIMARY KEY, guid TEXT, title TEXT, body TEXT, n INTEGER)"_s);
            QElapsedTimer t;
            t.start();
            db.transaction();
            q.prepare(u"INSERT INTO a(guid, title, body, n) VALUES(?,?,?,?)"_s);
            for (int i = 0; i < texts.size(); ++i) {
                q.bindValue(0, u"g%1"_s.arg(i));
                q.bindValue(1, texts[i].left(60));
                q.bindValue(2, texts[i]);
                q.bindValue(3, i);
                q.exec();
            }
            db.commit();
            qtMs = double(t.nsecsElapsed()) / 1e6;
            q.finish();
        }
        QSqlDatabase::removeDatabase(u"bench"_s);
        {
            sqlite3 *db = nullptr;
            sqlite3_open(path.toUtf8().constData(), &db);
            sqlite3_exec(db, "CREATE TABLE b(id INTEGER PRIMARY KEY, guid TEXT, title TEXT, body TEXT, n INTEGER)",
                nullptr, nullptr, nullptr);
            QElapsedTimer t;
            t.start();
            sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
            sqlite3_stmt *st = nullptr;
            sqlite3_prepare_v2(db, "INSERT INTO b(guid, title, body, n) VALUES(?,?,?,?)", -1, &st, nullptr);
            for (int i = 0; i < texts.size(); ++i) {
                const QByteArray guid = u"g%1"_s.arg(i).toUtf8();
                const QByteArray title = texts[i].left(60).toUtf8();
                const QByteArray body = texts[i].toUtf8();
                sqlite3_bind_text(st, 1, guid.constData(), int(guid.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(st, 2, title.constData(), int(title.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(st, 3, body.constData(), int(body.size()), SQLITE_TRANSIENT);
                sqlite3_bind_int64(st, 4, i);
                sqlite3_step(st);
                sqlite3_reset(st);
            }
            sqlite3_finalize(st);
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
            cMs = double(t.nsecsElapsed()) / 1e6;
            sqlite3_close(db);
        }
        out << "  driver overhead, 20,000 plain inserts in one transaction: QSqlQuery " << QString::number(qtMs, 'f', 1)
            << " ms, sqlite3 C API " << QString::number(cMs, 'f', 1) << " ms" << Qt::endl;
        // FTS5 kept in sync by triggers vs by the ingest code: 20,000 rows, batches of 1,000.
        for (const bool triggers : {true, false}) {
            sqlite3 *db = nullptr;
            const QByteArray file = dir.filePath(triggers ? u"fts_trigger.sqlite"_s : u"fts_code.sqlite"_s).toUtf8();
            sqlite3_open(file.constData(), &db);
            sqlite3_exec(db,
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                "CREATE TABLE item(id INTEGER PRIMARY KEY, guid TEXT UNIQUE, title TEXT, body TEXT);"
                "CREATE VIRTUAL TABLE fts USING fts5(title, body, content='item', content_rowid='id');",
                nullptr, nullptr, nullptr);
            if (triggers)
                sqlite3_exec(db,
                    "CREATE TRIGGER item_ai AFTER INSERT ON item BEGIN INSERT INTO fts(rowid, title, body) "
                    "VALUES (new.id, new.title, new.body); END",
                    nullptr, nullptr, nullptr);
            sqlite3_stmt *ins = nullptr;
            sqlite3_stmt *fts = nullptr;
            sqlite3_prepare_v2(db, "INSERT INTO item(id, guid, title, body) VALUES(?,?,?,?)", -1, &ins, nullptr);
            sqlite3_prepare_v2(db, "INSERT INTO fts(rowid, title, body) VALUES(?,?,?)", -1, &fts, nullptr);
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < texts.size(); ++i) {
                if (i % 1000 == 0)
                    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
                const QByteArray guid = u"g%1"_s.arg(i).toUtf8();
                const QByteArray title = texts[i].left(60).toUtf8();
                const QByteArray body = texts[i].toUtf8();
                sqlite3_bind_int64(ins, 1, i + 1);
                sqlite3_bind_text(ins, 2, guid.constData(), int(guid.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(ins, 3, title.constData(), int(title.size()), SQLITE_TRANSIENT);
                sqlite3_bind_text(ins, 4, body.constData(), int(body.size()), SQLITE_TRANSIENT);
                sqlite3_step(ins);
                sqlite3_reset(ins);
                if (!triggers) {
                    sqlite3_bind_int64(fts, 1, i + 1);
                    sqlite3_bind_text(fts, 2, title.constData(), int(title.size()), SQLITE_TRANSIENT);
                    sqlite3_bind_text(fts, 3, body.constData(), int(body.size()), SQLITE_TRANSIENT);
                    sqlite3_step(fts);
                    sqlite3_reset(fts);
                }
                if (i % 1000 == 999)
                    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
            }
            const double ms = double(t.nsecsElapsed()) / 1e6;
            sqlite3_finalize(ins);
            sqlite3_finalize(fts);
            sqlite3_close(db);
            out << "  FTS5 sync by " << (triggers ? "trigger" : "ingest code") << ": 20,000 rows in "
                << QString::number(ms, 'f', 0) << " ms = " << qint64(20000.0 * 1000 / ms) << " rows/s" << Qt::endl;
        }
    }
    return 0;
}
