#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Wiredesk {

/// The outcome of checking one link, kept with its time so a fact-checker can show what the
/// page answered and when: the redirect chain with each hop's status, the final URL, HTTP
/// status, content type, duration, and the SHA-256 of the body snapshot when one was stored.
struct LinkCheckResult {
    enum class Outcome {
        Ok,           ///< 2xx (or 304) at the end of the chain
        Dead,         ///< 404 or 410: the page is gone
        HttpError,    ///< another 4xx/5xx
        Unreachable,  ///< no HTTP answer: DNS, refused, reset, TLS
        Timeout,      ///< no answer in time
        RedirectLoop, ///< a redirect led back to a URL already visited
        TooManyRedirects,
        RedirectRefused, ///< e.g. https → http, or a non-http target
        Cancelled,
    };

    struct Hop {
        QString url;
        int status = 0;
        bool operator==(const Hop &) const = default;
    };

    QString url;      ///< as checked
    QString finalUrl; ///< the URL that gave the final answer
    QList<Hop> redirects;
    int status = 0;            ///< final HTTP status, 0 when none
    QString contentType;       ///< media type without parameters
    QString method;            ///< "HEAD" or "GET": the request whose answer this is
    bool headFellBack = false; ///< HEAD was refused or useless and GET was used
    Outcome outcome = Outcome::Unreachable;
    QString errorString; ///< translated detail, empty when Ok
    qint64 elapsedMs = 0;
    QDateTime checkedAt;    ///< UTC
    QString snapshotSha256; ///< hex, empty when no body was stored
    qint64 snapshotSize = 0;
    bool snapshotTruncated = false; ///< the body passed the cap; only its start was stored

    bool isOk() const { return outcome == Outcome::Ok; }
    bool isDead() const { return outcome == Outcome::Dead; }
    /// True when the chain ended on a different site (hosts compared without "www.").
    bool redirectsToOtherDomain() const;

    static QString outcomeName(Outcome outcome);
    static Outcome outcomeFromName(const QString &name);

    QJsonObject toJson() const;
    static LinkCheckResult fromJson(const QJsonObject &json);

    bool operator==(const LinkCheckResult &) const = default;
};

} // namespace Wiredesk
