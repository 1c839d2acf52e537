#include "../guitestmain.h"
#include "../guiwait.h"
#include "previewpage.h"
#include "previewpane.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineScript>
#include <QWebEngineView>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

// Drives the real preview (Chromium through QtWebEngine) with hand-made content, so the
// pane's guarantees are checked independently of the renderer: patching in place, no
// page script ever running, no remote load unless allowed, links leaving the app.
class TestPreviewPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void patchesOnlyWhatChanged();
    void coalescesEditsDuringAPatch();
    void pageScriptsNeverRun();
    void remoteImagesBlockedUntilAllowed();
    void linkClicksLeaveTheApp();
    void scrollPositionSurvivesPatches();
    void printsThePageToPdf();

private:
    QVariant js(const QString &script);
    static PreviewContent article(const QList<std::pair<QString, QString>> &blocks,
        const QString &headline = u"Harbour strike ends"_s, const QString &extraHead = {});

    PreviewPane *m_pane = nullptr;
};

void TestPreviewPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPreviewPane::init()
{
    m_pane = new PreviewPane;
    m_pane->resize(900, 700);
    m_pane->QWidget::show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane, GuiWaitMs));
}

void TestPreviewPane::cleanup()
{
    delete m_pane;
    m_pane = nullptr;
}

QVariant TestPreviewPane::js(const QString &script)
{
    QVariant result;
    bool done = false;
    m_pane->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, GuiWaitMs))
        qWarning("JavaScript did not answer: %s", qPrintable(script));
    return result;
}

PreviewContent TestPreviewPane::article(
    const QList<std::pair<QString, QString>> &blocks, const QString &headline, const QString &extraHead)
{
    PreviewContent content;
    content.parts << PreviewPart {u"part:headline"_s, u"<h1 data-part=\"headline\">"_s + headline + u"</h1>"_s};
    QString body;
    for (const auto &[id, text] : blocks) {
        const QString html = u"<p data-block=\""_s + id + u"\">"_s + text + u"</p>"_s;
        content.parts << PreviewPart {u"block:"_s + id, html};
        body += html;
    }
    content.page = u"<!DOCTYPE html><html><head><title>Preview</title>"_s + extraHead + u"</head><body><article>"_s
        + content.parts.first().html + u"<div data-part=\"body\">"_s + body + u"</div></article></body></html>"_s;
    return content;
}

void TestPreviewPane::patchesOnlyWhatChanged()
{
    QSignalSpy rendered(m_pane, &PreviewPane::rendered);
    QSignalSpy loads(m_pane->page(), &QWebEnginePage::loadStarted);
    m_pane->show(article({{u"aaaa1111"_s, u"First."_s}, {u"bbbb2222"_s, u"Second."_s}}));
    QVERIFY(rendered.wait(GuiWaitMs));
    QCOMPARE(js(u"document.querySelector('h1').textContent"_s).toString(), u"Harbour strike ends"_s);
    // Mark the untouched block: it must be the very same element after the patch.
    js(u"document.querySelector('[data-block=aaaa1111]').marker = 'kept'; 1"_s);

    m_pane->show(
        article({{u"aaaa1111"_s, u"First."_s}, {u"cccc3333"_s, u"Inserted."_s}, {u"bbbb2222"_s, u"Second, edited."_s}},
            u"Harbour strike ends after 9 days"_s));
    QVERIFY(rendered.wait(GuiWaitMs));
    QCOMPARE(js(u"document.querySelector('h1').textContent"_s).toString(), u"Harbour strike ends after 9 days"_s);
    QCOMPARE(js(u"Array.from(document.querySelectorAll('[data-part=body] > p')).map(p => p.textContent).join('|')"_s)
                 .toString(),
        u"First.|Inserted.|Second, edited."_s);
    QCOMPARE(js(u"document.querySelector('[data-block=aaaa1111]').marker"_s).toString(), u"kept"_s);

    m_pane->show(article({{u"cccc3333"_s, u"Inserted."_s}}, u"Harbour strike ends after 9 days"_s));
    QVERIFY(rendered.wait(GuiWaitMs));
    QCOMPARE(js(u"document.querySelectorAll('[data-part=body] > p').length"_s).toInt(), 1);
    QCOMPARE(loads.count(), 1); // loaded once, patched ever since
}

void TestPreviewPane::coalescesEditsDuringAPatch()
{
    QSignalSpy rendered(m_pane, &PreviewPane::rendered);
    m_pane->show(article({{u"aaaa1111"_s, u"v0"_s}}));
    QVERIFY(rendered.wait(GuiWaitMs));
    rendered.clear();
    // Ten edits in one go: the first patch starts, the rest coalesce into exactly one more.
    for (int i = 1; i <= 10; ++i)
        m_pane->show(article({{u"aaaa1111"_s, u"v"_s + QString::number(i)}}));
    QTRY_COMPARE_WITH_TIMEOUT(
        js(u"document.querySelector('[data-block=aaaa1111]').textContent"_s).toString(), u"v10"_s, GuiWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(rendered.count(), 2, GuiWaitMs);
}

void TestPreviewPane::pageScriptsNeverRun()
{
    QSignalSpy rendered(m_pane, &PreviewPane::rendered);
    m_pane->show(
        article({{u"aaaa1111"_s,
                    u"<img src=\"wiredesk-asset://profile/none.png\" onerror=\"document.title='pwned-onerror'\">"_s}},
            u"Safe"_s, u"<script>document.title='pwned-script'</script>"_s));
    QVERIFY(rendered.wait(GuiWaitMs));
    m_pane->show(article({{u"aaaa1111"_s, u"<a href=\"#\" onmouseover=\"document.title='x'\">x</a>"_s},
                             {u"bbbb2222"_s, u"<img src=x onerror=\"document.title='pwned-patch'\">"_s}},
        u"Safe"_s, u"<script>document.title='pwned-script'</script>"_s));
    QVERIFY(rendered.wait(GuiWaitMs));
    QCOMPARE(m_pane->page()->title(), u"Preview"_s);
    QCOMPARE(js(u"document.title"_s).toString(), u"Preview"_s);
}

void TestPreviewPane::remoteImagesBlockedUntilAllowed()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            ++connections;
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        }
    });
    const QString image = u"<img src=\"http://127.0.0.1:%1/tracker.png\" alt=\"\">"_s.arg(server.serverPort());
    QSignalSpy rendered(m_pane, &PreviewPane::rendered);
    m_pane->show(article({{u"aaaa1111"_s, image}}, u"Remote"_s,
        u"<link rel=\"stylesheet\" href=\"http://127.0.0.1:%1/style.css\">"_s.arg(server.serverPort())));
    QVERIFY(rendered.wait(GuiWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->blockedRequestCount() >= 2, GuiWaitMs); // the image and the style sheet
    QCOMPARE(connections, 0);

    m_pane->setRemoteImagesAllowed(true);
    QTRY_VERIFY_WITH_TIMEOUT(connections >= 1, GuiWaitMs);
}

void TestPreviewPane::linkClicksLeaveTheApp()
{
    QSignalSpy rendered(m_pane, &PreviewPane::rendered);
    m_pane->show(article({{u"aaaa1111"_s,
        u"<a id=\"go\" href=\"https://meridianpress.example/story\" style=\"display:block;font-size:40px\">Read the wire</a>"_s}}));
    QVERIFY(rendered.wait(GuiWaitMs));
    const QVariantList rect = js(
        u"(() => { const r = document.getElementById('go').getBoundingClientRect(); return [r.x + 10, r.y + 10]; })()"_s)
                                  .toList();
    QCOMPARE(rect.size(), 2);
    QSignalSpy external(m_pane->page(), &PreviewPage::externalLinkRequested);
    QWidget *target = m_pane->view()->focusProxy();
    QVERIFY(target);
    const QPoint point(rect.at(0).toInt(), rect.at(1).toInt());
    QTest::mouseClick(target, Qt::LeftButton, {}, point);
    QVERIFY(external.wait(GuiWaitMs));
    QCOMPARE(external.first().first().toUrl(), QUrl(u"https://meridianpress.example/story"_s));
    QCOMPARE(m_pane->page()->url().scheme(), u"wiredesk-preview"_s); // still on the article
}

void TestPreviewPane::scrollPositionSurvivesPatches()
{
    QList<std::pair<QString, QString>> blocks;
    for (int i = 0; i < 200; ++i)
        blocks.append({u"blk%1"_s.arg(i, 5, 10, QLatin1Char('0')),
            u"Paragraph %1 of a long article about the harbour strike."_s.arg(i)});
    QSignalSpy rendered(m_pane, &PreviewPane::rendered);
    m_pane->show(article(blocks));
    QVERIFY(rendered.wait(GuiWaitMs));
    js(u"window.scrollTo(0, 2000); 1"_s);
    QTRY_COMPARE_WITH_TIMEOUT(js(u"window.scrollY"_s).toInt(), 2000, GuiWaitMs);
    blocks[150].second = u"Edited paragraph, far below the fold."_s;
    blocks[2].second = u"Edited paragraph above the viewport."_s;
    m_pane->show(article(blocks));
    QVERIFY(rendered.wait(GuiWaitMs));
    QCOMPARE(js(u"document.querySelector('[data-block=blk00150]').textContent"_s).toString(),
        u"Edited paragraph, far below the fold."_s);
    QCOMPARE(js(u"window.scrollY"_s).toInt(), 2000);
}

void TestPreviewPane::printsThePageToPdf()
{
    QSignalSpy rendered(m_pane, &PreviewPane::rendered);
    m_pane->show(article({{u"aaaa1111"_s, u"The strike is over."_s}}));
    QVERIFY(rendered.wait(GuiWaitMs));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"article.pdf"_s);
    QSignalSpy printed(m_pane, &PreviewPane::pdfPrinted);
    m_pane->printToPdf(path);
    QVERIFY(printed.wait(GuiWaitMs));
    QCOMPARE(printed.first().at(0).toString(), path);
    QVERIFY(printed.first().at(1).toBool());
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(pdf.size() > 1000);

    m_pane->printToPdf(dir.filePath(u"no/such/folder/article.pdf"_s));
    QVERIFY(printed.wait(GuiWaitMs));
    QVERIFY(!printed.last().at(1).toBool());
}

WIREDESK_GUITEST_MAIN(TestPreviewPane)
#include "test_previewpane.moc"
