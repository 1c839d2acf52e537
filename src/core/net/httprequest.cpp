#include "httprequest.h"

using namespace Qt::StringLiterals;

namespace Wiredesk {

HttpRequest &HttpRequest::setUrl(const QUrl &url)
{
    m_url = url;
    return *this;
}

HttpRequest &HttpRequest::setMethod(Method method)
{
    m_method = method;
    return *this;
}

HttpRequest &HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return *this;
        }
    }
    m_headers.append({name, value});
    return *this;
}

HttpRequest &HttpRequest::setBody(const QByteArray &body, const QByteArray &contentType)
{
    m_body = body;
    if (!contentType.isEmpty())
        setHeader("Content-Type"_ba, contentType);
    return *this;
}

HttpRequest &HttpRequest::setTransferTimeout(std::chrono::milliseconds timeout)
{
    m_transferTimeout = timeout;
    return *this;
}

HttpRequest &HttpRequest::setTotalTimeout(std::chrono::milliseconds timeout)
{
    m_totalTimeout = timeout;
    return *this;
}

HttpRequest &HttpRequest::setMaxBodySize(qint64 bytes)
{
    m_maxBodySize = bytes;
    return *this;
}

HttpRequest &HttpRequest::setMaxRedirects(int count)
{
    m_maxRedirects = count;
    return *this;
}

HttpRequest &HttpRequest::setRedirectPolicy(QNetworkRequest::RedirectPolicy policy)
{
    m_redirectPolicy = policy;
    return *this;
}

HttpRequest &HttpRequest::setValidators(const HttpValidators &validators)
{
    m_validators = validators;
    return *this;
}

HttpRequest &HttpRequest::setPriority(QNetworkRequest::Priority priority)
{
    m_priority = priority;
    return *this;
}

HttpRequest &HttpRequest::setRetryPolicy(const BackoffPolicy &policy)
{
    m_retryPolicy = policy;
    return *this;
}

QByteArray HttpRequest::methodName() const
{
    switch (m_method) {
    case Method::Get:
        return "GET"_ba;
    case Method::Head:
        return "HEAD"_ba;
    case Method::Post:
        return "POST"_ba;
    case Method::Put:
        return "PUT"_ba;
    case Method::Delete:
        return "DELETE"_ba;
    }
    return "GET"_ba;
}

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &header : m_headers) {
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

static int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == "https"_L1 ? 443 : 80);
}

bool HttpRequest::allowsRedirect(const QUrl &from, const QUrl &to) const
{
    const QString scheme = to.scheme().toLower();
    if (!to.isValid() || (scheme != "http"_L1 && scheme != "https"_L1) || to.host().isEmpty())
        return false;
    switch (m_redirectPolicy) {
    case QNetworkRequest::ManualRedirectPolicy:
    case QNetworkRequest::UserVerifiedRedirectPolicy:
        return false;
    case QNetworkRequest::NoLessSafeRedirectPolicy:
        return !(from.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0 && scheme == "http"_L1);
    case QNetworkRequest::SameOriginRedirectPolicy:
        return from.scheme().compare(scheme, Qt::CaseInsensitive) == 0
            && from.host().compare(to.host(), Qt::CaseInsensitive) == 0 && effectivePort(from) == effectivePort(to);
    }
    return false;
}

} // namespace Wiredesk
