#pragma once

// The generated news feeds of the ingest benchmarks (bench_ingest, bench_parse, bench_html):
// one definition, so all three measure the same items.
//
// News text has a few very common words and a long tail of rare ones (names, places,
// figures). The vocabulary mixes 120 common news words with 20,000 generated rare ones and
// draws from a Zipf-like distribution, so items of different stories share little beyond
// function words, as in real feeds (identical small vocabularies would make every item a
// near-duplicate of every other and measure the clusterer's worst case instead).
#include <QByteArray>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <cmath>
#include <random>

namespace Wiredesk::Bench {

inline const QStringList &newsVocabulary()
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

inline QString newsSentence(std::mt19937 &rng, int words)
{
    const QStringList &v = newsVocabulary();
    // Zipf-like: rank = floor(N^u) - 1 for uniform u gives a heavy head and a long tail.
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

/// An item body: three paragraphs, each with an entity and a link carrying a tracking
/// parameter.
inline QString newsItemBody(std::mt19937 &rng)
{
    using namespace Qt::StringLiterals;
    QString body;
    for (int p = 0; p < 3; ++p)
        body += u"<p>"_s + newsSentence(rng, 25 + int(rng() % 20))
            + u" &amp; <a href=\"https://ref.example/%1?utm_source=x\">"
              "more</a>.</p>"_s.arg(rng() % 100000);
    return body;
}

/// RSS 2.0 feed number @p feed with @p items realistic items: HTML descriptions with links,
/// entities and tracking parameters, categories, authors, RFC 822 dates.
inline QByteArray newsRssFeed(int feed, int items)
{
    using namespace Qt::StringLiterals;
    std::mt19937 rng(1000 + feed);
    QByteArray xml;
    xml.reserve(items * 1600);
    xml += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>"_ba;
    xml += u"<title>Bench Wire %1</title><link>https://wire%1.example/</link><description>Wire %1</description>"_s
               .arg(feed)
               .toUtf8();
    const QDateTime base(QDate(2026, 11, 27), QTime(8, 0), QTimeZone::utc());
    for (int i = 0; i < items; ++i) {
        const QDateTime when = base.addSecs(-qint64(i) * 97 - feed * 13);
        const QString title = newsSentence(rng, 8 + int(rng() % 6));
        const QString body = newsItemBody(rng);
        xml += u"<item><title>%1</title><link>https://wire%2.example/news/%3?utm_source=rss&amp;utm_medium=feed</link>"
               "<guid isPermaLink=\"false\">wire%2-%3</guid><pubDate>%4</pubDate><dc:creator>Desk %5</dc:creator>"
               "<category>World</category><category>%6</category><description>%7</description></item>\n"_s
                   .arg(title.toHtmlEscaped())
                   .arg(feed)
                   .arg(i)
                   .arg(QLocale::c().toString(when, u"ddd, dd MMM yyyy HH:mm:ss +0000"_s))
                   .arg(rng() % 40)
                   .arg(newsVocabulary().at(int(rng() % newsVocabulary().size())))
                   .arg(body.toHtmlEscaped())
                   .toUtf8();
    }
    xml += "</channel></rss>\n"_ba;
    return xml;
}

} // namespace Wiredesk::Bench
