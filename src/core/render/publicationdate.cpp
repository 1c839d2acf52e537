#include "publicationdate.h"

#include "timezoneabbreviation.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Wiredesk {

PublicationDate::PublicationDate(const QDateTime &instant, const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("UTC")))
    , m_utc(instant.toUTC())
    , m_local(instant.toTimeZone(m_zone))
{ }

QString PublicationDate::abbreviation() const
{
    return TimeZoneAbbreviation::of(m_zone, m_utc);
}

QString PublicationDate::isoWithOffset() const
{
    // Qt::ISODate on a zoned QDateTime writes the offset ("+01:00", or "Z" for UTC).
    return m_local.toString(Qt::ISODate);
}

PublicationDate::Edition PublicationDate::edition() const
{
    const int hour = m_local.time().hour();
    if (hour >= 5 && hour < 12)
        return Edition::Morning;
    if (hour >= 12 && hour < 18)
        return Edition::Afternoon;
    return Edition::Late;
}

int PublicationDate::volume(const QDate &founded) const
{
    if (!founded.isValid())
        return 1;
    const QDate today = localDate();
    int years = today.year() - founded.year();
    // Before this year's anniversary the previous volume still runs.
    if (today.month() < founded.month() || (today.month() == founded.month() && today.day() < founded.day()))
        --years;
    return qMax(1, years + 1);
}

int PublicationDate::issue(int counter) const
{
    return counter > 0 ? counter : localDate().dayOfYear();
}

QString PublicationDate::romanNumeral(int value)
{
    if (value <= 0 || value > 3999)
        return QString::number(value);
    static constexpr std::array<std::pair<int, const char *>, 13> numerals {
        {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"},
            {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}};
    QString result;
    for (const auto &[amount, letters] : numerals) {
        while (value >= amount) {
            result += QLatin1StringView(letters);
            value -= amount;
        }
    }
    return result;
}

} // namespace Wiredesk
