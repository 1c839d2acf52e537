#include "httpclient.h"
#include "httpreply.h"
#include "testhttpserver.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace std::chrono;
using namespace Wiredesk;
using Response = TestHttpServer::Response;
using Error = HttpResult::Error;

class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fetchesOk();
    void httpErrorKeepsBody();
    void conditionalGetSendsValidatorsVerbatim_data();
    void conditionalGetSendsValidatorsVerbatim();
    void rateLimitCarriesRetryAfter_data();
    void rateLimitCarriesRetryAfter();
    void followsRedirectChains_data();
    void followsRedirectChains();
    void redirectChangesMethodLikeBrowsers_data();
    void redirectChangesMethodLikeBrowsers();
    void detectsRedirectLoop();
    void limitsRedirects_data();
    void limitsRedirects();
    void refusesRedirectOutOfPolicy_data();
    void refusesRedirectOutOfPolicy();
    void manualPolicyReturnsTheRedirect();
    void slowServerTimesOut();
    void stallMidBodyTimesOut();
    void trickleHitsTotalTimeout();
    void truncatedBodyIsAnError_data();
    void truncatedBodyIsAnError();
    void oversizeBodyIsAbortedEarly_data();
    void oversizeBodyIsAbortedEarly();
    void limitsConcurrencyPerHost_data();
    void limitsConcurrencyPerHost();
    void cancelsRunningRequest();
    void cancelsQueuedRequest();
    void connectionRefused();
    void tlsFailureIsAnError();
    void refusesNonHttpSchemes();
    void retriesTransientFailures();
    void redirectWithoutLocationIsAnError();
    void higherPriorityStartsFirst();
    void givenManagerKeepsItsProxy();
    void givesUpAfterMaxAttempts();

private:
    HttpResult run(const HttpRequest &request, int timeoutMs = 10'000);

    TestHttpServer *m_server = nullptr;
    HttpClient *m_client = nullptr;
};

void TestHttpClient::init()
{
    m_server = new TestHttpServer(this);
    QVERIFY(m_server->listen());
    m_client = new HttpClient(this);
    m_client->setUseSystemProxy(false); // the test talks to 127.0.0.1 only, whatever the environment says
}

void TestHttpClient::cleanup()
{
    delete m_client;
    m_client = nullptr;
    delete m_server;
    m_server = nullptr;
}

HttpResult TestHttpClient::run(const HttpRequest &request, int timeoutMs)
{
    HttpReply *reply = m_client->send(request);
    QSignalSpy spy(reply, &HttpReply::finished);
    if (!spy.wait(timeoutMs)) {
        qWarning("request to %s did not finish", qPrintable(request.url().toString()));
        return {};
    }
    return spy.constFirst().constFirst().value<HttpResult>();
}

void TestHttpClient::fetchesOk()
{
    m_server->setResponse("/feed", Response::ok("<rss/>", "application/rss+xml; charset=utf-8"));
    HttpReply *reply = m_client->send(HttpRequest(m_server->url(u"/feed?x=1"_s)));
    QSignalSpy progress(reply, &HttpReply::downloadProgress);
    QSignalSpy finished(reply, &HttpReply::finished);
    QVERIFY(finished.wait(5'000));
    const HttpResult result = finished.constFirst().constFirst().value<HttpResult>();
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toLongLong(), qint64(6));
    QCOMPARE(result.error, Error::None);
    QVERIFY(result.errorString.isEmpty());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.body, "<rss/>"_ba);
    QCOMPARE(result.contentType(), "application/rss+xml"_ba);
    QCOMPARE(result.header("content-length"), "6"_ba);
    QCOMPARE(result.finalUrl, m_server->url(u"/feed?x=1"_s));
    QVERIFY(result.redirects.isEmpty());
    QCOMPARE(result.attempts, 1);
    QVERIFY(result.receivedAt.isValid());
    QCOMPARE(m_server->requestCount("/feed"), 1);
    const TestHttpServer::Request seen = m_server->lastRequest();
    QCOMPARE(seen.method, "GET"_ba);
    QCOMPARE(seen.target, "/feed?x=1"_ba);
    QCOMPARE(seen.header("User-Agent"), "Wiredesk/"_ba + WIREDESK_VERSION);
    QVERIFY(!seen.hasHeader("If-None-Match"));
    QVERIFY(!seen.hasHeader("If-Modified-Since"));
}

void TestHttpClient::httpErrorKeepsBody()
{
    m_server->setResponse("/gone", Response::withStatus(410, "removed for good"));
    const HttpResult result = run(HttpRequest(m_server->url(u"/gone"_s)));
    QCOMPARE(result.error, Error::HttpError);
    QCOMPARE(result.status, 410);
    QCOMPARE(result.body, "removed for good"_ba);
    QVERIFY2(result.errorString.contains(u"410"_s), qPrintable(result.errorString));
}

void TestHttpClient::conditionalGetSendsValidatorsVerbatim_data()
{
    QTest::addColumn<QByteArray>("etag");
    QTest::addColumn<QByteArray>("lastModified");
    // Odd but legal values: a weak tag with a comma and spaces, a date in a non-canonical
    // form. Servers compare them as strings, so any re-formatting breaks the 304.
    QTest::newRow("etag") << "W/\"a, b  c\""_ba << QByteArray();
    QTest::newRow("last-modified") << QByteArray() << "Sunday, 06-Nov-94 08:49:37 GMT"_ba;
    QTest::newRow("both") << "\"xyzzy\""_ba
                          << "Sun, 06 Nov 1994 08:49:37 GMT"_ba;
}

void TestHttpClient::conditionalGetSendsValidatorsVerbatim()
{
    QFETCH(QByteArray, etag);
    QFETCH(QByteArray, lastModified);
    m_server->setHandler("/feed", [etag, lastModified](const TestHttpServer::Request &request) {
        const bool etagMatches = !etag.isEmpty() && request.header("If-None-Match") == etag;
        const bool dateMatches = !lastModified.isEmpty() && request.header("If-Modified-Since") == lastModified;
        if (etagMatches || dateMatches)
            return Response::withStatus(304);
        Response response = Response::ok("<feed/>");
        if (!etag.isEmpty())
            response.withHeader("ETag", etag);
        if (!lastModified.isEmpty())
            response.withHeader("Last-Modified", lastModified);
        return response;
    });

    const HttpResult first = run(HttpRequest(m_server->url(u"/feed"_s)));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body, "<feed/>"_ba);
    QCOMPARE(first.etag(), etag);
    QCOMPARE(first.lastModified(), lastModified);

    const HttpResult second = run(HttpRequest(m_server->url(u"/feed"_s)).setValidators(first.validators()));
    QCOMPARE(second.status, 304);
    QVERIFY(second.notModified());
    QCOMPARE(second.error, Error::None);
    QVERIFY(second.body.isEmpty());
    const TestHttpServer::Request seen = m_server->lastRequest();
    QCOMPARE(seen.hasHeader("If-None-Match"), !etag.isEmpty());
    QCOMPARE(seen.hasHeader("If-Modified-Since"), !lastModified.isEmpty());
    QCOMPARE(seen.header("If-None-Match"), etag);
    QCOMPARE(seen.header("If-Modified-Since"), lastModified);
}

void TestHttpClient::rateLimitCarriesRetryAfter_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QDateTime>("expectedAt"); // invalid: relative, 120 s after receipt
    QTest::newRow("429 seconds") << 429 << "120"_ba << QDateTime();
    QTest::newRow("429 date") << 429 << "Wed, 21 Oct 2037 07:28:00 GMT"_ba
                              << QDateTime(QDate(2037, 10, 21), QTime(7, 28), QTimeZone::utc());
    QTest::newRow("503 seconds") << 503 << "120"_ba << QDateTime();
}

void TestHttpClient::rateLimitCarriesRetryAfter()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QDateTime, expectedAt);
    m_server->setResponse("/busy", Response::withStatus(status, "slow down").withHeader("Retry-After", retryAfter));
    const HttpResult result = run(HttpRequest(m_server->url(u"/busy"_s)));
    QCOMPARE(result.error, Error::HttpError);
    QCOMPARE(result.status, status);
    QVERIFY(BackoffPolicy::isRetryable(result));
    if (expectedAt.isValid())
        QCOMPARE(result.retryAfter(), expectedAt);
    else
        QCOMPARE(result.receivedAt.secsTo(result.retryAfter()), qint64(120));
}

void TestHttpClient::followsRedirectChains_data()
{
    QTest::addColumn<QList<int>>("statuses");
    QTest::newRow("301") << QList<int> {301};
    QTest::newRow("302") << QList<int> {302};
    QTest::newRow("307") << QList<int> {307};
    QTest::newRow("308") << QList<int> {308};
    QTest::newRow("301 302 307 308") << QList<int> {301, 302, 307, 308};
}

void TestHttpClient::followsRedirectChains()
{
    QFETCH(QList<int>, statuses);
    for (int i = 0; i < statuses.size(); ++i) {
        // Alternate relative and absolute Location values; both are common.
        const QByteArray next = "/hop" + QByteArray::number(i + 1);
        const QByteArray location = i % 2 ? m_server->url(QString::fromLatin1(next)).toEncoded() : next;
        m_server->setResponse("/hop" + QByteArray::number(i), Response::redirect(statuses.at(i), location));
    }
    const QByteArray last = "/hop" + QByteArray::number(statuses.size());
    m_server->setResponse(last, Response::ok("arrived"));

    const HttpResult result = run(HttpRequest(m_server->url(u"/hop0"_s)));
    QCOMPARE(result.error, Error::None);
    QCOMPARE(result.body, "arrived"_ba);
    QCOMPARE(result.finalUrl, m_server->url(QString::fromLatin1(last)));
    QCOMPARE(result.requestedUrl, m_server->url(u"/hop0"_s));
    QCOMPARE(result.redirects.size(), statuses.size());
    for (int i = 0; i < statuses.size(); ++i) {
        QCOMPARE(result.redirects.at(i).status, statuses.at(i));
        QCOMPARE(result.redirects.at(i).url, m_server->url(u"/hop"_s + QString::number(i)));
    }
}

void TestHttpClient::redirectChangesMethodLikeBrowsers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("bodyAfter");
    QTest::newRow("303 POST becomes GET") << 303 << "GET"_ba << QByteArray();
    QTest::newRow("302 POST becomes GET") << 302 << "GET"_ba << QByteArray();
    QTest::newRow("307 keeps POST and body") << 307 << "POST"_ba
                                             << "payload"_ba;
    QTest::newRow("308 keeps POST and body") << 308 << "POST"_ba
                                             << "payload"_ba;
}

void TestHttpClient::redirectChangesMethodLikeBrowsers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, bodyAfter);
    m_server->setResponse("/submit", Response::redirect(status, "/done"));
    m_server->setResponse("/done", Response::ok("ok"));
    const HttpResult result = run(
        HttpRequest(m_server->url(u"/submit"_s)).setMethod(HttpRequest::Method::Post).setBody("payload", "text/plain"));
    QCOMPARE(result.error, Error::None);
    const auto seen = m_server->requests("/done");
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.constFirst().method, method);
    QCOMPARE(seen.constFirst().body, bodyAfter);
    QCOMPARE(m_server->requests("/submit").constFirst().body, "payload"_ba);
}

void TestHttpClient::detectsRedirectLoop()
{
    m_server->setResponse("/a", Response::redirect(302, "/b"));
    m_server->setResponse("/b", Response::redirect(301, "/a#again"));
    const HttpResult result = run(HttpRequest(m_server->url(u"/a"_s)));
    QCOMPARE(result.error, Error::RedirectLoop);
    QCOMPARE(result.redirects.size(), 2);
    QCOMPARE(m_server->requestCount("/a"), 1);
    QCOMPARE(m_server->requestCount("/b"), 1);
    QVERIFY(!result.errorString.isEmpty());
}

void TestHttpClient::limitsRedirects_data()
{
    QTest::addColumn<int>("maxRedirects");
    QTest::addColumn<int>("chainLength");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("3 of 3") << 3 << 3 << true;
    QTest::newRow("4 of 3") << 3 << 4 << false;
    QTest::newRow("none allowed") << 0 << 1 << false;
    QTest::newRow("default 10") << -1 << 10 << true;
    QTest::newRow("default 11") << -1 << 11 << false;
}

void TestHttpClient::limitsRedirects()
{
    QFETCH(int, maxRedirects);
    QFETCH(int, chainLength);
    QFETCH(bool, succeeds);
    for (int i = 0; i < chainLength; ++i)
        m_server->setResponse("/r" + QByteArray::number(i), Response::redirect(302, "/r" + QByteArray::number(i + 1)));
    m_server->setResponse("/r" + QByteArray::number(chainLength), Response::ok("end"));
    HttpRequest request(m_server->url(u"/r0"_s));
    if (maxRedirects >= 0)
        request.setMaxRedirects(maxRedirects);
    const HttpResult result = run(request);
    QCOMPARE(result.error, succeeds ? Error::None : Error::TooManyRedirects);
    QCOMPARE(m_server->requests().size(), succeeds ? chainLength + 1 : request.maxRedirects() + 1);
}

void TestHttpClient::refusesRedirectOutOfPolicy_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<QByteArray>("location");
    const int noLessSafe = QNetworkRequest::NoLessSafeRedirectPolicy;
    QTest::newRow("to file") << noLessSafe << "file:///etc/passwd"_ba;
    QTest::newRow("to ftp") << noLessSafe << "ftp://127.0.0.1/x"_ba;
    // localhost is another origin than 127.0.0.1 even when it resolves to the same server.
    QTest::newRow("same origin, other host")
        << int(QNetworkRequest::SameOriginRedirectPolicy) << "http://localhost:1/elsewhere"_ba;
}

void TestHttpClient::refusesRedirectOutOfPolicy()
{
    QFETCH(int, policy);
    QFETCH(QByteArray, location);
    m_server->setResponse("/away", Response::redirect(302, location));
    const HttpResult result
        = run(HttpRequest(m_server->url(u"/away"_s)).setRedirectPolicy(QNetworkRequest::RedirectPolicy(policy)));
    QCOMPARE(result.error, Error::RedirectRefused);
    QCOMPARE(result.redirects.size(), 1);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestHttpClient::manualPolicyReturnsTheRedirect()
{
    m_server->setResponse("/moved", Response::redirect(301, "/new"));
    const HttpResult result
        = run(HttpRequest(m_server->url(u"/moved"_s)).setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy));
    QCOMPARE(result.error, Error::None);
    QCOMPARE(result.status, 301);
    QCOMPARE(result.header("location"), "/new"_ba);
    QCOMPARE(m_server->requestCount("/new"), 0);
}

void TestHttpClient::slowServerTimesOut()
{
    m_server->setResponse("/slow", Response::ok("late").withHeaderDelay(seconds(20)));
    const HttpResult result = run(HttpRequest(m_server->url(u"/slow"_s)).setTransferTimeout(milliseconds(300)));
    QCOMPARE(result.error, Error::Timeout);
    QCOMPARE(result.status, 0);
    QVERIFY2(result.elapsedMs >= 250 && result.elapsedMs < 5'000, QByteArray::number(result.elapsedMs).constData());
    QTRY_COMPARE(m_server->abortedResponses(), 1);
}

void TestHttpClient::stallMidBodyTimesOut()
{
    m_server->setResponse("/stall", Response::ok(QByteArray(4096, 'a')).stallingAfter(1000));
    const HttpResult result = run(HttpRequest(m_server->url(u"/stall"_s)).setTransferTimeout(milliseconds(300)));
    QCOMPARE(result.error, Error::Timeout);
    QCOMPARE(result.status, 200); // the headers had arrived
    QVERIFY(result.body.size() <= 1000);
}

void TestHttpClient::trickleHitsTotalTimeout()
{
    // One byte every 50 ms (50 s for the body) never trips the 10 s inactivity timeout; only the
    // overall deadline can end it before 10 s.
    m_server->setResponse("/trickle", Response::ok(QByteArray(1000, 't')).trickling(1, milliseconds(50)));
    const HttpResult result = run(
        HttpRequest(m_server->url(u"/trickle"_s)).setTransferTimeout(seconds(10)).setTotalTimeout(milliseconds(500)));
    QCOMPARE(result.error, Error::Timeout);
    QVERIFY2(result.elapsedMs < 10'000, QByteArray::number(result.elapsedMs).constData());
    QVERIFY2(result.errorString.contains(u"longer than"_s), qPrintable(result.errorString));
    QVERIFY(!result.body.isEmpty());
}

void TestHttpClient::truncatedBodyIsAnError_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::addColumn<int>("closeDelayMs");
    // Qt reports the first as RemoteHostClosedError; the second it takes for a whole body
    // (measured on 6.4), and only HttpReply's own Content-Length check catches it.
    QTest::newRow("content-length, close with the data") << false << 0;
    QTest::newRow("content-length, close after a pause") << false << 100;
    QTest::newRow("chunked") << true << 100;
}

void TestHttpClient::truncatedBodyIsAnError()
{
    QFETCH(bool, chunked);
    QFETCH(int, closeDelayMs);
    if (chunked)
        QSKIP("Qt 6.4 mostly takes a chunked body cut short by a connection close for complete, and "
              "QNetworkReply does not expose the chunk framing. Known limitation, see docs/network.md.");
    Response response = Response::ok(QByteArray(5000, 'b')).closingAfter(1200, milliseconds(closeDelayMs));
    if (chunked)
        response.asChunked();
    m_server->setResponse("/cut", response);
    const HttpResult result = run(HttpRequest(m_server->url(u"/cut"_s)));
    QCOMPARE(result.error, Error::NetworkError);
    QVERIFY(!result.isSuccess());
    QVERIFY(!result.errorString.isEmpty());
}

void TestHttpClient::oversizeBodyIsAbortedEarly_data()
{
    QTest::addColumn<bool>("declared");
    QTest::newRow("Content-Length over the cap") << true;
    QTest::newRow("chunked, found while reading") << false;
}

void TestHttpClient::oversizeBodyIsAbortedEarly()
{
    QFETCH(bool, declared);
    // 64 MiB produced lazily and paced (4 KiB per millisecond): the server only finishes if the
    // client keeps reading for about 16 s. The pacing matters because the server shares the
    // test's thread: unpaced, it can push the whole body before the reply's handler runs.
    constexpr qint64 total = 64LL * 1024 * 1024;
    Response response = Response::ok({}, "application/xml").withGeneratedBody(total).trickling(4096, milliseconds(1));
    if (!declared)
        response.asChunked();
    m_server->setResponse("/huge", response);
    QSignalSpy aborted(m_server, &TestHttpServer::responseAborted);
    const HttpResult result = run(HttpRequest(m_server->url(u"/huge"_s)).setMaxBodySize(1024));
    QCOMPARE(result.error, Error::TooLarge);
    QCOMPARE(result.status, 200);
    QVERIFY(result.body.size() <= 1024);
    QVERIFY2(result.errorString.contains(u"1 KiB"_s), qPrintable(result.errorString));
    QTRY_COMPARE(aborted.size(), 1);
    QCOMPARE(m_server->completedResponses(), 0);
    const qint64 written = aborted.constFirst().at(1).toLongLong();
    QVERIFY2(written < total / 4, QByteArray::number(written).constData());
}

void TestHttpClient::limitsConcurrencyPerHost_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("default") << 0;
    QTest::newRow("1") << 1;
    QTest::newRow("3") << 3;
}

void TestHttpClient::limitsConcurrencyPerHost()
{
    QFETCH(int, limit);
    if (limit > 0)
        m_client->setPerHostLimit(limit);
    const int expected = limit > 0 ? limit : HttpClient::DefaultPerHostLimit;
    m_server->setResponse("/item", Response::ok("x").withHeaderDelay(milliseconds(100)));
    QList<HttpReply *> replies;
    int finished = 0;
    for (int i = 0; i < 7; ++i) {
        HttpReply *reply = m_client->send(HttpRequest(m_server->url(u"/item?n="_s + QString::number(i))));
        connect(reply, &HttpReply::finished, this, [&finished](const HttpResult &result) {
            QCOMPARE(result.error, Error::None);
            ++finished;
        });
        replies << reply;
    }
    QCOMPARE(m_client->queuedCount(m_server->url()), 7);
    QTRY_COMPARE_WITH_TIMEOUT(finished, 7, 10'000);
    QCOMPARE(m_server->maxConcurrentRequests(), expected);
    QVERIFY(m_server->maxConcurrentConnections() <= expected);
    QCOMPARE(m_client->runningCount(m_server->url()), 0);
}

void TestHttpClient::cancelsRunningRequest()
{
    m_server->setResponse("/forever", Response::ok("never").withHeaderDelay(seconds(60)));
    QSignalSpy received(m_server, &TestHttpServer::requestReceived);
    HttpReply *reply = m_client->send(HttpRequest(m_server->url(u"/forever"_s)));
    QSignalSpy finished(reply, &HttpReply::finished);
    QVERIFY(received.wait(5'000));
    reply->cancel();
    QCOMPARE(finished.size(), 1); // at once, not later
    const HttpResult result = finished.constFirst().constFirst().value<HttpResult>();
    QCOMPARE(result.error, Error::Cancelled);
    QTRY_COMPARE(m_server->abortedResponses(), 1);
}

void TestHttpClient::cancelsQueuedRequest()
{
    m_client->setPerHostLimit(1);
    m_server->setResponse("/one", Response::ok("1").withHeaderDelay(milliseconds(200)));
    m_server->setResponse("/two", Response::ok("2"));
    HttpReply *first = m_client->send(HttpRequest(m_server->url(u"/one"_s)));
    HttpReply *second = m_client->send(HttpRequest(m_server->url(u"/two"_s)));
    QSignalSpy firstDone(first, &HttpReply::finished);
    QSignalSpy secondDone(second, &HttpReply::finished);
    QTRY_VERIFY(!first->isQueued());
    QVERIFY(second->isQueued());
    second->cancel();
    QCOMPARE(secondDone.size(), 1);
    QCOMPARE(secondDone.constFirst().constFirst().value<HttpResult>().error, Error::Cancelled);
    QVERIFY(firstDone.wait(5'000));
    QCOMPARE(firstDone.constFirst().constFirst().value<HttpResult>().error, Error::None);
    QCOMPARE(m_server->requestCount("/two"), 0);
}

void TestHttpClient::connectionRefused()
{
    // A port that was free a moment ago: nothing listens there now.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const HttpResult result = run(HttpRequest(QUrl(u"http://127.0.0.1:%1/"_s.arg(port))));
    QCOMPARE(result.error, Error::ConnectionRefused);
    QVERIFY(BackoffPolicy::isRetryable(result));
}

void TestHttpClient::tlsFailureIsAnError()
{
    // A plain HTTP server answers the TLS ClientHello with a 400: the handshake must fail and
    // must not be "fixed" by ignoring errors.
    QUrl url = m_server->url(u"/feed"_s);
    url.setScheme(u"https"_s);
    const HttpResult result = run(HttpRequest(url).setTransferTimeout(seconds(5)));
    QCOMPARE(result.error, Error::TlsError);
    QCOMPARE(m_server->requestCount("/feed"), 0);
}

void TestHttpClient::refusesNonHttpSchemes()
{
    HttpReply *reply = m_client->send(HttpRequest(QUrl(u"file:///etc/passwd"_s)));
    QSignalSpy spy(reply, &HttpReply::finished);
    QCOMPARE(spy.size(), 0); // never synchronously from send()
    QVERIFY(spy.wait(1'000));
    const HttpResult result = spy.constFirst().constFirst().value<HttpResult>();
    QCOMPARE(result.error, Error::NetworkError);
    QVERIFY(result.body.isEmpty());
}

void TestHttpClient::retriesTransientFailures()
{
    m_server->setResponses("/flaky",
        {Response::withStatus(503).withHeader("Retry-After", "0"),
            Response::ok({}).closingAfter(0).withGeneratedBody(100), Response::ok("finally")});
    BackoffPolicy retry;
    retry.setBase(milliseconds(1)).setCap(milliseconds(10)).setMaxAttempts(3).setRandomSource([] { return 0.0; });
    const HttpResult result = run(HttpRequest(m_server->url(u"/flaky"_s)).setRetryPolicy(retry));
    QCOMPARE(result.error, Error::None);
    QCOMPARE(result.body, "finally"_ba);
    QCOMPARE(result.attempts, 3);
    QCOMPARE(m_server->requestCount("/flaky"), 3);
}

void TestHttpClient::givesUpAfterMaxAttempts()
{
    m_server->setResponse("/down", Response::withStatus(503));
    m_server->setResponse("/missing", Response::withStatus(404));
    BackoffPolicy retry;
    retry.setBase(milliseconds(1)).setCap(milliseconds(10)).setMaxAttempts(2);
    const HttpResult down = run(HttpRequest(m_server->url(u"/down"_s)).setRetryPolicy(retry));
    QCOMPARE(down.error, Error::HttpError);
    QCOMPARE(down.attempts, 2);
    QCOMPARE(m_server->requestCount("/down"), 2);
    // A 404 is not transient: no second attempt.
    const HttpResult missing = run(HttpRequest(m_server->url(u"/missing"_s)).setRetryPolicy(retry));
    QCOMPARE(missing.attempts, 1);
    QCOMPARE(m_server->requestCount("/missing"), 1);
    // A Retry-After longer than the policy's cap is left to the caller's scheduling.
    m_server->setResponse("/later", Response::withStatus(429).withHeader("Retry-After", "3600"));
    const HttpResult later = run(HttpRequest(m_server->url(u"/later"_s)).setRetryPolicy(retry));
    QCOMPARE(later.attempts, 1);
    QCOMPARE(later.status, 429);
}

void TestHttpClient::redirectWithoutLocationIsAnError()
{
    m_server->setResponse("/nowhere", Response::withStatus(302, "no location"));
    const HttpResult result = run(HttpRequest(m_server->url(u"/nowhere"_s)));
    QCOMPARE(result.error, Error::HttpError);
    QCOMPARE(result.status, 302);
    QVERIFY(result.redirects.isEmpty());
}

void TestHttpClient::higherPriorityStartsFirst()
{
    m_client->setPerHostLimit(1);
    m_server->setResponse("/p", Response::ok("p"));
    QList<QByteArray> order;
    connect(m_server, &TestHttpServer::requestReceived, this,
        [&order](const TestHttpServer::Request &request) { order << request.target; });
    // All are queued before the first starts (sending starts from the event loop).
    const auto send = [this](const QString &name, QNetworkRequest::Priority priority) {
        return m_client->send(HttpRequest(m_server->url(u"/p?"_s + name)).setPriority(priority));
    };
    send(u"low"_s, QNetworkRequest::LowPriority);
    send(u"normal1"_s, QNetworkRequest::NormalPriority);
    send(u"high"_s, QNetworkRequest::HighPriority);
    send(u"normal2"_s, QNetworkRequest::NormalPriority);
    QTRY_COMPARE(order.size(), 4);
    QCOMPARE(order, (QList<QByteArray> {"/p?high", "/p?normal1", "/p?normal2", "/p?low"}));
}

void TestHttpClient::givenManagerKeepsItsProxy()
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    HttpClient client(&manager);
    QCOMPARE(client.networkAccessManager(), &manager);
    QCOMPARE(manager.proxy().type(), QNetworkProxy::NoProxy);
    m_server->setResponse("/x", Response::ok("x"));
    HttpReply *reply = client.send(HttpRequest(m_server->url(u"/x"_s)));
    QSignalSpy finished(reply, &HttpReply::finished);
    QVERIFY(finished.wait(5'000));
    QCOMPARE(finished.constFirst().constFirst().value<HttpResult>().body, "x"_ba);
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "test_httpclient.moc"
