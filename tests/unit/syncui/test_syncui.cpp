// The sync UI's pieces without a server: the loopback callback of the browser sign-in (parsing
// and a real request over 127.0.0.1), the conflict dialog's resolution, the controller's
// submit gate, outbox actions and state texts against a folder target, the sign-in dialog's
// address handling and the drafts list's Sync column.
#include "article.h"
#include "articlerepository.h"
#include "authorizecallbackserver.h"
#include "conflictdialog.h"
#include "draftspane.h"
#include "outboxpane.h"
#include "remotepost.h"
#include "signindialog.h"
#include "synccontroller.h"
#include "syncengine.h"
#include "threewaymerge.h"
#include "wordpresstarget.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextEdit>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

class TestSyncUi final : public QObject
{
    Q_OBJECT

    // The conflict the sync controller hands the dialog after a three-way merge.
    static SyncController::ConflictCase conflictCase(const Article &base, const Article &local, const Article &remote)
    {
        SyncController::ConflictCase c;
        c.draftId = local.id;
        c.target = u"site"_s;
        c.base = SyncEngine::mergeSide(base);
        c.local = SyncEngine::mergeSide(local);
        c.remote = SyncEngine::mergeSide(remote);
        c.merged = ThreeWayMerge::merge(c.base, c.local, c.remote);
        return c;
    }

    static Article sampleArticle(const QString &id)
    {
        Article a;
        a.id = id;
        a.headline = u"Harbour reopens"_s;
        a.dek = u"Ferries run again"_s;
        a.slug = u"harbour-reopens"_s;
        a.bodyHtml = u"<p data-block=\"aaaaaaaa\">First.</p>\n<p data-block=\"bbbbbbbb\">Second.</p>"_s;
        a.created = a.modified = QDateTime::currentDateTimeUtc();
        return a;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parsesTheCallback_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("site");
        const int approved = int(AuthorizeCallbackServer::Callback::Kind::Approved);
        const int rejected = int(AuthorizeCallbackServer::Callback::Kind::Rejected);
        const int invalid = int(AuthorizeCallbackServer::Callback::Kind::Invalid);
        QTest::newRow("approved")
            << "/wiredesk-callback?state=s3cr3t&site_url=http%3A%2F%2Fexample.org&user_login=ed+itor&password=abcd+EFGH+1234"_ba
            << approved << u"ed itor"_s << u"abcd EFGH 1234"_s << u"http://example.org"_s;
        QTest::newRow("rejected") << "/wiredesk-callback?state=s3cr3t&success=false"_ba << rejected << QString()
                                  << QString() << QString();
        QTest::newRow("disabled") << "/wiredesk-callback?state=s3cr3t&success=false&error=disabled"_ba << rejected
                                  << QString() << QString() << QString();
        QTest::newRow("wrong state") << "/wiredesk-callback?state=guess&user_login=a&password=b"_ba << invalid
                                     << QString() << QString() << QString();
        QTest::newRow("no state") << "/wiredesk-callback?user_login=a&password=b"_ba << invalid << QString()
                                  << QString() << QString();
        QTest::newRow("other path") << "/favicon.ico?state=s3cr3t&user_login=a&password=b"_ba << invalid << QString()
                                    << QString() << QString();
        QTest::newRow("no password") << "/wiredesk-callback?state=s3cr3t&user_login=a"_ba << invalid << QString()
                                     << QString() << QString();
    }

    void parsesTheCallback()
    {
        QFETCH(QByteArray, target);
        QFETCH(int, kind);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, site);
        const auto callback = AuthorizeCallbackServer::parse(target, u"s3cr3t"_s);
        QCOMPARE(int(callback.kind), kind);
        QCOMPARE(callback.user, user);
        QCOMPARE(callback.password, password);
        QCOMPARE(callback.siteUrl.toString(), site);
    }

    void callbackAnswersTheBrowserOnce()
    {
        AuthorizeCallbackServer server;
        QVERIFY(server.listen());
        const QUrl callback = server.callbackUrl();
        QCOMPARE(callback.host(), u"127.0.0.1"_s);
        const QUrl authorize = server.authorizeUrl(QUrl(u"https://news.example.org/blog/"_s), u"Wiredesk"_s, u"id-1"_s);
        QCOMPARE(authorize.path(), u"/blog/wp-admin/authorize-application.php"_s);
        QCOMPARE(QUrlQuery(authorize).queryItemValue(u"success_url"_s, QUrl::FullyDecoded),
            callback.toString(QUrl::FullyEncoded));
        QVERIFY(QUrlQuery(authorize).queryItemValue(u"reject_url"_s, QUrl::FullyDecoded).endsWith(u"&success=false"_s));

        QSignalSpy approved(&server, &AuthorizeCallbackServer::approved);
        // The server lives in this thread: the client waits on signals, never blocks.
        auto request = [&](const QByteArray &target) -> QByteArray {
            QTcpSocket socket;
            QByteArray answer;
            connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
            QSignalSpy closed(&socket, &QTcpSocket::disconnected);
            socket.connectToHost(QHostAddress::LocalHost, callback.port());
            socket.write("GET "_ba + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"_ba);
            if (!closed.wait(10'000))
                return {};
            answer += socket.readAll();
            return answer;
        };
        // A guess without the state token gets nothing.
        QVERIFY(request("/wiredesk-callback?user_login=x&password=y"_ba).contains("Not for Wiredesk"));
        QCOMPARE(approved.size(), 0);
        const QByteArray page = request(callback.path(QUrl::FullyEncoded).toUtf8() + '?'
            + callback.query(QUrl::FullyEncoded).toUtf8() + "&site_url=x&user_login=editor&password=abc+def"_ba);
        QVERIFY2(page.startsWith("HTTP/1.1 200"), page.constData());
        QVERIFY(page.contains("You can close this tab"));
        QVERIFY(!page.contains("abc")); // the password is never echoed
        QCOMPARE(approved.size(), 1);
        QCOMPARE(approved.at(0).at(1).toString(), u"editor"_s);
        QCOMPARE(approved.at(0).at(2).toString(), u"abc def"_s);
        QVERIFY(!server.isListening()); // one sign-in, one answer
    }

    void conflictDialogAppliesChoices()
    {
        const Article baseArticle = sampleArticle(u"d1"_s);
        Article local = baseArticle;
        local.headline = u"Harbour reopens at last"_s;
        local.bodyHtml = u"<p data-block=\"aaaaaaaa\">First, mine.</p>\n<p data-block=\"bbbbbbbb\">Second.</p>"_s;
        Article remote = baseArticle;
        remote.headline = u"Harbour reopens today"_s;
        remote.dek = u"Ferries and buses run again"_s; // only theirs: merges by itself
        remote.bodyHtml = u"<p data-block=\"aaaaaaaa\">First, theirs.</p>\n<p data-block=\"bbbbbbbb\">Second.</p>"_s;
        const SyncController::ConflictCase c = conflictCase(baseArticle, local, remote);
        QCOMPARE(c.merged.conflicts.size(), 2);

        ConflictDialog dialog(c);
        QCOMPARE(dialog.conflictCount(), 2);
        int title = c.merged.conflicts.at(0).where == MergeConflict::Where::Field ? 0 : 1;
        int block = 1 - title;
        // Default: mine everywhere, theirs where only they changed.
        Article resolved = dialog.resolvedArticle(local);
        QCOMPARE(resolved.headline, local.headline);
        QCOMPARE(resolved.dek, remote.dek);
        QVERIFY(resolved.bodyHtml.contains(u"First, mine."_s));
        dialog.chooseTheirs(title);
        dialog.chooseTheirs(block);
        resolved = dialog.resolvedArticle(local);
        QCOMPARE(resolved.headline, remote.headline);
        QVERIFY(resolved.bodyHtml.contains(u"First, theirs."_s));
        QVERIFY(resolved.bodyHtml.contains(u"Second."_s));
        // Edited text becomes the block, escaped, in the block's own element and id.
        dialog.setMergedText(block, u"First, <ours> & theirs."_s);
        QCOMPARE(dialog.choice(block), ConflictDialog::Choice::Edited);
        resolved = dialog.resolvedArticle(local);
        QVERIFY2(resolved.bodyHtml.contains(u"<p data-block=\"aaaaaaaa\">First, &lt;ours&gt; &amp; theirs.</p>"_s),
            qPrintable(resolved.bodyHtml));
        // Typing one side's text back is that side's choice again.
        dialog.setMergedText(block, u"First, mine."_s);
        QCOMPARE(dialog.choice(block), ConflictDialog::Choice::Mine);
        // An empty merge deletes the block.
        dialog.setMergedText(block, QString());
        resolved = dialog.resolvedArticle(local);
        QVERIFY(!resolved.bodyHtml.contains(u"aaaaaaaa"_s));
        QVERIFY(resolved.bodyHtml.contains(u"bbbbbbbb"_s));
        QCOMPARE(resolved.id, local.id);
    }

    void editedMergeKeepsFormatting()
    {
        const Article baseArticle = sampleArticle(u"d2"_s);
        Article local = baseArticle;
        local.bodyHtml = u"<p data-block=\"aaaaaaaa\">The <span data-sources=\"src1\">port reopened at noon</span>, "
                         "said <a href=\"https://port.example/\">the authority</a>.</p>"_s;
        Article remote = baseArticle;
        remote.bodyHtml = u"<p data-block=\"aaaaaaaa\">The port reopened at <em>dawn</em>.</p>"_s;
        const SyncController::ConflictCase c = conflictCase(baseArticle, local, remote);
        QCOMPARE(c.merged.conflicts.size(), 1);

        ConflictDialog dialog(c);
        QCOMPARE(dialog.choice(0), ConflictDialog::Choice::Mine);
        auto *editor = dialog.findChild<QTextEdit *>();
        QVERIFY(editor);
        // The user appends a sentence to mine: the citation and the link stay.
        QTextCursor cursor(editor->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(u" Ferries run again."_s);
        QCOMPARE(dialog.choice(0), ConflictDialog::Choice::Edited);
        QString body = dialog.resolvedArticle(local).bodyHtml;
        QVERIFY2(body.contains(u"<span data-sources=\"src1\">port reopened at noon</span>"_s), qPrintable(body));
        QVERIFY2(body.contains(u"<a href=\"https://port.example/\">the authority</a>. Ferries run again.</p>"_s),
            qPrintable(body));
        QVERIFY(body.contains(u"data-block=\"aaaaaaaa\""_s));

        // Theirs loads with its emphasis; making one more word bold is an edit, not theirs.
        dialog.chooseTheirs(0);
        QCOMPARE(dialog.choice(0), ConflictDialog::Choice::Theirs);
        QVERIFY(dialog.resolvedArticle(local).bodyHtml.contains(u"<em>dawn</em>"_s));
        cursor = QTextCursor(editor->document());
        cursor.movePosition(QTextCursor::NextWord, QTextCursor::KeepAnchor);
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        cursor.mergeCharFormat(bold);
        QCOMPARE(dialog.choice(0), ConflictDialog::Choice::Edited);
        body = dialog.resolvedArticle(local).bodyHtml;
        QVERIFY2(body.contains(u"<strong>The "_s) && body.contains(u"<em>dawn</em>"_s), qPrintable(body));
    }

    void blockFromTextKeepsTheShape_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("p") << u"<p data-block=\"x\">a</p>"_s << u"one"_s << u"<p data-block=\"id345678\">one</p>"_s;
        QTest::newRow("h2") << u"<h2 data-block=\"x\">a</h2>"_s << u"Head"_s
                            << u"<h2 data-block=\"id345678\">Head</h2>"_s;
        QTest::newRow("list") << u"<ul data-block=\"x\"><li>a</li></ul>"_s << u"one\ntwo"_s
                              << u"<ul data-block=\"id345678\"><li>one</li><li>two</li></ul>"_s;
        QTest::newRow("quote") << u"<blockquote data-block=\"x\"><p>a</p></blockquote>"_s << u"said"_s
                               << u"<blockquote data-block=\"id345678\"><p>said</p></blockquote>"_s;
    }

    void blockFromTextKeepsTheShape()
    {
        QFETCH(QString, model);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(ConflictDialog::blockFromText(u"id345678"_s, model, text), expected);
    }

    void controllerGatesAndActsOnTheOutbox()
    {
        QTemporaryDir dir;
        SyncController controller(dir.filePath(u"wiredesk.sqlite"_s), dir.path());
        QString error;
        QVERIFY2(controller.open(&error), qPrintable(error));
        QVERIFY(controller.currentTarget().isEmpty());
        QString reason;
        const Article article = sampleArticle(u"7a1c0000-0000-4000-8000-000000000001"_s);
        QVERIFY(ArticleRepository(controller.database()).save(article));
        QVERIFY(!controller.push(nullptr, article, &reason));
        QVERIFY(reason.contains(u"sign in"_s));

        QSignalSpy targets(&controller, &SyncController::targetsChanged);
        QVERIFY(controller.saveTarget(
            SyncController::Target {u"folder"_s, u"folder"_s, QUrl::fromLocalFile(dir.filePath(u"site"_s)), {}, false},
            &error));
        QCOMPARE(targets.size(), 1);
        QCOMPARE(controller.currentTarget(), u"folder"_s);

        // The gate decides first; a refusal queues nothing.
        int asked = 0;
        controller.setSubmitGate([&asked](QWidget *, const Article &a, QString *why) {
            ++asked;
            if (a.headline.contains(u"Harbour"_s)) {
                *why = u"provenance check failed"_s;
                return false;
            }
            return true;
        });
        QVERIFY(!controller.push(nullptr, article, &reason));
        QCOMPARE(reason, u"provenance check failed"_s);
        QCOMPARE(asked, 1);
        QVERIFY(!controller.entry(article.id));

        controller.setSubmitGate({}); // back to "allow"
        QSignalSpy changed(&controller, &SyncController::entryChanged);
        QVERIFY(controller.push(nullptr, article, &reason));
        QTRY_VERIFY(controller.entry(article.id) && controller.entry(article.id)->state == OutboxEntry::State::Sent);
        QVERIFY(QFile::exists(dir.filePath(u"site/harbour-reopens/index.html"_s)));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(SyncController::stateText(*controller.entry(article.id)), u"sent"_s);
        QStringList events;
        for (const OutboxLogEntry &entry : controller.outbox()->logEntries(100, article.id))
            events.prepend(entry.event);
        QCOMPARE(events, (QStringList {u"queued"_s, u"sending"_s, u"sent"_s}));

        // A sent, linked entry: Cancel keeps the link; Detach forgets it.
        QVERIFY(controller.cancel(article.id, u"folder"_s));
        QCOMPARE(controller.entry(article.id)->remoteId, u"harbour-reopens"_s);
        QVERIFY(controller.detach(article.id, u"folder"_s));
        QVERIFY(!controller.entry(article.id));

        // A pulled post becomes a linked draft: the next push updates, it does not create.
        Article pulled = sampleArticle(u"7a1c0000-0000-4000-8000-000000000002"_s);
        pulled.slug = u"pulled"_s;
        QVERIFY(ArticleRepository(controller.database()).save(pulled));
        RemotePost post;
        post.remoteId = u"pulled"_s;
        post.version = u"v1"_s;
        post.contentHash = u"h1"_s;
        QVERIFY(controller.linkPulledDraft(u"folder"_s, pulled, post));
        QCOMPARE(controller.entry(pulled.id)->remoteId, u"pulled"_s);
        QCOMPARE(controller.entry(pulled.id)->state, OutboxEntry::State::Sent);
    }

    void inlineImagesRoundTrip()
    {
        Article article = sampleArticle(u"d2"_s);
        article.bodyHtml
            = u"<p data-block=\"aaaaaaaa\">Text.</p>\n<figure data-block=\"ffffffff\"><img "
              u"src=\"images/chart.png\" alt=\"A &quot;chart&quot;\"><figcaption>Chart</figcaption></figure>"_s;
        // Not uploaded: a local image is left out of what WordPress gets.
        QVERIFY(!WordPressTarget::contentFor(article).contains(u"<img"_s));
        const QString url = u"https://site.example/wp-content/uploads/2026/11/chart.png"_s;
        const QString content = WordPressTarget::contentFor(article, {{u"images/chart.png"_s, url}});
        QVERIFY2(
            content.contains(u"data-wiredesk-src=\"images/chart.png\" src=\""_s + url + u'"'), qPrintable(content));
        // Read back, the article's own source returns and the merge sees no change.
        const QString restored = WordPressTarget::restoreLocalImages(content);
        QVERIFY(!restored.contains(u"data-wiredesk-src"_s));
        QVERIFY(!restored.contains(url));
        const MergeSide side {{}, article.bodyHtml};
        const MergeResult merged = ThreeWayMerge::merge(side, side, MergeSide {{}, restored});
        QVERIFY(merged.isClean()); // attribute order is no change to the merge
        QVERIFY(merged.bodyHtml.contains(u"src=\"images/chart.png\""_s));
        QVERIFY(!merged.bodyHtml.contains(url));
        // Where the file is not there (the post opened on another machine) the site's URL stays.
        const QString elsewhere
            = WordPressTarget::restoreLocalImages(content, [](const QString &source) { return source.isEmpty(); });
        QVERIFY(elsewhere.contains(url));
        QCOMPARE(WordPressTarget::restoreLocalImages(
                     content, [](const QString &source) { return source == u"images/chart.png"_s; }),
            restored);
        // Images WordPress users added stay as they are.
        const QString theirs = u"<p><img src=\"https://x.example/a.png\"></p>"_s;
        QCOMPARE(WordPressTarget::restoreLocalImages(theirs), theirs);
    }

    void stateTexts()
    {
        OutboxEntry entry;
        entry.state = OutboxEntry::State::RetryAt;
        entry.nextAttempt = QDateTime(QDate(2026, 11, 27), QTime(14, 5), QTimeZone::utc());
        QVERIFY(SyncController::stateText(entry).startsWith(u"retry at "_s));
        entry.state = OutboxEntry::State::Failed;
        entry.lastError = u"updating the post: The site answered 413."_s;
        QCOMPARE(SyncController::stateText(entry), u"failed: updating the post: The site answered 413."_s);
        entry.state = OutboxEntry::State::NeedsSignIn;
        QCOMPARE(SyncController::stateText(entry), u"needs sign-in"_s);
        entry.state = OutboxEntry::State::Conflict;
        QCOMPARE(SyncController::stateText(entry), u"conflict"_s);
    }

    void siteAddresses_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("name");
        QTest::newRow("bare host") << u"news.example.org"_s << u"https://news.example.org"_s << u"news.example.org"_s;
        QTest::newRow("trailing slash") << u"https://news.example.org/"_s << u"https://news.example.org"_s
                                        << u"news.example.org"_s;
        QTest::newRow("port and path") << u"http://127.0.0.1:8080/blog/?x=1"_s << u"http://127.0.0.1:8080/blog"_s
                                       << u"127.0.0.1:8080"_s;
        QTest::newRow("ftp") << u"ftp://example.org"_s << QString() << QString();
        QTest::newRow("empty") << u"  "_s << QString() << QString();
    }

    void siteAddresses()
    {
        QFETCH(QString, typed);
        QFETCH(QString, site);
        QFETCH(QString, name);
        const QUrl url = SignInDialog::normalizedSite(typed);
        QCOMPARE(url.toString(), site);
        if (!site.isEmpty())
            QCOMPARE(SignInDialog::targetNameFor(url), name);
    }

    void asksBeforeSendingAPasswordOverPlainHttp()
    {
        QTemporaryDir dir;
        SyncController controller(dir.filePath(u"wiredesk.sqlite"_s), dir.path());
        QString error;
        QVERIFY(controller.open(&error));
        SignInDialog dialog(&controller);
        dialog.setSite(QUrl(u"http://news.example.invalid"_s), u"editor"_s);
        dialog.setPassword(u"abcd efgh ijkl mnop qrst uvwx"_s);
        QString question;
        // The warning is modal: answer "No" from inside its event loop.
        QTimer::singleShot(0, &dialog, [&question] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            question = box->text();
            box->button(QMessageBox::No)->click();
        });
        QSignalSpy failed(&dialog, &SignInDialog::failed);
        dialog.signIn();
        QVERIFY2(question.contains(u"unencrypted"_s), qPrintable(question));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!dialog.isBusy()); // nothing went out
        QVERIFY(dialog.statusText().contains(u"nothing was sent"_s));
        QVERIFY(controller.targets().isEmpty());
        // Loopback and https are not asked about.
        QVERIFY(SyncEngine::mayCarryCredentials(QUrl(u"http://127.0.0.1:8080"_s), false));
        QVERIFY(SyncEngine::mayCarryCredentials(QUrl(u"https://news.example.org"_s), false));
    }

    void outboxPaneFollowsTheQueue()
    {
        QTemporaryDir dir;
        SyncController controller(dir.filePath(u"wiredesk.sqlite"_s), dir.path());
        QString error;
        QVERIFY(controller.open(&error));
        QVERIFY(controller.saveTarget(
            SyncController::Target {u"folder"_s, u"folder"_s, QUrl::fromLocalFile(dir.filePath(u"site"_s)), {}, false},
            &error));
        OutboxPane pane;
        int titleLoads = 0;
        pane.setDraftTitles([&titleLoads](const QString &id) -> QString {
            ++titleLoads;
            return u"Title of "_s + id.left(8);
        });
        pane.setController(&controller);
        QCOMPARE(pane.queueList()->topLevelItemCount(), 0);
        const Article article = sampleArticle(u"7a1c0000-0000-4000-8000-000000000004"_s);
        QVERIFY(ArticleRepository(controller.database()).save(article));
        QString reason;
        QVERIFY(controller.push(nullptr, article, &reason));
        QTRY_COMPARE(pane.queueList()->topLevelItemCount(), 1);
        QTRY_COMPARE(pane.queueList()->topLevelItem(0)->text(2), u"sent"_s);
        QCOMPARE(pane.queueList()->topLevelItem(0)->text(0), u"Title of 7a1c0000"_s);
        QVERIFY(titleLoads <= 4);                          // once per change of the row, not per row per change
        QVERIFY(pane.logList()->topLevelItemCount() >= 3); // queued, sending, sent
        QCOMPARE(pane.logList()->topLevelItem(0)->text(2), u"sent"_s);
        QVERIFY(pane.selectEntry(article.id));
        pane.detachSelected();
        QTRY_COMPARE(pane.queueList()->topLevelItemCount(), 0);
        QCOMPARE(pane.logList()->topLevelItem(0)->text(2), u"detached"_s);
    }

    void draftsListShowsTheSyncState()
    {
        QTemporaryDir dir;
        SyncController controller(dir.filePath(u"wiredesk.sqlite"_s), dir.path());
        QString error;
        QVERIFY(controller.open(&error));
        ArticleRepository repository(controller.database());
        QVERIFY(repository.save(sampleArticle(u"7a1c0000-0000-4000-8000-000000000003"_s)));
        DraftsPane pane;
        pane.setRepository(&repository);
        QCOMPARE(pane.list()->columnCount(), 3);
        pane.setSyncState(u"7a1c0000-0000-4000-8000-000000000003"_s, u"retry at 14:05"_s);
        QCOMPARE(pane.list()->topLevelItem(0)->text(2), u"retry at 14:05"_s);
        pane.refresh(); // survives a rebuild of the list
        QCOMPARE(pane.list()->topLevelItem(0)->text(2), u"retry at 14:05"_s);
        const QString reason = u"failed: "_s + QString(80, u'x');
        pane.setSyncState(u"7a1c0000-0000-4000-8000-000000000003"_s, reason);
        QVERIFY(pane.list()->topLevelItem(0)->text(2).size() <= 40);
        QCOMPARE(pane.list()->topLevelItem(0)->toolTip(2), reason);
        QCOMPARE(pane.syncStateText(u"7a1c0000-0000-4000-8000-000000000003"_s), reason);
        pane.clearSyncStates();
        QVERIFY(pane.list()->topLevelItem(0)->text(2).isEmpty());
    }
};

QTEST_MAIN(TestSyncUi)
#include "test_syncui.moc"
