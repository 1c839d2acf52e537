// Notes on cited claims follow their spans when the body changes.
#include "citationanchors.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Wiredesk;
using Move = CitationAnchors::Move;

Q_DECLARE_METATYPE(QList<CitationAnchors::Move>)

class TestCitationAnchors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsSpans_data();
    void followsSpans();
};

static QString p(const QString &id, const QString &inner)
{
    return u"<p data-block=\""_s + id + u"\">"_s + inner + u"</p>"_s;
}

static QString cite(const QString &sources, const QString &text)
{
    return u"<span data-sources=\""_s + sources + u"\">"_s + text + u"</span>"_s;
}

void TestCitationAnchors::followsSpans_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QList<Move>>("expected");
    const QString a = cite(u"src1"_s, u"First claim"_s);
    const QString b = cite(u"src2"_s, u"Second claim"_s);
    const QString n = cite(u"src3"_s, u"New claim"_s);
    QTest::newRow("unchanged") << p(u"aaaaaaaa"_s, a + u" and "_s + b) << p(u"aaaaaaaa"_s, a + u" and "_s + b)
                               << QList<Move> {};
    QTest::newRow("new span first") << p(u"aaaaaaaa"_s, a + u" and "_s + b)
                                    << p(u"aaaaaaaa"_s, n + u", "_s + a + u" and "_s + b)
                                    << QList<Move> {
                                           {u"aaaaaaaa/1"_s, u"aaaaaaaa/2"_s}, {u"aaaaaaaa/2"_s, u"aaaaaaaa/3"_s}};
    QTest::newRow("span removed") << p(u"aaaaaaaa"_s, a + u" and "_s + b) << p(u"aaaaaaaa"_s, u"First claim and "_s + b)
                                  << QList<Move> {{u"aaaaaaaa/2"_s, u"aaaaaaaa/1"_s}};
    QTest::newRow("text edited") << p(u"aaaaaaaa"_s, n + u" "_s + a)
                                 << p(u"aaaaaaaa"_s, cite(u"src3"_s, u"New claims"_s) + u" "_s + a) << QList<Move> {};
    QTest::newRow("edited and shifted") << p(u"aaaaaaaa"_s,
        a + u" "_s + b) << p(u"aaaaaaaa"_s, n + u" "_s + cite(u"src1"_s, u"First claim, edited"_s) + u" "_s + b)
                                        << QList<Move> {
                                               {u"aaaaaaaa/2"_s, u"aaaaaaaa/3"_s}, {u"aaaaaaaa/1"_s, u"aaaaaaaa/2"_s}};
    QTest::newRow("other block untouched")
        << p(u"aaaaaaaa"_s, a) + p(u"bbbbbbbb"_s, b) << p(u"aaaaaaaa"_s, n + a) + p(u"bbbbbbbb"_s, b)
        << QList<Move> {{u"aaaaaaaa/1"_s, u"aaaaaaaa/2"_s}};
    QTest::newRow("twins follow by order")
        << p(u"aaaaaaaa"_s, a + u" "_s + a) << p(u"aaaaaaaa"_s, n + u" "_s + a + u" "_s + a)
        << QList<Move> {{u"aaaaaaaa/1"_s, u"aaaaaaaa/2"_s}, {u"aaaaaaaa/2"_s, u"aaaaaaaa/3"_s}};
}

void TestCitationAnchors::followsSpans()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QList<Move>, expected);
    QList<Move> moves = CitationAnchors::moves(
        CitationExtractor::extract(before).citations, CitationExtractor::extract(after).citations);
    const auto byFrom = [](const Move &x, const Move &y) { return x.from < y.from; };
    std::sort(moves.begin(), moves.end(), byFrom);
    std::sort(expected.begin(), expected.end(), byFrom);
    QCOMPARE(moves, expected);
}

QTEST_APPLESS_MAIN(TestCitationAnchors)
#include "test_citationanchors.moc"
