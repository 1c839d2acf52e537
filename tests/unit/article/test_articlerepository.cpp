#include "articledocument.h"
#include "articlerepository.h"
#include "articlesamples.h"
#include "articleschema.h"
#include "database.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

class TestArticleRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void saveLoadUpdate();
    void listNewestFirst();
    void searchByHeadline_data();
    void searchByHeadline();
    void duplicate();
    void trashRestorePurge();
    void loadMissingOrDamaged();
    void fullDiskKeepsPreviousVersion();
    void readOnlyDatabaseKeepsPreviousVersion();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestArticleRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestArticleRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_dir->filePath(u"wiredesk.sqlite"_s)), qPrintable(m_db->errorString()));
    QVERIFY2(m_db->migrate(articleSchema()), qPrintable(m_db->errorString()));
}

void TestArticleRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestArticleRepository::saveLoadUpdate()
{
    ArticleRepository repository(m_db.get());
    const Article glacier = Samples::glacierStory();
    QVERIFY2(repository.save(glacier), qPrintable(repository.errorString()));
    QVERIFY(repository.contains(glacier.id));
    QCOMPARE(repository.load(glacier.id).value(), glacier);
    QVERIFY(repository.savedAt(glacier.id) > 0);

    Article edited = glacier;
    edited.headline = u"Alpine glaciers lost 4 percent of their ice this year"_s;
    QVERIFY(repository.save(edited, u"ready"_s));
    QCOMPARE(repository.load(glacier.id)->headline, edited.headline);
    QVERIFY(repository.save(edited)); // empty status keeps "ready"
    const QList<DraftSummary> drafts = repository.list();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.at(0).status, u"ready"_s);
    QCOMPARE(drafts.at(0).headline, edited.headline);
    QCOMPARE(drafts.at(0).modified, glacier.modified);
    QVERIFY(drafts.at(0).wordCount > 60);
    QVERIFY(repository.setSyncState(glacier.id, u"pending"_s));
    QCOMPARE(repository.list().at(0).syncState, u"pending"_s);

    Article untitled; // a fresh draft: no headline, no body yet
    untitled.id = u"11111111-2222-4333-8444-555555555555"_s;
    QVERIFY2(repository.save(untitled), qPrintable(repository.errorString()));
    QCOMPARE(repository.load(untitled.id)->headline, QString());
    QCOMPARE(repository.list().size(), 2);
}

void TestArticleRepository::listNewestFirst()
{
    ArticleRepository repository(m_db.get());
    Article court = Samples::courtStory();
    court.modified = QDateTime(QDate(2026, 11, 27), QTime(8, 0), QTimeZone::utc());
    Article budget = Samples::budgetStory();
    budget.modified = QDateTime(QDate(2026, 11, 25), QTime(8, 0), QTimeZone::utc());
    QVERIFY(repository.save(budget));
    QVERIFY(repository.save(Samples::glacierStory()));
    QVERIFY(repository.save(court));
    QStringList ids;
    for (const DraftSummary &draft : repository.list())
        ids << draft.id;
    QCOMPARE(ids, (QStringList {court.id, Samples::glacierStory().id, budget.id}));
}

void TestArticleRepository::searchByHeadline_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("headlines");
    QTest::newRow("word") << u"glacier"_s << QStringList {Samples::glacierStory().headline};
    QTest::newRow("case-insensitive ASCII") << u"GLACIER LOSS"_s << QStringList {Samples::glacierStory().headline};
    QTest::newRow("case-insensitive umlaut") << u"ZÜRICH"_s << QStringList {Samples::courtStory().headline};
    QTest::newRow("percent is literal") << u"5%"_s << QStringList {Samples::budgetStory().headline};
    QTest::newRow("underscore is literal") << u"_"_s << QStringList {};
    QTest::newRow("no match") << u"election"_s << QStringList {};
}

void TestArticleRepository::searchByHeadline()
{
    QFETCH(QString, text);
    QFETCH(QStringList, headlines);
    ArticleRepository repository(m_db.get());
    QVERIFY(repository.save(Samples::glacierStory()));
    QVERIFY(repository.save(Samples::courtStory()));
    QVERIFY(repository.save(Samples::budgetStory()));
    QStringList found;
    for (const DraftSummary &draft : repository.search(text))
        found << draft.headline;
    QCOMPARE(found, headlines);
}

void TestArticleRepository::duplicate()
{
    ArticleRepository repository(m_db.get());
    const Article glacier = Samples::glacierStory();
    QVERIFY(repository.save(glacier));
    const std::optional<Article> copy = repository.duplicate(glacier.id);
    QVERIFY2(copy, qPrintable(repository.errorString()));
    QVERIFY(copy->id != glacier.id);
    QVERIFY(copy->headline.startsWith(glacier.headline));
    QCOMPARE(copy->bodyHtml, glacier.bodyHtml);
    QCOMPARE(repository.list().size(), 2);
    QCOMPARE(repository.load(copy->id)->headline, copy->headline);
    QVERIFY(!repository.duplicate(u"missing"_s));
}

void TestArticleRepository::trashRestorePurge()
{
    ArticleRepository repository(m_db.get());
    const Article glacier = Samples::glacierStory();
    QVERIFY(repository.save(glacier));
    QVERIFY(repository.save(Samples::courtStory()));
    QVERIFY(repository.moveToTrash(glacier.id));
    QVERIFY(!repository.moveToTrash(glacier.id));
    QCOMPARE(repository.list().size(), 1);
    QCOMPARE(repository.list(ArticleRepository::Listing::Trash).size(), 1);
    QVERIFY(repository.list(ArticleRepository::Listing::Trash).at(0).trashed.isValid());
    QVERIFY(repository.search(u"glacier"_s).isEmpty()); // trashed drafts are not found
    QVERIFY(repository.load(glacier.id));               // but still readable
    QVERIFY(repository.restoreFromTrash(glacier.id));
    QVERIFY(!repository.restoreFromTrash(glacier.id));
    QCOMPARE(repository.list().size(), 2);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"INSERT INTO article_revision(article_id, created, kind, json) VALUES('%1', 1, 'save', '{}')"_s.arg(
        glacier.id)));
    QVERIFY(repository.purge(glacier.id));
    QVERIFY(!repository.contains(glacier.id));
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM article_revision"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestArticleRepository::loadMissingOrDamaged()
{
    ArticleRepository repository(m_db.get());
    QVERIFY(!repository.load(u"nope"_s));
    QVERIFY(!repository.errorString().isEmpty());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"INSERT INTO article_draft(id, created, modified, saved_at, json) "
                   u"VALUES('bad', '', '', 1, '{\"format\":\"wiredesk-article\",')"_s));
    QVERIFY(!repository.load(u"bad"_s));
    QVERIFY2(repository.errorString().contains(u"damaged"_s), qPrintable(repository.errorString()));
    QVERIFY(q.exec(u"UPDATE article_draft SET json = '{\"format\":\"wiredesk-article\",\"version\":99}'"_s));
    QVERIFY(!repository.load(u"bad"_s));
    QVERIFY(repository.errorString().contains(u"newer"_s));
}

void TestArticleRepository::fullDiskKeepsPreviousVersion()
{
    ArticleRepository repository(m_db.get());
    const Article saved = Samples::glacierStory();
    QVERIFY(repository.save(saved));
    // Simulate a full disk: the file may not grow beyond its current size.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
    const int pages = q.value(0).toInt();
    QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
    Article bigger = Samples::longStory(20'000);
    bigger.id = saved.id;
    QVERIFY(!repository.save(bigger));
    QVERIFY2(repository.errorString().contains(u"disk is full"_s), qPrintable(repository.errorString()));
    QVERIFY(repository.errorString().contains(bigger.headline));
    QCOMPARE(repository.load(saved.id).value(), saved);
}

void TestArticleRepository::readOnlyDatabaseKeepsPreviousVersion()
{
    ArticleRepository repository(m_db.get());
    const Article saved = Samples::glacierStory();
    QVERIFY(repository.save(saved));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"PRAGMA query_only = ON"_s));
    Article edited = saved;
    edited.headline = u"Changed"_s;
    QVERIFY(!repository.save(edited));
    QVERIFY(!repository.errorString().isEmpty());
    QVERIFY(q.exec(u"PRAGMA query_only = OFF"_s));
    QCOMPARE(repository.load(saved.id)->headline, saved.headline);
}

QTEST_GUILESS_MAIN(TestArticleRepository)
#include "test_articlerepository.moc"
