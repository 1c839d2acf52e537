#include "nestinglimiter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

class TestNestingLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limit_data();
    void limit();
};

void TestNestingLimiter::limit_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("shallow unchanged") << "<div><b>x</b></div>"_ba << 2 << "<div><b>x</b></div>"_ba;
    QTest::newRow("too deep") << "<div><div><div>x</div></div></div>"_ba << 2 << "<div><div>x</div></div>"_ba;
    QTest::newRow("siblings do not add up")
        << "<div>a</div><div>b</div><div>c</div>"_ba << 1 << "<div>a</div><div>b</div><div>c</div>"_ba;
    QTest::newRow("unclosed count") << "<span>a<span>b<span>c"_ba << 2 << "<span>a<span>bc"_ba;
    QTest::newRow("self-closing html counts") << "<div/><div/><div/>x"_ba << 2 << "<div/><div/>x"_ba;
    QTest::newRow("void elements never nest")
        << "<br><img src=x><hr><p>a<p>b<li>c"_ba << 1 << "<br><img src=x><hr><p>a<p>b<li>c"_ba;
    QTest::newRow("svg self-closing is complete")
        << "<svg><path/><path/><path/></svg><b>x</b>"_ba << 2 << "<svg><path/><path/><path/></svg><b>x</b>"_ba;
    QTest::newRow("breakout ends svg") << "<svg><p><x/><x/>y"_ba << 2 << "<svg><p><x/>y"_ba;
    QTest::newRow("stray end tags removed") << "a</span>b</div>c</p>d"_ba << 10 << "abcd"_ba;
    QTest::newRow("stray br kept") << "a</br>b"_ba << 10 << "a</br>b"_ba;
    QTest::newRow("no new tag from gluing") << "<</b>div>"_ba << 10 << "< div>"_ba;
    QTest::newRow("uppercase names") << "<DIV><Div>x</div></DIV>"_ba << 1 << "<DIV>x</DIV>"_ba;
    QTest::newRow("not a tag") << "a < b, 3<4, <3 </ x>"_ba << 0 << "a < b, 3<4, <3 </ x>"_ba;
    QTest::newRow("unterminated tag") << "<div><div"_ba << 1 << "<div>"_ba;
}

void TestNestingLimiter::limit()
{
    QFETCH(QByteArray, html);
    QFETCH(int, maxDepth);
    QFETCH(QByteArray, expected);
    QCOMPARE(NestingLimiter::limit(html, maxDepth), expected);
}

QTEST_APPLESS_MAIN(TestNestingLimiter)
#include "test_nestinglimiter.moc"
