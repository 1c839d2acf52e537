#include "testhttpserver.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;
using Response = TestHttpServer::Response;

// The server is shared by several areas' tests, so its wire format is checked byte for byte
// with a raw socket rather than through QNetworkAccessManager, which would forgive mistakes.
class TestTestHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void recordsRequests();
    void writesChunkedFraming();
    void answersPipelinedRequestsInOrder();
    void playsSequencesThenRepeatsTheLast();
    void refusesGarbage();
    void unscriptedPathIs404();

private:
    QByteArray exchange(const QByteArray &raw);
    TestHttpServer *m_server = nullptr;
};

void TestTestHttpServer::init()
{
    m_server = new TestHttpServer(this);
    QVERIFY(m_server->listen());
    QVERIFY(m_server->port() != 0);
}

void TestTestHttpServer::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

// Sends raw bytes and returns everything received until the server closes the connection.
QByteArray TestTestHttpServer::exchange(const QByteArray &raw)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!socket.waitForConnected(5'000))
        return "not connected";
    socket.write(raw);
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    if (!closed.wait(5'000))
        return "not closed: " + received;
    received += socket.readAll();
    return received;
}

void TestTestHttpServer::recordsRequests()
{
    m_server->setResponse("/post", Response::ok("thanks").closingConnection());
    QSignalSpy seen(m_server, &TestHttpServer::requestReceived);
    const QByteArray reply = exchange("POST /post?a=1 HTTP/1.1\r\nHost: x\r\nX-Custom:  spaced value \r\n"
                                      "Content-Length: 5\r\n\r\nhello");
    QVERIFY2(reply.startsWith("HTTP/1.1 200 OK\r\n"), reply.constData());
    QVERIFY(reply.contains("Content-Length: 6\r\n"));
    QVERIFY(reply.endsWith("\r\n\r\nthanks"));
    QCOMPARE(seen.size(), 1);
    const TestHttpServer::Request request = m_server->lastRequest();
    QCOMPARE(request.method, "POST"_ba);
    QCOMPARE(request.target, "/post?a=1"_ba);
    QCOMPARE(request.path, "/post"_ba);
    QCOMPARE(request.header("x-custom"), "spaced value"_ba);
    QCOMPARE(request.body, "hello"_ba);
    QCOMPARE(request.connection, 1);
    QCOMPARE(m_server->requestCount("/post"), 1);
    QCOMPARE(m_server->completedResponses(), 1);
}

void TestTestHttpServer::writesChunkedFraming()
{
    Response response = Response::ok("hello world", {}).asChunked().closingConnection();
    response.pieceSize = 5;
    m_server->setResponse("/c", response);
    const QByteArray reply = exchange("GET /c HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(reply.contains("Transfer-Encoding: chunked\r\n"));
    QVERIFY(!reply.contains("Content-Length"));
    QVERIFY2(reply.endsWith("\r\n\r\n5\r\nhello\r\n5\r\n worl\r\n1\r\nd\r\n0\r\n\r\n"), reply.constData());
}

void TestTestHttpServer::answersPipelinedRequestsInOrder()
{
    m_server->setResponse("/one", Response::ok("first"));
    m_server->setResponse("/two", Response::ok("second").closingConnection());
    const QByteArray reply = exchange("GET /one HTTP/1.1\r\nHost: x\r\n\r\nGET /two HTTP/1.1\r\nHost: x\r\n\r\n");
    const qsizetype first = reply.indexOf("first");
    const qsizetype second = reply.indexOf("second");
    QVERIFY2(first > 0 && second > first, reply.constData());
    QCOMPARE(reply.count("HTTP/1.1 200 OK"), 2);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).connection, m_server->requests().at(0).connection);
    QCOMPARE(m_server->connectionCount(), 1);
}

void TestTestHttpServer::playsSequencesThenRepeatsTheLast()
{
    m_server->setResponses(
        "/s", {Response::withStatus(503).closingConnection(), Response::ok("a").closingConnection()});
    QVERIFY(exchange("GET /s HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 503 Service Unavailable"));
    QVERIFY(exchange("GET /s HTTP/1.1\r\n\r\n").endsWith("\r\n\r\na"));
    QVERIFY(exchange("GET /s HTTP/1.1\r\n\r\n").endsWith("\r\n\r\na"));
    QCOMPARE(m_server->connectionCount(), 3);
}

void TestTestHttpServer::refusesGarbage()
{
    const QByteArray reply = exchange(QByteArray("\x16\x03\x01\x02\x00", 5));
    QVERIFY2(reply.startsWith("HTTP/1.1 400 Bad Request"), reply.constData());
    QVERIFY(m_server->requests().isEmpty());
}

void TestTestHttpServer::unscriptedPathIs404()
{
    m_server->setResponse("/known", Response::ok("x"));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5'000));
    socket.write("GET /unknown HTTP/1.1\r\n\r\n");
    QTRY_VERIFY(socket.bytesAvailable() > 0 && socket.peek(1024).contains("not scripted"));
    QVERIFY(socket.readAll().startsWith("HTTP/1.1 404 Not Found"));
    QCOMPARE(m_server->openConnections(), 1); // keep-alive: still open
}

QTEST_GUILESS_MAIN(TestTestHttpServer)
#include "test_testhttpserver.moc"
