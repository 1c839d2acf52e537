#include "linkchecker.h"

#include "httpclient.h"
#include "httpreply.h"
#include "httprequest.h"
#include "httpresult.h"
#include "snapshotstore.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Wiredesk {

LinkChecker::LinkChecker(HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

LinkChecker::~LinkChecker()
{
    ++m_generation; // replies finishing during destruction must not call back
    for (const QPointer<HttpReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->cancel();
    }
}

void LinkChecker::check(const QStringList &urls)
{
    if (m_running)
        cancel();
    ++m_generation;
    m_urls = urls;
    m_results = QList<LinkCheckResult>(urls.size());
    m_complete = QList<bool>(urls.size(), false);
    m_fellBack = QList<bool>(urls.size(), false);
    m_replies = QList<QPointer<HttpReply>>(urls.size());
    m_done = 0;
    m_cancelled = false;
    m_running = true;
    const bool wantBodies = m_store && m_options.snapshots;
    for (int i = 0; i < urls.size(); ++i)
        start(i, wantBodies ? Method::Get : Method::Head);
    if (urls.isEmpty()) {
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                finishIfDone();
        });
    }
}

void LinkChecker::start(int index, Method method)
{
    HttpRequest request {QUrl(m_urls.at(index).trimmed())};
    request.setMethod(method == Method::Head ? HttpRequest::Method::Head : HttpRequest::Method::Get)
        .setHeader("Accept"_ba, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"_ba)
        .setMaxRedirects(m_options.maxRedirects)
        .setTransferTimeout(m_options.transferTimeout)
        .setTotalTimeout(m_options.totalTimeout)
        .setMaxBodySize(m_options.maxBodySize);
    HttpReply *reply = m_client->send(request);
    m_replies[index] = reply;
    const quint64 generation = m_generation;
    connect(reply, &HttpReply::finished, this, [this, index, method, generation](const HttpResult &result) {
        if (generation == m_generation)
            onReplyFinished(index, method, result);
    });
}

namespace {
bool headWasUseless(const HttpResult &result)
{
    switch (result.status) {
    case 400: // some servers reject HEAD as malformed
    case 403: // … or forbid it while serving GET
    case 405:
    case 501:
        return true;
    default:
        break;
    }
    // A connection dropped without an answer: servers that do not implement HEAD do that.
    return result.status == 0 && result.error == HttpResult::Error::NetworkError;
}
} // namespace

void LinkChecker::onReplyFinished(int index, Method method, const HttpResult &result)
{
    m_replies[index] = nullptr;
    if (m_complete.at(index))
        return;
    const QString scheme = QUrl(m_urls.at(index).trimmed()).scheme().toLower();
    const bool fetchable = scheme == u"http" || scheme == u"https"; // others fail the same way with GET
    if (method == Method::Head && fetchable && !m_cancelled && result.error != HttpResult::Error::Cancelled
        && headWasUseless(result)) {
        m_fellBack[index] = true;
        start(index, Method::Get);
        return;
    }
    complete(index, resultFrom(index, method, result));
}

LinkCheckResult LinkChecker::resultFrom(int index, Method method, const HttpResult &http) const
{
    LinkCheckResult result;
    result.url = m_urls.at(index);
    result.finalUrl = http.finalUrl.toString(QUrl::FullyEncoded);
    for (const HttpResult::Hop &hop : http.redirects)
        result.redirects << LinkCheckResult::Hop {hop.url.toString(QUrl::FullyEncoded), hop.status};
    result.status = http.status;
    result.contentType = QString::fromLatin1(http.contentType());
    result.method = method == Method::Head ? u"HEAD"_s : u"GET"_s;
    result.headFellBack = m_fellBack.at(index);
    result.elapsedMs = http.elapsedMs;
    result.checkedAt = http.receivedAt.isValid() ? http.receivedAt.toUTC() : QDateTime::currentDateTimeUtc();
    result.errorString = http.errorString;
    using Error = HttpResult::Error;
    using Outcome = LinkCheckResult::Outcome;
    const bool success = http.status >= 200 && http.status < 400;
    switch (http.error) {
    case Error::None:
        result.outcome = Outcome::Ok;
        break;
    case Error::TooLarge:
        // The page answered; it is only longer than we keep.
        result.outcome
            = success ? Outcome::Ok : (http.status == 404 || http.status == 410 ? Outcome::Dead : Outcome::HttpError);
        break;
    case Error::HttpError:
        result.outcome = http.status == 404 || http.status == 410 ? Outcome::Dead : Outcome::HttpError;
        break;
    case Error::Timeout:
        result.outcome = Outcome::Timeout;
        break;
    case Error::RedirectLoop:
        result.outcome = Outcome::RedirectLoop;
        break;
    case Error::TooManyRedirects:
        result.outcome = Outcome::TooManyRedirects;
        break;
    case Error::RedirectRefused:
        result.outcome = Outcome::RedirectRefused;
        break;
    case Error::Cancelled:
        result.outcome = Outcome::Cancelled;
        break;
    default:
        result.outcome = Outcome::Unreachable;
        break;
    }
    if (method == Method::Get && m_store && m_options.snapshots && success && result.outcome == Outcome::Ok
        && !http.body.isEmpty()) {
        SnapshotStore::Fetch fetch {result.url, result.finalUrl, result.status, result.contentType, result.checkedAt,
            http.error == Error::TooLarge};
        const QString hash = m_store->store(http.body, fetch);
        if (!hash.isEmpty()) {
            result.snapshotSha256 = hash;
            result.snapshotSize = http.body.size();
            result.snapshotTruncated = fetch.truncated;
        }
    }
    return result;
}

void LinkChecker::complete(int index, const LinkCheckResult &result)
{
    m_results[index] = result;
    m_complete[index] = true;
    ++m_done;
    Q_EMIT checked(index, result);
    Q_EMIT progress(m_done, int(m_urls.size()));
    finishIfDone();
}

void LinkChecker::finishIfDone()
{
    if (!m_running || m_done < m_urls.size())
        return;
    m_running = false;
    Q_EMIT finished(m_cancelled);
}

void LinkChecker::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    // Cancelling a reply may finish it synchronously; work on a copy.
    const QList<QPointer<HttpReply>> replies = m_replies;
    for (const QPointer<HttpReply> &reply : replies) {
        if (reply)
            reply->cancel();
    }
    for (int i = 0; i < m_urls.size(); ++i) {
        if (!m_complete.at(i)) {
            LinkCheckResult result;
            result.url = m_urls.at(i);
            result.outcome = LinkCheckResult::Outcome::Cancelled;
            result.checkedAt = QDateTime::currentDateTimeUtc();
            result.errorString = tr("The check was cancelled.");
            complete(i, result);
        }
    }
}

} // namespace Wiredesk
