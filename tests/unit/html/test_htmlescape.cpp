#include "gumbodocument.h"
#include "gumbotree.h"
#include "htmlescape.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

// The shared escaping and tree helpers every serializer relies on.
class TestHtmlEscape final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escaping_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("attribute");
        QTest::newRow("markup") << u"a<b>&\"c\""_s << u"a&lt;b&gt;&amp;\"c\""_s << u"a&lt;b&gt;&amp;&quot;c&quot;"_s;
        QTest::newRow("entity stays text") << u"&amp;"_s << u"&amp;amp;"_s << u"&amp;amp;"_s;
        QTest::newRow("plain") << u"Kyiv — 12 °C"_s << u"Kyiv — 12 °C"_s << u"Kyiv — 12 °C"_s;
        QTest::newRow("empty") << QString() << QString() << QString();
        QTest::newRow("single quote untouched") << u"it's"_s << u"it's"_s << u"it's"_s;
    }
    void escaping()
    {
        QFETCH(QString, input);
        QFETCH(QString, text);
        QFETCH(QString, attribute);
        QCOMPARE(HtmlEscape::text(input), text);
        QCOMPARE(HtmlEscape::attribute(input), attribute);
    }

    void treeQuestions()
    {
        const Wiredesk::GumboDocument document("<p class=\"x\">a<br>b</p><template><i>t</i></template>"_ba);
        const GumboVector &nodes = document.children();
        QCOMPARE(nodes.length, 2u);
        const auto *p = static_cast<const GumboNode *>(nodes.data[0]);
        QVERIFY(GumboTree::isElement(p, GUMBO_TAG_P));
        QCOMPARE(GumboTree::attribute(p, "class"), u"x"_s);
        QVERIFY(GumboTree::attribute(p, "id").isNull());
        const auto *text = static_cast<const GumboNode *>(p->v.element.children.data[0]);
        QCOMPARE(GumboTree::tagOf(text), GUMBO_TAG_UNKNOWN);
        QVERIFY(GumboTree::attribute(text, "class").isNull());
        const auto *templ = static_cast<const GumboNode *>(nodes.data[1]);
        QVERIFY(GumboTree::isElement(templ));
        QCOMPARE(GumboTree::tagOf(templ), GUMBO_TAG_TEMPLATE);
        QVERIFY(GumboTree::isVoidElement(GUMBO_TAG_BR));
        QVERIFY(GumboTree::isVoidElement(GUMBO_TAG_PARAM));
        QVERIFY(!GumboTree::isVoidElement(GUMBO_TAG_P));
    }

    void wholePageAndNesting()
    {
        const Wiredesk::GumboDocument page("<title>T</title><p>x</p>"_ba, Wiredesk::GumboDocument::Kind::WholePage);
        QVERIFY(GumboTree::isElement(page.root(), GUMBO_TAG_HTML));
        QCOMPARE(page.root()->v.element.children.length, 2u); // <head> and <body>

        const QByteArray deep = QByteArray("<b>").repeated(2000) + "x";
        auto depthOf = [](const Wiredesk::GumboDocument &document) {
            int depth = 0;
            const GumboNode *node = document.root();
            while (GumboTree::isElement(node) && node->v.element.children.length > 0) {
                node = static_cast<const GumboNode *>(node->v.element.children.data[0]);
                ++depth;
            }
            return depth;
        };
        QVERIFY(depthOf(Wiredesk::GumboDocument(deep)) <= Wiredesk::GumboDocument::DefaultMaxNesting + 1);
        QCOMPARE(depthOf(Wiredesk::GumboDocument(deep, Wiredesk::GumboDocument::Kind::BodyFragment, 0)), 2001);
    }
};

QTEST_APPLESS_MAIN(TestHtmlEscape)
#include "test_htmlescape.moc"
