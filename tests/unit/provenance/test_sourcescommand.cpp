// wiredesk-cli sources check as a user runs it: real process, real files, exit codes, and
// --online against a loopback server started by the test.
#include "snapshotstore.h"
#include "testhttpserver.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;
using Response = TestHttpServer::Response;

class TestSourcesCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urlListOffline();
    void articleOffline();
    void blockingWarningsExitOne();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void onlineChecksLinksAndKeepsSnapshots();

private:
    struct Run {
        int exitCode = -1;
        QJsonObject json;
        QByteArray stderrText;
    };
    Run run(const QStringList &arguments, bool serveEvents = false);
};

static const QString Now = u"2026-11-27T09:00:00Z"_s;

TestSourcesCommand::Run TestSourcesCommand::run(const QStringList &arguments, bool serveEvents)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"WIREDESK_TEST"_s, u"1"_s);
    env.remove(u"http_proxy"_s);
    env.remove(u"HTTP_PROXY"_s);
    env.insert(u"no_proxy"_s, u"127.0.0.1,localhost"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WIREDESK_BINARY_DIR "/src/cli/wiredesk-cli"),
        QStringList {u"sources"_s, u"check"_s} + arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    if (serveEvents) {
        // The loopback server lives in this thread: keep its event loop turning.
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(60000))
            return result;
    } else if (!process.waitForFinished(60000)) {
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    result.stderrText = process.readAllStandardError();
    return result;
}

void TestSourcesCommand::urlListOffline()
{
    const Run r = run({QStringLiteral(WIREDESK_TEST_DATA "/provenance-cli/pasted-sources.txt"), u"--now"_s, Now});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(u"input"_s).toString(), u"url-list"_s);
    const QJsonArray sources = r.json.value(u"sources"_s).toArray();
    QCOMPARE(sources.size(), 7);
    QCOMPARE(sources.at(1)[u"canonicalUrl"_s].toString(), u"https://x.com/fosharbourdesk/status/2125833249512884107"_s);
    QCOMPARE(sources.at(1)[u"platform"_s].toString(), u"x"_s);
    QCOMPARE(sources.at(1)[u"postedFromUrl"_s].toString(), u"2026-11-26T06:05:17.412Z"_s);
    QCOMPARE(sources.at(1)[u"duplicates"_s].toArray(), QJsonArray {u"line3"_s});
    QCOMPARE(sources.at(3)[u"canonicalUrl"_s].toString(), u"https://t.me/fosdockers_info/2741"_s);
    QCOMPARE(sources.at(4)[u"platform"_s].toString(), u"wikipedia"_s);
    QCOMPARE(sources.at(5)[u"canonicalUrl"_s].toString(), u"https://www.youtube.com/watch?v=dQw4w9WgXcQ"_s);
    QVERIFY(!sources.at(5).toObject().contains(u"postedFromUrl"_s));
    QVERIFY(sources.at(6)[u"postedFromUrl"_s].isNull()); // sequential id: no time
    const QJsonArray warnings = r.json.value(u"warnings"_s).toArray();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.at(0)[u"kind"_s].toString(), u"duplicate-source"_s);
    QCOMPARE(r.json.value(u"blocking"_s).toInt(), 0);
}

void TestSourcesCommand::articleOffline()
{
    const Run r
        = run({QStringLiteral(WIREDESK_SOURCE_DIR "/resources/demo/drafts/sample-draft.json"), u"--now"_s, Now});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(u"input"_s).toString(), u"article"_s);
    QCOMPARE(r.json.value(u"sources"_s).toArray().size(), 6);
    QStringList kinds;
    const QJsonArray warnings = r.json.value(u"warnings"_s).toArray();
    for (const QJsonValue &w : warnings)
        kinds << w[u"kind"_s].toString();
    QCOMPARE(kinds, QStringList({u"tertiary-only"_s, u"uncited-paragraph"_s}));
}

void TestSourcesCommand::blockingWarningsExitOne()
{
    const Run list = run({QStringLiteral(WIREDESK_TEST_DATA "/provenance-cli/fabricated-link.txt"), u"--now"_s, Now});
    QCOMPARE(list.exitCode, 1);
    QCOMPARE(list.json.value(u"blocking"_s).toInt(), 1);
    QCOMPARE(list.json.value(u"warnings"_s).toArray().at(0)[u"kind"_s].toString(), u"fabricated-id"_s);
    const Run article = run(
        {QStringLiteral(WIREDESK_TEST_DATA "/provenance/uncited-and-removed-sources/article.json"), u"--now"_s, Now});
    QCOMPARE(article.exitCode, 1);
    QCOMPARE(article.json.value(u"blocking"_s).toInt(), 2);
}

void TestSourcesCommand::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no file") << QStringList();
    QTest::newRow("unknown option") << QStringList {u"--frobnicate"_s, u"x.txt"_s};
    QTest::newRow("missing file") << QStringList {u"/nonexistent/sources.txt"_s};
    QTest::newRow("bad now") << QStringList {
        QStringLiteral(WIREDESK_TEST_DATA "/provenance-cli/fabricated-link.txt"), u"--now"_s, u"yesterday"_s};
    QTest::newRow("snapshots without online") << QStringList {
        QStringLiteral(WIREDESK_TEST_DATA "/provenance-cli/fabricated-link.txt"), u"--snapshots"_s, u"/tmp"_s};
    QTest::newRow("json that is not an article")
        << QStringList {QStringLiteral(WIREDESK_TEST_DATA "/provenance/low-credibility-domains/settings.json")};
}

void TestSourcesCommand::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.stderrText.isEmpty());
}

void TestSourcesCommand::onlineChecksLinksAndKeepsSnapshots()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    const QByteArray notice = "<html><body><p>Fos container terminals closed until Sunday 6 a.m.</p></body></html>";
    server.setResponse("/notice", Response::ok(notice, "text/html"));
    server.setResponse("/old-notice", Response::redirect(301, "/notice"));
    server.setResponse("/removed", Response::withStatus(410));
    QTemporaryDir dir;
    const QString list = dir.filePath(u"urls.txt"_s);
    {
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            (server.url(u"/old-notice"_s).toString() + u'\n' + server.url(u"/removed"_s).toString() + u'\n').toUtf8());
    }
    const QString snapshots = dir.filePath(u"snapshots"_s);
    const Run r = run({list, u"--online"_s, u"--snapshots"_s, snapshots, u"--now"_s, Now}, true);
    QCOMPARE(r.exitCode, 1); // the 410 is a dead link
    const QJsonArray sources = r.json.value(u"sources"_s).toArray();
    QCOMPARE(sources.size(), 2);
    const QJsonObject first = sources.at(0)[u"check"_s].toObject();
    QCOMPARE(first.value(u"outcome"_s).toString(), u"ok"_s);
    QCOMPARE(first.value(u"finalUrl"_s).toString(), server.url(u"/notice"_s).toString());
    QCOMPARE(first.value(u"redirects"_s).toArray().at(0)[u"status"_s].toInt(), 301);
    const QString hash = first.value(u"snapshot"_s)[u"sha256"_s].toString();
    QCOMPARE(hash, SnapshotStore::sha256Of(notice));
    QCOMPARE(SnapshotStore(snapshots).read(hash), notice);
    QCOMPARE(sources.at(1)[u"check"_s][u"outcome"_s].toString(), u"dead"_s);
    QCOMPARE(sources.at(1)[u"warnings"_s].toArray().at(0)[u"kind"_s].toString(), u"dead-link"_s);
}

QTEST_GUILESS_MAIN(TestSourcesCommand)
#include "test_sourcescommand.moc"
