#include "httpclient.h"

#include "httpreply.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>

using namespace Qt::StringLiterals;

namespace Wiredesk {

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    m_userAgent = defaultUserAgent();
    setUseSystemProxy(true);
}

HttpClient::HttpClient(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
    Q_ASSERT(manager);
    // A manager handed in keeps the proxy its owner configured.
    m_userAgent = defaultUserAgent();
}

HttpClient::~HttpClient()
{
    // Replies first: each aborts its QNetworkReply while the manager still exists.
    const QList<HttpReply *> replies = findChildren<HttpReply *>(Qt::FindDirectChildrenOnly);
    for (HttpReply *reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        delete reply;
    }
}

QByteArray HttpClient::defaultUserAgent()
{
    return "Wiredesk/"_ba + QByteArray(WIREDESK_VERSION);
}

void HttpClient::setUseSystemProxy(bool use)
{
    if (use) {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        m_manager->setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
    } else {
        m_manager->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    }
}

void HttpClient::setPerHostLimit(int limit)
{
    m_perHostLimit = std::max(limit, 1);
    const QStringList keys = m_hosts.keys();
    for (const QString &key : keys)
        startNext(key);
}

QString HttpClient::hostKey(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.host().toLower() + u':' + QString::number(url.port(scheme == "https"_L1 ? 443 : 80));
}

int HttpClient::runningCount(const QUrl &url) const
{
    return m_hosts.value(hostKey(url)).running;
}

int HttpClient::queuedCount(const QUrl &url) const
{
    return int(m_hosts.value(hostKey(url)).waiting.size());
}

HttpReply *HttpClient::send(const HttpRequest &request)
{
    auto *reply = new HttpReply(m_manager, request, m_userAgent, this);
    const QUrl url = request.url();
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != "http"_L1 && scheme != "https"_L1)) {
        reply->finishLater(HttpResult::Error::NetworkError,
            tr("Only http and https addresses can be fetched, not “%1”.").arg(url.toDisplayString()));
        return reply;
    }
    const QString key = hostKey(url);
    connect(reply, &HttpReply::finished, this, [this, reply, key] { onReplyFinished(reply, key); });
    HostQueue &queue = m_hosts[key];
    // Higher priority first, first come first served within one priority.
    qsizetype at = queue.waiting.size();
    while (at > 0 && queue.waiting.at(at - 1) && queue.waiting.at(at - 1)->request().priority() > request.priority())
        --at;
    queue.waiting.insert(at, reply);
    // Start from the event loop so finished() can never fire before the caller connected.
    QMetaObject::invokeMethod(
        this, [this, key] { startNext(key); }, Qt::QueuedConnection);
    return reply;
}

void HttpClient::onReplyFinished(HttpReply *reply, const QString &key)
{
    auto it = m_hosts.find(key);
    if (it == m_hosts.end())
        return;
    if (reply->m_holdsSlot) {
        reply->m_holdsSlot = false;
        --it->running;
    } else {
        it->waiting.removeAll(reply);
    }
    startNext(key);
}

void HttpClient::startNext(const QString &key)
{
    auto it = m_hosts.find(key);
    if (it == m_hosts.end())
        return;
    while (it->running < m_perHostLimit && !it->waiting.isEmpty()) {
        QPointer<HttpReply> reply = it->waiting.takeFirst();
        if (!reply || !reply->isQueued())
            continue;
        reply->m_holdsSlot = true;
        ++it->running;
        reply->start();
        // start() never finishes synchronously, but the hash may have been touched by then.
        it = m_hosts.find(key);
        if (it == m_hosts.end())
            return;
    }
    if (it->running == 0 && it->waiting.isEmpty())
        m_hosts.erase(it);
}

} // namespace Wiredesk
