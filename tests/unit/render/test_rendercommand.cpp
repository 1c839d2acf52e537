// wiredesk-cli render as a user runs it: output equals the renderer's, errors go to
// stderr with the documented exit codes, nothing is written on failure.
#include "articlerenderer.h"
#include "renderfixtures.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;
using namespace RenderFixtures;

namespace {
struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

Result runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(
        QStringLiteral(WIREDESK_BINARY_DIR) + u"/src/cli/wiredesk-cli"_s, QStringList {u"render"_s} + arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

Article loadArticle(const QString &name)
{
    Article article;
    RenderOptions options;
    loadCase(name, &article, &options);
    return article;
}
} // namespace

class TestRenderCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pageAndBodyMatchTheRenderer()
    {
        const QString path = caseFolder(u"sources-list"_s) + u"/article.json"_s;
        const Article article = loadArticle(u"sources-list"_s);
        const Result page = runCli({path});
        QCOMPARE(page.exitCode, 0);
        QCOMPARE(page.err, QString());
        QCOMPARE(page.out, ArticleRenderer().renderPage(article));
        const Result body = runCli({u"--body"_s, path});
        QCOMPARE(body.exitCode, 0);
        QCOMPARE(body.out, ArticleRenderer().renderBody(article) + u'\n');
    }

    void optionsReachTheRenderer()
    {
        const QString path = caseFolder(u"full"_s) + u"/article.json"_s;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString output = dir.filePath(u"page.html"_s);
        const Result result = runCli({path, u"--allow-remote-images"_s, u"--publication"_s, u"Rhein-Kurier"_s,
            u"--clocks"_s, u"Europe/Zurich,Asia/Tokyo"_s, u"-o"_s, output});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QString());
        const QString html = QString::fromUtf8(readFile(output));
        QVERIFY(html.contains(u"<p class=\"nameplate\">Rhein-Kurier</p>"_s));
        QVERIFY(html.contains(u"img-src https: http:"_s));
        QVERIFY(html.contains(u"data-zone=\"Asia/Tokyo\""_s));
        QVERIFY(!html.contains(u"data-zone=\"Europe/London\""_s));
    }

    void profileSettingsAndOverrides()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        const QString folder = RenderOptions::profileTemplateFolder(profile.path());
        QVERIFY(QDir().mkpath(folder));
        QFile settings(folder + u"/publication.json"_s);
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(R"({"name": "Hamburger Hafenbote", "worldClocks": ["Europe/Berlin"]})");
        settings.close();
        QFile css(folder + u"/style.css"_s);
        QVERIFY(css.open(QIODevice::WriteOnly));
        css.write("body { background: #fdfbf4; }\n");
        css.close();
        const Result result
            = runCli({caseFolder(u"sources-list"_s) + u"/article.json"_s, u"--profile"_s, profile.path()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(u"<p class=\"nameplate\">Hamburger Hafenbote</p>"_s));
        QVERIFY(result.out.contains(u"body { background: #fdfbf4; }"_s));
        QCOMPARE(result.out.count(u"data-zone="_s), 1);

        QVERIFY(settings.open(QIODevice::WriteOnly | QIODevice::Truncate));
        settings.write(R"({"timeZone": "Hamburg"})");
        settings.close();
        const Result broken
            = runCli({caseFolder(u"sources-list"_s) + u"/article.json"_s, u"--profile"_s, profile.path()});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains(u"Hamburg"_s), qPrintable(broken.err));
        QCOMPARE(broken.out, QString());
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString full = caseFolder(u"full"_s) + u"/article.json"_s;
        QTest::newRow("no article") << QStringList() << 2 << u"name an article file"_s;
        QTest::newRow("unknown option") << QStringList {full, u"--colour"_s} << 2 << u"--colour"_s;
        QTest::newRow("two articles") << QStringList {full, full} << 2 << u"one article"_s;
        QTest::newRow("output without file") << QStringList {full, u"--output"_s} << 2 << u"--output"_s;
        QTest::newRow("bad zone") << QStringList {full, u"--time-zone"_s, u"Mars/Olympus"_s} << 2 << u"IANA"_s;
        QTest::newRow("missing file") << QStringList {u"/nonexistent/article.json"_s} << 1 << u"cannot read"_s;
        QTest::newRow("missing markdown file") << QStringList {u"/nonexistent/draft.md"_s} << 1 << u"cannot read"_s;
        QTest::newRow("not an article") << QStringList {caseFolder(u"full"_s) + u"/options.json"_s} << 1
                                        << u"not a Wiredesk article"_s;
        QTest::newRow("unwritable output")
            << QStringList {full, u"-o"_s, u"/nonexistent/dir/page.html"_s} << 1 << u"cannot write"_s;
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Result result = runCli(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(result.out, QString());
    }

    void markdownArticles()
    {
        const QString path = caseFolder(u"markdown-cli"_s) + u"/article.md"_s;
        const Result page = runCli({path});
        QCOMPARE(page.exitCode, 0);
        QCOMPARE(page.err, QString());
        QVERIFY(page.out.contains(
            u"<h1 class=\"headline\" data-part=\"headline\">Lake Constance ferries resume after three-day storm halt</h1>"_s));
        QVERIFY(page.out.contains(
            u"<p class=\"byline\" data-part=\"byline\">By <span class=\"author\">Nina Keller</span></p>"_s));
        QVERIFY(page.out.contains(u">Reduced timetable</h2>"_s));
        QVERIFY(page.out.contains(u"<li>No night ferry until Saturday</li>"_s));
        QVERIFY(!page.out.contains(u"<script"_s));
        QVERIFY(!page.out.contains(u"javascript:"_s));
        const Result body = runCli({u"--body"_s, path});
        QCOMPARE(body.exitCode, 0);
        QVERIFY(body.out.startsWith(u"<article class=\"story\" lang=\"en\""_s));
    }

    void brokenJsonIsAClearError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"broken.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"wiredesk-article\", \"headline\": ");
        file.close();
        const Result result = runCli({file.fileName()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"not a JSON article"_s), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestRenderCommand)
#include "test_rendercommand.moc"
