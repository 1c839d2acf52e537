#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Wiredesk {

/// What a URL's id says about when the post was made.
struct DecodedPostTime {
    enum class Verdict {
        NoId,       ///< the URL carries no id that encodes time (YouTube, web pages, …)
        Derived,    ///< time derived from the id
        Sequential, ///< the platform numbered posts sequentially then: no time can be derived
        Impossible, ///< the derived time is before the platform existed or in the future
    };
    Verdict verdict = Verdict::NoId;
    QString platform; ///< "x", "mastodon", "tiktok", "discord"
    QString id;       ///< the id as found in the URL
    QDateTime time;   ///< UTC; set for Derived and Impossible
    QString reason;   ///< translated explanation for Sequential and Impossible

    bool isDerived() const { return verdict == Verdict::Derived; }
};

/// Derives a post's creation time from the id in its URL, where the platform encodes time in
/// its ids, and says when an id cannot be genuine.
///
/// X/Twitter status ids and Discord message ids are Snowflakes: milliseconds since the
/// platform's epoch in the bits above 22 (Twitter 1288834974657 = 2010-11-04T01:42:54.657Z,
/// Discord 1420070400000 = 2015-01-01). Mastodon ids since version 2.0 carry milliseconds since
/// 1970 above 16 bits; TikTok video ids carry seconds since 1970 above 32 bits. Older Twitter
/// statuses (before Snowflake, November 2010) and Mastodon posts from before 2.0 had sequential
/// ids: those are reported as Sequential, never given a time. A derived time before the
/// platform existed, or more than a few minutes in the future, means the id is not genuine
/// (typed wrong, or fabricated).
class PostTimeDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(Wiredesk::PostTimeDecoder)

public:
    static constexpr qint64 TwitterEpochMs = 1288834974657;
    static constexpr qint64 DiscordEpochMs = 1420070400000;
    /// Clock skew allowed before a derived time counts as "in the future".
    static constexpr qint64 FutureToleranceMs = 5 * 60 * 1000;

    /// Decodes the id in @p url (any spelling the canonicalizer understands) relative to @p now.
    static DecodedPostTime decode(const QString &url, const QDateTime &now);

    static QDateTime fromTwitterId(quint64 id);
    static QDateTime fromDiscordId(quint64 id);
    static QDateTime fromMastodonId(quint64 id);
    static QDateTime fromTikTokId(quint64 id);

    /// Smallest Snowflake id for @p time on X (the inverse, for tests and for building examples).
    static quint64 twitterIdFor(const QDateTime &time);
    static quint64 mastodonIdFor(const QDateTime &time);
    static quint64 tiktokIdFor(const QDateTime &time);
    static quint64 discordIdFor(const QDateTime &time);

    /// Ids below this were never Snowflakes: Twitter's sequential numbering ended near 3·10^10,
    /// and (id >> 22) of anything smaller than 2^41 is within nine minutes of the epoch.
    static constexpr quint64 TwitterFirstSnowflake = quint64(1) << 41;
    /// Mastodon's pre-2.0 ids were small integers; >> 16 they land in January 1970.
    static constexpr quint64 MastodonFirstTimeId = quint64(1) << 40;
};

} // namespace Wiredesk
