#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace Wiredesk {

/// The publication instant seen from the publication's own time zone, and what a masthead
/// derives from it: the local date (which may be another day than in UTC), the edition,
/// the volume (years since founding) and the issue number. Uses the real tz database
/// through QTimeZone, so daylight-saving changes and historic offsets are right.
class PublicationDate final
{
public:
    enum class Edition {
        Morning,   ///< 05:00 to 11:59 local time
        Afternoon, ///< 12:00 to 17:59
        Late,      ///< 18:00 to 04:59: the last edition of the night
    };

    /// @p instant is any valid QDateTime; @p zone falls back to UTC when invalid.
    PublicationDate(const QDateTime &instant, const QTimeZone &zone);

    QTimeZone zone() const { return m_zone; }
    QDateTime utc() const { return m_utc; }
    /// The instant as wall-clock time in the publication zone.
    QDateTime local() const { return m_local; }
    QDate localDate() const { return m_local.date(); }
    /// "CET", "EDT", or "UTC+4" when no abbreviation is known (see TimeZoneAbbreviation).
    QString abbreviation() const;
    /// ISO 8601 with the zone's offset, for <time datetime="...">.
    QString isoWithOffset() const;

    Edition edition() const;
    /// Full years since @p founded + 1, never below 1.
    int volume(const QDate &founded) const;
    /// @p counter when positive, otherwise the day of the year.
    int issue(int counter) const;

    /// Roman numerals as newspapers print volumes ("CLXXV"); decimal above 3999.
    static QString romanNumeral(int value);

private:
    QTimeZone m_zone;
    QDateTime m_utc;
    QDateTime m_local;
};

} // namespace Wiredesk
