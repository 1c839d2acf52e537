#include "backoffpolicy.h"
#include "httpresult.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace std::chrono;
using namespace Wiredesk;

class TestBackoffPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowDoublesUpToCap_data();
    void windowDoublesUpToCap();
    void delayIsFullJitter_data();
    void delayIsFullJitter();
    void retryAfterIsAFloor();
    void hostileRetryAfterIsClamped();
    void givesUpAfterMaxAttempts();
    void stopsHammering();
    void nextAttemptHonoursRetryAfterDate();
    void retryableFailures_data();
    void retryableFailures();
    void defaultRandomStaysInWindow();
};

static BackoffPolicy fixedPolicy(double unit)
{
    BackoffPolicy policy;
    policy.setBase(milliseconds(100)).setCap(milliseconds(1'000)).setRandomSource([unit] { return unit; });
    return policy;
}

void TestBackoffPolicy::windowDoublesUpToCap_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<qint64>("window");
    QTest::newRow("0") << 0 << qint64(100);
    QTest::newRow("1") << 1 << qint64(200);
    QTest::newRow("2") << 2 << qint64(400);
    QTest::newRow("3") << 3 << qint64(800);
    QTest::newRow("4 capped") << 4 << qint64(1'000);
    QTest::newRow("63 no overflow") << 63 << qint64(1'000);
    QTest::newRow("1000 no overflow") << 1000 << qint64(1'000);
    QTest::newRow("negative is first") << -3 << qint64(100);
}

void TestBackoffPolicy::windowDoublesUpToCap()
{
    QFETCH(int, retry);
    QFETCH(qint64, window);
    QCOMPARE(fixedPolicy(0.5).window(retry).count(), window);
}

void TestBackoffPolicy::delayIsFullJitter_data()
{
    QTest::addColumn<double>("unit");
    QTest::addColumn<int>("retry");
    QTest::addColumn<qint64>("delay");
    // sleep = random(0, min(cap, base·2^retry)) with the random source pinned.
    QTest::newRow("zero") << 0.0 << 3 << qint64(0);
    QTest::newRow("half of 100") << 0.5 << 0 << qint64(50);
    QTest::newRow("half of 400") << 0.5 << 2 << qint64(200);
    QTest::newRow("quarter of cap") << 0.25 << 10 << qint64(250);
    QTest::newRow("almost one") << 0.9999 << 3 << qint64(799);
    QTest::newRow("bad source above one") << 7.0 << 1 << qint64(200);
    QTest::newRow("bad source below zero") << -1.0 << 1 << qint64(0);
}

void TestBackoffPolicy::delayIsFullJitter()
{
    QFETCH(double, unit);
    QFETCH(int, retry);
    QFETCH(qint64, delay);
    QCOMPARE(fixedPolicy(unit).delay(retry).count(), delay);
}

void TestBackoffPolicy::retryAfterIsAFloor()
{
    const BackoffPolicy policy = fixedPolicy(0.5);
    QCOMPARE(policy.delay(2, milliseconds(5'000)).count(), qint64(5'000)); // server wants longer
    QCOMPARE(policy.delay(2, milliseconds(10)).count(), qint64(200));      // backoff is longer
    QCOMPARE(policy.delay(2, milliseconds(-50)).count(), qint64(200));     // a date in the past
}

void TestBackoffPolicy::hostileRetryAfterIsClamped()
{
    BackoffPolicy policy = fixedPolicy(0.0);
    policy.setMaxRetryAfter(hours(24));
    QCOMPARE(policy.delay(0, hours(24 * 365 * 10)), milliseconds(hours(24)));
}

void TestBackoffPolicy::givesUpAfterMaxAttempts()
{
    BackoffPolicy policy;
    policy.setMaxAttempts(3);
    QVERIFY(policy.mayRetry(1));
    QVERIFY(policy.mayRetry(2));
    QVERIFY(!policy.mayRetry(3));
    policy.setMaxAttempts(0); // means "try once"
    QCOMPARE(policy.maxAttempts(), 1);
    QVERIFY(!policy.mayRetry(1));
}

void TestBackoffPolicy::stopsHammering()
{
    BackoffPolicy policy = fixedPolicy(0.5);
    policy.setHammerThreshold(5).setHammerPause(hours(1));
    const QDateTime now(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::utc());
    // Failures 1..4: jitter over 100, 200, 400, 800 ms windows.
    QCOMPARE(now.msecsTo(policy.nextAttempt(1, now)), qint64(50));
    QCOMPARE(now.msecsTo(policy.nextAttempt(4, now)), qint64(400));
    QVERIFY(!policy.isHammering(4));
    // From the fifth consecutive failure on: not before an hour.
    QVERIFY(policy.isHammering(5));
    QCOMPARE(now.msecsTo(policy.nextAttempt(5, now)), qint64(3'600'000));
    QCOMPARE(now.msecsTo(policy.nextAttempt(50, now)), qint64(3'600'000));
    // A longer Retry-After still wins over the pause.
    QCOMPARE(now.secsTo(policy.nextAttempt(5, now, now.addSecs(7'200))), qint64(7'200));
}

void TestBackoffPolicy::nextAttemptHonoursRetryAfterDate()
{
    const BackoffPolicy policy = fixedPolicy(0.5);
    const QDateTime now(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::utc());
    QCOMPARE(policy.nextAttempt(1, now, now.addSecs(90)), now.addSecs(90));
    QCOMPARE(policy.nextAttempt(1, now, now.addSecs(-90)), now.addMSecs(50));
}

void TestBackoffPolicy::retryableFailures_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryable");
    using E = HttpResult::Error;
    QTest::newRow("429") << int(E::HttpError) << 429 << true;
    QTest::newRow("503") << int(E::HttpError) << 503 << true;
    QTest::newRow("502") << int(E::HttpError) << 502 << true;
    QTest::newRow("504") << int(E::HttpError) << 504 << true;
    QTest::newRow("500") << int(E::HttpError) << 500 << false;
    QTest::newRow("404") << int(E::HttpError) << 404 << false;
    QTest::newRow("410") << int(E::HttpError) << 410 << false;
    QTest::newRow("timeout") << int(E::Timeout) << 0 << true;
    QTest::newRow("refused") << int(E::ConnectionRefused) << 0 << true;
    QTest::newRow("dns") << int(E::HostNotFound) << 0 << true;
    QTest::newRow("reset") << int(E::NetworkError) << 0 << true;
    QTest::newRow("tls") << int(E::TlsError) << 0 << false;
    QTest::newRow("too large") << int(E::TooLarge) << 200 << false;
    QTest::newRow("loop") << int(E::RedirectLoop) << 302 << false;
    QTest::newRow("cancelled") << int(E::Cancelled) << 0 << false;
    QTest::newRow("success") << int(E::None) << 200 << false;
}

void TestBackoffPolicy::retryableFailures()
{
    QFETCH(int, error);
    QFETCH(int, status);
    QFETCH(bool, retryable);
    HttpResult result;
    result.error = HttpResult::Error(error);
    result.status = status;
    QCOMPARE(BackoffPolicy::isRetryable(result), retryable);
}

void TestBackoffPolicy::defaultRandomStaysInWindow()
{
    BackoffPolicy policy;
    policy.setBase(milliseconds(1'000)).setCap(milliseconds(60'000));
    qint64 largest = 0;
    for (int i = 0; i < 1'000; ++i) {
        const qint64 delay = policy.delay(3).count();
        QVERIFY(delay >= 0 && delay <= 8'000);
        largest = std::max(largest, delay);
    }
    QVERIFY2(largest > 4'000, "1000 draws never reached the upper half: the jitter is not spread");
}

QTEST_APPLESS_MAIN(TestBackoffPolicy)
#include "test_backoffpolicy.moc"
