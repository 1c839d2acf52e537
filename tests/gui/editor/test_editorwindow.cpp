#include "../demowindowfixture.h"
#include "../guiwait.h"
#include "articledocument.h"
#include "articleeditor.h"
#include "bodyeditor.h"
#include "demoprofile.h"
#include "draftsession.h"
#include "draftspane.h"
#include "editorstatus.h"
#include "mainwindow.h"
#include "previewpage.h"
#include "previewpane.h"
#include "profile.h"
#include "revisionsdialog.h"
#include "sourceview.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

// The editor in the real window on the demo profile: typing in the body reaches the
// preview's DOM in the block with the same id, drafts can be created, duplicated, trashed
// and restored, counts show in the status bar, and a kill -9 while typing loses nothing
// older than the journal's flush (the child process is this test binary in a typist role).
class TestEditorWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void typingInTheBodyReachesThePreview();
    void draftsCanBeCreatedTrashedAndRestored();
    void sourceViewShowsHtmlAndMarkdown();
    void revisionsCompareAndRestore();
    void killDuringTypingIsRecovered();

private:
    std::unique_ptr<MainWindow> openWindow() { return m_fixture.openWindow(); }
    static QVariant previewJs(MainWindow *window, const QString &script)
    {
        return DemoWindowFixture::previewJs(window, script);
    }
    DemoWindowFixture m_fixture;
};

static const QString TypedMarker = u"Typed before the crash"_s;

void TestEditorWindow::init()
{
    // Each test starts from the default layout and a fresh copy of the demo profile.
    QString error;
    QVERIFY2(m_fixture.reset(&error), qPrintable(error));
}

void TestEditorWindow::cleanup()
{
    m_fixture.release();
}

void TestEditorWindow::typingInTheBodyReachesThePreview()
{
    auto window = openWindow();
    QSignalSpy rendered(window.get(), &MainWindow::previewRendered);
    window->resize(1800, 1000);
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get(), GuiWaitMs));
    QVERIFY(rendered.count() > 0 || rendered.wait(GuiWaitMs));

    BodyEditor *body = window->editor()->bodyEditor();
    QVERIFY(body->document()->blockCount() > 5);
    body->setFocus();
    QTextCursor cursor(body->document()->findBlockByNumber(1));
    cursor.movePosition(QTextCursor::EndOfBlock);
    body->setTextCursor(cursor);
    const QString blockId = body->currentBlockId();
    QVERIFY(!blockId.isEmpty());
    QTest::keyClicks(body, u" The \"mistral\" blew -- hard."_s);
    const QString script
        = u"(function(){var b=document.querySelector('[data-block=\"%1\"]');return b?b.textContent:'';})()"_s.arg(
            blockId);
    QTRY_VERIFY_WITH_TIMEOUT(
        previewJs(window.get(), script).toString().endsWith(u" The “mistral” blew – hard."_s), GuiWaitMs);

    // A subheading made with the keyboard is an h2 in the page.
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, u"Reaction"_s);
    QTest::keyClick(body, Qt::Key_2, Qt::ControlModifier | Qt::AltModifier);
    const QString headingId = body->currentBlockId();
    QTRY_COMPARE_WITH_TIMEOUT(
        previewJs(window.get(),
            u"(function(){var b=document.querySelector('[data-block=\"%1\"]');return b?b.tagName+':'+b.textContent:'';})()"_s
                .arg(headingId))
            .toString(),
        u"H2:Reaction"_s, GuiWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(window->editorStatus()->words() > 300, GuiWaitMs);
    QVERIFY(window->editorStatus()->text().contains(u"min read"_s));

    const QString shots = QStringLiteral(WIREDESK_BINARY_DIR) + u"/screenshots"_s;
    QDir().mkpath(shots);
    window->editor()->findReplaceBar(); // shown in the shot below with the toolbar
    QTest::qWait(300);
    QVERIFY(window->grab().save(shots + u"/editor-window.png"_s));
    QVERIFY(window->editor()->grab().save(shots + u"/editor.png"_s));
}

void TestEditorWindow::draftsCanBeCreatedTrashedAndRestored()
{
    auto window = openWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get(), GuiWaitMs));
    DraftsPane *drafts = window->draftsPane();
    QCOMPARE(drafts->shownIds().size(), 1); // the demo draft, imported on first open
    const QString demoId = window->editor()->document()->id();

    window->newDraft();
    QVERIFY(window->editor()->document()->id() != demoId);
    QTest::keyClicks(window->editor()->headlineField(), u"Second story"_s);
    QVERIFY(window->saveDraft());
    QCOMPARE(drafts->shownIds().size(), 2);
    drafts->searchField()->setText(u"second"_s);
    QCOMPARE(drafts->shownIds().size(), 1);
    drafts->searchField()->clear();

    // Duplicate the demo draft, then trash the copy and restore it.
    drafts->list()->setCurrentItem(drafts->list()->topLevelItem(drafts->shownIds().indexOf(demoId)));
    drafts->duplicateSelected();
    QCOMPARE(drafts->shownIds().size(), 3);
    const QString copyId = window->editor()->document()->id();
    QVERIFY(copyId != demoId);
    drafts->list()->setCurrentItem(drafts->list()->topLevelItem(drafts->shownIds().indexOf(copyId)));
    drafts->trashSelected();
    QCOMPARE(drafts->shownIds().size(), 2);
    QVERIFY(window->editor()->document()->id() != copyId); // the open draft went away
    drafts->setShowTrash(true);
    QCOMPARE(drafts->shownIds(), QStringList {copyId});
    drafts->list()->setCurrentItem(drafts->list()->topLevelItem(0));
    drafts->restoreSelected();
    drafts->setShowTrash(false);
    QCOMPARE(drafts->shownIds().size(), 3);
    QVERIFY(window->openDraft(demoId));
    QVERIFY(window->editor()->headlineField()->text().contains(u"Marseille"_s)
        || window->editor()->headlineField()->text().size() > 10);
}

void TestEditorWindow::sourceViewShowsHtmlAndMarkdown()
{
    auto window = openWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get(), GuiWaitMs));
    window->findChild<QDockWidget *>(u"sourceDock"_s)->show();
    window->findChild<QDockWidget *>(u"sourceDock"_s)->raise();
    SourceView *source = window->sourceView();
    QTRY_VERIFY_WITH_TIMEOUT(source->text().contains(u"data-block="_s), GuiWaitMs);
    QVERIFY(source->text().contains(u"<article"_s));
    source->setFormat(SourceView::Format::Markdown);
    QVERIFY(source->text().contains(u"## What the operators are proposing"_s));
    QVERIFY(!source->text().contains(u"data-block"_s));
}

void TestEditorWindow::revisionsCompareAndRestore()
{
    auto window = openWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get(), GuiWaitMs));
    QLineEdit *headline = window->editor()->headlineField();
    const QString original = headline->text();
    QVERIFY(window->saveDraft());
    headline->setFocus();
    headline->selectAll();
    QTest::keyClicks(headline, u"Talks collapse at Fos"_s);
    QVERIFY(window->saveDraft());

    RevisionsDialog dialog(window->draftSession()->revisions(), window->editor()->document(), window.get());
    QTreeWidget *list = dialog.list();
    QVERIFY(list->topLevelItemCount() >= 2); // newest first
    list->topLevelItem(0)->setSelected(true);
    list->topLevelItem(1)->setSelected(true);
    const QString diff = dialog.comparison()->toPlainText();
    QVERIFY2(diff.contains(u"Talks collapse at Fos"_s), qPrintable(diff));
    QVERIFY2(diff.contains(original.left(20)), qPrintable(diff));
    list->clearSelection();
    list->topLevelItem(1)->setSelected(true); // the older one
    QVERIFY(dialog.restoreSelected());
    QCOMPARE(headline->text(), original);
    window->editor()->undoAction()->trigger(); // restoring is one undoable step
    QCOMPARE(headline->text(), u"Talks collapse at Fos"_s);
}

void TestEditorWindow::killDuringTypingIsRecovered()
{
    QProcess typist;
    typist.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    typist.start(QCoreApplication::applicationFilePath(), {u"--typist"_s, m_fixture.folder()});
    QVERIFY2(typist.waitForStarted(20000), qPrintable(typist.errorString()));
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += typist.readAllStandardOutput()).contains("TYPED"), 90000);
    typist.kill(); // SIGKILL: nothing gets to save
    QVERIFY(typist.waitForFinished(20000));
    QCOMPARE(typist.exitStatus(), QProcess::CrashExit);

    auto profile = std::make_unique<Profile>();
    QVERIFY2(profile->open(m_fixture.folder()), qPrintable(profile->errorString()));
    MainWindow window(std::move(profile));
    QSignalSpy recovered(&window, &MainWindow::draftRecovered);
    QString error;
    QVERIFY2(window.openProfile(&error), qPrintable(error));
    QCOMPARE(recovered.count(), 1);
    QVERIFY2(window.editor()->bodyEditor()->toPlainText().contains(TypedMarker),
        qPrintable(window.editor()->bodyEditor()->toPlainText().left(300)));
    QVERIFY(window.editor()->headlineField()->text().endsWith(u" (updated)"_s));
    QVERIFY(window.statusBar()->currentMessage().contains(u"Restored"_s));
}

// The typist: opens the window on the profile, types into headline and body, waits until
// the autosave journal has written everything, says so, and waits to be killed.
static int runTypist(const QString &folder)
{
    auto profile = std::make_unique<Profile>();
    if (!profile->open(folder))
        return 2;
    MainWindow window(std::move(profile));
    QString error;
    if (!window.openProfile(&error))
        return 3;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window, GuiWaitMs))
        return 4;
    QLineEdit *headline = window.editor()->headlineField();
    headline->setFocus();
    headline->end(false);
    QTest::keyClicks(headline, u" (updated)"_s);
    BodyEditor *body = window.editor()->bodyEditor();
    body->setFocus();
    body->moveCursor(QTextCursor::Start);
    QTest::keyClicks(body, TypedMarker + u". "_s);
    AutosaveJournal *journal = window.draftSession()->journal();
    if (!QTest::qWaitFor([&] { return !journal->hasPendingChanges(); }, GuiWaitMs))
        return 5;
    std::fputs("TYPED\n", stdout);
    std::fflush(stdout);
    return QApplication::exec();
}

int main(int argc, char *argv[])
{
    PreviewPane::registerUrlSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Wiredesk"_s);
    // Settings of its own (see guitestmain.h): GUI tests run in parallel.
    QApplication::setApplicationName(u"wiredesk-test_editorwindow"_s);
    QStandardPaths::setTestModeEnabled(true);
    if (argc == 3 && qstrcmp(argv[1], "--typist") == 0)
        return runTypist(QString::fromLocal8Bit(argv[2]));
    TestEditorWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_editorwindow.moc"
