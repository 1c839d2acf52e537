// kill -9 during sync, then restart: `wiredesk-cli sync push` drains many drafts to a real
// WordPress and is SIGKILLed several times while a push is on the wire (a row in "sending":
// committed before the request, not yet answered); the next run recovers and drains. At the
// end every draft is sent and the site holds exactly one post per draft, counted by the
// wiredesk_draft_id meta of every post (not through the client's own lookup).
#include "article.h"
#include "articlerepository.h"
#include "articleschema.h"
#include "database.h"
#include "outboxqueue.h"
#include "syncschema.h"
#include "wordpressserver.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

class TestSyncRestart final : public QObject
{
    Q_OBJECT

    WordPressServer m_wp;
    QTemporaryDir m_profile;
    Database m_db;
    QNetworkAccessManager m_other;

    static QString cli() { return QStringLiteral(WIREDESK_BINARY_DIR) + u"/src/cli/wiredesk-cli"_s; }

    int countState(const QString &state)
    {
        QSqlQuery query(m_db.connection());
        query.prepare(u"SELECT COUNT(*) FROM sync_outbox WHERE state = ?"_s);
        query.addBindValue(state);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    }

    /// draft id → ids of every post carrying it, over all pages of all statuses.
    QHash<QString, QList<qint64>> postsByDraftId()
    {
        QHash<QString, QList<qint64>> posts;
        for (int page = 1;; ++page) {
            QUrl url = m_wp.restUrl(u"/wp/v2/posts"_s);
            url.setQuery(url.query() + u"&context=edit&status=any&per_page=100&_fields=id,meta&page=%1"_s.arg(page));
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", m_wp.authorizationHeader());
            QNetworkReply *reply = m_other.get(request);
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const QJsonArray array = QJsonDocument::fromJson(reply->readAll()).array();
            reply->deleteLater();
            for (const QJsonValue &post : array)
                posts[post[u"meta"_s][u"wiredesk_draft_id"_s].toString()] << post[u"id"_s].toInteger();
            if (array.size() < 100)
                break;
        }
        return posts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(cli()), qPrintable(cli()));
        if (!m_wp.start()) {
            if (m_wp.packagesMissing())
                QSKIP(qPrintable(m_wp.errorString()));
            QFAIL(qPrintable(m_wp.errorString()));
        }
        QVERIFY(m_db.open(m_profile.filePath(u"wiredesk.sqlite"_s)));
        QVERIFY(m_db.migrate(articleSchema()));
        QVERIFY(m_db.migrate(syncSchema()));
    }

    void killedMidPushLosesAndDuplicatesNothing()
    {
        const int drafts = qEnvironmentVariableIsSet("WIREDESK_SYNC_RESTART_DRAFTS")
            ? qEnvironmentVariableIntValue("WIREDESK_SYNC_RESTART_DRAFTS")
            : 60;
        ArticleRepository repository(&m_db);
        QStringList ids;
        for (int i = 0; i < drafts; ++i) {
            Article article;
            article.id = u"9e1f0000-0000-4000-8000-%1"_s.arg(i, 12, 10, QChar(u'0'));
            article.headline = u"Restart test draft %1"_s.arg(i);
            article.dek = u"Pushed through kill -9"_s;
            article.slug = u"restart-%1"_s.arg(i);
            article.bodyHtml = u"<p data-block=\"r%1\">Paragraph of draft %2.</p>"_s.arg(i, 7, 10, QChar(u'0')).arg(i);
            article.created = article.modified = QDateTime::currentDateTimeUtc();
            QVERIFY(repository.save(article));
            ids << article.id;
        }

        // The target as a user adds it: the password on stdin, into the keychain.
        QProcess add;
        add.start(cli(),
            {u"sync"_s, u"target"_s, u"add"_s, u"--profile"_s, m_profile.path(), u"site"_s, u"--kind"_s, u"wordpress"_s,
                u"--url"_s, m_wp.baseUrl().toString(), u"--user"_s, m_wp.userName()});
        QVERIFY(add.waitForStarted());
        add.write(m_wp.applicationPassword().toUtf8() + '\n');
        add.closeWriteChannel();
        QVERIFY(add.waitForFinished(60'000));
        QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());

        const QStringList push
            = QStringList {u"sync"_s, u"push"_s, u"--profile"_s, m_profile.path(), u"--target"_s, u"site"_s} + ids;
        // Three kills, each while a push is on the wire, a little further into the queue each time.
        int kills = 0;
        for (int round = 1; round <= 3; ++round) {
            QProcess run;
            run.start(cli(), push);
            QVERIFY(run.waitForStarted());
            const int goal = countState(u"sent"_s) + qMax(1, drafts / 6);
            QTRY_VERIFY_WITH_TIMEOUT(
                run.state() != QProcess::Running || (countState(u"sent"_s) >= goal && countState(u"sending"_s) == 1),
                180'000);
            if (run.state() == QProcess::Running) {
                run.kill(); // SIGKILL: no cleanup, no flush, no goodbye
                QVERIFY(run.waitForFinished(30'000));
                QCOMPARE(run.exitStatus(), QProcess::CrashExit);
                ++kills;
            }
        }
        QVERIFY2(kills >= 1, "the push finished before it could be killed; raise WIREDESK_SYNC_RESTART_DRAFTS");
        qInfo("killed %d times; %d of %d sent before the final run", kills, countState(u"sent"_s), drafts);

        // Restart and drain.
        QProcess last;
        last.start(cli(), push);
        QVERIFY(last.waitForFinished(600'000));
        QVERIFY2(
            last.exitStatus() == QProcess::NormalExit && last.exitCode() == 0, last.readAllStandardError().constData());

        OutboxQueue queue(&m_db);
        int interrupted = 0;
        for (const OutboxLogEntry &entry : queue.logEntries(100000))
            interrupted += entry.event == u"interrupted"_s ? 1 : 0;
        // Each kill aimed at a row in "sending"; the next run re-queued it (a kill can land in the
        // instant between two rows, so not necessarily one per kill).
        QVERIFY2(interrupted >= 1 && interrupted <= kills,
            qPrintable(u"%1 interrupted, %2 kills"_s.arg(interrupted).arg(kills)));

        const QHash<QString, QList<qint64>> posts = postsByDraftId();
        for (const QString &id : std::as_const(ids)) {
            const std::optional<OutboxEntry> entry = queue.entry(id, u"site"_s);
            QVERIFY(entry.has_value());
            QVERIFY2(entry->state == OutboxEntry::State::Sent, qPrintable(id + u": "_s + entry->lastError));
            // Zero lost, zero duplicated.
            QCOMPARE(posts.value(id), QList<qint64> {entry->remoteId.toLongLong()});
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncRestart)
#include "test_syncrestart.moc"
