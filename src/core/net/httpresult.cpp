#include "httpresult.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Wiredesk {

QByteArray HttpResult::header(QByteArrayView name) const
{
    QByteArray value;
    bool found = false;
    for (const auto &header : headers) {
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (found)
            value += ", ";
        value += header.second;
        found = true;
    }
    return value;
}

bool HttpResult::hasHeader(QByteArrayView name) const
{
    for (const auto &header : headers) {
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray HttpResult::contentType() const
{
    QByteArray type = header("Content-Type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

QDateTime HttpResult::retryAfter() const
{
    const QByteArray value = header("Retry-After");
    if (value.isEmpty())
        return {};
    return parseRetryAfter(value, receivedAt.isValid() ? receivedAt : QDateTime::currentDateTimeUtc());
}

QDateTime HttpResult::parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArrayView trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return {};
    bool allDigits = true;
    for (const char c : trimmed)
        allDigits = allDigits && c >= '0' && c <= '9';
    if (allDigits) {
        // More than ten digits is beyond any sane wait and would overflow; callers clamp anyway.
        if (trimmed.size() > 10)
            return {};
        return now.toUTC().addSecs(trimmed.toLongLong());
    }
    return parseHttpDate(trimmed);
}

QDateTime HttpResult::parseHttpDate(QByteArrayView value)
{
    // One tolerant tokenizer covers the three formats RFC 9110 §5.6.7 makes recipients accept:
    //   IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT",
    //   asctime "Sun Nov  6 08:49:37 1994". Each has one month name, one time, then day before year.
    static constexpr const char *months[]
        = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    if (value.size() > 64)
        return {};
    QByteArray text = value.toByteArray().toLower();
    text.replace(',', ' ').replace('-', ' ');
    int month = 0, day = -1, year = -1;
    QTime time;
    for (const QByteArray &token : text.split(' ')) {
        if (token.isEmpty())
            continue;
        if (token.contains(':')) {
            if (time.isValid())
                return {};
            time = QTime::fromString(QString::fromLatin1(token), u"HH:mm:ss"_s);
            if (!time.isValid())
                return {};
            continue;
        }
        bool isNumber = false;
        const int number = token.toInt(&isNumber);
        if (isNumber) {
            if (day < 0 && token.size() <= 2)
                day = number;
            else if (year < 0 && (token.size() == 2 || token.size() == 4))
                year = token.size() == 2 ? (number < 70 ? 2000 + number : 1900 + number) : number;
            else
                return {};
            continue;
        }
        for (int m = 0; m < 12; ++m) {
            if (token == months[m]) {
                if (month != 0)
                    return {};
                month = m + 1;
            }
        }
        // Weekday names and the "GMT"/"UTC" zone carry no information we need.
    }
    if (month == 0 || day < 0 || year < 0 || !time.isValid())
        return {};
    const QDate date(year, month, day);
    if (!date.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

QString HttpResult::describe(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Timeout:
        return tr("The server took too long to answer.");
    case Error::TooLarge:
        return tr("The response is too large.");
    case Error::ConnectionRefused:
        return tr("The server refused the connection.");
    case Error::HostNotFound:
        return tr("The server's name could not be found.");
    case Error::TlsError:
        return tr("The secure connection could not be established.");
    case Error::RedirectLoop:
        return tr("The server redirects in a loop.");
    case Error::TooManyRedirects:
        return tr("The server redirects too many times.");
    case Error::RedirectRefused:
        return tr("The server redirects to an address that is not allowed.");
    case Error::Cancelled:
        return tr("The request was cancelled.");
    case Error::NetworkError:
        return tr("A network error occurred.");
    case Error::HttpError:
        return tr("The server answered with an error.");
    }
    return {};
}

} // namespace Wiredesk
