#include "testhttpserver.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

QByteArray standardReason(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 201:
        return "Created"_ba;
    case 204:
        return "No Content"_ba;
    case 301:
        return "Moved Permanently"_ba;
    case 302:
        return "Found"_ba;
    case 303:
        return "See Other"_ba;
    case 304:
        return "Not Modified"_ba;
    case 307:
        return "Temporary Redirect"_ba;
    case 308:
        return "Permanent Redirect"_ba;
    case 400:
        return "Bad Request"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 410:
        return "Gone"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    case 504:
        return "Gateway Timeout"_ba;
    default:
        return "Status"_ba;
    }
}

QByteArray headerIn(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name, bool *found = nullptr)
{
    for (const auto &header : headers) {
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0) {
            if (found)
                *found = true;
            return header.second;
        }
    }
    if (found)
        *found = false;
    return {};
}

constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qint64 WriteHighWater = 64 * 1024;

} // namespace

// ---------------------------------------------------------------------------------------------
// Response builders

TestHttpServer::Response TestHttpServer::Response::ok(const QByteArray &body, const QByteArray &contentType)
{
    Response response;
    response.body = body;
    if (!contentType.isEmpty())
        response.headers.append({"Content-Type"_ba, contentType});
    return response;
}

TestHttpServer::Response TestHttpServer::Response::withStatus(int status, const QByteArray &body)
{
    Response response;
    response.status = status;
    response.body = body;
    return response;
}

TestHttpServer::Response TestHttpServer::Response::redirect(int status, const QByteArray &location)
{
    Response response;
    response.status = status;
    response.headers.append({"Location"_ba, location});
    return response;
}

TestHttpServer::Response &TestHttpServer::Response::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

TestHttpServer::Response &TestHttpServer::Response::withHeaderDelay(std::chrono::milliseconds delay)
{
    headerDelay = delay;
    return *this;
}

TestHttpServer::Response &TestHttpServer::Response::withGeneratedBody(qint64 size)
{
    generatedSize = size;
    return *this;
}

TestHttpServer::Response &TestHttpServer::Response::stallingAfter(qint64 bodyBytes)
{
    stallAfter = bodyBytes;
    return *this;
}

TestHttpServer::Response &TestHttpServer::Response::closingAfter(qint64 bodyBytes, std::chrono::milliseconds delay)
{
    closeAfter = bodyBytes;
    closeDelay = delay;
    return *this;
}

TestHttpServer::Response &TestHttpServer::Response::asChunked()
{
    chunked = true;
    return *this;
}

TestHttpServer::Response &TestHttpServer::Response::withoutContentLength()
{
    contentLength = false;
    closeConnection = true; // without a length the end of the body is the end of the connection
    return *this;
}

TestHttpServer::Response &TestHttpServer::Response::closingConnection()
{
    closeConnection = true;
    return *this;
}

TestHttpServer::Response &TestHttpServer::Response::trickling(qint64 pieceBytes, std::chrono::milliseconds interval)
{
    pieceSize = std::max<qint64>(pieceBytes, 1);
    pieceInterval = interval;
    return *this;
}

QByteArray TestHttpServer::Request::header(QByteArrayView name) const
{
    return headerIn(headers, name);
}

bool TestHttpServer::Request::hasHeader(QByteArrayView name) const
{
    bool found = false;
    headerIn(headers, name, &found);
    return found;
}

// ---------------------------------------------------------------------------------------------
// One accepted TCP connection: reads requests, writes scripted answers one after another.

class TestHttpServer::Connection final : public QObject
{
public:
    Connection(TestHttpServer *server, QTcpSocket *socket, int id)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
        , m_id(id)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_responding && !m_waiting)
                pump();
        });
        connect(socket, &QTcpSocket::disconnected, this, &Connection::onDisconnected);
        // bytesWritten is not emitted recursively, so a flush that happens while pump() runs
        // inside its handler can leave the body stalled for good; a short timer re-checks.
        m_pumpTimer.setSingleShot(true);
        m_pumpTimer.setInterval(std::chrono::milliseconds(5));
        connect(&m_pumpTimer, &QTimer::timeout, this, [this] {
            if (m_responding && !m_waiting)
                pump();
        });
    }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        if (!m_responding)
            parseNext();
    }

    void parseNext()
    {
        if (m_buffer.isEmpty() || m_closed)
            return;
        // Anything that does not start like a request line (a TLS ClientHello, binary noise)
        // gets a 400 and a closed connection, like a real server.
        if (m_buffer.at(0) < 'A' || m_buffer.at(0) > 'Z') {
            badRequest();
            return;
        }
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > MaxHeaderBytes)
                badRequest();
            return;
        }
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            badRequest();
            return;
        }
        Request request;
        request.method = requestLine.at(0);
        request.target = requestLine.at(1);
        const qsizetype query = request.target.indexOf('?');
        request.path = query < 0 ? request.target : request.target.left(query);
        request.connection = m_id;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        bool ok = false;
        const qint64 length = request.header("Content-Length").toLongLong(&ok);
        const qint64 bodyLength = ok && length > 0 ? length : 0;
        if (m_buffer.size() < end + 4 + bodyLength)
            return; // wait for the body
        request.body = m_buffer.mid(end + 4, bodyLength);
        m_buffer.remove(0, end + 4 + bodyLength);

        m_responding = true;
        m_finished = false;
        m_server->m_requests.append(request);
        ++m_server->m_activeRequests;
        m_server->m_maxActiveRequests = std::max(m_server->m_maxActiveRequests, m_server->m_activeRequests);
        m_path = request.path;
        m_head = request.method == "HEAD";
        Q_EMIT m_server->requestReceived(request);
        m_response = m_server->answer(request);
        if (m_response.headerDelay.count() > 0)
            QTimer::singleShot(m_response.headerDelay, this, &Connection::sendHead);
        else
            sendHead();
    }

    void badRequest()
    {
        m_socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        m_closed = true;
        m_socket->disconnectFromHost();
    }

    qint64 fullSize() const
    {
        return m_response.generatedSize >= 0 ? m_response.generatedSize : m_response.body.size();
    }

    void sendHead()
    {
        if (m_closed)
            return;
        const Response &r = m_response;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' '
            + (r.reason.isEmpty() ? standardReason(r.status) : r.reason) + "\r\n";
        for (const auto &[name, value] : r.headers)
            head += name + ": " + value + "\r\n";
        bool hasLength = false;
        headerIn(r.headers, "Content-Length", &hasLength);
        if (r.chunked)
            head += "Transfer-Encoding: chunked\r\n";
        else if (r.contentLength && !hasLength)
            head += "Content-Length: " + QByteArray::number(fullSize()) + "\r\n";
        if (r.closeConnection)
            head += "Connection: close\r\n";
        head += "\r\n";
        m_socket->write(head);

        m_sent = 0;
        m_limit = m_head || r.status == 304 || r.status == 204 ? 0 : fullSize();
        m_truncate = false;
        if (!m_head && r.stallAfter >= 0 && r.stallAfter < m_limit) {
            m_limit = r.stallAfter;
        } else if (!m_head && r.closeAfter >= 0 && r.closeAfter < m_limit) {
            m_limit = r.closeAfter;
            m_truncate = true;
        }
        m_stall = !m_head && r.stallAfter >= 0 && r.stallAfter < fullSize();
        pump();
    }

    void pump()
    {
        while (!m_closed && m_sent < m_limit && m_socket->bytesToWrite() < WriteHighWater) {
            const qint64 piece = std::min(m_response.pieceSize, m_limit - m_sent);
            const QByteArray data
                = m_response.generatedSize >= 0 ? QByteArray(piece, 'x') : m_response.body.mid(m_sent, piece);
            if (m_response.chunked && m_truncate && m_sent + piece == m_limit) {
                // A connection dropped mid-transfer: the chunk header promises more than follows.
                const qint64 promised = std::min(m_response.pieceSize, fullSize() - m_sent);
                m_socket->write(QByteArray::number(promised, 16) + "\r\n" + data);
            } else if (m_response.chunked) {
                m_socket->write(QByteArray::number(piece, 16) + "\r\n" + data + "\r\n");
            } else {
                m_socket->write(data);
            }
            m_sent += piece;
            if (m_response.pieceInterval.count() > 0 && m_sent < m_limit) {
                m_waiting = true;
                QTimer::singleShot(m_response.pieceInterval, this, [this] {
                    m_waiting = false;
                    pump();
                });
                return;
            }
        }
        if (!m_closed && m_sent < m_limit && !m_waiting)
            m_pumpTimer.start();
        if (m_closed || m_sent < m_limit || m_finished)
            return;
        if (m_stall)
            return; // say nothing more; the client has to time out
        if (m_truncate) {
            finishResponse();
            m_closed = true;
            if (m_response.closeDelay.count() > 0) {
                m_socket->flush();
                QTimer::singleShot(
                    m_response.closeDelay, m_socket, [socket = m_socket] { socket->disconnectFromHost(); });
            } else {
                m_socket->disconnectFromHost();
            }
            return;
        }
        if (m_response.chunked && !m_head)
            m_socket->write("0\r\n\r\n");
        finishResponse();
        if (m_response.closeConnection) {
            m_closed = true;
            m_socket->disconnectFromHost();
            return;
        }
        m_responding = false;
        parseNext();
    }

    void finishResponse()
    {
        m_finished = true;
        --m_server->m_activeRequests;
        ++m_server->m_completed;
        Q_EMIT m_server->responseCompleted(m_path);
    }

    void onDisconnected()
    {
        m_closed = true;
        if (m_responding && !m_finished) {
            m_finished = true;
            --m_server->m_activeRequests;
            ++m_server->m_aborted;
            Q_EMIT m_server->responseAborted(m_path, m_sent);
        }
        --m_server->m_openConnections;
        deleteLater();
    }

    TestHttpServer *m_server;
    QTcpSocket *m_socket;
    int m_id;
    QByteArray m_buffer;
    Response m_response;
    QByteArray m_path;
    bool m_head = false;
    bool m_responding = false;
    bool m_finished = false;
    bool m_closed = false;
    bool m_waiting = false;
    bool m_stall = false;
    bool m_truncate = false;
    qint64 m_sent = 0;
    qint64 m_limit = 0;
    QTimer m_pumpTimer;
};

// ---------------------------------------------------------------------------------------------

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &TestHttpServer::onNewConnection);
}

TestHttpServer::~TestHttpServer() = default;

bool TestHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 TestHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl TestHttpServer::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(port()) + path);
}

void TestHttpServer::setResponse(const QByteArray &path, const Response &response)
{
    m_handlers.insert(path, [response](const Request &) { return response; });
}

void TestHttpServer::setResponses(const QByteArray &path, const QList<Response> &responses)
{
    if (responses.isEmpty())
        return;
    auto next = std::make_shared<qsizetype>(0);
    m_handlers.insert(path, [responses, next](const Request &) {
        const Response response = responses.at(std::min(*next, responses.size() - 1));
        ++*next;
        return response;
    });
}

void TestHttpServer::setHandler(const QByteArray &path, const Handler &handler)
{
    m_handlers.insert(path, handler);
}

TestHttpServer::Response TestHttpServer::answer(const Request &request)
{
    const auto it = m_handlers.constFind(request.path);
    if (it == m_handlers.constEnd())
        return Response::withStatus(404, "not scripted: " + request.path);
    return (*it)(request);
}

QList<TestHttpServer::Request> TestHttpServer::requests(const QByteArray &path) const
{
    QList<Request> matching;
    for (const Request &request : m_requests) {
        if (request.path == path)
            matching.append(request);
    }
    return matching;
}

int TestHttpServer::requestCount(const QByteArray &path) const
{
    return int(requests(path).size());
}

TestHttpServer::Request TestHttpServer::lastRequest() const
{
    return m_requests.isEmpty() ? Request() : m_requests.constLast();
}

void TestHttpServer::reset()
{
    m_requests.clear();
    m_connectionCount = 0;
    m_maxConnections = m_openConnections;
    m_maxActiveRequests = m_activeRequests;
    m_completed = 0;
    m_aborted = 0;
}

void TestHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connectionCount;
        ++m_openConnections;
        m_maxConnections = std::max(m_maxConnections, m_openConnections);
        new Connection(this, socket, m_connectionCount);
    }
}

} // namespace Wiredesk
