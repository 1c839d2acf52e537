// Parse-thread benchmark: the work WireIngestor does per feed on its parse pool —
// FeedParser::parse, WireNormalizer::normalize and WireStore::prepareClustering — on feeds
// generated exactly like bench/ingest/bench_ingest.cpp Bench::newsRssFeed(, ItemsPerFeed) (same vocabulary, same
// seeds, same item shape), without the network or the store. The baseline, measured in the
// same run on the same bytes, is a bare QXmlStreamReader pass over the document: what reading
// the XML alone costs. Profile with
//   valgrind --tool=callgrind build/bench/parse/bench_parse --feeds 1
//   callgrind_annotate --inclusive=yes callgrind.out.* | grep -E 'FeedParser::parse|normalize|prepareClustering'
// (1,000 items: divide by 1,000 for instructions per item; generating the feed is separate.)
#include "feedparser.h"
#include "newsfeeds.h"
#include "wirenormalizer.h"
#include "wirestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QTextStream>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <cmath>
#include <random>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

QTextStream out(stdout);

constexpr int ItemsPerFeed = 1000;

// The baseline: every token of the document read once, nothing kept.
qint64 bareRead(const QByteArray &bytes)
{
    QXmlStreamReader reader(bytes);
    qint64 tokens = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        ++tokens;
    }
    return reader.hasError() ? -1 : tokens;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int feeds = 5;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(u"--feeds"_s); at >= 0 && at + 1 < args.size())
        feeds = qMax(1, args.at(at + 1).toInt());

    QList<QByteArray> documents;
    for (int f = 0; f < feeds; ++f)
        documents << Bench::newsRssFeed(f, ItemsPerFeed);
    const ParseContext context {QUrl(u"https://wire.example/feed.xml"_s), u"application/rss+xml; charset=utf-8"_s,
        QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::utc())};

    QElapsedTimer timer;
    timer.start();
    qint64 tokens = 0;
    for (const QByteArray &document : std::as_const(documents))
        tokens += bareRead(document);
    const qint64 bareNs = timer.nsecsElapsed();

    qint64 parseNs = 0, normalizeNs = 0, clusterNs = 0;
    qsizetype items = 0;
    quint64 checksum = 0;
    for (const QByteArray &document : std::as_const(documents)) {
        timer.restart();
        ParsedFeed feed = FeedParser::parse(document, context);
        parseNs += timer.nsecsElapsed();
        if (!feed.ok()) {
            out << "parse failed: " << feed.error << Qt::endl;
            return 1;
        }
        timer.restart();
        WireNormalizer().normalize(feed);
        normalizeNs += timer.nsecsElapsed();
        timer.restart();
        for (WireItem &item : feed.items)
            WireStore::prepareClustering(item);
        clusterNs += timer.nsecsElapsed();
        items += feed.items.size();
        // Everything the parse threads hand to the store, so an optimization that changes
        // any of it shows as a different checksum.
        for (const WireItem &item : std::as_const(feed.items)) {
            checksum = checksum * 31 + qHash(item.contentHash) + qHash(item.raw) + qHash(item.guid)
                + qHash(item.canonicalUrl) + qHash(item.contentHtml) + qHash(item.contentText) + qHash(item.title)
                + qHash(item.published.toMSecsSinceEpoch()) + qHash(item.clusterSignature) + qHash(item.authors)
                + qHash(item.categories) + qHash(item.url);
            for (const quint64 word : item.clusterWords)
                checksum = checksum * 7 + word;
        }
    }
    const auto perItem = [&](qint64 ns) { return QString::number(double(ns) / 1000.0 / double(items), 'f', 1); };
    out << feeds << " feed(s), " << items << " items, " << tokens << " XML tokens" << Qt::endl;
    out << "baseline: bare QXmlStreamReader pass   " << perItem(bareNs) << " us/item" << Qt::endl;
    out << "FeedParser::parse                      " << perItem(parseNs) << " us/item" << Qt::endl;
    out << "WireNormalizer::normalize              " << perItem(normalizeNs) << " us/item" << Qt::endl;
    out << "WireStore::prepareClustering           " << perItem(clusterNs) << " us/item" << Qt::endl;
    out << "checksum " << Qt::hex << checksum << Qt::endl;
    return 0;
}
