#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace Wiredesk {

/// The short name readers expect beside a time ("CET", "EDT", "BST"). QTimeZone's own
/// abbreviation comes from the platform: the tz database's (real names for most zones,
/// but "+04" for Dubai) or ICU's ("GMT+2"). When it is not a real abbreviation a small
/// table keyed by (zone, daylight time) answers for common zones, and "UTC+4" otherwise.
class TimeZoneAbbreviation final
{
public:
    /// The abbreviation of @p zone at the instant @p at.
    static QString of(const QTimeZone &zone, const QDateTime &at);
    /// The table's answer for @p ianaId, empty when the zone is not in it.
    static QString fromTable(const QByteArray &ianaId, bool daylightTime);
    /// "UTC", "UTC+2", "UTC-3:30".
    static QString offsetName(int offsetSeconds);
    /// True for letter-only names of 2 to 5 letters ("CEST"); false for "+04", "GMT+2".
    static bool isRealAbbreviation(const QString &abbreviation);
};

} // namespace Wiredesk
