// The renderer against golden pages, and the properties the preview and the security
// model rely on: blocks and parts render exactly as in the page, the output parses as
// intended, hostile metadata never becomes markup, remote images need permission.
#include "articlerenderer.h"
#include "renderfixtures.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <gumbo.h>

using namespace Qt::StringLiterals;
using namespace Wiredesk;
using namespace RenderFixtures;

namespace {
struct ParsedCounts {
    int articles = 0;
    QStringList blockIdsInBody; ///< data-block ids of the direct children of .story-body
    QStringList partNames;
    int scripts = 0;
    QStringList eventHandlers; ///< on* attributes anywhere
    QStringList urls;          ///< every href and src
};

void walk(const GumboNode *node, ParsedCounts *counts)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    const GumboElement &element = node->v.element;
    if (element.tag == GUMBO_TAG_ARTICLE)
        ++counts->articles;
    if (element.tag == GUMBO_TAG_SCRIPT)
        ++counts->scripts;
    for (unsigned i = 0; i < element.attributes.length; ++i) {
        const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
        const QString name = QString::fromUtf8(attribute->name);
        if (name.startsWith(u"on"_s))
            counts->eventHandlers << name;
        if (name == u"href" || name == u"src")
            counts->urls << QString::fromUtf8(attribute->value);
    }
    if (const GumboAttribute *part = gumbo_get_attribute(&element.attributes, "data-part"))
        counts->partNames << QString::fromUtf8(part->value);
    const GumboAttribute *cls = gumbo_get_attribute(&element.attributes, "class");
    const bool isBody = cls && QString::fromUtf8(cls->value) == u"story-body";
    for (unsigned i = 0; i < element.children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(element.children.data[i]);
        if (isBody && child->type == GUMBO_NODE_ELEMENT) {
            const GumboAttribute *id = gumbo_get_attribute(&child->v.element.attributes, "data-block");
            counts->blockIdsInBody << (id ? QString::fromUtf8(id->value) : u"<missing>"_s);
        }
        walk(child, counts);
    }
}

// What a browser's parser (gumbo implements the HTML5 algorithm) makes of the page.
ParsedCounts parse(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    ParsedCounts counts;
    walk(output->root, &counts);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return counts;
}

Article sampleArticle()
{
    Article article;
    article.headline = u"Ferry services resume on Lake Geneva"_s;
    article.published = QDateTime(QDate(2026, 4, 2), QTime(9, 0), QTimeZone::utc());
    article.timeZone = u"Europe/Zurich"_s;
    article.leadImage.source = u"https://images.example.org/ferry.jpg"_s;
    article.bodyHtml = u"<p data-block=\"ferry01\">The CGN restarted its ferries on Thursday.</p>"_s;
    return article;
}
} // namespace

class TestArticleRenderer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void golden_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : caseNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    // tests/data/render/<case>/article.json (+ options.json) → expected-page.html and
    // expected-body.html. WIREDESK_REGENERATE_GOLDEN=1 rewrites them; review the diff by eye.
    void golden()
    {
        QFETCH(QString, name);
        Article article;
        RenderOptions options;
        const QString error = loadCase(name, &article, &options);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const ArticleRenderer renderer(options);
        QVERIFY2(renderer.templateError().isEmpty(), qPrintable(renderer.templateError()));
        const QList<std::pair<QString, QString>> outputs {
            {u"expected-page.html"_s, renderer.renderPage(article)},
            {u"expected-body.html"_s, renderer.renderBody(article) + u'\n'},
        };
        for (const auto &[file, actual] : outputs) {
            const QString path = caseFolder(name) + u'/' + file;
            if (qEnvironmentVariableIntValue("WIREDESK_REGENERATE_GOLDEN") == 1) {
                QFile out(path);
                QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
                out.write(actual.toUtf8());
                qWarning("regenerated %s: review it before committing", qPrintable(path));
                continue;
            }
            bool ok = false;
            const QString expected = QString::fromUtf8(readFile(path, &ok));
            QVERIFY2(
                ok, qPrintable(u"missing golden file "_s + path + u" (WIREDESK_REGENERATE_GOLDEN=1 creates it)"_s));
            if (expected != actual)
                QFAIL(qPrintable(path + u" differs (- expected, + actual):\n"_s + lineDiff(expected, actual)));
        }
    }

    void blocksAndPartsMatchThePage_data() { golden_data(); }

    // The preview patches the page with renderBlock/renderPart output: each must be
    // byte-identical to its element in the full page, and ids must come out in order.
    void blocksAndPartsMatchThePage()
    {
        QFETCH(QString, name);
        Article article;
        RenderOptions options;
        QVERIFY(loadCase(name, &article, &options).isEmpty());
        const ArticleRenderer renderer(options);
        const QString page = renderer.renderPage(article);
        const QString body = renderer.renderBody(article);
        const QList<RenderedBlock> blocks = renderer.renderBlocks(article);
        QVERIFY(!blocks.isEmpty());
        qsizetype previous = -1;
        QStringList ids;
        for (const RenderedBlock &block : blocks) {
            QCOMPARE(renderer.renderBlock(article, block.id), block.html);
            QVERIFY2(block.html.contains(u"data-block=\""_s + block.id.toHtmlEscaped() + u'"'), qPrintable(block.html));
            const qsizetype at = page.indexOf(block.html + u'\n');
            QVERIFY2(at > previous, qPrintable(block.id));
            QVERIFY(body.contains(block.html));
            previous = at;
            ids << block.id;
        }
        QCOMPARE(renderer.renderBlock(article, u"no-such-block"_s), QString());
        for (const ArticlePart part : ArticleRenderer::parts()) {
            const QString html = renderer.renderPart(article, part);
            if (html.isEmpty())
                continue;
            QVERIFY2(html.contains(u"data-part=\""_s + ArticleRenderer::partName(part) + u'"'), qPrintable(html));
            QVERIFY2(page.contains(html), qPrintable(ArticleRenderer::partName(part)));
            QVERIFY(body.contains(html));
        }
        // And a real HTML5 parser sees the same blocks as direct children of the body.
        const ParsedCounts parsed = parse(page);
        QCOMPARE(parsed.articles, 1);
        QCOMPARE(parsed.blockIdsInBody, ids);
        QCOMPARE(parsed.scripts, 0);
    }

    void outputIsBalanced_data() { golden_data(); }

    void outputIsBalanced()
    {
        QFETCH(QString, name);
        Article article;
        RenderOptions options;
        QVERIFY(loadCase(name, &article, &options).isEmpty());
        const ArticleRenderer renderer(options);
        const QString pageError = checkBalanced(renderer.renderPage(article));
        QVERIFY2(pageError.isEmpty(), qPrintable(pageError));
        const QString bodyError = checkBalanced(renderer.renderBody(article));
        QVERIFY2(bodyError.isEmpty(), qPrintable(bodyError));
    }

    void hostileMetadataNeverBecomesMarkup()
    {
        Article article;
        RenderOptions options;
        QVERIFY(loadCase(u"hostile-metadata"_s, &article, &options).isEmpty());
        options.allowRemoteImages = true;
        const QString page = ArticleRenderer(options).renderPage(article);
        QVERIFY(!page.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(!page.contains(u"javascript:"_s, Qt::CaseInsensitive));
        QVERIFY(!page.contains(u"data:"_s, Qt::CaseInsensitive));
        QVERIFY(!page.contains(u"<img src=x"_s));
        QVERIFY(page.contains(u"Mayor says &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; budget"_s)
            || page.contains(u"Mayor says &lt;script&gt;alert(\"x\")&lt;/script&gt; budget"_s));
        QVERIFY(page.contains(u"<html lang=\"und\""_s));
        QVERIFY(!page.contains(u"<figure"_s)); // the javascript: lead image is dropped, not linked
        // What a browser builds from it: no script, no handler, only http(s) URLs.
        const ParsedCounts parsed = parse(page);
        QCOMPARE(parsed.scripts, 0);
        QCOMPARE(parsed.articles, 1);
        QCOMPARE(parsed.eventHandlers, QStringList());
        for (const QString &url : parsed.urls)
            QVERIFY2(url.startsWith(u"https://"_s) || url.startsWith(u"http://"_s), qPrintable(url));
    }

    void hostileBodyIsSanitized()
    {
        Article article;
        RenderOptions options;
        QVERIFY(loadCase(u"hostile-body"_s, &article, &options).isEmpty());
        const ArticleRenderer renderer(options);
        const QString page = renderer.renderPage(article);
        for (const QString &needle : {u"<script"_s, u"<iframe"_s, u"<form"_s, u"<svg"_s, u"evil.example"_s,
                 u"javascript:"_s, u"data:image"_s, u"onclick"_s, u"onerror"_s, u"color:red"_s})
            QVERIFY2(!page.contains(needle, Qt::CaseInsensitive), qPrintable(needle));
        const ParsedCounts parsed = parse(page);
        QCOMPARE(parsed.scripts, 0);
        QCOMPARE(parsed.eventHandlers, QStringList());
        for (const QString &url : parsed.urls)
            QVERIFY2(url.startsWith(u"https://"_s) || url.startsWith(u"mailto:"_s) || url.startsWith(u"#source-"_s),
                qPrintable(url));
        // What the editor wrote survives: text, the safe links and the citation marks, with a
        // reference mark to the source's entry in the closing list.
        QVERIFY(page.contains(u"the tender was closed."_s));
        QVERIFY(page.contains(u"href=\"mailto:press@admin.example.ch\""_s));
        QVERIFY(page.contains(u"<span data-sources=\"src1\">The tender closed on August 29.</span>"
                              u"<sup class=\"cite-ref\"><a href=\"#source-src1\">1</a></sup>"_s));
        QVERIFY(page.contains(u"<li id=\"source-src1\">"_s));
        QCOMPARE(parsed.blockIdsInBody.mid(0, 2), (QStringList {u"pr0001"_s, u"pr0002"_s}));
    }

    void remoteImagesNeedPermission()
    {
        Article article = sampleArticle();
        RenderOptions options;
        const QString blocked = ArticleRenderer(options).renderPage(article);
        QVERIFY(blocked.contains(u"img-src 'none';"_s));
        options.allowRemoteImages = true;
        const QString allowed = ArticleRenderer(options).renderPage(article);
        QVERIFY(allowed.contains(u"img-src https: http:;"_s));
        for (const QString &page : {blocked, allowed}) {
            QVERIFY(page.contains(u"default-src 'none'"_s));
            QVERIFY(!page.contains(u"script-src"_s)); // no script source at all: default-src 'none' applies
        }
        const RenderOptions preview = RenderOptions::forPreview();
        QVERIFY(ArticleRenderer(preview).renderPage(article).contains(u"img-src wiredesk-asset:;"_s));
        RenderOptions sneaky;
        sneaky.extraImageSources = {u"https:; script-src *"_s};
        QVERIFY(!ArticleRenderer::contentSecurityPolicy(sneaky).contains(u"script-src"_s));
    }

    void localImagesOnlyThroughTheAssetScheme_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("exported");
        QTest::addColumn<QString>("preview");
        QTest::newRow("https") << u"https://img.example.org/a.jpg"_s << u"https://img.example.org/a.jpg"_s
                               << u"https://img.example.org/a.jpg"_s;
        QTest::newRow("relative") << u"images/a b.jpg"_s << QString() << u"wiredesk-asset://profile/images/a%20b.jpg"_s;
        QTest::newRow("absolute inside the profile")
            << u"/srv/profile/images/a.jpg"_s << QString() << u"wiredesk-asset://profile/images/a.jpg"_s;
        QTest::newRow("file url inside the profile")
            << u"file:///srv/profile/a.jpg"_s << QString() << u"wiredesk-asset://profile/a.jpg"_s;
        QTest::newRow("absolute outside the profile") << u"/etc/ssh/key.png"_s << QString() << QString();
        QTest::newRow("sibling folder with the same prefix") << u"/srv/profile2/a.jpg"_s << QString() << QString();
        QTest::newRow("climbing out") << u"images/../../secret.png"_s << QString() << QString();
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << QString() << QString();
        QTest::newRow("data") << u"data:image/png;base64,AAAA"_s << QString() << QString();
        QTest::newRow("ftp") << u"ftp://example.org/a.jpg"_s << QString() << QString();
        QTest::newRow("no host") << u"https:///a.jpg"_s << QString() << QString();
    }

    void localImagesOnlyThroughTheAssetScheme()
    {
        QFETCH(QString, source);
        QFETCH(QString, exported);
        QFETCH(QString, preview);
        QCOMPARE(RenderOptions::remoteImageUrl(source).toString(QUrl::FullyEncoded), exported);
        QCOMPARE(RenderOptions::assetUrlMapper(u"/srv/profile"_s)(source).toString(QUrl::FullyEncoded), preview);

        Article article = sampleArticle();
        article.leadImage.source = source;
        const QString part
            = ArticleRenderer(RenderOptions::forPreview(u"/srv/profile"_s)).renderPart(article, ArticlePart::LeadImage);
        if (preview.isEmpty())
            QVERIFY2(part.contains(u" hidden>"_s) && !part.contains(u"<img"_s), qPrintable(part));
        else
            QVERIFY2(part.contains(u"<img src=\""_s + preview + u'"'), qPrintable(part));
    }

    void emptyPartsAreKeptOnlyForThePreview()
    {
        Article article = sampleArticle();
        article.leadImage = {};
        RenderOptions exported;
        QCOMPARE(ArticleRenderer(exported).renderPart(article, ArticlePart::Dek), QString());
        QCOMPARE(ArticleRenderer(exported).renderPart(article, ArticlePart::LeadImage), QString());
        const ArticleRenderer preview(RenderOptions::forPreview());
        QCOMPARE(preview.renderPart(article, ArticlePart::Dek), u"<p class=\"dek\" data-part=\"dek\" hidden></p>"_s);
        QCOMPARE(preview.renderPart(article, ArticlePart::LeadImage),
            u"<figure class=\"lead-image\" data-part=\"lead-image\" hidden></figure>"_s);
        article.dek = u"Service had stopped after the storm."_s;
        QCOMPARE(preview.renderPart(article, ArticlePart::Dek),
            u"<p class=\"dek\" data-part=\"dek\">Service had stopped after the storm.</p>"_s);
    }

    void rightToLeftLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("rtl");
        QTest::newRow("ar") << u"ar"_s << true;
        QTest::newRow("he-IL") << u"he-IL"_s << true;
        QTest::newRow("fa_IR") << u"fa_IR"_s << true;
        QTest::newRow("ur") << u"ur"_s << true;
        QTest::newRow("en") << u"en"_s << false;
        QTest::newRow("fr-CH") << u"fr-CH"_s << false;
        QTest::newRow("arn (Mapudungun, not Arabic)") << u"arn"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void rightToLeftLanguages()
    {
        QFETCH(QString, language);
        QFETCH(bool, rtl);
        QCOMPARE(ArticleRenderer::isRightToLeft(language), rtl);
        Article article = sampleArticle();
        article.language = language;
        const QString body = ArticleRenderer().renderBody(article);
        QVERIFY(body.contains(rtl ? u"dir=\"rtl\""_s : u"dir=\"ltr\""_s));
    }

    void deeplyNestedBodyDoesNotCrash()
    {
        Article article = sampleArticle();
        const int depth = 50000;
        article.bodyHtml = u"<blockquote data-block=\"deep\">"_s + u"<span>"_s.repeated(depth) + u"text"_s;
        const QList<RenderedBlock> blocks = ArticleRenderer().renderBlocks(article);
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks.first().id, u"deep"_s);
        QVERIFY(blocks.first().html.contains(u"text"_s));
    }

    void profileStylesheetCannotCloseTheStyleElement()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        QFile css(profile.filePath(u"style.css"_s));
        QVERIFY(css.open(QIODevice::WriteOnly));
        css.write("body { color: #111; }\n</STYLE><script>alert(1)</script><style>\n");
        css.close();
        RenderOptions options;
        options.templateSearchPaths = {profile.path()};
        const ArticleRenderer renderer(options);
        QCOMPARE(renderer.publicationTemplate().origin(u"style.css"_s), profile.filePath(u"style.css"_s));
        const QString page = renderer.renderPage(sampleArticle());
        QVERIFY(page.contains(u"body { color: #111; }"_s));
        QCOMPARE(parse(page).scripts, 0);
        QVERIFY(checkBalanced(page).isEmpty());
    }

    void brokenTemplateOverrideFallsBackToTheBuiltIn()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        QFile page(profile.filePath(u"page.html"_s));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("<html>{{#clocks}}<ul>{{{clocks}}}</ul>\n<body>{{{article}}}</body></html>\n");
        page.close();
        RenderOptions options;
        options.templateSearchPaths = {profile.path()};
        const ArticleRenderer renderer(options);
        QVERIFY(renderer.templateError().contains(u"clocks"_s));
        QCOMPARE(renderer.publicationTemplate().origin(u"page.html"_s), u":/templates/publication/page.html"_s);
        const QString html = renderer.renderPage(sampleArticle());
        QVERIFY(html.contains(u"<header class=\"masthead\">"_s));
        QVERIFY(html.contains(u"Ferry services resume on Lake Geneva"_s));
    }

    void publicationSettingsFromTheProfile()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        const QString folder = RenderOptions::profileTemplateFolder(profile.path());
        QCOMPARE(folder, profile.path() + u"/templates/publication"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/publication.json"_s;
        auto write = [&path](const QByteArray &json) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(json) == json.size();
        };
        QVERIFY(write(R"({"name": "Le Courrier du Léman", "founded": "1868-09-01", "issueNumber": 41207,
                          "timeZone": "Europe/Zurich", "worldClocks": ["Europe/Zurich", "Asia/Tokyo"],
                          "footer": "Rue du Rhône 12, Genève"})"));
        RenderOptions options;
        QString error;
        QVERIFY2(options.loadPublicationSettings(path, &error), qPrintable(error));
        QCOMPARE(options.publicationName, u"Le Courrier du Léman"_s);
        QCOMPARE(options.founded, QDate(1868, 9, 1));
        QCOMPARE(options.issueNumber, 41207);
        QCOMPARE(options.publicationTimeZone, u"Europe/Zurich"_s);
        QCOMPARE(options.worldClockZones, (QStringList {u"Europe/Zurich"_s, u"Asia/Tokyo"_s}));
        Article article = sampleArticle();
        article.timeZone.clear(); // the publication's zone applies
        const QString page = ArticleRenderer(options).renderPage(article);
        QVERIFY(page.contains(u"<span class=\"volume\">Vol. CLVIII</span> <span class=\"issue\">No. 41,207</span>"_s));
        QVERIFY(page.contains(u"11:00 CEST"_s));
        QVERIFY(page.contains(u"&middot; Rue du Rhône 12, Genève</p>"_s));

        const QList<std::pair<QByteArray, QString>> broken {
            {"[1, 2]", u"not a JSON object"_s},
            {R"({"timeZone": "Europe/Atlantis"})", u"Europe/Atlantis"_s},
            {R"({"founded": "last year"})", u"founded"_s},
            {R"({"worldClocks": ["Asia/Tokyo", "Moon/Base"]})", u"Moon/Base"_s},
            {R"({"issueNumber": "many"})", u"issueNumber"_s},
            {R"({"name": "  "})", u"name"_s},
        };
        for (const auto &[json, message] : broken) {
            QVERIFY(write(json));
            RenderOptions untouched;
            const RenderOptions before = untouched;
            QVERIFY(!untouched.loadPublicationSettings(path, &error));
            QVERIFY2(error.contains(message), qPrintable(error));
            QCOMPARE(untouched.worldClockZones, before.worldClockZones);
            QCOMPARE(untouched.publicationTimeZone, before.publicationTimeZone);
        }
        QVERIFY(!options.loadPublicationSettings(profile.filePath(u"missing.json"_s), &error));
    }

    void unscheduledArticleUsesTheReferenceTime()
    {
        Article article = sampleArticle();
        article.published = {};
        RenderOptions options;
        options.referenceTime = QDateTime(QDate(2026, 12, 31), QTime(23, 30), QTimeZone::utc());
        const QString page = ArticleRenderer(options).renderPage(article);
        // 23:30 UTC on New Year's Eve is already 2027 in Zurich.
        QVERIFY2(page.contains(u"<time datetime=\"2027-01-01\">Friday, January 1, 2027</time>"_s),
            qPrintable(page.left(3000)));
        QVERIFY(page.contains(u"&copy; 2027 "_s));
    }
};

QTEST_GUILESS_MAIN(TestArticleRenderer)
#include "test_articlerenderer.moc"
