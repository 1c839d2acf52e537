#include "citationmarks.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

// Reference marks after cited spans, numbered like the closing sources list.
class TestCitationMarks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marks_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        const QString mark1 = u"<sup class=\"cite-ref\"><a href=\"#source-s1\">1</a></sup>"_s;
        QTest::newRow("one source") << u"<p data-block=\"b1\">A <span data-sources=\"s1\">claim</span>.</p>"_s
                                    << u"<p data-block=\"b1\">A <span data-sources=\"s1\">claim</span>"_s + mark1
                + u".</p>"_s;
        QTest::newRow("two sources, list order")
            << u"<p><span data-sources=\"s3 s1\">claim</span></p>"_s
            << u"<p><span data-sources=\"s3 s1\">claim</span><sup class=\"cite-ref\"><a href=\"#source-s1\">1</a>,"
               "<a href=\"#source-s3\">3</a></sup></p>"_s;
        QTest::newRow("removed source gets no mark") << u"<p><span data-sources=\"gone\">claim</span></p>"_s
                                                     << u"<p><span data-sources=\"gone\">claim</span></p>"_s;
        QTest::newRow("known and removed") << u"<p><span data-sources=\"gone s1\">c</span></p>"_s
                                           << u"<p><span data-sources=\"gone s1\">c</span>"_s + mark1 + u"</p>"_s;
        QTest::newRow("inline markup inside")
            << u"<p><span data-sources=\"s1\">a <em>b</em> <span lang=\"fr\">c</span></span> d</p>"_s
            << u"<p><span data-sources=\"s1\">a <em>b</em> <span lang=\"fr\">c</span></span>"_s + mark1 + u" d</p>"_s;
        QTest::newRow("nested cited spans")
            << u"<p><span data-sources=\"s3\">x <span data-sources=\"s1\">y</span> z</span></p>"_s
            << u"<p><span data-sources=\"s3\">x <span data-sources=\"s1\">y</span>"_s + mark1
                + u" z</span><sup class=\"cite-ref\"><a href=\"#source-s3\">3</a></sup></p>"_s;
        QTest::newRow("two spans in a paragraph")
            << u"<p><span data-sources=\"s1\">a</span> and <span data-sources=\"s3\">b</span></p>"_s
            << u"<p><span data-sources=\"s1\">a</span>"_s + mark1
                + u" and <span data-sources=\"s3\">b</span><sup class=\"cite-ref\"><a href=\"#source-s3\">3</a></sup></p>"_s;
        QTest::newRow("other attribute first")
            << u"<p><span class=\"x\" data-sources=\"s1\">a</span></p>"_s
            << u"<p><span class=\"x\" data-sources=\"s1\">a</span>"_s + mark1 + u"</p>"_s;
        QTest::newRow("not a span") << u"<p><spanner data-sources=\"s1\">a</spanner></p>"_s
                                    << u"<p><spanner data-sources=\"s1\">a</spanner></p>"_s;
        QTest::newRow("no citations") << u"<p>plain</p>"_s << u"<p>plain</p>"_s;
        QTest::newRow("unclosed span left alone")
            << u"<p><span data-sources=\"s1\">a</p>"_s << u"<p><span data-sources=\"s1\">a</p>"_s;
    }
    void marks()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        const QHash<QString, int> numbers {{u"s1"_s, 1}, {u"s2"_s, 2}, {u"s3"_s, 3}};
        QCOMPARE(CitationMarks::insert(html, numbers), expected);
    }
};

QTEST_APPLESS_MAIN(TestCitationMarks)
#include "test_citationmarks.moc"
