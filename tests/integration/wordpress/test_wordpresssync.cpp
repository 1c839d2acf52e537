// Sync against a real WordPress (Debian's packages, started by WordPressServer on 127.0.0.1):
// create, update, pull with pagination, categories and tags by name, featured image with
// caption and alt text, meta round trip, exactly-once after a lost create response, merges and
// conflicts with another client's edits, and no secret in any output.
#include "article.h"
#include "articlerepository.h"
#include "articleschema.h"
#include "database.h"
#include "httpclient.h"
#include "syncengine.h"
#include "syncschema.h"
#include "wordpressserver.h"
#include "wordpresstarget.h"

#include <QEventLoop>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

QStringList g_output; // everything Qt logged during the test, checked for the password
QtMessageHandler g_previous = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_output << message;
    if (g_previous)
        g_previous(type, context, message);
}

/// A TCP proxy in front of WordPress that can lose the answer to the next create: the
/// request reaches WordPress (which creates the post), the client sees a reset.
class LossyProxy final : public QObject
{
public:
    explicit LossyProxy(quint16 upstreamPort)
        : m_upstreamPort(upstreamPort)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &LossyProxy::accept);
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    int dropNextCreates = 0;
    int dropped = 0;

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            auto *request = new QByteArray;
            auto *drop = new bool(false);
            connect(client, &QObject::destroyed, this, [request, drop] {
                delete request;
                delete drop;
            });
            upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
            connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream, request, drop] {
                const QByteArray data = client->readAll();
                if (request->size() < 4096)
                    request->append(data);
                if (!*drop && dropNextCreates > 0 && request->startsWith("POST /?rest_route=/wp/v2/posts&")) {
                    *drop = true;
                    --dropNextCreates;
                }
                upstream->write(data);
            });
            connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, drop] {
                const QByteArray data = upstream->readAll();
                if (*drop) {
                    ++dropped;
                    client->abort(); // the answer never arrives
                    return;
                }
                client->write(data);
            });
            connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    }

    QTcpServer m_server;
    quint16 m_upstreamPort;
};

/// A TCP proxy that injects one fault per connection at random (seeded): a reset before the
/// request reaches WordPress, a reset after it did (the answer is lost), a 500, a 429 with
/// Retry-After, a stall, or a truncated answer. WordPress's php -S closes every connection
/// after its answer, so a connection is one request.
class FaultProxy final : public QObject
{
public:
    enum Fault { Pass, ResetBefore, ResetAfter, ServerError, TooMany, Stall, Truncate, FaultCount };

    FaultProxy(quint16 upstreamPort, quint32 seed)
        : m_upstreamPort(upstreamPort)
        , m_random(seed)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    int faultPercent = 30;
    QHash<int, int> injected; ///< fault → count

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            Fault fault = Pass;
            if (int(m_random.bounded(100)) < faultPercent)
                fault = Fault(1 + m_random.bounded(int(FaultCount) - 1));
            injected[fault] += 1;
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            if (fault == ResetBefore) {
                connect(client, &QTcpSocket::readyRead, client, [client] { client->abort(); });
                continue;
            }
            if (fault == ServerError || fault == TooMany) {
                connect(client, &QTcpSocket::readyRead, client, [client, fault] {
                    client->readAll();
                    const QByteArray body = R"({"code":"injected","message":"Injected fault"})"_ba;
                    client->write((fault == ServerError ? "HTTP/1.1 500 Internal Server Error\r\n"_ba
                                                        : "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\r\n"_ba)
                        + "Content-Type: application/json\r\nConnection: close\r\nContent-Length: "_ba
                        + QByteArray::number(body.size()) + "\r\n\r\n"_ba + body);
                    client->disconnectFromHost();
                });
                continue;
            }
            if (fault == Stall) {
                connect(client, &QTcpSocket::readyRead, client, [client] { client->readAll(); });
                continue; // says nothing; the client's transfer timeout ends it
            }
            auto *upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
            connect(
                client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QTcpSocket::readyRead, client, [client, upstream, fault] {
                const QByteArray data = upstream->readAll();
                if (fault == ResetAfter) {
                    client->abort();
                } else if (fault == Truncate) {
                    client->write(data.left(qMax<qsizetype>(1, data.size() / 2)));
                    client->flush();
                    client->abort();
                } else {
                    client->write(data);
                }
            });
            connect(upstream, &QTcpSocket::disconnected, client, [client] {
                if (client->state() == QAbstractSocket::ConnectedState)
                    client->disconnectFromHost();
            });
        }
    }

    QTcpServer m_server;
    quint16 m_upstreamPort;
    QRandomGenerator m_random;
};

} // namespace

class TestWordPressSync final : public QObject
{
    Q_OBJECT

    WordPressServer m_wp;
    QTemporaryDir m_dir;
    Database m_db;
    QNetworkAccessManager m_other; // "another client": plain HTTP, nothing of Wiredesk's
    HttpClient m_client;
    int m_draftCounter = 0;

    /// A request of the other client; returns the parsed JSON (object or array) and headers.
    QJsonDocument other(const QByteArray &method, const QString &route, const QString &query = {},
        const QJsonObject &body = {}, QNetworkReply::RawHeaderPair *totalHeader = nullptr)
    {
        QUrl url = m_wp.restUrl(route);
        if (!query.isEmpty())
            url.setQuery(url.query() + u'&' + query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", m_wp.authorizationHeader());
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        QNetworkReply *reply = method == "GET"
            ? m_other.get(request)
            : m_other.sendCustomRequest(request, method, QJsonDocument(body).toJson());
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (totalHeader)
            *totalHeader = {"X-WP-Total"_ba, reply->rawHeader("X-WP-Total")};
        const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return document;
    }

    /// Every post (any status, all pages) whose meta carries @p draftId: the independent count
    /// behind "zero lost, zero duplicated" (not the mu-plugin's filter the client uses).
    QList<qint64> postsWithDraftId(const QString &draftId)
    {
        QList<qint64> ids;
        for (int page = 1;; ++page) {
            const QJsonArray posts = other(
                "GET", u"/wp/v2/posts"_s, u"context=edit&status=any&per_page=100&_fields=id,meta&page=%1"_s.arg(page))
                                         .array();
            for (const QJsonValue &post : posts) {
                if (post[u"meta"_s][u"wiredesk_draft_id"_s].toString() == draftId)
                    ids << post[u"id"_s].toInteger();
            }
            if (posts.size() < 100)
                break;
        }
        return ids;
    }

    Article newArticle()
    {
        Article a;
        a.id = u"5d0c3c1e-0000-4000-8000-%1"_s.arg(++m_draftCounter, 12, 10, QChar(u'0'));
        a.headline = u"Flood waters recede in the valley"_s;
        a.dek = u"Residents return to damaged homes"_s;
        a.slug = u"flood-waters-recede-%1"_s.arg(m_draftCounter);
        a.section = u"World"_s;
        a.tags = {u"Floods"_s, u"Rivers & Lakes"_s};
        a.bodyHtml = u"<p data-block=\"aaaaaaaa\">The river fell overnight.</p>\n"
                     u"<p data-block=\"bbbbbbbb\">Clean-up begins today.</p>\n"
                     u"<p data-block=\"cccccccc\">Schools stay closed.</p>"_s;
        ArticleSource source;
        source.id = u"s1"_s;
        source.url = u"https://example.org/valley-report"_s;
        source.title = u"Valley authority report"_s;
        source.kind = u"primary"_s;
        a.sources << source;
        a.created = a.modified = QDateTime::currentDateTimeUtc();
        return a;
    }

    std::unique_ptr<WordPressTarget> newTarget(quint16 port = 0)
    {
        QUrl site = m_wp.baseUrl();
        if (port)
            site.setPort(port);
        auto target = std::make_unique<WordPressTarget>(site, &m_client);
        target->setCredentials(m_wp.userName(), m_wp.applicationPassword());
        target->setAssetRoot(m_dir.path());
        target->setTimeouts(std::chrono::seconds(20), std::chrono::seconds(60));
        return target;
    }

    void syncAndWait(SyncEngine &engine)
    {
        QSignalSpy idle(&engine, &SyncEngine::idle);
        engine.drain();
        QVERIFY(idle.wait(120'000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        g_previous = qInstallMessageHandler(captureMessages);
        if (!m_wp.start()) {
            if (m_wp.packagesMissing())
                QSKIP(qPrintable(m_wp.errorString()));
            QFAIL(qPrintable(m_wp.errorString()));
        }
        qInfo("WordPress started in %lld ms", m_wp.startMilliseconds());
        QVERIFY(m_db.open(m_dir.filePath(u"profile.sqlite"_s)));
        QVERIFY(m_db.migrate(articleSchema()));
        QVERIFY(m_db.migrate(syncSchema()));
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(image.save(m_dir.filePath(u"lead.png"_s)));
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previous);
        // No secret in anything Qt logged, nor in the sync log.
        const QString password = m_wp.applicationPassword();
        if (password.isEmpty())
            return;
        for (const QString &line : std::as_const(g_output))
            QVERIFY2(
                !line.contains(password) && !line.contains(password.simplified().remove(u' ')), "password in output");
        OutboxQueue queue(&m_db);
        for (const OutboxLogEntry &entry : queue.logEntries(100000))
            QVERIFY(!entry.message.contains(password));
    }

    void createUpdateWithTermsMediaAndMeta()
    {
        auto target = newTarget();
        SyncEngine engine(&m_db);
        engine.setAutoDrain(false);
        engine.addTarget(u"site"_s, target.get());
        ArticleRepository repository(&m_db);
        Article article = newArticle();
        article.leadImage
            = LeadImage {u"lead.png"_s, u"The valley at dawn"_s, u"A. Photographer"_s, u"A flooded valley"_s};
        QVERIFY(repository.save(article));
        QVERIFY(engine.enqueue(article.id, u"site"_s));
        syncAndWait(engine);
        const OutboxEntry entry = *engine.outbox()->entry(article.id, u"site"_s);
        QVERIFY2(entry.state == OutboxEntry::State::Sent, qPrintable(entry.lastError));
        QVERIFY(!entry.remoteId.isEmpty());

        // Read it back as another client would.
        const QJsonObject post = other("GET", u"/wp/v2/posts/"_s + entry.remoteId, u"context=edit"_s).object();
        QCOMPARE(post[u"title"_s][u"raw"_s].toString(), article.headline);
        QCOMPARE(post[u"excerpt"_s][u"raw"_s].toString(), article.dek);
        QCOMPARE(post[u"slug"_s].toString(), article.slug);
        QCOMPARE(post[u"status"_s].toString(), u"draft"_s);
        QCOMPARE(post[u"modified_gmt"_s].toString(), entry.remoteVersion);
        const QString content = post[u"content"_s][u"raw"_s].toString();
        QVERIFY2(content.contains(u"data-block=\"bbbbbbbb\""_s), qPrintable(content)); // ids survive WordPress
        QVERIFY(content.contains(u"Clean-up begins today."_s));
        QCOMPARE(post[u"meta"_s][u"wiredesk_draft_id"_s].toString(), article.id);
        const QJsonObject provenance
            = QJsonDocument::fromJson(post[u"meta"_s][u"wiredesk_provenance"_s].toString().toUtf8()).object();
        QCOMPARE(provenance[u"sources"_s][0][u"url"_s].toString(), u"https://example.org/valley-report"_s);

        QStringList tagNames;
        for (const QJsonValue &id : post[u"tags"_s].toArray())
            tagNames
                << other("GET", u"/wp/v2/tags/"_s + QString::number(id.toInteger())).object()[u"name"_s].toString();
        tagNames.sort();
        QCOMPARE(tagNames, (QStringList {u"Floods"_s, u"Rivers &amp; Lakes"_s}));
        const QJsonArray categories = post[u"categories"_s].toArray();
        QCOMPARE(categories.size(), 1);
        QCOMPARE(other("GET", u"/wp/v2/categories/"_s + QString::number(categories[0].toInteger()))
                     .object()[u"name"_s]
                     .toString(),
            u"World"_s);

        const qint64 media = post[u"featured_media"_s].toInteger();
        QVERIFY(media > 0);
        const QJsonObject image = other("GET", u"/wp/v2/media/"_s + QString::number(media), u"context=edit"_s).object();
        QCOMPARE(image[u"alt_text"_s].toString(), u"A flooded valley"_s);
        QVERIFY(image[u"caption"_s][u"raw"_s].toString().contains(u"The valley at dawn"_s));
        QVERIFY(image[u"caption"_s][u"raw"_s].toString().contains(u"A. Photographer"_s));

        // A second draft with the same tags reuses them (created once, by name).
        Article second = newArticle();
        QVERIFY(repository.save(second));
        QVERIFY(engine.enqueue(second.id, u"site"_s));
        syncAndWait(engine);
        const QJsonArray floods = other("GET", u"/wp/v2/tags"_s, u"search=Floods"_s).array();
        QCOMPARE(floods.size(), 1);

        // Update: the dek changes; the same post changes.
        article.dek = u"Residents return; insurers count the cost"_s;
        QVERIFY(repository.save(article));
        QVERIFY(engine.enqueue(article.id, u"site"_s));
        syncAndWait(engine);
        const OutboxEntry updated = *engine.outbox()->entry(article.id, u"site"_s);
        QCOMPARE(updated.state, OutboxEntry::State::Sent);
        QCOMPARE(updated.remoteId, entry.remoteId);
        QCOMPARE(other("GET", u"/wp/v2/posts/"_s + entry.remoteId, u"context=edit"_s)
                     .object()[u"excerpt"_s][u"raw"_s]
                     .toString(),
            article.dek);
        QCOMPARE(postsWithDraftId(article.id).size(), 1);
    }

    void inlineImagesGoToTheMediaLibrary()
    {
        auto target = newTarget();
        SyncEngine engine(&m_db);
        engine.setAutoDrain(false);
        engine.addTarget(u"site"_s, target.get());
        ArticleRepository repository(&m_db);
        QImage chart(40, 30, QImage::Format_RGB32);
        chart.fill(Qt::darkRed);
        QVERIFY(chart.save(m_dir.filePath(u"chart.png"_s)));
        Article article = newArticle();
        article.bodyHtml += u"\n<figure data-block=\"ffffffff\"><img src=\"chart.png\" alt=\"River levels\">"
                            u"<figcaption>Levels this week</figcaption></figure>"_s;
        QVERIFY(repository.save(article));
        const int mediaBefore = other("GET", u"/wp/v2/media"_s, u"per_page=100"_s).array().size();
        QVERIFY(engine.enqueue(article.id, u"site"_s));
        syncAndWait(engine);
        OutboxEntry entry = *engine.outbox()->entry(article.id, u"site"_s);
        QVERIFY2(entry.state == OutboxEntry::State::Sent, qPrintable(entry.lastError));
        const QJsonArray media = other("GET", u"/wp/v2/media"_s, u"per_page=100"_s).array();
        QCOMPARE(media.size(), mediaBefore + 1);
        const QString url = media.at(0)[u"source_url"_s].toString();
        QVERIFY(url.contains(u"/wp-content/uploads/"_s));
        const QString route = u"/wp/v2/posts/"_s + entry.remoteId;
        QString content = other("GET", route, u"context=edit"_s).object()[u"content"_s][u"raw"_s].toString();
        QVERIFY2(content.contains(u"src=\""_s + url + u'"') && content.contains(u"data-wiredesk-src=\"chart.png\""_s),
            qPrintable(content));

        // Pushed again unchanged: nothing is uploaded twice.
        QVERIFY(engine.enqueue(article.id, u"site"_s));
        syncAndWait(engine);
        QCOMPARE(engine.outbox()->entry(article.id, u"site"_s)->state, OutboxEntry::State::Sent);
        // A colleague edits another paragraph: the merge keeps the local figure as it is.
        content.replace(u"Schools stay closed."_s, u"Schools stay closed all week."_s);
        QVERIFY(other("POST", route, {}, QJsonObject {{u"content"_s, content}}).object()[u"id"_s].toInteger() > 0);
        article.dek = u"Levels fall"_s;
        QVERIFY(repository.save(article));
        QVERIFY(engine.enqueue(article.id, u"site"_s));
        syncAndWait(engine);
        entry = *engine.outbox()->entry(article.id, u"site"_s);
        QVERIFY2(entry.state == OutboxEntry::State::Sent, qPrintable(entry.lastError));
        const Article local = *repository.load(article.id);
        QVERIFY(local.bodyHtml.contains(u"all week"_s));
        QVERIFY2(local.bodyHtml.contains(u"src=\"chart.png\""_s) && !local.bodyHtml.contains(url),
            qPrintable(local.bodyHtml));
        QCOMPARE(other("GET", u"/wp/v2/media"_s, u"per_page=100"_s).array().size(), mediaBefore + 1);
    }

    void pullWithModifiedAfterAndPagination()
    {
        auto target = newTarget();
        target->setPageSize(2);
        // Only posts changed after this moment; WordPress compares at one-second resolution.
        QTest::qWait(1100);
        const QDateTime since = QDateTime::currentDateTimeUtc();
        QTest::qWait(1100);
        QStringList created;
        for (int i = 0; i < 3; ++i) {
            const QJsonObject post = other("POST", u"/wp/v2/posts"_s, {},
                QJsonObject {{u"title"_s, u"Pulled %1"_s.arg(i)}, {u"status"_s, u"draft"_s},
                    {u"content"_s, u"<p>Remote text</p>"_s}})
                                         .object();
            QVERIFY(post[u"id"_s].toInteger() > 0);
            created << QString::number(post[u"id"_s].toInteger());
        }
        QStringList seen;
        int pages = 0;
        for (int page = 1;; ++page) {
            std::optional<ListResult> result;
            target->listRemote(since, page, [&result](const ListResult &r) { result = r; });
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60'000);
            QVERIFY2(result->error.ok(), qPrintable(result->error.message));
            QCOMPARE(result->total, 3);
            QCOMPARE(result->totalPages, 2);
            for (const RemotePost &post : result->posts) {
                seen << post.remoteId;
                QVERIFY(post.title.startsWith(u"Pulled"_s));
                QVERIFY(!post.contentHash.isEmpty());
            }
            pages = page;
            if (page >= result->totalPages)
                break;
        }
        QCOMPARE(pages, 2);
        seen.sort();
        created.sort();
        QCOMPARE(seen, created);
    }

    void lostCreateResponseMakesOnePost()
    {
        LossyProxy proxy(m_wp.port());
        QVERIFY(proxy.listen());
        proxy.dropNextCreates = 1;
        auto target = newTarget(proxy.port());
        SyncEngine engine(&m_db);
        engine.setAutoDrain(false);
        engine.setBackoffPolicy(BackoffPolicy().setRandomSource([] { return 0.0; }));
        engine.addTarget(u"lossy"_s, target.get());
        ArticleRepository repository(&m_db);
        const Article article = newArticle();
        QVERIFY(repository.save(article));
        QVERIFY(engine.enqueue(article.id, u"lossy"_s));
        syncAndWait(engine);
        QCOMPARE(proxy.dropped, 1);
        const OutboxEntry entry = *engine.outbox()->entry(article.id, u"lossy"_s);
        QVERIFY2(entry.state == OutboxEntry::State::Sent, qPrintable(entry.lastError));
        QCOMPARE(postsWithDraftId(article.id), QList<qint64> {entry.remoteId.toLongLong()});
        QStringList events;
        for (const OutboxLogEntry &log : engine.outbox()->logEntries(50, article.id))
            events.prepend(log.event);
        // Either the outbox retried, or Qt resent the request by itself and the mu-plugin refused
        // the second create with 409; both end in the lookup by draft id.
        QVERIFY2((events.contains(u"retry"_s) || events.contains(u"conflict"_s)) && events.contains(u"found"_s),
            qPrintable(events.join(u' ')));
    }

    void anotherClientsEditMergesOrConflicts()
    {
        auto target = newTarget();
        SyncEngine engine(&m_db);
        engine.setAutoDrain(false);
        engine.addTarget(u"site"_s, target.get());
        ArticleRepository repository(&m_db);
        Article article = newArticle();
        QVERIFY(repository.save(article));
        QVERIFY(engine.enqueue(article.id, u"site"_s));
        syncAndWait(engine);
        const QString remoteId = engine.outbox()->entry(article.id, u"site"_s)->remoteId;
        const QString route = u"/wp/v2/posts/"_s + remoteId;

        // A colleague edits block c and the title in WordPress; we edit block a: both survive.
        QString theirs = other("GET", route, u"context=edit"_s).object()[u"content"_s][u"raw"_s].toString();
        theirs.replace(u"Schools stay closed."_s, u"Schools stay closed until Monday."_s);
        QVERIFY(!other("POST", route, {}, QJsonObject {{u"content"_s, theirs}, {u"title"_s, u"Flood waters recede"_s}})
                     .object()[u"id"_s]
                     .isUndefined());
        article.bodyHtml.replace(u"The river fell overnight."_s, u"The river fell two metres overnight."_s);
        QVERIFY(repository.save(article));
        QVERIFY(engine.enqueue(article.id, u"site"_s));
        syncAndWait(engine);
        OutboxEntry entry = *engine.outbox()->entry(article.id, u"site"_s);
        QVERIFY2(entry.state == OutboxEntry::State::Sent, qPrintable(entry.lastError));
        QJsonObject post = other("GET", route, u"context=edit"_s).object();
        const QString merged = post[u"content"_s][u"raw"_s].toString();
        QVERIFY2(merged.contains(u"two metres"_s) && merged.contains(u"until Monday"_s), qPrintable(merged));
        QCOMPARE(post[u"title"_s][u"raw"_s].toString(), u"Flood waters recede"_s);
        const Article local = *repository.load(article.id);
        QVERIFY(local.bodyHtml.contains(u"until Monday"_s));
        QCOMPARE(local.headline, u"Flood waters recede"_s);

        // Now both change the same paragraph: a conflict, and the site keeps the colleague's text.
        theirs = post[u"content"_s][u"raw"_s].toString();
        theirs.replace(u"Clean-up begins today."_s, u"Clean-up began this morning."_s);
        other("POST", route, {}, QJsonObject {{u"content"_s, theirs}});
        Article mine = local;
        mine.bodyHtml.replace(u"Clean-up begins today."_s, u"Clean-up begins today with the army's help."_s);
        QVERIFY(repository.save(mine));
        QSignalSpy conflict(&engine, &SyncEngine::conflictFound);
        QVERIFY(engine.enqueue(article.id, u"site"_s));
        syncAndWait(engine);
        QCOMPARE(conflict.size(), 1);
        entry = *engine.outbox()->entry(article.id, u"site"_s);
        QCOMPARE(entry.state, OutboxEntry::State::Conflict);
        const QString onSite = other("GET", route, u"context=edit"_s).object()[u"content"_s][u"raw"_s].toString();
        QVERIFY(onSite.contains(u"began this morning"_s));
        QVERIFY(!onSite.contains(u"army"_s));
        const QList<MergeConflict> conflicts = engine.conflicts(article.id, u"site"_s);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0].key, u"bbbbbbbb"_s);
        QVERIFY(conflicts[0].remote.contains(u"began this morning"_s));
        QVERIFY(conflicts[0].local.contains(u"army"_s));

        // The editor resolves it; the resolution goes out.
        mine.bodyHtml.replace(
            u"Clean-up begins today with the army's help."_s, u"Clean-up began this morning with the army's help."_s);
        QVERIFY(engine.resolveConflict(article.id, u"site"_s, mine));
        syncAndWait(engine);
        QCOMPARE(engine.outbox()->entry(article.id, u"site"_s)->state, OutboxEntry::State::Sent);
        QVERIFY(other("GET", route, u"context=edit"_s)
                    .object()[u"content"_s][u"raw"_s]
                    .toString()
                    .contains(u"began this morning with the army"_s));
    }

    void wrongPasswordNeedsSignIn()
    {
        auto target = newTarget();
        target->setCredentials(m_wp.userName(), u"abcd efgh ijkl mnop qrst uvwx"_s);
        SyncEngine engine(&m_db);
        engine.setAutoDrain(false);
        engine.addTarget(u"bad"_s, target.get());
        const Article article = newArticle();
        QVERIFY(ArticleRepository(&m_db).save(article));
        QVERIFY(engine.enqueue(article.id, u"bad"_s));
        syncAndWait(engine);
        const OutboxEntry entry = *engine.outbox()->entry(article.id, u"bad"_s);
        QCOMPARE(entry.state, OutboxEntry::State::NeedsSignIn);
        QVERIFY2(entry.lastError.contains(u"Sign in"_s), qPrintable(entry.lastError));
        QVERIFY(postsWithDraftId(article.id).isEmpty());
    }

    void deletedOnTheSite()
    {
        auto target = newTarget();
        FetchResult result;
        bool done = false;
        target->fetch(u"999999"_s, [&](const FetchResult &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60'000);
        QCOMPARE(result.error.kind, SyncError::Kind::RemoteDeleted);
        QCOMPARE(result.error.code, u"rest_post_invalid_id"_s);
    }
    void faultInjection()
    {
        // N random operations through a proxy that breaks about a third of all connections.
        // The issue's N=1000 takes about ten minutes here (measured 589 s on two loaded cores),
        // past QTest's 300 s per function: ./desk test runs it on the native lane as
        // test_wordpresssync_fault1000 (WIREDESK_SYNC_FAULT_OPS=1000 with a longer
        // QTEST_FUNCTION_TIMEOUT); this default of 150 runs on both lanes.
        const int operations = qEnvironmentVariableIsSet("WIREDESK_SYNC_FAULT_OPS")
            ? qEnvironmentVariableIntValue("WIREDESK_SYNC_FAULT_OPS")
            : 150;
        const quint32 seed = qEnvironmentVariableIsSet("WIREDESK_SYNC_FAULT_SEED")
            ? quint32(qEnvironmentVariableIntValue("WIREDESK_SYNC_FAULT_SEED"))
            : quint32(QDateTime::currentSecsSinceEpoch());
        qInfo("fault injection: %d operations, seed %u (WIREDESK_SYNC_FAULT_SEED repeats a run)", operations, seed);
        FaultProxy proxy(m_wp.port(), seed);
        QVERIFY(proxy.listen());
        auto target = newTarget(proxy.port());
        target->setTimeouts(std::chrono::seconds(2), std::chrono::seconds(30));
        SyncEngine engine(&m_db);
        engine.setBackoffPolicy(BackoffPolicy()
                                    .setBase(std::chrono::milliseconds(50))
                                    .setCap(std::chrono::milliseconds(400))
                                    .setHammerThreshold(1000)
                                    .setMaxRetryAfter(std::chrono::milliseconds(1500)));
        engine.addTarget(u"faulty"_s, target.get());
        ArticleRepository repository(&m_db);
        QRandomGenerator random(seed);
        QList<Article> drafts;
        for (int op = 0; op < operations; ++op) {
            const bool fresh = drafts.isEmpty() || (drafts.size() < 25 && random.bounded(4) == 0);
            if (fresh) {
                Article article = newArticle();
                article.tags = {u"Fault %1"_s.arg(random.bounded(5))};
                drafts << article;
            }
            // A new draft is edited and queued right away; otherwise any draft gets a new edit.
            Article &article = fresh ? drafts.last() : drafts[random.bounded(int(drafts.size()))];
            article.dek = u"Edit %1"_s.arg(op);
            QVERIFY(repository.save(article));
            QVERIFY(engine.enqueue(article.id, u"faulty"_s));
            if (op % 5 == 4)
                QTRY_VERIFY_WITH_TIMEOUT(engine.outbox()->pendingCount() == 0 && !engine.isBusy(), 180'000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(engine.outbox()->pendingCount() == 0 && !engine.isBusy(), 180'000);

        int faults = 0;
        for (auto it = proxy.injected.cbegin(); it != proxy.injected.cend(); ++it)
            faults += it.key() == FaultProxy::Pass ? 0 : it.value();
        qInfo("fault injection: %d connections, %d faults injected",
            int(proxy.injected.value(FaultProxy::Pass)) + faults, faults);
        QVERIFY(faults > 0);
        int retries = 0;
        for (const Article &article : std::as_const(drafts)) {
            const std::optional<OutboxEntry> queued = engine.outbox()->entry(article.id, u"faulty"_s);
            QVERIFY(queued.has_value());
            const OutboxEntry entry = *queued;
            if (entry.state != OutboxEntry::State::Sent) {
                for (const OutboxLogEntry &log : engine.outbox()->logEntries(40, article.id))
                    qWarning("  %s: %s", qPrintable(log.event), qPrintable(log.message));
            }
            QVERIFY2(entry.state == OutboxEntry::State::Sent,
                qPrintable(OutboxEntry::stateName(entry.state) + u": "_s + entry.lastError));
            // Zero lost, zero duplicated: exactly one post per draft, with the last edit.
            const QList<qint64> posts = postsWithDraftId(article.id);
            QCOMPARE(posts, QList<qint64> {entry.remoteId.toLongLong()});
            const QJsonObject post = other("GET", u"/wp/v2/posts/"_s + entry.remoteId, u"context=edit"_s).object();
            QCOMPARE(post[u"excerpt"_s][u"raw"_s].toString(), repository.load(article.id)->dek);
            for (const OutboxLogEntry &log : engine.outbox()->logEntries(100000, article.id))
                retries += (log.event == u"retry"_s || log.event == u"conflict"_s) ? 1 : 0;
        }
        // Every injected fault surfaced as a logged retry (Qt may resend a request once by itself
        // when a connection dies before any answer, so there can be fewer retries than faults).
        QVERIFY2(retries > 0 && retries <= faults, qPrintable(u"%1 retries, %2 faults"_s.arg(retries).arg(faults)));
    }
};

QTEST_GUILESS_MAIN(TestWordPressSync)
#include "test_wordpresssync.moc"
