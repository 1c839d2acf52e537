// Posting times derived from ids: round trips from chosen times, the demo draft's X post,
// the sequential-id eras and the ids that cannot be genuine.
#include "posttimedecoder.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

using Verdict = DecodedPostTime::Verdict;

class TestPostTimeDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snowflakeArithmetic();
    void decode_data();
    void decode();
    void roundTrips_data();
    void roundTrips();
};

static QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

static const QDateTime Now = QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::utc());

void TestPostTimeDecoder::snowflakeArithmetic()
{
    // (id >> 22) + 1288834974657 written out for the demo draft's X post (docs/demo-profile.md).
    const quint64 id = 2125833249512884107ULL;
    QCOMPARE(qint64(id >> 22), Q_INT64_C(506838142755));
    QCOMPARE(PostTimeDecoder::fromTwitterId(id).toMSecsSinceEpoch(), Q_INT64_C(506838142755) + 1288834974657);
    QCOMPARE(PostTimeDecoder::fromTwitterId(id), utc(u"2026-11-26T06:05:17.412Z"_s));
    // The epochs themselves.
    QCOMPARE(PostTimeDecoder::fromTwitterId(0), utc(u"2010-11-04T01:42:54.657Z"_s));
    QCOMPARE(PostTimeDecoder::fromDiscordId(0), utc(u"2015-01-01T00:00:00.000Z"_s));
    QCOMPARE(PostTimeDecoder::fromMastodonId(quint64(1) << 16), utc(u"1970-01-01T00:00:00.001Z"_s));
    QCOMPARE(PostTimeDecoder::fromTikTokId(quint64(1700000000) << 32), utc(u"2023-11-14T22:13:20.000Z"_s));
    // The low bits (worker, sequence) never change the time.
    QCOMPARE(PostTimeDecoder::fromTwitterId(id | 0x3FFFFF), PostTimeDecoder::fromTwitterId(id & ~quint64(0x3FFFFF)));
}

void TestPostTimeDecoder::decode_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("time");
    auto row = [](const char *name, const QString &url, Verdict verdict, const QString &platform, const QString &time) {
        QTest::newRow(name) << url << int(verdict) << platform << time;
    };
    row("demo x post", u"https://x.com/FosHarbourDesk/status/2125833249512884107"_s, Verdict::Derived, u"x"_s,
        u"2026-11-26T06:05:17.412Z"_s);
    row("twitter spelling", u"https://mobile.twitter.com/fosharbourdesk/status/2125833249512884107/photo/1"_s,
        Verdict::Derived, u"x"_s, u"2026-11-26T06:05:17.412Z"_s);
    row("first snowflake", u"https://x.com/a/status/2199023255552"_s, Verdict::Derived, u"x"_s,
        u"2010-11-04T01:51:38.945Z"_s);
    row("last sequential", u"https://x.com/a/status/2199023255551"_s, Verdict::Sequential, u"x"_s, QString());
    row("2006 sequential", u"https://twitter.com/jack/status/20"_s, Verdict::Sequential, u"x"_s, QString());
    row("x future", u"https://x.com/a/status/2200000000000000000"_s, Verdict::Impossible, u"x"_s,
        u"2027-06-18T21:57:28.680Z"_s);
    row("x just within tolerance",
        u"https://x.com/a/status/"_s + QString::number(PostTimeDecoder::twitterIdFor(Now.addSecs(240))),
        Verdict::Derived, u"x"_s, u"2026-11-27T09:04:00.000Z"_s);
    row("x beyond tolerance",
        u"https://x.com/a/status/"_s + QString::number(PostTimeDecoder::twitterIdFor(Now.addSecs(360))),
        Verdict::Impossible, u"x"_s, u"2026-11-27T09:06:00.000Z"_s);
    row("mastodon",
        u"https://mastodon.social/@portwatch/"_s
            + QString::number(PostTimeDecoder::mastodonIdFor(utc(u"2026-11-26T07:30:00.000Z"_s))),
        Verdict::Derived, u"mastodon"_s, u"2026-11-26T07:30:00.000Z"_s);
    row("mastodon sequential", u"https://mastodon.social/@portwatch/98765"_s, Verdict::Sequential, u"mastodon"_s,
        QString());
    row("mastodon before launch",
        u"https://mastodon.social/@portwatch/"_s
            + QString::number(PostTimeDecoder::mastodonIdFor(utc(u"2012-05-01T00:00:00.000Z"_s))),
        Verdict::Impossible, u"mastodon"_s, u"2012-05-01T00:00:00.000Z"_s);
    row("tiktok",
        u"https://www.tiktok.com/@portdemarseille/video/"_s
            + QString::number(PostTimeDecoder::tiktokIdFor(utc(u"2026-11-26T08:00:00.000Z"_s)) + 12345),
        Verdict::Derived, u"tiktok"_s, u"2026-11-26T08:00:00.000Z"_s);
    row("tiktok before launch",
        u"https://www.tiktok.com/@a/video/"_s
            + QString::number(PostTimeDecoder::tiktokIdFor(utc(u"2014-01-01T00:00:00.000Z"_s))),
        Verdict::Impossible, u"tiktok"_s, u"2014-01-01T00:00:00.000Z"_s);
    row("discord",
        u"https://discord.com/channels/81384788765712384/81384788765712384/"_s
            + QString::number(PostTimeDecoder::discordIdFor(utc(u"2026-11-26T10:15:00.000Z"_s))),
        Verdict::Derived, u"discord"_s, u"2026-11-26T10:15:00.000Z"_s);
    row("youtube has no time", u"https://youtu.be/dQw4w9WgXcQ"_s, Verdict::NoId, QString(), QString());
    row("telegram has no time", u"https://t.me/fosdockers_info/2741"_s, Verdict::NoId, QString(), QString());
    row("web page", u"https://www.lemonde.fr/economie/"_s, Verdict::NoId, QString(), QString());
    row("x profile", u"https://x.com/FosHarbourDesk"_s, Verdict::NoId, QString(), QString());
    row("x id overflow", u"https://x.com/a/status/99999999999999999999999"_s, Verdict::NoId, QString(), QString());
}

void TestPostTimeDecoder::decode()
{
    QFETCH(QString, url);
    QFETCH(int, verdict);
    QFETCH(QString, platform);
    QFETCH(QString, time);
    const DecodedPostTime decoded = PostTimeDecoder::decode(url, Now);
    QCOMPARE(int(decoded.verdict), verdict);
    QCOMPARE(decoded.platform, platform);
    QCOMPARE(decoded.time.isValid() ? decoded.time.toString(Qt::ISODateWithMs) : QString(), time);
    QCOMPARE(decoded.reason.isEmpty(), verdict == int(Verdict::Derived) || verdict == int(Verdict::NoId));
}

void TestPostTimeDecoder::roundTrips_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::newRow("snowflake day") << utc(u"2010-11-05T12:00:00.000Z"_s);
    QTest::newRow("2016") << utc(u"2016-02-29T23:59:59.999Z"_s);
    QTest::newRow("demo morning") << utc(u"2026-11-26T05:10:00.000Z"_s);
}

void TestPostTimeDecoder::roundTrips()
{
    QFETCH(QDateTime, time);
    QCOMPARE(PostTimeDecoder::fromTwitterId(PostTimeDecoder::twitterIdFor(time)), time);
    if (time.toMSecsSinceEpoch() >= PostTimeDecoder::DiscordEpochMs) // Discord ids start in 2015
        QCOMPARE(PostTimeDecoder::fromDiscordId(PostTimeDecoder::discordIdFor(time) + 4095), time);
    QCOMPARE(PostTimeDecoder::fromMastodonId(PostTimeDecoder::mastodonIdFor(time) + 65535), time);
    QCOMPARE(
        PostTimeDecoder::fromTikTokId(PostTimeDecoder::tiktokIdFor(time)).toSecsSinceEpoch(), time.toSecsSinceEpoch());
}

QTEST_APPLESS_MAIN(TestPostTimeDecoder)
#include "test_posttimedecoder.moc"
