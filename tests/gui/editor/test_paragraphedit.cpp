#include "../guitestmain.h"
#include "../guiwait.h"
#include "paragraphedit.h"
#include "spellchecker.h"
#include "spellingmenu.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

// The headline and dek field as an editor uses it: typing, Return, paste, growing with a
// long headline, and spelling marks with suggestions from the shared checker.
class TestParagraphEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void growsWithItsTextUpToTheLimit();
    void returnFinishesInsteadOfBreakingTheLine();
    void pastedLineBreaksBecomeSpaces();
    void setTextIsNotAnEdit();
    void misspellingsAreUnderlined();
    void spellingMenuReplacesAndLearns();

private:
    static QString longHeadline()
    {
        return u"Marseille-Fos dockers strike over automation as ships queue in the gulf and the unions ask "
               u"the regional prefecture to mediate before the weekend"_s;
    }
};

void TestParagraphEdit::growsWithItsTextUpToTheLimit()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *field = new ParagraphEdit(&window);
    field->setLineRange(1, 3);
    layout->addWidget(field);
    layout->addStretch();
    window.resize(320, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window, GuiWaitMs));

    field->setText(u"Dockers strike"_s);
    QCOMPARE(field->verticalScrollBar()->maximum(), 0); // it fits: no scroll bar
    QCOMPARE(field->lineCount(), 1);
    const int oneLine = field->height();
    QCOMPARE(oneLine, field->minimumSizeHint().height());

    // The long headline wraps: the field grows so that every word is in sight.
    field->setText(longHeadline());
    QTRY_VERIFY_WITH_TIMEOUT(field->lineCount() > 3, GuiWaitMs);
    QVERIFY2(field->height() >= oneLine + 2 * field->fontMetrics().lineSpacing(),
        qPrintable(u"%1 vs one line %2"_s.arg(field->height()).arg(oneLine)));
    // …up to three lines; beyond that it scrolls.
    const int threeLines = field->height();
    // A text of exactly three lines at this width fits without a scroll bar.
    QString three;
    for (const QString &word : longHeadline().split(u' ')) {
        field->setText(three + word);
        if (field->lineCount() > 3)
            break;
        three += word + u' ';
    }
    field->setText(three.trimmed());
    QCOMPARE(field->lineCount(), 3);
    QCOMPARE(field->height(), threeLines);
    QCOMPARE(field->verticalScrollBar()->maximum(), 0);
    field->setText(longHeadline() + u" "_s + longHeadline());
    QCOMPARE(field->height(), threeLines);
    QTRY_VERIFY_WITH_TIMEOUT(field->verticalScrollBar()->maximum() > 0, GuiWaitMs);

    // Wider window, fewer lines, smaller field.
    field->setText(longHeadline());
    window.resize(1400, 400);
    QTRY_VERIFY_WITH_TIMEOUT(field->lineCount() <= 2, GuiWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(field->height() < threeLines, GuiWaitMs);

    field->setText(QString());
    QTRY_COMPARE_WITH_TIMEOUT(field->height(), oneLine, GuiWaitMs);
}

void TestParagraphEdit::returnFinishesInsteadOfBreakingTheLine()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *field = new ParagraphEdit(&window);
    auto *next = new ParagraphEdit(&window);
    layout->addWidget(field);
    layout->addWidget(next);
    window.show();
    window.activateWindow(); // no window manager under Xvfb: focus needs an active window
    QVERIFY(QTest::qWaitForWindowActive(&window, GuiWaitMs));
    QSignalSpy edited(field, &ParagraphEdit::textEdited);
    QSignalSpy finished(field, &ParagraphEdit::editingFinished);

    field->setFocus();
    QTest::keyClicks(field, u"Talks resume"_s);
    QCOMPARE(edited.size(), 12);
    QCOMPARE(edited.last().at(0).toString(), u"Talks resume"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(finished.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(next->hasFocus(), GuiWaitMs); // Return moves on, like Tab
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Enter, Qt::ShiftModifier); // a line break elsewhere
    QCOMPARE(field->text(), u"Talks resume"_s);
    QCOMPARE(field->document()->blockCount(), 1);
    QVERIFY(!field->toPlainText().contains(QChar::LineSeparator));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(edited.size(), 12);

    // Leaving the field after a change finishes the edit once; leaving it unchanged does not.
    field->setFocus();
    QTest::keyClicks(field, u" today"_s);
    next->setFocus();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, GuiWaitMs);
    field->setFocus();
    next->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(next->hasFocus(), GuiWaitMs);
    QCOMPARE(finished.size(), 3);
}

void TestParagraphEdit::pastedLineBreaksBecomeSpaces()
{
    ParagraphEdit field;
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field, GuiWaitMs));
    QSignalSpy edited(&field, &ParagraphEdit::textEdited);
    auto *mime = new QMimeData;
    mime->setText(u"Dockers strike\r\nover automation\n\n\tat Fos"_s);
    mime->setHtml(u"<h1>Dockers strike</h1><script>alert(1)</script>"_s);
    QApplication::clipboard()->setMimeData(mime);
    field.paste();
    QCOMPARE(field.text(), u"Dockers strike over automation at Fos"_s);
    QCOMPARE(field.document()->blockCount(), 1);
    QCOMPARE(edited.size(), 1);
}

void TestParagraphEdit::setTextIsNotAnEdit()
{
    ParagraphEdit field;
    QSignalSpy edited(&field, &ParagraphEdit::textEdited);
    field.setText(u"One\ntwo"_s);
    QCOMPARE(field.text(), u"One two"_s);
    QCOMPARE(edited.size(), 0);
    QVERIFY(!field.isUndoRedoEnabled()); // the article keeps the one history
}

void TestParagraphEdit::misspellingsAreUnderlined()
{
    SpellChecker checker;
    QVERIFY(checker.setLanguage(u"en"_s));
    ParagraphEdit field;
    field.setSpellChecker(&checker);
    field.setText(u"Dokcers strike at NATO terminals"_s);
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field, GuiWaitMs));
    auto underlined = [&field] {
        QStringList words;
        const QTextBlock block = field.document()->begin();
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                words << block.text().mid(range.start, range.length);
        }
        return words;
    };
    QCOMPARE(underlined(), QStringList {u"Dokcers"_s});
    field.setSpellCheckingEnabled(false); // Edit → Check Spelling While Typing, off
    QCOMPARE(underlined(), QStringList());
    field.setSpellCheckingEnabled(true);
    QCOMPARE(underlined(), QStringList {u"Dokcers"_s});
    checker.ignore(u"Dokcers"_s);
    field.recheckSpelling();
    QCOMPARE(underlined(), QStringList());
    field.setSpellChecker(nullptr); // off: no checking, no crash on edits
    field.setText(u"Wnet"_s);
    QCOMPARE(underlined(), QStringList());
}

void TestParagraphEdit::spellingMenuReplacesAndLearns()
{
    QTemporaryDir dir;
    SpellChecker checker(dir.filePath(u"personal.dic"_s));
    QVERIFY(checker.setLanguage(u"en"_s));
    QTextDocument document(u"The dokcers went home"_s);
    QTextCursor word(&document);
    word.setPosition(6);
    word.select(QTextCursor::WordUnderCursor);
    QCOMPARE(word.selectedText(), u"dokcers"_s);

    QMenu menu;
    QAction *copy = menu.addAction(u"Copy"_s);
    int learned = 0;
    QTextCursor replacedAt;
    QVERIFY(SpellingMenu::prepend(
        &menu, word, &checker, [&](const QTextCursor &c) { replacedAt = c; }, [&] { ++learned; }));
    const QList<QAction *> actions = menu.actions();
    QCOMPARE(actions.last(), copy);
    QAction *dockers = nullptr;
    QAction *add = nullptr;
    for (QAction *action : actions) {
        if (action->text() == u"dockers"_s)
            dockers = action;
        if (action->text() == u"&Add to Dictionary"_s)
            add = action;
    }
    QVERIFY(dockers);
    QVERIFY(dockers->font().bold());
    QVERIFY(add);
    dockers->trigger();
    QCOMPARE(document.toPlainText(), u"The dockers went home"_s);
    QCOMPARE(replacedAt.position(), 11);

    add->trigger();
    QCOMPARE(learned, 1);
    QVERIFY(checker.isCorrect(u"dokcers"_s));
    QVERIFY(checker.personalWords().contains(u"dokcers"_s));

    // A correct word gets no spelling entries.
    QMenu plain;
    plain.addAction(u"Copy"_s);
    QTextCursor fine(&document);
    fine.setPosition(1);
    fine.select(QTextCursor::WordUnderCursor);
    QVERIFY(!SpellingMenu::prepend(
        &plain, fine, &checker, [](const QTextCursor &) {}, [] {}));
    QCOMPARE(plain.actions().size(), 1);
}

WIREDESK_GUITEST_MAIN(TestParagraphEdit)
#include "test_paragraphedit.moc"
