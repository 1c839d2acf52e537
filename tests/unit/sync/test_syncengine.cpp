// The outbox state machine and the engine's decisions, against an in-memory fake target
// (logic only; the real WordPress is exercised in tests/integration/wordpress).
#include "article.h"
#include "articlerepository.h"
#include "articleschema.h"
#include "database.h"
#include "publishingtarget.h"
#include "revisionstore.h"
#include "syncengine.h"
#include "syncschema.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

/// Posts in memory; failures scripted per call.
class FakeTarget final : public PublishingTarget
{
public:
    QHash<QString, RemotePost> posts;
    QList<SyncError> pushFailures; ///< returned (and popped) by the next pushes
    int loseResponses = 0;         ///< the next pushes do their work but report a reset
    int pushes = 0;
    int creates = 0;
    int nextId = 1;

    QString kind() const override { return u"fake"_s; }
    bool canFindByDraftId() const override { return true; }

    void push(const Article &article, const QString &remoteId, const QString &, PushCallback done) override
    {
        ++pushes;
        PushResult result;
        if (!pushFailures.isEmpty()) {
            result.error = pushFailures.takeFirst();
            later([done, result] { done(result); });
            return;
        }
        RemotePost post;
        post.remoteId = remoteId.isEmpty() ? QString::number(nextId++) : remoteId;
        if (remoteId.isEmpty())
            ++creates;
        post.title = article.headline;
        post.excerpt = article.dek;
        post.slug = article.slug;
        post.bodyHtml = article.bodyHtml;
        post.tags = article.tags;
        post.draftId = article.id;
        post.contentHash = post.computeHash();
        post.version = post.contentHash.left(8);
        posts.insert(post.remoteId, post);
        if (loseResponses > 0) {
            --loseResponses;
            result.error = SyncError::make(SyncError::Kind::Retry, u"connection reset"_s);
        } else {
            result = PushResult {post.remoteId, post.version, post.contentHash, {}};
        }
        later([done, result] { done(result); });
    }
    void fetch(const QString &remoteId, FetchCallback done) override
    {
        FetchResult result;
        if (posts.contains(remoteId))
            result = FetchResult {true, posts.value(remoteId), {}};
        else
            result.error = SyncError::make(SyncError::Kind::RemoteDeleted, u"gone"_s);
        later([done, result] { done(result); });
    }
    void findByDraftId(const QString &draftId, FetchCallback done) override
    {
        FetchResult result;
        for (const RemotePost &post : std::as_const(posts)) {
            if (post.draftId == draftId)
                result = FetchResult {true, post, {}};
        }
        later([done, result] { done(result); });
    }
    void listRemote(const QDateTime &, int, ListCallback done) override
    {
        later([done, this] { done(ListResult {posts.values(), int(posts.size()), 1, {}}); });
    }
    void uploadMedia(const QString &, const QString &, const QString &, MediaCallback done) override
    {
        later([done] { done(MediaResult {}); });
    }
    /// Someone else edits the post on the site.
    void editRemotely(const QString &remoteId, const std::function<void(RemotePost &)> &edit)
    {
        RemotePost &post = posts[remoteId];
        edit(post);
        post.contentHash = post.computeHash();
        post.version = post.contentHash.left(8);
    }

private:
    void later(std::function<void()> f) { QMetaObject::invokeMethod(this, std::move(f), Qt::QueuedConnection); }
};

Article makeArticle(const QString &id)
{
    Article a;
    a.id = id;
    a.headline = u"Storm reaches the coast"_s;
    a.dek = u"Thousands evacuated"_s;
    a.slug = u"storm-coast"_s;
    a.tags = {u"weather"_s};
    a.bodyHtml = u"<p data-block=\"aaaaaaaa\">First.</p>\n<p data-block=\"bbbbbbbb\">Second.</p>"_s;
    a.created = a.modified = QDateTime::currentDateTimeUtc();
    return a;
}

} // namespace

class TestSyncEngine final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeTarget> m_target;
    std::unique_ptr<SyncEngine> m_engine;

    void drainAndWait()
    {
        QSignalSpy idle(m_engine.get(), &SyncEngine::idle);
        m_engine->drain();
        QVERIFY(idle.wait(5000));
    }
    OutboxEntry entry(const QString &draft)
    {
        return m_engine->outbox()->entry(draft, u"site"_s).value_or(OutboxEntry {});
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        static int n = 0;
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(u"profile%1.sqlite"_s.arg(++n))));
        QVERIFY(m_db->migrate(articleSchema()));
        QVERIFY(m_db->migrate(syncSchema()));
        m_target = std::make_unique<FakeTarget>();
        m_engine = std::make_unique<SyncEngine>(m_db.get());
        m_engine->setAutoDrain(false);
        // No jitter: a retry is due at once (the policy itself is tested in net).
        m_engine->setBackoffPolicy(BackoffPolicy().setRandomSource([] { return 0.0; }).setHammerThreshold(1000));
        m_engine->addTarget(u"site"_s, m_target.get());
    }

    void cleanup()
    {
        m_engine.reset();
        m_target.reset();
        m_db.reset();
    }

    void createsOnceAndSkipsUnchanged()
    {
        ArticleRepository repo(m_db.get());
        QVERIFY(repo.save(makeArticle(u"d1"_s)));
        QVERIFY(m_engine->enqueue(u"d1"_s, u"site"_s));
        QCOMPARE(entry(u"d1"_s).state, OutboxEntry::State::Queued);
        drainAndWait();
        QCOMPARE(entry(u"d1"_s).state, OutboxEntry::State::Sent);
        QCOMPARE(entry(u"d1"_s).remoteId, u"1"_s);
        QCOMPARE(m_target->creates, 1);
        QVERIFY(m_engine->enqueue(u"d1"_s, u"site"_s));
        drainAndWait();
        QCOMPARE(m_target->pushes, 1); // nothing changed: no second push
        QCOMPARE(m_engine->outbox()->logEntries(1, u"d1"_s).constFirst().event, u"unchanged"_s);
        QCOMPARE(m_engine->outbox()->pendingCount(), 0);
    }

    void lostCreateResponseDoesNotDuplicate()
    {
        ArticleRepository repo(m_db.get());
        QVERIFY(repo.save(makeArticle(u"d2"_s)));
        m_target->loseResponses = 1;
        QVERIFY(m_engine->enqueue(u"d2"_s, u"site"_s));
        drainAndWait();
        QCOMPARE(m_target->posts.size(), 1);
        // The retry was due at once (no jitter), so the same drain already fixed it.
        QCOMPARE(entry(u"d2"_s).state, OutboxEntry::State::Sent);
        QCOMPARE(m_target->creates, 1);
        QCOMPARE(m_target->posts.size(), 1);
        bool found = false;
        for (const OutboxLogEntry &log : m_engine->outbox()->logEntries(100, u"d2"_s))
            found = found || log.event == u"found"_s;
        QVERIFY(found);
    }

    void crashWhileSendingIsRecovered()
    {
        ArticleRepository repo(m_db.get());
        const Article article = makeArticle(u"d3"_s);
        QVERIFY(repo.save(article));
        // The previous run created the post and died before recording it.
        RemotePost post;
        post.remoteId = u"77"_s;
        post.draftId = u"d3"_s;
        post.title = article.headline;
        m_target->posts.insert(post.remoteId, post);
        OutboxEntry stuck;
        stuck.draftId = u"d3"_s;
        stuck.target = u"site"_s;
        stuck.state = OutboxEntry::State::Sending;
        QVERIFY(m_engine->outbox()->update(stuck, u"sending"_s));
        QCOMPARE(m_engine->recover(), 1);
        drainAndWait();
        QCOMPARE(entry(u"d3"_s).state, OutboxEntry::State::Sent);
        QCOMPARE(entry(u"d3"_s).remoteId, u"77"_s);
        QCOMPARE(m_target->creates, 0);
        QCOMPARE(m_target->posts.value(u"77"_s).bodyHtml, article.bodyHtml);
    }

    void retryHonoursRetryAfter()
    {
        ArticleRepository repo(m_db.get());
        QVERIFY(repo.save(makeArticle(u"d4"_s)));
        SyncError busy = SyncError::make(SyncError::Kind::Retry, u"429"_s);
        busy.retryAfter = QDateTime::currentDateTimeUtc().addSecs(3600);
        m_target->pushFailures << busy;
        QVERIFY(m_engine->enqueue(u"d4"_s, u"site"_s));
        drainAndWait();
        const OutboxEntry e = entry(u"d4"_s);
        QCOMPARE(e.state, OutboxEntry::State::RetryAt);
        QCOMPARE(e.attempts, 1);
        QVERIFY(e.nextAttempt >= busy.retryAfter.addSecs(-1));
        QVERIFY(e.lastError.contains(u"429"_s));
        QVERIFY(m_engine->outbox()->due(QDateTime::currentDateTimeUtc()).isEmpty());
        QCOMPARE(m_engine->outbox()->due(busy.retryAfter.addSecs(1)).size(), 1);
        QCOMPARE(m_engine->outbox()->pendingCount(), 1);
    }

    void errorKindsGiveStates_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("state");
        QTest::newRow("sign in") << int(SyncError::Kind::NeedsSignIn) << u"needs-sign-in"_s;
        QTest::newRow("too large") << int(SyncError::Kind::TooLarge) << u"failed"_s;
        QTest::newRow("invalid") << int(SyncError::Kind::Invalid) << u"failed"_s;
        QTest::newRow("deleted") << int(SyncError::Kind::RemoteDeleted) << u"failed"_s;
        QTest::newRow("retry") << int(SyncError::Kind::Retry) << u"retry-at"_s;
    }

    void errorKindsGiveStates()
    {
        QFETCH(int, kind);
        QFETCH(QString, state);
        ArticleRepository repo(m_db.get());
        QVERIFY(repo.save(makeArticle(u"d5"_s)));
        m_target->pushFailures << SyncError::make(SyncError::Kind(kind), u"the server's words"_s);
        SyncError later = SyncError::make(SyncError::Kind::Retry, u"still down"_s);
        later.retryAfter = QDateTime::currentDateTimeUtc().addSecs(600);
        m_target->pushFailures << later; // keeps a retried entry from succeeding in this drain
        QVERIFY(m_engine->enqueue(u"d5"_s, u"site"_s));
        drainAndWait();
        QCOMPARE(OutboxEntry::stateName(entry(u"d5"_s).state), state);
        bool logged = false;
        for (const OutboxLogEntry &log : m_engine->outbox()->logEntries(100, u"d5"_s))
            logged = logged || log.message.contains(u"the server's words"_s);
        QVERIFY(logged);
    }

    void cleanMergeOfDifferentBlocks()
    {
        ArticleRepository repo(m_db.get());
        Article article = makeArticle(u"d6"_s);
        QVERIFY(repo.save(article));
        QVERIFY(m_engine->enqueue(u"d6"_s, u"site"_s));
        drainAndWait();
        const QString id = entry(u"d6"_s).remoteId;
        m_target->editRemotely(id, [](RemotePost &post) {
            post.bodyHtml.replace(u"Second."_s, u"Second, edited on the site."_s);
            post.title = u"Storm reaches the coast, site title"_s;
        });
        article.bodyHtml.replace(u"First."_s, u"First, edited here."_s);
        QVERIFY(repo.save(article));
        QVERIFY(m_engine->enqueue(u"d6"_s, u"site"_s));
        drainAndWait();
        QCOMPARE(entry(u"d6"_s).state, OutboxEntry::State::Sent);
        const RemotePost remote = m_target->posts.value(id);
        QVERIFY(remote.bodyHtml.contains(u"First, edited here."_s));
        QVERIFY(remote.bodyHtml.contains(u"Second, edited on the site."_s));
        QCOMPARE(remote.title, u"Storm reaches the coast, site title"_s);
        const Article local = *repo.load(u"d6"_s);
        QVERIFY(local.bodyHtml.contains(u"Second, edited on the site."_s));
        QCOMPARE(local.headline, remote.title);
        // Both versions were kept as revisions.
        QVERIFY(RevisionStore(m_db.get()).list(u"d6"_s).size() >= 2);
    }

    void sameBlockChangedOnBothSidesIsAConflict()
    {
        ArticleRepository repo(m_db.get());
        Article article = makeArticle(u"d7"_s);
        QVERIFY(repo.save(article));
        QVERIFY(m_engine->enqueue(u"d7"_s, u"site"_s));
        drainAndWait();
        const QString id = entry(u"d7"_s).remoteId;
        m_target->editRemotely(id, [](RemotePost &post) { post.bodyHtml.replace(u"First."_s, u"First (theirs)."_s); });
        article.bodyHtml.replace(u"First."_s, u"First (mine)."_s);
        QVERIFY(repo.save(article));
        QSignalSpy conflict(m_engine.get(), &SyncEngine::conflictFound);
        QVERIFY(m_engine->enqueue(u"d7"_s, u"site"_s));
        drainAndWait();
        QCOMPARE(conflict.size(), 1);
        QCOMPARE(entry(u"d7"_s).state, OutboxEntry::State::Conflict);
        // Nothing was overwritten on the site, and both versions are kept.
        QVERIFY(m_target->posts.value(id).bodyHtml.contains(u"First (theirs)."_s));
        const QList<MergeConflict> conflicts = m_engine->conflicts(u"d7"_s, u"site"_s);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0].key, u"aaaaaaaa"_s);
        QVERIFY(conflicts[0].local.contains(u"mine"_s));
        QVERIFY(conflicts[0].remote.contains(u"theirs"_s));
        const QList<RevisionInfo> revisions = RevisionStore(m_db.get()).list(u"d7"_s);
        bool sawTheirs = false;
        for (const RevisionInfo &info : revisions)
            sawTheirs = sawTheirs || RevisionStore(m_db.get()).load(info.id)->bodyHtml.contains(u"theirs"_s);
        QVERIFY(sawTheirs);

        // The user picks a combined text; it goes out on top of the site's version.
        article.bodyHtml.replace(u"First (mine)."_s, u"First (both)."_s);
        QVERIFY(m_engine->resolveConflict(u"d7"_s, u"site"_s, article));
        drainAndWait();
        QCOMPARE(entry(u"d7"_s).state, OutboxEntry::State::Sent);
        QVERIFY(m_target->posts.value(id).bodyHtml.contains(u"First (both)."_s));
        QVERIFY(m_engine->conflicts(u"d7"_s, u"site"_s).isEmpty());
    }

    void remoteDeletedThenDetach()
    {
        ArticleRepository repo(m_db.get());
        QVERIFY(repo.save(makeArticle(u"d8"_s)));
        QVERIFY(m_engine->enqueue(u"d8"_s, u"site"_s));
        drainAndWait();
        m_target->posts.clear();
        Article changed = *repo.load(u"d8"_s);
        changed.dek = u"New dek"_s;
        QVERIFY(repo.save(changed));
        QVERIFY(m_engine->enqueue(u"d8"_s, u"site"_s));
        drainAndWait();
        QCOMPARE(entry(u"d8"_s).state, OutboxEntry::State::Failed);
        QVERIFY(entry(u"d8"_s).lastError.contains(u"gone"_s));
        QVERIFY(m_engine->detach(u"d8"_s, u"site"_s));
        drainAndWait();
        QCOMPARE(entry(u"d8"_s).state, OutboxEntry::State::Sent);
        QCOMPARE(m_target->posts.size(), 1);
    }

    void credentialsNeverOverPlainHttpElsewhere_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<bool>("expected");
        QTest::newRow("https") << u"https://news.example.org"_s << false << true;
        QTest::newRow("loopback") << u"http://127.0.0.1:8080"_s << false << true;
        QTest::newRow("localhost") << u"http://localhost/"_s << false << true;
        QTest::newRow("ipv6 loopback") << u"http://[::1]:8080/"_s << false << true;
        QTest::newRow("plain http elsewhere") << u"http://news.example.org"_s << false << false;
        QTest::newRow("plain http, user confirmed") << u"http://news.example.org"_s << true << true;
    }

    void credentialsNeverOverPlainHttpElsewhere()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QFETCH(bool, expected);
        QCOMPARE(SyncEngine::mayCarryCredentials(QUrl(url), allowed), expected);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "test_syncengine.moc"
