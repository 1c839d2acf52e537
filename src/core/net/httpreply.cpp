#include "httpreply.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Wiredesk {

namespace {

bool isFollowableRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// QNetworkReply reports HTTP statuses as errors too (ContentNotFoundError for 404 ...); those
// are answers from the server, not transport failures, and keep their status and body.
bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::NoError
        || (error >= QNetworkReply::ContentAccessDenied && error <= QNetworkReply::UnknownContentError)
        || (error >= QNetworkReply::InternalServerError && error <= QNetworkReply::UnknownServerError)
        || error == QNetworkReply::ProtocolInvalidOperationError;
}

HttpResult::Error transportError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return HttpResult::Error::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return HttpResult::Error::HostNotFound;
    case QNetworkReply::TimeoutError:
        return HttpResult::Error::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return HttpResult::Error::TlsError;
    case QNetworkReply::OperationCanceledError:
        return HttpResult::Error::Cancelled;
    default:
        return HttpResult::Error::NetworkError;
    }
}

QString seconds(milliseconds duration)
{
    return QLocale().toString(double(duration.count()) / 1000.0, 'g', 3);
}

} // namespace

HttpReply::HttpReply(
    QNetworkAccessManager *manager, const HttpRequest &request, const QByteArray &userAgent, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_request(request)
    , m_userAgent(userAgent)
{
    m_result.requestedUrl = request.url();
    m_result.finalUrl = request.url();
    m_result.attempts = 0;
    m_inactivity.setSingleShot(true);
    m_deadline.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_inactivity, &QTimer::timeout, this, [this] {
        abortWith(
            HttpResult::Error::Timeout, tr("No data arrived for %1 s.").arg(seconds(m_request.transferTimeout())));
    });
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_deadlineExpired = true;
        abortWith(HttpResult::Error::Timeout,
            tr("The request took longer than %1 s.").arg(seconds(m_request.totalTimeout())));
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpReply::startAttempt);
}

HttpReply::~HttpReply()
{
    dropNetworkReply();
}

void HttpReply::cancel()
{
    if (m_state == State::Finished)
        return;
    if (m_state == State::Queued)
        finish(HttpResult::Error::Cancelled, HttpResult::describe(HttpResult::Error::Cancelled));
    else
        abortWith(HttpResult::Error::Cancelled, HttpResult::describe(HttpResult::Error::Cancelled));
}

void HttpReply::start()
{
    if (m_state != State::Queued)
        return;
    m_elapsed.start();
    if (m_request.totalTimeout() > milliseconds(0))
        m_deadline.start(m_request.totalTimeout());
    startAttempt();
}

void HttpReply::startAttempt()
{
    m_state = State::Running;
    ++m_result.attempts;
    m_result.redirects.clear();
    m_result.status = 0;
    m_result.reasonPhrase.clear();
    m_result.headers.clear();
    m_result.body.clear();
    m_currentMethod = m_request.method();
    m_visited.clear();
    m_visited.insert(m_request.url().adjusted(QUrl::RemoveFragment));
    issue(m_request.url());
}

void HttpReply::issue(const QUrl &url)
{
    m_currentUrl = url;
    m_result.finalUrl = url;

    QNetworkRequest request(url);
    // Redirects are followed here, not by QNetworkAccessManager, so every hop is recorded
    // and loops are told apart from long chains.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setPriority(m_request.priority());
    request.setRawHeader("User-Agent"_ba, m_userAgent);
    for (const auto &[name, value] : m_request.headers())
        request.setRawHeader(name, value);
    if (m_currentMethod == HttpRequest::Method::Get || m_currentMethod == HttpRequest::Method::Head) {
        const HttpValidators validators = m_request.validators();
        if (!validators.etag.isEmpty())
            request.setRawHeader("If-None-Match"_ba, validators.etag);
        if (!validators.lastModified.isEmpty())
            request.setRawHeader("If-Modified-Since"_ba, validators.lastModified);
    }

    QNetworkReply *reply = nullptr;
    switch (m_currentMethod) {
    case HttpRequest::Method::Get:
        reply = m_manager->get(request);
        break;
    case HttpRequest::Method::Head:
        reply = m_manager->head(request);
        break;
    case HttpRequest::Method::Post:
        reply = m_manager->post(request, m_request.body());
        break;
    case HttpRequest::Method::Put:
        reply = m_manager->put(request, m_request.body());
        break;
    case HttpRequest::Method::Delete:
        reply = m_request.body().isEmpty() ? m_manager->deleteResource(request)
                                           : m_manager->sendCustomRequest(request, "DELETE"_ba, m_request.body());
        break;
    }
    m_reply = reply;

    const auto progressed = [this] {
        if (m_request.transferTimeout() > milliseconds(0))
            m_inactivity.start(m_request.transferTimeout());
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpReply::onMetaData);
    connect(reply, &QIODevice::readyRead, this, &HttpReply::onReadyRead);
    connect(reply, &QNetworkReply::downloadProgress, this, [this, progressed](qint64 received, qint64 total) {
        progressed();
        Q_EMIT downloadProgress(received, total);
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this, progressed](qint64 sent, qint64 total) {
        progressed();
        Q_EMIT uploadProgress(sent, total);
    });
#if QT_CONFIG(ssl)
    // Certificate problems are never ignored; keep Qt's description for the error message.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (!errors.isEmpty())
            m_tlsDetails = errors.constFirst().errorString();
    });
#endif
    connect(reply, &QNetworkReply::finished, this, &HttpReply::onNetworkFinished);
    progressed();
}

void HttpReply::onMetaData()
{
    if (!m_reply)
        return;
    if (m_request.transferTimeout() > milliseconds(0))
        m_inactivity.start(m_request.transferTimeout());
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_currentMethod == HttpRequest::Method::Head || isFollowableRedirect(status))
        return;
    // Refuse before reading a byte when the server announces a body over the cap.
    bool ok = false;
    const qint64 declared = m_reply->rawHeader("Content-Length"_ba).trimmed().toLongLong(&ok);
    if (ok && declared > m_request.maxBodySize()) {
        captureResponse(m_reply);
        abortWith(HttpResult::Error::TooLarge, tooLargeMessage());
    }
}

void HttpReply::onReadyRead()
{
    if (!m_reply)
        return;
    if (m_request.transferTimeout() > milliseconds(0))
        m_inactivity.start(m_request.transferTimeout());
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (isFollowableRedirect(status)) {
        m_reply->readAll(); // a redirect's body is never shown; the deadline bounds it
        return;
    }
    m_result.body += m_reply->readAll();
    if (m_result.body.size() > m_request.maxBodySize()) {
        captureResponse(m_reply);
        m_result.body.truncate(m_request.maxBodySize());
        abortWith(HttpResult::Error::TooLarge, tooLargeMessage());
    }
}

QString HttpReply::tooLargeMessage() const
{
    const qint64 max = m_request.maxBodySize();
    if (max >= 1024 * 1024)
        return tr("The response is larger than %1 MiB.").arg(QLocale().toString(double(max) / (1024 * 1024), 'g', 4));
    if (max >= 1024)
        return tr("The response is larger than %1 KiB.").arg(QLocale().toString(double(max) / 1024, 'g', 4));
    return tr("The response is larger than %n byte(s).", nullptr, int(max));
}

void HttpReply::captureResponse(QNetworkReply *reply)
{
    m_result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    m_result.headers = reply->rawHeaderPairs();
    m_result.finalUrl = m_currentUrl;
}

void HttpReply::onNetworkFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    m_inactivity.stop();
    captureResponse(reply);
    const int status = m_result.status;
    if (!isFollowableRedirect(status))
        m_result.body += reply->readAll();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString networkErrorString = reply->errorString();
    const QByteArray location = reply->rawHeader("Location"_ba);
    dropNetworkReply();

    if (m_result.body.size() > m_request.maxBodySize()) {
        m_result.body.truncate(m_request.maxBodySize());
        complete(HttpResult::Error::TooLarge, tooLargeMessage());
        return;
    }
    if (status == 0 || !isHttpStatusError(networkError)) {
        const HttpResult::Error error = transportError(networkError);
        QString details = networkErrorString;
        if (error == HttpResult::Error::TlsError && !m_tlsDetails.isEmpty())
            details = m_tlsDetails;
        complete(error, tr("%1 (%2)").arg(HttpResult::describe(error), details));
        return;
    }
    if (isFollowableRedirect(status) && !location.isEmpty()) {
        followRedirect(status, location);
        return;
    }
    if ((status >= 200 && status < 300) || status == 304) {
        if (const QString cut = truncationMessage(); !cut.isEmpty()) {
            complete(HttpResult::Error::NetworkError, cut);
            return;
        }
        complete(HttpResult::Error::None, {});
        return;
    }
    complete(HttpResult::Error::HttpError,
        tr("HTTP %1 %2").arg(status).arg(QString::fromLatin1(m_result.reasonPhrase)).trimmed());
}

QString HttpReply::truncationMessage() const
{
    // QNetworkAccessManager normally reports a body cut short as RemoteHostClosedError, but a
    // close racing with the last bytes can slip through as success; a short body must never
    // reach a parser as if it were whole. Only checkable when the body was not decompressed.
    if (m_currentMethod == HttpRequest::Method::Head || m_result.status == 304 || m_result.status == 204)
        return {};
    const QByteArray encoding = m_result.header("Content-Encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity")
        return {};
    bool ok = false;
    const qint64 declared = m_result.header("Content-Length").trimmed().toLongLong(&ok);
    if (!ok || m_result.body.size() >= declared)
        return {};
    return tr("%1 (the response ended after %2 of %3 bytes)")
        .arg(HttpResult::describe(HttpResult::Error::NetworkError))
        .arg(m_result.body.size())
        .arg(declared);
}

void HttpReply::followRedirect(int status, const QByteArray &location)
{
    const QNetworkRequest::RedirectPolicy policy = m_request.redirectPolicy();
    if (policy == QNetworkRequest::ManualRedirectPolicy || policy == QNetworkRequest::UserVerifiedRedirectPolicy) {
        complete(HttpResult::Error::None, {});
        return;
    }
    const QUrl target = m_currentUrl.resolved(QUrl(QString::fromUtf8(location), QUrl::TolerantMode));
    m_result.redirects.append({m_currentUrl, status});
    Q_EMIT redirected(target, status);

    if (!m_request.allowsRedirect(m_currentUrl, target)) {
        complete(HttpResult::Error::RedirectRefused,
            tr("Refused to follow the redirect from %1 to %2.")
                .arg(m_currentUrl.toDisplayString(), target.toDisplayString()));
        return;
    }
    const QUrl key = target.adjusted(QUrl::RemoveFragment);
    if (m_visited.contains(key)) {
        complete(HttpResult::Error::RedirectLoop,
            tr("The redirect to %1 leads back to an address already visited.").arg(target.toDisplayString()));
        return;
    }
    if (m_result.redirects.size() > m_request.maxRedirects()) {
        complete(
            HttpResult::Error::TooManyRedirects, tr("More than %n redirect(s).", nullptr, m_request.maxRedirects()));
        return;
    }
    m_visited.insert(key);
    // What browsers do: 303 always turns into GET, 301/302 turn a POST into GET; 307/308 keep
    // the method and body.
    if ((status == 303 && m_currentMethod != HttpRequest::Method::Head)
        || ((status == 301 || status == 302) && m_currentMethod == HttpRequest::Method::Post))
        m_currentMethod = HttpRequest::Method::Get;
    m_result.body.clear();
    issue(target);
}

void HttpReply::abortWith(HttpResult::Error error, const QString &message)
{
    if (m_state == State::Finished)
        return;
    // Keep what had arrived (status, headers) so the result says how far the exchange got.
    if (m_reply && m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        captureResponse(m_reply);
    dropNetworkReply();
    complete(error, message);
}

void HttpReply::complete(HttpResult::Error error, const QString &message)
{
    if (m_state == State::Finished)
        return;
    const std::optional<BackoffPolicy> policy = m_request.retryPolicy();
    if (policy && error != HttpResult::Error::None && error != HttpResult::Error::Cancelled && !m_deadlineExpired
        && m_state == State::Running) {
        m_result.error = error;
        if (BackoffPolicy::isRetryable(m_result) && policy->mayRetry(m_result.attempts)) {
            std::optional<milliseconds> wanted;
            const QDateTime retryAfter
                = HttpResult::parseRetryAfter(m_result.header("Retry-After"), QDateTime::currentDateTimeUtc());
            if (retryAfter.isValid())
                wanted = milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(retryAfter)));
            // A server asking for a longer pause than an immediate retry may take is answered
            // with its own result; the caller schedules the next try.
            if (!wanted || *wanted <= policy->cap()) {
                m_state = State::Waiting;
                m_retryTimer.start(policy->delay(m_result.attempts - 1, wanted));
                return;
            }
        }
    }
    finish(error, message);
}

void HttpReply::finish(HttpResult::Error error, const QString &message)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_inactivity.stop();
    m_deadline.stop();
    m_retryTimer.stop();
    dropNetworkReply();
    m_result.error = error;
    m_result.errorString = message;
    m_result.receivedAt = QDateTime::currentDateTimeUtc();
    m_result.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    Q_EMIT finished(m_result);
    deleteLater();
}

void HttpReply::finishLater(HttpResult::Error error, const QString &message)
{
    QMetaObject::invokeMethod(
        this, [this, error, message] { finish(error, message); }, Qt::QueuedConnection);
}

void HttpReply::dropNetworkReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (!reply->isFinished())
        reply->abort();
    reply->deleteLater();
}

} // namespace Wiredesk
