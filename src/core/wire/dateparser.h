#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QStringView>

namespace Wiredesk {

/// Reads the dates feeds actually carry: RFC 822/2822 with its real-world variants (no day
/// name, two-digit years, named and military zones, "+0530", no seconds, odd spacing,
/// asctime order), ISO 8601 / RFC 3339 (with or without zone, fractional seconds, date
/// only) and epoch numbers in seconds or milliseconds. Everything comes back in UTC;
/// anything else (localized month names, garbage) comes back invalid, never guessed.
/// settle() applies the inbox rule: no date → the fetch time, a date more than
/// FutureTolerance ahead of the fetch time → clamped to the fetch time.
class DateParser final
{
public:
    static constexpr qint64 FutureToleranceSeconds = 15 * 60;

    static QDateTime parse(QStringView text);
    static QDateTime parseRfc822(QStringView text);
    /// The general RFC 822 reader that parseRfc822() falls back to when the text is not in
    /// the common form; public so tests can check both agree.
    static QDateTime parseRfc822Tokens(QStringView text);
    static QDateTime parseIso8601(QStringView text);
    /// Seconds since the epoch, or milliseconds when the number is too large to be seconds.
    static QDateTime fromEpoch(double value);
    /// A JSON value: a number is an epoch, a string is parsed.
    static QDateTime fromJson(const QJsonValue &value);

    enum class Settled { Kept, WasMissing, WasInFuture };
    /// Applies the missing/future rule to @p date against @p fetchTime.
    static Settled settle(QDateTime &date, const QDateTime &fetchTime);
};

} // namespace Wiredesk
