#include "blockids.h"
#include "htmlimporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

class TestHtmlImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void htmlPageImport();
    void pasteGoesThroughTheSanitizer();
    void htmlImportKeepsExistingHeadline();
    void htmlImportRefusesHugeInput();
    void fileInLegacyEncoding();
    void missingFileIsAClearError();
    void deepNestingIsFlattenedNotFatal();
};

void TestHtmlImporter::htmlPageImport()
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

void TestHtmlImporter::pasteGoesThroughTheSanitizer()
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

void TestHtmlImporter::htmlImportKeepsExistingHeadline()
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

void TestHtmlImporter::htmlImportRefusesHugeInput()
{
    const QString huge(HtmlImporter::MaximumBytes + 1, u'a');
    Article article;
    QString error;
    QVERIFY(!HtmlImporter::importPage(huge, &article, &error));
    QVERIFY(error.contains(u"too large"_s));
}

void TestHtmlImporter::fileInLegacyEncoding()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"communique.html"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // windows-1252, declared in a meta tag: "Genève" and "€" must survive.
    file.write("<html><head><meta charset=\"windows-1252\"><title>Communiqu\xe9</title></head><body>"
               "<h1>Gen\xe8ve: talks resume</h1><p>The fund pledged \x80 2 billion.</p></body></html>");
    file.close();
    Article article;
    QString error;
    QVERIFY2(HtmlImporter::importFile(path, &article, &error), qPrintable(error));
    QCOMPARE(article.headline, u"Genève: talks resume"_s);
    QCOMPARE(BlockIds::plainText(article.bodyHtml).trimmed(), u"The fund pledged € 2 billion."_s);
}

void TestHtmlImporter::missingFileIsAClearError()
{
    Article article;
    QString error;
    QVERIFY(!HtmlImporter::importFile(u"/nonexistent/story.html"_s, &article, &error));
    QVERIFY2(error.contains(u"/nonexistent/story.html"_s), qPrintable(error));
}

void TestHtmlImporter::deepNestingIsFlattenedNotFatal()
{
    // 200,000 unclosed elements: gumbo alone would take minutes and overflow the stack.
    const QString deep = u"<html><body><article><h1>Deep</h1>"_s + u"<div><b>"_s.repeated(100'000) + u"bottom text"_s
        + u"</b></div>"_s.repeated(100'000) + u"</article></body></html>"_s;
    Article article;
    QString error;
    QVERIFY2(HtmlImporter::importPage(deep, &article, &error), qPrintable(error));
    QCOMPARE(article.headline, u"Deep"_s);
    QVERIFY(BlockIds::plainText(article.bodyHtml).contains(u"bottom text"_s));
    const QString nested = u"<p>"_s + u"<em>"_s.repeated(200'000) + u"x"_s;
    const QString body = BlockIds::normalize(nested);
    QCOMPARE(BlockIds::plainText(body).trimmed(), u"x"_s);
}

QTEST_GUILESS_MAIN(TestHtmlImporter)
#include "test_htmlimporter.moc"
