// Notes, status history and link-check history survive reopening the profile database.
#include "database.h"
#include "provenancestore.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;
using Kind = Annotation::TargetKind;

class TestProvenanceStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsThreadsAndStatusHistory();
    void keepsCheckHistory();
    void mergingDuplicatesKeepsBothThreads();
    void keepsSubmitOverridesWithTheirReason();
};

static const QString ArticleId = u"3f6c2a8e-91d4-4b57-a0e2-7c5d18b4f260"_s;

static QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

static Annotation note(Kind kind, const QString &target, const char *time, const QString &text,
    const QString &from = {}, const QString &to = {})
{
    Annotation a;
    a.articleId = ArticleId;
    a.targetKind = kind;
    a.targetId = target;
    a.author = u"Ines Duarte"_s;
    a.time = at(time);
    a.text = text;
    a.statusFrom = from;
    a.statusTo = to;
    return a;
}

void TestProvenanceStore::keepsThreadsAndStatusHistory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"wiredesk.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(path));
        ProvenanceStore store(&db);
        QVERIFY2(store.migrate(), qPrintable(store.errorString()));
        QVERIFY(store.addAnnotation(note(Kind::Source, u"src3"_s, "2026-11-26T08:10:00.000Z",
            u"Channel is the union's own; admin confirmed by phone."_s)));
        QVERIFY(store.addAnnotation(note(Kind::Source, u"src3"_s, "2026-11-26T09:40:00.000Z",
            u"Operators call the 400-jobs figure invented; no document behind it."_s, u"unchecked"_s, u"disputed"_s)));
        QVERIFY(store.addAnnotation(note(Kind::Citation, u"iuf5kfeb/2"_s, "2026-11-26T09:45:00.000Z",
            u"Figure comes from the union alone."_s, u"unchecked"_s, u"disputed"_s)));
        QVERIFY(store.addAnnotation(note(Kind::Source, u"src4"_s, "2026-11-26T09:15:00.000Z",
            u"Account verified as the port authority's."_s, u"unchecked"_s, u"verified"_s)));
    }
    Database db;
    QVERIFY(db.open(path));
    ProvenanceStore store(&db);
    QVERIFY(store.migrate());
    const QList<Annotation> thread = store.thread(ArticleId, Kind::Source, u"src3"_s);
    QCOMPARE(thread.size(), 2);
    QCOMPARE(thread.at(0).author, u"Ines Duarte"_s);
    QCOMPARE(thread.at(0).time, at("2026-11-26T08:10:00.000Z"));
    QVERIFY(!thread.at(0).changesStatus());
    QCOMPARE(thread.at(1).statusFrom, u"unchecked"_s);
    QCOMPARE(thread.at(1).statusTo, u"disputed"_s);
    QVERIFY(thread.at(1).id > thread.at(0).id);
    QCOMPARE(store.statusHistory(ArticleId, Kind::Source, u"src3"_s).size(), 1);
    QCOMPARE(store.currentStatus(ArticleId, Kind::Source, u"src3"_s), u"disputed"_s);
    QCOMPARE(store.currentStatus(ArticleId, Kind::Source, u"src1"_s), QString());
    QVERIFY(store.hasAnnotations(ArticleId, Kind::Citation, u"iuf5kfeb/2"_s));
    QVERIFY(!store.hasAnnotations(ArticleId, Kind::Source, u"iuf5kfeb/2"_s));
    QVERIFY(!store.hasAnnotations(u"other-article"_s, Kind::Source, u"src3"_s));
    const QList<Annotation> all = store.annotations(ArticleId);
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.at(1).targetId, u"src4"_s); // ordered by time: 08:10, 09:15, 09:40, 09:45
    QCOMPARE(all.at(1).time, at("2026-11-26T09:15:00.000Z"));
    QCOMPARE(all.at(1).statusTo, u"verified"_s);
    QCOMPARE(Annotation::fromJson(all.at(2).toJson()), all.at(2));
}

void TestProvenanceStore::keepsCheckHistory()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"w.sqlite"_s)));
    ProvenanceStore store(&db);
    QVERIFY(store.migrate());
    LinkCheckResult first;
    first.url = u"https://t.me/s/fosdockers_info/2741"_s;
    first.finalUrl = first.url;
    first.status = 200;
    first.outcome = LinkCheckResult::Outcome::Ok;
    first.checkedAt = at("2026-11-26T08:03:45.000Z");
    first.snapshotSha256 = QString(64, u'c');
    LinkCheckResult second = first;
    second.status = 404;
    second.outcome = LinkCheckResult::Outcome::Dead;
    second.checkedAt = at("2026-11-27T07:30:00.000Z");
    second.snapshotSha256.clear();
    QVERIFY(store.recordCheck(ArticleId, u"src3"_s, second)); // insertion order must not matter
    QVERIFY(store.recordCheck(ArticleId, u"src3"_s, first));
    QVERIFY(store.recordCheck(ArticleId, u"src1"_s, first));
    const QList<LinkCheckResult> history = store.checkHistory(ArticleId, u"src3"_s);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0), second);
    QCOMPARE(history.at(1), first);
    QCOMPARE(store.latestCheck(ArticleId, u"src3"_s).value(), second);
    QVERIFY(!store.latestCheck(ArticleId, u"src9"_s));
    const QHash<QString, LinkCheckResult> latest = store.latestChecks(ArticleId);
    QCOMPARE(latest.size(), 2);
    QCOMPARE(latest.value(u"src3"_s).outcome, LinkCheckResult::Outcome::Dead);
    QCOMPARE(latest.value(u"src1"_s).outcome, LinkCheckResult::Outcome::Ok);
}

void TestProvenanceStore::mergingDuplicatesKeepsBothThreads()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"w.sqlite"_s)));
    ProvenanceStore store(&db);
    QVERIFY(store.migrate());
    QVERIFY(store.addAnnotation(note(Kind::Source, u"src4"_s, "2026-11-26T09:15:00.000Z", u"Account verified."_s)));
    QVERIFY(store.addAnnotation(
        note(Kind::Source, u"src7"_s, "2026-11-26T09:20:00.000Z", u"Same post, pasted from twitter.com."_s)));
    LinkCheckResult check;
    check.url = u"https://twitter.com/FosHarbourDesk/status/2125833249512884107"_s;
    check.checkedAt = at("2026-11-26T09:21:00.000Z");
    QVERIFY(store.recordCheck(ArticleId, u"src7"_s, check));
    QVERIFY(store.recordCheck(ArticleId, u"src4"_s, check));
    ProvenanceStore::MovedRecords moved;
    QVERIFY(store.moveTarget(ArticleId, Kind::Source, u"src7"_s, u"src4"_s, &moved));
    QCOMPARE(store.thread(ArticleId, Kind::Source, u"src4"_s).size(), 2);
    QVERIFY(!store.hasAnnotations(ArticleId, Kind::Source, u"src7"_s));
    QCOMPARE(store.checkHistory(ArticleId, u"src4"_s).size(), 2);
    QCOMPARE(moved.annotationIds.size(), 1);
    QCOMPARE(moved.checkIds.size(), 1);

    // Undoing the merge moves back exactly what came from src7; src4 keeps its own.
    QVERIFY(store.moveRecords(ArticleId, Kind::Source, moved, u"src7"_s));
    const QList<Annotation> back = store.thread(ArticleId, Kind::Source, u"src7"_s);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().text, u"Same post, pasted from twitter.com."_s);
    QCOMPARE(store.thread(ArticleId, Kind::Source, u"src4"_s).size(), 1);
    QCOMPARE(store.thread(ArticleId, Kind::Source, u"src4"_s).first().text, u"Account verified."_s);
    QCOMPARE(store.checkHistory(ArticleId, u"src7"_s).size(), 1);
    QCOMPARE(store.checkHistory(ArticleId, u"src4"_s).size(), 1);
    // And redoing it moves them again.
    QVERIFY(store.moveRecords(ArticleId, Kind::Source, moved, u"src4"_s));
    QCOMPARE(store.thread(ArticleId, Kind::Source, u"src4"_s).size(), 2);
    QVERIFY(!store.hasAnnotations(ArticleId, Kind::Source, u"src7"_s));
}

void TestProvenanceStore::keepsSubmitOverridesWithTheirReason()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"w.sqlite"_s);
    ProvenanceWarning dead;
    dead.kind = ProvenanceWarning::Kind::DeadLink;
    dead.severity = ProvenanceWarning::Severity::Blocking;
    dead.sourceId = u"src3"_s;
    dead.message = u"The link is dead."_s;
    {
        Database db;
        QVERIFY(db.open(file));
        ProvenanceStore store(&db);
        QVERIFY(store.migrate());
        SubmitOverride record;
        record.articleId = ArticleId;
        record.author = u"Ines Duarte"_s;
        record.time = at("2026-11-26T10:00:00.000Z");
        record.warnings = SubmitOverride::warningsJson({dead});
        record.reason = u"   "_s;
        QCOMPARE(store.recordSubmitOverride(record), 0); // a blank reason is refused
        QVERIFY(!store.errorString().isEmpty());
        record.reason = u"  The page moved; the archived copy is cited in the text.  "_s;
        QVERIFY(store.recordSubmitOverride(record) > 0);
    }
    Database db; // reopened: the record is in the file
    QVERIFY(db.open(file));
    ProvenanceStore store(&db);
    QVERIFY(store.migrate());
    const QList<SubmitOverride> overrides = store.submitOverrides(ArticleId);
    QCOMPARE(overrides.size(), 1);
    QCOMPARE(overrides.at(0).reason, u"The page moved; the archived copy is cited in the text."_s);
    QCOMPARE(overrides.at(0).author, u"Ines Duarte"_s);
    QCOMPARE(overrides.at(0).time, at("2026-11-26T10:00:00.000Z"));
    QCOMPARE(overrides.at(0).warnings.size(), 1);
    QCOMPARE(overrides.at(0).warnings.at(0).toObject().value(u"kind"_s).toString(), u"dead-link"_s);
    QCOMPARE(overrides.at(0).warnings.at(0).toObject().value(u"sourceId"_s).toString(), u"src3"_s);
    QVERIFY(store.submitOverrides(u"another"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestProvenanceStore)
#include "test_provenancestore.moc"
