#pragma once

#include "backoffpolicy.h"
#include "httpvalidators.h"

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QUrl>

#include <chrono>

namespace Wiredesk {

/// One HTTP request as a value: what to send and the limits it runs under.
///
/// Every area builds its requests with the chained setters and hands them to HttpClient, so
/// timeouts, the body size cap, the redirect policy and retries are decided in one place
/// instead of in each caller. The defaults are safe for untrusted servers: a 30 s transfer
/// (inactivity) timeout, a 5 min overall deadline, a 20 MiB body cap, at most 10 redirects
/// and no redirect from https to http.
class HttpRequest final
{
public:
    enum class Method { Get, Head, Post, Put, Delete };

    static constexpr std::chrono::milliseconds DefaultTransferTimeout {30'000};
    static constexpr std::chrono::milliseconds DefaultTotalTimeout {300'000};
    static constexpr qint64 DefaultMaxBodySize = 20 * 1024 * 1024;
    static constexpr int DefaultMaxRedirects = 10;

    HttpRequest() = default;
    explicit HttpRequest(const QUrl &url)
        : m_url(url)
    { }

    HttpRequest &setUrl(const QUrl &url);
    HttpRequest &setMethod(Method method);
    /// Adds (or replaces, compared case-insensitively) a raw header.
    HttpRequest &setHeader(const QByteArray &name, const QByteArray &value);
    /// The body for POST/PUT (and DELETE if a server wants one); sets Content-Type when given.
    HttpRequest &setBody(const QByteArray &body, const QByteArray &contentType = {});
    /// Aborts when no byte moved for this long (0 = never). Restarts on every progress.
    HttpRequest &setTransferTimeout(std::chrono::milliseconds timeout);
    /// Aborts when the whole exchange, redirects and retries included, takes longer (0 = never).
    /// A server trickling one byte at a time never trips the transfer timeout; this stops it.
    HttpRequest &setTotalTimeout(std::chrono::milliseconds timeout);
    /// Reading stops and the connection is dropped once the body would exceed this many bytes.
    HttpRequest &setMaxBodySize(qint64 bytes);
    HttpRequest &setMaxRedirects(int count);
    /// NoLessSafeRedirectPolicy (default) refuses https→http; SameOriginRedirectPolicy also
    /// refuses other hosts; ManualRedirectPolicy returns the 3xx itself as the result.
    HttpRequest &setRedirectPolicy(QNetworkRequest::RedirectPolicy policy);
    /// Makes the GET conditional: If-None-Match / If-Modified-Since with exactly these bytes.
    HttpRequest &setValidators(const HttpValidators &validators);
    HttpRequest &setPriority(QNetworkRequest::Priority priority);
    /// Retries transient failures (see BackoffPolicy::isRetryable) right away with backoff, up
    /// to the policy's maxAttempts. Off by default: polling code schedules its own retries.
    HttpRequest &setRetryPolicy(const BackoffPolicy &policy);

    QUrl url() const { return m_url; }
    Method method() const { return m_method; }
    QByteArray methodName() const;
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    QByteArray header(QByteArrayView name) const;
    QByteArray body() const { return m_body; }
    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }
    std::chrono::milliseconds totalTimeout() const { return m_totalTimeout; }
    qint64 maxBodySize() const { return m_maxBodySize; }
    int maxRedirects() const { return m_maxRedirects; }
    QNetworkRequest::RedirectPolicy redirectPolicy() const { return m_redirectPolicy; }
    HttpValidators validators() const { return m_validators; }
    QNetworkRequest::Priority priority() const { return m_priority; }
    /// Empty when the request is tried once.
    std::optional<BackoffPolicy> retryPolicy() const { return m_retryPolicy; }

    /// Whether this request's policy lets a redirect from @p from go to @p to. Also refuses
    /// any target that is not http(s), so a server cannot point us at file: or data: URLs.
    bool allowsRedirect(const QUrl &from, const QUrl &to) const;

private:
    QUrl m_url;
    Method m_method = Method::Get;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    std::chrono::milliseconds m_transferTimeout = DefaultTransferTimeout;
    std::chrono::milliseconds m_totalTimeout = DefaultTotalTimeout;
    qint64 m_maxBodySize = DefaultMaxBodySize;
    int m_maxRedirects = DefaultMaxRedirects;
    QNetworkRequest::RedirectPolicy m_redirectPolicy = QNetworkRequest::NoLessSafeRedirectPolicy;
    HttpValidators m_validators;
    QNetworkRequest::Priority m_priority = QNetworkRequest::NormalPriority;
    std::optional<BackoffPolicy> m_retryPolicy;
};

} // namespace Wiredesk
