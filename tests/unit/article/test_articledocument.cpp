#include "articledocument.h"
#include "htmlfragment.h"
#include "htmlimporter.h"

#include <QFile>

#include <thread>

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Wiredesk;
using Field = ArticleDocument::Field;

class TestArticleDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip();
    void refusesFutureVersionAndForeignJson();
    void undoRedoAcrossMetadataAndBody();
    void typingInOneFieldMerges();
    void typingMergeWindowExpires();
    void typingInOneBlockMerges();
    void editsInDifferentBlocksDoNotMerge();
    void bodyChangedNamesOnlyChangedBlocks();
    void setBlockHtmlSplitsAndDeletes();
    void sourcesAddRemoveEdit();
    void restoreIsOneUndoableStep();
    void modifiedFollowsCleanState();
    void counts();
    void bodyOutsideTheSchemaNeverEnters();
    void demoDraftKeepsEveryBlockAndId();
    void preparedPasteFromAWorkerThread();
};

static Article sampleArticle()
{
    Article a;
    a.id = u"5b0c7c4e-1f7e-4d8c-9c55-0d2b8f0e2a11"_s;
    a.headline = u"Glacier loss in the Alps doubled in a decade, survey finds"_s;
    a.dek = u"Swiss monitoring network records the steepest two-year decline since measurements began"_s;
    a.bylines = {u"Marta Keller"_s, u"Jonas Ruegg"_s};
    a.section = u"Science"_s;
    a.tags = {u"climate"_s, u"switzerland"_s, u"glaciers"_s};
    a.dateline = u"ZURICH"_s;
    a.published = QDateTime(QDate(2026, 11, 27), QTime(6, 30), QTimeZone::utc());
    a.timeZone = u"Europe/Zurich"_s;
    a.slug = u"alps-glacier-loss-doubled"_s;
    a.language = u"en"_s;
    a.leadImage = {u"https://images.example.org/rhone-glacier.jpg"_s, u"The Rhone Glacier in August"_s,
        u"Photo: Anna Weber / Example Agency"_s, u"A glacier tongue covered in white blankets"_s};
    a.bodyHtml = u"<p data-block=\"p0000001\">Switzerland's glaciers lost 4 percent of their remaining volume "
                 u"this year.</p>\n<h2 data-block=\"h0000001\">A record year</h2>\n<p data-block=\"p0000002\">The "
                 u"figures were published by GLAMOS on Tuesday.</p>"_s;
    ArticleSource source;
    source.id = u"src-1"_s;
    source.url = u"https://www.glamos.ch/en/"_s;
    source.title = u"Swiss Glacier Monitoring Network"_s;
    source.publisher = u"GLAMOS"_s;
    source.platform = u"official"_s;
    source.kind = u"primary"_s;
    source.retrieved = QDateTime(QDate(2026, 11, 26), QTime(17, 2), QTimeZone::utc());
    source.status = u"verified"_s;
    a.sources << source;
    a.created = QDateTime(QDate(2026, 11, 26), QTime(16, 0), QTimeZone::utc());
    a.modified = QDateTime(QDate(2026, 11, 26), QTime(18, 0, 0, 125), QTimeZone::utc());
    return a;
}

void TestArticleDocument::jsonRoundTrip()
{
    const Article original = sampleArticle();
    const QByteArray bytes = QJsonDocument(original.toJson()).toJson();
    Article read;
    QString error;
    QVERIFY2(Article::fromJson(QJsonDocument::fromJson(bytes).object(), &read, &error), qPrintable(error));
    QCOMPARE(read.headline, original.headline);
    QCOMPARE(read.published, original.published);
    QCOMPARE(read.modified, original.modified);
    QCOMPARE(read.sources, original.sources);
    QVERIFY(read == original);
}

void TestArticleDocument::refusesFutureVersionAndForeignJson()
{
    QJsonObject json = sampleArticle().toJson();
    json[u"version"_s] = Article::FormatVersion + 1;
    Article read;
    read.headline = u"untouched"_s;
    QString error;
    QVERIFY(!Article::fromJson(json, &read, &error));
    QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
    QCOMPARE(read.headline, u"untouched"_s);
    QVERIFY(!Article::fromJson(QJsonObject {{u"format"_s, u"something-else"_s}}, &read, &error));
    QVERIFY(!error.isEmpty());
}

void TestArticleDocument::undoRedoAcrossMetadataAndBody()
{
    ArticleDocument doc(sampleArticle());
    doc.setTypingMergeWindow(0);
    const Article original = doc.article();
    doc.setField(Field::Headline, u"Alpine glaciers shrink at record pace"_s);
    doc.setBodyHtml(doc.article().bodyHtml + u"<p>Scientists warned of further losses.</p>"_s);
    doc.setField(Field::Tags, QStringList {u"climate"_s});
    doc.setField(Field::Published, QDateTime(QDate(2026, 11, 28), QTime(5, 0), QTimeZone::utc()));
    QCOMPARE(doc.undoStack()->count(), 4);
    const Article edited = doc.article();

    QSignalSpy fields(&doc, &ArticleDocument::fieldChanged);
    QSignalSpy body(&doc, &ArticleDocument::bodyChanged);
    doc.undoStack()->undo();
    QCOMPARE(doc.article().published, original.published);
    doc.undoStack()->undo();
    QCOMPARE(doc.article().tags, original.tags);
    doc.undoStack()->undo();
    QCOMPARE(doc.article().bodyHtml, original.bodyHtml);
    QCOMPARE(body.size(), 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.article().headline, original.headline);
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields.at(2).at(0).value<Field>(), Field::Headline);

    doc.undoStack()->redo();
    doc.undoStack()->redo();
    doc.undoStack()->redo();
    doc.undoStack()->redo();
    QCOMPARE(doc.article().headline, edited.headline);
    QCOMPARE(doc.article().bodyHtml, edited.bodyHtml); // the new block kept its id through redo
    QCOMPARE(doc.article().tags, edited.tags);
    QCOMPARE(doc.article().published, edited.published);
}

void TestArticleDocument::typingInOneFieldMerges()
{
    ArticleDocument doc(sampleArticle());
    doc.setTypingMergeWindow(60'000);
    const QString original = doc.article().dek;
    QString typed = original;
    for (const QChar c : u" after a hot summer"_s) {
        typed += c;
        doc.setField(Field::Dek, typed);
    }
    doc.setField(Field::Headline, u"New headline"_s);
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.article().dek, original);
    doc.undoStack()->redo();
    QCOMPARE(doc.article().dek, typed);
}

void TestArticleDocument::typingMergeWindowExpires()
{
    ArticleDocument doc(sampleArticle());
    doc.setTypingMergeWindow(0); // every keystroke after the window is its own step
    doc.setField(Field::Slug, u"a"_s);
    doc.setField(Field::Slug, u"ab"_s);
    QCOMPARE(doc.undoStack()->count(), 2);
}

void TestArticleDocument::typingInOneBlockMerges()
{
    ArticleDocument doc(sampleArticle());
    doc.setTypingMergeWindow(60'000);
    const QString original = doc.article().bodyHtml;
    QString text = u"The figures were published by GLAMOS on Tuesday."_s;
    for (const QChar c : u" They cover 176 glaciers."_s) {
        const QString before = text;
        text += c;
        QString body = doc.article().bodyHtml;
        body.replace(before, text);
        doc.setBodyHtml(body);
    }
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(doc.article().bodyHtml.contains(u"They cover 176 glaciers."_s));
    doc.undoStack()->undo();
    QCOMPARE(doc.article().bodyHtml, original);
}

void TestArticleDocument::editsInDifferentBlocksDoNotMerge()
{
    ArticleDocument doc(sampleArticle());
    doc.setTypingMergeWindow(60'000);
    QString body = doc.article().bodyHtml;
    doc.setBodyHtml(body.replace(u"this year"_s, u"in 2026"_s));
    doc.setBodyHtml(body.replace(u"on Tuesday"_s, u"on Wednesday"_s));
    doc.setBodyHtml(body.replace(u"on Wednesday"_s, u"late on Wednesday"_s));
    QCOMPARE(doc.undoStack()->count(), 2);
    // A structural change (new block) never merges into typing.
    doc.setBodyHtml(body + u"<p>New paragraph</p>"_s);
    QCOMPARE(doc.undoStack()->count(), 3);
}

void TestArticleDocument::bodyChangedNamesOnlyChangedBlocks()
{
    ArticleDocument doc(sampleArticle());
    QSignalSpy spy(&doc, &ArticleDocument::bodyChanged);
    QString body = doc.article().bodyHtml;
    doc.setBodyHtml(body.replace(u"A record year"_s, u"A record-breaking year"_s));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toStringList(), QStringList {u"h0000001"_s});
    doc.setBodyHtml(body); // unchanged: no command, no signal
    QCOMPARE(spy.size(), 1);
    doc.undoStack()->undo();
    QCOMPARE(spy.at(1).at(0).toStringList(), QStringList {u"h0000001"_s});
}

void TestArticleDocument::setBlockHtmlSplitsAndDeletes()
{
    ArticleDocument doc(sampleArticle());
    QSignalSpy spy(&doc, &ArticleDocument::bodyChanged);
    QVERIFY(doc.setBlockHtml(u"p0000001"_s,
        u"<p data-block=\"p0000001\">Switzerland's glaciers lost 4 percent.</p>"
        u"<p data-block=\"p0000001\">Of their remaining volume this year.</p>"_s));
    QCOMPARE(doc.blocks().size(), 4);
    QCOMPARE(doc.blocks().at(0).id, u"p0000001"_s);
    const QString fresh = doc.blocks().at(1).id;
    QVERIFY(fresh != u"p0000001"_s && BlockIds::isValidId(fresh));
    QCOMPARE(spy.last().at(0).toStringList(), (QStringList {u"p0000001"_s, fresh}));
    // A pasted copy of another block's id gets a fresh one.
    QVERIFY(doc.setBlockHtml(fresh, u"<p data-block=\"p0000002\">Copy</p>"_s));
    QVERIFY(doc.blocks().at(1).id != u"p0000002"_s);
    QCOMPARE(doc.blocks().at(3).id, u"p0000002"_s);
    QVERIFY(doc.setBlockHtml(u"h0000001"_s, QString()));
    QCOMPARE(doc.blocks().size(), 3);
    QVERIFY(!doc.setBlockHtml(u"nosuchid"_s, u"<p>x</p>"_s));
}

void TestArticleDocument::sourcesAddRemoveEdit()
{
    ArticleDocument doc(sampleArticle());
    QSignalSpy spy(&doc, &ArticleDocument::sourcesChanged);
    ArticleSource wire;
    wire.url = u"https://wire.example.org/item/88213"_s;
    wire.title = u"Swiss glaciers shrink again - agency"_s;
    wire.platform = u"wire"_s;
    wire.wireItemId = 88213;
    doc.addSource(wire);
    QCOMPARE(doc.article().sources.size(), 2);
    const QString newId = doc.article().sources.at(1).id;
    QVERIFY(!newId.isEmpty());
    ArticleSource edited = doc.article().sources.at(1);
    edited.status = u"partly-verified"_s;
    QVERIFY(doc.updateSource(edited));
    QVERIFY(doc.removeSource(u"src-1"_s));
    QVERIFY(!doc.removeSource(u"src-1"_s));
    QCOMPARE(doc.article().sources.size(), 1);
    QCOMPARE(spy.size(), 3);
    doc.undoStack()->undo();
    QCOMPARE(doc.article().sources.at(0).id, u"src-1"_s); // back in its place
    doc.undoStack()->undo();
    QCOMPARE(doc.article().sources.at(1).status, u"unchecked"_s);
}

void TestArticleDocument::restoreIsOneUndoableStep()
{
    ArticleDocument doc(sampleArticle());
    Article old = sampleArticle();
    old.id = u"other"_s;
    old.headline = u"Glaciers retreat"_s;
    old.bodyHtml = u"<p data-block=\"p0000001\">Early draft.</p>"_s;
    QSignalSpy fields(&doc, &ArticleDocument::fieldChanged);
    QSignalSpy body(&doc, &ArticleDocument::bodyChanged);
    doc.restore(old, u"Restore revision"_s);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.article().headline, u"Glaciers retreat"_s);
    QCOMPARE(doc.article().id, sampleArticle().id);
    QCOMPARE(fields.size(), 1);
    QCOMPARE(body.size(), 1);
    QCOMPARE(body.at(0).at(0).toStringList(), (QStringList {u"p0000001"_s, u"h0000001"_s, u"p0000002"_s}));
    doc.undoStack()->undo();
    QCOMPARE(doc.article().headline, sampleArticle().headline);
    QCOMPARE(doc.blocks().size(), 3);
}

void TestArticleDocument::modifiedFollowsCleanState()
{
    ArticleDocument doc(sampleArticle());
    QSignalSpy spy(&doc, &ArticleDocument::modifiedChanged);
    QVERIFY(!doc.isModified());
    doc.setField(Field::Section, u"Environment"_s);
    QVERIFY(doc.isModified());
    doc.markSaved();
    QVERIFY(!doc.isModified());
    doc.undoStack()->undo();
    QVERIFY(doc.isModified());
    QCOMPARE(spy.size(), 3);
    QCOMPARE(spy.at(0).at(0).toBool(), true);
    QCOMPARE(spy.at(1).at(0).toBool(), false);
}

void TestArticleDocument::counts()
{
    Article a;
    a.headline = u"Two words"_s;
    a.dek = u"Three more words"_s;
    a.bodyHtml = u"<p>Four <em>words</em> in—here</p><ul><li>one</li><li>two – three</li></ul>"_s;
    ArticleDocument doc(a);
    // "in—here" is one word; a lone dash is none.
    QCOMPARE(doc.wordCount(), 2 + 3 + 3 + 3);
    QCOMPARE(doc.characterCount(),
        int(u"Two words"_s.size() + u"Three more words"_s.size() + u"Four words in—here"_s.size() + 3
            + u"two – three"_s.size()));
    QCOMPARE(doc.readingTimeMinutes(), 1);
    QString longBody;
    for (int i = 0; i < 100; ++i)
        longBody += u"<p>"_s + u"word "_s.repeated(46) + u"</p>"_s;
    doc.setBodyHtml(longBody);
    QCOMPARE(doc.wordCount(), 2 + 3 + 4600);
    QCOMPARE(doc.readingTimeMinutes(), 20);
    ArticleDocument empty;
    QCOMPARE(empty.wordCount(), 0);
    QCOMPARE(empty.readingTimeMinutes(), 0);
}

void TestArticleDocument::bodyOutsideTheSchemaNeverEnters()
{
    Article hostile = sampleArticle();
    hostile.bodyHtml = u"<p data-block=\"p0000001\" onmouseover=\"x()\">Hello<script>steal()</script></p>"
                       u"<div><font color=red>Red</font></div><iframe src=\"https://evil.example\"></iframe>"_s;
    ArticleDocument doc(hostile);
    QCOMPARE(doc.blocks().size(), 2);
    QCOMPARE(doc.blocks().at(0).id, u"p0000001"_s);
    for (const QString &banned : {u"script"_s, u"onmouseover"_s, u"font"_s, u"iframe"_s})
        QVERIFY2(!doc.article().bodyHtml.contains(banned), qPrintable(doc.article().bodyHtml));
    doc.setBlockHtml(u"p0000001"_s, u"<p data-block=\"p0000001\">Hi <a href=\"javascript:alert(1)\">there</a></p>"_s);
    QVERIFY(!doc.article().bodyHtml.contains(u"javascript"_s));
    QVERIFY(doc.article().bodyHtml.contains(u"Hi there"_s));
    doc.setBodyHtml(u"<p>ok</p><object data=\"x.swf\"></object><style>p{}</style>"_s);
    QCOMPARE(doc.blocks().size(), 1);
    QVERIFY(!doc.article().bodyHtml.contains(u"object"_s));
}

void TestArticleDocument::demoDraftKeepsEveryBlockAndId()
{
    QFile file(QStringLiteral(WIREDESK_SOURCE_DIR) + u"/resources/demo/drafts/sample-draft.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    Article draft;
    QString error;
    QVERIFY2(Article::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &draft, &error), qPrintable(error));
    // Parse the stored body without the sanitizer to see what the author wrote.
    const HtmlFragment stored(draft.bodyHtml);
    QStringList storedIds;
    const GumboVector &children = stored.root()->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT)
            storedIds << HtmlFragment::attribute(child, "data-block");
    }
    QVERIFY(storedIds.size() > 5);
    ArticleDocument doc(draft);
    QStringList ids;
    for (const BodyBlock &block : doc.blocks())
        ids << block.id;
    QCOMPARE(ids, storedIds);
    QVERIFY(!doc.isModified());
    // Citation marks survive the sanitizer and the canonical form.
    QCOMPARE(doc.article().bodyHtml.count(u"data-sources="_s), draft.bodyHtml.count(u"data-sources="_s));
    QCOMPARE(
        BlockIds::plainText(doc.article().bodyHtml).simplified(), BlockIds::plainText(draft.bodyHtml).simplified());
}

void TestArticleDocument::preparedPasteFromAWorkerThread()
{
    ArticleDocument doc(sampleArticle());
    CleanBody prepared;
    // A paste copied from this very article (same ids) plus foreign markup.
    const QString pasted
        = doc.blocks().at(0).html + u"<div style=\"x\"><p>From the web <script>x()</script></p></div>"_s;
    std::thread worker([&] { prepared = HtmlImporter::prepareBody(pasted); });
    worker.join();
    QCOMPARE(prepared.blocks().size(), 2);
    QSignalSpy body(&doc, &ArticleDocument::bodyChanged);
    QVERIFY(doc.insertBlocks(u"h0000001"_s, prepared));
    QCOMPARE(doc.blocks().size(), 5);
    QCOMPARE(doc.blocks().at(1).id, u"h0000001"_s);
    QVERIFY(doc.blocks().at(2).id != u"p0000001"_s); // the copy got a fresh id
    QCOMPARE(BlockIds::plainText(doc.blocks().at(3).html).trimmed(), u"From the web"_s);
    QCOMPARE(body.last().at(0).toStringList(), (QStringList {doc.blocks().at(2).id, doc.blocks().at(3).id}));
    QVERIFY(!doc.insertBlocks(u"nosuchid"_s, prepared));
    doc.undoStack()->undo();
    QCOMPARE(doc.blocks().size(), 3);
    doc.setBody(prepared);
    QCOMPARE(doc.blocks().size(), 2);
    QCOMPARE(doc.blocks().at(0).id, u"p0000001"_s);
}

QTEST_GUILESS_MAIN(TestArticleDocument)
#include "test_articledocument.moc"
