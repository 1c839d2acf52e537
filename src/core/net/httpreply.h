#pragma once

#include "httprequest.h"
#include "httpresult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Wiredesk {

/// The handle for one request sent through HttpClient: progress while it runs, one
/// finished(result) at the end, cancel() at any time.
///
/// finished() is emitted exactly once and never from inside HttpClient::send(), so connecting
/// right after send() is always in time. The handle deletes itself (deleteLater) after
/// finished(); keep a QPointer if you need to know whether it is still there. It follows
/// redirects itself (recording each hop), enforces the timeouts and the body size cap, and
/// retries when the request carries a retry policy.
class HttpReply final : public QObject
{
    Q_OBJECT

public:
    ~HttpReply() override;
    Q_DISABLE_COPY_MOVE(HttpReply)

    const HttpRequest &request() const { return m_request; }
    bool isFinished() const { return m_state == State::Finished; }
    /// Queued replies wait for a free per-host slot in HttpClient.
    bool isQueued() const { return m_state == State::Queued; }
    /// The result; complete once finished() was emitted.
    const HttpResult &result() const { return m_result; }

public Q_SLOTS:
    /// Stops the request (queued or running); finished() follows at once with Error::Cancelled.
    /// Does nothing once finished.
    void cancel();

Q_SIGNALS:
    void downloadProgress(qint64 received, qint64 total);
    void uploadProgress(qint64 sent, qint64 total);
    void redirected(const QUrl &to, int status);
    void finished(const Wiredesk::HttpResult &result);

private:
    friend class HttpClient;
    enum class State { Queued, Running, Waiting, Finished };

    HttpReply(QNetworkAccessManager *manager, const HttpRequest &request, const QByteArray &userAgent, QObject *parent);

    void start();
    void startAttempt();
    void issue(const QUrl &url);
    void onMetaData();
    void onReadyRead();
    void onNetworkFinished();
    void followRedirect(int status, const QByteArray &location);
    void abortWith(HttpResult::Error error, const QString &message);
    void complete(HttpResult::Error error, const QString &message);
    void finish(HttpResult::Error error, const QString &message);
    void finishLater(HttpResult::Error error, const QString &message);
    void dropNetworkReply();
    void captureResponse(QNetworkReply *reply);
    QString tooLargeMessage() const;
    QString truncationMessage() const;

    QNetworkAccessManager *m_manager;
    HttpRequest m_request;
    QByteArray m_userAgent;
    State m_state = State::Queued;
    HttpResult m_result;
    QPointer<QNetworkReply> m_reply;
    QUrl m_currentUrl;
    HttpRequest::Method m_currentMethod = HttpRequest::Method::Get;
    QSet<QUrl> m_visited;
    QElapsedTimer m_elapsed;
    QTimer m_inactivity;
    QTimer m_deadline;
    QTimer m_retryTimer;
    QString m_tlsDetails;
    bool m_deadlineExpired = false;
    bool m_holdsSlot = false; ///< set by HttpClient while the reply occupies a per-host slot
};

} // namespace Wiredesk
