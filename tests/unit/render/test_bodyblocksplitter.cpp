// Splitting a body into the blocks the preview patches, with a real HTML5 parser.
#include "bodyblocksplitter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

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
        const QList<BodyBlock> blocks = BodyBlockSplitter(RenderOptions::remoteImageUrl).split(body);
        QStringList actualIds;
        QStringList actualHtml;
        for (const BodyBlock &block : blocks) {
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
        const QList<BodyBlock> once = splitter.split(body);
        QString again;
        for (const BodyBlock &block : once)
            again += block.html;
        QCOMPARE(splitter.split(again), once);
    }

    void escaping()
    {
        QCOMPARE(BodyBlockSplitter::escapeText(u"a<b>&\"c\""_s), u"a&lt;b&gt;&amp;\"c\""_s);
        QCOMPARE(BodyBlockSplitter::escapeAttribute(u"a<b>&\"c\""_s), u"a&lt;b&gt;&amp;&quot;c&quot;"_s);
    }
};

QTEST_APPLESS_MAIN(TestBodyBlockSplitter)
#include "test_bodyblocksplitter.moc"
