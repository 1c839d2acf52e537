#pragma once

#include "linkcheckresult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>

namespace Wiredesk {

class HttpClient;
class HttpReply;
struct HttpResult;
class SnapshotStore;

/// Checks a list of links the way a fact-checker would by hand, through the shared
/// HttpClient (so its per-host limit, proxy and User-Agent apply).
///
/// Each link gets a HEAD; when the server refuses HEAD (405, 501, 400, 403) or answers it
/// with nothing useful (a dropped connection), a GET follows. When a SnapshotStore is set and
/// snapshots are on, links are fetched with GET straight away, because the body is needed
/// anyway, and the body (capped, 10 MiB by default; a longer one is kept truncated and marked
/// so) of every 2xx answer is stored content-addressed. Redirects are followed up to a limit
/// and each hop recorded. progress(done, total) after each link, checked() with each result,
/// finished() once at the end; cancel() ends every pending check with Outcome::Cancelled.
class LinkChecker final : public QObject
{
    Q_OBJECT

public:
    struct Options {
        int maxRedirects = 10;
        std::chrono::milliseconds transferTimeout {15'000}; ///< no byte moved for this long
        std::chrono::milliseconds totalTimeout {60'000};    ///< per request, redirects included
        qint64 maxBodySize = 10 * 1024 * 1024;
        bool snapshots = true; ///< only with a SnapshotStore
    };

    /// @p client must outlive the checker and live in its thread.
    explicit LinkChecker(HttpClient *client, QObject *parent = nullptr);
    ~LinkChecker() override;
    Q_DISABLE_COPY_MOVE(LinkChecker)

    /// Not owned; nullptr (default) stores nothing.
    void setSnapshotStore(SnapshotStore *store) { m_store = store; }
    void setOptions(const Options &options) { m_options = options; }
    Options options() const { return m_options; }

    /// Starts checking @p urls (a running batch is cancelled first). Results keep the order of
    /// @p urls. An empty list finishes at once (still asynchronously).
    void check(const QStringList &urls);
    bool isRunning() const { return m_running; }
    int doneCount() const { return m_done; }
    int totalCount() const { return int(m_urls.size()); }
    /// The results so far, index-aligned with the URLs passed to check().
    QList<LinkCheckResult> results() const { return m_results; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progress(int done, int total);
    void checked(int index, const Wiredesk::LinkCheckResult &result);
    void finished(bool cancelled);

private:
    enum class Method { Head, Get };
    void start(int index, Method method);
    void onReplyFinished(int index, Method method, const HttpResult &result);
    void complete(int index, const LinkCheckResult &result);
    void finishIfDone();
    LinkCheckResult resultFrom(int index, Method method, const HttpResult &http) const;

    HttpClient *m_client;
    SnapshotStore *m_store = nullptr;
    Options m_options;
    QStringList m_urls;
    QList<LinkCheckResult> m_results;
    QList<bool> m_complete;
    QList<QPointer<HttpReply>> m_replies;
    QList<bool> m_fellBack;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
    quint64 m_generation = 0; ///< replies of an older batch are ignored
};

} // namespace Wiredesk
