#include "posttimedecoder.h"

#include "urlcanonicalizer.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toUTC();
}

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), QTimeZone::utc()).toUTC();
}

bool parseId(const QString &text, quint64 *id)
{
    static const QRegularExpression digits(u"^[0-9]{1,20}$"_s);
    if (!digits.match(text).hasMatch())
        return false;
    bool ok = false;
    *id = text.toULongLong(&ok);
    return ok;
}

} // namespace

QDateTime PostTimeDecoder::fromTwitterId(quint64 id)
{
    return utcFromMs(qint64(id >> 22) + TwitterEpochMs);
}

QDateTime PostTimeDecoder::fromDiscordId(quint64 id)
{
    return utcFromMs(qint64(id >> 22) + DiscordEpochMs);
}

QDateTime PostTimeDecoder::fromMastodonId(quint64 id)
{
    return utcFromMs(qint64(id >> 16));
}

QDateTime PostTimeDecoder::fromTikTokId(quint64 id)
{
    return utcFromMs(qint64(id >> 32) * 1000);
}

quint64 PostTimeDecoder::twitterIdFor(const QDateTime &time)
{
    return quint64(time.toMSecsSinceEpoch() - TwitterEpochMs) << 22;
}

quint64 PostTimeDecoder::mastodonIdFor(const QDateTime &time)
{
    return quint64(time.toMSecsSinceEpoch()) << 16;
}

quint64 PostTimeDecoder::tiktokIdFor(const QDateTime &time)
{
    return quint64(time.toSecsSinceEpoch()) << 32;
}

quint64 PostTimeDecoder::discordIdFor(const QDateTime &time)
{
    return quint64(time.toMSecsSinceEpoch() - DiscordEpochMs) << 22;
}

DecodedPostTime PostTimeDecoder::decode(const QString &url, const QDateTime &now)
{
    DecodedPostTime result;
    const QString canonical = UrlCanonicalizer::canonicalize(url);
    if (canonical.isEmpty())
        return result;
    const QUrl parsed(canonical);
    const QString host = parsed.host();
    const QStringList segments = parsed.path().split(u'/', Qt::SkipEmptyParts);
    const QString platform = UrlCanonicalizer::platformOf(canonical);

    QString idText;
    QDateTime platformStart; // nothing genuine can be older than this
    if (platform == u"x" && segments.size() >= 3 && segments.at(segments.size() - 2) == u"status") {
        result.platform = u"x"_s;
        idText = segments.constLast();
        // Twitter opened to the public in July 2006, but Snowflake ids start in November 2010.
        platformStart = utcFromMs(TwitterEpochMs);
    } else if (platform == u"mastodon" && segments.size() == 2 && segments.at(0).startsWith(u'@')) {
        result.platform = u"mastodon"_s;
        idText = segments.at(1);
        platformStart = utc(2016, 3, 16); // first public release
    } else if (UrlCanonicalizer::hostMatches(host, u"tiktok.com"_s) && segments.size() >= 3
        && segments.at(1) == u"video") {
        result.platform = u"tiktok"_s;
        idText = segments.at(2);
        platformStart = utc(2016, 9, 1); // Douyin launched in September 2016
    } else if ((UrlCanonicalizer::hostMatches(host, u"discord.com"_s)
                   || UrlCanonicalizer::hostMatches(host, u"discordapp.com"_s))
        && segments.size() == 4 && segments.at(0) == u"channels") {
        result.platform = u"discord"_s;
        idText = segments.at(3);
        platformStart = utcFromMs(DiscordEpochMs);
    } else {
        return result;
    }

    quint64 id = 0;
    if (!parseId(idText, &id)) {
        result.platform.clear();
        return result;
    }
    result.id = idText;
    if (result.platform == u"x") {
        if (id < TwitterFirstSnowflake) {
            result.verdict = DecodedPostTime::Verdict::Sequential;
            result.reason = tr("Status id %1 is from before November 2010, when X (Twitter) numbered posts "
                               "sequentially: the id says nothing about the time.")
                                .arg(idText);
            return result;
        }
        result.time = fromTwitterId(id);
    } else if (result.platform == u"mastodon") {
        if (id < MastodonFirstTimeId) {
            result.verdict = DecodedPostTime::Verdict::Sequential;
            result.reason = tr("Post id %1 is a sequential id from a Mastodon server before version 2.0: "
                               "the id says nothing about the time.")
                                .arg(idText);
            return result;
        }
        result.time = fromMastodonId(id);
    } else if (result.platform == u"tiktok") {
        result.time = fromTikTokId(id);
    } else {
        result.time = fromDiscordId(id);
    }

    const QDateTime reference = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    if (result.time < platformStart) {
        result.verdict = DecodedPostTime::Verdict::Impossible;
        result.reason = tr("The id %1 decodes to %2, before the platform used such ids (%3): it cannot be "
                           "a genuine post id.")
                            .arg(idText, result.time.toString(Qt::ISODateWithMs), platformStart.toString(Qt::ISODate));
    } else if (result.time.toMSecsSinceEpoch() > reference.toMSecsSinceEpoch() + FutureToleranceMs) {
        result.verdict = DecodedPostTime::Verdict::Impossible;
        result.reason = tr("The id %1 decodes to %2, which is in the future: it cannot be a genuine post id.")
                            .arg(idText, result.time.toString(Qt::ISODateWithMs));
    } else {
        result.verdict = DecodedPostTime::Verdict::Derived;
    }
    return result;
}

} // namespace Wiredesk
