#include "blockids.h"
#include "goldenfile.h"
#include "htmlimporter.h"
#include "markdownconverter.h"

#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

class TestMarkdownConverter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importGolden_data();
    void importGolden();
    void hostileMarkdownStaysHarmless();
    void exportGolden();
    void roundTrip();
    void exportEscapesMarkdownSyntax();
    void htmlPageImport();
    void pasteGoesThroughTheSanitizer();
    void htmlImportKeepsExistingHeadline();
    void htmlImportRefusesHugeInput();

private:
    static QString dataDir() { return QStringLiteral(WIREDESK_TEST_DATA) + u"/article/markdown/"_s; }
};

// Ids are random for new blocks: the golden files show where they are, not their value.
static QString maskIds(const QString &html)
{
    static const QRegularExpression id(u"data-block=\"[a-z0-9]{8}\""_s);
    QString masked = html;
    return masked.replace(id, u"data-block=\"*\""_s);
}

static QString describe(const Article &article)
{
    QString out;
    out += u"headline: "_s + article.headline + u'\n';
    out += u"dek: "_s + article.dek + u'\n';
    out += u"bylines: "_s + article.bylines.join(u" | "_s) + u'\n';
    out += u"tags: "_s + article.tags.join(u" | "_s) + u'\n';
    out += u"section: "_s + article.section + u'\n';
    out += u"dateline: "_s + article.dateline + u'\n';
    out += u"slug: "_s + article.slug + u'\n';
    out += u"body:\n"_s + maskIds(article.bodyHtml) + u'\n';
    return out;
}

static Article readArticle(const QString &path)
{
    Article article;
    QString error;
    if (!Article::fromJson(QJsonDocument::fromJson(Golden::readFile(path).toUtf8()).object(), &article, &error))
        qWarning("%s: %s", qPrintable(path), qPrintable(error));
    return article;
}

void TestMarkdownConverter::importGolden_data()
{
    QTest::addColumn<QString>("folder");
    const QStringList folders = QDir(dataDir()).entryList({u"import-*"_s}, QDir::Dirs);
    QVERIFY(folders.size() >= 3);
    for (const QString &folder : folders)
        QTest::newRow(qPrintable(folder)) << dataDir() + folder;
}

void TestMarkdownConverter::importGolden()
{
    QFETCH(QString, folder);
    Article article;
    QString error;
    QVERIFY2(MarkdownConverter::fromMarkdown(Golden::readFile(folder + u"/input.md"_s), &article, &error),
        qPrintable(error));
    QVERIFY(Golden::matches(folder + u"/expected.txt"_s, describe(article)));
    // Whatever came in, the body is canonical: every block has a unique valid id.
    QCOMPARE(BlockIds::normalize(article.bodyHtml), article.bodyHtml);
}

void TestMarkdownConverter::hostileMarkdownStaysHarmless()
{
    Article article;
    QString error;
    QVERIFY(
        MarkdownConverter::fromMarkdown(Golden::readFile(dataDir() + u"import-hostile/input.md"_s), &article, &error));
    const QString body = article.bodyHtml;
    QVERIFY2(!body.contains(u"javascript:"_s, Qt::CaseInsensitive), qPrintable(body));
    QVERIFY(!body.contains(u"data:image"_s));
    QVERIFY(!body.contains(u"<script"_s));
    QVERIFY(!body.contains(u"<img src=\"x\""_s));
    // Raw HTML shows as text; no element carries a handler.
    static const QRegularExpression handlerInTag(u"<[a-z][^>]*\\son[a-z]+="_s);
    QVERIFY2(!handlerInTag.match(body).hasMatch(), qPrintable(body));
    QVERIFY(body.contains(u"https://council.example.org/minutes/2026-11-24.pdf"_s));
    QCOMPARE(article.headline, u"Council approves budget"_s);
}

void TestMarkdownConverter::exportGolden()
{
    const Article article = readArticle(dataDir() + u"export-strike/article.json"_s);
    QVERIFY(!article.headline.isEmpty());
    QVERIFY(Golden::matches(dataDir() + u"export-strike/expected.md"_s, MarkdownConverter::toMarkdown(article)));
}

static QString withoutCitationsAndIds(const QString &html)
{
    static const QRegularExpression span(u"</?span[^>]*>"_s);
    QString out = maskIds(html);
    return out.remove(span);
}

void TestMarkdownConverter::roundTrip()
{
    const Article original = readArticle(dataDir() + u"export-strike/article.json"_s);
    const QString markdown = MarkdownConverter::toMarkdown(original);
    Article imported;
    QString error;
    QVERIFY2(MarkdownConverter::fromMarkdown(markdown, &imported, &error), qPrintable(error));
    QCOMPARE(imported.headline, original.headline);
    QCOMPARE(imported.dek, original.dek);
    QCOMPARE(imported.bylines, original.bylines);
    QCOMPARE(imported.tags, original.tags);
    QCOMPARE(imported.section, original.section);
    QCOMPARE(imported.dateline, original.dateline);
    QCOMPARE(imported.slug, original.slug);
    // Same blocks and inline markup; only ids and citation marks (no Markdown form) differ.
    const QList<BodyBlock> before = BlockIds::assign(original.bodyHtml);
    const QList<BodyBlock> after = BlockIds::assign(imported.bodyHtml);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        QCOMPARE(withoutCitationsAndIds(after.at(i).html), withoutCitationsAndIds(before.at(i).html));
    // And export is stable: exporting the import gives the same Markdown.
    QCOMPARE(MarkdownConverter::toMarkdown(imported), markdown);
}

void TestMarkdownConverter::exportEscapesMarkdownSyntax()
{
    const QString body = BlockIds::normalize(u"<p>1. Not a list, *not emphasis*, [not a link] and a_b</p>"
                                             u"<p>- not a bullet</p><p># not a heading</p>"_s);
    const QString markdown = MarkdownConverter::bodyToMarkdown(body);
    const QString back = MarkdownConverter::bodyFromMarkdown(markdown);
    const QList<BodyBlock> blocks = BlockIds::assign(back);
    QCOMPARE(blocks.size(), 3);
    for (const BodyBlock &block : blocks)
        QCOMPARE(block.tag, u"p"_s);
    QCOMPARE(
        BlockIds::plainText(blocks.at(0).html).trimmed(), u"1. Not a list, *not emphasis*, [not a link] and a_b"_s);
    QCOMPARE(BlockIds::plainText(blocks.at(1).html).trimmed(), u"- not a bullet"_s);
    QCOMPARE(BlockIds::plainText(blocks.at(2).html).trimmed(), u"# not a heading"_s);
}

void TestMarkdownConverter::htmlPageImport()
{
    const QString page = u"<!DOCTYPE html><html><head><title>Rail strike ends | The Example Times</title>"
                         u"<meta name=\"description\" content=\"Unions accept a 4.5% pay rise\">"
                         u"<style>body{color:red}</style><script>track()</script></head><body>"
                         u"<nav><a href=\"/\">Home</a></nav><article><header><h1>Rail strike ends after pay deal</h1>"
                         u"</header><p onclick=\"x()\">Unions and the operator agreed early on Saturday.</p>"
                         u"<div><p>Trains run again from <b>Sunday</b>.</p></div>"
                         u"<p><a href=\"javascript:alert(1)\">Click</a></p></article><footer>© 2026</footer>"
                         u"</body></html>"_s;
    Article article;
    QString error;
    QVERIFY2(HtmlImporter::importPage(page, &article, &error), qPrintable(error));
    QCOMPARE(article.headline, u"Rail strike ends after pay deal"_s);
    QCOMPARE(article.dek, u"Unions accept a 4.5% pay rise"_s);
    const QList<BodyBlock> blocks = BlockIds::assign(article.bodyHtml);
    QStringList texts;
    for (const BodyBlock &block : blocks)
        texts << BlockIds::plainText(block.html).simplified();
    QCOMPARE(texts,
        (QStringList {
            u"Unions and the operator agreed early on Saturday."_s, u"Trains run again from Sunday."_s, u"Click"_s}));
    QVERIFY(!article.bodyHtml.contains(u"onclick"_s));
    QVERIFY(!article.bodyHtml.contains(u"javascript"_s));
    QVERIFY(!article.bodyHtml.contains(u"Home"_s)); // navigation outside <article> is not the story
}

void TestMarkdownConverter::pasteGoesThroughTheSanitizer()
{
    const QString pasted = HtmlImporter::cleanBody(
        u"<meta charset=utf-8><p style=\"color:red\"><font face=Arial>Quoted</font> from <x-widget>the</x-widget> "
        u"<u>wire</u></p><iframe src=\"https://evil.example\"></iframe><table><tr><td>Cell text</td></tr></table>"
        u"<p><a href=\" javascript:alert(1)\">x</a><img src=\"https://img.example.org/a.jpg\" onload=\"x()\"></p>"_s);
    for (const QString &banned : {u"font"_s, u"x-widget"_s, u"<u>"_s, u"style"_s, u"iframe"_s, u"<table"_s, u"<td"_s,
             u"javascript"_s, u"onload"_s}) {
        QVERIFY2(!pasted.contains(banned), qPrintable(banned + u" in "_s + pasted));
    }
    const QList<BodyBlock> blocks = BlockIds::assign(pasted);
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(BlockIds::plainText(blocks.at(0).html).trimmed(), u"Quoted from the wire"_s);
    QCOMPARE(BlockIds::plainText(blocks.at(1).html).trimmed(), u"Cell text"_s);
    QVERIFY(blocks.at(2).html.contains(u"<img src=\"https://img.example.org/a.jpg\">"_s));
}

void TestMarkdownConverter::htmlImportKeepsExistingHeadline()
{
    Article article;
    article.headline = u"Our own headline"_s;
    QString error;
    QVERIFY(HtmlImporter::importPage(u"<html><head><title>Theirs</title></head><body><h1>Theirs</h1><p>Text</p>"
                                     u"</body></html>"_s,
        &article, &error));
    QCOMPARE(article.headline, u"Our own headline"_s);
    QCOMPARE(BlockIds::assign(article.bodyHtml).size(), 2); // their h1 stays, as a subheading
    Article untitled;
    QVERIFY(HtmlImporter::importPage(
        u"<html><head><title>Only a title</title></head><body><p>x</p></body></html>"_s, &untitled, &error));
    QCOMPARE(untitled.headline, u"Only a title"_s);
}

void TestMarkdownConverter::htmlImportRefusesHugeInput()
{
    const QString huge(HtmlImporter::MaximumBytes + 1, u'a');
    Article article;
    QString error;
    QVERIFY(!HtmlImporter::importPage(huge, &article, &error));
    QVERIFY(error.contains(u"too large"_s));
    QVERIFY(!MarkdownConverter::fromMarkdown(huge, &article, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestMarkdownConverter)
#include "test_markdownconverter.moc"
