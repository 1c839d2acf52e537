// The provenance sidebar in the real MainWindow on a copy of the demo profile: a
// fact-checker takes the draft through citing, jumping between text and sources, notes,
// link checks against a local server, merging, the submit gate and the exports.
// Screenshots go to <build>/screenshots/provenance-*.png.
#include "../demowindowfixture.h"
#include "../guitestmain.h"
#include "../guiwait.h"
#include "articledocument.h"
#include "articleeditor.h"
#include "bodyeditor.h"
#include "citesourcedialog.h"
#include "demoprofile.h"
#include "inboxcontroller.h"
#include "mainwindow.h"
#include "noteauthor.h"
#include "notesthreadview.h"
#include "pageexporter.h"
#include "previewpage.h"
#include "previewpane.h"
#include "profile.h"
#include "provenancecontroller.h"
#include "provenancepane.h"
#include "provenancestore.h"
#include "renderoptions.h"
#include "sourcedetailform.h"
#include "sourcelistmodel.h"
#include "submitcheckdialog.h"
#include "testhttpserver.h"
#include "wirestore.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>

#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <sqlite3.h>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Wiredesk;
using namespace std::chrono_literals;

class TestProvenanceSidebar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void citeSourceLinksTheSelection();
    void jumpsBetweenSpansAndSources();
    void dropsCiteTheSentence();
    void notesPersistAfterReopening();
    void claimNotesFollowTheirSpans();
    void mergesDuplicatesAndUndoesDelete();
    void checksLinksWithProgressAndCancel();
    void submitGateNeedsAReason();
    void exportsCarryProvenance();

private:
    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = m_fixture.openWindow();
        window->resize(1800, 1000);
        return window;
    }
    static QVariant previewJs(MainWindow *window, const QString &script)
    {
        return DemoWindowFixture::previewJs(window, script);
    }
    QStringList warningKinds(MainWindow *window);
    void screenshot(MainWindow *window, const QString &name);

    DemoWindowFixture m_fixture;
};

// Handles the next modal dialog of type T as soon as it is shown.
template<typename T> static void whenShown(std::function<void(T *)> handle)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, handle] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            handle(dialog);
        }
    });
    poll->start();
}

static const QString ArticleId = u"3f6c2a8e-91d4-4b57-a0e2-7c5d18b4f260"_s;

void TestProvenanceSidebar::init()
{
    // Each test starts from the default layout and a fresh copy of the demo profile.
    QString error;
    QVERIFY2(m_fixture.reset(&error), qPrintable(error));
    NoteAuthor::setName(u"Test Checker"_s); // after the reset, which clears settings
}

void TestProvenanceSidebar::cleanup()
{
    m_fixture.release();
}

QStringList TestProvenanceSidebar::warningKinds(MainWindow *window)
{
    window->provenancePane()->checkNow();
    QStringList kinds;
    for (const ProvenanceWarning &warning : window->provenancePane()->warnings())
        kinds << ProvenanceWarning::kindName(warning.kind) + u':' + warning.sourceId;
    return kinds;
}

void TestProvenanceSidebar::screenshot(MainWindow *window, const QString &name)
{
    const QString shots = QStringLiteral(WIREDESK_BINARY_DIR) + u"/screenshots"_s;
    QDir().mkpath(shots);
    QTest::qWait(300); // let Chromium paint its last frame into the screenshot
    QVERIFY(window->grab().save(shots + u"/provenance-"_s + name + u".png"_s));
}

// Selects @p text inside block @p blockId of the body.
static bool selectInBlock(BodyEditor *body, const QString &blockId, const QString &text)
{
    if (!body->moveCursorToBlock(blockId))
        return false;
    QTextCursor cursor = body->textCursor();
    const int at = cursor.block().text().indexOf(text);
    if (at < 0)
        return false;
    cursor.setPosition(cursor.block().position() + at);
    cursor.setPosition(cursor.block().position() + at + int(text.size()), QTextCursor::KeepAnchor);
    body->setTextCursor(cursor);
    return true;
}

void TestProvenanceSidebar::citeSourceLinksTheSelection()
{
    auto window = openWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get(), GuiWaitMs));
    ProvenanceController *controller = window->provenanceController();
    ArticleDocument *document = window->editor()->document();
    BodyEditor *body = window->editor()->bodyEditor();

    // A new source nobody cites yet: the checks say so.
    const QStringList added = controller->addSources(u"https://www.fos-shippers.example/statement-2026-11-26\n"_s);
    QCOMPARE(added, QStringList {u"src7"_s});
    QVERIFY2(warningKinds(window.get()).contains(u"uncited-source:src7"_s),
        qPrintable(warningKinds(window.get()).join(u", "_s)));

    // Select a claim and cite it through the dialog, as a user would (Article → Cite Source…).
    const QString claim = u"Logistics firms in the warehouses around Fos said they had sent drivers home"_s;
    QVERIFY(selectInBlock(body, u"csceld9o"_s, claim));
    const int undoBefore = document->undoStack()->count();
    bool dialogSeen = false;
    whenShown<CiteSourceDialog>([&](CiteSourceDialog *dialog) {
        dialogSeen = true;
        QListWidget *list = dialog->sourceList();
        QCOMPARE(list->count(), 7);
        list->item(6)->setCheckState(Qt::Checked); // src7
        QVERIFY(
            dialog->grab().save(QStringLiteral(WIREDESK_BINARY_DIR) + u"/screenshots/provenance-cite-dialog.png"_s));
        dialog->accept();
    });
    controller->citeAction()->trigger();
    QVERIFY(dialogSeen);
    QVERIFY2(document->article().bodyHtml.contains(u"<span data-sources=\"src7\">"_s + claim + u"</span>"_s),
        qPrintable(document->article().bodyHtml));
    QCOMPARE(document->undoStack()->count(), undoBefore + 1);
    QVERIFY(!warningKinds(window.get()).contains(u"uncited-source:src7"_s));
    // The sidebar lists the new citing span under its source.
    const QModelIndex source7 = window->provenancePane()->model()->indexOfSource(u"src7"_s);
    QCOMPARE(window->provenancePane()->model()->rowCount(source7), 1);
    QVERIFY(window->provenancePane()->model()->index(0, 0, source7).data().toString().contains(u"Logistics firms"_s));

    // Citing with a pasted new URL adds the source and the citation as one undo step.
    const QString second = u"each detour adds two to three days"_s;
    QVERIFY(selectInBlock(body, u"csceld9o"_s, second));
    QVERIFY(controller->citeSelection({}, u"https://www.shipping-weekly.example/fos-detours"_s));
    QCOMPARE(document->article().sources.size(), 8);
    QVERIFY(document->article().bodyHtml.contains(u"<span data-sources=\"src8\">"_s + second));
    window->editor()->undoAction()->trigger();
    QCOMPARE(document->article().sources.size(), 7);
    QVERIFY(!document->article().bodyHtml.contains(u"src8"_s));
    QVERIFY(document->article().bodyHtml.contains(u"data-sources=\"src7\""_s)); // the earlier citation stays
    window->editor()->undoAction()->trigger();                                  // and then the dialog's citation goes
    QVERIFY(!document->article().bodyHtml.contains(u"data-sources=\"src7\""_s));
    QVERIFY(warningKinds(window.get()).contains(u"uncited-source:src7"_s));
}

void TestProvenanceSidebar::jumpsBetweenSpansAndSources()
{
    auto window = openWindow();
    QSignalSpy rendered(window.get(), &MainWindow::previewRendered);
    window->show();
    QVERIFY(rendered.count() > 0 || rendered.wait(GuiWaitMs));
    ProvenancePane *pane = window->provenancePane();
    BodyEditor *body = window->editor()->bodyEditor();

    // Source → spans: choosing src4 highlights its two spans in the editor and the preview.
    QVERIFY(pane->selectSource(u"src4"_s));
    QCOMPARE(body->highlightedSources(), QStringList {u"src4"_s});
    QCOMPARE(body->extraSelections().size(), 2);
    for (const QTextEdit::ExtraSelection &selection : body->extraSelections())
        QVERIFY(selection.cursor.charFormat().isValid());
    QTRY_COMPARE_WITH_TIMEOUT(
        previewJs(window.get(), u"document.querySelectorAll('.wd-cited-highlight').length"_s).toInt(), 2, GuiWaitMs);
    QCOMPARE(
        previewJs(window.get(),
            u"Array.from(document.querySelectorAll('.wd-cited-highlight')).every(e => e.dataset.sources.split(' ').includes('src4'))"_s)
            .toBool(),
        true);

    // The highlight survives a patch of the preview (typing elsewhere).
    QVERIFY(body->moveCursorToBlock(u"csceld9o"_s));
    QTest::keyClicks(body, u"Update: "_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        previewJs(
            window.get(), u"document.querySelector('[data-block=\"csceld9o\"]').textContent.startsWith('Update: ')"_s)
            .toBool(),
        GuiWaitMs);
    QCOMPARE(previewJs(window.get(), u"document.querySelectorAll('.wd-cited-highlight').length"_s).toInt(), 2);

    // Span entry → editor selection and preview scroll.
    const QModelIndex span = pane->model()->indexOfCitation(u"src4"_s, u"rjyzte8t/1"_s);
    QVERIFY(span.isValid());
    pane->view()->setCurrentIndex(span);
    QCOMPARE(body->currentBlockId(), u"rjyzte8t"_s);
    QVERIFY2(body->textCursor().selectedText().startsWith(u"In a post on its official account on X"_s),
        qPrintable(body->textCursor().selectedText()));
    QTRY_VERIFY_WITH_TIMEOUT(
        previewJs(window.get(),
            u"(() => { const r = document.querySelector('[data-block=\"rjyzte8t\"] [data-sources]')"
            u".getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; })()"_s)
            .toBool(),
        GuiWaitMs);
    QVERIFY(previewJs(window.get(), u"window.scrollY"_s).toDouble() > 100);
    screenshot(window.get(), u"citations"_s);

    // Cursor on a cited span → its source is selected in the sidebar.
    for (const BodyEditor::CitedSpan &cited : body->citedSpans()) {
        if (cited.sourceIds == QStringList {u"src3"_s}) {
            QTextCursor cursor = body->textCursor();
            cursor.setPosition(cited.start + 5);
            body->setTextCursor(cursor);
            break;
        }
    }
    QCOMPARE(pane->currentSourceId(), u"src3"_s);
    QVERIFY(pane->view()->selectionModel()->isRowSelected(pane->model()->indexOfSource(u"src3"_s).row(), {}));
    QCOMPARE(pane->detailForm()->source().id, u"src3"_s);
}

void TestProvenanceSidebar::dropsCiteTheSentence()
{
    auto window = openWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get(), GuiWaitMs));
    BodyEditor *body = window->editor()->bodyEditor();
    ArticleDocument *document = window->editor()->document();
    // Drop src5 (as the sidebar drags it) on the second sentence of block "erzsd4dr".
    QVERIFY(body->moveCursorToBlock(u"erzsd4dr"_s));
    const QTextBlock block = body->textCursor().block();
    const int at = block.text().indexOf(u"imports of consumer goods"_s);
    QVERIFY(at > 0);
    QTextCursor probe(block);
    probe.setPosition(block.position() + at);
    body->ensureCursorVisible();
    const QPoint point = body->cursorRect(probe).center();
    std::unique_ptr<QMimeData> mime(
        window->provenancePane()->model()->mimeData({window->provenancePane()->model()->indexOfSource(u"src5"_s)}));
    QVERIFY(mime);
    QDragEnterEvent enter(point, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(body->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(point), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(body->viewport(), &drop);
    QVERIFY2(document->article().bodyHtml.contains(
                 u"<span data-sources=\"src5\">The strike began four weeks before Christmas, when imports"_s),
        qPrintable(document->article().bodyHtml));
    QVERIFY(document->article().bodyHtml.contains(u"little room to absorb delays.</span>"_s));

    // A wire item dragged from the inbox: it becomes a source and cites the sentence, in one
    // undo step.
    WireStore *store = window->inboxController()->store();
    QTRY_VERIFY_WITH_TIMEOUT(store->totalItems() >= 50, GuiWaitMs); // the demo wires, ingested in the background
    const InboxRow row = store->page(InboxQuery()).rows.value(0);
    QVERIFY(row.item.id != 0);
    QMimeData wire;
    wire.setData(u"application/x-wiredesk-wire-items"_s,
        QJsonDocument(QJsonArray {QJsonObject {{u"id"_s, row.item.id}}}).toJson(QJsonDocument::Compact));
    QVERIFY(body->moveCursorToBlock(u"csceld9o"_s));
    const QTextBlock costs = body->textCursor().block();
    QTextCursor target(costs);
    target.setPosition(costs.position() + int(costs.text().indexOf(u"Container lines"_s)) + 3);
    body->ensureCursorVisible();
    const QPoint wirePoint = body->cursorRect(target).center();
    const int sourcesBefore = int(document->article().sources.size());
    QDragEnterEvent wireEnter(wirePoint, Qt::CopyAction, &wire, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(body->viewport(), &wireEnter);
    QVERIFY(wireEnter.isAccepted());
    QDropEvent wireDrop(QPointF(wirePoint), Qt::CopyAction, &wire, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(body->viewport(), &wireDrop);
    QCOMPARE(document->article().sources.size(), sourcesBefore + 1);
    const ArticleSource added = document->article().sources.last();
    QCOMPARE(added.wireItemId, row.item.id);
    QVERIFY2(document->article().bodyHtml.contains(
                 u"<span data-sources=\"%1\">Container lines can divert ships"_s.arg(added.id)),
        qPrintable(document->article().bodyHtml));
    window->editor()->undoAction()->trigger();
    QCOMPARE(document->article().sources.size(), sourcesBefore);
    QVERIFY(!document->article().bodyHtml.contains(u"data-sources=\"%1\""_s.arg(added.id)));
}

void TestProvenanceSidebar::notesPersistAfterReopening()
{
    {
        auto window = openWindow();
        QSignalSpy rendered(window.get(), &MainWindow::previewRendered);
        window->show();
        QVERIFY(rendered.count() > 0 || rendered.wait(GuiWaitMs));
        ProvenancePane *pane = window->provenancePane();
        QVERIFY(pane->selectSource(u"src6"_s));
        NotesThreadView *notes = pane->notesView();
        QCOMPARE(notes->targetId(), u"src6"_s);
        QCOMPARE(notes->noteCount(), 0);
        pane->tabs()->setCurrentWidget(notes);
        QTest::keyClicks(notes->noteField(), u"Called the prefecture's press office: talks confirmed for Friday."_s);
        notes->statusField()->setCurrentIndex(notes->statusField()->findData(u"verified"_s));
        QVERIFY(notes->addButton()->isEnabled());
        QTest::mouseClick(notes->addButton(), Qt::LeftButton);
        QCOMPARE(notes->noteCount(), 1);
        QVERIFY(notes->threadView()->toPlainText().contains(u"Test Checker"_s));
        QVERIFY(notes->threadView()->toPlainText().contains(u"Unchecked → Verified"_s));
        QCOMPARE(pane->model()->indexOfSource(u"src6"_s).data(SourceListModel::StatusRole).toString(), u"verified"_s);

        // A note on a cited claim: the thread of the span, not of the source.
        pane->view()->setCurrentIndex(pane->model()->indexOfCitation(u"src6"_s, u"j3242982/1"_s));
        QCOMPARE(notes->targetKind(), Annotation::TargetKind::Citation);
        QCOMPARE(notes->targetId(), u"j3242982/1"_s);
        QTest::keyClicks(notes->noteField(), u"Both offers confirmed by the two sides."_s);
        notes->statusField()->setCurrentIndex(notes->statusField()->findData(u"partly-verified"_s));
        {
            // Another process holds the database: the note cannot be saved, and the words
            // stay in the box (with the reason in the status bar) instead of vanishing.
            sqlite3 *locker = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(m_fixture.folder() + u"/wiredesk.sqlite"_s).constData(), &locker),
                SQLITE_OK);
            QCOMPARE(sqlite3_exec(locker, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
            QTest::mouseClick(notes->addButton(), Qt::LeftButton);
            sqlite3_exec(locker, "ROLLBACK", nullptr, nullptr, nullptr);
            sqlite3_close(locker);
        }
        QCOMPARE(notes->noteCount(), 0);
        QCOMPARE(notes->noteField()->toPlainText(), u"Both offers confirmed by the two sides."_s);
        QVERIFY2(window->statusBar()->currentMessage().contains(u"not saved"_s),
            qPrintable(window->statusBar()->currentMessage()));
        QTest::mouseClick(notes->addButton(), Qt::LeftButton);
        QCOMPARE(notes->noteCount(), 1);
        QVERIFY(notes->noteField()->toPlainText().isEmpty());
        screenshot(window.get(), u"notes"_s);
        window->close();
    }
    auto window = openWindow(); // the profile again, as after a restart
    window->show();
    ProvenanceStore *store = window->provenanceController()->store();
    const QList<Annotation> thread = store->thread(ArticleId, Annotation::TargetKind::Source, u"src6"_s);
    QCOMPARE(thread.size(), 1);
    QCOMPARE(thread.at(0).author, u"Test Checker"_s);
    QCOMPARE(thread.at(0).statusFrom, u"unchecked"_s);
    QCOMPARE(thread.at(0).statusTo, u"verified"_s);
    QCOMPARE(store->currentStatus(ArticleId, Annotation::TargetKind::Citation, u"j3242982/1"_s), u"partly-verified"_s);
    ProvenancePane *pane = window->provenancePane();
    QCOMPARE(pane->model()->indexOfSource(u"src6"_s).data(SourceListModel::StatusRole).toString(), u"verified"_s);
    QVERIFY(pane->selectSource(u"src6"_s));
    QCOMPARE(pane->notesView()->noteCount(), 1);
}

void TestProvenanceSidebar::claimNotesFollowTheirSpans()
{
    auto window = openWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get(), GuiWaitMs));
    ProvenanceController *controller = window->provenanceController();
    ProvenanceStore *store = controller->store();
    using Kind = Annotation::TargetKind;
    // Block iuf5kfeb cites src2 (claim /1), then src3 (claim /2).
    QVERIFY(controller->addNote(Kind::Citation, u"iuf5kfeb/2"_s, u"The union's figure is unsourced."_s, u"disputed"_s));
    QVERIFY(controller->addNote(Kind::Citation, u"iuf5kfeb/1"_s, u"Operators' statement on file."_s, QString()));
    // Citing the sentence between them makes it claim /2; the union's claim becomes /3.
    QVERIFY(selectInBlock(window->editor()->bodyEditor(), u"iuf5kfeb"_s,
        u"The unions do not believe the guarantee will outlast the next change of ownership."_s));
    QVERIFY(controller->citeSelection({u"src6"_s}));
    QCOMPARE(store->thread(ArticleId, Kind::Citation, u"iuf5kfeb/3"_s).size(), 1);
    QCOMPARE(store->currentStatus(ArticleId, Kind::Citation, u"iuf5kfeb/3"_s), u"disputed"_s);
    QVERIFY(store->thread(ArticleId, Kind::Citation, u"iuf5kfeb/2"_s).isEmpty());
    QCOMPARE(store->thread(ArticleId, Kind::Citation, u"iuf5kfeb/1"_s).size(), 1);
    // Undo takes the new citation out, and the notes back to where they were.
    window->editor()->undoAction()->trigger();
    QCOMPARE(store->thread(ArticleId, Kind::Citation, u"iuf5kfeb/2"_s).size(), 1);
    QVERIFY(store->thread(ArticleId, Kind::Citation, u"iuf5kfeb/3"_s).isEmpty());
}

void TestProvenanceSidebar::mergesDuplicatesAndUndoesDelete()
{
    auto window = openWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get(), GuiWaitMs));
    ProvenanceController *controller = window->provenanceController();
    ProvenancePane *pane = window->provenancePane();
    ArticleDocument *document = window->editor()->document();

    // Pasting a URL the article already has adds nothing.
    QVERIFY(controller->addSources(u"https://twitter.com/fosharbourdesk/status/2125833249512884107?s=20"_s).isEmpty());
    // Entered by hand (New, then the details form), the same X post from twitter.com is
    // flagged as a duplicate of src4.
    pane->addBlankAction()->trigger();
    QCOMPARE(pane->currentSourceId(), u"src7"_s);
    SourceDetailForm *form = pane->detailForm();
    QTest::keyClicks(form->urlField(), u"https://twitter.com/fosharbourdesk/status/2125833249512884107?s=20"_s);
    QTest::keyClicks(form->titleField(), u"Port authority on X"_s);
    QVERIFY(form->applyButton()->isEnabled());
    QTest::mouseClick(form->applyButton(), Qt::LeftButton);
    QCOMPARE(document->article().sources.last().title, u"Port authority on X"_s);
    QVERIFY(warningKinds(window.get()).contains(u"duplicate-source:src7"_s));
    QCOMPARE(pane->model()->duplicateOf(u"src7"_s), u"src4"_s);
    QVERIFY(controller->addNote(Annotation::TargetKind::Source, u"src7"_s, u"Same post, other host."_s, QString()));
    QVERIFY(selectInBlock(window->editor()->bodyEditor(), u"csceld9o"_s, u"For now the cost falls"_s));
    QVERIFY(controller->citeSelection({u"src7"_s}));
    QVERIFY(pane->selectSource(u"src7"_s));
    QVERIFY(pane->mergeAction()->isEnabled());
    pane->mergeAction()->trigger();
    QCOMPARE(document->article().sources.size(), 6);
    QVERIFY(!document->article().bodyHtml.contains(u"src7"_s));
    QVERIFY(document->article().bodyHtml.contains(u"<span data-sources=\"src4\">For now the cost falls"_s));
    QVERIFY(!warningKinds(window.get()).join(u' ').contains(u"duplicate-source"_s));
    QCOMPARE(controller->store()->thread(ArticleId, Annotation::TargetKind::Source, u"src4"_s).size(), 1);

    // One undo step takes the whole merge back: the duplicate, its citation and its note.
    window->editor()->undoAction()->trigger();
    QCOMPARE(document->article().sources.size(), 7);
    QVERIFY(document->article().bodyHtml.contains(u"<span data-sources=\"src7\">For now the cost falls"_s));
    const QList<Annotation> back = controller->store()->thread(ArticleId, Annotation::TargetKind::Source, u"src7"_s);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().text, u"Same post, other host."_s);
    QVERIFY(controller->store()->thread(ArticleId, Annotation::TargetKind::Source, u"src4"_s).isEmpty());
    window->editor()->redoAction()->trigger();
    QCOMPARE(document->article().sources.size(), 6);
    QCOMPARE(controller->store()->thread(ArticleId, Annotation::TargetKind::Source, u"src4"_s).size(), 1);
    QVERIFY(controller->store()->thread(ArticleId, Annotation::TargetKind::Source, u"src7"_s).isEmpty());

    // Deleting a source with notes asks first; Ctrl+Z brings it back.
    bool asked = false;
    whenShown<QMessageBox>([&](QMessageBox *box) {
        asked = true;
        box->button(QMessageBox::Yes)->click();
    });
    QVERIFY(pane->selectSource(u"src4"_s));
    pane->deleteSourceAction()->trigger();
    QVERIFY(asked);
    QCOMPARE(document->article().sources.size(), 5);
    QVERIFY(warningKinds(window.get()).contains(u"removed-source-citation:src4"_s));
    window->editor()->undoAction()->trigger();
    QCOMPARE(document->article().sources.size(), 6);
    QVERIFY(!warningKinds(window.get()).contains(u"removed-source-citation:src4"_s));
}

void TestProvenanceSidebar::checksLinksWithProgressAndCancel()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.setResponse("/ok", TestHttpServer::Response::ok("<html><title>Statement</title></html>", "text/html"));
    server.setResponse("/moved", TestHttpServer::Response::redirect(301, "/ok"));
    server.setResponse("/gone", TestHttpServer::Response::withStatus(404, "gone"));
    server.setResponse("/slow", TestHttpServer::Response::ok("late").withHeaderDelay(20s));

    auto window = openWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get(), GuiWaitMs));
    window->newDraft(); // only local links: the demo draft's sources are on the internet
    ProvenanceController *controller = window->provenanceController();
    ProvenancePane *pane = window->provenancePane();
    const QString id = window->editor()->document()->id();
    QCOMPARE(controller->addSources(server.url(u"/moved"_s).toString() + u'\n' + server.url(u"/gone"_s).toString()),
        (QStringList {u"src1"_s, u"src2"_s}));

    QSignalSpy finished(controller, &ProvenanceController::linkChecksFinished);
    pane->checkLinksAction()->trigger();
    QVERIFY(pane->checkProgress()->isVisible());
    QVERIFY(finished.wait(GuiWaitMs));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!pane->checkProgress()->isVisible());
    SourceListModel *model = pane->model();
    QCOMPARE(model->indexOfSource(u"src1"_s, SourceListModel::LinkColumn).data().toString(), u"200"_s);
    QCOMPARE(model->indexOfSource(u"src2"_s, SourceListModel::LinkColumn).data().toString(), u"404 dead"_s);
    QVERIFY(warningKinds(window.get()).contains(u"dead-link:src2"_s));
    const QList<LinkCheckResult> history = controller->store()->checkHistory(id, u"src1"_s);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).redirects.size(), 1);
    QVERIFY(history.at(0).finalUrl.endsWith(u"/ok"_s));
    QCOMPARE(history.at(0).snapshotSha256.size(), 64);
    QVERIFY(pane->selectSource(u"src1"_s));
    QCOMPARE(pane->checkHistoryView()->topLevelItemCount(), 1);
    QCOMPARE(pane->checkHistoryView()->topLevelItem(0)->text(3), history.at(0).snapshotSha256.left(12));

    // A slow link: progress shows, Cancel stops it, nothing is recorded for the cancelled one.
    QCOMPARE(controller->addSources(server.url(u"/slow"_s).toString()), QStringList {u"src3"_s});
    pane->checkLinksAction()->trigger();
    QVERIFY(pane->checkProgress()->isVisible());
    QVERIFY(pane->cancelChecksAction()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(pane->checkProgress()->value(), 2, GuiWaitMs); // the two fast ones
    pane->tabs()->setCurrentIndex(2);
    screenshot(window.get(), u"linkcheck-running"_s);
    QVERIFY2(pane->checkProgress()->text().contains(u"2 of 3"_s), qPrintable(pane->checkProgress()->text()));
    pane->cancelChecksAction()->trigger();
    QVERIFY(finished.count() == 2 || finished.wait(GuiWaitMs));
    QCOMPARE(finished.at(1).at(0).toBool(), true);
    QVERIFY(!pane->checkProgress()->isVisible());
    QVERIFY(controller->store()->checkHistory(id, u"src3"_s).isEmpty());
    QCOMPARE(controller->store()->checkHistory(id, u"src1"_s).size(), 2); // kept with time
}

void TestProvenanceSidebar::submitGateNeedsAReason()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.setResponse("/gone", TestHttpServer::Response::withStatus(410, "gone"));
    auto window = openWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get(), GuiWaitMs));
    window->newDraft();
    ProvenanceController *controller = window->provenanceController();
    controller->addSources(server.url(u"/gone"_s).toString());
    QSignalSpy finished(controller, &ProvenanceController::linkChecksFinished);
    controller->checkLinks();
    QVERIFY(finished.wait(GuiWaitMs));
    const QString id = window->editor()->document()->id();

    // Without a reason the dialog cannot send; Cancel stops the submission.
    bool shown = false;
    whenShown<SubmitCheckDialog>([&](SubmitCheckDialog *dialog) {
        shown = true;
        QVERIFY(!dialog->sendButton()->isEnabled());
        QStringList texts;
        for (int i = 0; i < dialog->warningList()->count(); ++i)
            texts << dialog->warningList()->item(i)->text();
        QVERIFY2(texts.join(u'\n').contains(u"dead"_s, Qt::CaseInsensitive), qPrintable(texts.join(u'\n')));
        QTest::keyClicks(dialog->reasonField(), u"   "_s);
        QVERIFY(!dialog->sendButton()->isEnabled());
        QVERIFY(
            dialog->grab().save(QStringLiteral(WIREDESK_BINARY_DIR) + u"/screenshots/provenance-submit-gate.png"_s));
        dialog->reject();
    });
    QString reason;
    QVERIFY(!controller->confirmSubmit(&reason));
    QVERIFY(shown);
    QVERIFY(reason.isEmpty());
    QVERIFY(controller->store()->submitOverrides(id).isEmpty());

    // With a reason it sends, and the reason is recorded with the article.
    whenShown<SubmitCheckDialog>([&](SubmitCheckDialog *dialog) {
        QTest::keyClicks(dialog->reasonField(), u"The page was withdrawn; the archived copy is cited."_s);
        QVERIFY(dialog->sendButton()->isEnabled());
        dialog->sendButton()->click();
    });
    QVERIFY(controller->confirmSubmit(&reason));
    QCOMPARE(reason, u"The page was withdrawn; the archived copy is cited."_s);
    const QList<SubmitOverride> overrides = controller->store()->submitOverrides(id);
    QCOMPARE(overrides.size(), 1);
    QCOMPARE(overrides.at(0).reason, reason);
    QCOMPARE(overrides.at(0).author, u"Test Checker"_s);
    QCOMPARE(overrides.at(0).warnings.at(0).toObject().value(u"kind"_s).toString(), u"dead-link"_s);

    // Nothing blocking: the gate lets the article through without asking.
    window->newDraft();
    QVERIFY(controller->confirmSubmit(&reason));
}

void TestProvenanceSidebar::exportsCarryProvenance()
{
    auto window = openWindow();
    window->show();
    ProvenanceController *controller = window->provenanceController();
    QVERIFY(controller->addNote(
        Annotation::TargetKind::Citation, u"cqt8jksz/1"_s, u"Confirmed with the port authority."_s, u"verified"_s));
    const Article article = window->editor()->article();

    QTemporaryDir out;
    PageExporter exporter(RenderOptions(), m_fixture.folder());
    exporter.setHeadHtml(controller->jsonLdScript(article));
    QString error;
    QVERIFY2(exporter.exportPage(article, out.filePath(u"page.html"_s), &error), qPrintable(error));
    QFile page(out.filePath(u"page.html"_s));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(page.readAll());
    const qsizetype script = html.indexOf(u"<script type=\"application/ld+json\">"_s);
    QVERIFY2(script > 0 && script < html.indexOf(u"</head>"_s),
        qPrintable(
            u"script at %1, </head> at %2: %3"_s.arg(script).arg(html.indexOf(u"</head>"_s)).arg(html.left(3000))));
    QVERIFY(html.contains(u"\"NewsArticle\""_s));
    QVERIFY(html.contains(u"\"ClaimReview\""_s));
    QVERIFY(html.contains(u"<section class=\"sources\""_s)); // the closing sources list

    QVERIFY2(controller->exportProvenance(out.filePath(u"a.provenance.json"_s), &error), qPrintable(error));
    QFile file(out.filePath(u"a.provenance.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json.value(u"format"_s).toString(), u"wiredesk-provenance"_s);
    QCOMPARE(json.value(u"sources"_s).toArray().size(), 6);
    QCOMPARE(json.value(u"annotations"_s).toArray().size(), 1);
    QCOMPARE(json.value(u"annotations"_s).toArray().at(0).toObject().value(u"author"_s).toString(), u"Test Checker"_s);
}

WIREDESK_GUITEST_MAIN(TestProvenanceSidebar)
#include "test_provenancesidebar.moc"
