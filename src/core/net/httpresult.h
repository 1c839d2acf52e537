#pragma once

#include "httpvalidators.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Wiredesk {

/// What came back from one HttpRequest: the final response, how we got there, or why not.
///
/// A result always carries everything known, even on failure (an HTTP 404 keeps its body and
/// headers, a timeout keeps the redirect chain), so link checks and source errors can show
/// the user exactly what happened. A 304 is a success: notModified() says the cached copy is
/// still good. Error strings are translated and meant for the user.
struct HttpResult {
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(Wiredesk::HttpResult)

public:
    enum class Error {
        None,     ///< 2xx, or 304 Not Modified
        Timeout,  ///< transfer (inactivity) or total timeout
        TooLarge, ///< body over the request's maxBodySize; reading was stopped
        ConnectionRefused,
        HostNotFound,
        TlsError,     ///< handshake or certificate failure; never ignored
        RedirectLoop, ///< a redirect led back to a URL already visited
        TooManyRedirects,
        RedirectRefused, ///< the redirect policy refused the target (https→http, other scheme)
        Cancelled,
        NetworkError, ///< anything else below HTTP: reset, truncated body, bad URL, proxy...
        HttpError,    ///< the server answered with a status that is not a success
    };
    Q_ENUM(Error)

    /// One step of a redirect chain: the URL that answered and its 3xx status.
    struct Hop {
        QUrl url;
        int status = 0;
        friend bool operator==(const Hop &, const Hop &) = default;
    };

    QUrl requestedUrl;
    QUrl finalUrl;        ///< the URL that gave this response (== requestedUrl without redirects)
    QList<Hop> redirects; ///< every 3xx followed, in order
    int status = 0;       ///< HTTP status of the final response, 0 when none arrived
    QByteArray reasonPhrase;
    QList<QPair<QByteArray, QByteArray>> headers; ///< raw, as received
    QByteArray body;
    QDateTime receivedAt; ///< when the final response finished (UTC), base for Retry-After
    qint64 elapsedMs = 0; ///< the whole exchange, redirects and retries included
    int attempts = 1;
    Error error = Error::None;
    QString errorString; ///< translated, for the user; empty when error is None

    bool isSuccess() const { return error == Error::None; }
    bool notModified() const { return error == Error::None && status == 304; }

    /// The header's value, name compared case-insensitively; repeated headers joined by ", ".
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    /// The media type without parameters, lower-case ("text/html").
    QByteArray contentType() const;
    QByteArray etag() const { return header("ETag"); }
    QByteArray lastModified() const { return header("Last-Modified"); }
    HttpValidators validators() const { return {etag(), lastModified()}; }
    /// The moment Retry-After allows the next request, invalid when absent or unparsable.
    QDateTime retryAfter() const;

    /// Parses a Retry-After value (delta-seconds or an HTTP-date in any of the three formats
    /// RFC 9110 makes recipients accept) relative to @p now. Invalid on garbage.
    static QDateTime parseRetryAfter(QByteArrayView value, const QDateTime &now);
    /// Parses an HTTP-date (IMF-fixdate, RFC 850 or asctime) as UTC. Invalid on garbage.
    static QDateTime parseHttpDate(QByteArrayView value);
    /// A short translated sentence for an error kind, without details.
    static QString describe(Error error);
};

} // namespace Wiredesk

Q_DECLARE_METATYPE(Wiredesk::HttpResult)
