// Merging duplicate sources: citations re-pointed, fields filled, the duplicate removed.
#include "sourcemerger.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

class TestSourceMerger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repointsCitations_data();
    void repointsCitations();
    void mergesIntoTheKeptSource();
    void refusesWhatCannotBeMerged();
    void groupsByCanonicalUrl();
};

static ArticleSource source(const QString &id, const QString &url, const QString &title = {})
{
    ArticleSource s;
    s.id = id;
    s.url = url;
    s.title = title;
    return s;
}

void TestSourceMerger::repointsCitations_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected");
    const QString p = u"<p data-block=\"aaaaaaaa\">"_s;
    QTest::newRow("single") << p + u"<span data-sources=\"src7\">x</span></p>"_s << u"src7"_s << u"src4"_s
                            << p + u"<span data-sources=\"src4\">x</span></p>"_s;
    QTest::newRow("no double id") << p + u"<span data-sources=\"src4 src7\">x</span></p>"_s << u"src7"_s << u"src4"_s
                                  << p + u"<span data-sources=\"src4\">x</span></p>"_s;
    QTest::newRow("order kept") << p + u"<span data-sources=\"src7 src1\">x</span></p>"_s << u"src7"_s << u"src4"_s
                                << p + u"<span data-sources=\"src4 src1\">x</span></p>"_s;
    QTest::newRow("prefix id untouched") << p + u"<span data-sources=\"src70\">x</span></p>"_s << u"src7"_s << u"src4"_s
                                         << p + u"<span data-sources=\"src70\">x</span></p>"_s;
    QTest::newRow("dropped") << p + u"<span data-sources=\"src7 src2\">x</span> y</p>"_s << u"src7"_s << QString()
                             << p + u"<span data-sources=\"src2\">x</span> y</p>"_s;
    QTest::newRow("text untouched") << p + u"data-sources=&quot;src7&quot;</p>"_s << u"src7"_s << u"src4"_s
                                    << p + u"data-sources=&quot;src7&quot;</p>"_s;
}

void TestSourceMerger::repointsCitations()
{
    QFETCH(QString, body);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    QCOMPARE(SourceMerger::repointCitations(body, from, to), expected);
}

void TestSourceMerger::mergesIntoTheKeptSource()
{
    Article article;
    ArticleSource kept = source(u"src4"_s, u"https://x.com/FosHarbourDesk/status/2125833249512884107"_s);
    ArticleSource duplicate = source(
        u"src7"_s, u"https://twitter.com/fosharbourdesk/status/2125833249512884107?s=20"_s, u"Port authority post"_s);
    duplicate.publisher = u"@FosHarbourDesk"_s;
    duplicate.posted = QDateTime(QDate(2026, 11, 26), QTime(6, 5), QTimeZone::utc());
    duplicate.status = u"verified"_s;
    kept.kind = u"primary"_s;
    duplicate.kind = u"secondary"_s;
    article.sources = {source(u"src1"_s, u"https://a.example/1"_s), kept, duplicate};
    article.bodyHtml = u"<p data-block=\"aaaaaaaa\"><span data-sources=\"src7\">a</span> "
                       "<span data-sources=\"src4\">b</span></p>"_s;
    QVERIFY(SourceMerger::merge(&article, u"src7"_s, u"src4"_s));
    QCOMPARE(article.sources.size(), 2);
    const ArticleSource &merged = article.sources.at(1);
    QCOMPARE(merged.id, u"src4"_s);
    QCOMPARE(merged.url, kept.url);
    QCOMPARE(merged.title, u"Port authority post"_s);
    QCOMPARE(merged.publisher, u"@FosHarbourDesk"_s);
    QCOMPARE(merged.posted, duplicate.posted);
    QCOMPARE(merged.status, u"verified"_s);
    QCOMPARE(merged.kind, u"primary"_s); // the kept source's own value wins
    QVERIFY(!article.bodyHtml.contains(u"src7"_s));
    QCOMPARE(article.bodyHtml.count(u"data-sources=\"src4\""_s), 2);
}

void TestSourceMerger::refusesWhatCannotBeMerged()
{
    Article article;
    article.sources = {source(u"src1"_s, u"https://a.example/1"_s)};
    const Article before = article;
    QVERIFY(!SourceMerger::merge(&article, u"src1"_s, u"src1"_s));
    QVERIFY(!SourceMerger::merge(&article, u"src9"_s, u"src1"_s));
    QVERIFY(!SourceMerger::merge(&article, u"src1"_s, u"src9"_s));
    QCOMPARE(article, before);
}

void TestSourceMerger::groupsByCanonicalUrl()
{
    const QList<ArticleSource> sources {
        source(u"src1"_s, u"https://x.com/FosHarbourDesk/status/2125833249512884107"_s),
        source(u"src2"_s, u"https://www.lemonde.fr/a"_s),
        source(u"src3"_s, u"https://mobile.twitter.com/fosharbourdesk/status/2125833249512884107?s=20"_s),
        source(u"src4"_s, QString()),
        source(u"src5"_s, QString()),
        source(u"src6"_s, u"https://www.lemonde.fr/a?utm_source=x"_s),
        source(u"src7"_s, u"https://www.lemonde.fr/b"_s),
    };
    const QList<QStringList> groups = SourceMerger::duplicateGroups(sources);
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0), (QStringList {u"src1"_s, u"src3"_s}));
    QCOMPARE(groups.at(1), (QStringList {u"src2"_s, u"src6"_s}));
}

QTEST_APPLESS_MAIN(TestSourceMerger)
#include "test_sourcemerger.moc"
