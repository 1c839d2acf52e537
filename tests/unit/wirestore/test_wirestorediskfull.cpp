// The wire store when the disk fills up mid-ingest: the batch fails with a clear error and
// is rolled back, every item stored before is still there and searchable, the files pass
// an integrity check, and once there is room again the same batch goes in.
//
// The disk is "full" through RLIMIT_FSIZE, the largest file this process may write (SIGXFSZ
// ignored, so write() fails with EFBIG as a quota or a full volume would fail it).
#include "searchqueryparser.h"
#include "wirestore.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

QList<WireItem> batch(const QString &prefix, int count, const QDateTime &newest)
{
    QList<WireItem> items;
    for (int i = 0; i < count; ++i) {
        WireItem item;
        item.guid = prefix + QString::number(i);
        item.title = u"%1 report %2 on the harbour strike"_s.arg(prefix).arg(i);
        // Long, varied text: the batch needs far more room than the limit leaves.
        QString text;
        for (int w = 0; w < 300; ++w)
            text += u"word%1 "_s.arg((i * 7919 + w * 104729) % 50021);
        item.contentText = text;
        item.contentHtml = u"<p>"_s + text + u"</p>"_s;
        item.published = newest.addSecs(-i * 60);
        items << item;
    }
    return items;
}

class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }
    bool ok() const { return m_ok; }

private:
    rlimit m_saved {};
    bool m_ok = false;
};

} // namespace

class TestWireStoreDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { std::signal(SIGXFSZ, SIG_IGN); }

    void fullDiskLosesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"wiredesk.sqlite"_s);
        WireStore store;
        QVERIFY(store.open(path));
        const qint64 source = store.addSource(WireSource::named(u"Agency"_s, u"agency"_s, u"https://a.example/"_s));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(store.ingest(source, batch(u"early"_s, 50, now.addDays(-1))).added, 50);

        IngestResult failed;
        {
            // A little room beyond what the files take now; the next batch needs megabytes.
            const qint64 used = QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
            FileSizeLimit limit(rlim_t(used + 64 * 1024));
            QVERIFY(limit.ok());
            failed = store.ingest(source, batch(u"late"_s, 2000, now));
        }
        QVERIFY(!failed.ok());
        qInfo("the user reads: %s", qPrintable(failed.error));
        QCOMPARE(failed.added, 0);
        // SQLite's words and what they mean: nothing of the batch was stored.
        QVERIFY2(failed.error.contains(u"nothing of this change was stored"_s), qPrintable(failed.error));

        // Nothing half-written, nothing lost, on this connection and a fresh one.
        QCOMPARE(store.totalItems(), 50);
        QCOMPARE(store.page(SearchQueryParser::parse(u"early"_s)).rows.size(), 50);
        QVERIFY(store.page(SearchQueryParser::parse(u"late"_s)).rows.isEmpty());
        QCOMPARE(store.checkIntegrity(), QString());
        {
            WireStore other;
            QVERIFY(other.open(path));
            QCOMPARE(other.totalItems(), 50);
            QCOMPARE(other.checkIntegrity(), QString());
        }

        // Room again: the same batch goes in whole.
        const IngestResult retried = store.ingest(source, batch(u"late"_s, 2000, now));
        QVERIFY2(retried.ok(), qPrintable(retried.error));
        QCOMPARE(retried.added, 2000);
        QCOMPARE(store.totalItems(), 2050);
        QCOMPARE(store.checkIntegrity(), QString());
    }
};

QTEST_GUILESS_MAIN(TestWireStoreDiskFull)
#include "test_wirestorediskfull.moc"
