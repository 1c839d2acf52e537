// `wiredesk-cli wire parse URL` against a loopback server started here: the server's
// Content-Type charset takes part in decoding, relative links resolve against the final URL,
// HTTP errors give exit code 1 with one error line.

#include "testhttpserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the CLI without blocking the event loop, which the in-process server needs.
CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(WIREDESK_BINARY_DIR "/src/cli/wiredesk-cli"));
    process.setArguments(arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    if (!finished.wait(60000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError()};
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestWireParseCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fetchesAndParsesUrl();
    void httpErrorIsExitCodeOne();
    void webPageAtUrlIsExitCodeOne();
    void malformedUrlIsUsageError();

private:
    TestHttpServer m_server;
};

void TestWireParseCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QFile::exists(QStringLiteral(WIREDESK_BINARY_DIR "/src/cli/wiredesk-cli")));
    QVERIFY(m_server.listen());
}

void TestWireParseCli::fetchesAndParsesUrl()
{
    TestHttpServer::Response response;
    response.headers = {{"Content-Type", "application/rss+xml; charset=windows-1251"}};
    response.body = readFile(QStringLiteral(WIREDESK_TEST_DATA "/feeds/windows-1251-lying-prolog/input.xml"));
    QVERIFY(!response.body.isEmpty());
    m_server.setResponse("/volga/rss.xml", response);

    TestHttpServer::Response relative;
    relative.headers = {{"Content-Type", "text/xml"}};
    relative.body = "<rss version=\"2.0\"><channel><title>Local</title><item><title>Harbour dredging starts</title>"
                    "<link>stories/dredging</link><guid>h-1</guid><pubDate>Thu, 26 Nov 2026 08:00:00 GMT</pubDate>"
                    "</item></channel></rss>";
    m_server.setResponse("/local/feed.xml", relative);

    const CliRun run = runCli({u"wire"_s, u"parse"_s, m_server.url(u"/volga/rss.xml"_s).toString()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("windows-1251 (http header"), run.err.constData());
    const QJsonObject item = QJsonDocument::fromJson(run.out.split('\n').first()).object();
    QCOMPARE(item.value(u"guid").toString(), u"vn-55012"_s);
    QCOMPARE(item.value(u"title").toString(), u"Паводок: уровень воды в Волге поднялся на 40 сантиметров"_s);

    const CliRun local = runCli({u"wire"_s, u"parse"_s, u"--quiet"_s, m_server.url(u"/local/feed.xml"_s).toString()});
    QCOMPARE(local.exitCode, 0);
    const QJsonObject localItem = QJsonDocument::fromJson(local.out.trimmed()).object();
    QCOMPARE(localItem.value(u"url").toString(), m_server.url(u"/local/stories/dredging"_s).toString());
    QVERIFY(local.err.isEmpty());
}

void TestWireParseCli::httpErrorIsExitCodeOne()
{
    TestHttpServer::Response gone;
    gone.status = 404;
    gone.body = "not here";
    m_server.setResponse("/gone.xml", gone);
    const CliRun run = runCli({u"wire"_s, u"parse"_s, m_server.url(u"/gone.xml"_s).toString()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("error: ") && run.err.contains("404"), run.err.constData());
}

void TestWireParseCli::webPageAtUrlIsExitCodeOne()
{
    TestHttpServer::Response page;
    page.headers = {{"Content-Type", "text/html; charset=utf-8"}};
    page.body = readFile(QStringLiteral(WIREDESK_TEST_DATA "/feeds/html-page/input.html"));
    m_server.setResponse("/news", page);
    const CliRun run = runCli({u"wire"_s, u"parse"_s, m_server.url(u"/news"_s).toString()});
    QCOMPARE(run.exitCode, 1);
    // The feed link the page names is resolved against the URL that served it.
    QVERIFY2(run.err.contains(m_server.url(u"/feeds/latest.rss"_s).toString().toUtf8()), run.err.constData());
}

void TestWireParseCli::malformedUrlIsUsageError()
{
    const CliRun run = runCli({u"wire"_s, u"parse"_s, u"http://"_s});
    QCOMPARE(run.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestWireParseCli)
#include "test_wireparsecli.moc"
