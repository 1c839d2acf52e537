#pragma once

#include "backoffpolicy.h"
#include "httpresult.h"
#include "httpvalidators.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

namespace Wiredesk {

class HttpClient;
class HttpReply;

/// Fetches wire feeds the way a polite feed reader should, on top of HttpClient.
///
/// Each fetch is a conditional GET with the validators stored from last time; a 304 is a
/// success without a body. The result says when the source may be fetched next: after its
/// poll interval on success, after full-jitter backoff (never before a server's Retry-After)
/// on failure, and not before the hammer pause once it failed too many times in a row. A
/// refresh of many sources reports progress and can be cancelled as a whole; one bad source
/// never stops the others. The fetcher must not outlive its HttpClient.
class FeedFetcher final : public QObject
{
    Q_OBJECT

public:
    /// What the caller knows about one source.
    struct Source {
        QString id;
        QUrl url;
        HttpValidators validators;   ///< from the last successful fetch, as received
        int consecutiveFailures = 0; ///< from the last result
        std::chrono::seconds pollInterval {15 * 60};
    };

    /// What one fetch found out. Store validators, consecutiveFailures and nextAttemptAt.
    struct Result {
        QString sourceId;
        HttpResult http;
        /// Validators to send next time: the new ones, or the old ones when the server sent none.
        HttpValidators validators;
        int consecutiveFailures = 0;
        QDateTime nextAttemptAt; ///< UTC
        /// Set when every redirect on the way was permanent (301/308): the address to store.
        QUrl permanentUrl;

        bool isSuccess() const { return http.isSuccess(); }
        bool notModified() const { return http.notModified(); }
        /// The feed document; empty when not modified or failed.
        QByteArray body() const { return http.isSuccess() ? http.body : QByteArray(); }
    };

    explicit FeedFetcher(HttpClient *client, QObject *parent = nullptr);
    ~FeedFetcher() override;
    Q_DISABLE_COPY_MOVE(FeedFetcher)

    void setBackoffPolicy(const BackoffPolicy &policy) { m_backoff = policy; }
    BackoffPolicy backoffPolicy() const { return m_backoff; }
    /// The response size cap (default 20 MiB).
    void setMaxBodySize(qint64 bytes) { m_maxBodySize = bytes; }
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }

    /// Fetches one source; joins the running refresh if there is one. A source already being
    /// fetched is not fetched twice.
    void fetch(const Source &source);
    /// Fetches all @p sources, reporting progress(done, total) and finally refreshFinished().
    void refresh(const QList<Source> &sources);
    /// Cancels every fetch of the running refresh; each still reports a Cancelled result.
    void cancel();
    bool isRefreshing() const { return m_total > 0; }

    /// The policy applied to one finished request; public so the scheduling is testable alone.
    Result evaluate(const Source &source, const HttpResult &http, const QDateTime &now) const;

Q_SIGNALS:
    void fetched(const Wiredesk::FeedFetcher::Result &result);
    void progress(int done, int total);
    void refreshFinished(bool cancelled);

private:
    void onReplyFinished(const Source &source, const HttpResult &http);

    HttpClient *m_client;
    BackoffPolicy m_backoff;
    qint64 m_maxBodySize;
    std::chrono::milliseconds m_transferTimeout;
    QHash<QString, QPointer<HttpReply>> m_running;
    int m_done = 0;
    int m_total = 0;
    bool m_cancelled = false;
};

} // namespace Wiredesk

Q_DECLARE_METATYPE(Wiredesk::FeedFetcher::Result)
