#include "../demowindowfixture.h"
#include "../guitestmain.h"
#include "../guiwait.h"
#include "articledocument.h"
#include "articleeditor.h"
#include "bodyeditor.h"
#include "demoprofile.h"
#include "inboxcontroller.h"
#include "inboxpane.h"
#include "mainwindow.h"
#include "paragraphedit.h"
#include "previewpage.h"
#include "previewpane.h"
#include "profile.h"
#include "provenancepane.h"
#include "sourcelistmodel.h"
#include "spellhighlighter.h"
#include "spellingstatus.h"
#include "wirestore.h"

#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextEdit>
#include <QTreeView>
#include <QUndoStack>
#include <QWebEnginePage>
#include <QWebEngineScript>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

// The whole window on the demo profile, as a user sees it: every pane shows real data,
// typing reaches the preview, and the layout survives a restart. A screenshot of the
// window is written to <build>/screenshots/ for people to look at.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheDemoProfileInEveryPane();
    void spellingChoiceIsKept();
    void typingReachesThePreview();
    void layoutIsRemembered();
    void checksFollowTheArticle();
    void wireItemsBecomeDraftsAndCitations();
    void publishesToAFolder();
    void scrollingStaysInStep();
    void importsMarkdownHtmlAndJson();

private:
    std::unique_ptr<MainWindow> openWindow() { return m_fixture.openWindow(); }
    static QVariant previewJs(MainWindow *window, const QString &script)
    {
        return DemoWindowFixture::previewJs(window, script);
    }

    DemoWindowFixture m_fixture;
};

void TestMainWindow::init()
{
    // Each test starts from the default layout and a fresh copy of the demo profile.
    QString error;
    QVERIFY2(m_fixture.reset(&error), qPrintable(error));
}

void TestMainWindow::cleanup()
{
    m_fixture.release();
}

void TestMainWindow::showsTheDemoProfileInEveryPane()
{
    auto window = openWindow();
    QSignalSpy rendered(window.get(), &MainWindow::previewRendered);
    window->resize(1800, 1000);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get(), GuiWaitMs));
    QVERIFY(rendered.count() > 0 || rendered.wait(GuiWaitMs));

    const QString headline = window->editor()->headlineField()->text();
    QVERIFY2(headline.size() > 10, qPrintable(headline));
    QVERIFY(window->provenancePane()->model()->rowCount() >= 3);
    QTRY_COMPARE_WITH_TIMEOUT(
        previewJs(window.get(), u"document.querySelector('h1') && document.querySelector('h1').textContent.trim()"_s)
            .toString(),
        headline, GuiWaitMs);
    QVERIFY(previewJs(window.get(), u"document.querySelectorAll('[data-block]').length"_s).toInt() >= 5);
    for (const char *dock : {"inboxDock", "provenanceDock", "previewDock"})
        QVERIFY2(window->findChild<QDockWidget *>(QLatin1StringView(dock))->isVisible(), dock);
    // The status bar names the dictionary the English draft is checked with, and follows
    // the article's language.
    QVERIFY(window->spellingStatus()->isVisible());
    QCOMPARE(window->spellingStatus()->text(), u"Spelling: English (United States)"_s);
    QComboBox *language = window->editor()->findChild<QComboBox *>(u"languageField"_s);
    QVERIFY(language);
    const int french = language->findData(u"fr"_s);
    QVERIFY(french >= 0);
    language->setCurrentIndex(french);
    QCOMPARE(window->spellingStatus()->text(), u"Spelling: French"_s);
    window->editor()->document()->undoStack()->undo();
    QCOMPARE(window->spellingStatus()->text(), u"Spelling: English (United States)"_s);

    const QString shots = QStringLiteral(WIREDESK_BINARY_DIR) + u"/screenshots"_s;
    QDir().mkpath(shots);
    QTest::qWait(300); // let Chromium paint its last frame into the screenshot
    QVERIFY(window->grab().save(shots + u"/mainwindow-demo.png"_s));
}

void TestMainWindow::spellingChoiceIsKept()
{
    // Edit → Check Spelling While Typing: off in every field, said in the status bar, kept
    // for the next start.
    auto window = openWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get(), GuiWaitMs));
    QAction *checkSpelling = window->editor()->checkSpellingAction();
    QVERIFY(checkSpelling->isChecked());
    QVERIFY(window->editor()->bodyEditor()->spellHighlighter()->isEnabled());
    checkSpelling->trigger();
    QVERIFY(!window->editor()->bodyEditor()->spellHighlighter()->isEnabled());
    QCOMPARE(window->spellingStatus()->text(), u"Spelling: off"_s);
    window.reset();

    window = openWindow();
    checkSpelling = window->editor()->checkSpellingAction();
    QVERIFY(!checkSpelling->isChecked());
    QVERIFY(!window->editor()->bodyEditor()->spellHighlighter()->isEnabled());
    QCOMPARE(window->spellingStatus()->text(), u"Spelling: off"_s);
    checkSpelling->trigger();
    QVERIFY(window->editor()->bodyEditor()->spellHighlighter()->isEnabled());
    QCOMPARE(window->spellingStatus()->text(), u"Spelling: English (United States)"_s);
}

void TestMainWindow::typingReachesThePreview()
{
    auto window = openWindow();
    QSignalSpy rendered(window.get(), &MainWindow::previewRendered);
    window->show();
    QVERIFY(rendered.count() > 0 || rendered.wait(GuiWaitMs));
    ParagraphEdit *field = window->editor()->headlineField();
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, u"Dockers vote to end strike"_s);
    QTRY_COMPARE_WITH_TIMEOUT(previewJs(window.get(), u"document.querySelector('h1').textContent.trim()"_s).toString(),
        u"Dockers vote to end strike"_s, GuiWaitMs);
    QVERIFY(window->windowTitle().contains(u"Dockers vote to end strike"_s));
}

void TestMainWindow::layoutIsRemembered()
{
    {
        auto window = openWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get(), GuiWaitMs));
        window->findChild<QDockWidget *>(u"provenanceDock"_s)->hide();
        window->close();
    }
    QString error;
    QVERIFY2(m_fixture.freshProfile(&error), qPrintable(error));
    auto window = openWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get(), GuiWaitMs));
    QVERIFY(!window->findChild<QDockWidget *>(u"provenanceDock"_s)->isVisible());
    QVERIFY(window->findChild<QDockWidget *>(u"previewDock"_s)->isVisible());
}

void TestMainWindow::checksFollowTheArticle()
{
    auto window = openWindow();
    window->show();
    ProvenancePane *pane = window->provenancePane();
    pane->checkNow();
    QListWidget *checks = pane->warningList();
    // The demo draft deliberately has an uncited paragraph with figures, and an unchecked
    // tertiary source: the checks panel must say so.
    QStringList messages;
    for (int i = 0; i < checks->count(); ++i)
        messages << checks->item(i)->text();
    QVERIFY2(checks->count() >= 1 && !messages.contains(u"No problems found."_s), qPrintable(messages.join(u'\n')));

    // Remove the lead image's credit: one more (blocking) check appears once typing pauses.
    const int before = checks->count();
    Article article = window->editor()->article();
    article.leadImage.credit.clear();
    window->editor()->setArticle(article);
    Q_EMIT window->editor()->edited();
    QTRY_VERIFY_WITH_TIMEOUT(checks->count() == before + 1, GuiWaitMs);

    // Choosing a warning about a source selects that source in the list.
    for (int i = 0; i < checks->count(); ++i) {
        const QString sourceId = checks->item(i)->data(Qt::UserRole + 1).toString();
        if (sourceId.isEmpty())
            continue;
        checks->setCurrentRow(i);
        QCOMPARE(pane->view()->currentIndex().data(SourceListModel::SourceIdRole).toString(), sourceId);
        break;
    }
}

void TestMainWindow::wireItemsBecomeDraftsAndCitations()
{
    auto window = openWindow();
    QSignalSpy rendered(window.get(), &MainWindow::previewRendered);
    window->show();
    WireStore *store = window->inboxController()->store();
    QTRY_VERIFY_WITH_TIMEOUT(store->totalItems() >= 50, GuiWaitMs); // the demo wires, ingested in the background
    const QList<InboxRow> rows = store->page(InboxQuery()).rows;
    QVERIFY(rows.size() >= 2);
    const InboxRow first = rows.at(0);
    const InboxRow second = rows.at(1);

    Q_EMIT window->inboxPane()->newDraftRequested(first);
    QCOMPARE(window->editor()->headlineField()->text(), first.item.title);
    const Article draft = window->editor()->article();
    QCOMPARE(draft.sources.size(), 1);
    QCOMPARE(draft.sources.first().wireItemId, first.item.id);
    QCOMPARE(draft.sources.first().publisher, first.sourceName);
    QVERIFY(draft.bodyHtml.contains(u"data-sources=\"src1\""_s));
    QTRY_COMPARE_WITH_TIMEOUT(previewJs(window.get(), u"document.querySelector('h1').textContent.trim()"_s).toString(),
        first.item.title, GuiWaitMs);

    // Cite the second item on the first words of the body.
    QTextEdit *body = window->editor()->bodyEditor();
    QTextCursor cursor(body->document());
    cursor.movePosition(QTextCursor::Start);
    cursor.movePosition(QTextCursor::WordRight, QTextCursor::KeepAnchor, 2);
    body->setTextCursor(cursor);
    Q_EMIT window->inboxPane()->citeRequested({second});
    QTRY_COMPARE_WITH_TIMEOUT(window->editor()->article().sources.size(), 2, GuiWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(window->editor()->article().bodyHtml.contains(u"src1 src2"_s), GuiWaitMs);
    // Citing the same item again adds no second copy of the source.
    Q_EMIT window->inboxPane()->citeRequested({second});
    QCOMPARE(window->editor()->article().sources.size(), 2);
}

void TestMainWindow::publishesToAFolder()
{
    auto window = openWindow();
    window->show();
    QTemporaryDir site;
    QSignalSpy published(window.get(), &MainWindow::folderPublished);
    window->publishToFolder(site.path());
    QVERIFY(published.count() == 1 || published.wait(GuiWaitMs));
    const QString folder = published.first().first().toString();
    QVERIFY2(!folder.isEmpty(), "publishing failed");
    for (const char *file : {"index.html", "article.json", "provenance.json"})
        QVERIFY2(QFileInfo::exists(folder + u'/' + QLatin1StringView(file)), file);
    QFile page(folder + u"/index.html"_s);
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(page.readAll());
    QVERIFY(html.contains(window->editor()->headlineField()->text().toHtmlEscaped()));
    // The page carries its provenance: JSON-LD with the citations, reference marks in the
    // text; beside it the full provenance file, not only the source list.
    QVERIFY(html.contains(u"application/ld+json"_s));
    QVERIFY(html.contains(u"NewsArticle"_s));
    QVERIFY(html.contains(u"class=\"cite-ref\""_s));
    QFile provenance(folder + u"/provenance.json"_s);
    QVERIFY(provenance.open(QIODevice::ReadOnly));
    const QJsonObject file = QJsonDocument::fromJson(provenance.readAll()).object();
    QVERIFY2(file.contains(u"citations"_s), qPrintable(file.keys().join(u',')));
}

void TestMainWindow::scrollingStaysInStep()
{
    auto window = openWindow();
    QSignalSpy rendered(window.get(), &MainWindow::previewRendered);
    window->resize(1600, 700); // short enough that the article scrolls in both panes
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get(), GuiWaitMs));
    QVERIFY(rendered.count() > 0 || rendered.wait(GuiWaitMs));
    const QString topInPreview
        = u"(() => { for (const el of document.querySelectorAll('[data-part=\"body\"] > [data-block]'))"
          u" if (el.getBoundingClientRect().bottom > 8) return el.dataset.block; return ''; })()"_s;

    // The editor scrolls to the middle: the preview follows to the same block.
    BodyEditor *body = window->editor()->bodyEditor();
    QScrollBar *bar = body->verticalScrollBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0, GuiWaitMs);
    QSignalSpy previewReports(window->previewPane(), &PreviewPane::topBlockChanged);
    bar->setValue(bar->maximum() / 2);
    const QString editorTop = body->topBlockId();
    QVERIFY(!editorTop.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(previewJs(window.get(), topInPreview).toString(), editorTop, GuiWaitMs);

    // The preview is scrolled to a later block, one the editor can still bring to its top
    // (the next block but one): the editor follows.
    const QString later = previewJs(window.get(),
        u"(() => { const all = [...document.querySelectorAll('[data-part=\"body\"] > [data-block]')];"
        u" const at = all.findIndex(el => el.dataset.block === '%1');"
        u" return at >= 0 && at + 2 < all.length ? all[at + 2].dataset.block : ''; })()"_s.arg(editorTop))
                              .toString();
    QVERIFY(!later.isEmpty() && later != editorTop);
    previewJs(window.get(), u"document.querySelector('[data-block=\"%1\"]').scrollIntoView(); 1"_s.arg(later));
    QTRY_VERIFY_WITH_TIMEOUT(body->topBlockId() != editorTop, GuiWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(previewJs(window.get(), topInPreview).toString(), body->topBlockId(), GuiWaitMs);
    // The preview's first report is the user's scroll: the one it made to follow the editor
    // was not echoed back.
    QVERIFY(!previewReports.isEmpty());
    QCOMPARE(previewReports.first().first().toString(), later);
}

void TestMainWindow::importsMarkdownHtmlAndJson()
{
    QTemporaryDir dir;
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write(u"a.md"_s,
        "---\nheadline: Ferries resume to Corsica\n---\n\nThe first ferry left at *dawn*.\n\n<script>x()</script>\n");
    write(u"b.html"_s,
        "<html><head><title>Tram line opens</title></head><body><h1>Tram line opens</h1>"
        "<p onclick=\"x()\">Nice's new line carried <a href=\"javascript:x()\">riders</a>.</p></body></html>");
    write(u"c.json"_s, "{\"format\":\"wiredesk-article\",\"version\":99}");
    write(u"d.json"_s, "not json");
    Article article;
    QString error;
    QVERIFY2(MainWindow::readArticleFile(dir.filePath(u"a.md"_s), &article, &error), qPrintable(error));
    QCOMPARE(article.headline, u"Ferries resume to Corsica"_s);
    QVERIFY(article.bodyHtml.contains(u"<em>dawn</em>"_s));
    QVERIFY(!article.bodyHtml.contains(u"<script"_s));
    article = Article();
    QVERIFY2(MainWindow::readArticleFile(dir.filePath(u"b.html"_s), &article, &error), qPrintable(error));
    QCOMPARE(article.headline, u"Tram line opens"_s);
    QVERIFY(!article.bodyHtml.contains(u"onclick"_s) && !article.bodyHtml.contains(u"javascript:"_s));
    QVERIFY(!MainWindow::readArticleFile(dir.filePath(u"c.json"_s), &article, &error));
    QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
    QVERIFY(!MainWindow::readArticleFile(dir.filePath(u"d.json"_s), &article, &error));
    QVERIFY(!error.isEmpty());
}

WIREDESK_GUITEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
