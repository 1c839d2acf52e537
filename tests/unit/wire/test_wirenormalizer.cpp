#include "feedparser.h"
#include "wireitemjson.h"
#include "wirenormalizer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTimeZone>

#include <thread>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

class TestWireNormalizer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalUrl_data();
    void canonicalUrl();
    void contentHashIgnoresCaseAndWhitespace();
    void contentHashSeesRealChanges();
    void contentHashIsTheDocumentedFormula_data();
    void contentHashIsTheDocumentedFormula();
    void normalizeFillsDerivedFields();
    void titleFallsBackToFirstWords();
    void relativeLinksResolveAgainstBaseUrl();
    void normalizingTwiceChangesNothing();
    void parsingOnTwoThreadsGivesTheSameItems();
};

void TestWireNormalizer::canonicalUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("already canonical") << u"https://npa.example/world/story"_s << u"https://npa.example/world/story"_s;
    QTest::newRow("upper-case scheme and host")
        << u"HTTPS://NPA.Example/World/Story"_s << u"https://npa.example/World/Story"_s;
    QTest::newRow("http becomes https") << u"http://npa.example/a"_s << u"https://npa.example/a"_s;
    QTest::newRow("default port https") << u"https://npa.example:443/a"_s << u"https://npa.example/a"_s;
    QTest::newRow("default port http") << u"http://npa.example:80/a"_s << u"https://npa.example/a"_s;
    QTest::newRow("other port kept") << u"https://npa.example:8443/a"_s << u"https://npa.example:8443/a"_s;
    QTest::newRow("fragment dropped") << u"https://npa.example/a#comments"_s << u"https://npa.example/a"_s;
    QTest::newRow("hashbang route kept") << u"https://npa.example/#!/story/12"_s
                                         << u"https://npa.example/#!/story/12"_s;
    QTest::newRow("utm removed") << u"https://npa.example/a?utm_source=rss&utm_medium=feed&utm_campaign=x"_s
                                 << u"https://npa.example/a"_s;
    QTest::newRow("tracking removed, id kept in order")
        << u"https://npa.example/a?id=7&fbclid=abc&page=2&gclid=x&mc_cid=1&mc_eid=2&igshid=3&ref_src=twsrc&_ga=1.2&yclid=9&spm=a.b"_s
        << u"https://npa.example/a?id=7&page=2"_s;
    QTest::newRow("order not sorted") << u"https://npa.example/a?b=2&a=1"_s << u"https://npa.example/a?b=2&a=1"_s;
    QTest::newRow("upper-case tracking key")
        << u"https://npa.example/a?UTM_Source=x&q=1"_s << u"https://npa.example/a?q=1"_s;
    QTest::newRow("empty path") << u"https://npa.example"_s << u"https://npa.example/"_s;
    QTest::newRow("dot segments") << u"https://npa.example/a/./b/../c"_s << u"https://npa.example/a/c"_s;
    QTest::newRow("encoded query kept") << u"https://npa.example/s?q=caf%C3%A9%20bar"_s
                                        << u"https://npa.example/s?q=caf%C3%A9%20bar"_s;
    QTest::newRow("relative kept as is") << u"/news/1"_s << u"/news/1"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("telegram") << u"https://t.me/civildefence_upd/1201"_s << u"https://t.me/civildefence_upd/1201"_s;
}

void TestWireNormalizer::canonicalUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(WireNormalizer::canonicalUrl(url), expected);
}

void TestWireNormalizer::contentHashIgnoresCaseAndWhitespace()
{
    const QString a
        = WireNormalizer::contentHash(u"Storm warning issued"_s, u"Gusts reached 120 km/h.\nStay indoors."_s);
    const QString b
        = WireNormalizer::contentHash(u"  STORM  warning issued "_s, u"gusts reached   120 km/h. stay indoors."_s);
    QCOMPARE(a, b);
    QCOMPARE(a.size(), 64);
}

// contentHash() folds ASCII and punctuation in one pass; the result must stay SHA-256 of
// toLower().simplified() title + "\n" + text, stored hashes depend on it.
void TestWireNormalizer::contentHashIsTheDocumentedFormula_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << u"  Storm WARNING\tissued "_s << u"Gusts\r\n reached 120 km/h.\v\fStay indoors.  "_s;
    QTest::newRow("quotes and dashes") << u"\u201CWe\u2019ll stay\u201D \u2014 Mayor"_s
                                       << u"\u00ABNon\u00BB, dit-il\u2026"_s;
    QTest::newRow("letters beyond ascii")
        << u"Z\u00DCRICH Stra\u00DFe"_s << u"\u0130STANBUL \u03A3\u039F\u03A6\u0399\u0391"_s;
    QTest::newRow("non-ascii spaces") << u"a\u00A0b\u2003c"_s << u"d\u0085e\u3000f"_s;
    QTest::newRow("ascii title, other text") << u"Plain Title"_s << u"\u00C9t\u00E9 \u00C0 Paris"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("controls") << u"a\u001Cb"_s << u"\u0001x\u007F"_s;
}

void TestWireNormalizer::contentHashIsTheDocumentedFormula()
{
    QFETCH(QString, title);
    QFETCH(QString, text);
    const QString normalized = title.toLower().simplified() + u'\n' + text.toLower().simplified();
    const QString expected
        = QString::fromLatin1(QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(WireNormalizer::contentHash(title, text), expected);
}

void TestWireNormalizer::contentHashSeesRealChanges()
{
    const QString a = WireNormalizer::contentHash(u"Storm warning issued"_s, u"Gusts reached 120 km/h."_s);
    QVERIFY(a != WireNormalizer::contentHash(u"Storm warning issued"_s, u"Gusts reached 130 km/h."_s));
    // The separator keeps title/text boundaries apart.
    QVERIFY(WireNormalizer::contentHash(u"a b"_s, u"c"_s) != WireNormalizer::contentHash(u"a"_s, u"b c"_s));
}

void TestWireNormalizer::normalizeFillsDerivedFields()
{
    WireItem item;
    item.title = u"Ferry services resume"_s;
    item.url = u"http://harbourgazette.example/ferry?utm_source=rss"_s;
    item.summary = u"<p>Sailings <b>resumed</b> &amp; queues formed.</p>"_s;
    item.contentHtml
        = u"<p>Ferry operators resumed sailings on Thursday.</p><p>The port had been closed since Tuesday.</p>"
          u"<script>alert(1)</script>"_s;
    WireNormalizer().normalize(item);
    QCOMPARE(item.contentText,
        u"Ferry operators resumed sailings on Thursday.\n\nThe port had been closed since Tuesday."_s);
    QCOMPARE(item.summary, u"Sailings resumed & queues formed."_s);
    QCOMPARE(item.canonicalUrl, u"https://harbourgazette.example/ferry"_s);
    QCOMPARE(item.contentHash, WireNormalizer::contentHash(item.title, item.contentText));
    QVERIFY2(!item.contentHtml.contains(u"script"_s), qPrintable(item.contentHtml));
}

void TestWireNormalizer::relativeLinksResolveAgainstBaseUrl()
{
    WireItem item;
    item.baseUrl = u"https://courts.example/documents/"_s;
    item.contentHtml = u"<p>The <a href=\"ruling-8812.pdf\">ruling</a> <a href=\"javascript:alert(1)\">x</a></p>"_s;
    WireNormalizer().normalize(item);
    QVERIFY2(item.contentHtml.contains(u"href=\"https://courts.example/documents/ruling-8812.pdf\""_s),
        qPrintable(item.contentHtml));
    QVERIFY2(!item.contentHtml.contains(u"javascript"_s), qPrintable(item.contentHtml));
}

void TestWireNormalizer::normalizingTwiceChangesNothing()
{
    WireItem item;
    item.title = u"Grain exports rise"_s;
    item.baseUrl = u"https://grainwire.example/a/"_s;
    item.contentHtml = u"<p>Exports rose <b>4.2%</b> &mdash; <a href=\"b\">data</a></p><p>Second</p>"_s;
    WireNormalizer().normalize(item);
    const WireItem once = item;
    WireNormalizer().normalize(item);
    QCOMPARE(item.contentHtml, once.contentHtml);
    QCOMPARE(item.contentText, once.contentText);
    QCOMPARE(item.contentHash, once.contentHash);
}

void TestWireNormalizer::titleFallsBackToFirstWords()
{
    WireItem item;
    item.contentHtml = u"<p>Officers are appealing for witnesses after a lorry overturned on the A9 near Perth shortly "
                       u"after midnight.</p>"_s;
    WireNormalizer().normalize(item);
    QCOMPARE(item.title, u"Officers are appealing for witnesses after a lorry overturned on the A9…"_s);
}

// The ingest pipeline parses and normalizes feed N+1 on one thread while feed N is stored
// on another: FeedParser and WireNormalizer share no mutable state. Two threads work through
// the whole feed corpus at once and must get what one thread gets.
void TestWireNormalizer::parsingOnTwoThreadsGivesTheSameItems()
{
    const QDir corpus(QStringLiteral(WIREDESK_TEST_DATA "/feeds"));
    QList<QByteArray> inputs;
    for (const QString &name : corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(corpus.filePath(name));
        const QStringList files = dir.entryList({u"input.*"_s}, QDir::Files);
        if (files.size() != 1)
            continue;
        QFile file(dir.filePath(files.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        inputs << file.readAll();
    }
    QVERIFY(inputs.size() >= 10);
    const QDateTime fetch(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
    auto run = [&](QStringList *out) {
        const WireNormalizer normalizer;
        for (int round = 0; round < 3; ++round) {
            for (const QByteArray &bytes : std::as_const(inputs)) {
                ParsedFeed feed
                    = FeedParser::parse(bytes, ParseContext {QUrl(u"https://example.com/feed"_s), {}, fetch});
                normalizer.normalize(feed);
                QString all = feed.error;
                for (const WireItem &item : std::as_const(feed.items))
                    all += QString::fromUtf8(WireItemJson::toJsonLine(item));
                out->append(all);
            }
        }
    };
    QStringList alone;
    run(&alone);
    QStringList first;
    QStringList second;
    std::thread a([&] { run(&first); });
    std::thread b([&] { run(&second); });
    a.join();
    b.join();
    QCOMPARE(first, alone);
    QCOMPARE(second, alone);
}

QTEST_APPLESS_MAIN(TestWireNormalizer)
#include "test_wirenormalizer.moc"
