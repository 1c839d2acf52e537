#pragma once

#include "httprequest.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace Wiredesk {

class HttpReply;

/// The one way Wiredesk talks HTTP: sends HttpRequests and hands back HttpReply handles.
///
/// It owns (or is given) a QNetworkAccessManager and must be used from the thread it lives
/// in. Requests are queued per host (host and port) and at most perHostLimit() run at once
/// against a host, so a refresh of fifty feeds on one server does not look like an attack;
/// within a host, higher-priority requests start first. It sends "Wiredesk/<version>" as
/// User-Agent and uses the system proxy settings by default.
class HttpClient final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultPerHostLimit = 2;

    /// Creates and owns its own QNetworkAccessManager, set up for the system proxy.
    explicit HttpClient(QObject *parent = nullptr);
    /// Uses @p manager, which must outlive this client and live in the same thread. Its proxy
    /// settings are left as they are.
    explicit HttpClient(QNetworkAccessManager *manager, QObject *parent = nullptr);
    /// Outstanding replies are deleted without emitting finished().
    ~HttpClient() override;
    Q_DISABLE_COPY_MOVE(HttpClient)

    /// Queues @p request; the returned handle belongs to the client and deletes itself after
    /// finished(). Never null. Only http and https URLs are fetched; others fail at once.
    HttpReply *send(const HttpRequest &request);

    void setPerHostLimit(int limit);
    int perHostLimit() const { return m_perHostLimit; }
    /// True (default): proxies from the system configuration. False: direct connections.
    void setUseSystemProxy(bool use);
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }
    QByteArray userAgent() const { return m_userAgent; }
    QNetworkAccessManager *networkAccessManager() const { return m_manager; }

    /// Requests started and not yet finished against @p url's host.
    int runningCount(const QUrl &url) const;
    /// Requests waiting for a slot against @p url's host.
    int queuedCount(const QUrl &url) const;

    /// "Wiredesk/<version>".
    static QByteArray defaultUserAgent();

private:
    struct HostQueue {
        int running = 0;
        QList<QPointer<HttpReply>> waiting;
    };
    static QString hostKey(const QUrl &url);
    void onReplyFinished(HttpReply *reply, const QString &key);
    void startNext(const QString &key);

    QNetworkAccessManager *m_manager;
    int m_perHostLimit = DefaultPerHostLimit;
    QByteArray m_userAgent;
    QHash<QString, HostQueue> m_hosts;
};

} // namespace Wiredesk
