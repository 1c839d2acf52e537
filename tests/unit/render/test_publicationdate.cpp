// Dates, editions, volumes and zone abbreviations from the real tz database, in both
// seasons and across the day boundary.
#include "publicationdate.h"
#include "timezoneabbreviation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {
QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}
} // namespace

class TestPublicationDate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void abbreviations_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("expected");
        const QDateTime summer = utc(2026, 7, 1, 12, 0);
        const QDateTime winter = utc(2026, 1, 15, 12, 0);
        QTest::newRow("Paris summer") << "Europe/Paris"_ba << summer << u"CEST"_s;
        QTest::newRow("Paris winter") << "Europe/Paris"_ba << winter << u"CET"_s;
        QTest::newRow("New York summer") << "America/New_York"_ba << summer << u"EDT"_s;
        QTest::newRow("New York winter") << "America/New_York"_ba << winter << u"EST"_s;
        QTest::newRow("London summer") << "Europe/London"_ba << summer << u"BST"_s;
        QTest::newRow("London winter") << "Europe/London"_ba << winter << u"GMT"_s;
        QTest::newRow("Tokyo summer") << "Asia/Tokyo"_ba << summer << u"JST"_s;
        QTest::newRow("Tokyo winter") << "Asia/Tokyo"_ba << winter << u"JST"_s;
        QTest::newRow("Zurich summer") << "Europe/Zurich"_ba << summer << u"CEST"_s;
        QTest::newRow("Zurich winter") << "Europe/Zurich"_ba << winter << u"CET"_s;
        QTest::newRow("Sydney in July is winter") << "Australia/Sydney"_ba << summer << u"AEST"_s;
        QTest::newRow("Sydney in January is summer") << "Australia/Sydney"_ba << winter << u"AEDT"_s;
        // tzdata names Dubai "+04": the table answers.
        QTest::newRow("Dubai") << "Asia/Dubai"_ba << summer << u"GST"_s;
        // Neither a real name nor in the table: the offset from the real database.
        QTest::newRow("Kathmandu") << "Asia/Kathmandu"_ba << winter << u"UTC+5:45"_s;
        QTest::newRow("St Johns summer") << "America/St_Johns"_ba << summer << u"NDT"_s;
        QTest::newRow("UTC") << "UTC"_ba << summer << u"UTC"_s;
    }

    void abbreviations()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, at);
        QFETCH(QString, expected);
        QVERIFY(QTimeZone::isTimeZoneIdAvailable(zone));
        QCOMPARE(TimeZoneAbbreviation::of(QTimeZone(zone), at), expected);
    }

    void tableCoversNumericPlatformNames_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<bool>("daylight");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Paris standard") << "Europe/Paris"_ba << false << u"CET"_s;
        QTest::newRow("Paris daylight") << "Europe/Paris"_ba << true << u"CEST"_s;
        QTest::newRow("New York daylight") << "America/New_York"_ba << true << u"EDT"_s;
        QTest::newRow("London daylight") << "Europe/London"_ba << true << u"BST"_s;
        QTest::newRow("Tokyo") << "Asia/Tokyo"_ba << false << u"JST"_s;
        QTest::newRow("Moscow never daylight") << "Europe/Moscow"_ba << true << u"MSK"_s;
        QTest::newRow("unknown") << "Asia/Kathmandu"_ba << false << QString();
    }

    void tableCoversNumericPlatformNames()
    {
        QFETCH(QByteArray, zone);
        QFETCH(bool, daylight);
        QFETCH(QString, expected);
        QCOMPARE(TimeZoneAbbreviation::fromTable(zone, daylight), expected);
    }

    void realAbbreviationsAndOffsets()
    {
        QVERIFY(TimeZoneAbbreviation::isRealAbbreviation(u"CEST"_s));
        QVERIFY(TimeZoneAbbreviation::isRealAbbreviation(u"GMT"_s));
        QVERIFY(!TimeZoneAbbreviation::isRealAbbreviation(u"GMT+2"_s));
        QVERIFY(!TimeZoneAbbreviation::isRealAbbreviation(u"+04"_s));
        QVERIFY(!TimeZoneAbbreviation::isRealAbbreviation(u"UTC+02:00"_s));
        QVERIFY(!TimeZoneAbbreviation::isRealAbbreviation(QString()));
        QCOMPARE(TimeZoneAbbreviation::offsetName(0), u"UTC"_s);
        QCOMPARE(TimeZoneAbbreviation::offsetName(2 * 3600), u"UTC+2"_s);
        QCOMPARE(TimeZoneAbbreviation::offsetName(-(3 * 3600 + 30 * 60)), u"UTC-3:30"_s);
        QCOMPARE(TimeZoneAbbreviation::offsetName(5 * 3600 + 45 * 60), u"UTC+5:45"_s);
    }

    void localDateMayDifferFromUtc()
    {
        // 23:30 UTC on March 31 is already April 1, 08:30 in Tokyo...
        const PublicationDate tokyo(utc(2026, 3, 31, 23, 30), QTimeZone("Asia/Tokyo"));
        QCOMPARE(tokyo.localDate(), QDate(2026, 4, 1));
        QCOMPARE(tokyo.local().time(), QTime(8, 30));
        QCOMPARE(tokyo.isoWithOffset(), u"2026-04-01T08:30:00+09:00"_s);
        QCOMPARE(tokyo.issue(0), 91);
        // ...and still March 31, 16:30 in Los Angeles (daylight time since March 8).
        const PublicationDate la(utc(2026, 3, 31, 23, 30), QTimeZone("America/Los_Angeles"));
        QCOMPARE(la.localDate(), QDate(2026, 3, 31));
        QCOMPARE(la.abbreviation(), u"PDT"_s);
        QCOMPARE(la.issue(0), 90);
        QCOMPARE(la.issue(4711), 4711);
    }

    void daylightSavingChange()
    {
        // Europe switches at 01:00 UTC on the last Sunday of March (March 29, 2026).
        const QTimeZone zurich("Europe/Zurich");
        const PublicationDate before(utc(2026, 3, 29, 0, 59), zurich);
        const PublicationDate after(utc(2026, 3, 29, 1, 0), zurich);
        QCOMPARE(before.local().time(), QTime(1, 59));
        QCOMPARE(before.abbreviation(), u"CET"_s);
        QCOMPARE(after.local().time(), QTime(3, 0));
        QCOMPARE(after.abbreviation(), u"CEST"_s);
        QCOMPARE(after.isoWithOffset(), u"2026-03-29T03:00:00+02:00"_s);
    }

    void editionFollowsLocalHour_data()
    {
        QTest::addColumn<QDateTime>("instant");
        QTest::addColumn<int>("edition");
        // Zurich is UTC+1 in January.
        QTest::newRow("04:59 late") << utc(2026, 1, 10, 3, 59) << int(PublicationDate::Edition::Late);
        QTest::newRow("05:00 morning") << utc(2026, 1, 10, 4, 0) << int(PublicationDate::Edition::Morning);
        QTest::newRow("11:59 morning") << utc(2026, 1, 10, 10, 59) << int(PublicationDate::Edition::Morning);
        QTest::newRow("12:00 afternoon") << utc(2026, 1, 10, 11, 0) << int(PublicationDate::Edition::Afternoon);
        QTest::newRow("18:00 late") << utc(2026, 1, 10, 17, 0) << int(PublicationDate::Edition::Late);
        QTest::newRow("23:30 late") << utc(2026, 1, 10, 22, 30) << int(PublicationDate::Edition::Late);
    }

    void editionFollowsLocalHour()
    {
        QFETCH(QDateTime, instant);
        QFETCH(int, edition);
        QCOMPARE(int(PublicationDate(instant, QTimeZone("Europe/Zurich")).edition()), edition);
    }

    void volumeTurnsOnTheAnniversaryInTheLocalZone()
    {
        const QDate founded(2001, 4, 1);
        const QTimeZone tokyo("Asia/Tokyo");
        QCOMPARE(PublicationDate(utc(2026, 3, 31, 14, 59), tokyo).volume(founded), 25); // 23:59 local, March 31
        QCOMPARE(PublicationDate(utc(2026, 3, 31, 15, 0), tokyo).volume(founded), 26);  // 00:00 local, April 1
        QCOMPARE(PublicationDate(utc(2001, 4, 1, 12, 0), tokyo).volume(founded), 1);
        QCOMPARE(PublicationDate(utc(1990, 1, 1, 12, 0), tokyo).volume(founded), 1);
        QCOMPARE(PublicationDate(utc(2026, 6, 1, 12, 0), tokyo).volume(QDate()), 1);
    }

    void invalidZoneFallsBackToUtc()
    {
        const PublicationDate date(utc(2026, 6, 1, 12, 0), QTimeZone("Not/AZone"));
        QCOMPARE(date.local().time(), QTime(12, 0));
        QCOMPARE(date.abbreviation(), u"UTC"_s);
    }

    void romanNumerals_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1") << 1 << u"I"_s;
        QTest::newRow("4") << 4 << u"IV"_s;
        QTest::newRow("29") << 29 << u"XXIX"_s;
        QTest::newRow("175") << 175 << u"CLXXV"_s;
        QTest::newRow("1994") << 1994 << u"MCMXCIV"_s;
        QTest::newRow("3999") << 3999 << u"MMMCMXCIX"_s;
        QTest::newRow("4000 decimal") << 4000 << u"4000"_s;
        QTest::newRow("0 decimal") << 0 << u"0"_s;
    }

    void romanNumerals()
    {
        QFETCH(int, value);
        QFETCH(QString, expected);
        QCOMPARE(PublicationDate::romanNumeral(value), expected);
    }
};

QTEST_APPLESS_MAIN(TestPublicationDate)
#include "test_publicationdate.moc"
