#include "feedfetcher.h"

#include "httpclient.h"
#include "httpreply.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Wiredesk {

FeedFetcher::FeedFetcher(HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_maxBodySize(HttpRequest::DefaultMaxBodySize)
    , m_transferTimeout(HttpRequest::DefaultTransferTimeout)
{
    // Feeds are polled every few minutes: a failed one is retried within half a minute at
    // first, then ever later, and a feed down for good is left alone for an hour at a time.
    m_backoff.setBase(seconds(30)).setCap(hours(2)).setHammerThreshold(5).setHammerPause(hours(1));
}

FeedFetcher::~FeedFetcher()
{
    const auto replies = m_running.values();
    for (const QPointer<HttpReply> &reply : replies) {
        if (!reply)
            continue;
        disconnect(reply, nullptr, this, nullptr);
        reply->cancel();
    }
}

void FeedFetcher::refresh(const QList<Source> &sources)
{
    for (const Source &source : sources)
        fetch(source);
}

void FeedFetcher::fetch(const Source &source)
{
    if (m_running.contains(source.id))
        return;
    if (m_total == 0) {
        m_done = 0;
        m_cancelled = false;
    }
    ++m_total;

    HttpRequest request(source.url);
    request.setValidators(source.validators)
        .setMaxBodySize(m_maxBodySize)
        .setTransferTimeout(m_transferTimeout)
        .setHeader("Accept"_ba,
            "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, "
            "application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"_ba);
    HttpReply *reply = m_client->send(request);
    m_running.insert(source.id, reply);
    connect(
        reply, &HttpReply::finished, this, [this, source](const HttpResult &http) { onReplyFinished(source, http); });
    Q_EMIT progress(m_done, m_total);
}

void FeedFetcher::cancel()
{
    if (m_running.isEmpty())
        return;
    m_cancelled = true;
    // Cancelling finishes each reply at once, which edits m_running: walk a copy.
    const auto replies = m_running.values();
    for (const QPointer<HttpReply> &reply : replies) {
        if (reply)
            reply->cancel();
    }
}

void FeedFetcher::onReplyFinished(const Source &source, const HttpResult &http)
{
    m_running.remove(source.id);
    ++m_done;
    Q_EMIT fetched(evaluate(source, http, QDateTime::currentDateTimeUtc()));
    Q_EMIT progress(m_done, m_total);
    if (m_running.isEmpty()) {
        const bool cancelled = m_cancelled;
        m_total = 0;
        m_done = 0;
        m_cancelled = false;
        Q_EMIT refreshFinished(cancelled);
    }
}

FeedFetcher::Result FeedFetcher::evaluate(const Source &source, const HttpResult &http, const QDateTime &now) const
{
    Result result;
    result.sourceId = source.id;
    result.http = http;

    if (http.error == HttpResult::Error::Cancelled) {
        // Not the source's fault: nothing about it changes.
        result.validators = source.validators;
        result.consecutiveFailures = source.consecutiveFailures;
        result.nextAttemptAt = now;
        return result;
    }
    if (!http.isSuccess()) {
        result.validators = source.validators;
        result.consecutiveFailures = source.consecutiveFailures + 1;
        result.nextAttemptAt = m_backoff.nextAttempt(result.consecutiveFailures, now, http.retryAfter());
        return result;
    }

    if (http.notModified()) {
        // A 304 may omit the validators; the stored ones stay valid then.
        const HttpValidators sent = http.validators();
        result.validators.etag = sent.etag.isEmpty() ? source.validators.etag : sent.etag;
        result.validators.lastModified
            = sent.lastModified.isEmpty() ? source.validators.lastModified : sent.lastModified;
    } else {
        result.validators = http.validators();
    }
    result.consecutiveFailures = 0;
    result.nextAttemptAt = now.addSecs(source.pollInterval.count());
    const QDateTime retryAfter = http.retryAfter();
    if (retryAfter.isValid() && retryAfter > result.nextAttemptAt)
        result.nextAttemptAt = std::min(retryAfter, now.addMSecs(m_backoff.maxRetryAfter().count()));

    bool allPermanent = !http.redirects.isEmpty();
    for (const HttpResult::Hop &hop : http.redirects)
        allPermanent = allPermanent && (hop.status == 301 || hop.status == 308);
    if (allPermanent)
        result.permanentUrl = http.finalUrl;
    return result;
}

} // namespace Wiredesk
