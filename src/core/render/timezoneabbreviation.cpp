#include "timezoneabbreviation.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
struct ZoneNames {
    const char *zone;
    const char *standard;
    const char *daylight; ///< nullptr for zones without daylight-saving time
};

// Common newsroom zones whose names the platform may not know. Kept short on purpose: a
// zone missing here still gets a correct "UTC+x" from the real tz database.
constexpr std::array zoneTable {
    ZoneNames {"Europe/London", "GMT", "BST"},
    ZoneNames {"Europe/Dublin", "GMT", "IST"},
    ZoneNames {"Europe/Lisbon", "WET", "WEST"},
    ZoneNames {"Europe/Paris", "CET", "CEST"},
    ZoneNames {"Europe/Berlin", "CET", "CEST"},
    ZoneNames {"Europe/Zurich", "CET", "CEST"},
    ZoneNames {"Europe/Rome", "CET", "CEST"},
    ZoneNames {"Europe/Madrid", "CET", "CEST"},
    ZoneNames {"Europe/Amsterdam", "CET", "CEST"},
    ZoneNames {"Europe/Brussels", "CET", "CEST"},
    ZoneNames {"Europe/Vienna", "CET", "CEST"},
    ZoneNames {"Europe/Stockholm", "CET", "CEST"},
    ZoneNames {"Europe/Oslo", "CET", "CEST"},
    ZoneNames {"Europe/Copenhagen", "CET", "CEST"},
    ZoneNames {"Europe/Warsaw", "CET", "CEST"},
    ZoneNames {"Europe/Prague", "CET", "CEST"},
    ZoneNames {"Europe/Budapest", "CET", "CEST"},
    ZoneNames {"Europe/Belgrade", "CET", "CEST"},
    ZoneNames {"Europe/Athens", "EET", "EEST"},
    ZoneNames {"Europe/Helsinki", "EET", "EEST"},
    ZoneNames {"Europe/Kyiv", "EET", "EEST"},
    ZoneNames {"Europe/Kiev", "EET", "EEST"},
    ZoneNames {"Europe/Bucharest", "EET", "EEST"},
    ZoneNames {"Europe/Istanbul", "TRT", nullptr},
    ZoneNames {"Europe/Moscow", "MSK", nullptr},
    ZoneNames {"Asia/Jerusalem", "IST", "IDT"},
    ZoneNames {"Asia/Beirut", "EET", "EEST"},
    ZoneNames {"Asia/Riyadh", "AST", nullptr},
    ZoneNames {"Asia/Dubai", "GST", nullptr},
    ZoneNames {"Asia/Tehran", "IRST", "IRDT"},
    ZoneNames {"Asia/Karachi", "PKT", nullptr},
    ZoneNames {"Asia/Kolkata", "IST", nullptr},
    ZoneNames {"Asia/Bangkok", "ICT", nullptr},
    ZoneNames {"Asia/Jakarta", "WIB", nullptr},
    ZoneNames {"Asia/Singapore", "SGT", nullptr},
    ZoneNames {"Asia/Hong_Kong", "HKT", nullptr},
    ZoneNames {"Asia/Shanghai", "CST", nullptr},
    ZoneNames {"Asia/Seoul", "KST", nullptr},
    ZoneNames {"Asia/Tokyo", "JST", nullptr},
    ZoneNames {"Australia/Sydney", "AEST", "AEDT"},
    ZoneNames {"Australia/Perth", "AWST", nullptr},
    ZoneNames {"Pacific/Auckland", "NZST", "NZDT"},
    ZoneNames {"Africa/Lagos", "WAT", nullptr},
    ZoneNames {"Africa/Cairo", "EET", "EEST"},
    ZoneNames {"Africa/Nairobi", "EAT", nullptr},
    ZoneNames {"Africa/Johannesburg", "SAST", nullptr},
    ZoneNames {"America/New_York", "EST", "EDT"},
    ZoneNames {"America/Toronto", "EST", "EDT"},
    ZoneNames {"America/Chicago", "CST", "CDT"},
    ZoneNames {"America/Denver", "MST", "MDT"},
    ZoneNames {"America/Phoenix", "MST", nullptr},
    ZoneNames {"America/Los_Angeles", "PST", "PDT"},
    ZoneNames {"America/Anchorage", "AKST", "AKDT"},
    ZoneNames {"Pacific/Honolulu", "HST", nullptr},
    ZoneNames {"America/Mexico_City", "CST", nullptr},
    ZoneNames {"America/Sao_Paulo", "BRT", nullptr},
    ZoneNames {"America/Argentina/Buenos_Aires", "ART", nullptr},
    ZoneNames {"UTC", "UTC", nullptr},
    ZoneNames {"Etc/UTC", "UTC", nullptr},
};
} // namespace

QString TimeZoneAbbreviation::of(const QTimeZone &zone, const QDateTime &at)
{
    if (!zone.isValid())
        return offsetName(0);
    const QString platform = zone.abbreviation(at);
    if (isRealAbbreviation(platform))
        return platform;
    const QString table = fromTable(zone.id(), zone.isDaylightTime(at));
    if (!table.isEmpty())
        return table;
    return offsetName(zone.offsetFromUtc(at));
}

QString TimeZoneAbbreviation::fromTable(const QByteArray &ianaId, bool daylightTime)
{
    for (const ZoneNames &names : zoneTable) {
        if (ianaId == names.zone) {
            const char *name = daylightTime && names.daylight ? names.daylight : names.standard;
            return QString::fromLatin1(name);
        }
    }
    return {};
}

QString TimeZoneAbbreviation::offsetName(int offsetSeconds)
{
    if (offsetSeconds == 0)
        return u"UTC"_s;
    const QChar sign = offsetSeconds < 0 ? u'-' : u'+';
    const int minutes = qAbs(offsetSeconds) / 60;
    QString name = u"UTC"_s + sign + QString::number(minutes / 60);
    if (minutes % 60)
        name += u':' + QString::number(minutes % 60).rightJustified(2, u'0');
    return name;
}

bool TimeZoneAbbreviation::isRealAbbreviation(const QString &abbreviation)
{
    if (abbreviation.size() < 2 || abbreviation.size() > 5)
        return false;
    for (const QChar c : abbreviation) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

} // namespace Wiredesk
