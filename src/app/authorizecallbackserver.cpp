#include "authorizecallbackserver.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

constexpr qsizetype MaximumRequestBytes = 16 * 1024;
constexpr int RequestTimeoutMs = 10'000;
const QString CallbackPath = u"/wiredesk-callback"_s;

/// PHP's urlencode writes spaces as '+', which QUrl leaves alone.
QString formValue(const QByteArray &raw)
{
    QByteArray value = raw;
    value.replace('+', ' ');
    return QUrl::fromPercentEncoding(value);
}

QByteArray page(const QString &title, const QString &text)
{
    const QByteArray body = "<!doctype html><html><head><meta charset=\"utf-8\"><title>"_ba
        + title.toHtmlEscaped().toUtf8() + "</title></head><body style=\"font-family:sans-serif;margin:3em\"><h1>"_ba
        + title.toHtmlEscaped().toUtf8() + "</h1><p>"_ba + text.toHtmlEscaped().toUtf8() + "</p></body></html>"_ba;
    return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
           "Connection: close\r\nContent-Length: "_ba
        + QByteArray::number(body.size()) + "\r\n\r\n"_ba + body;
}

} // namespace

AuthorizeCallbackServer::AuthorizeCallbackServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &AuthorizeCallbackServer::accept);
}

AuthorizeCallbackServer::~AuthorizeCallbackServer() = default;

bool AuthorizeCallbackServer::listen()
{
    close();
    m_done = false;
    // 128 random bits: the page's address is no secret to other local users, the token is.
    const quint64 a = QRandomGenerator::system()->generate64();
    const quint64 b = QRandomGenerator::system()->generate64();
    m_state = QString::number(a, 16) + QString::number(b, 16);
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void AuthorizeCallbackServer::close()
{
    m_server.close();
}

QUrl AuthorizeCallbackServer::callbackUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_server.serverPort());
    url.setPath(CallbackPath);
    url.setQuery(u"state="_s + m_state);
    return url;
}

QUrl AuthorizeCallbackServer::authorizeUrl(const QUrl &site, const QString &appName, const QString &appId) const
{
    QUrl url = site;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + u"wp-admin/authorize-application.php"_s);
    QUrl reject = callbackUrl();
    reject.setQuery(reject.query() + u"&success=false"_s);
    auto encoded = [](const QString &value) { return QString::fromLatin1(QUrl::toPercentEncoding(value)); };
    url.setQuery(u"app_name="_s + encoded(appName) + u"&app_id="_s + encoded(appId) + u"&success_url="_s
            + encoded(callbackUrl().toString(QUrl::FullyEncoded)) + u"&reject_url="_s
            + encoded(reject.toString(QUrl::FullyEncoded)),
        QUrl::StrictMode);
    return url;
}

AuthorizeCallbackServer::Callback AuthorizeCallbackServer::parse(const QByteArray &requestTarget, const QString &state)
{
    Callback callback;
    const qsizetype question = requestTarget.indexOf('?');
    if (question < 0 || requestTarget.left(question) != CallbackPath.toUtf8())
        return callback;
    QHash<QString, QString> values;
    for (const QByteArray &pair : requestTarget.mid(question + 1).split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq > 0)
            values.insert(formValue(pair.left(eq)), formValue(pair.mid(eq + 1)));
    }
    if (state.isEmpty() || values.value(u"state"_s) != state)
        return callback;
    if (values.value(u"success"_s) == u"false"_s || values.contains(u"error"_s)) {
        callback.kind = Callback::Kind::Rejected;
        callback.error = values.value(u"error"_s);
        return callback;
    }
    if (values.value(u"user_login"_s).isEmpty() || values.value(u"password"_s).isEmpty())
        return callback;
    callback.kind = Callback::Kind::Approved;
    callback.siteUrl = QUrl(values.value(u"site_url"_s));
    callback.user = values.value(u"user_login"_s);
    callback.password = values.value(u"password"_s);
    return callback;
}

void AuthorizeCallbackServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(RequestTimeoutMs, socket, [socket] { socket->abort(); });
        auto *buffer = new QByteArray;
        connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            if (buffer->size() > MaximumRequestBytes) {
                socket->abort();
                return;
            }
            const qsizetype end = buffer->indexOf("\r\n");
            if (end < 0)
                return; // the request line is not complete yet
            const QList<QByteArray> requestLine = buffer->left(end).split(' ');
            buffer->clear();
            const QPointer<QTcpSocket> guard(socket);
            if (requestLine.size() != 3 || requestLine.at(0) != "GET") {
                socket->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"_ba);
                socket->disconnectFromHost();
                return;
            }
            const Callback callback = parse(requestLine.at(1), m_state);
            switch (callback.kind) {
            case Callback::Kind::Invalid:
                socket->write(
                    page(tr("Not for Wiredesk"), tr("This address only answers the site Wiredesk sent you to.")));
                break;
            case Callback::Kind::Rejected:
                socket->write(
                    page(tr("Wiredesk was not connected"), tr("You can close this tab and return to Wiredesk.")));
                break;
            case Callback::Kind::Approved:
                socket->write(page(tr("Wiredesk is connected"), tr("You can close this tab and return to Wiredesk.")));
                break;
            }
            socket->disconnectFromHost();
            if (callback.kind == Callback::Kind::Invalid || m_done)
                return;
            m_done = true;
            m_server.close(); // one answer per sign-in
            if (callback.kind == Callback::Kind::Approved)
                Q_EMIT approved(callback.siteUrl, callback.user, callback.password);
            else
                Q_EMIT rejected(callback.error);
        });
    }
}

} // namespace Wiredesk
