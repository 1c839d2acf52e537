// The Sync menu in the real MainWindow against a real WordPress (Debian's packages, started by
// WordPressServer): sign in through the browser flow (this test plays the browser: wp-login,
// authorize-application.php, approve, redirect to the loopback callback), push the open draft
// and see "sent" in the drafts list, lose the site (a proxy that refuses connections) and see
// "retry at …", get it back and see the outbox drain to exactly one post, resolve a conflict
// with a colleague's plain-HTTP edit of the same paragraph in the conflict dialog, and open a
// remote draft from Pull Remote Drafts so that the next push updates that post.
// Screenshots: build/screenshots/sync-*.png.
#include "../guitestmain.h"
#include "../guiwait.h"
#include "articledocument.h"
#include "articleeditor.h"
#include "articlerepository.h"
#include "authorizecallbackserver.h"
#include "backoffpolicy.h"
#include "conflictdialog.h"
#include "draftsession.h"
#include "draftspane.h"
#include "mainwindow.h"
#include "outboxpane.h"
#include "profile.h"
#include "remotedraftsdialog.h"
#include "revisionstore.h"
#include "signindialog.h"
#include "syncactions.h"
#include "synccontroller.h"
#include "syncengine.h"
#include "wordpressserver.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

/// Forwards 127.0.0.1:port() to WordPress until setReachable(false): then it stops listening
/// (connection refused) and drops what is open, like a site that went away.
class SwitchProxy final : public QObject
{
public:
    explicit SwitchProxy(quint16 upstreamPort)
        : m_upstreamPort(upstreamPort)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &SwitchProxy::accept);
    }
    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    quint16 port() const { return m_port ? m_port : m_server.serverPort(); }
    void setReachable(bool reachable)
    {
        if (reachable) {
            QVERIFY(listen(m_port));
            return;
        }
        m_port = m_server.serverPort();
        m_server.close();
        const QList<QTcpSocket *> open = m_server.findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : open)
            socket->abort();
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
            connect(
                client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
            connect(
                upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, client, [client] {
                if (client->state() == QAbstractSocket::ConnectedState)
                    client->disconnectFromHost();
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    }

    QTcpServer m_server;
    quint16 m_upstreamPort;
    quint16 m_port = 0;
};

QString shotPath(const QString &name)
{
    const QString folder = QStringLiteral(WIREDESK_BINARY_DIR) + u"/screenshots"_s;
    QDir().mkpath(folder);
    return folder + u"/sync-"_s + name + u".png"_s;
}

} // namespace

class TestSyncWindow final : public QObject
{
    Q_OBJECT

    WordPressServer m_wp;
    std::unique_ptr<SwitchProxy> m_proxy;
    QTemporaryDir m_profileDir;
    std::unique_ptr<MainWindow> m_window;
    QNetworkAccessManager m_browser; // the user's browser, with its own cookies
    QNetworkAccessManager m_other;   // a colleague's client: plain HTTP, nothing of Wiredesk's
    QString m_remoteId;

    SyncActions *sync() const { return m_window->syncActions(); }

    QNetworkReply *wait(QNetworkReply *reply)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(60'000);
        return reply;
    }

    QJsonDocument other(
        const QByteArray &method, const QString &route, const QString &query = {}, const QJsonObject &body = {})
    {
        QUrl url = m_wp.restUrl(route);
        if (!query.isEmpty())
            url.setQuery(url.query() + u'&' + query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", m_wp.authorizationHeader());
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        QNetworkReply *reply
            = wait(method == "GET" ? m_other.get(request)
                                   : m_other.sendCustomRequest(request, method, QJsonDocument(body).toJson()));
        const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return document;
    }

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

    ArticleDocument *doc() const { return m_window->editor()->document(); }
    QString currentId() const { return doc() ? doc()->article().id : QString(); }
    QString stateOf(const QString &draftId) const { return m_window->draftsPane()->syncStateText(draftId); }

    /// Plays the browser: logs in, opens the authorize page, approves. Returns the page the
    /// redirect ended on (the loopback callback's answer).
    QByteArray approveInBrowser(const QUrl &authorizeUrl, bool approveIt = true)
    {
        m_browser.setCookieJar(new QNetworkCookieJar(&m_browser));
        QUrl login = m_wp.baseUrl();
        login.setPath(u"/wp-login.php"_s);
        QNetworkRequest loginRequest(login);
        loginRequest.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
        loginRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QUrlQuery form;
        form.addQueryItem(u"log"_s, m_wp.userName());
        form.addQueryItem(u"pwd"_s, m_wp.adminPassword());
        form.addQueryItem(u"wp-submit"_s, u"Log In"_s);
        QNetworkReply *loggedIn = wait(m_browser.post(loginRequest, form.toString(QUrl::FullyEncoded).toUtf8()));
        const int loginStatus = loggedIn->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        loggedIn->deleteLater();
        if (loginStatus != 302) {
            qWarning("wp-login.php answered %d", loginStatus);
            return {};
        }
        // The browser opens what the dialog asked for (at the site's own address).
        QUrl page = authorizeUrl;
        page.setPort(m_wp.port());
        QNetworkReply *shown = wait(m_browser.get(QNetworkRequest(page)));
        const QString html = QString::fromUtf8(shown->readAll());
        shown->deleteLater();
        static const QRegularExpression nonce(u"name=\"_wpnonce\" value=\"([0-9a-f]+)\""_s);
        const QRegularExpressionMatch match = nonce.match(html);
        if (!match.hasMatch()) {
            qWarning("no nonce on the authorize page: %s", qPrintable(html.left(2000)));
            return {};
        }
        // The form's hidden fields are the request's own parameters (esc_url'd in the HTML).
        const QUrlQuery asked(authorizeUrl);
        QUrlQuery approve;
        approve.addQueryItem(u"_wpnonce"_s, match.captured(1));
        approve.addQueryItem(u"action"_s, u"authorize_application_password"_s);
        approve.addQueryItem(u"app_name"_s, asked.queryItemValue(u"app_name"_s, QUrl::FullyDecoded));
        approve.addQueryItem(u"app_id"_s, asked.queryItemValue(u"app_id"_s, QUrl::FullyDecoded));
        approve.addQueryItem(u"success_url"_s, asked.queryItemValue(u"success_url"_s, QUrl::FullyDecoded));
        approve.addQueryItem(u"reject_url"_s, asked.queryItemValue(u"reject_url"_s, QUrl::FullyDecoded));
        if (approveIt)
            approve.addQueryItem(u"approve"_s, u"Yes, I approve of this connection"_s);
        else
            approve.addQueryItem(u"reject"_s, u"No, I do not approve of this connection"_s);
        QUrl post = page;
        post.setQuery(QString());
        QNetworkRequest approveRequest(post);
        approveRequest.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
        QByteArray body;
        for (const auto &item : approve.queryItems(QUrl::FullyDecoded))
            body += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second) + '&';
        // WordPress redirects (302) to success_url with the password; the browser follows.
        QNetworkReply *approved = wait(m_browser.post(approveRequest, body));
        const QByteArray answer = approved->readAll();
        if (approved->error() != QNetworkReply::NoError)
            qWarning("approve: %s", qPrintable(approved->errorString()));
        approved->deleteLater();
        return answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_wp.start()) {
            if (m_wp.packagesMissing())
                QSKIP(qPrintable(m_wp.errorString()));
            QFAIL(qPrintable(m_wp.errorString()));
        }
        QVERIFY(!m_wp.adminPassword().isEmpty());
        m_proxy = std::make_unique<SwitchProxy>(m_wp.port());
        QVERIFY(m_proxy->listen());
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/wiredesk.ini"_s);
        auto profile = std::make_unique<Profile>();
        QVERIFY2(profile->open(m_profileDir.path()), qPrintable(profile->errorString()));
        m_window = std::make_unique<MainWindow>(std::move(profile));
        QString error;
        QVERIFY2(m_window->openProfile(&error), qPrintable(error));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get(), GuiWaitMs));
        // Retries within a second, so "comes back online" does not wait for minutes.
        sync()->controller()->engine()->setBackoffPolicy(
            BackoffPolicy().setBase(std::chrono::milliseconds(300)).setCap(std::chrono::milliseconds(1500)));
        // The drafts list is where the state shows: bring it to the front.
        const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>();
        for (QDockWidget *dock : docks) {
            if (dock->objectName() == u"draftsDock"_s)
                dock->raise();
        }
    }

    void cleanupTestCase()
    {
        if (m_window) {
            m_window->close();
            m_window.reset();
        }
    }

    void menuHasTheSyncActions()
    {
        QCOMPARE(sync()->pushAction()->shortcut(), QKeySequence(u"Ctrl+Shift+P"_s));
        // The shortcut is free: no other action of the window uses it.
        int holders = 0;
        const QList<QAction *> actions = m_window->findChildren<QAction *>();
        for (const QAction *action : actions)
            holders += action->shortcuts().contains(QKeySequence(u"Ctrl+Shift+P"_s)) ? 1 : 0;
        QCOMPARE(holders, 1);
        // Pushing with no site set up asks to sign in instead.
        QVERIFY(!sync()->pushCurrentDraft());
        QTRY_VERIFY_WITH_TIMEOUT(sync()->signInDialog(), GuiWaitMs);
        sync()->signInDialog()->reject();
    }

    void signInWithAPassword()
    {
        QUrl site = m_wp.baseUrl();
        site.setPort(m_proxy->port());
        sync()->showSignIn();
        QTRY_VERIFY_WITH_TIMEOUT(sync()->signInDialog() && sync()->signInDialog()->isVisible(), GuiWaitMs);
        QPointer<SignInDialog> dialog = sync()->signInDialog();
        // A wrong password is refused by the site and nothing is configured.
        dialog->setSite(site, m_wp.userName());
        dialog->setPassword(u"abcd efgh ijkl mnop qrst uvwx"_s);
        QSignalSpy failed(dialog.data(), &SignInDialog::failed);
        dialog->signIn();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60'000);
        QVERIFY2(dialog->statusText().contains(u"refused"_s), qPrintable(dialog->statusText()));
        QVERIFY(sync()->controller()->targets().isEmpty());
        QApplication::processEvents();
        QVERIFY(dialog->grab().save(shotPath(u"signin-refused"_s)));
        // The right one signs in and closes the dialog.
        QSignalSpy signedIn(dialog.data(), &SignInDialog::signedIn);
        dialog->setPassword(m_wp.applicationPassword());
        dialog->signIn();
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 60'000);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, GuiWaitMs);
        QCOMPARE(sync()->controller()->targets().size(), 1);
    }

    void browserRejectionIsReported()
    {
        QUrl site = m_wp.baseUrl();
        site.setPort(m_proxy->port());
        sync()->showSignIn();
        QTRY_VERIFY_WITH_TIMEOUT(sync()->signInDialog() && sync()->signInDialog()->isVisible(), GuiWaitMs);
        QPointer<SignInDialog> dialog = sync()->signInDialog();
        dialog->setSite(site);
        QUrl opened;
        dialog->setUrlOpener([&opened](const QUrl &url) {
            opened = url;
            return true;
        });
        QSignalSpy failed(dialog.data(), &SignInDialog::failed);
        dialog->signInWithBrowser();
        const QByteArray page = approveInBrowser(opened, false);
        QVERIFY2(page.contains("You can close this tab"), page.constData());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60'000);
        QVERIFY2(dialog->statusText().contains(u"not approved"_s), qPrintable(dialog->statusText()));
        QVERIFY(!dialog->isBusy());
        QCOMPARE(sync()->controller()->targets().size(), 1); // the earlier sign-in is untouched
        dialog->reject();
    }

    void signInWithTheBrowser()
    {
        QUrl site = m_wp.baseUrl();
        site.setPort(m_proxy->port());
        sync()->showSignIn();
        QTRY_VERIFY_WITH_TIMEOUT(sync()->signInDialog() && sync()->signInDialog()->isVisible(), GuiWaitMs);
        QPointer<SignInDialog> dialog = sync()->signInDialog();
        dialog->setSite(site);
        QUrl opened;
        dialog->setUrlOpener([&opened](const QUrl &url) {
            opened = url;
            return true;
        });
        QSignalSpy signedIn(dialog.data(), &SignInDialog::signedIn);
        dialog->signInWithBrowser();
        QVERIFY(opened.isValid());
        QCOMPARE(opened.path(), u"/wp-admin/authorize-application.php"_s);
        QCOMPARE(QUrlQuery(opened).queryItemValue(u"app_id"_s), QString::fromLatin1(SignInDialog::AppId));
        QVERIFY(dialog->isBusy());
        QApplication::processEvents(); // the wrapped status text gets its height before the picture
        QVERIFY(dialog->grab().save(shotPath(u"signin-waiting"_s)));

        const QByteArray page = approveInBrowser(opened);
        QVERIFY2(page.contains("You can close this tab"), page.constData());
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 60'000);
        const QString name = signedIn.constFirst().constFirst().toString();
        QCOMPARE(name, SignInDialog::targetNameFor(site));
        QCOMPARE(sync()->controller()->currentTarget(), name);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, GuiWaitMs); // closed itself
        const QList<SyncController::Target> targets = sync()->controller()->targets();
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.constFirst().user, m_wp.userName());
        QCOMPARE(targets.constFirst().url, site);
        // The password is in the keychain, nowhere in the profile database.
        QFile database(m_window->profile()->databasePath());
        QVERIFY(database.open(QIODevice::ReadOnly));
        QVERIFY(!database.readAll().contains("password"));
    }

    void pushShowsSentInTheDraftsList()
    {
        ArticleDocument *document = doc();
        QVERIFY(document);
        document->setField(ArticleDocument::Field::Headline, u"Bridge reopens after flood repairs"_s);
        document->setField(ArticleDocument::Field::Dek, u"Traffic returns to the valley road"_s);
        document->setBodyHtml(u"<p data-block=\"aaaa1111\">The bridge opened at noon.</p>\n"
                              u"<p data-block=\"bbbb2222\">Engineers checked every span.</p>\n"
                              u"<p data-block=\"cccc3333\">Buses run again from Monday.</p>"_s);
        const QString id = currentId();
        QSignalSpy pushed(sync(), &SyncActions::pushed);
        sync()->pushAction()->trigger();
        QCOMPARE(pushed.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), u"sent"_s, 60'000);
        m_remoteId = sync()->controller()->entry(id)->remoteId;
        QVERIFY(!m_remoteId.isEmpty());
        QCOMPARE(postsWithDraftId(id), QList<qint64> {m_remoteId.toLongLong()});
        QApplication::processEvents(); // the list's columns settle before the picture
        QVERIFY(m_window->grab().save(shotPath(u"sent"_s)));
    }

    void offlineRetriesThenDrainsExactlyOnce()
    {
        const QString id = currentId();
        m_proxy->setReachable(false);
        doc()->setField(ArticleDocument::Field::Dek, u"Traffic returns; tolls suspended for a month"_s);
        QVERIFY(sync()->pushCurrentDraft());
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(id).startsWith(u"retry at"_s), GuiWaitMs);
        sync()->showOutbox();
        QVERIFY(sync()->outboxDock()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(sync()->outboxPane()->logList()->topLevelItemCount() > 0, GuiWaitMs);
        QVERIFY(m_window->grab().save(shotPath(u"retry"_s)));
        // The site comes back: the outbox drains by itself (no button pressed).
        m_proxy->setReachable(true);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), u"sent"_s, 60'000);
        QCOMPARE(postsWithDraftId(id), QList<qint64> {m_remoteId.toLongLong()});
        QCOMPARE(other("GET", u"/wp/v2/posts/"_s + m_remoteId, u"context=edit"_s)
                     .object()[u"excerpt"_s][u"raw"_s]
                     .toString(),
            u"Traffic returns; tolls suspended for a month"_s);
        // No secret in the sync log.
        const QList<OutboxLogEntry> log = sync()->controller()->outbox()->logEntries(1000);
        for (const OutboxLogEntry &entry : log)
            QVERIFY(!entry.message.contains(m_wp.applicationPassword()));
    }

    void cleanMergeReachesTheEditor()
    {
        const QString id = currentId();
        const QString route = u"/wp/v2/posts/"_s + m_remoteId;
        // A colleague changes the last paragraph; here the headline changes.
        QString theirs = other("GET", route, u"context=edit"_s).object()[u"content"_s][u"raw"_s].toString();
        theirs.replace(u"Buses run again from Monday."_s, u"Buses run again from Monday morning."_s);
        QVERIFY(other("POST", route, {}, QJsonObject {{u"content"_s, theirs}}).object()[u"id"_s].toInteger() > 0);
        doc()->setField(ArticleDocument::Field::Headline, u"Bridge reopens after repairs"_s);
        const QString before = doc()->article().bodyHtml;
        QVERIFY(sync()->pushCurrentDraft());
        // Merged by itself: the open editor shows the colleague's sentence, the site has both.
        QTRY_VERIFY_WITH_TIMEOUT(doc()->article().bodyHtml.contains(u"Monday morning"_s), 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), u"sent"_s, 60'000);
        const QJsonObject post = other("GET", route, u"context=edit"_s).object();
        QCOMPARE(post[u"title"_s][u"raw"_s].toString(), u"Bridge reopens after repairs"_s);
        QVERIFY(post[u"content"_s][u"raw"_s].toString().contains(u"Monday morning"_s));
        QCOMPARE(doc()->article().headline, u"Bridge reopens after repairs"_s);
        // One step on the undo stack: Undo shows the text from before the merge.
        m_window->editor()->undoAction()->trigger();
        QCOMPARE(doc()->article().bodyHtml, before);
        m_window->editor()->redoAction()->trigger();
        QVERIFY(doc()->article().bodyHtml.contains(u"Monday morning"_s));
    }

    void conflictIsResolvedInTheDialog()
    {
        const QString id = currentId();
        const QString route = u"/wp/v2/posts/"_s + m_remoteId;
        // A colleague rewrites the second paragraph on the site.
        QString theirs = other("GET", route, u"context=edit"_s).object()[u"content"_s][u"raw"_s].toString();
        QVERIFY(theirs.contains(u"Engineers checked every span."_s));
        theirs.replace(u"Engineers checked every span."_s, u"Engineers inspected all twelve spans."_s);
        QVERIFY(other("POST", route, {}, QJsonObject {{u"content"_s, theirs}}).object()[u"id"_s].toInteger() > 0);
        // Here the same paragraph changes differently.
        QVERIFY(doc()->setBlockHtml(
            u"bbbb2222"_s, u"<p data-block=\"bbbb2222\">Engineers checked every span twice.</p>"_s));
        const QString mine = doc()->article().bodyHtml;
        QSignalSpy shown(sync(), &SyncActions::conflictShown);
        QVERIFY(sync()->pushCurrentDraft());
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 60'000);
        QCOMPARE(stateOf(id), u"conflict"_s);
        QPointer<ConflictDialog> dialog = sync()->conflictDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), GuiWaitMs);
        QCOMPARE(dialog->conflictCount(), 1);
        QVERIFY(dialog->grab().save(shotPath(u"conflict"_s)));
        QVERIFY(m_window->grab().save(shotPath(u"conflict-window"_s)));
        // The site was not overwritten.
        QVERIFY(
            other("GET", route, u"context=edit"_s).object()[u"content"_s][u"raw"_s].toString().contains(u"twelve"_s));

        // "Decide Later" leaves the draft in conflict; the Outbox's Resolve… brings it back.
        dialog->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, GuiWaitMs);
        QCOMPARE(stateOf(id), u"conflict"_s);
        sync()->showOutbox();
        QVERIFY(sync()->outboxPane()->selectEntry(id));
        QPushButton *resolve = nullptr;
        const QList<QPushButton *> buttons = sync()->outboxPane()->findChildren<QPushButton *>();
        for (QPushButton *button : buttons)
            resolve = button->text() == u"Re&solve…"_s ? button : resolve;
        QVERIFY(resolve && resolve->isVisible());
        resolve->click();
        dialog = sync()->conflictDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->conflictCount(), 1);
        dialog->chooseTheirs(0);
        QCOMPARE(dialog->choice(0), ConflictDialog::Choice::Theirs);
        dialog->setMergedText(0, u"Engineers inspected all twelve spans twice."_s);
        QCOMPARE(dialog->choice(0), ConflictDialog::Choice::Edited);
        QSignalSpy resolved(sync(), &SyncActions::conflictResolved);
        dialog->accept();
        QCOMPARE(resolved.size(), 1);
        QVERIFY(doc()->article().bodyHtml.contains(u"all twelve spans twice"_s));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), u"sent"_s, 60'000);
        const QString onSite = other("GET", route, u"context=edit"_s).object()[u"content"_s][u"raw"_s].toString();
        QVERIFY2(onSite.contains(u"all twelve spans twice"_s), qPrintable(onSite));
        QCOMPARE(postsWithDraftId(id), QList<qint64> {m_remoteId.toLongLong()});

        // Nothing lost: both versions are revisions, and Undo in the editor brings mine back.
        QStringList labels;
        for (const RevisionInfo &revision : m_window->draftSession()->revisions()->list(id))
            labels << revision.label;
        QVERIFY2(
            labels.join(u'|').contains(u"Before merging with the site's version"_s), qPrintable(labels.join(u'|')));
        QVERIFY(labels.join(u'|').contains(u"The site's version"_s));
        m_window->editor()->undoAction()->trigger();
        QCOMPARE(doc()->article().bodyHtml, mine);
        m_window->editor()->redoAction()->trigger();
        QVERIFY(doc()->article().bodyHtml.contains(u"all twelve spans twice"_s));
    }

    void pulledDraftUpdatesItsPost()
    {
        const QJsonObject created = other("POST", u"/wp/v2/posts"_s, {},
            QJsonObject {{u"title"_s, u"Council votes on the budget"_s}, {u"status"_s, u"draft"_s},
                {u"content"_s, u"<p>The vote is at six.</p>"_s}})
                                        .object();
        const qint64 postId = created[u"id"_s].toInteger();
        QVERIFY(postId > 0);
        sync()->showPull();
        RemoteDraftsDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<RemoteDraftsDialog *>()) != nullptr, GuiWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->posts().isEmpty(), 60'000);
        QVERIFY(dialog->total() >= 2);
        int row = -1;
        for (int i = 0; i < dialog->posts().size(); ++i)
            row = dialog->posts().at(i).remoteId == QString::number(postId) ? i : row;
        QVERIFY(row >= 0);
        QVERIFY(dialog->grab().save(shotPath(u"pull"_s)));
        const QString before = currentId();
        dialog->openSelected(row);
        QTRY_VERIFY_WITH_TIMEOUT(currentId() != before, GuiWaitMs);
        const QString id = currentId();
        QCOMPARE(doc()->article().headline, u"Council votes on the budget"_s);
        QVERIFY(doc()->article().bodyHtml.contains(u"The vote is at six."_s));
        QCOMPARE(sync()->controller()->entry(id)->remoteId, QString::number(postId));
        QCOMPARE(stateOf(id), u"sent"_s);

        doc()->setField(ArticleDocument::Field::Headline, u"Council passes the budget"_s);
        QVERIFY(sync()->pushCurrentDraft());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), u"sent"_s, 60'000);
        QTRY_VERIFY_WITH_TIMEOUT(sync()->controller()->entry(id)->state == OutboxEntry::State::Sent, GuiWaitMs);
        // The same post was updated, not a new one created.
        QCOMPARE(postsWithDraftId(id), QList<qint64> {postId});
        QCOMPARE(other("GET", u"/wp/v2/posts/"_s + QString::number(postId), u"context=edit"_s)
                     .object()[u"title"_s][u"raw"_s]
                     .toString(),
            u"Council passes the budget"_s);
    }
};

WIREDESK_GUITEST_MAIN(TestSyncWindow)
#include "test_syncwindow.moc"
