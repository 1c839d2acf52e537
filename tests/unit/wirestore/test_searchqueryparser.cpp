#include "searchqueryparser.h"
#include "wirestore.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

class TestSearchQueryParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void expressions_data();
    void expressions();
    void filters();
    void badFilterValuesAreIgnoredWithANote();
    void hostileInputNeverBreaksTheStore_data();
    void hostileInputNeverBreaksTheStore();
    void randomInputNeverBreaksTheStore();
    void storeFallsBackOnInvalidExpression();

private:
    QTemporaryDir m_dir;
    WireStore m_store;
};

void TestSearchQueryParser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_store.open(m_dir.filePath(u"w.sqlite"_s)), qPrintable(m_store.errorString()));
    const qint64 src = m_store.addSource(WireSource::named(u"Reuters"_s, u"agency"_s));
    QList<WireItem> items;
    const QStringList titles {u"Volcano erupts near Reykjavík"_s, u"Central bank holds rates"_s,
        u"NEAR miss at airport"_s, u"Drop table tennis final"_s, u"東京 stocks rise"_s};
    for (int i = 0; i < titles.size(); ++i) {
        WireItem item;
        item.guid = QString::number(i);
        item.title = titles[i];
        item.contentText = u"Body of "_s + titles[i];
        item.published = QDateTime::currentDateTimeUtc().addSecs(-i * 60);
        items << item;
    }
    QCOMPARE(m_store.ingest(src, items).added, titles.size());
}

void TestSearchQueryParser::expressions_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("fts");
    QTest::addColumn<bool>("noted");
    QTest::newRow("word") << u"volcano"_s << u"\"volcano\""_s << false;
    QTest::newRow("two words") << u"volcano eruption"_s << u"(\"volcano\" AND \"eruption\")"_s << false;
    QTest::newRow("phrase") << u"\"central bank\""_s << u"\"central bank\""_s << false;
    QTest::newRow("prefix") << u"erup*"_s << u"\"erup\"*"_s << false;
    QTest::newRow("quoted prefix") << u"\"central ba\"*"_s << u"\"central ba\"*"_s << false;
    QTest::newRow("or") << u"ferry OR bank"_s << u"(\"ferry\" OR \"bank\")"_s << false;
    QTest::newRow("and") << u"ferry AND bank"_s << u"(\"ferry\" AND \"bank\")"_s << false;
    QTest::newRow("not") << u"ferry NOT bank"_s << u"(\"ferry\" NOT \"bank\")"_s << false;
    QTest::newRow("minus") << u"ferry -bank -port"_s << u"(\"ferry\" NOT (\"bank\" OR \"port\"))"_s << false;
    QTest::newRow("groups") << u"(ferry OR ship) greece"_s << u"((\"ferry\" OR \"ship\") AND \"greece\")"_s << false;
    QTest::newRow("lower-case or is a word") << u"cats or dogs"_s << u"(\"cats\" AND \"or\" AND \"dogs\")"_s << false;
    QTest::newRow("hyphenated word") << u"anti-war"_s << u"\"anti-war\""_s << false;
    QTest::newRow("title column") << u"title:minister"_s << u"title : \"minister\""_s << false;
    QTest::newRow("author prefix") << u"author:jons*"_s << u"authors : \"jons\"*"_s << false;
    QTest::newRow("unknown key is a word") << u"http://x.org"_s << u"\"http://x.org\""_s << false;
    QTest::newRow("embedded quote") << u"say\"hi"_s << u"(\"say\" AND \"hi\")"_s << true;
    QTest::newRow("doubled quote in phrase") << u"\"a \"\"b\"\" c\""_s << u"\"a \"\"b\"\" c\""_s << false;
    QTest::newRow("unterminated phrase") << u"\"central bank"_s << u"\"central bank\""_s << true;
    QTest::newRow("unbalanced open") << u"(ferry OR bank"_s << u"\"ferry bank\""_s << true;
    QTest::newRow("unbalanced close") << u"ferry) bank"_s << u"\"ferry bank\""_s << true;
    QTest::newRow("dangling or") << u"ferry OR"_s << u"\"ferry\""_s << true;
    QTest::newRow("leading and") << u"AND ferry"_s << u"\"ferry\""_s << true;
    QTest::newRow("double operator") << u"a AND OR b"_s << u"\"a b\""_s << true;
    QTest::newRow("only exclusions") << u"-bank"_s << QString() << true;
    QTest::newRow("near is a word") << u"NEAR(a b)"_s << u"(\"NEAR\" AND (\"a\" AND \"b\"))"_s << false;
    QTest::newRow("lone star") << u"*"_s << QString() << false;
    QTest::newRow("lone minus") << u"-"_s << QString() << false;
    QTest::newRow("lone colon") << u":"_s << QString() << false;
    QTest::newRow("empty") << QString() << QString() << false;
    QTest::newRow("spaces") << u"   \t "_s << QString() << false;
    QTest::newRow("inner star") << u"a*b"_s << u"\"a*b\""_s << false;
}

void TestSearchQueryParser::expressions()
{
    QFETCH(QString, input);
    QFETCH(QString, fts);
    QFETCH(bool, noted);
    const InboxQuery q = SearchQueryParser::parse(input);
    QCOMPARE(q.ftsExpression, fts);
    QCOMPARE(!q.notes.isEmpty(), noted);
}

void TestSearchQueryParser::filters()
{
    const QDateTime now(QDate(2025, 6, 3), QTime(12, 0), QTimeZone::utc());
    InboxQuery q = SearchQueryParser::parse(
        u"volcano source:Reuters source:\"Gov Channel\" label:agency after:2025-05-01 before:2025-06-01 is:unread "
        u"is:starred urgency:<=3"_s,
        now);
    QCOMPARE(q.ftsExpression, u"\"volcano\""_s);
    QCOMPARE(q.sourceNames, (QStringList {u"Reuters"_s, u"Gov Channel"_s}));
    QCOMPARE(q.labels, QStringList {u"agency"_s});
    QCOMPARE(q.publishedFrom, QDateTime(QDate(2025, 5, 1), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(q.publishedTo, QDateTime(QDate(2025, 6, 1), QTime(0, 0), QTimeZone::utc()));
    QVERIFY(q.unreadOnly);
    QVERIFY(q.starredOnly);
    QCOMPARE(q.urgencyMax, 3);
    QCOMPARE(q.urgencyMin, 0);
    QVERIFY(q.notes.isEmpty());

    QCOMPARE(SearchQueryParser::parse(u"since:2h"_s, now).publishedFrom, now.addSecs(-7200));
    QCOMPARE(SearchQueryParser::parse(u"since:3d"_s, now).publishedFrom, now.addDays(-3));
    QCOMPARE(SearchQueryParser::parse(u"since:30m"_s, now).publishedFrom, now.addSecs(-1800));
    QCOMPARE(SearchQueryParser::parse(u"since:1w"_s, now).publishedFrom, now.addDays(-7));
    QCOMPARE(SearchQueryParser::parse(u"urgency:>=2"_s).urgencyMin, 2);
    QCOMPARE(SearchQueryParser::parse(u"urgency:>2"_s).urgencyMin, 3);
    QCOMPARE(SearchQueryParser::parse(u"urgency:<2"_s).urgencyMax, 1);
    QCOMPARE(SearchQueryParser::parse(u"urgency:1"_s).urgencyMax, 1);
    QCOMPARE(SearchQueryParser::parse(u"urgency:1"_s).urgencyMin, 1);
    QVERIFY(SearchQueryParser::parse(u"IS:READ"_s).readOnly);
    // A filter negated with "-" is not supported: the minus is dropped, not applied to the next word.
    const InboxQuery odd = SearchQueryParser::parse(u"-source:Reuters volcano"_s);
    QCOMPARE(odd.ftsExpression, u"\"volcano\""_s);
}

void TestSearchQueryParser::badFilterValuesAreIgnoredWithANote()
{
    for (const QString &text : {u"since:soon"_s, u"after:yesterday"_s, u"urgency:banana"_s, u"urgency:<=0"_s,
             u"is:maybe"_s, u"source:"_s, u"before:2025-13-45"_s}) {
        const InboxQuery q = SearchQueryParser::parse(text);
        QVERIFY2(!q.notes.isEmpty(), qPrintable(text));
        QVERIFY2(!q.hasFilters(), qPrintable(text));
        QVERIFY2(q.ftsExpression.isEmpty(), qPrintable(text));
    }
}

void TestSearchQueryParser::hostileInputNeverBreaksTheStore_data()
{
    QTest::addColumn<QString>("input");
    const QStringList inputs {
        u"'; DROP TABLE wire_item; --"_s,
        u"\" OR 1=1 --"_s,
        u"volcano\" OR \"1\"=\"1"_s,
        u"') UNION SELECT * FROM sqlite_master --"_s,
        u"NEAR(volcano bank, 2)"_s,
        u"NEAR("_s,
        u"{title content_text}: volcano"_s,
        u"title:"_s,
        u"^volcano"_s,
        u"volcano + bank"_s,
        u"((((((((volcano"_s,
        u"))))"_s,
        u")("_s,
        u"\"\"\"\""_s,
        u"\"\""_s,
        u"AND"_s,
        u"OR OR OR"_s,
        u"NOT NOT volcano"_s,
        u"volcano NOT"_s,
        u"-(volcano)"_s,
        u"--volcano"_s,
        u"- - -"_s,
        u"**"_s,
        u"vol**"_s,
        u":volcano:"_s,
        u"source:Reuters:extra"_s,
        u"label:'; DROP TABLE wire_source; --"_s,
        u"source:\"unterminated"_s,
        u"\\\"volcano\\\""_s,
        u"東京"_s,
        u"Reykjavik"_s,
        u"😀 volcano 😀"_s,
        u"\u0000volcano"_s,
        u"col:umn:s"_s,
        u"rank:1"_s,
        u"wire_fts MATCH 'x'"_s,
        QString(2000, u'('),
        QString(500, u'"'),
    };
    int i = 0;
    for (const QString &s : inputs)
        QTest::newRow(qPrintable(u"hostile %1"_s.arg(i++))) << s;
    QString many;
    for (int w = 0; w < 400; ++w)
        many += (w % 7 == 0 ? u"OR "_s : QString()) + u"word%1 "_s.arg(w);
    QTest::newRow("400 words") << many;
}

void TestSearchQueryParser::hostileInputNeverBreaksTheStore()
{
    QFETCH(QString, input);
    const InboxQuery q = SearchQueryParser::parse(input);
    const InboxPage page = m_store.page(q);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error + u" for "_s + input));
    QVERIFY(m_store.count(q) >= 0);
    QCOMPARE(m_store.totalItems(), 5); // nothing was dropped or changed
    QCOMPARE(m_store.sources().size(), 1);
}

void TestSearchQueryParser::randomInputNeverBreaksTheStore()
{
    // Random mixes of the characters and words FTS5 gives meaning to.
    const QStringList pieces {u"\""_s, u"("_s, u")"_s, u"*"_s, u"-"_s, u":"_s, u"^"_s, u"+"_s, u"{"_s, u"}"_s, u","_s,
        u" "_s, u" AND "_s, u" OR "_s, u" NOT "_s, u"NEAR"_s, u"volcano"_s, u"bank"_s, u"source:"_s, u"title:"_s,
        u"'"_s, u";"_s, u"\\"_s, u"é"_s, u"東"_s};
    QRandomGenerator rng(20260601);
    for (int i = 0; i < 1500; ++i) {
        QString input;
        const int n = int(rng.bounded(1, 12));
        for (int k = 0; k < n; ++k)
            input += pieces.at(int(rng.bounded(qsizetype(pieces.size()))));
        const InboxQuery q = SearchQueryParser::parse(input);
        const InboxPage page = m_store.page(q);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error + u" for "_s + input + u" → "_s + q.ftsExpression));
    }
}

void TestSearchQueryParser::storeFallsBackOnInvalidExpression()
{
    InboxQuery handMade;
    handMade.ftsExpression = u"volcano AND (erupts"_s; // not from the parser: invalid FTS5
    const InboxPage page = m_store.page(handMade);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QVERIFY(!page.notes.isEmpty());
    QCOMPARE(page.rows.size(), 1); // found as the literal phrase "volcano erupts"
}

QTEST_GUILESS_MAIN(TestSearchQueryParser)
#include "test_searchqueryparser.moc"
