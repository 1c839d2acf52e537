#include "../guitestmain.h"
#include "../guiwait.h"
#include "articledocument.h"
#include "articleeditor.h"
#include "bodyeditor.h"
#include "findreplacebar.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTimeZone>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

// The article editor over an ArticleDocument: one undo history for fields and body,
// pastes cleaned before they reach the document, Replace All as one step, the slug
// following the headline, publication time in the article's zone.
class TestArticleEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheArticle();
    void undoRedoAcrossMetadataAndBody();
    void hostilePasteNeverReachesTheArticle();
    void replaceAllIsOneUndoStep();
    void slugFollowsTheHeadlineUntilEdited();
    void publicationTimeIsInTheArticleZone();
    void blockIdsSurviveTypingAndSplits();
    void typingInALongArticle();

private:
    static Article sample();
    void typeInBody(const QString &text);

    std::unique_ptr<ArticleEditor> m_editor;
};

Article TestArticleEditor::sample()
{
    Article article;
    article.headline = u"Dockers strike at Fos"_s;
    article.slug = u"dockers-strike-at-fos"_s;
    article.language = u"en"_s;
    article.timeZone = u"Europe/Paris"_s;
    article.published = QDateTime(QDate(2026, 7, 1), QTime(16, 30), QTimeZone::utc());
    article.bodyHtml = u"<p data-block=\"aaaa0001\">The port is closed.</p>\n"
                       "<h2 data-block=\"aaaa0002\">What next</h2>\n"
                       "<p data-block=\"aaaa0003\">Talks resume on Friday at the port.</p>"_s;
    return article;
}

void TestArticleEditor::init()
{
    m_editor = std::make_unique<ArticleEditor>();
    m_editor->setArticle(sample());
    m_editor->document()->setTypingMergeWindow(60000); // one step per field, however slow the machine
    m_editor->resize(900, 700);
    m_editor->show();
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get(), GuiWaitMs));
}

void TestArticleEditor::cleanup()
{
    m_editor.reset();
}

void TestArticleEditor::typeInBody(const QString &text)
{
    BodyEditor *body = m_editor->bodyEditor();
    body->setFocus();
    QTextCursor cursor(body->document()->findBlockByNumber(0));
    cursor.movePosition(QTextCursor::EndOfBlock);
    body->setTextCursor(cursor);
    QTest::keyClicks(body, text);
}

void TestArticleEditor::showsTheArticle()
{
    QCOMPARE(m_editor->headlineField()->text(), u"Dockers strike at Fos"_s);
    QCOMPARE(m_editor->bodyEditor()->bodyHtml(), sample().bodyHtml);
    QCOMPARE(m_editor->languageField()->currentData().toString(), u"en"_s);
    QCOMPARE(m_editor->document()->undoStack()->count(), 0); // showing is not an edit
    m_editor->findChild<QToolButton *>(u"detailsToggle"_s)->click();
    m_editor->replaceAction()->trigger();
    const QString shots = QStringLiteral(WIREDESK_BINARY_DIR) + u"/screenshots"_s;
    QDir().mkpath(shots);
    QVERIFY(m_editor->grab().save(shots + u"/articleeditor-details.png"_s));
}

void TestArticleEditor::undoRedoAcrossMetadataAndBody()
{
    QSignalSpy edited(m_editor.get(), &ArticleEditor::edited);
    QLineEdit *headline = m_editor->headlineField();
    headline->setFocus();
    headline->end(false);
    QTest::keyClicks(headline, u" again"_s);
    typeInBody(u" Ships wait"_s);
    QVERIFY(edited.count() > 10);
    QCOMPARE(m_editor->article().headline, u"Dockers strike at Fos again"_s);
    QVERIFY(
        m_editor->article().bodyHtml.startsWith(u"<p data-block=\"aaaa0001\">The port is closed. Ships wait</p>"_s));
    // Headline, then the slug that follows it once the headline is left, then the body.
    QCOMPARE(m_editor->article().slug, u"dockers-strike-at-fos-again"_s);
    QCOMPARE(m_editor->document()->undoStack()->count(), 3);

    // Ctrl+Z in the body undoes the article's last step (the body), not QTextEdit's own.
    QTest::keyClick(m_editor->bodyEditor(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->bodyEditor()->bodyHtml(), sample().bodyHtml);
    QCOMPARE(m_editor->article().headline, u"Dockers strike at Fos again"_s);
    QCOMPARE(m_editor->bodyEditor()->textCursor().block().text(), u"The port is closed."_s); // cursor where it was
    // Ctrl+Z in the headline field reaches the same history.
    headline->setFocus();
    QTest::keyClick(headline, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->slugField()->text(), u"dockers-strike-at-fos"_s);
    QTest::keyClick(headline, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(headline->text(), u"Dockers strike at Fos"_s);
    QVERIFY(!m_editor->undoAction()->isEnabled());
    for (int i = 0; i < 3; ++i)
        m_editor->redoAction()->trigger();
    QCOMPARE(headline->text(), u"Dockers strike at Fos again"_s);
    QVERIFY(m_editor->bodyEditor()->toPlainText().startsWith(u"The port is closed. Ships wait"_s));
    QCOMPARE(m_editor->article().bodyHtml, m_editor->bodyEditor()->bodyHtml());
}

void TestArticleEditor::hostilePasteNeverReachesTheArticle()
{
    BodyEditor *body = m_editor->bodyEditor();
    body->setFocus();
    QTextCursor cursor(body->document());
    cursor.movePosition(QTextCursor::End);
    body->setTextCursor(cursor);
    auto *data = new QMimeData;
    data->setHtml(u"<p onclick=\"steal()\">Pasted <a href=\"javascript:steal()\">here</a><script>steal()</script>"
                  "<img src=\"https://tracker.example/p.gif\" onerror=\"steal()\"></p><style>*{}</style>"
                  "<h2 style=\"color:red\">Sub</h2>"_s);
    QGuiApplication::clipboard()->setMimeData(data);
    QTest::keyClick(body, Qt::Key_V, Qt::ControlModifier);
    const QString stored = m_editor->article().bodyHtml;
    QVERIFY2(stored.contains(u"Pasted here"_s), qPrintable(stored));
    for (const QString &bad : {u"steal"_s, u"<script"_s, u"onclick"_s, u"javascript"_s, u"style"_s, u"tracker"_s})
        QVERIFY2(!stored.contains(bad), qPrintable(bad + u" in "_s + stored));
    QVERIFY(stored.contains(u"\">Sub</h2>"_s));
    // One paste, one undo step.
    m_editor->undoAction()->trigger();
    QCOMPARE(m_editor->article().bodyHtml, sample().bodyHtml);
}

void TestArticleEditor::replaceAllIsOneUndoStep()
{
    typeInBody(u" The port"_s); // typing just before, in the same block, must not merge with it
    const QString typed = m_editor->article().bodyHtml;
    const int steps = m_editor->document()->undoStack()->count();
    FindReplaceBar *bar = m_editor->findReplaceBar();
    m_editor->replaceAction()->trigger();
    QVERIFY(bar->isVisible());
    bar->findField()->setText(u"port"_s);
    bar->replaceField()->setText(u"harbour"_s);
    QCOMPARE(bar->replaceAll(), 3);
    QCOMPARE(m_editor->document()->undoStack()->count(), steps + 1);
    QVERIFY(!m_editor->article().bodyHtml.contains(u"port"_s));
    m_editor->undoAction()->trigger();
    QCOMPARE(m_editor->article().bodyHtml, typed);
    QCOMPARE(m_editor->bodyEditor()->bodyHtml(), typed);
}

void TestArticleEditor::slugFollowsTheHeadlineUntilEdited()
{
    QLineEdit *headline = m_editor->headlineField();
    headline->setFocus();
    headline->selectAll();
    headline->insert(u"Grève à Fos: l’accord"_s); // keyClicks only types ASCII
    QTest::keyClick(headline, Qt::Key_Tab);       // editing finished
    QCOMPARE(m_editor->article().slug, u"greve-a-fos-laccord"_s);
    m_editor->slugField()->setFocus();
    m_editor->slugField()->selectAll();
    QTest::keyClicks(m_editor->slugField(), u"my-slug"_s);
    headline->setFocus();
    QTest::keyClicks(headline, u" signed"_s);
    QTest::keyClick(headline, Qt::Key_Tab);
    QCOMPARE(m_editor->article().slug, u"my-slug"_s);
}

void TestArticleEditor::publicationTimeIsInTheArticleZone()
{
    // 16:30 UTC in July is 18:30 in Paris.
    QCOMPARE(m_editor->publishedField()->dateTime().time(), QTime(18, 30));
    m_editor->publishedField()->setDateTime(QDateTime(QDate(2026, 7, 1), QTime(20, 0)));
    QCOMPARE(m_editor->article().published, QDateTime(QDate(2026, 7, 1), QTime(18, 0), QTimeZone::utc()));
    // Another zone keeps the wall-clock time: 20:00 in New York is 00:00 UTC the next day.
    m_editor->timeZoneField()->setCurrentText(u"America/New_York"_s);
    QCOMPARE(m_editor->article().timeZone, u"America/New_York"_s);
    QCOMPARE(m_editor->article().published, QDateTime(QDate(2026, 7, 2), QTime(0, 0), QTimeZone::utc()));
    m_editor->undoAction()->trigger(); // zone and time are one step
    QCOMPARE(m_editor->article().timeZone, u"Europe/Paris"_s);
    QCOMPARE(m_editor->article().published, QDateTime(QDate(2026, 7, 1), QTime(18, 0), QTimeZone::utc()));
}

void TestArticleEditor::blockIdsSurviveTypingAndSplits()
{
    typeInBody(u" More"_s);
    QTest::keyClick(m_editor->bodyEditor(), Qt::Key_Return);
    QTest::keyClicks(m_editor->bodyEditor(), u"A new paragraph"_s);
    const QList<BodyBlock> &blocks = m_editor->document()->blocks();
    QCOMPARE(blocks.size(), 4);
    QCOMPARE(blocks.at(0).id, u"aaaa0001"_s);
    QVERIFY(blocks.at(0).html.contains(u"closed. More</p>"_s));
    QVERIFY(blocks.at(1).id != u"aaaa0001"_s);
    QVERIFY(blocks.at(1).html.contains(u"A new paragraph"_s));
    const QString newId = blocks.at(1).id;
    QTest::keyClicks(m_editor->bodyEditor(), u" grows"_s);
    QCOMPARE(m_editor->document()->blocks().at(1).id, newId);
    QCOMPARE(m_editor->document()->blocks().at(2).id, u"aaaa0002"_s);
}

// Not a timed test: it reports what a keystroke costs on a 10,000-word body (editor export
// plus the document update) and checks the edit arrived.
void TestArticleEditor::typingInALongArticle()
{
    Article article = sample();
    QString body;
    for (int i = 0; i < 200; ++i)
        body += u"<p data-block=\"%1\">"_s.arg(i + 10000000)
            + u"Fifty words of text in a paragraph that goes on. "_s.repeated(5) + u"</p>\n"_s;
    article.bodyHtml = body;
    m_editor->setArticle(article);
    QElapsedTimer timer;
    timer.start();
    typeInBody(u"typing"_s);
    qInfo("10,000 words: %.2f ms per keystroke (editor export + document update)", double(timer.elapsed()) / 6.0);
    // The paragraph's trailing space folds away in HTML, so the typing follows the full stop.
    QVERIFY(m_editor->article().bodyHtml.contains(u"goes on.typing</p>"_s));
    QCOMPARE(m_editor->document()->blocks().size(), 200);
}

WIREDESK_GUITEST_MAIN(TestArticleEditor)
#include "test_articleeditor.moc"
