// Kill safety: a child process (this binary with --ingest-forever) ingests, updates and
// deletes in a loop; the test kills it with SIGKILL at a random point mid-batch, reopens the
// store and checks it: SQLite's integrity check, the full-text index against its content,
// and the store's own invariants (batches are all-or-nothing, cluster sizes match members).

#include "wirestore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

constexpr int BatchSize = 200;

// Every batch adds BatchSize items whose titles carry the batch marker, updates a few
// earlier ones and deletes one: a torn batch shows up as a count that is not a multiple.
int ingestForever(const QString &path)
{
    WireStore store;
    if (!store.open(path)) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    qint64 source = 0;
    for (const WireSource &s : store.sources())
        source = s.id;
    if (!source)
        source = store.addSource(WireSource::named(u"Loop"_s, u"agency"_s));
    QRandomGenerator rng(quint32(QCoreApplication::applicationPid()));
    const QStringList words {u"volcano"_s, u"bank"_s, u"ferry"_s, u"minister"_s, u"election"_s, u"storm"_s, u"market"_s,
        u"strike"_s, u"Reykjavik"_s, u"Athens"_s};
    qint64 serial = store.totalItems() * 10 + qint64(rng.bounded(1000)) * 1000000;
    for (qint64 batchNo = 0;; ++batchNo) {
        QList<WireItem> batch;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < BatchSize; ++i) {
            WireItem item;
            item.guid = u"k%1"_s.arg(serial++);
            QString text;
            for (int w = 0; w < 40; ++w)
                text += words.at(int(rng.bounded(qsizetype(words.size())))) + u' ';
            item.title = words.at(i % words.size()) + u" report "_s + item.guid;
            item.contentText = text + item.guid;
            item.contentHtml = u"<p>"_s + item.contentText + u"</p>"_s;
            item.published = now.addSecs(-qint64(rng.bounded(3600 * 24)));
            batch << item;
        }
        const IngestResult r = store.ingest(source, batch);
        if (!r.ok() || r.added != BatchSize) {
            std::fprintf(stderr, "ingest failed: %s\n", qPrintable(r.error));
            return 1;
        }
        // One delete per batch (a whole transaction of its own) keeps the counts checkable:
        // live items = batches * BatchSize - tombstones.
        store.deleteItems({r.addedIds.at(int(rng.bounded(qsizetype(r.addedIds.size()))))});
        std::printf("batch %lld\n", batchNo);
        std::fflush(stdout);
    }
}

qint64 scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    qint64 v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

} // namespace

class TestWireStoreKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killDuringIngestLeavesAConsistentStore();
};

void TestWireStoreKill::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWireStoreKill::killDuringIngestLeavesAConsistentStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"kill.sqlite"_s);
    QRandomGenerator rng(777);
    qint64 lastTotal = 0;
    for (int round = 0; round < 20; ++round) {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(), {u"--ingest-forever"_s, path});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        // Let it commit a random number of batches, then kill it while it works on the next.
        const int batches = 1 + int(rng.bounded(4));
        int seen = 0;
        QByteArray output;
        while (seen < batches) {
            QVERIFY2(child.waitForReadyRead(30000), child.readAllStandardError().constData());
            output += child.readAllStandardOutput();
            seen = int(output.count("batch "));
        }
        child.kill(); // SIGKILL on Unix
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        WireStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        const QString problems = store.checkIntegrity(); // integrity_check + FTS5 integrity-check
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        sqlite3 *db = store.handle();
        const qint64 items = scalar(db, "SELECT count(*) FROM wire_item");
        const qint64 tombstones = scalar(db, "SELECT count(*) FROM wire_tombstone");
        // All-or-nothing batches: each ingested batch added BatchSize, each delete left one tombstone.
        QCOMPARE((items + tombstones) % BatchSize, 0);
        QVERIFY(items >= lastTotal - tombstones);
        QVERIFY(items + tombstones >= qint64(seen) * BatchSize);
        QCOMPARE(scalar(db, "SELECT count(*) FROM wire_tombstone_hash"), tombstones);
        // Clusters agree with their members; the index holds every item once.
        QCOMPARE(scalar(db,
                     "SELECT count(*) FROM wire_cluster c WHERE c.size <> "
                     "(SELECT count(*) FROM wire_item i WHERE i.cluster_id = c.id)"),
            0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM wire_fts_docsize"), items);
        QCOMPARE(scalar(db,
                     "SELECT count(*) FROM wire_lsh l WHERE NOT EXISTS "
                     "(SELECT 1 FROM wire_item i WHERE i.id = l.item_id)"),
            0);
        lastTotal = items;
    }
    QVERIFY(lastTotal > 0);
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--ingest-forever") == 0) {
        QCoreApplication app(argc, argv);
        return ingestForever(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestWireStoreKill test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_wirestorekill.moc"
