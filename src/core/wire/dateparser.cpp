#include "dateparser.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

int monthFromName(QStringView token)
{
    static constexpr const char16_t *full[] = {u"january", u"february", u"march", u"april", u"may", u"june", u"july",
        u"august", u"september", u"october", u"november", u"december"};
    if (token.endsWith(u'.'))
        token.chop(1);
    if (token.size() < 3)
        return 0;
    if (token.compare(u"sept", Qt::CaseInsensitive) == 0)
        return 9;
    // "Jun", "June", "Sep", "September": a prefix of the full name, at least three letters.
    for (int m = 0; m < 12; ++m) {
        if (QStringView(full[m]).startsWith(token, Qt::CaseInsensitive))
            return m + 1;
    }
    return 0;
}

bool isDayName(QStringView token)
{
    static constexpr const char16_t *days[]
        = {u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday"};
    if (token.size() < 3)
        return false;
    for (const char16_t *day : days) {
        if (QStringView(day).startsWith(token, Qt::CaseInsensitive))
            return true;
    }
    // Common abbreviations that are not prefixes ("Tues", "Thur", "Thurs").
    return token.compare(u"tues", Qt::CaseInsensitive) == 0 || token.compare(u"thur", Qt::CaseInsensitive) == 0
        || token.compare(u"thurs", Qt::CaseInsensitive) == 0;
}

// Offset in seconds of a named zone; false when the token is no zone we know.
bool zoneOffset(QStringView token, int *seconds)
{
    struct Zone {
        const char16_t *name;
        int hours;
    };
    static constexpr Zone zones[] = {{u"UT", 0}, {u"UTC", 0}, {u"GMT", 0}, {u"Z", 0}, {u"EST", -5}, {u"EDT", -4},
        {u"CST", -6}, {u"CDT", -5}, {u"MST", -7}, {u"MDT", -6}, {u"PST", -8}, {u"PDT", -7}, {u"AKST", -9},
        {u"AKDT", -8}, {u"HST", -10}, {u"WET", 0}, {u"WEST", 1}, {u"BST", 1}, {u"CET", 1}, {u"CEST", 2}, {u"MET", 1},
        {u"MEST", 2}, {u"EET", 2}, {u"EEST", 3}, {u"MSK", 3}, {u"JST", 9}, {u"KST", 9}, {u"AEST", 10}, {u"AEDT", 11}};
    for (const Zone &zone : zones) {
        if (token.compare(QStringView(zone.name), Qt::CaseInsensitive) == 0) {
            *seconds = zone.hours * 3600;
            return true;
        }
    }
    // RFC 2822 4.3: military zones were specified with the wrong sign in RFC 822, so a
    // single letter other than Z means "unknown offset" and is read as UTC.
    if (token.size() == 1 && token.at(0).isLetter() && token.at(0).toUpper() != u'J') {
        *seconds = 0;
        return true;
    }
    return false;
}

// "+0530", "-05:00", "+05", "GMT+3", "UTC-05:30".
bool numericOffset(QStringView token, int *seconds)
{
    if (token.startsWith(u"GMT", Qt::CaseInsensitive) || token.startsWith(u"UTC", Qt::CaseInsensitive))
        token = token.mid(3);
    if (token.size() < 2 || (token.at(0) != u'+' && token.at(0) != u'-'))
        return false;
    const int sign = token.at(0) == u'-' ? -1 : 1;
    QString digits = token.mid(1).toString();
    digits.remove(u':');
    for (QChar c : std::as_const(digits)) {
        if (!c.isDigit())
            return false;
    }
    int hours = 0;
    int minutes = 0;
    if (digits.size() <= 2) {
        hours = digits.toInt();
    } else if (digits.size() == 3 || digits.size() == 4) {
        hours = digits.left(digits.size() - 2).toInt();
        minutes = digits.right(2).toInt();
    } else {
        return false;
    }
    if (hours > 14 || minutes > 59)
        return false;
    *seconds = sign * (hours * 3600 + minutes * 60);
    return true;
}

QDateTime makeUtc(int year, int month, int day, int hour, int minute, int second, int msec, int offsetSeconds)
{
    const QDate date(year, month, day);
    if (second == 60) // a leap second: keep the minute
        second = 59;
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return {};
    // UTC minus the offset is the instant QDateTime(date, time, QTimeZone(offset)).toUTC()
    // gave, without building a time zone object for every item (that cost more than reading
    // the date). QTimeZone(offset) is invalid beyond -14 h .. +14 h ("+1430"), and QDateTime
    // then read the time as UTC; dates parsed before keep their value, so that stays.
    constexpr int maxOffset = 14 * 3600;
    if (offsetSeconds < -maxOffset || offsetSeconds > maxOffset)
        offsetSeconds = 0;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    QDateTime utc(date, time, QTimeZone::UTC);
#else
    QDateTime utc(date, time, Qt::UTC);
#endif
    if (offsetSeconds != 0)
        utc = utc.addSecs(-offsetSeconds);
    // An offset can push the first or last day of the calendar out of four-digit years,
    // which ISO 8601 (and the store's text form) cannot write back.
    if (utc.date().year() < 1 || utc.date().year() > 9999)
        return {};
    return utc;
}

// The 1-based month of a three-letter ASCII abbreviation in any case ("Nov", "nov"), or 0.
// For three letters this is exactly what monthFromName() accepts: a prefix of a full name.
int monthFromAbbreviation(QStringView token)
{
    static constexpr char names[] = "janfebmaraprmayjunjulaugsepoctnovdec";
    char lower[3];
    for (int k = 0; k < 3; ++k) {
        const char16_t c = token.at(k).unicode();
        if (c >= 0x80)
            return 0;
        lower[k] = char(c >= u'A' && c <= u'Z' ? c + 32 : c);
    }
    for (int m = 0; m < 12; ++m) {
        if (names[m * 3] == lower[0] && names[m * 3 + 1] == lower[1] && names[m * 3 + 2] == lower[2])
            return m + 1;
    }
    return 0;
}

// Whether a three-letter ASCII token is what isDayName() accepts: a day name's first letters.
bool isDayAbbreviation(QStringView token)
{
    static constexpr char names[] = "montuewedthufrisatsun";
    char lower[3];
    for (int k = 0; k < 3; ++k) {
        const char16_t c = token.at(k).unicode();
        if (c >= 0x80)
            return false;
        lower[k] = char(c >= u'A' && c <= u'Z' ? c + 32 : c);
    }
    for (int d = 0; d < 7; ++d) {
        if (names[d * 3] == lower[0] && names[d * 3 + 1] == lower[1] && names[d * 3 + 2] == lower[2])
            return true;
    }
    return false;
}

// Reads @p count ASCII digits at @p at; -1 when any is not a digit.
int digitsAt(QStringView text, qsizetype at, qsizetype count)
{
    if (at + count > text.size())
        return -1;
    int value = 0;
    for (qsizetype k = at; k < at + count; ++k) {
        const char16_t c = text.at(k).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// The form nearly every feed writes, "Tue, 27 Nov 2026 08:00:00 +0000" (day name optional,
// seconds optional, zone numeric or GMT/UT/UTC/Z), read without splitting into strings.
// Returns false for anything else, and the general tokenizer decides; on what it accepts it
// gives exactly the tokenizer's result (test_dateparser compares both on every row).
bool parseCommonRfc822(QStringView text, QDateTime *result)
{
    qsizetype i = 0;
    if (text.size() >= 5 && text.at(0).isLetter()) {
        const QStringView dayName = text.first(3);
        if (text.at(3) != u',' || text.at(4) != u' ' || !isDayAbbreviation(dayName))
            return false;
        i = 5;
    }
    qsizetype dayDigits = 0;
    while (dayDigits < 3 && i + dayDigits < text.size() && text.at(i + dayDigits).isDigit())
        ++dayDigits;
    if (dayDigits < 1 || dayDigits > 2)
        return false;
    const int day = digitsAt(text, i, dayDigits);
    i += dayDigits;
    if (day < 1 || i + 5 > text.size() || text.at(i) != u' ' || text.at(i + 4) != u' ')
        return false;
    const int month = monthFromAbbreviation(text.mid(i + 1, 3));
    i += 5;
    const int year = digitsAt(text, i, 4);
    i += 4;
    if (month == 0 || year < 0 || i >= text.size() || text.at(i) != u' ')
        return false;
    ++i;
    const int hour = digitsAt(text, i, 2);
    const int minute = digitsAt(text, i + 3, 2);
    if (hour < 0 || minute < 0 || text.at(i + 2) != u':')
        return false;
    i += 5;
    int second = 0;
    if (i < text.size() && text.at(i) == u':') {
        second = digitsAt(text, i + 1, 2);
        if (second < 0)
            return false;
        i += 3;
    }
    if (i >= text.size() || text.at(i) != u' ')
        return false;
    const QStringView zone = text.mid(i + 1);
    int offset = 0;
    if (zone.size() == 5 && (zone.at(0) == u'+' || zone.at(0) == u'-')) {
        const int hours = digitsAt(zone, 1, 2);
        const int minutes = digitsAt(zone, 3, 2);
        if (hours < 0 || minutes < 0 || hours > 14 || minutes > 59)
            return false;
        offset = (zone.at(0) == u'-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    } else if (zone != u"GMT" && zone != u"UT" && zone != u"UTC" && zone != u"Z") {
        return false;
    }
    *result = makeUtc(year, month, day, hour, minute, second, 0, offset);
    return true;
}

} // namespace

QDateTime DateParser::parseRfc822(QStringView text)
{
    if (QDateTime common; parseCommonRfc822(text, &common))
        return common;
    return parseRfc822Tokens(text);
}

QDateTime DateParser::parseRfc822Tokens(QStringView text)
{
    QString cleaned = text.toString();
    // Comments such as "(EST)" and commas carry nothing we need.
    if (cleaned.contains(u'(')) {
        static const QRegularExpression comment(u"\\([^)]*\\)"_s);
        cleaned.replace(comment, u" "_s);
    }
    cleaned.replace(u',', u' ');
    const QStringList tokens = cleaned.split(u' ', Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return {};

    int day = -1, month = 0, year = -1, hour = 0, minute = 0, second = 0;
    bool haveTime = false, haveZone = false;
    int offset = 0;
    int pmAdjust = 0;
    for (const QString &token : tokens) {
        if (!haveTime && token.contains(u':')) {
            const QStringList parts = token.split(u':');
            if (parts.size() < 2 || parts.size() > 3)
                return {};
            bool ok1 = false, ok2 = false, ok3 = true;
            hour = parts.at(0).toInt(&ok1);
            minute = parts.at(1).toInt(&ok2);
            if (parts.size() == 3)
                second = parts.at(2).section(u'.', 0, 0).toInt(&ok3);
            if (!ok1 || !ok2 || !ok3)
                return {};
            haveTime = true;
            continue;
        }
        if (haveTime && !haveZone
            && (token.compare(u"AM", Qt::CaseInsensitive) == 0 || token.compare(u"PM", Qt::CaseInsensitive) == 0)) {
            pmAdjust = token.compare(u"PM", Qt::CaseInsensitive) == 0 ? 12 : -1;
            continue;
        }
        bool isNumber = false;
        const int number = token.toInt(&isNumber);
        if (isNumber && token.at(0).isDigit()) {
            if (day < 0 && token.size() <= 2) {
                day = number;
            } else if (year < 0) {
                if (token.size() == 2)
                    year = number < 50 ? 2000 + number : 1900 + number;
                else if (token.size() == 3)
                    year = 1900 + number; // RFC 2822 4.3
                else if (token.size() == 4)
                    year = number;
                else
                    return {};
            } else {
                return {};
            }
            continue;
        }
        if (month == 0) {
            if (const int m = monthFromName(token)) {
                month = m;
                continue;
            }
        }
        if (day < 0 && month == 0 && isDayName(token))
            continue;
        if (!haveZone && haveTime) {
            int seconds = 0;
            if (numericOffset(token, &seconds) || zoneOffset(token, &seconds)) {
                offset = seconds;
                haveZone = true;
                continue;
            }
        }
        if (isDayName(token))
            continue;
        return {}; // an unknown word: localized or garbage; never guess
    }
    if (day < 1 || month == 0 || year < 0)
        return {};
    if (pmAdjust == 12 && hour < 12)
        hour += 12;
    else if (pmAdjust == -1 && hour == 12)
        hour = 0;
    return makeUtc(year, month, day, hour, minute, second, 0, offset);
}

QDateTime DateParser::parseIso8601(QStringView text)
{
    static const QRegularExpression iso(
        u"^(\\d{4})-?(\\d{2})-?(\\d{2})(?:[Tt ]+(\\d{2}):?(\\d{2})(?::?(\\d{2})(?:[.,](\\d+))?)?)?\\s*"
        u"(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?$"_s);
    const QRegularExpressionMatch m = iso.match(text.trimmed().toString());
    if (!m.hasMatch())
        return {};
    int offset = 0;
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone.at(0) != u'Z' && zone.at(0) != u'z' && !zone.at(0).isLetter()) {
        if (!numericOffset(zone, &offset))
            return {};
    }
    int msec = 0;
    if (m.hasCaptured(7)) {
        QString fraction = m.captured(7).left(3);
        while (fraction.size() < 3)
            fraction.append(u'0');
        msec = fraction.toInt();
    }
    return makeUtc(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(),
        m.captured(5).toInt(), m.captured(6).toInt(), msec, offset);
}

QDateTime DateParser::fromEpoch(double value)
{
    if (!std::isfinite(value) || value <= 0)
        return {};
    // 1e11 seconds is the year 5138, while 1e11 milliseconds is 1973: anything larger
    // than that is milliseconds.
    // Range-check in double: converting an out-of-range double to qint64 is undefined
    // behaviour (found by fuzz_dateparser).
    const double msecs = value > 1e11 ? value : value * 1000.0;
    if (msecs > 253402300799000.0) // after 9999-12-31
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(msecs)).toUTC();
}

QDateTime DateParser::fromJson(const QJsonValue &value)
{
    if (value.isDouble())
        return fromEpoch(value.toDouble());
    if (value.isString())
        return parse(value.toString());
    return {};
}

QDateTime DateParser::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    bool allDigits = true;
    for (QChar c : trimmed) {
        if (!c.isDigit() && c != u'.') {
            allDigits = false;
            break;
        }
    }
    if (allDigits && trimmed.size() >= 9) { // shorter digit runs are not plausible epochs
        bool ok = false;
        const double value = trimmed.toDouble(&ok);
        return ok ? fromEpoch(value) : QDateTime();
    }
    if (trimmed.size() >= 8 && trimmed.at(0).isDigit() && trimmed.at(1).isDigit() && trimmed.at(2).isDigit()
        && trimmed.at(3).isDigit()) {
        const QDateTime iso = parseIso8601(trimmed);
        if (iso.isValid())
            return iso;
    }
    return parseRfc822(trimmed);
}

DateParser::Settled DateParser::settle(QDateTime &date, const QDateTime &fetchTime)
{
    if (!date.isValid()) {
        date = fetchTime;
        return Settled::WasMissing;
    }
    if (fetchTime.isValid() && date.secsTo(fetchTime) < -FutureToleranceSeconds) {
        date = fetchTime;
        return Settled::WasInFuture;
    }
    return Settled::Kept;
}

} // namespace Wiredesk
