#include "articledocument.h"
#include "articlesamples.h"
#include "articleschema.h"
#include "database.h"
#include "draftsession.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;
using Field = ArticleDocument::Field;

class TestDraftSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void saveMarksCleanCompactsAndKeepsRevision();
    void failedSaveKeepsJournalAndModifiedState();
    void automaticRevisionsWhileTyping();
    void closeKeepsRevisionAndDiscardForgetsJournal();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestDraftSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDraftSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"wiredesk.sqlite"_s)));
    QVERIFY2(m_db->migrate(articleSchema()), qPrintable(m_db->errorString()));
}

void TestDraftSession::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestDraftSession::saveMarksCleanCompactsAndKeepsRevision()
{
    ArticleDocument doc(Samples::glacierStory());
    DraftSession session(m_db.get(), &doc);
    QSignalSpy saved(&session, &DraftSession::saved);
    doc.setField(Field::Headline, u"Swiss glaciers lose 4 percent of their ice in a year"_s);
    QVERIFY(session.journal()->flush());
    QCOMPARE(AutosaveJournal::recover(m_db.get()).size(), 1);
    QVERIFY2(session.save(), qPrintable(session.errorString()));
    QCOMPARE(saved.size(), 1);
    QVERIFY(!doc.isModified());
    QVERIFY(AutosaveJournal::recover(m_db.get()).isEmpty());
    QCOMPARE(session.repository()->load(doc.id())->headline, doc.article().headline);
    const QList<RevisionInfo> revisions = session.revisions()->list(doc.id());
    QCOMPARE(revisions.size(), 1);
    QCOMPARE(revisions.at(0).kind, RevisionStore::Save);
    QVERIFY(session.saveRevision(u"Before the legal read"_s) > 0);
    QCOMPARE(session.revisions()->list(doc.id()).at(0).label, u"Before the legal read"_s);
}

void TestDraftSession::failedSaveKeepsJournalAndModifiedState()
{
    ArticleDocument doc(Samples::glacierStory());
    DraftSession session(m_db.get(), &doc);
    QVERIFY(session.save());
    Article big = Samples::longStory(20'000);
    doc.setBodyHtml(big.bodyHtml);
    QVERIFY(session.journal()->flush()); // the journal still had room
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
    QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(q.value(0).toInt())));
    QSignalSpy failed(&session, &DraftSession::saveFailed);
    QVERIFY(!session.save());
    QCOMPARE(failed.size(), 1);
    QVERIFY2(session.errorString().contains(u"disk is full"_s), qPrintable(session.errorString()));
    QVERIFY(doc.isModified());
    QCOMPARE(session.repository()->load(doc.id())->bodyHtml, Samples::glacierStory().bodyHtml);
    const QList<RecoveredDraft> recovered = AutosaveJournal::recover(m_db.get());
    QCOMPARE(recovered.size(), 1);
    QCOMPARE(recovered.at(0).article.bodyHtml, doc.article().bodyHtml);
}

void TestDraftSession::automaticRevisionsWhileTyping()
{
    ArticleDocument doc(Samples::glacierStory());
    DraftSession session(m_db.get(), &doc);
    session.setRevisionInterval(0); // every change may make one
    doc.setField(Field::Dek, u"One"_s);
    doc.setField(Field::Dek, u"Two"_s);
    QCOMPARE(session.revisions()->list(doc.id()).size(), 2);
    session.setRevisionInterval(60 * 60 * 1000);
    doc.setField(Field::Dek, u"Three"_s);
    QCOMPARE(session.revisions()->list(doc.id()).size(), 2);
}

void TestDraftSession::closeKeepsRevisionAndDiscardForgetsJournal()
{
    ArticleDocument doc(Samples::glacierStory());
    DraftSession session(m_db.get(), &doc);
    doc.setField(Field::Dek, u"Unsaved change"_s);
    QVERIFY(session.close());
    QCOMPARE(session.revisions()->list(doc.id()).at(0).kind, RevisionStore::Close);
    QCOMPARE(AutosaveJournal::recover(m_db.get()).size(), 1);
    session.discardChanges();
    QVERIFY(AutosaveJournal::recover(m_db.get()).isEmpty());
}

QTEST_GUILESS_MAIN(TestDraftSession)
#include "test_draftsession.moc"
