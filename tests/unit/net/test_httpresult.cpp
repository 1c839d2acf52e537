#include "httprequest.h"
#include "httpresult.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

class TestHttpResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headersAreCaseInsensitive();
    void contentTypeDropsParameters();
    void parsesHttpDates_data();
    void parsesHttpDates();
    void parsesRetryAfter_data();
    void parsesRetryAfter();
    void retryAfterIsRelativeToReceipt();
    void notModifiedIsSuccess();
    void redirectPolicy_data();
    void redirectPolicy();
    void chainedSettersKeepValues();
};

void TestHttpResult::headersAreCaseInsensitive()
{
    HttpResult result;
    result.headers = {{"Content-Type"_ba, "text/html"_ba}, {"etag"_ba, "W/\"x\""_ba}, {"Vary"_ba, "Accept"_ba},
        {"VARY"_ba, "Cookie"_ba}};
    QCOMPARE(result.header("content-type"), "text/html"_ba);
    QCOMPARE(result.etag(), "W/\"x\""_ba);
    QCOMPARE(result.header("vary"), "Accept, Cookie"_ba);
    QVERIFY(result.hasHeader("ETAG"));
    QVERIFY(!result.hasHeader("Last-Modified"));
    QVERIFY(result.lastModified().isEmpty());
}

void TestHttpResult::contentTypeDropsParameters()
{
    HttpResult result;
    result.headers = {{"Content-Type"_ba, " Application/RSS+XML ; charset=windows-1251"_ba}};
    QCOMPARE(result.contentType(), "application/rss+xml"_ba);
}

void TestHttpResult::parsesHttpDates_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime sample(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc());
    QTest::newRow("IMF-fixdate") << "Sun, 06 Nov 1994 08:49:37 GMT"_ba << sample;
    QTest::newRow("RFC 850") << "Sunday, 06-Nov-94 08:49:37 GMT"_ba << sample;
    QTest::newRow("asctime") << "Sun Nov  6 08:49:37 1994"_ba << sample;
    QTest::newRow("two-digit year after 2000")
        << "Friday, 27-Nov-26 09:00:00 GMT"_ba << QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::utc());
    QTest::newRow("garbage") << "soon"_ba << QDateTime();
    QTest::newRow("no time") << "Sun, 06 Nov 1994 GMT"_ba << QDateTime();
    QTest::newRow("impossible day") << "Sun, 31 Feb 1994 08:49:37 GMT"_ba << QDateTime();
    QTest::newRow("bad time") << "Sun, 06 Nov 1994 25:49:37 GMT"_ba << QDateTime();
    QTest::newRow("two months") << "Nov Dec 6 08:49:37 1994"_ba << QDateTime();
    QTest::newRow("empty") << QByteArray() << QDateTime();
    QTest::newRow("huge") << QByteArray(100000, '1') << QDateTime();
}

void TestHttpResult::parsesHttpDates()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    QCOMPARE(HttpResult::parseHttpDate(text), expected);
}

void TestHttpResult::parsesRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("secondsFromNow"); // -1: invalid
    QTest::newRow("delta") << "120"_ba << qint64(120);
    QTest::newRow("delta with spaces") << " 7 "_ba << qint64(7);
    QTest::newRow("zero") << "0"_ba << qint64(0);
    QTest::newRow("date") << "Fri, 27 Nov 2026 10:00:00 GMT"_ba << qint64(3600);
    QTest::newRow("negative") << "-5"_ba << qint64(-1);
    QTest::newRow("fraction") << "1.5"_ba << qint64(-1);
    QTest::newRow("overflowing") << "99999999999999999999"_ba << qint64(-1);
    QTest::newRow("words") << "later please"_ba << qint64(-1);
}

void TestHttpResult::parsesRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, secondsFromNow);
    const QDateTime now(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::utc());
    const QDateTime parsed = HttpResult::parseRetryAfter(value, now);
    if (secondsFromNow < 0) {
        QVERIFY2(!parsed.isValid(), qPrintable(parsed.toString(Qt::ISODate)));
        return;
    }
    QVERIFY(parsed.isValid());
    QCOMPARE(now.secsTo(parsed), secondsFromNow);
}

void TestHttpResult::retryAfterIsRelativeToReceipt()
{
    HttpResult result;
    result.receivedAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
    QVERIFY(!result.retryAfter().isValid());
    result.headers = {{"retry-after"_ba, "30"_ba}};
    QCOMPARE(result.retryAfter(), result.receivedAt.addSecs(30));
}

void TestHttpResult::notModifiedIsSuccess()
{
    HttpResult result;
    result.status = 304;
    QVERIFY(result.notModified());
    QVERIFY(result.isSuccess());
    result.status = 200;
    QVERIFY(!result.notModified());
    result.status = 304;
    result.error = HttpResult::Error::Timeout;
    QVERIFY(!result.notModified());
    QVERIFY(!result.isSuccess());
}

void TestHttpResult::redirectPolicy_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<QUrl>("from");
    QTest::addColumn<QUrl>("to");
    QTest::addColumn<bool>("allowed");
    const int noLessSafe = QNetworkRequest::NoLessSafeRedirectPolicy;
    const int sameOrigin = QNetworkRequest::SameOriginRedirectPolicy;
    const int manual = QNetworkRequest::ManualRedirectPolicy;
    const QUrl https(u"https://a.example/x"_s);
    const QUrl http(u"http://a.example/x"_s);
    QTest::newRow("https to http refused") << noLessSafe << https << QUrl(u"http://a.example/y"_s) << false;
    QTest::newRow("HTTPS to Http refused")
        << noLessSafe << QUrl(u"HTTPS://a.example/"_s) << QUrl(u"Http://b/"_s) << false;
    QTest::newRow("https to https other host") << noLessSafe << https << QUrl(u"https://b.example/"_s) << true;
    QTest::newRow("http to https") << noLessSafe << http << QUrl(u"https://a.example/"_s) << true;
    QTest::newRow("http to http") << noLessSafe << http << QUrl(u"http://b.example/"_s) << true;
    QTest::newRow("to file") << noLessSafe << http << QUrl(u"file:///etc/passwd"_s) << false;
    QTest::newRow("to data") << noLessSafe << http << QUrl(u"data:text/plain,hi"_s) << false;
    QTest::newRow("to ftp") << noLessSafe << http << QUrl(u"ftp://a.example/"_s) << false;
    QTest::newRow("same origin ok") << sameOrigin << http << QUrl(u"http://A.example:80/z"_s) << true;
    QTest::newRow("same origin other host") << sameOrigin << http << QUrl(u"http://b.example/x"_s) << false;
    QTest::newRow("same origin other port") << sameOrigin << http << QUrl(u"http://a.example:8080/x"_s) << false;
    QTest::newRow("same origin upgrade") << sameOrigin << http << QUrl(u"https://a.example/x"_s) << false;
    QTest::newRow("manual never follows") << manual << http << QUrl(u"http://a.example/y"_s) << false;
}

void TestHttpResult::redirectPolicy()
{
    QFETCH(int, policy);
    QFETCH(QUrl, from);
    QFETCH(QUrl, to);
    QFETCH(bool, allowed);
    HttpRequest request(from);
    request.setRedirectPolicy(QNetworkRequest::RedirectPolicy(policy));
    QCOMPARE(request.allowsRedirect(from, to), allowed);
}

void TestHttpResult::chainedSettersKeepValues()
{
    const HttpRequest defaults;
    QCOMPARE(defaults.transferTimeout(), std::chrono::milliseconds(30'000));
    QCOMPARE(defaults.maxBodySize(), qint64(20 * 1024 * 1024));
    QCOMPARE(defaults.maxRedirects(), 10);
    QCOMPARE(defaults.redirectPolicy(), QNetworkRequest::NoLessSafeRedirectPolicy);
    QVERIFY(!defaults.retryPolicy());

    HttpRequest request(QUrl(u"http://a.example/"_s));
    request.setMethod(HttpRequest::Method::Put)
        .setHeader("X-One"_ba, "1"_ba)
        .setHeader("x-one"_ba, "2"_ba)
        .setBody("{}"_ba, "application/json"_ba)
        .setMaxRedirects(3)
        .setValidators({"\"e\""_ba, "Sun, 06 Nov 1994 08:49:37 GMT"_ba});
    QCOMPARE(request.methodName(), "PUT"_ba);
    QCOMPARE(request.header("X-ONE"), "2"_ba);
    QCOMPARE(request.headers().size(), 2); // X-One replaced, Content-Type added
    QCOMPARE(request.header("content-type"), "application/json"_ba);
    QCOMPARE(request.maxRedirects(), 3);
    QCOMPARE(request.validators().etag, "\"e\""_ba);
}

QTEST_APPLESS_MAIN(TestHttpResult)
#include "test_httpresult.moc"
