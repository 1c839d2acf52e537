// LinkChecker against a scripted loopback server: every answer a fact-checker meets.
#include "httpclient.h"
#include "linkchecker.h"
#include "snapshotstore.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono;
using namespace Wiredesk;
using Response = TestHttpServer::Response;
using Outcome = LinkCheckResult::Outcome;

class TestLinkChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void okWithHead();
    void headRefusedFallsBackToGet_data();
    void headRefusedFallsBackToGet();
    void followsRedirectChain();
    void detectsLoop();
    void tooManyRedirects();
    void deadLinks_data();
    void deadLinks();
    void serverErrorIsNotDead();
    void timesOut();
    void unreachable();
    void crossDomainRedirectIsRecorded();
    void storesSnapshotWithRightHash();
    void capsHugeBodies();
    void cancels();
    void respectsPerHostLimit();
    void reportsProgressInOrder();
    void resultRoundTripsThroughJson();

private:
    QList<LinkCheckResult> run(const QStringList &urls);

    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<HttpClient> m_client;
    std::unique_ptr<LinkChecker> m_checker;
};

void TestLinkChecker::init()
{
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<HttpClient>();
    m_client->setUseSystemProxy(false);
    m_checker = std::make_unique<LinkChecker>(m_client.get());
    LinkChecker::Options options;
    options.transferTimeout = milliseconds(2000);
    options.totalTimeout = milliseconds(10000);
    m_checker->setOptions(options);
}

void TestLinkChecker::cleanup()
{
    m_checker.reset();
    m_client.reset();
    m_server.reset();
}

QList<LinkCheckResult> TestLinkChecker::run(const QStringList &urls)
{
    QSignalSpy finished(m_checker.get(), &LinkChecker::finished);
    m_checker->check(urls);
    if (!finished.wait(15000))
        return {};
    return m_checker->results();
}

void TestLinkChecker::okWithHead()
{
    m_server->setResponse("/en/2026/11/26/port-strike", Response::ok("<html>…</html>", "text/html; charset=utf-8"));
    const QList<LinkCheckResult> results = run({m_server->url(u"/en/2026/11/26/port-strike"_s).toString()});
    QCOMPARE(results.size(), 1);
    const LinkCheckResult &r = results.first();
    QCOMPARE(r.outcome, Outcome::Ok);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.method, u"HEAD"_s);
    QVERIFY(!r.headFellBack);
    QCOMPARE(r.contentType, u"text/html"_s);
    QVERIFY(r.checkedAt.isValid());
    QVERIFY(r.snapshotSha256.isEmpty());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->lastRequest().method, "HEAD"_ba);
}

void TestLinkChecker::headRefusedFallsBackToGet_data()
{
    QTest::addColumn<int>("headStatus");
    QTest::newRow("405") << 405;
    QTest::newRow("501") << 501;
    QTest::newRow("403") << 403;
}

void TestLinkChecker::headRefusedFallsBackToGet()
{
    QFETCH(int, headStatus);
    m_server->setHandler("/statement", [headStatus](const TestHttpServer::Request &request) {
        if (request.method == "HEAD")
            return Response::withStatus(headStatus);
        return Response::ok("Prefecture statement", "text/plain");
    });
    const QList<LinkCheckResult> results = run({m_server->url(u"/statement"_s).toString()});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, Outcome::Ok);
    QCOMPARE(results.first().status, 200);
    QCOMPARE(results.first().method, u"GET"_s);
    QVERIFY(results.first().headFellBack);
    const QList<TestHttpServer::Request> requests = m_server->requests("/statement");
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, "HEAD"_ba);
    QCOMPARE(requests.at(1).method, "GET"_ba);
}

void TestLinkChecker::followsRedirectChain()
{
    m_server->setResponse("/old", Response::redirect(301, "/moved"));
    m_server->setResponse("/moved", Response::redirect(302, "/final"));
    m_server->setResponse("/final", Response::redirect(308, "/article"));
    m_server->setResponse("/article", Response::ok("article", "text/html"));
    const QList<LinkCheckResult> results = run({m_server->url(u"/old"_s).toString()});
    QCOMPARE(results.size(), 1);
    const LinkCheckResult &r = results.first();
    QCOMPARE(r.outcome, Outcome::Ok);
    QCOMPARE(r.redirects.size(), 3);
    QCOMPARE(r.redirects.at(0).status, 301);
    QCOMPARE(r.redirects.at(0).url, m_server->url(u"/old"_s).toString());
    QCOMPARE(r.redirects.at(1).status, 302);
    QCOMPARE(r.redirects.at(2).status, 308);
    QCOMPARE(r.finalUrl, m_server->url(u"/article"_s).toString());
    QVERIFY(!r.redirectsToOtherDomain());
}

void TestLinkChecker::detectsLoop()
{
    m_server->setResponse("/a", Response::redirect(302, "/b"));
    m_server->setResponse("/b", Response::redirect(302, "/a"));
    const QList<LinkCheckResult> results = run({m_server->url(u"/a"_s).toString()});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, Outcome::RedirectLoop);
    QCOMPARE(results.first().redirects.size(), 2);
    QVERIFY(!results.first().errorString.isEmpty());
}

void TestLinkChecker::tooManyRedirects()
{
    LinkChecker::Options options = m_checker->options();
    options.maxRedirects = 3;
    m_checker->setOptions(options);
    for (int i = 0; i < 6; ++i)
        m_server->setResponse("/r" + QByteArray::number(i), Response::redirect(301, "/r" + QByteArray::number(i + 1)));
    const QList<LinkCheckResult> results = run({m_server->url(u"/r0"_s).toString()});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, Outcome::TooManyRedirects);
}

void TestLinkChecker::deadLinks_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("404") << 404;
    QTest::newRow("410") << 410;
}

void TestLinkChecker::deadLinks()
{
    QFETCH(int, status);
    m_server->setResponse("/gone", Response::withStatus(status, "<h1>Not here</h1>"));
    const QList<LinkCheckResult> results = run({m_server->url(u"/gone"_s).toString()});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, Outcome::Dead);
    QCOMPARE(results.first().status, status);
    QVERIFY(results.first().isDead());
}

void TestLinkChecker::serverErrorIsNotDead()
{
    m_server->setResponse("/busy", Response::withStatus(503));
    const QList<LinkCheckResult> results = run({m_server->url(u"/busy"_s).toString()});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, Outcome::HttpError);
    QCOMPARE(results.first().status, 503);
}

void TestLinkChecker::timesOut()
{
    LinkChecker::Options options = m_checker->options();
    options.transferTimeout = milliseconds(200);
    m_checker->setOptions(options);
    m_server->setResponse("/slow", Response::ok("late").withHeaderDelay(seconds(20)));
    const QList<LinkCheckResult> results = run({m_server->url(u"/slow"_s).toString()});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, Outcome::Timeout);
    QCOMPARE(results.first().status, 0);
}

void TestLinkChecker::unreachable()
{
    // A port nobody listens on: bind one, note it, close it.
    quint16 port = 0;
    {
        TestHttpServer closed;
        QVERIFY(closed.listen());
        port = closed.port();
    }
    const QList<LinkCheckResult> results = run({u"http://127.0.0.1:%1/x"_s.arg(port), u"ftp://127.0.0.1/file.pdf"_s});
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.first().outcome, Outcome::Unreachable);
    QVERIFY(!results.first().errorString.isEmpty());
    QCOMPARE(results.at(1).outcome, Outcome::Unreachable);
    QCOMPARE(results.at(1).method, u"HEAD"_s); // no pointless GET for a scheme we never fetch
}

void TestLinkChecker::crossDomainRedirectIsRecorded()
{
    const QByteArray target = "http://localhost:" + QByteArray::number(m_server->port()) + "/landing";
    m_server->setResponse("/short", Response::redirect(301, target));
    m_server->setResponse("/landing", Response::ok("landing", "text/html"));
    const QList<LinkCheckResult> results = run({m_server->url(u"/short"_s).toString()});
    QCOMPARE(results.size(), 1);
    const LinkCheckResult &r = results.first();
    QCOMPARE(r.outcome, Outcome::Ok);
    QCOMPARE(r.redirects.size(), 1);
    QCOMPARE(r.finalUrl, QString::fromLatin1(target));
    QVERIFY(r.redirectsToOtherDomain());
}

void TestLinkChecker::storesSnapshotWithRightHash()
{
    QTemporaryDir dir;
    SnapshotStore store(dir.filePath(u"snapshots"_s));
    m_checker->setSnapshotStore(&store);
    const QByteArray page
        = "<html><body><p>The port authority said the eastern basins were fully operational.</p></body></html>";
    m_server->setResponse("/notice", Response::ok(page, "text/html; charset=utf-8"));
    const QList<LinkCheckResult> results = run({m_server->url(u"/notice"_s).toString()});
    QCOMPARE(results.size(), 1);
    const LinkCheckResult &r = results.first();
    QCOMPARE(r.method, u"GET"_s);
    const QString expected = QString::fromLatin1(QCryptographicHash::hash(page, QCryptographicHash::Sha256).toHex());
    QCOMPARE(r.snapshotSha256, expected);
    QCOMPARE(r.snapshotSize, page.size());
    QVERIFY(!r.snapshotTruncated);
    const QString path = dir.filePath(u"snapshots/"_s + expected.left(2) + u'/' + expected.mid(2));
    QCOMPARE(store.pathFor(expected), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), page);
    const QJsonObject sidecar = store.metadata(expected);
    QCOMPARE(sidecar.value(u"url"_s).toString(), m_server->url(u"/notice"_s).toString());
    QCOMPARE(sidecar.value(u"status"_s).toInt(), 200);
    QCOMPARE(sidecar.value(u"contentType"_s).toString(), u"text/html"_s);
    QVERIFY(!sidecar.value(u"fetchedAt"_s).toString().isEmpty());
    // A second fetch of the same body adds to the sidecar, never rewrites the body.
    const QList<LinkCheckResult> again = run({m_server->url(u"/notice?again=1"_s).toString()});
    QCOMPARE(again.first().snapshotSha256, expected);
    QCOMPARE(store.metadata(expected).value(u"seenAgain"_s).toArray().size(), 1);
    QVERIFY(store.pathFor(u"../../etc/passwd"_s).isEmpty());
}

void TestLinkChecker::capsHugeBodies()
{
    QTemporaryDir dir;
    SnapshotStore store(dir.filePath(u"snapshots"_s));
    m_checker->setSnapshotStore(&store);
    LinkChecker::Options options = m_checker->options();
    options.maxBodySize = 256 * 1024;
    m_checker->setOptions(options);
    m_server->setResponse("/huge", Response::ok({}, "application/pdf").withGeneratedBody(8 * 1024 * 1024).asChunked());
    const QList<LinkCheckResult> results = run({m_server->url(u"/huge"_s).toString()});
    QCOMPARE(results.size(), 1);
    const LinkCheckResult &r = results.first();
    QCOMPARE(r.outcome, Outcome::Ok);
    QCOMPARE(r.status, 200);
    QVERIFY(r.snapshotTruncated);
    QCOMPARE(r.snapshotSize, options.maxBodySize);
    QCOMPARE(SnapshotStore::sha256Of(store.read(r.snapshotSha256)), r.snapshotSha256);
    QVERIFY(store.metadata(r.snapshotSha256).value(u"truncated"_s).toBool());
}

void TestLinkChecker::cancels()
{
    m_server->setResponse("/slow1", Response::ok("a").withHeaderDelay(seconds(20)));
    m_server->setResponse("/slow2", Response::ok("b").withHeaderDelay(seconds(20)));
    m_server->setResponse("/slow3", Response::ok("c").withHeaderDelay(seconds(20)));
    QSignalSpy finished(m_checker.get(), &LinkChecker::finished);
    m_checker->check({m_server->url(u"/slow1"_s).toString(), m_server->url(u"/slow2"_s).toString(),
        m_server->url(u"/slow3"_s).toString()});
    QTRY_VERIFY(m_server->requests().size() >= 2); // two run, one waits for a per-host slot
    m_checker->cancel();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!m_checker->isRunning());
    const QList<LinkCheckResult> results = m_checker->results();
    QCOMPARE(results.size(), 3);
    for (const LinkCheckResult &r : results)
        QCOMPARE(r.outcome, Outcome::Cancelled);
}

void TestLinkChecker::respectsPerHostLimit()
{
    // Twelve links on one host: the shared client's per-host limit (2) must hold.
    QStringList urls;
    for (int i = 0; i < 12; ++i) {
        const QByteArray path = "/depeche/" + QByteArray::number(i);
        m_server->setResponse(path, Response::ok("wire", "text/html").withHeaderDelay(milliseconds(30)));
        urls << m_server->url(QString::fromLatin1(path)).toString();
    }
    const QList<LinkCheckResult> results = run(urls);
    QCOMPARE(results.size(), 12);
    for (const LinkCheckResult &r : results)
        QCOMPARE(r.outcome, Outcome::Ok);
    QVERIFY(m_server->maxConcurrentRequests() >= 1);
    QVERIFY(m_server->maxConcurrentRequests() <= HttpClient::DefaultPerHostLimit);
}

void TestLinkChecker::reportsProgressInOrder()
{
    m_server->setResponse("/one", Response::ok("1"));
    m_server->setResponse("/two", Response::withStatus(404));
    m_server->setResponse("/three", Response::ok("3"));
    QSignalSpy progress(m_checker.get(), &LinkChecker::progress);
    const QStringList urls {m_server->url(u"/one"_s).toString(), m_server->url(u"/two"_s).toString(),
        m_server->url(u"/three"_s).toString()};
    const QList<LinkCheckResult> results = run(urls);
    QCOMPARE(results.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(results.at(i).url, urls.at(i));
    QCOMPARE(results.at(1).outcome, Outcome::Dead);
    QCOMPARE(progress.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(progress.at(i).at(0).toInt(), i + 1);
        QCOMPARE(progress.at(i).at(1).toInt(), 3);
    }
    // An empty batch still finishes.
    QCOMPARE(run({}).size(), 0);
}

void TestLinkChecker::resultRoundTripsThroughJson()
{
    LinkCheckResult r;
    r.url = u"https://t.me/s/fosdockers_info/2741"_s;
    r.finalUrl = u"https://t.me/fosdockers_info/2741"_s;
    r.redirects = {{r.url, 301}};
    r.status = 200;
    r.contentType = u"text/html"_s;
    r.method = u"GET"_s;
    r.headFellBack = true;
    r.outcome = Outcome::Ok;
    r.elapsedMs = 412;
    r.checkedAt = QDateTime::fromString(u"2026-11-26T08:03:45.120Z"_s, Qt::ISODateWithMs).toUTC();
    r.snapshotSha256 = QString(64, u'a');
    r.snapshotSize = 5120;
    QCOMPARE(LinkCheckResult::fromJson(r.toJson()), r);
}

QTEST_GUILESS_MAIN(TestLinkChecker)
#include "test_linkchecker.moc"
