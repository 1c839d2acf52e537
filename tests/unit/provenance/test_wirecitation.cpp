#include "blockids.h"
#include "wirecitation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

class TestWireCitation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourceRecordsTheWireItem();
    void draftQuotesAndCitesTheItem();
    void draftOfAnItemWithoutTextOrLink();
    void existingSourcesAreFound();

private:
    static WireItem strikeItem();
};

WireItem TestWireCitation::strikeItem()
{
    WireItem item;
    item.id = 1234567;
    item.url = u"https://meridianpress.example/wire/MPA048217?utm_source=rss"_s;
    item.title = u"Dockers at Fos halt container traffic in 72-hour strike"_s;
    item.contentText
        = u"MARSEILLE, Nov 26 (Meridian) – Dockworkers at Marseille-Fos walked off the job on Thursday <in protest> "
          u"at plans to automate two container terminals."_s;
    item.published = QDateTime::fromString(u"2026-11-26T07:45:00Z"_s, Qt::ISODate);
    item.fetched = QDateTime::fromString(u"2026-11-26T07:47:00Z"_s, Qt::ISODate);
    item.language = u"en"_s;
    item.categories = {u"Labour"_s, u"Ports"_s};
    return item;
}

void TestWireCitation::sourceRecordsTheWireItem()
{
    const ArticleSource source = WireCitation::sourceFor(strikeItem(), u"Meridian Press Agency"_s, u"src3"_s);
    QCOMPARE(source.id, u"src3"_s);
    QCOMPARE(source.url, strikeItem().url);
    QCOMPARE(source.publisher, u"Meridian Press Agency"_s);
    QCOMPARE(source.platform, u"wire"_s);
    QCOMPARE(source.posted, strikeItem().published);
    QCOMPARE(source.retrieved, strikeItem().fetched);
    QCOMPARE(source.wireItemId, 1234567);
    QCOMPARE(source.status, u"unchecked"_s);

    WireItem telegram = strikeItem();
    telegram.url = u"https://t.me/fosdockers_info/2741"_s;
    QCOMPARE(WireCitation::sourceFor(telegram, u"Fos dockers"_s, u"src1"_s).platform, u"telegram"_s);
}

void TestWireCitation::draftQuotesAndCitesTheItem()
{
    const QDateTime now = QDateTime::fromString(u"2026-11-27T09:00:00Z"_s, Qt::ISODate);
    const Article article = WireCitation::draftFrom(strikeItem(), u"Meridian Press Agency"_s, now);
    QCOMPARE(article.headline, strikeItem().title);
    QCOMPARE(article.sources.size(), 1);
    QCOMPARE(article.sources.first().id, u"src1"_s);
    QCOMPARE(article.tags, strikeItem().categories);
    QCOMPARE(article.created, now);
    QVERIFY(!article.id.isEmpty());
    QVERIFY(article.bodyHtml.contains(u"Meridian Press Agency reported on 26 November 2026, 07:45 UTC:"_s));
    QVERIFY(article.bodyHtml.contains(u"<blockquote"_s));
    QVERIFY(article.bodyHtml.contains(u"&lt;in protest&gt;"_s)); // wire text is text, never markup
    QCOMPARE(article.bodyHtml.count(u"data-sources=\"src1\""_s), 2);
    // Every top-level block has its id, as everywhere in the editor.
    const QList<BodyBlock> blocks = BlockIds::assign(article.bodyHtml);
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(BlockIds::join(blocks), article.bodyHtml);
}

void TestWireCitation::draftOfAnItemWithoutTextOrLink()
{
    WireItem item;
    item.title = u"FLASH: magnitude 6.4 quake off East Cape"_s;
    const Article article = WireCitation::draftFrom(item, u"Pacific Desk"_s, QDateTime::currentDateTimeUtc());
    QVERIFY(article.bodyHtml.contains(u"Pacific Desk reported:"_s));
    QVERIFY(!article.bodyHtml.contains(u"<blockquote"_s));
    QVERIFY(!article.bodyHtml.contains(u"href"_s));
}

void TestWireCitation::existingSourcesAreFound()
{
    QList<ArticleSource> sources;
    ArticleSource byHand;
    byHand.id = u"src1"_s;
    byHand.url = u"HTTPS://MeridianPress.example/wire/MPA048217"_s; // same page, other spelling
    sources << byHand;
    QCOMPARE(WireCitation::findExisting(sources, strikeItem()), 0);
    QCOMPARE(WireCitation::nextSourceId(sources), u"src2"_s);

    WireItem other = strikeItem();
    other.id = 99;
    other.url = u"https://nordwire.example/news/93161"_s;
    QCOMPARE(WireCitation::findExisting(sources, other), -1);
    ArticleSource fromWire = WireCitation::sourceFor(other, u"Nordwire"_s, u"src2"_s);
    fromWire.url.clear();
    sources << fromWire;
    QCOMPARE(WireCitation::findExisting(sources, other), 1); // the same wire item, even without a link
    QCOMPARE(WireCitation::nextSourceId(sources), u"src3"_s);
}

QTEST_GUILESS_MAIN(TestWireCitation)
#include "test_wirecitation.moc"
