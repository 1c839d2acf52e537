#include "feedfetcher.h"
#include "httpclient.h"
#include "testhttpserver.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace std::chrono;
using namespace Wiredesk;
using Response = TestHttpServer::Response;
using Error = HttpResult::Error;

class TestFeedFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void successStoresNewValidators();
    void notModifiedKeepsMissingValidators();
    void failureBacksOffWithJitter_data();
    void failureBacksOffWithJitter();
    void retryAfterIsHonoured();
    void cancelChangesNothing();
    void permanentRedirectUpdatesUrl_data();
    void permanentRedirectUpdatesUrl();
    void refreshReportsProgress();
    void refreshGoesOnAfterAFailure();
    void cancelStopsTheWholeRefresh();
    void sameSourceIsNotFetchedTwice();

private:
    static FeedFetcher::Source source(const QString &id, const QUrl &url, int failures = 0);
    static BackoffPolicy halfJitter();
    const QDateTime m_now {QDate(2026, 11, 27), QTime(9, 0), QTimeZone::utc()};
};

FeedFetcher::Source TestFeedFetcher::source(const QString &id, const QUrl &url, int failures)
{
    FeedFetcher::Source source;
    source.id = id;
    source.url = url;
    source.consecutiveFailures = failures;
    source.pollInterval = minutes(10);
    return source;
}

BackoffPolicy TestFeedFetcher::halfJitter()
{
    BackoffPolicy policy;
    policy.setBase(seconds(30)).setCap(hours(2)).setHammerThreshold(5).setHammerPause(hours(1));
    policy.setRandomSource([] { return 0.5; });
    return policy;
}

void TestFeedFetcher::successStoresNewValidators()
{
    HttpClient client;
    FeedFetcher fetcher(&client);
    FeedFetcher::Source feed = source(u"a"_s, QUrl(u"http://a.example/feed"_s), 3);
    feed.validators = {"\"old\""_ba, "Mon, 01 Jan 2024 00:00:00 GMT"_ba};
    HttpResult http;
    http.status = 200;
    http.body = "<rss/>";
    http.headers = {{"ETag"_ba, "\"new\""_ba}};
    const FeedFetcher::Result result = fetcher.evaluate(feed, http, m_now);
    QVERIFY(result.isSuccess());
    QVERIFY(!result.notModified());
    QCOMPARE(result.body(), "<rss/>"_ba);
    // A 200 replaces both: a stale Last-Modified must not be sent with the new ETag.
    QCOMPARE(result.validators, (HttpValidators {"\"new\""_ba, {}}));
    QCOMPARE(result.consecutiveFailures, 0);
    QCOMPARE(result.nextAttemptAt, m_now.addSecs(600));
    QVERIFY(result.permanentUrl.isEmpty());
}

void TestFeedFetcher::notModifiedKeepsMissingValidators()
{
    HttpClient client;
    FeedFetcher fetcher(&client);
    FeedFetcher::Source feed = source(u"a"_s, QUrl(u"http://a.example/feed"_s));
    feed.validators = {"\"v1\""_ba, "Mon, 01 Jan 2024 00:00:00 GMT"_ba};
    HttpResult http;
    http.status = 304;
    FeedFetcher::Result result = fetcher.evaluate(feed, http, m_now);
    QVERIFY(result.notModified());
    QVERIFY(result.body().isEmpty());
    QCOMPARE(result.validators, feed.validators);
    http.headers = {{"etag"_ba, "\"v2\""_ba}};
    result = fetcher.evaluate(feed, http, m_now);
    QCOMPARE(result.validators, (HttpValidators {"\"v2\""_ba, feed.validators.lastModified}));
}

void TestFeedFetcher::failureBacksOffWithJitter_data()
{
    QTest::addColumn<int>("failuresBefore");
    QTest::addColumn<qint64>("waitSeconds");
    // Window 30 s · 2^(failures-1), half of it with the pinned random source.
    QTest::newRow("first failure") << 0 << qint64(15);
    QTest::newRow("second") << 1 << qint64(30);
    QTest::newRow("fourth") << 3 << qint64(120);
    QTest::newRow("fifth: stop hammering") << 4 << qint64(3600);
    QTest::newRow("twelfth: half the capped window") << 11 << qint64(3600);
}

void TestFeedFetcher::failureBacksOffWithJitter()
{
    QFETCH(int, failuresBefore);
    QFETCH(qint64, waitSeconds);
    HttpClient client;
    FeedFetcher fetcher(&client);
    fetcher.setBackoffPolicy(halfJitter());
    FeedFetcher::Source feed = source(u"a"_s, QUrl(u"http://a.example/feed"_s), failuresBefore);
    feed.validators = {"\"keep\""_ba, {}};
    HttpResult http;
    http.status = 500;
    http.error = Error::HttpError;
    const FeedFetcher::Result result = fetcher.evaluate(feed, http, m_now);
    QVERIFY(!result.isSuccess());
    QVERIFY(result.body().isEmpty());
    QCOMPARE(result.consecutiveFailures, failuresBefore + 1);
    QCOMPARE(result.validators, feed.validators);
    QCOMPARE(m_now.secsTo(result.nextAttemptAt), waitSeconds);
}

void TestFeedFetcher::retryAfterIsHonoured()
{
    HttpClient client;
    FeedFetcher fetcher(&client);
    fetcher.setBackoffPolicy(halfJitter());
    HttpResult http;
    http.status = 429;
    http.error = Error::HttpError;
    http.receivedAt = m_now;
    http.headers = {{"Retry-After"_ba, "900"_ba}};
    const FeedFetcher::Result result = fetcher.evaluate(source(u"a"_s, QUrl(u"http://a/"_s)), http, m_now);
    QCOMPARE(m_now.secsTo(result.nextAttemptAt), qint64(900));
    http.headers = {{"Retry-After"_ba, "Fri, 27 Nov 2026 11:00:00 GMT"_ba}};
    QCOMPARE(fetcher.evaluate(source(u"a"_s, QUrl(u"http://a/"_s)), http, m_now).nextAttemptAt, m_now.addSecs(7200));
}

void TestFeedFetcher::cancelChangesNothing()
{
    HttpClient client;
    FeedFetcher fetcher(&client);
    FeedFetcher::Source feed = source(u"a"_s, QUrl(u"http://a/"_s), 2);
    feed.validators = {"\"e\""_ba, {}};
    HttpResult http;
    http.error = Error::Cancelled;
    const FeedFetcher::Result result = fetcher.evaluate(feed, http, m_now);
    QCOMPARE(result.consecutiveFailures, 2);
    QCOMPARE(result.validators, feed.validators);
    QCOMPARE(result.nextAttemptAt, m_now);
}

void TestFeedFetcher::permanentRedirectUpdatesUrl_data()
{
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<bool>("permanent");
    QTest::newRow("301") << QList<int> {301} << true;
    QTest::newRow("301 308") << QList<int> {301, 308} << true;
    QTest::newRow("301 302") << QList<int> {301, 302} << false;
    QTest::newRow("307") << QList<int> {307} << false;
    QTest::newRow("none") << QList<int> {} << false;
}

void TestFeedFetcher::permanentRedirectUpdatesUrl()
{
    QFETCH(QList<int>, statuses);
    QFETCH(bool, permanent);
    HttpClient client;
    FeedFetcher fetcher(&client);
    HttpResult http;
    http.status = 200;
    http.finalUrl = QUrl(u"https://new.example/feed"_s);
    for (int status : statuses)
        http.redirects.append({QUrl(u"http://old.example/"_s), status});
    const FeedFetcher::Result result = fetcher.evaluate(source(u"a"_s, QUrl(u"http://old.example/"_s)), http, m_now);
    QCOMPARE(result.permanentUrl, permanent ? http.finalUrl : QUrl());
}

void TestFeedFetcher::refreshReportsProgress()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.setResponse("/new", Response::ok("<rss/>", "application/rss+xml").withHeader("ETag", "W/\"n1\""));
    server.setHandler("/same", [](const TestHttpServer::Request &request) {
        return request.header("If-None-Match") == "\"s1\"" ? Response::withStatus(304) : Response::ok("<feed/>");
    });
    HttpClient client;
    client.setUseSystemProxy(false);
    FeedFetcher fetcher(&client);
    QSignalSpy progress(&fetcher, &FeedFetcher::progress);
    QSignalSpy fetched(&fetcher, &FeedFetcher::fetched);
    QSignalSpy done(&fetcher, &FeedFetcher::refreshFinished);

    FeedFetcher::Source same = source(u"same"_s, server.url(u"/same"_s));
    same.validators.etag = "\"s1\"";
    fetcher.refresh({source(u"new"_s, server.url(u"/new"_s)), same});
    QVERIFY(fetcher.isRefreshing());
    QVERIFY(done.wait(5'000));
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.constFirst().constFirst().toBool(), false);
    QVERIFY(!fetcher.isRefreshing());

    QCOMPARE(progress.constLast().at(0).toInt(), 2);
    QCOMPARE(progress.constLast().at(1).toInt(), 2);
    // done counts up one at a time and never passes total.
    int last = -1;
    for (const QList<QVariant> &step : progress) {
        QVERIFY(step.at(0).toInt() >= last && step.at(0).toInt() <= step.at(1).toInt());
        last = step.at(0).toInt();
    }

    QHash<QString, FeedFetcher::Result> results;
    for (const QList<QVariant> &args : fetched) {
        const auto result = args.constFirst().value<FeedFetcher::Result>();
        results.insert(result.sourceId, result);
    }
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.value(u"new"_s).body(), "<rss/>"_ba);
    QCOMPARE(results.value(u"new"_s).validators.etag, "W/\"n1\""_ba);
    QVERIFY(results.value(u"same"_s).notModified());
    QCOMPARE(results.value(u"same"_s).validators.etag, "\"s1\""_ba);
    QCOMPARE(server.requests("/same").constFirst().header("If-None-Match"), "\"s1\""_ba);
    QVERIFY(server.requests("/new").constFirst().header("Accept").contains("application/rss+xml"));
}

void TestFeedFetcher::refreshGoesOnAfterAFailure()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.setResponse("/broken", Response::withStatus(503).withHeader("Retry-After", "120"));
    server.setResponse("/huge", Response::ok(QByteArray(4096, 'h')));
    server.setResponse("/fine", Response::ok("<rss/>"));
    HttpClient client;
    client.setUseSystemProxy(false);
    FeedFetcher fetcher(&client);
    fetcher.setMaxBodySize(1024);
    QSignalSpy fetched(&fetcher, &FeedFetcher::fetched);
    QSignalSpy done(&fetcher, &FeedFetcher::refreshFinished);
    fetcher.refresh({source(u"broken"_s, server.url(u"/broken"_s), 1), source(u"huge"_s, server.url(u"/huge"_s)),
        source(u"fine"_s, server.url(u"/fine"_s))});
    QVERIFY(done.wait(5'000));
    QCOMPARE(fetched.size(), 3);
    for (const QList<QVariant> &args : fetched) {
        const auto result = args.constFirst().value<FeedFetcher::Result>();
        if (result.sourceId == u"broken"_s) {
            QCOMPARE(result.http.status, 503);
            QCOMPARE(result.consecutiveFailures, 2);
            QVERIFY(result.http.receivedAt.secsTo(result.nextAttemptAt) >= 119);
        } else if (result.sourceId == u"huge"_s) {
            QCOMPARE(result.http.error, Error::TooLarge);
            QCOMPARE(result.consecutiveFailures, 1);
        } else {
            QVERIFY(result.isSuccess());
        }
    }
}

void TestFeedFetcher::cancelStopsTheWholeRefresh()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.setResponse("/slow", Response::ok("<rss/>").withHeaderDelay(seconds(60)));
    HttpClient client;
    client.setUseSystemProxy(false);
    FeedFetcher fetcher(&client);
    QSignalSpy fetched(&fetcher, &FeedFetcher::fetched);
    QSignalSpy done(&fetcher, &FeedFetcher::refreshFinished);
    QList<FeedFetcher::Source> sources;
    for (int i = 0; i < 4; ++i)
        sources << source(u"s%1"_s.arg(i), server.url(u"/slow?n=%1"_s.arg(i)), 2);
    fetcher.refresh(sources);
    // Two run (the per-host limit), two wait in the queue.
    QTRY_COMPARE(server.requests().size(), 2);
    fetcher.cancel();
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.constFirst().constFirst().toBool(), true);
    QCOMPARE(fetched.size(), 4);
    for (const QList<QVariant> &args : fetched) {
        const auto result = args.constFirst().value<FeedFetcher::Result>();
        QCOMPARE(result.http.error, Error::Cancelled);
        QCOMPARE(result.consecutiveFailures, 2);
    }
    QVERIFY(!fetcher.isRefreshing());
    QTRY_COMPARE(server.abortedResponses(), 2);
    QCOMPARE(server.requests().size(), 2);
}

void TestFeedFetcher::sameSourceIsNotFetchedTwice()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.setResponse("/feed", Response::ok("<rss/>").withHeaderDelay(milliseconds(50)));
    HttpClient client;
    client.setUseSystemProxy(false);
    FeedFetcher fetcher(&client);
    QSignalSpy progress(&fetcher, &FeedFetcher::progress);
    QSignalSpy done(&fetcher, &FeedFetcher::refreshFinished);
    const FeedFetcher::Source feed = source(u"one"_s, server.url(u"/feed"_s));
    fetcher.refresh({feed, source(u"two"_s, server.url(u"/feed?2"_s))});
    fetcher.fetch(feed); // already running: ignored
    QVERIFY(done.wait(5'000));
    QCOMPARE(progress.constLast().at(1).toInt(), 2);
    QCOMPARE(server.requestCount("/feed"), 2);
}

QTEST_GUILESS_MAIN(TestFeedFetcher)
#include "test_feedfetcher.moc"
