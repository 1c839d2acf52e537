// Golden tests over the feed corpus in tests/data/feeds/<case>/:
//   input.<ext>          the document as a server would send it
//   content-type.txt     optional HTTP Content-Type
//   url.txt              optional feed URL (base for relative links)
//   fetch-time.txt       optional fetch time (default 2026-11-27T07:00:00Z)
//   expected.jsonl       the items, exactly as `wiredesk-cli wire parse` prints them
//   expected-feed.txt    format, encoding and warnings
//   expected-error.txt   the one-sentence error, for documents that cannot be parsed
// WIREDESK_UPDATE_GOLDEN=1 rewrites the expected files; review the diff before committing.

#include "feedparser.h"
#include "wireitemjson.h"
#include "wirenormalizer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

const QString corpusDir = QStringLiteral(WIREDESK_TEST_DATA "/feeds");
const QDateTime defaultFetchTime = QDateTime(QDate(2026, 11, 27), QTime(7, 0), QTimeZone::utc());

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(bytes);
}

QString caseText(const QDir &dir, const QString &name)
{
    return QString::fromUtf8(readFile(dir.filePath(name))).trimmed();
}

ParsedFeed parseCase(const QDir &dir, QByteArray *inputBytes = nullptr)
{
    const QStringList inputs = dir.entryList({u"input.*"_s}, QDir::Files);
    if (inputs.size() != 1)
        return {};
    const QByteArray bytes = readFile(dir.filePath(inputs.first()));
    if (inputBytes)
        *inputBytes = bytes;
    ParseContext context;
    context.contentType = caseText(dir, u"content-type.txt"_s);
    if (const QString url = caseText(dir, u"url.txt"_s); !url.isEmpty())
        context.url = QUrl(url);
    const QString time = caseText(dir, u"fetch-time.txt"_s);
    context.fetchTime = time.isEmpty() ? defaultFetchTime : QDateTime::fromString(time, Qt::ISODate);
    ParsedFeed feed = FeedParser::parse(bytes, context);
    WireNormalizer().normalize(feed);
    return feed;
}

QByteArray itemsAsJsonLines(const ParsedFeed &feed)
{
    QByteArray out;
    for (const WireItem &item : feed.items)
        out += WireItemJson::toJsonLine(item);
    return out;
}

QByteArray feedSummary(const ParsedFeed &feed)
{
    QStringList lines {u"format: "_s + feed.format, u"encoding: "_s + feed.encoding, u"title: "_s + feed.title,
        u"link: "_s + feed.link, u"items: "_s + QString::number(feed.items.size())};
    for (const QString &warning : feed.warnings)
        lines << u"warning: "_s + warning;
    return lines.join(u'\n').toUtf8() + '\n';
}

// A readable difference between two JSON-lines documents: which item, which field.
QString describeDifference(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> e = expected.split('\n');
    const QList<QByteArray> a = actual.split('\n');
    QStringList report;
    for (qsizetype i = 0; i < std::max(e.size(), a.size()) && report.size() < 12; ++i) {
        const QByteArray el = e.value(i);
        const QByteArray al = a.value(i);
        if (el == al)
            continue;
        const QJsonObject eo = QJsonDocument::fromJson(el).object();
        const QJsonObject ao = QJsonDocument::fromJson(al).object();
        if (eo.isEmpty() || ao.isEmpty()) {
            report << u"line %1:\n  expected: %2\n  actual:   %3"_s.arg(i + 1).arg(
                QString::fromUtf8(el.left(300)), QString::fromUtf8(al.left(300)));
            continue;
        }
        QStringList keys = eo.keys() + ao.keys();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys)) {
            if (eo.value(key) != ao.value(key)) {
                const auto show = [](const QJsonValue &v) {
                    return QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact))
                        .mid(1)
                        .chopped(1)
                        .left(300);
                };
                report << u"item %1, field \"%2\":\n  expected: %3\n  actual:   %4"_s.arg(i + 1).arg(
                    key, show(eo.value(key)), show(ao.value(key)));
            }
        }
    }
    return report.join(u'\n');
}

QString describeTextDifference(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> e = expected.split('\n');
    const QList<QByteArray> a = actual.split('\n');
    QStringList report;
    for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
        if (e.value(i) != a.value(i))
            report << u"line %1:\n  expected: %2\n  actual:   %3"_s.arg(i + 1).arg(
                QString::fromUtf8(e.value(i)), QString::fromUtf8(a.value(i)));
    }
    return report.join(u'\n');
}

} // namespace

class TestFeedParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void corpusIsLargeEnough();
    void golden_data();
    void golden();
    void rawPayloadIsTheItemElement();
    void rawPayloadOfJsonIsTheCompactObject();
    void relativeLinksResolveAgainstXmlBase();
    void telegramLinksAreUnescapedOnce();
    void formatComesFromContentNotUrl();
    void entityAttacksFailFast_data();
    void entityAttacksFailFast();
    void largeFeedParsesInBoundedTime();
    void itemsWithoutDatesGetFetchTime();
    void oneGuidOnManyItemsStaysLinear();
    void hostileNestingIsBounded_data();
    void hostileNestingIsBounded();
};

void TestFeedParser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QDir(corpusDir).exists());
}

void TestFeedParser::corpusIsLargeEnough()
{
    const QStringList cases = QDir(corpusDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY2(cases.size() >= 35, qPrintable(u"only %1 cases"_s.arg(cases.size())));
}

void TestFeedParser::golden_data()
{
    QTest::addColumn<QString>("casePath");
    const QStringList cases = QDir(corpusDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << QDir(corpusDir).filePath(name);
}

void TestFeedParser::golden()
{
    QFETCH(QString, casePath);
    const QDir dir(casePath);
    QVERIFY2(dir.entryList({u"input.*"_s}, QDir::Files).size() == 1, "a case needs exactly one input.<ext>");
    const ParsedFeed feed = parseCase(dir);
    const bool update = qEnvironmentVariableIntValue("WIREDESK_UPDATE_GOLDEN") == 1;

    if (!feed.ok()) {
        const QByteArray actual = feed.error.toUtf8() + '\n';
        if (update) {
            writeFile(dir.filePath(u"expected-error.txt"_s), actual);
            QFile::remove(dir.filePath(u"expected.jsonl"_s));
            QFile::remove(dir.filePath(u"expected-feed.txt"_s));
        }
        QVERIFY2(
            QFile::exists(dir.filePath(u"expected-error.txt"_s)), qPrintable(u"unexpected error: "_s + feed.error));
        QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(readFile(dir.filePath(u"expected-error.txt"_s))));
        QVERIFY(feed.items.isEmpty());
        return;
    }
    const QByteArray items = itemsAsJsonLines(feed);
    const QByteArray summary = feedSummary(feed);
    if (update) {
        writeFile(dir.filePath(u"expected.jsonl"_s), items);
        writeFile(dir.filePath(u"expected-feed.txt"_s), summary);
        QFile::remove(dir.filePath(u"expected-error.txt"_s));
    }
    QVERIFY2(!QFile::exists(dir.filePath(u"expected-error.txt"_s)), "the case expects an error, but the feed parsed");
    const QByteArray expectedItems = readFile(dir.filePath(u"expected.jsonl"_s));
    QVERIFY2(items == expectedItems,
        qPrintable(u"items differ from expected.jsonl:\n"_s + describeDifference(expectedItems, items)));
    const QByteArray expectedSummary = readFile(dir.filePath(u"expected-feed.txt"_s));
    QVERIFY2(summary == expectedSummary,
        qPrintable(
            u"feed summary differs from expected-feed.txt:\n"_s + describeTextDifference(expectedSummary, summary)));
}

void TestFeedParser::rawPayloadIsTheItemElement()
{
    const ParsedFeed rss = parseCase(QDir(corpusDir + u"/rss2-full"_s));
    QCOMPARE(rss.items.size(), 2);
    for (const WireItem &item : rss.items) {
        QVERIFY2(item.raw.startsWith("<item>"), item.raw.left(40).constData());
        QVERIFY2(item.raw.endsWith("</item>"), item.raw.right(40).constData());
    }
    QVERIFY(rss.items.at(0).raw.contains("npa-2026-11-27-0412"));
    QVERIFY(!rss.items.at(0).raw.contains("earthquake"));

    const ParsedFeed atom = parseCase(QDir(corpusDir + u"/atom-xmlbase"_s));
    QVERIFY(atom.items.at(0).raw.startsWith("<entry xml:base=\"/2026/11/\">"));
    QVERIFY(atom.items.at(0).raw.endsWith("</entry>"));

    // Non-BMP characters before the item must not shift the slice (QXmlStreamReader counts
    // code points, QString counts UTF-16 units).
    const QByteArray xml = "<rss version=\"2.0\"><channel><title>\xF0\x9F\x93\xB0\xF0\x9F\x93\xB0 Wire</title>"
                           "<item><title>Flood \xF0\x9F\x8C\x8A alert</title><guid>a</guid></item>"
                           "<item><title>Second</title><guid>b</guid></item></channel></rss>";
    const ParsedFeed emoji = FeedParser::parse(xml, {});
    QCOMPARE(emoji.items.size(), 2);
    QCOMPARE(
        emoji.items.at(0).raw, QByteArray("<item><title>Flood \xF0\x9F\x8C\x8A alert</title><guid>a</guid></item>"));
    QCOMPARE(emoji.items.at(1).raw, QByteArray("<item><title>Second</title><guid>b</guid></item>"));
}

void TestFeedParser::rawPayloadOfJsonIsTheCompactObject()
{
    const ParsedFeed feed = parseCase(QDir(corpusDir + u"/jsonfeed-1.1"_s));
    QCOMPARE(feed.items.size(), 2);
    const QJsonObject raw = QJsonDocument::fromJson(feed.items.at(0).raw).object();
    QCOMPARE(raw.value(u"id").toInt(), 90211);
    QVERIFY(!feed.items.at(0).raw.contains('\n'));
    QCOMPARE(feed.items.at(0).guid, u"90211"_s);
}

void TestFeedParser::relativeLinksResolveAgainstXmlBase()
{
    const ParsedFeed feed = parseCase(QDir(corpusDir + u"/atom-xmlbase"_s));
    QCOMPARE(feed.items.size(), 2);
    QCOMPARE(feed.items.at(0).url, u"https://courts.example/2026/11/port-expansion-ruling"_s);
    QCOMPARE(feed.items.at(0).imageUrl, u"https://courts.example/2026/11/images/courthouse.jpg"_s);
    QCOMPARE(feed.items.at(0).baseUrl, u"https://courts.example/documents/"_s);
    QCOMPARE(feed.items.at(1).url, u"https://courts.example/2026/11/customs-fraud-trial"_s);
    QCOMPARE(feed.link, u"https://courts.example/latest/"_s);
}

void TestFeedParser::telegramLinksAreUnescapedOnce()
{
    const ParsedFeed feed = parseCase(QDir(corpusDir + u"/telegram-page"_s));
    QCOMPARE(feed.items.size(), 2);
    const WireItem &first = feed.items.at(0);
    QCOMPARE(first.guid, u"civildefence_upd/1201"_s);
    QCOMPARE(first.url, u"https://t.me/civildefence_upd/1201"_s);
    QVERIFY2(first.contentHtml.contains(u"region=capital&amp;lang=en"_s), qPrintable(first.contentHtml));
    QVERIFY(!first.contentHtml.contains(u"&amp;amp;"_s));
    QVERIFY2(first.contentText.contains(u"gov.example/alerts & local radio"_s), qPrintable(first.contentText));
    // The reply quote is not the post's text.
    QVERIFY(feed.items.at(1).contentHtml.startsWith(u"Repair crews"_s));
    QCOMPARE(feed.items.at(1).imageUrl, u"https://cdn4.telesco.pe/file/b7c1d2e3.jpg"_s);
}

void TestFeedParser::formatComesFromContentNotUrl()
{
    ParseContext context;
    context.url = QUrl(u"https://example.org/feed.json"_s);
    context.contentType = u"application/json"_s;
    const ParsedFeed feed = FeedParser::parse(readFile(corpusDir + u"/rss1-rdf/input.rdf"_s), context);
    QCOMPARE(feed.format, u"rss1"_s);
    QCOMPARE(feed.items.size(), 2);
}

void TestFeedParser::entityAttacksFailFast_data()
{
    QTest::addColumn<QByteArray>("document");
    QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        laughs += "<!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int j = 0; j < 10; ++j)
            laughs += "&lol" + QByteArray::number(i - 1) + ';';
        laughs += "\">\n";
    }
    laughs += "]>\n<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>";
    QTest::newRow("billion laughs") << laughs;

    // The measured case from REFERENCE.md: a 4,000-character entity used 200,000 times.
    QByteArray quadratic = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY big \"" + QByteArray(4000, 'A')
        + "\">]>\n"
          "<rss version=\"2.0\"><channel><item><title>t</title><description>";
    QByteArray uses;
    uses.reserve(200000 * 5);
    for (int i = 0; i < 200000; ++i)
        uses += "&big;";
    quadratic += uses + "</description></item></channel></rss>";
    QTest::newRow("quadratic blow-up") << quadratic;
}

void TestFeedParser::entityAttacksFailFast()
{
    QFETCH(QByteArray, document);
    QElapsedTimer timer;
    timer.start();
    const ParsedFeed feed = FeedParser::parse(document, {});
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!feed.ok());
    QVERIFY2(feed.error.contains(u"entit"_s), qPrintable(feed.error));
    // Unguarded, the quadratic case took 6.4 s and 1.5 GB; guarded it is a linear scan.
    // A generous bound so slow CI machines and sanitizer builds do not flake.
    QVERIFY2(elapsed < 5000, qPrintable(u"took %1 ms"_s.arg(elapsed)));
}

void TestFeedParser::largeFeedParsesInBoundedTime()
{
    // About 20 MB of RSS generated here rather than stored: a huge but legitimate feed.
    const QByteArray itemTemplate
        = "<item><title>Grain exports rise for a third month, ministry data show (%1)</title>"
          "<link>https://grainwire.example/exports/%1</link><guid>gw-%1</guid>"
          "<pubDate>Thu, 26 Nov 2026 10:00:00 +0000</pubDate><description>&lt;p&gt;Exports of wheat and barley rose "
          "4.2% "
          "in October from September to 3.1 million tonnes, the agriculture ministry said on Thursday, as shipments "
          "through the southern ports recovered after repairs to the grain terminal were completed.&lt;/p&gt;"
          "</description></item>\n";
    QByteArray xml
        = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>Grain Wire</title>\n";
    int count = 0;
    while (xml.size() < 20 * 1024 * 1024) {
        QByteArray item = itemTemplate;
        xml += item.replace("%1", QByteArray::number(++count));
    }
    xml += "</channel></rss>\n";
    QElapsedTimer timer;
    timer.start();
    ParseContext context;
    context.fetchTime = defaultFetchTime;
    const ParsedFeed feed = FeedParser::parse(xml, context);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(feed.ok(), qPrintable(feed.error));
    QCOMPARE(feed.items.size(), count);
    QCOMPARE(feed.items.last().guid, u"gw-%1"_s.arg(count));
    qInfo("parsed %d items (%lld bytes) in %lld ms", count, qint64(xml.size()), elapsed);
    QVERIFY2(elapsed < 120000, "sanity bound only");
}

void TestFeedParser::itemsWithoutDatesGetFetchTime()
{
    const ParsedFeed feed = parseCase(QDir(corpusDir + u"/missing-dates"_s));
    QCOMPARE(feed.items.size(), 2);
    for (const WireItem &item : feed.items) {
        QCOMPARE(item.published, defaultFetchTime);
        QCOMPARE(item.fetched, defaultFetchTime);
    }
    QVERIFY(feed.warnings.join(u'\n').contains(u"no readable date"_s));
}

void TestFeedParser::oneGuidOnManyItemsStaysLinear()
{
    // "One guid on every item" is a real-world bug; with 20,000 items, comparing each item
    // with every earlier one sharing its guid would be 200 M comparisons.
    QByteArray xml = "<rss version=\"2.0\"><channel><title>Port Notices</title>";
    for (int i = 0; i < 20000; ++i) {
        xml += "<item><title>Berth " + QByteArray::number(i)
            + " reassigned</title><guid>https://port.example/feed</guid>"
              "<link>https://port.example/notices/"
            + QByteArray::number(i) + "</link></item>";
    }
    xml += "</channel></rss>";
    QElapsedTimer timer;
    timer.start();
    const ParsedFeed feed = FeedParser::parse(xml, {});
    QVERIFY2(timer.elapsed() < 60000, "sanity bound only");
    QCOMPARE(feed.items.size(), 20000);
    QSet<QString> guids;
    for (const WireItem &item : feed.items)
        guids.insert(item.guid);
    QCOMPARE(guids.size(), 20000);
    QCOMPARE(feed.items.at(7).guid, u"https://port.example/notices/7"_s);
}

void TestFeedParser::hostileNestingIsBounded_data()
{
    // gumbo's tree building is quadratic in nesting depth and it frees its tree recursively;
    // before the nesting limit these hung for minutes or overflowed the stack.
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<bool>("expectItems");
    const auto repeat = [](const char *piece, int times) {
        QByteArray out;
        out.reserve(qsizetype(strlen(piece)) * times);
        for (int i = 0; i < times; ++i)
            out += piece;
        return out;
    };
    QTest::newRow("web page") << "<!DOCTYPE html><html><head><title>x</title></head><body>" + repeat("<div>", 200000)
            + "deep" + repeat("</div>", 200000)
            + "</body></html>" << false;
    QTest::newRow("telegram post") << "<!DOCTYPE html><html><body><div class=\"tgme_widget_message\" data-post=\"a/1\">"
                                      "<div class=\"tgme_widget_message_text\">"
            + repeat("<b>", 200000) + "deep" + repeat("</b>", 200000) + "</div></div></body></html>"
                                   << true;
    QTest::newRow("rss") << "<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><item><title>"
            + repeat("&lt;b&gt;", 100000) + "t</title>" + repeat("<media:group>", 100000)
            + repeat("</media:group>", 100000) + "<description>" + repeat("<div>", 100000) + "x"
            + repeat("</div>", 100000) + "</description></item></channel></rss>"
                         << true;
}

void TestFeedParser::hostileNestingIsBounded()
{
    QFETCH(QByteArray, document);
    QFETCH(bool, expectItems);
    QElapsedTimer timer;
    timer.start();
    ParsedFeed feed = FeedParser::parse(document, {});
    WireNormalizer().normalize(feed);
    QCOMPARE(feed.ok(), expectItems);
    QCOMPARE(feed.items.size(), expectItems ? 1 : 0);
    QVERIFY2(timer.elapsed() < 30000, "sanity bound only");
}

QTEST_GUILESS_MAIN(TestFeedParser)
#include "test_feedparser.moc"
