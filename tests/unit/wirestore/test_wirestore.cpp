#include "database.h"
#include "searchqueryparser.h"
#include "wirestore.h"
#include "wirestoreworker.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

WireItem makeItem(
    const QString &guid, const QString &title, const QString &text, const QDateTime &published, const QString &url = {})
{
    WireItem item;
    item.guid = guid;
    item.title = title;
    item.contentText = text;
    item.contentHtml = u"<p>"_s + text + u"</p>"_s;
    item.published = published;
    item.url = url;
    item.canonicalUrl = url;
    return item;
}

QList<qint64> ids(const InboxPage &page)
{
    QList<qint64> out;
    for (const InboxRow &row : page.rows)
        out << row.item.id;
    return out;
}

} // namespace

class TestWireStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fts5WorksThroughQtDriver();
    void schemaMigratesAndRefusesNewer();
    void sourcesCrud();
    void sameGuidUpdatesInPlace();
    void crossSourceUrlAndHashAreDuplicates();
    void tombstonesKeepDeletedItemsOut();
    void idsFollowPublicationTime();
    void keysetPagingIsStableWhileItemsArrive();
    void filtersAndSearch_data();
    void filtersAndSearch();
    void countIsCapped();
    void retentionByAgeAndCount();
    void alertsMatchItems();
    void removeSourceRemovesItems();
    void removeSourceReportsProgressAndCancels();
    void rejectsUnknownSourceAndRollsBack();
    void severalSourcesInOneTransaction();
    void workerIngestsOffThread();

private:
    QDateTime m_now;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WireStore> m_store;
    qint64 m_reuters = 0;
    qint64 m_afp = 0;
    qint64 m_channel = 0;
};

void TestWireStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWireStore::init()
{
    m_now = QDateTime::currentDateTimeUtc();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<WireStore>();
    QVERIFY2(m_store->open(m_dir->filePath(u"wire.sqlite"_s)), qPrintable(m_store->errorString()));
    m_reuters = m_store->addSource(WireSource::named(u"Reuters"_s, u"agency"_s, u"https://example.com/r.xml"_s));
    m_afp = m_store->addSource(WireSource::named(u"AFP"_s, u"agency"_s, u"https://example.com/a.xml"_s));
    m_channel = m_store->addSource(
        WireSource::named(u"Gov Channel"_s, u"state-affiliated"_s, u"https://t.me/s/govchannel"_s));
    QVERIFY(m_reuters > 0 && m_afp > 0 && m_channel > 0);
}

void TestWireStore::cleanup()
{
    if (m_store && m_store->isOpen()) {
        const QString problems = m_store->checkIntegrity();
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
    m_store.reset();
    m_dir.reset();
}

void TestWireStore::fts5WorksThroughQtDriver()
{
    // Debian's QSQLITE plugin links the system libsqlite3; FTS5 must be compiled in.
    Database db;
    QVERIFY(db.open(m_dir->filePath(u"qt.sqlite"_s)));
    QSqlQuery q(db.connection());
    QVERIFY2(q.exec(u"CREATE VIRTUAL TABLE t USING fts5(body)"_s), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"INSERT INTO t(body) VALUES('volcano erupts near Reykjavik')"_s));
    QVERIFY(q.exec(u"SELECT count(*) FROM t WHERE t MATCH 'reykjav*'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestWireStore::schemaMigratesAndRefusesNewer()
{
    const QString path = m_dir->filePath(u"wire.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(db.moduleVersion(u"wire"_s), WireStore::schema().latestVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"UPDATE schema_version SET version = 99 WHERE module = 'wire'"_s));
    }
    m_store->close();
    WireStore newer;
    QVERIFY(!newer.open(path));
    QVERIFY2(newer.errorString().contains(u"newer"_s), qPrintable(newer.errorString()));
    m_store.reset(); // nothing to check in cleanup()
}

void TestWireStore::sourcesCrud()
{
    QList<WireSource> all = m_store->sources();
    QCOMPARE(all.size(), 3);
    QCOMPARE(m_store->addSource(WireSource::named(u"reuters"_s)), 0); // names are unique, case-insensitively
    QVERIFY(m_store->errorString().contains(u"exists"_s));
    QCOMPARE(m_store->addSource(WireSource::named(u"  "_s)), 0);

    WireSource s = m_store->source(m_reuters);
    QCOMPARE(s.name, u"Reuters"_s);
    QCOMPARE(s.label, u"agency"_s);
    s.etag = u"W/\"5e1-abc\""_s; // kept byte for byte
    s.lastModified = u"Tue, 03 Jun 2025 10:00:00 GMT"_s;
    s.pollSeconds = 120;
    s.enabled = false;
    s.retentionDays = 30;
    s.retentionCount = 5000;
    s.lastResult = u"200, 37 new"_s;
    s.lastError = u"timeout"_s;
    s.lastAttempt = QDateTime::fromMSecsSinceEpoch(1700000000000, QTimeZone::utc());
    s.nextAttempt = s.lastAttempt.addSecs(600);
    s.consecutiveFailures = 3;
    s.type = u"telegram"_s;
    QVERIFY2(m_store->updateSource(s), qPrintable(m_store->errorString()));
    const WireSource back = m_store->source(m_reuters);
    QCOMPARE(back.etag, s.etag);
    QCOMPARE(back.lastModified, s.lastModified);
    QCOMPARE(back.pollSeconds, 120);
    QCOMPARE(back.enabled, false);
    QCOMPARE(back.retentionDays, 30);
    QCOMPARE(back.retentionCount, 5000);
    QCOMPARE(back.lastResult, s.lastResult);
    QCOMPARE(back.lastError, s.lastError);
    QCOMPARE(back.lastAttempt, s.lastAttempt);
    QCOMPARE(back.nextAttempt, s.nextAttempt);
    QCOMPARE(back.consecutiveFailures, 3);
    QCOMPARE(back.type, u"telegram"_s);
    WireSource missing = s;
    missing.id = 9999;
    missing.name = u"Nobody"_s;
    QVERIFY(!m_store->updateSource(missing));

    QVERIFY(m_store->removeSource(m_channel));
    QCOMPARE(m_store->sources().size(), 2);
    QCOMPARE(m_store->source(m_channel).id, 0);
}

void TestWireStore::sameGuidUpdatesInPlace()
{
    const QDateTime t = m_now.addSecs(-3600);
    IngestResult r = m_store->ingest(m_reuters, {makeItem(u"g1"_s, u"Volcano erupts"_s, u"Lava flows south"_s, t)});
    QCOMPARE(r.added, 1);
    const qint64 id = r.addedIds.first();
    QVERIFY(m_store->setRead({id}, true));
    QVERIFY(m_store->setStarred({id}, true));

    r = m_store->ingest(m_reuters, {makeItem(u"g1"_s, u"Volcano erupts"_s, u"Lava flows south"_s, t)});
    QCOMPARE(r.unchanged, 1);
    QCOMPARE(r.added + r.updated, 0);

    r = m_store->ingest(m_reuters, {makeItem(u"g1"_s, u"Volcano erupts again"_s, u"Lava reaches the coast road"_s, t)});
    QCOMPARE(r.updated, 1);
    QCOMPARE(r.added, 0);
    const InboxRow row = m_store->item(id);
    QCOMPARE(row.item.title, u"Volcano erupts again"_s);
    QCOMPARE(row.item.contentText, u"Lava reaches the coast road"_s);
    QCOMPARE(row.item.contentHtml, u"<p>Lava reaches the coast road</p>"_s);
    QVERIFY(row.updated);
    QVERIFY(row.read);
    QVERIFY(row.starred);
    QCOMPARE(m_store->totalItems(), 1);
    // The index follows the new text, not the old.
    QCOMPARE(m_store->page(SearchQueryParser::parse(u"coast"_s)).rows.size(), 1);
    QCOMPARE(m_store->page(SearchQueryParser::parse(u"south"_s)).rows.size(), 0);
}

void TestWireStore::crossSourceUrlAndHashAreDuplicates()
{
    const QDateTime t = m_now.addSecs(-600);
    IngestResult r = m_store->ingest(
        m_reuters, {makeItem(u"r1"_s, u"Ferry aground"_s, u"300 evacuated"_s, t, u"https://port.example/ferry"_s)});
    QCOMPARE(r.added, 1);
    const qint64 original = r.addedIds.first();

    // Another wire, same canonical URL, different words.
    r = m_store->ingest(m_afp,
        {makeItem(u"a1"_s, u"Ferry runs aground"_s, u"Passengers taken off"_s, t, u"https://port.example/ferry"_s)});
    QCOMPARE(r.duplicates, 1);
    QCOMPARE(r.added, 0);
    QCOMPARE(m_store->item(original).alsoIn, 1);
    // Sent again: still a duplicate, counted once.
    r = m_store->ingest(m_afp,
        {makeItem(u"a1"_s, u"Ferry runs aground"_s, u"Passengers taken off"_s, t, u"https://port.example/ferry"_s)});
    QCOMPARE(r.duplicates, 1);
    QCOMPARE(m_store->item(original).alsoIn, 1);

    // Same text, no URL: the content hash catches it.
    r = m_store->ingest(m_channel, {makeItem(u"c1"_s, u"Ferry aground"_s, u"300 evacuated"_s, t)});
    QCOMPARE(r.duplicates, 1);
    QCOMPARE(m_store->item(original).alsoIn, 2);
    // Same text inside one batch.
    r = m_store->ingest(
        m_afp, {makeItem(u"x1"_s, u"Storm"_s, u"Wind"_s, t), makeItem(u"x2"_s, u"Storm"_s, u"Wind"_s, t)});
    QCOMPARE(r.added, 1);
    QCOMPARE(r.duplicates, 1);
    QCOMPARE(m_store->totalItems(), 2);
}

void TestWireStore::tombstonesKeepDeletedItemsOut()
{
    const QDateTime t = m_now.addSecs(-600);
    IngestResult r = m_store->ingest(
        m_reuters, {makeItem(u"r1"_s, u"Bridge closed"_s, u"Repairs"_s, t, u"https://city.example/bridge"_s)});
    const qint64 id = r.addedIds.first();
    r = m_store->ingest(m_afp, {makeItem(u"a1"_s, u"Bridge shut"_s, u"Works"_s, t, u"https://city.example/bridge"_s)});
    QCOMPARE(r.duplicates, 1);

    QCOMPARE(m_store->deleteItems({id}), 1);
    QCOMPARE(m_store->totalItems(), 0);
    // The same guid, even with new text, stays out.
    r = m_store->ingest(m_reuters, {makeItem(u"r1"_s, u"Bridge closed again"_s, u"More repairs"_s, t)});
    QCOMPARE(r.tombstoned, 1);
    // The duplicate recorded from the other wire stays out too.
    r = m_store->ingest(m_afp, {makeItem(u"a1"_s, u"Bridge shut"_s, u"Works"_s, t, u"https://city.example/bridge"_s)});
    QCOMPARE(r.tombstoned, 1);
    // The same text under a new guid from a third source: the hash tombstone.
    r = m_store->ingest(m_channel, {makeItem(u"c9"_s, u"Bridge closed"_s, u"Repairs"_s, t)});
    QCOMPARE(r.tombstoned, 1);
    QCOMPARE(m_store->totalItems(), 0);
    QCOMPARE(m_store->page(SearchQueryParser::parse(u"bridge"_s)).rows.size(), 0);
    // Something new is still welcome.
    QCOMPARE(m_store->ingest(m_reuters, {makeItem(u"r2"_s, u"Bridge reopens"_s, u"Traffic"_s, t)}).added, 1);
}

void TestWireStore::idsFollowPublicationTime()
{
    const QDateTime t = m_now.addDays(-1);
    QList<WireItem> batch;
    for (int i = 0; i < 5; ++i) // five in one millisecond, then older and newer ones
        batch << makeItem(u"same%1"_s.arg(i), u"Same ms %1"_s.arg(i), u"text %1"_s.arg(i), t);
    batch << makeItem(u"older"_s, u"Older"_s, u"o"_s, t.addMSecs(-1));
    batch << makeItem(u"newer"_s, u"Newer"_s, u"n"_s, t.addMSecs(1));
    batch << makeItem(u"future"_s, u"From the future"_s, u"f"_s, m_now.addDays(3));
    batch << makeItem(u"nodate"_s, u"No date"_s, u"d"_s, QDateTime());
    batch << makeItem(
        u"ancient"_s, u"Before 1970"_s, u"a"_s, QDateTime(QDate(1960, 1, 1), QTime(0, 0), QTimeZone::utc()));
    const IngestResult r = m_store->ingest(m_reuters, batch);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.added, 10);
    const InboxPage page = m_store->page(InboxQuery {}, {}, 100);
    QCOMPARE(page.rows.size(), 10);
    for (qsizetype i = 1; i < page.rows.size(); ++i) {
        QVERIFY(page.rows[i - 1].item.id > page.rows[i].item.id);
        QVERIFY(page.rows[i - 1].item.published >= page.rows[i].item.published);
    }
    // Future dates are clamped to now; missing and pre-1970 dates become the fetch time (now).
    QVERIFY(page.rows.first().item.published <= QDateTime::currentDateTimeUtc());
    QCOMPARE(page.rows.last().item.title, u"Older"_s);
    QCOMPARE(page.rows.at(page.rows.size() - 2).item.title, u"Same ms 0"_s);
}

void TestWireStore::keysetPagingIsStableWhileItemsArrive()
{
    const QDateTime base = m_now.addDays(-2);
    QList<WireItem> batch;
    for (int i = 0; i < 120; ++i)
        batch << makeItem(u"i%1"_s.arg(i), u"Item %1"_s.arg(i), u"body %1"_s.arg(i), base.addSecs(i * 60));
    QCOMPARE(m_store->ingest(m_reuters, batch).added, 120);

    InboxPage first = m_store->page(InboxQuery {}, {}, 50);
    QCOMPARE(first.rows.size(), 50);
    QVERIFY(!first.atEnd);
    QCOMPARE(first.rows.first().item.title, u"Item 119"_s);

    // New items arrive: newer ones (above the reader) and late older ones (below).
    QList<WireItem> more;
    for (int i = 0; i < 30; ++i)
        more << makeItem(u"n%1"_s.arg(i), u"New %1"_s.arg(i), u"x"_s, base.addSecs(120 * 60 + i));
    more << makeItem(u"late"_s, u"Late"_s, u"x"_s, base.addSecs(-60));
    QCOMPARE(m_store->ingest(m_afp, more).added, 31);

    QList<qint64> seen = ids(first);
    InboxPage next = first;
    while (!next.atEnd) {
        next = m_store->page(InboxQuery {}, next.next, 50);
        QVERIFY(next.error.isEmpty());
        seen << ids(next);
    }
    // Every original item exactly once, in order, plus the late older item at the end.
    QCOMPARE(seen.size(), 121);
    QCOMPARE(QSet<qint64>(seen.begin(), seen.end()).size(), 121);
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY(seen[i - 1] > seen[i]);
    QCOMPARE(m_store->item(seen.last()).item.title, u"Late"_s);
    // The top of the inbox shows the new ones.
    QCOMPARE(m_store->page(InboxQuery {}, {}, 1).rows.first().item.title, u"New 29"_s);
}

void TestWireStore::filtersAndSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("word") << u"volcano"_s << QStringList {u"Volcano ash grounds flights"_s, u"Volcano erupts"_s};
    QTest::newRow("word newest first, with diacritics folded") << u"reykjavik"_s << QStringList {u"Volcano erupts"_s};
    QTest::newRow("phrase") << u"\"central bank\""_s << QStringList {u"Central bank holds rates"_s};
    QTest::newRow("prefix") << u"erup*"_s << QStringList {u"Volcano erupts"_s};
    QTest::newRow("or") << u"ferry OR bank"_s << QStringList {u"Ferry aground"_s, u"Central bank holds rates"_s};
    QTest::newRow("not") << u"volcano -ash"_s << QStringList {u"Volcano erupts"_s};
    QTest::newRow("source") << u"source:AFP"_s << QStringList {u"Volcano ash grounds flights"_s, u"Ferry aground"_s};
    QTest::newRow("source case-insensitive")
        << u"source:afp volcano"_s << QStringList {u"Volcano ash grounds flights"_s};
    QTest::newRow("quoted source") << u"source:\"Gov Channel\""_s << QStringList {u"Minister visits"_s};
    QTest::newRow("unknown source") << u"source:Nobody"_s << QStringList {};
    QTest::newRow("label") << u"label:state-affiliated"_s << QStringList {u"Minister visits"_s};
    QTest::newRow("since") << u"since:2h"_s << QStringList {u"Volcano ash grounds flights"_s};
    QTest::newRow("urgency") << u"urgency:<=2"_s << QStringList {u"Volcano erupts"_s};
    QTest::newRow("unread") << u"is:unread source:Reuters"_s << QStringList {u"Central bank holds rates"_s};
    QTest::newRow("starred") << u"is:starred"_s << QStringList {u"Volcano erupts"_s};
    QTest::newRow("title column") << u"title:minister"_s << QStringList {u"Minister visits"_s};
    QTest::newRow("author column") << u"author:jonsdottir"_s << QStringList {u"Volcano erupts"_s};
}

void TestWireStore::filtersAndSearch()
{
    QFETCH(QString, query);
    QFETCH(QStringList, titles);
    auto at = [&](int hoursAgo) { return m_now.addSecs(-hoursAgo * 3600); };
    WireItem volcano = makeItem(u"v"_s, u"Volcano erupts"_s, u"Lava near Reykjavík"_s, at(30));
    volcano.urgency = 1;
    volcano.authors = {u"Anna Jónsdóttir"_s};
    WireItem bank = makeItem(u"b"_s, u"Central bank holds rates"_s, u"Inflation eases"_s, at(20));
    bank.urgency = 4;
    QCOMPARE(m_store->ingest(m_reuters, {volcano, bank}).added, 2);
    QCOMPARE(m_store
                 ->ingest(m_afp,
                     {makeItem(u"f"_s, u"Ferry aground"_s, u"Naxos"_s, at(10)),
                         makeItem(u"a"_s, u"Volcano ash grounds flights"_s, u"Airports shut"_s, at(1))})
                 .added,
        2);
    QCOMPARE(m_store->ingest(m_channel, {makeItem(u"m"_s, u"Minister visits"_s, u"Port"_s, at(40))}).added, 1);
    const InboxPage all = m_store->page(InboxQuery {});
    for (const InboxRow &row : all.rows) {
        if (row.item.title == u"Volcano erupts")
            QVERIFY(m_store->setStarred({row.item.id}, true) && m_store->setRead({row.item.id}, true));
        if (row.item.title == u"Ferry aground")
            QVERIFY(m_store->setRead({row.item.id}, true));
    }

    const InboxQuery q = SearchQueryParser::parse(query, m_now);
    const InboxPage page = m_store->page(q);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QStringList got;
    for (const InboxRow &row : page.rows)
        got << row.item.title;
    QCOMPARE(got, titles);
    QCOMPARE(m_store->count(q), qint64(titles.size()));
    for (const InboxRow &row : page.rows) {
        QVERIFY(!row.sourceName.isEmpty());
        QVERIFY(!row.sourceLabel.isEmpty());
        QVERIFY(row.item.contentHtml.isEmpty()); // pages stay light; item() has the body
    }
}

void TestWireStore::countIsCapped()
{
    QList<WireItem> batch;
    for (int i = 0; i < 300; ++i)
        batch << makeItem(u"c%1"_s.arg(i), u"Common word %1"_s.arg(i), u"text"_s, m_now.addSecs(-i));
    QCOMPARE(m_store->ingest(m_reuters, batch).added, 300);
    QCOMPARE(m_store->count(SearchQueryParser::parse(u"common"_s)), 300);
    QCOMPARE(m_store->count(SearchQueryParser::parse(u"common"_s), 100), 100);
    QCOMPARE(m_store->count(InboxQuery {}, 1000), 300);
    QCOMPARE(m_store->totalItems(), 300);
}

void TestWireStore::retentionByAgeAndCount()
{
    QList<WireItem> batch;
    for (int i = 0; i < 10; ++i) // one a day, 0..9 days old
        batch << makeItem(u"d%1"_s.arg(i), u"Day %1"_s.arg(i), u"t%1"_s.arg(i), m_now.addDays(-i).addSecs(-60));
    IngestResult r = m_store->ingest(m_reuters, batch);
    QCOMPARE(r.added, 10);
    QCOMPARE(m_store->ingest(m_afp, {makeItem(u"other"_s, u"Other"_s, u"o"_s, m_now.addDays(-30))}).added, 1);
    // Star the oldest: starred items are never purged.
    const InboxPage page = m_store->page(SearchQueryParser::parse(u"source:Reuters"_s), {}, 100);
    const qint64 oldest = page.rows.last().item.id;
    QVERIFY(m_store->setStarred({oldest}, true));

    WireSource s = m_store->source(m_reuters);
    s.retentionDays = 7; // drops days 7 and 8 (9 is starred)
    QVERIFY(m_store->updateSource(s));
    QCOMPARE(m_store->purgeSource(m_reuters, m_now), 2);
    QCOMPARE(m_store->count(SearchQueryParser::parse(u"source:Reuters"_s)), 8);
    s.retentionDays = 0;
    s.retentionCount = 3; // keep the newest 3 unstarred
    QVERIFY(m_store->updateSource(s));
    QCOMPARE(m_store->purgeAll(m_now), 4);
    const InboxPage left = m_store->page(SearchQueryParser::parse(u"source:Reuters"_s), {}, 100);
    QStringList titles;
    for (const InboxRow &row : left.rows)
        titles << row.item.title;
    QCOMPARE(titles, (QStringList {u"Day 0"_s, u"Day 1"_s, u"Day 2"_s, u"Day 9"_s}));
    // The other source has no retention: untouched. Purged items do not come back.
    QCOMPARE(m_store->count(SearchQueryParser::parse(u"source:AFP"_s)), 1);
    QCOMPARE(m_store->ingest(m_reuters, batch).tombstoned, 6);
}

void TestWireStore::alertsMatchItems()
{
    const qint64 quake = m_store->addSavedSearch(SavedSearch {0, u"Quakes"_s, u"earthquake OR quake*"_s, true});
    const qint64 gov
        = m_store->addSavedSearch(SavedSearch {0, u"Government wires"_s, u"label:state-affiliated"_s, true});
    const qint64 quiet = m_store->addSavedSearch(SavedSearch {0, u"Quiet"_s, u"earthquake"_s, false});
    QVERIFY(quake > 0 && gov > 0 && quiet > 0);
    QCOMPARE(m_store->savedSearches().size(), 3);

    IngestResult r = m_store->ingest(m_reuters,
        {makeItem(u"q"_s, u"Earthquake in Peru"_s, u"M6.8"_s, m_now.addSecs(-60)),
            makeItem(u"s"_s, u"Stocks rise"_s, u"Markets"_s, m_now.addSecs(-50))});
    QCOMPARE(r.added, 2);
    const qint64 quakeItem = r.addedIds[0];
    const qint64 stocks = r.addedIds[1];
    r = m_store->ingest(m_channel, {makeItem(u"g"_s, u"Quakeproof schools opened"_s, u"Minister"_s, m_now)});
    const qint64 govItem = r.addedIds.first();

    QCOMPARE(m_store->matchesAlert(quakeItem), QList<qint64> {quake});
    QVERIFY(m_store->matchesAlert(stocks).isEmpty());
    QList<qint64> both = m_store->matchesAlert(govItem);
    std::sort(both.begin(), both.end());
    QCOMPARE(both, (QList<qint64> {quake, gov}));
    const QHash<qint64, QList<qint64>> batch = m_store->alertsMatching({quakeItem, stocks, govItem});
    QCOMPARE(batch.size(), 2);
    QVERIFY(!batch.contains(stocks));

    SavedSearch off = m_store->savedSearches().constFirst();
    QVERIFY(m_store->removeSavedSearch(gov));
    QCOMPARE(m_store->matchesAlert(govItem), QList<qint64> {quake});
    for (SavedSearch s : m_store->savedSearches()) {
        s.alert = false;
        QVERIFY(m_store->updateSavedSearch(s));
    }
    QVERIFY(m_store->alertsMatching({quakeItem, govItem}).isEmpty());
    Q_UNUSED(off);
}

void TestWireStore::removeSourceRemovesItems()
{
    QList<WireItem> batch;
    for (int i = 0; i < 5; ++i)
        batch << makeItem(u"x%1"_s.arg(i), u"Channel post %1"_s.arg(i), u"text"_s, m_now.addSecs(-i));
    QCOMPARE(m_store->ingest(m_channel, batch).added, 5);
    QCOMPARE(m_store->ingest(m_afp, {makeItem(u"k"_s, u"Keep"_s, u"k"_s, m_now)}).added, 1);
    // A duplicate the channel sent of an AFP item, and a tombstone of the channel's.
    QCOMPARE(m_store->ingest(m_channel, {makeItem(u"dup"_s, u"Keep"_s, u"k"_s, m_now)}).duplicates, 1);
    const qint64 kept = m_store->page(SearchQueryParser::parse(u"keep"_s)).rows.first().item.id;
    QCOMPARE(m_store->item(kept).alsoIn, 1);
    QCOMPARE(m_store->deleteItems({m_store->page(SearchQueryParser::parse(u"\"post 0\""_s)).rows.first().item.id}), 1);
    QVERIFY(m_store->removeSource(m_channel));
    QCOMPARE(m_store->totalItems(), 1);
    QCOMPARE(m_store->page(SearchQueryParser::parse(u"channel"_s)).rows.size(), 0);
    QCOMPARE(m_store->item(kept).alsoIn, 0);
    // A new source that happens to get the old id starts without the old tombstones.
    const qint64 again = m_store->addSource(WireSource::named(u"Gov Channel 2"_s));
    QCOMPARE(m_store->ingest(again, {makeItem(u"x0"_s, u"Fresh post"_s, u"new"_s, m_now)}).added, 1);
}

void TestWireStore::removeSourceReportsProgressAndCancels()
{
    QList<WireItem> batch;
    for (int i = 0; i < 200; ++i)
        batch << makeItem(u"p%1"_s.arg(i), u"Channel post %1"_s.arg(i), u"text %1"_s.arg(i), m_now.addSecs(-i));
    QCOMPARE(m_store->ingest(m_channel, batch).added, 200);
    QCOMPARE(m_store->ingest(m_afp, {makeItem(u"k"_s, u"Keep"_s, u"k"_s, m_now)}).added, 1);

    // Cancelled after the first report: rolled back, nothing removed, the store usable.
    QList<qint64> reports;
    QVERIFY(!m_store->removeSource(m_channel, [&](qint64 done, qint64 total) {
        reports << done;
        return total == 200 && done == 0;
    }));
    QVERIFY(m_store->errorString().contains(u"cancelled"_s));
    QCOMPARE(reports, (QList<qint64> {0, 64}));
    QCOMPARE(m_store->totalItems(), 201);
    QCOMPARE(m_store->source(m_channel).id, m_channel);
    QCOMPARE(m_store->page(SearchQueryParser::parse(u"\"post 7\""_s)).rows.size(), 1);

    // Not cancelled: every 64 items and once at the end.
    reports.clear();
    QVERIFY(m_store->removeSource(m_channel, [&](qint64 done, qint64 total) {
        reports << done;
        return total == 200;
    }));
    QCOMPARE(reports, (QList<qint64> {0, 64, 128, 192, 200}));
    QCOMPARE(m_store->totalItems(), 1);
    QCOMPARE(m_store->source(m_channel).id, 0);
}

void TestWireStore::rejectsUnknownSourceAndRollsBack()
{
    const IngestResult r = m_store->ingest(4242, {makeItem(u"z"_s, u"Z"_s, u"z"_s, m_now)});
    QVERIFY(!r.ok());
    QCOMPARE(r.added, 0);
    QCOMPARE(m_store->totalItems(), 0);
    // The store is still usable after the failure.
    QCOMPARE(m_store->ingest(m_afp, {makeItem(u"z"_s, u"Z"_s, u"z"_s, m_now)}).added, 1);
}

void TestWireStore::severalSourcesInOneTransaction()
{
    // Newest first, as feeds list them: the full-text rows are indexed in id order at the
    // end of the transaction, and an item updated within the same batch is indexed once,
    // with its last text (cleanup() runs the FTS5 integrity check).
    QList<WireItem> reuters;
    for (int i = 0; i < 30; ++i)
        reuters << makeItem(
            u"r%1"_s.arg(i), u"Harbour report %1"_s.arg(i), u"cranes idle %1"_s.arg(i), m_now.addSecs(-60 * (i + 1)));
    reuters << makeItem(u"twice"_s, u"Draft headline"_s, u"placeholder sentence"_s, m_now.addSecs(-7200));
    reuters << makeItem(u"twice"_s, u"Final headline"_s, u"verified sentence"_s, m_now.addSecs(-7200));
    const QList<WireItem> afp {makeItem(u"a1"_s, u"Tram strike"_s, u"depots closed"_s, m_now.addSecs(-30)),
        makeItem(u"a2"_s, u"Tram strike ends"_s, u"depots open"_s, m_now.addSecs(-10))};

    const QList<IngestResult> results
        = m_store->ingest(QList<SourceItems> {{m_reuters, reuters}, {4242, afp}, {m_afp, afp}});
    QCOMPARE(results.size(), 3);
    QVERIFY2(results.at(0).ok(), qPrintable(results.at(0).error));
    QCOMPARE(results.at(0).sourceId, m_reuters);
    QCOMPARE(results.at(0).added, 31);
    QCOMPARE(results.at(0).updated, 1);
    // A source that does not exist fails alone; the others are stored.
    QVERIFY(!results.at(1).ok());
    QCOMPARE(results.at(1).added, 0);
    QVERIFY2(results.at(2).ok(), qPrintable(results.at(2).error));
    QCOMPARE(results.at(2).added, 2);
    QCOMPARE(m_store->totalItems(), 33);

    QCOMPARE(m_store->page(SearchQueryParser::parse(u"cranes"_s)).rows.size(), 30);
    QCOMPARE(m_store->page(SearchQueryParser::parse(u"verified"_s)).rows.size(), 1);
    QCOMPARE(m_store->page(SearchQueryParser::parse(u"placeholder"_s)).rows.size(), 0);
    QCOMPARE(m_store->page(SearchQueryParser::parse(u"depots"_s)).rows.size(), 2);
    QCOMPARE(m_store->page(SearchQueryParser::parse(u"cra*"_s)).rows.size(), 30);
}

void TestWireStore::workerIngestsOffThread()
{
    QThread thread;
    auto *worker = new WireStoreWorker(m_store->filePath());
    worker->moveToThread(&thread);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();
    QSignalSpy spy(worker, &WireStoreWorker::ingested);
    QList<WireItem> items {makeItem(u"w1"_s, u"From the worker"_s, u"queued"_s, m_now.addSecs(-5))};
    QMetaObject::invokeMethod(
        worker, "ingest", Qt::QueuedConnection, Q_ARG(qint64, m_afp), Q_ARG(QList<Wiredesk::WireItem>, items));
    QVERIFY(spy.wait(10000));
    const auto result = spy.takeFirst().at(0).value<IngestResult>();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.added, 1);
    QVERIFY(QThread::currentThread() != worker->thread());
    // This thread's own store sees the committed batch.
    QCOMPARE(m_store->page(SearchQueryParser::parse(u"worker"_s)).rows.size(), 1);
    QMetaObject::invokeMethod(worker, "close", Qt::BlockingQueuedConnection);
    thread.quit();
    QVERIFY(thread.wait(10000));
}

QTEST_GUILESS_MAIN(TestWireStore)
#include "test_wirestore.moc"
