#include "dateparser.h"

#include <QJsonValue>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

} // namespace

class TestDateParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void commonRfc822FormMatchesTokenizer_data();
    void commonRfc822FormMatchesTokenizer();
    void epochNumbers_data();
    void epochNumbers();
    void settle_data();
    void settle();
};

void TestDateParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: must not parse

    // RFC 822 / 2822 and what feeds make of it.
    QTest::newRow("rfc822 gmt") << u"Fri, 27 Nov 2026 06:12:00 GMT"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("rfc822 +0000") << u"Fri, 27 Nov 2026 06:12:00 +0000"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("rfc822 +0530") << u"Fri, 27 Nov 2026 11:42:00 +0530"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("rfc822 -0800") << u"Thu, 26 Nov 2026 22:12:00 -0800"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("offset with colon") << u"Fri, 27 Nov 2026 08:12:00 +02:00"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("no day name") << u"27 Nov 2026 06:12:00 GMT"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("no seconds") << u"Fri, 27 Nov 2026 06:12 GMT"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("two-digit year") << u"Fri, 27 Nov 26 06:12:00 GMT"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("two-digit year 1990s") << u"Tue, 10 Jun 97 04:00:00 GMT"_s << utc(1997, 6, 10, 4);
    QTest::newRow("UT") << u"Fri, 27 Nov 2026 06:12:00 UT"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("UTC") << u"Fri, 27 Nov 2026 06:12:00 UTC"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("Z") << u"Fri, 27 Nov 2026 06:12:00 Z"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("EST") << u"Fri, 27 Nov 2026 01:12:00 EST"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("EDT") << u"Fri, 12 Jun 2026 02:12:00 EDT"_s << utc(2026, 6, 12, 6, 12);
    QTest::newRow("CST") << u"Fri, 27 Nov 2026 00:12:00 CST"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("CDT") << u"Fri, 12 Jun 2026 01:12:00 CDT"_s << utc(2026, 6, 12, 6, 12);
    QTest::newRow("MST") << u"Thu, 26 Nov 2026 23:12:00 MST"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("PST") << u"Thu, 26 Nov 2026 22:12:00 PST"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("PDT") << u"Thu, 11 Jun 2026 23:12:00 PDT"_s << utc(2026, 6, 12, 6, 12);
    QTest::newRow("CET") << u"Fri, 27 Nov 2026 07:12:00 CET"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("military zone reads as UTC (RFC 2822 4.3)")
        << u"Fri, 27 Nov 2026 06:12:00 A"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("military zone lower case") << u"Fri, 27 Nov 2026 06:12:00 n"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("no zone means UTC") << u"Fri, 27 Nov 2026 06:12:00"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("extra whitespace") << u"  Fri,   27  Nov   2026    06:12:00    GMT  "_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("no space after comma") << u"Fri,27 Nov 2026 06:12:00 GMT"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("full day and month names") << u"Friday, 27 November 2026 06:12:00 GMT"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("Sept") << u"Tue, 15 Sept 2026 06:12:00 GMT"_s << utc(2026, 9, 15, 6, 12);
    QTest::newRow("lower-case month") << u"Fri, 27 nov 2026 06:12:00 gmt"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("single-digit day") << u"Tue, 3 Nov 2026 06:12:00 GMT"_s << utc(2026, 11, 3, 6, 12);
    QTest::newRow("single-digit hour") << u"Tue, 03 Nov 2026 6:12:00 GMT"_s << utc(2026, 11, 3, 6, 12);
    QTest::newRow("zone comment") << u"Fri, 27 Nov 2026 01:12:00 -0500 (EST)"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("GMT+3") << u"Fri, 27 Nov 2026 09:12:00 GMT+3"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("asctime order") << u"Fri Nov 27 06:12:00 2026"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("month first with comma") << u"Nov 27, 2026 06:12:00 GMT"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("PM") << u"Fri, 27 Nov 2026 6:12 PM GMT"_s << utc(2026, 11, 27, 18, 12);
    QTest::newRow("date without time") << u"27 Nov 2026"_s << utc(2026, 11, 27);
    QTest::newRow("leap second kept in its minute")
        << u"Wed, 31 Dec 2025 23:59:60 GMT"_s << utc(2025, 12, 31, 23, 59, 59);
    QTest::newRow("wrong day name is ignored") << u"Mon, 27 Nov 2026 06:12:00 GMT"_s << utc(2026, 11, 27, 6, 12);

    // ISO 8601 / RFC 3339.
    QTest::newRow("rfc3339 Z") << u"2026-11-27T06:12:00Z"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("rfc3339 offset") << u"2026-11-27T08:12:00+02:00"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("rfc3339 negative offset") << u"2026-11-27T01:12:00-05:00"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("offset without colon") << u"2026-11-27T08:12:00+0200"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("fraction") << u"2026-11-27T06:12:00.123Z"_s << utc(2026, 11, 27, 6, 12, 0, 123);
    QTest::newRow("long fraction") << u"2026-11-27T06:12:00.123456789+00:00"_s << utc(2026, 11, 27, 6, 12, 0, 123);
    QTest::newRow("short fraction") << u"2026-11-27T06:12:00.5Z"_s << utc(2026, 11, 27, 6, 12, 0, 500);
    QTest::newRow("no zone") << u"2026-11-27T06:12:00"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("no seconds") << u"2026-11-27T06:12Z"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("space separator") << u"2026-11-27 06:12:00"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("lower-case t and z") << u"2026-11-27t06:12:00z"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("date only") << u"2026-11-27"_s << utc(2026, 11, 27);
    QTest::newRow("basic format") << u"20261127T061200Z"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("across a day boundary") << u"2026-11-27T01:30:00+05:30"_s << utc(2026, 11, 26, 20, 0);

    // Epoch numbers as text.
    QTest::newRow("epoch seconds text") << u"1795759920"_s << utc(2026, 11, 27, 6, 12);
    QTest::newRow("epoch milliseconds text") << u"1795759920000"_s << utc(2026, 11, 27, 6, 12);

    // Not dates: never guessed.
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("blank") << u"   "_s << QDateTime();
    QTest::newRow("localized french") << u"Vendredi, 27 novembre 2026 06:12"_s << QDateTime();
    QTest::newRow("localized russian") << u"Пт, 27 ноя 2026 06:12:00 +0300"_s << QDateTime();
    QTest::newRow("localized german month") << u"27 Dezember 2026 06:12:00 GMT"_s << QDateTime();
    QTest::newRow("garbage") << u"yesterday evening"_s << QDateTime();
    QTest::newRow("February 30") << u"Mon, 30 Feb 2026 06:12:00 GMT"_s << QDateTime();
    QTest::newRow("hour 25") << u"Fri, 27 Nov 2026 25:12:00 GMT"_s << QDateTime();
    QTest::newRow("month 13") << u"2026-13-01T00:00:00Z"_s << QDateTime();
    QTest::newRow("time only") << u"06:12:00"_s << QDateTime();
    QTest::newRow("no year") << u"Fri, 27 Nov 06:12:00 GMT"_s << QDateTime();
    QTest::newRow("short number") << u"2026"_s << QDateTime();
    QTest::newRow("zero epoch") << u"0000000000"_s << QDateTime();
    // Found by fuzz_dateparser: larger than any qint64 (the conversion was undefined behaviour).
    QTest::newRow("huge epoch") << u"66666000000000000000177506960959822632 10"_s.remove(u' ') << QDateTime();
    // Found by fuzz_dateparser: the offset moves the first day of year 1 into year 0, which
    // ISO 8601 cannot write back; the last day of 9999 likewise into 10000.
    QTest::newRow("before year 1 in UTC") << u"00010101+10"_s << QDateTime();
    QTest::newRow("after year 9999 in UTC") << u"9999-12-31T23:00:00-10:00"_s << QDateTime();
    QTest::newRow("year 1 itself") << u"0001-01-01T10:00:00+10:00"_s << utc(1, 1, 1, 0, 0);
}

void TestDateParser::parse()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime actual = DateParser::parse(text);
    if (!expected.isValid()) {
        QVERIFY2(!actual.isValid(), qPrintable(actual.toString(Qt::ISODateWithMs)));
        return;
    }
    QVERIFY2(actual.isValid(), qPrintable(text));
    QCOMPARE(actual, expected);
    QCOMPARE(actual.timeSpec(), Qt::UTC);
}

// parseRfc822() reads the common form without the general tokenizer; whatever it accepts
// must come out exactly as the tokenizer reads it, including the invalid ones.
void TestDateParser::commonRfc822FormMatchesTokenizer_data()
{
    parse_data();
    QTest::newRow("common form, offset at the limit") << u"Fri, 27 Nov 2026 06:12:00 +1400"_s << QDateTime();
    QTest::newRow("common form, offset past 14 hours") << u"Fri, 27 Nov 2026 06:12:00 +1430"_s << QDateTime();
    QTest::newRow("common form, offset minutes 60") << u"Fri, 27 Nov 2026 06:12:00 +0160"_s << QDateTime();
    QTest::newRow("common form, day 0") << u"Fri, 00 Nov 2026 06:12:00 GMT"_s << QDateTime();
    QTest::newRow("common form, day 32") << u"Fri, 32 Dec 2026 06:12:00 GMT"_s << QDateTime();
    QTest::newRow("common form, year 0") << u"Fri, 01 Jan 0000 06:12:00 GMT"_s << QDateTime();
    QTest::newRow("common form, year 1 east") << u"Mon, 01 Jan 0001 06:12:00 +0800"_s << QDateTime();
    QTest::newRow("common form, year 9999 west") << u"Fri, 31 Dec 9999 22:00:00 -0500"_s << QDateTime();
    QTest::newRow("common form, minute 60") << u"Fri, 27 Nov 2026 06:60:00 GMT"_s << QDateTime();
    QTest::newRow("common form, second 61") << u"Fri, 27 Nov 2026 06:12:61 GMT"_s << QDateTime();
    QTest::newRow("common form, day name not a day") << u"Foo, 27 Nov 2026 06:12:00 GMT"_s << QDateTime();
    QTest::newRow("common form, month not a month") << u"Fri, 27 Now 2026 06:12:00 GMT"_s << QDateTime();
    QTest::newRow("common form, unknown zone") << u"Fri, 27 Nov 2026 06:12:00 XYZ"_s << QDateTime();
    QTest::newRow("common form, trailing text") << u"Fri, 27 Nov 2026 06:12:00 GMT x"_s << QDateTime();
    QTest::newRow("common form, lower-case") << u"fri, 27 nov 2026 06:12:00 +0000"_s << QDateTime();
    QTest::newRow("common form, non-ASCII digit") << u"Fri, 2\u0667 Nov 2026 06:12:00 GMT"_s << QDateTime();
}

void TestDateParser::commonRfc822FormMatchesTokenizer()
{
    QFETCH(QString, text);
    const QDateTime fast = DateParser::parseRfc822(text);
    const QDateTime general = DateParser::parseRfc822Tokens(text);
    QCOMPARE(fast.isValid(), general.isValid());
    QCOMPARE(fast, general);
    if (fast.isValid())
        QCOMPARE(fast.timeSpec(), Qt::UTC);
}

void TestDateParser::epochNumbers_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("seconds") << QJsonValue(1795759920) << utc(2026, 11, 27, 6, 12);
    QTest::newRow("fractional seconds") << QJsonValue(1795759920.25) << utc(2026, 11, 27, 6, 12, 0, 250);
    QTest::newRow("milliseconds") << QJsonValue(double(1795759920123)) << utc(2026, 11, 27, 6, 12, 0, 123);
    QTest::newRow("string") << QJsonValue(u"2026-11-27T06:12:00Z"_s) << utc(2026, 11, 27, 6, 12);
    QTest::newRow("negative") << QJsonValue(-5) << QDateTime();
    QTest::newRow("zero") << QJsonValue(0) << QDateTime();
    QTest::newRow("null") << QJsonValue() << QDateTime();
    QTest::newRow("bool") << QJsonValue(true) << QDateTime();
    QTest::newRow("beyond year 9999") << QJsonValue(1e17) << QDateTime();
}

void TestDateParser::epochNumbers()
{
    QFETCH(QJsonValue, value);
    QFETCH(QDateTime, expected);
    const QDateTime actual = DateParser::fromJson(value);
    QCOMPARE(actual.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(actual, expected);
}

void TestDateParser::settle_data()
{
    QTest::addColumn<QDateTime>("date");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<int>("outcome");
    const QDateTime fetch = utc(2026, 11, 27, 7, 0);
    QTest::newRow("past kept") << utc(2026, 11, 27, 6, 0) << utc(2026, 11, 27, 6, 0) << int(DateParser::Settled::Kept);
    QTest::newRow("missing") << QDateTime() << fetch << int(DateParser::Settled::WasMissing);
    QTest::newRow("14 minutes ahead kept")
        << utc(2026, 11, 27, 7, 14) << utc(2026, 11, 27, 7, 14) << int(DateParser::Settled::Kept);
    QTest::newRow("exactly 15 minutes kept")
        << utc(2026, 11, 27, 7, 15) << utc(2026, 11, 27, 7, 15) << int(DateParser::Settled::Kept);
    QTest::newRow("16 minutes ahead clamped")
        << utc(2026, 11, 27, 7, 16) << fetch << int(DateParser::Settled::WasInFuture);
    QTest::newRow("next year clamped") << utc(2027, 1, 1) << fetch << int(DateParser::Settled::WasInFuture);
}

void TestDateParser::settle()
{
    QFETCH(QDateTime, date);
    QFETCH(QDateTime, expected);
    QFETCH(int, outcome);
    const QDateTime fetch = utc(2026, 11, 27, 7, 0);
    QCOMPARE(int(DateParser::settle(date, fetch)), outcome);
    QCOMPARE(date, expected);
}

QTEST_APPLESS_MAIN(TestDateParser)
#include "test_dateparser.moc"
