// Parse-thread benchmark: the work WireIngestor does per feed on its parse pool —
// FeedParser::parse, WireNormalizer::normalize and WireStore::prepareClustering — on feeds
// generated exactly like bench/ingest/bench_ingest.cpp makeFeed() (same vocabulary, same
// seeds, same item shape), without the network or the store. The baseline, measured in the
// same run on the same bytes, is a bare QXmlStreamReader pass over the document: what reading
// the XML alone costs. Profile with
//   valgrind --tool=callgrind build/bench/parse/bench_parse --feeds 1
//   callgrind_annotate --inclusive=yes callgrind.out.* | grep -E 'FeedParser::parse|normalize|prepareClustering'
// (1,000 items: divide by 1,000 for instructions per item; generating the feed is separate.)
#include "feedparser.h"
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

// vocabulary(), sentence() and makeFeed() follow bench_ingest.cpp line for line, so the
// items measured here are the items that benchmark ingests.
const QStringList &vocabulary()
{
    static const QStringList words = [] {
        QStringList list = QStringLiteral(
            "the of and to in a said on for with at by from government minister talks agreement port "
            "strike workers union storm coast power homes flights ferries earthquake magnitude officials "
            "damage roads plant investment billion euro market shares prices inflation bank rate decision "
            "parliament vote election president court ruling police investigation fire river flood rain "
            "forecast harvest exports energy gas pipeline wind solar grid company chief executive quarter "
            "profit losses jobs automation terminal container shipping vessels cargo negotiations draft "
            "treaty ocean mining pause delegates conference statement press agency reported city council "
            "mayor residents transport rail line airport tram project budget health hospital")
                               .split(u' ', Qt::SkipEmptyParts);
        static const char *syllables[] = {"ka", "lo", "ver", "min", "tas", "ro", "bel", "an", "dre", "su", "mar", "ni",
            "gor", "te", "vel", "os", "pra", "hu", "len", "dis", "ko", "ra", "zen", "fi"};
        std::mt19937 rng(99);
        while (list.size() < 20120) {
            QString w;
            const int n = 2 + int(rng() % 3);
            for (int i = 0; i < n; ++i)
                w += QLatin1StringView(syllables[rng() % 24]);
            list << w;
        }
        return list;
    }();
    return words;
}

QString sentence(std::mt19937 &rng, int words)
{
    const QStringList &v = vocabulary();
    std::uniform_real_distribution<double> u(0.0, 1.0);
    QString s;
    for (int i = 0; i < words; ++i) {
        if (i)
            s += u' ';
        const int rank = qBound(0, int(std::pow(double(v.size()), u(rng))) - 1, int(v.size()) - 1);
        s += v.at(rank);
    }
    s[0] = s[0].toUpper();
    return s;
}

QByteArray makeFeed(int feed)
{
    std::mt19937 rng(1000 + feed);
    QByteArray xml;
    xml.reserve(ItemsPerFeed * 1600);
    xml += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>"_ba;
    xml += u"<title>Bench Wire %1</title><link>https://wire%1.example/</link><description>Wire %1</description>"_s
               .arg(feed)
               .toUtf8();
    const QDateTime base(QDate(2026, 11, 27), QTime(8, 0), QTimeZone::utc());
    for (int i = 0; i < ItemsPerFeed; ++i) {
        const QDateTime when = base.addSecs(-qint64(i) * 97 - feed * 13);
        const QString title = sentence(rng, 8 + int(rng() % 6));
        QString body;
        for (int p = 0; p < 3; ++p)
            body += u"<p>"_s + sentence(rng, 25 + int(rng() % 20))
                + u" &amp; <a href=\"https://ref.example/%1?utm_source=x\">"
                  "more</a>.</p>"_s.arg(rng() % 100000);
        xml += u"<item><title>%1</title><link>https://wire%2.example/news/%3?utm_source=rss&amp;utm_medium=feed</link>"
               "<guid isPermaLink=\"false\">wire%2-%3</guid><pubDate>%4</pubDate><dc:creator>Desk %5</dc:creator>"
               "<category>World</category><category>%6</category><description>%7</description></item>\n"_s
                   .arg(title.toHtmlEscaped())
                   .arg(feed)
                   .arg(i)
                   .arg(QLocale::c().toString(when, u"ddd, dd MMM yyyy HH:mm:ss +0000"_s))
                   .arg(rng() % 40)
                   .arg(vocabulary().at(int(rng() % vocabulary().size())))
                   .arg(body.toHtmlEscaped())
                   .toUtf8();
    }
    xml += "</channel></rss>\n"_ba;
    return xml;
}

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
        documents << makeFeed(f);
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
