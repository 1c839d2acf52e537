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
    void refusesHugeInput();

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

void TestMarkdownConverter::refusesHugeInput()
{
    const QString huge(HtmlImporter::MaximumBytes + 1, u'a');
    Article article;
    QString error;
    QVERIFY(!MarkdownConverter::fromMarkdown(huge, &article, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestMarkdownConverter)
#include "test_markdownconverter.moc"
