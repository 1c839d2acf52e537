#include "articledocument.h"
#include "articlesamples.h"
#include "articleschema.h"
#include "database.h"
#include "goldenfile.h"
#include "revisiondiff.h"
#include "revisionstore.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Wiredesk;
using Segment = RevisionDiff::Segment;
using Kind = RevisionDiff::Segment::Kind;

Q_DECLARE_METATYPE(QList<RevisionDiff::Segment>)

class TestRevisions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addListLoad();
    void identicalContentIsNotStoredTwice();
    void automaticAtMostOncePerInterval();
    void restoreIsUndoable();
    void diffWords_data();
    void diffWords();
    void diffGolden();
    void diffOfIdenticalArticlesIsEmpty();

private:
    static Article readArticle(const QString &name);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestRevisions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRevisions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"wiredesk.sqlite"_s)));
    QVERIFY2(m_db->migrate(articleSchema()), qPrintable(m_db->errorString()));
}

void TestRevisions::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Article TestRevisions::readArticle(const QString &name)
{
    Article article;
    QString error;
    const QString path = QStringLiteral(WIREDESK_TEST_DATA) + u"/article/revisions/"_s + name;
    if (!Article::fromJson(QJsonDocument::fromJson(Golden::readFile(path).toUtf8()).object(), &article, &error))
        qWarning("%s: %s", qPrintable(path), qPrintable(error));
    return article;
}

void TestRevisions::addListLoad()
{
    RevisionStore store(m_db.get());
    Article article = Samples::glacierStory();
    const qint64 first = store.add(article, RevisionStore::Save);
    QVERIFY2(first > 0, qPrintable(store.errorString()));
    article.headline = u"Glaciers: a record year of melt"_s;
    const qint64 second = store.add(article, RevisionStore::Manual, u"Before the lawyer's read"_s);
    QVERIFY(second > first);
    store.add(Samples::courtStory(), RevisionStore::Save); // another article
    const QList<RevisionInfo> revisions = store.list(article.id);
    QCOMPARE(revisions.size(), 2);
    QCOMPARE(revisions.at(0).id, second);
    QCOMPARE(revisions.at(0).kind, RevisionStore::Manual);
    QCOMPARE(revisions.at(0).label, u"Before the lawyer's read"_s);
    QCOMPARE(revisions.at(0).headline, article.headline);
    QVERIFY(revisions.at(0).wordCount > 50);
    QVERIFY(revisions.at(1).created <= revisions.at(0).created);
    QCOMPARE(store.load(first)->headline, Samples::glacierStory().headline);
    QVERIFY(!store.load(99999));
}

void TestRevisions::identicalContentIsNotStoredTwice()
{
    RevisionStore store(m_db.get());
    Article article = Samples::glacierStory();
    const qint64 first = store.add(article, RevisionStore::Save);
    article.modified = article.modified.addSecs(60); // bookkeeping only
    QCOMPARE(store.add(article, RevisionStore::Close), first);
    QCOMPARE(store.list(article.id).size(), 1);
}

void TestRevisions::automaticAtMostOncePerInterval()
{
    RevisionStore store(m_db.get());
    store.setAutomaticInterval(10 * 60 * 1000);
    Article article = Samples::glacierStory();
    const QDateTime start = QDateTime::currentDateTimeUtc();
    QVERIFY(store.addAutomatic(article, start) > 0);
    article.dek = u"Edited a minute later"_s;
    QCOMPARE(store.addAutomatic(article, start.addSecs(60)), 0);
    article.dek = u"Edited eleven minutes later"_s;
    QVERIFY(store.addAutomatic(article, start.addSecs(11 * 60)) > 0);
    QCOMPARE(store.list(article.id).size(), 2);
}

void TestRevisions::restoreIsUndoable()
{
    RevisionStore store(m_db.get());
    ArticleDocument doc(Samples::glacierStory());
    const qint64 original = store.add(doc.article(), RevisionStore::Save);
    doc.setField(ArticleDocument::Field::Headline, u"A new angle"_s);
    doc.setBodyHtml(u"<p>Rewritten from scratch.</p>"_s);
    QVERIFY(store.restore(original, &doc));
    QCOMPARE(doc.article().headline, Samples::glacierStory().headline);
    QCOMPARE(doc.blocks().at(0).id, u"p0000001"_s);
    QVERIFY(doc.undoStack()->undoText().startsWith(u"Restore revision"_s));
    doc.undoStack()->undo();
    QCOMPARE(doc.article().headline, u"A new angle"_s);
    QVERIFY(!store.restore(424242, &doc));
}

void TestRevisions::diffWords_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QList<Segment>>("expected");
    QTest::newRow("same") << u"one two"_s << u"one two"_s << QList<Segment> {{Kind::Same, u"one two"_s}};
    QTest::newRow("replace a word") << u"talks resume on Tuesday"_s << u"talks resume on Friday"_s
                                    << QList<Segment> {{Kind::Same, u"talks resume on "_s},
                                           {Kind::Deleted, u"Tuesday"_s}, {Kind::Inserted, u"Friday"_s}};
    QTest::newRow("insert at end") << u"Four dead"_s << u"Four dead, police say"_s
                                   << QList<Segment> {{Kind::Same, u"Four "_s}, {Kind::Deleted, u"dead"_s},
                                          {Kind::Inserted, u"dead, police say"_s}};
    QTest::newRow("from empty") << QString() << u"New"_s << QList<Segment> {{Kind::Inserted, u"New"_s}};
}

void TestRevisions::diffWords()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QList<Segment>, expected);
    const QList<Segment> segments = RevisionDiff::diffWords(before, after);
    QCOMPARE(segments, expected);
    QString rebuiltAfter, rebuiltBefore;
    for (const Segment &s : segments) {
        if (s.kind != Kind::Deleted)
            rebuiltAfter += s.text;
        if (s.kind != Kind::Inserted)
            rebuiltBefore += s.text;
    }
    QCOMPARE(rebuiltAfter, after);
    QCOMPARE(rebuiltBefore.trimmed(), before.trimmed());
}

void TestRevisions::diffGolden()
{
    const Article older = readArticle(u"older.json"_s);
    const Article newer = readArticle(u"newer.json"_s);
    QVERIFY(!older.headline.isEmpty() && !newer.headline.isEmpty());
    const RevisionDiff diff(older, newer);
    const QString folder = QStringLiteral(WIREDESK_TEST_DATA) + u"/article/revisions/"_s;
    QVERIFY(Golden::matches(folder + u"expected.txt"_s, diff.toPlainText()));
    QVERIFY(Golden::matches(folder + u"expected.html"_s, diff.toHtml()));
    // Matching by id: the edited paragraph is one change, not a removal plus an addition.
    int changed = 0;
    for (const RevisionDiff::BlockChange &block : diff.blockChanges())
        changed += block.kind == RevisionDiff::BlockChange::Kind::Changed ? 1 : 0;
    QCOMPARE(changed, 4);
}

void TestRevisions::diffOfIdenticalArticlesIsEmpty()
{
    const Article article = Samples::glacierStory();
    const RevisionDiff diff(article, article);
    QVERIFY(diff.isEmpty());
    QCOMPARE(diff.toPlainText(), u"No differences.\n"_s);
}

QTEST_GUILESS_MAIN(TestRevisions)
#include "test_revisions.moc"
