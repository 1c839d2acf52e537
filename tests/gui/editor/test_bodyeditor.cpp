#include "../guitestmain.h"
#include "../guiwait.h"
#include "bodyeditor.h"
#include "bodytextconverter.h"
#include "findreplacebar.h"
#include "spellchecker.h"
#include "spellhighlighter.h"

#include <QAction>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

// The body editor as a user drives it: real key presses, pastes through the clipboard
// path (insertFromMimeData), formatting shortcuts, find and replace, spelling marks.
class TestBodyEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingMakesTypographicQuotes_data();
    void typingMakesTypographicQuotes();
    void shortcutsFormat();
    void hostilePasteNeverEntersTheDocument();
    void copyPasteKeepsFormatting();
    void plainTextPasteBecomesParagraphs();
    void hugePasteStaysResponsive();
    void misspellingsAreUnderlined();
    void replaceAllIsOneUndoStep();
    void findWrapsAndRespectsCase();

private:
    static QString pasteHtml(BodyEditor *editor, const QString &html);
};

void TestBodyEditor::typingMakesTypographicQuotes_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << u"en"_s << u"He said \"it's fine\" -- ok..."_s << u"He said “it’s fine” – ok…"_s;
    QTest::newRow("de") << u"de"_s << u"Er sagte \"ja\""_s << u"Er sagte „ja“"_s;
    QTest::newRow("fr") << u"fr"_s << u"Il dit \"oui\" ?"_s << u"Il dit «\u202Foui\u202F»\u202F?"_s;
}

void TestBodyEditor::typingMakesTypographicQuotes()
{
    QFETCH(QString, language);
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    BodyEditor editor;
    editor.setLanguage(language);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor, GuiWaitMs));
    editor.setFocus();
    QSignalSpy edited(&editor, &BodyEditor::bodyEdited);
    QSignalSpy blockEdited(&editor, &BodyEditor::blockEdited);
    QTest::keyClicks(&editor, typed);
    QCOMPARE(editor.toPlainText(), expected);
    QCOMPARE(edited.count(), 1);                      // the first character makes the block (and its id)
    QVERIFY(blockEdited.count() >= typed.size() - 5); // then typing reports just that block
    QVERIFY(blockEdited.last().at(1).toString().contains(expected.toHtmlEscaped()));
    QVERIFY(editor.bodyHtml().contains(expected.toHtmlEscaped()));
}

void TestBodyEditor::shortcutsFormat()
{
    BodyEditor editor;
    editor.setBodyHtml(u"<p data-block=\"aaaa0001\">strong and heading</p>"_s);
    editor.show();
    editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&editor, GuiWaitMs)); // shortcuts need an active window
    editor.setFocus();
    QTextCursor cursor(editor.document());
    cursor.setPosition(0);
    cursor.setPosition(6, QTextCursor::KeepAnchor);
    editor.setTextCursor(cursor);
    QTest::keyClick(&editor, Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(editor.bodyHtml(), u"<p data-block=\"aaaa0001\"><strong>strong</strong> and heading</p>"_s);
    QTest::keyClick(&editor, Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(editor.bodyHtml(), u"<p data-block=\"aaaa0001\"><strong><em>strong</em></strong> and heading</p>"_s);
    QTest::keyClick(&editor, Qt::Key_2, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY2(editor.bodyHtml().startsWith(u"<h2 data-block=\"aaaa0001\">"_s), qPrintable(editor.bodyHtml()));
    QVERIFY(editor.action(BodyEditor::Action::Heading2)->isChecked());
    QTest::keyClick(&editor, Qt::Key_0, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(editor.bodyHtml().startsWith(u"<p data-block=\"aaaa0001\">"_s));
    editor.action(BodyEditor::Action::BulletedList)->trigger();
    QVERIFY2(editor.bodyHtml().startsWith(u"<ul data-block=\"aaaa0001\"><li>"_s), qPrintable(editor.bodyHtml()));
    editor.action(BodyEditor::Action::NumberedList)->trigger();
    QVERIFY(editor.bodyHtml().startsWith(u"<ol data-block=\"aaaa0001\"><li>"_s));
    editor.action(BodyEditor::Action::NumberedList)->trigger();
    QVERIFY(editor.bodyHtml().startsWith(u"<p data-block=\"aaaa0001\">"_s));
    editor.action(BodyEditor::Action::Quote)->trigger();
    QVERIFY(editor.bodyHtml().startsWith(u"<blockquote data-block=\"aaaa0001\">"_s));
    cursor.movePosition(QTextCursor::End);
    editor.setTextCursor(cursor);
    editor.action(BodyEditor::Action::HorizontalRule)->trigger();
    QCOMPARE(editor.bodyHtml().count(u"<hr data-block="_s), 1);
    editor.insertFigure(u"images/lead.svg"_s, u"Cranes"_s, u"Cranes at Fos"_s, u"Photo: AL"_s);
    QVERIFY2(
        editor.bodyHtml().contains(
            u"<img src=\"images/lead.svg\" alt=\"Cranes\"><figcaption>Cranes at Fos<br>Photo: AL</figcaption></figure>"_s),
        qPrintable(editor.bodyHtml()));
    // A link on a selection; a javascript: address is refused.
    cursor.setPosition(0);
    cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
    editor.setTextCursor(cursor);
    editor.applyLink(u"javascript:alert(1)"_s);
    QVERIFY(!editor.bodyHtml().contains(u"javascript"_s));
    editor.applyLink(u"https://example.org/"_s);
    QVERIFY2(editor.bodyHtml().contains(u"<a href=\"https://example.org/\">"_s), qPrintable(editor.bodyHtml()));
}

QString TestBodyEditor::pasteHtml(BodyEditor *editor, const QString &html)
{
    auto *data = new QMimeData;
    data->setHtml(html);
    QGuiApplication::clipboard()->setMimeData(data);
    editor->paste();
    return editor->bodyHtml();
}

void TestBodyEditor::hostilePasteNeverEntersTheDocument()
{
    BodyEditor editor;
    editor.setBodyHtml(u"<p data-block=\"aaaa0001\">Start.</p>"_s);
    QTextCursor cursor(editor.document());
    cursor.movePosition(QTextCursor::End);
    editor.setTextCursor(cursor);
    const QString hostile
        = u"<html><head><style>p{color:red}</style><script>alert('head')</script></head><body>"
          "<p style=\"color:red\" onclick=\"alert(1)\">Clean <b>text</b> <a href=\"javascript:alert(2)\">bad link</a>"
          " <a href=\"https://example.org/\" onmouseover=\"x()\">good link</a></p>"
          "<img src=x onerror=alert(3)><iframe src=\"https://evil.example/\"></iframe>"
          "<svg><script>alert(4)</script></svg><form><input value=x></form>"
          "<div><script>alert(5)</script>after script</div>"
          "<a href=\"data:text/html,<script>alert(6)</script>\">data link</a>"
          "<custom-tag>unknown tag text</custom-tag></body></html>"_s;
    const QString body = pasteHtml(&editor, hostile);
    for (const QString &bad : {u"<script"_s, u"alert("_s, u"onclick"_s, u"onerror"_s, u"onmouseover"_s, u"javascript"_s,
             u"style"_s, u"iframe"_s, u"data:"_s, u"svg"_s, u"input"_s, u"custom-tag"_s, u"evil"_s})
        QVERIFY2(!body.contains(bad, Qt::CaseInsensitive), qPrintable(bad + u" in "_s + body));
    QVERIFY2(body.contains(u"<strong>text</strong>"_s), qPrintable(body));
    QVERIFY(body.contains(u"<a href=\"https://example.org/\">good link</a>"_s));
    QVERIFY(body.contains(u"bad link"_s));
    QVERIFY(body.contains(u"after script"_s));
    QVERIFY(body.contains(u"unknown tag text"_s));
    QVERIFY(body.startsWith(u"<p data-block=\"aaaa0001\">Start."_s));
}

void TestBodyEditor::copyPasteKeepsFormatting()
{
    BodyEditor editor;
    editor.setBodyHtml(u"<p data-block=\"aaaa0001\"><span data-sources=\"src1\">cited</span> <strong>bold</strong> "
                       "<a href=\"https://example.org/\">link</a></p>"_s);
    editor.selectAll();
    editor.copy();
    QTextCursor cursor(editor.document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock();
    editor.setTextCursor(cursor);
    editor.paste();
    const QStringList lines = editor.bodyHtml().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).contains(u"<span data-sources=\"src1\">cited</span> <strong>bold</strong> "
                                  "<a href=\"https://example.org/\">link</a>"_s),
        qPrintable(lines.at(1)));
    QVERIFY(!lines.at(1).contains(u"aaaa0001"_s)); // the copy is a new block
}

void TestBodyEditor::plainTextPasteBecomesParagraphs()
{
    BodyEditor editor;
    auto *data = new QMimeData;
    data->setText(u"First paragraph\nwith a line break.\n\nSecond paragraph & <tags>."_s);
    QGuiApplication::clipboard()->setMimeData(data);
    editor.paste();
    const QStringList lines = editor.bodyHtml().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).endsWith(u"\">First paragraph<br>with a line break.</p>"_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).endsWith(u"\">Second paragraph &amp; &lt;tags&gt;.</p>"_s), qPrintable(lines.at(1)));
}

void TestBodyEditor::hugePasteStaysResponsive()
{
    // A 5 MB web page: cleaned once, inserted, no crash; the editor answers afterwards.
    QString page = u"<html><body><div class=\"ad\" style=\"x\">"_s;
    const QString paragraph
        = u"<p class=\"c\" style=\"margin:0\" onclick=\"track()\">Lorem <b>ipsum</b> dolor sit amet, "
          "<a href=\"https://example.org/a\">consectetur</a> adipiscing elit <script>x()</script>"
          "sed do eiusmod tempor.</p>\n"_s;
    while (page.size() < 5 * 1024 * 1024)
        page += paragraph;
    page += u"</div></body></html>"_s;
    BodyEditor editor;
    QSignalSpy slow(&editor, &BodyEditor::slowPaste);
    QElapsedTimer timer;
    timer.start();
    auto *data = new QMimeData;
    data->setHtml(page);
    QGuiApplication::clipboard()->setMimeData(data);
    editor.paste();
    const qint64 elapsed = timer.elapsed();
    qInfo("5 MB paste: %lld ms, %d blocks", elapsed, editor.document()->blockCount());
    QCOMPARE(slow.count(), 1); // a busy cursor was shown for it
    QVERIFY(editor.document()->blockCount() > 10000);
    const QString body = editor.bodyHtml();
    QVERIFY(!body.contains(u"<script"_s));
    QVERIFY(!body.contains(u"onclick"_s));
    QTest::keyClicks(&editor, u"still typing"_s);
    QVERIFY(editor.toPlainText().contains(u"still typing"_s));
}

void TestBodyEditor::misspellingsAreUnderlined()
{
    BodyEditor editor;
    editor.setLanguage(u"en"_s);
    QVERIFY(editor.spellChecker()->isReady());
    editor.setBodyHtml(
        u"<p data-block=\"aaaa0001\">The dokcers wnet on strike at NATO https://exmaple.org/pth 2026xx</p>"_s);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor, GuiWaitMs));
    const QTextBlock block = editor.document()->begin();
    QStringList underlined;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            underlined << block.text().mid(range.start, range.length);
    }
    QCOMPARE(underlined, (QStringList {u"dokcers"_s, u"wnet"_s}));
    // The underline is a layout decoration: the exported body has no trace of it.
    QCOMPARE(editor.bodyHtml(),
        u"<p data-block=\"aaaa0001\">The dokcers wnet on strike at NATO https://exmaple.org/pth 2026xx</p>"_s);
    QVERIFY(editor.spellChecker()->suggestions(u"dokcers"_s).contains(u"dockers"_s));
}

void TestBodyEditor::replaceAllIsOneUndoStep()
{
    BodyEditor editor; // QTextEdit's own undo here; with an article, the stack macro (see test_articleeditor)
    editor.setBodyHtml(u"<p data-block=\"aaaa0001\">port port</p>\n<p data-block=\"aaaa0002\">Port of Marseille</p>"_s);
    editor.document()->clearUndoRedoStacks();
    FindReplaceBar bar(&editor);
    bar.showReplace();
    bar.findField()->setText(u"port"_s);
    bar.replaceField()->setText(u"harbour"_s);
    QSignalSpy edited(&editor, &BodyEditor::bodyEdited);
    QCOMPARE(bar.replaceAll(), 3);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(editor.toPlainText(), u"harbour harbour\nharbour of Marseille"_s);
    QCOMPARE(editor.bodyHtml(),
        u"<p data-block=\"aaaa0001\">harbour harbour</p>\n<p data-block=\"aaaa0002\">harbour of Marseille</p>"_s);
    editor.undo();
    QCOMPARE(editor.toPlainText(), u"port port\nPort of Marseille"_s);
}

void TestBodyEditor::findWrapsAndRespectsCase()
{
    BodyEditor editor;
    editor.setBodyHtml(u"<p data-block=\"aaaa0001\">Port port support</p>"_s);
    FindReplaceBar bar(&editor);
    bar.showFind();
    bar.findField()->setText(u"port"_s);
    bar.setCaseSensitive(true);
    bar.setWholeWords(true);
    QVERIFY(bar.findNext());
    QCOMPARE(editor.textCursor().selectionStart(), 5);
    QVERIFY(bar.findNext()); // wraps to the same, only whole-word lowercase match
    QCOMPARE(editor.textCursor().selectionStart(), 5);
    bar.setWholeWords(false);
    QVERIFY(bar.findNext());
    QCOMPARE(editor.textCursor().selectionStart(), 13);
    bar.findField()->setText(u"absent"_s);
    QVERIFY(!bar.findNext());
}

WIREDESK_GUITEST_MAIN(TestBodyEditor)
#include "test_bodyeditor.moc"
