// Splitting a body into the blocks the preview patches, with a real HTML5 parser.
#include "bodyblocksplitter.h"
#include "htmlsanitizer.h"
#include "renderfixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {
Wiredesk::Article demoDraft()
{
    Wiredesk::Article demo;
    QString error;
    const QJsonDocument json = QJsonDocument::fromJson(
        RenderFixtures::readFile(QStringLiteral(WIREDESK_SOURCE_DIR) + u"/resources/demo/drafts/sample-draft.json"_s));
    if (!Wiredesk::Article::fromJson(json.object(), &demo, &error))
        qWarning("the demo draft is not readable: %s", qPrintable(error));
    return demo;
}
} // namespace

class TestBodyBlockSplitter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QStringList>("html");
        QTest::newRow("empty") << QString() << QStringList() << QStringList();
        QTest::newRow("whitespace") << u" \n\t "_s << QStringList() << QStringList();
        QTest::newRow("ids kept") << u"<p data-block=\"a\">One</p>\n<h2 data-block=\"b\">Two</h2>"_s
                                  << QStringList {u"a"_s, u"b"_s}
                                  << QStringList {u"<p data-block=\"a\">One</p>"_s, u"<h2 data-block=\"b\">Two</h2>"_s};
        QTest::newRow("missing id gets a positional one")
            << u"<p data-block=\"a\">One</p><blockquote><p>Two</p></blockquote>"_s << QStringList {u"a"_s, u"auto-2"_s}
            << QStringList {
                   u"<p data-block=\"a\">One</p>"_s, u"<blockquote data-block=\"auto-2\"><p>Two</p></blockquote>"_s};
        QTest::newRow("loose inline content is wrapped")
            << u"Loose <em>text</em> here<p data-block=\"p\">Para</p> tail"_s
            << QStringList {u"auto-1"_s, u"p"_s, u"auto-3"_s}
            << QStringList {u"<p data-block=\"auto-1\">Loose <em>text</em> here</p>"_s,
                   u"<p data-block=\"p\">Para</p>"_s, u"<p data-block=\"auto-3\"> tail</p>"_s};
        QTest::newRow("entities decoded and re-escaped")
            << u"<p data-block=\"e\">R&amp;D &lt;b&gt; &ldquo;q&rdquo; &nbsp;x</p>"_s << QStringList {u"e"_s}
            << QStringList {u"<p data-block=\"e\">R&amp;D &lt;b&gt; \u201cq\u201d \u00a0x</p>"_s};
        QTest::newRow("attribute quotes escaped")
            << u"<p data-block='q\"x' title='a \"b\" &amp; c'>t</p>"_s << QStringList {u"q\"x"_s}
            << QStringList {u"<p data-block=\"q&quot;x\" title=\"a &quot;b&quot; &amp; c\">t</p>"_s};
        QTest::newRow("unclosed tags are closed")
            << u"<ul data-block=\"l\"><li>one<li>two"_s << QStringList {u"l"_s}
            << QStringList {u"<ul data-block=\"l\"><li>one</li><li>two</li></ul>"_s};
        QTest::newRow("nested paragraph split as a browser would")
            << u"<p data-block=\"x\">a<p data-block=\"y\">b</p>"_s << QStringList {u"x"_s, u"y"_s}
            << QStringList {u"<p data-block=\"x\">a</p>"_s, u"<p data-block=\"y\">b</p>"_s};
        QTest::newRow("comments dropped") << u"<!-- editor note --><p data-block=\"c\">t<!-- x --></p>"_s
                                          << QStringList {u"c"_s} << QStringList {u"<p data-block=\"c\">t</p>"_s};
        QTest::newRow("void elements") << u"<hr data-block=\"r\"><p data-block=\"b\">a<br>b</p>"_s
                                       << QStringList {u"r"_s, u"b"_s}
                                       << QStringList {u"<hr data-block=\"r\">"_s, u"<p data-block=\"b\">a<br>b</p>"_s};
        QTest::newRow("bad attribute names dropped")
            << u"<p data-block=\"n\" \"onx=1 a<b=2>t</p>"_s << QStringList {u"n"_s}
            << QStringList {u"<p data-block=\"n\">t</p>"_s};
        QTest::newRow("images mapped or left out")
            << u"<figure data-block=\"f\"><img src=\"https://i.example.org/a.jpg\" srcset=\"evil.jpg 2x\" alt=\"A\">"
               u"<img src=\"javascript:alert(1)\"><img src=\"/local.jpg\"><figcaption>Cap</figcaption></figure>"_s
            << QStringList {u"f"_s}
            << QStringList {u"<figure data-block=\"f\"><img alt=\"A\" src=\"https://i.example.org/a.jpg\">"
                            u"<figcaption>Cap</figcaption></figure>"_s};
    }

    void split()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, ids);
        QFETCH(QStringList, html);
        const QList<RenderedBlock> blocks = BodyBlockSplitter(RenderOptions::remoteImageUrl).split(body);
        QCOMPARE(BodyBlockSplitter(RenderOptions::remoteImageUrl).parse(body), blocks);
        QStringList actualIds;
        QStringList actualHtml;
        for (const RenderedBlock &block : blocks) {
            actualIds << block.id;
            actualHtml << block.html;
        }
        QCOMPARE(actualHtml, html);
        QCOMPARE(actualIds, ids);
    }

    void splitIsStable()
    {
        // Rendering the rendered blocks again gives the same blocks: the preview can diff
        // its last output against the next without spurious changes.
        const QString body = u"<p data-block=\"a\">x &amp; <a href=\"https://e.org/?a=1&amp;b=2\">y</a></p>"
                             u"<ul><li>1</li></ul>loose"_s;
        const BodyBlockSplitter splitter(RenderOptions::remoteImageUrl);
        const QList<RenderedBlock> once = splitter.split(body);
        QString again;
        for (const RenderedBlock &block : once)
            again += block.html;
        QCOMPARE(splitter.split(again), once);
    }

    void topLevelElements_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("count"); // -1: needs the full parse
        QTest::newRow("plain blocks") << u"<p data-block=\"a\">x <em>y</em></p>\n<h2 data-block=\"b\">z</h2>"_s << 2;
        QTest::newRow("void block") << u"<hr data-block=\"r\"><p data-block=\"a\">a<br>b</p>"_s << 2;
        QTest::newRow("quoted >") << u"<p data-block=\"a\" title=\"a > b\">x</p>"_s << 1;
        QTest::newRow("nested lists") << u"<ul data-block=\"l\"><li>a<ul><li>b</li></ul></li></ul>"_s << 1;
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("loose text") << u"<p data-block=\"a\">x</p> tail"_s << -1;
        QTest::newRow("implied end tag") << u"<ul data-block=\"l\"><li>a<li>b</ul>"_s << -1;
        QTest::newRow("misnested") << u"<p data-block=\"a\"><b><i>x</b></i></p>"_s << -1;
        QTest::newRow("unclosed") << u"<p data-block=\"a\">x"_s << -1;
        QTest::newRow("comment") << u"<!-- c --><p data-block=\"a\">x</p>"_s << -1;
        QTest::newRow("script") << u"<p data-block=\"a\"><script>x</script></p>"_s << -1;
        QTest::newRow("style") << u"<p data-block=\"a\"><style>p{}</style></p>"_s << -1;
        QTest::newRow("link goes to head first") << u"<link rel=\"x\"><p data-block=\"a\">x</p>"_s << -1;
        QTest::newRow("upper case") << u"<P data-block=\"a\">x</P>"_s << -1;
        QTest::newRow("self-closing p") << u"<p data-block=\"a\"/>"_s << -1;
        QTest::newRow("svg") << u"<p data-block=\"a\"><svg><g></g></svg></p>"_s << -1;
        QTest::newRow("table") << u"<table data-block=\"t\"><tr><td>x</td></tr></table>"_s << -1;
    }

    void theEditorsBodiesTakeThePerBlockPath()
    {
        const auto elements = BodyBlockSplitter::topLevelElements(demoDraft().bodyHtml);
        QVERIFY(elements.has_value());
        QVERIFY(elements->size() > 10);
    }

    void topLevelElements()
    {
        QFETCH(QString, body);
        QFETCH(int, count);
        const auto elements = BodyBlockSplitter::topLevelElements(body);
        QCOMPARE(elements ? int(elements->size()) : -1, count);
    }

    void perBlockParsingMatchesTheFullParse_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("sanitized");
        QList<std::pair<QString, QString>> bodies;
        for (const QString &name : RenderFixtures::caseNames()) {
            Wiredesk::Article article;
            Wiredesk::RenderOptions options;
            RenderFixtures::loadCase(name, &article, &options);
            bodies.append({name, article.bodyHtml});
        }
        // The demo profile's sample draft: what the editor really produces.
        bodies.append({u"demo sample draft"_s, demoDraft().bodyHtml});
        bodies.append(
            {u"p containing a div"_s, u"<p data-block=\"blka\">x<div>y</div>z</p><p data-block=\"blkb\">w</p>"_s});
        bodies.append({u"block without id"_s, u"<p data-block=\"blka\">x</p><blockquote><p>q</p></blockquote>"_s});
        bodies.append({u"no ids at all"_s, u"<p>one</p><h2>two</h2><ul><li>x</li></ul><p>three</p>"_s});
        bodies.append({u"empty container"_s, u"<div data-block=\"empt\"></div><p>x</p><p data-block=\"blka\">y</p>"_s});
        bodies.append({u"short ids"_s, u"<p data-block=\"a\">x</p><p data-block=\"b\">y</p>"_s});
        bodies.append({u"entities"_s, u"<p data-block=\"ents\">&amp; &lt; &nbsp; &ldquo;x&rdquo; &#x1F4F0;</p>"_s});
        bodies.append({u"images"_s,
            u"<figure data-block=\"figr\"><img src=\"https://e.org/a.jpg\" alt=\"a\">"
            u"<img src=\"javascript:x\"></figure>"_s});
        bodies.append({u"duplicate ids"_s, u"<p data-block=\"dupe\">1</p><p data-block=\"dupe\">1</p>"_s});
        bodies.append({u"formatting across blocks"_s,
            u"<p data-block=\"blka\"><b>x</b></p><p data-block=\"blkb\"><i>y</i> <u>z</u></p>"_s});
        bodies.append({u"event handlers"_s,
            u"<p data-block=\"evnt\" onclick=\"x()\"><a href=\"javascript:y\">a</a>"
            u"<span style=\"color:red\" data-sources=\"src1\">b</span></p>"_s});
        bodies.append({u"unwrapped container"_s, u"<div data-block=\"wrap\"><p>one</p><p>two</p></div>"_s});
        for (const auto &[name, body] : std::as_const(bodies)) {
            QTest::newRow(qPrintable(name + u" raw"_s)) << body << false;
            QTest::newRow(qPrintable(name + u" sanitized"_s)) << body << true;
        }
    }

    // The same splitter renders a body, then an edited body: the output must equal the
    // reference full parse both times (the second call reuses the unchanged blocks).
    void perBlockParsingMatchesTheFullParse()
    {
        QFETCH(QString, body);
        QFETCH(bool, sanitized);
        BodyBlockSplitter::Sanitizer sanitizer;
        if (sanitized)
            sanitizer = [](QStringView html) { return HtmlSanitizer(HtmlSanitizer::Schema::Article).sanitize(html); };
        const BodyBlockSplitter splitter(RenderOptions::remoteImageUrl, sanitizer);
        QCOMPARE(splitter.split(body), splitter.parse(body));
        QCOMPARE(splitter.split(body), splitter.parse(body));
        QString edited = body;
        const qsizetype lastClose = edited.lastIndexOf(u"</p>"_s);
        if (lastClose >= 0)
            edited.insert(lastClose, u" (updated)"_s);
        edited.prepend(u"<p data-block=\"newfirst\">A new first paragraph.</p>\n"_s);
        QCOMPARE(splitter.split(edited), splitter.parse(edited));
        QCOMPARE(splitter.split(body), splitter.parse(body));
    }

    void deepNestingIsSerializedWithoutRecursion()
    {
        const int depth = 50000;
        const QString body = u"<blockquote data-block=\"deep\">"_s + u"<span>"_s.repeated(depth) + u"text"_s;
        const QList<RenderedBlock> blocks = BodyBlockSplitter(RenderOptions::remoteImageUrl).split(body);
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks.first().html.count(u"</span>"_s), depth);
    }
};

QTEST_APPLESS_MAIN(TestBodyBlockSplitter)
#include "test_bodyblocksplitter.moc"
