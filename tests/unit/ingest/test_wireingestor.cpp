// WireIngestor end to end: drop folders and files on disk, feeds over a loopback server,
// into a real store. Waits on signals only.
#include "refreshsummary.h"
#include "testhttpserver.h"
#include "wireingestor.h"
#include "wirestore.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Wiredesk;

namespace {

QByteArray rss(const QString &prefix, int count, int first = 0)
{
    QByteArray out = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"_ba;
    for (int i = first; i < first + count; ++i) {
        out += u"<item><title>%1 headline number %2 about topic %3</title><guid>%1-%2</guid>"
               "<link>https://example.org/%1/%2</link><pubDate>Thu, 26 Nov 2026 %4:00:00 GMT</pubDate>"
               "<description>Body %1 %2 with words %3 and more words.</description></item>"_s.arg(prefix)
                   .arg(i)
                   .arg(i * 7919)
                   .arg(10 + i % 10)
                   .toUtf8();
    }
    return out + "</channel></rss>"_ba;
}

bool writeFile(const QString &path, const QByteArray &bytes, const QDateTime &modified = {})
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return false;
    f.flush(); // a later flush would set the time to now again
    if (modified.isValid() && !f.setFileTime(modified, QFileDevice::FileModificationTime))
        return false;
    return true;
}

QDateTime past()
{
    return QDateTime::currentDateTimeUtc().addSecs(-60);
}

} // namespace

class TestWireIngestor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_dbPath = m_dir->filePath(u"wire.sqlite"_s);
        QVERIFY(m_store.open(m_dbPath));
    }
    void cleanup()
    {
        m_store.close();
        m_dir.reset();
    }

    void dropFolderIngestsEachFileOnce()
    {
        const QString folder = m_dir->filePath(u"drop"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(folder + u"/a.rss"_s, rss(u"a"_s, 5), past()));
        WireSource s = WireSource::named(u"Drop"_s, u"agency"_s, folder);
        s.type = u"dropfolder"_s;
        const qint64 id = m_store.addSource(s);
        QVERIFY(id > 0);

        WireIngestor ingestor(m_dbPath);
        ingestor.setSettleTime(300ms);
        QSignalSpy finished(&ingestor, &WireIngestor::refreshFinished);
        ingestor.refresh();
        QVERIFY(finished.count() == 1 || finished.wait());
        auto summary = finished.takeFirst().at(0).value<RefreshSummary>();
        QCOMPARE(summary.added, 5);
        QVERIFY(summary.errors.isEmpty());

        // Nothing new: the file is not read again.
        ingestor.refresh();
        QVERIFY(finished.count() == 1 || finished.wait());
        summary = finished.takeFirst().at(0).value<RefreshSummary>();
        QCOMPARE(summary.added, 0);

        // A new file appears: the watcher notices it without a refresh call.
        QVERIFY(writeFile(folder + u"/b.rss"_s, rss(u"b"_s, 3), past()));
        QVERIFY(finished.wait(5000));
        summary = finished.takeFirst().at(0).value<RefreshSummary>();
        QCOMPARE(summary.added, 3);

        // A rewritten file is read again and its new items come in.
        QVERIFY(writeFile(folder + u"/a.rss"_s, rss(u"a"_s, 7), past().addSecs(5)));
        ingestor.refresh({id});
        QTRY_COMPARE_WITH_TIMEOUT(m_store.totalItems(), 10, 5000);
        QCOMPARE(m_store.source(id).lastError, QString());
    }

    void brokenFileGivesOneErrorAndOthersGoOn()
    {
        const QString folder = m_dir->filePath(u"drop"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(folder + u"/1-good.rss"_s, rss(u"g"_s, 4), past()));
        QVERIFY(writeFile(folder + u"/2-broken.rss"_s, "this is not a feed at all", past()));
        QVERIFY(writeFile(folder + u"/3-good.rss"_s, rss(u"h"_s, 2), past()));
        WireSource s = WireSource::named(u"Drop"_s, {}, folder);
        s.type = u"dropfolder"_s;
        const qint64 id = m_store.addSource(s);
        const qint64 other = m_store.addSource(WireSource::named(u"Missing"_s, {}, m_dir->filePath(u"nope.rss"_s)));

        WireIngestor ingestor(m_dbPath);
        QSignalSpy finished(&ingestor, &WireIngestor::refreshFinished);
        ingestor.refresh();
        QVERIFY(finished.count() == 1 || finished.wait());
        auto summary = finished.takeFirst().at(0).value<RefreshSummary>();
        QCOMPARE(summary.added, 6);
        QCOMPARE(summary.errors.size(), 2); // the broken file, the missing file
        const QString error = m_store.source(id).lastError;
        QVERIFY2(error.startsWith(u"2-broken.rss: "_s), qPrintable(error));
        QVERIFY(!error.contains(u"good"_s));
        QVERIFY(!m_store.source(other).lastError.isEmpty());

        // Rescanning does not parse it again but keeps saying what is wrong with it.
        finished.clear();
        ingestor.refresh({id});
        QVERIFY(finished.count() >= 1 || finished.wait());
        QCOMPARE(m_store.source(id).lastError, error);

        // Fixed by a rewrite: the error goes away (the watcher or the refresh picks it up).
        QVERIFY(writeFile(folder + u"/2-broken.rss"_s, rss(u"fixed"_s, 1), past().addSecs(10)));
        ingestor.refresh({id});
        QTRY_COMPARE_WITH_TIMEOUT(m_store.source(id).lastError, QString(), 5000);
        QCOMPARE(m_store.totalItems(), 7);
    }

    void partialWriteWaitsUntilTheFileSettled()
    {
        const QString folder = m_dir->filePath(u"drop"_s);
        QVERIFY(QDir().mkpath(folder));
        WireSource s = WireSource::named(u"Drop"_s, {}, folder);
        s.type = u"dropfolder"_s;
        const qint64 id = m_store.addSource(s);
        WireIngestor ingestor(m_dbPath);
        ingestor.setSettleTime(400ms);
        QSignalSpy refreshed(&ingestor, &WireIngestor::sourceRefreshed);
        ingestor.start();

        // The first half of an upload, just written: not read yet.
        const QByteArray full = rss(u"p"_s, 20);
        QVERIFY(writeFile(folder + u"/upload.rss"_s, full.left(full.size() / 2)));
        ingestor.refresh({id});
        QVERIFY(refreshed.count() >= 1 || refreshed.wait());
        QCOMPARE(refreshed.takeFirst().at(0).value<SourceRefresh>().files, 0);
        QCOMPARE(m_store.source(id).lastError, QString());
        // The upload completes; once it settled the whole file is ingested, once.
        QVERIFY(writeFile(folder + u"/upload.rss"_s, full));
        QTRY_COMPARE_WITH_TIMEOUT(m_store.totalItems(), 20, 5000);
        QCOMPARE(m_store.source(id).lastError, QString());
    }

    void feedsOverHttp()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler("/etag", [](const TestHttpServer::Request &request) {
            if (request.header("If-None-Match") == "\"v1\"")
                return TestHttpServer::Response::withStatus(304);
            return TestHttpServer::Response::ok(rss(u"e"_s, 4), "application/rss+xml").withHeader("ETag", "\"v1\"");
        });
        server.setResponse(
            "/limited", TestHttpServer::Response::withStatus(429, "slow down").withHeader("Retry-After", "3600"));
        server.setResponse("/broken", TestHttpServer::Response::ok("<html>not a feed", "text/html"));
        server.setResponse("/ok", TestHttpServer::Response::ok(rss(u"o"_s, 2), "application/rss+xml"));
        const qint64 etag = m_store.addSource(WireSource::named(u"ETag"_s, {}, server.url(u"/etag"_s).toString()));
        const qint64 limited
            = m_store.addSource(WireSource::named(u"Limited"_s, {}, server.url(u"/limited"_s).toString()));
        const qint64 broken
            = m_store.addSource(WireSource::named(u"Broken"_s, {}, server.url(u"/broken"_s).toString()));
        const qint64 ok = m_store.addSource(WireSource::named(u"OK"_s, {}, server.url(u"/ok"_s).toString()));

        WireIngestor ingestor(m_dbPath);
        QSignalSpy finished(&ingestor, &WireIngestor::refreshFinished);
        QSignalSpy progress(&ingestor, &WireIngestor::progress);
        ingestor.refresh();
        QVERIFY(finished.wait(10000));
        auto summary = finished.takeFirst().at(0).value<RefreshSummary>();
        QCOMPARE(summary.sourcesDone, 4);
        QCOMPARE(summary.added, 6);
        QCOMPARE(summary.errors.size(), 2);
        QCOMPARE(progress.constLast().at(0).toInt(), 4);
        QCOMPARE(progress.constLast().at(1).toInt(), 4);
        QCOMPARE(m_store.source(etag).etag, u"\"v1\""_s);
        QVERIFY(m_store.source(ok).lastError.isEmpty());
        QVERIFY(m_store.source(broken).lastError.size() > 0);
        const WireSource l = m_store.source(limited);
        QVERIFY2(l.lastError.contains(u"429"_s), qPrintable(l.lastError));
        QVERIFY(l.nextAttempt >= QDateTime::currentDateTimeUtc().addSecs(3500));

        // Second round: 304 keeps the items; the limited source is not asked again.
        ingestor.refresh();
        QVERIFY(finished.wait(10000));
        summary = finished.takeFirst().at(0).value<RefreshSummary>();
        QCOMPARE(server.requestCount("/limited"), 1);
        QCOMPARE(server.requests("/etag").constLast().header("If-None-Match"), "\"v1\"");
        QVERIFY(m_store.source(etag).lastResult.contains(u"not modified"_s));
        QCOMPARE(m_store.totalItems(), 6);
    }

    void cancelStopsTheRefresh()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setResponse("/slow", TestHttpServer::Response::ok(rss(u"s"_s, 2)).withHeaderDelay(20s));
        m_store.addSource(WireSource::named(u"Slow"_s, {}, server.url(u"/slow"_s).toString()));
        m_store.addSource(WireSource::named(u"Slow2"_s, {}, server.url(u"/slow?2"_s).toString()));
        WireIngestor ingestor(m_dbPath);
        QSignalSpy finished(&ingestor, &WireIngestor::refreshFinished);
        ingestor.refresh();
        QTRY_VERIFY(server.requestCount("/slow") >= 1);
        ingestor.cancel();
        QVERIFY(finished.count() == 1 || finished.wait(2000));
        const auto summary = finished.takeFirst().at(0).value<RefreshSummary>();
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.added, 0);
        QVERIFY(!ingestor.isRefreshing());
        QCOMPARE(m_store.totalItems(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
    WireStore m_store;
};

QTEST_GUILESS_MAIN(TestWireIngestor)
#include "test_wireingestor.moc"
