#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <chrono>
#include <functional>

class QTcpServer;

namespace Wiredesk {

/// A small, scripted HTTP/1.1 server on 127.0.0.1 for tests that need a real peer.
///
/// Tests script what each path answers (status, headers, body, and misbehaviour: a delay
/// before the headers, a stall or a connection close in the middle of the body, chunked
/// encoding, a lazily generated huge body, a slow trickle) and then assert on what the server
/// saw: every request with its method, target and headers, how many requests ran at the same
/// time, and how many responses the client abandoned before the end. It runs in the test's
/// thread and event loop; QNetworkAccessManager does its HTTP in its own thread, so waiting
/// with QSignalSpy::wait or QTRY_* lets both sides progress. Keep-alive is supported;
/// pipelined requests are answered in order. Because it shares the test's thread, a large
/// unpaced body can be written completely before the client's slots run: pace it with
/// trickling() when a test needs the client to give up part-way.
///
/// @code
///   TestHttpServer server;
///   QVERIFY(server.listen());
///   server.setResponse("/feed", TestHttpServer::Response::ok("<rss/>", "application/rss+xml")
///                                   .withHeader("ETag", "\"v1\""));
///   ... fetch server.url(u"/feed"_s) ...
///   QCOMPARE(server.lastRequest().header("If-None-Match"), "\"v1\"");
/// @endcode
class TestHttpServer final : public QObject
{
    Q_OBJECT

public:
    /// How to answer one request; start from ok(), withStatus() or redirect() and chain.
    struct Response {
        int status = 200;
        QByteArray reason; ///< empty: the standard phrase for the status
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 generatedSize = -1; ///< >= 0: send this many filler bytes instead of body, produced lazily
        std::chrono::milliseconds headerDelay {0}; ///< silence before the status line
        qint64 stallAfter = -1; ///< >= 0: after this many body bytes send nothing more, keep the connection
        qint64 closeAfter = -1; ///< >= 0: after this many body bytes close the connection (truncation)
        std::chrono::milliseconds closeDelay {0};    ///< with closeAfter: pause between the last byte and the close
        bool chunked = false;                        ///< Transfer-Encoding: chunked instead of Content-Length
        bool contentLength = true;                   ///< send Content-Length (when not chunked and not set by hand)
        bool closeConnection = false;                ///< "Connection: close" and close after the response
        qint64 pieceSize = 16 * 1024;                ///< body is written in pieces of this size (one chunk each)
        std::chrono::milliseconds pieceInterval {0}; ///< > 0: wait this long between pieces (trickle)

        static Response ok(const QByteArray &body, const QByteArray &contentType = "text/plain");
        static Response withStatus(int status, const QByteArray &body = {});
        static Response redirect(int status, const QByteArray &location);

        Response &withHeader(const QByteArray &name, const QByteArray &value);
        Response &withHeaderDelay(std::chrono::milliseconds delay);
        Response &withGeneratedBody(qint64 size);
        Response &stallingAfter(qint64 bodyBytes);
        Response &closingAfter(qint64 bodyBytes, std::chrono::milliseconds delay = {});
        Response &asChunked();
        Response &withoutContentLength();
        Response &closingConnection();
        Response &trickling(qint64 pieceBytes, std::chrono::milliseconds interval);
    };

    /// One request as the server received it.
    struct Request {
        QByteArray method;
        QByteArray target; ///< as on the request line: path and query
        QByteArray path;   ///< target without the query
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int connection = 0; ///< which TCP connection carried it (1-based, in accept order)

        /// The header's value, name compared case-insensitively; empty when absent.
        QByteArray header(QByteArrayView name) const;
        bool hasHeader(QByteArrayView name) const;
    };
    using Handler = std::function<Response(const Request &)>;

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;
    Q_DISABLE_COPY_MOVE(TestHttpServer)

    /// Listens on 127.0.0.1 with a free port.
    bool listen();
    quint16 port() const;
    /// "http://127.0.0.1:<port>" + @p path (path may carry a query).
    QUrl url(const QString &path = QStringLiteral("/")) const;

    /// Every request to @p path (query ignored) gets @p response. Unscripted paths get 404.
    void setResponse(const QByteArray &path, const Response &response);
    /// Successive requests to @p path get successive responses; the last one repeats.
    void setResponses(const QByteArray &path, const QList<Response> &responses);
    /// Computes the answer from the request, e.g. 304 when If-None-Match matches.
    void setHandler(const QByteArray &path, const Handler &handler);

    QList<Request> requests() const { return m_requests; }
    QList<Request> requests(const QByteArray &path) const;
    int requestCount(const QByteArray &path) const;
    /// The most recent request (default-constructed when none).
    Request lastRequest() const;

    int connectionCount() const { return m_connectionCount; } ///< accepted so far
    int openConnections() const { return m_openConnections; }
    int maxConcurrentConnections() const { return m_maxConnections; }
    /// Requests received and not yet fully answered. A request counts from the moment its
    /// headers were read until the last byte of its answer was handed to the socket.
    int activeRequests() const { return m_activeRequests; }
    int maxConcurrentRequests() const { return m_maxActiveRequests; }
    int completedResponses() const { return m_completed; }
    /// Responses whose client went away before the server wrote everything it meant to.
    int abortedResponses() const { return m_aborted; }
    /// Forgets recorded requests and zeroes the counters (connections stay open).
    void reset();

Q_SIGNALS:
    void requestReceived(const Wiredesk::TestHttpServer::Request &request);
    void responseCompleted(const QByteArray &path);
    void responseAborted(const QByteArray &path, qint64 bodyBytesWritten);

private:
    class Connection;
    friend class Connection;
    Response answer(const Request &request);
    void onNewConnection();

    QTcpServer *m_server;
    QHash<QByteArray, Handler> m_handlers;
    QList<Request> m_requests;
    int m_connectionCount = 0;
    int m_openConnections = 0;
    int m_maxConnections = 0;
    int m_activeRequests = 0;
    int m_maxActiveRequests = 0;
    int m_completed = 0;
    int m_aborted = 0;
};

} // namespace Wiredesk
