// Pasted source lists in the forms newsrooms actually paste.
#include "sourcelistparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;
using Entry = SourceListParser::Entry;

class TestSourceListParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneUrlPerLine();
    void sourcesSection();
    void markdownLinks();
    void htmlList();
    void dedupesByCanonicalUrl();
    void ignoresJunk();
};

void TestSourceListParser::oneUrlPerLine()
{
    const QList<Entry> entries = SourceListParser::parse(
        u"https://t.me/s/fosdockers_info/2741\r\n\n  https://x.com/FosHarbourDesk/status/2125833249512884107  \n"
        "www.marseille-port.fr/en/news/strike-notice\n"_s);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).url, u"https://t.me/s/fosdockers_info/2741"_s);
    QCOMPARE(entries.at(0).canonicalUrl, u"https://t.me/fosdockers_info/2741"_s);
    QCOMPARE(entries.at(0).platform, u"telegram"_s);
    QCOMPARE(entries.at(1).platform, u"x"_s);
    QCOMPARE(entries.at(2).canonicalUrl, u"https://www.marseille-port.fr/en/news/strike-notice"_s);
    QVERIFY(entries.at(2).title.isEmpty());
}

void TestSourceListParser::sourcesSection()
{
    const QString pasted
        = u"Sources:\n"
          "1. Marseille-Fos dockers begin 72-hour strike over terminal automation — Agence Littorale, "
          "https://www.agence-littorale.example/en/depeches/2026/11/26/marseille-fos-dockers-begin-72-hour-strike.\n"
          "2. French port strike halts container traffic – Meridian Press Agency "
          "<https://meridianpress.example/en/2026/11/26/french-port-strike-halts-container-traffic>\n"
          "• Port of Marseille, Wikipedia, https://en.wikipedia.org/wiki/Port_of_Marseille (accessed 26 "
          "November 2026)\n"
          "- https://www.ecologie.gouv.fr/sites/default/files/plan-ports.pdf — National ports strategy 2025-2030 | Ministry of Ecology\n"_s;
    const QList<Entry> entries = SourceListParser::parse(pasted);
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(0).title, u"Marseille-Fos dockers begin 72-hour strike over terminal automation"_s);
    QCOMPARE(entries.at(0).publisher, u"Agence Littorale"_s);
    QCOMPARE(entries.at(0).url,
        u"https://www.agence-littorale.example/en/depeches/2026/11/26/marseille-fos-dockers-begin-72-hour-strike"_s);
    QCOMPARE(entries.at(1).title, u"French port strike halts container traffic"_s);
    QCOMPARE(entries.at(1).publisher, u"Meridian Press Agency"_s);
    QCOMPARE(entries.at(2).title, u"Port of Marseille"_s);
    QCOMPARE(entries.at(2).publisher, u"Wikipedia"_s);
    QCOMPARE(entries.at(2).platform, u"wikipedia"_s);
    QCOMPARE(entries.at(3).title, u"National ports strategy 2025-2030"_s);
    QCOMPARE(entries.at(3).publisher, u"Ministry of Ecology"_s);
    QCOMPARE(entries.at(3).platform, u"document"_s);
}

void TestSourceListParser::markdownLinks()
{
    const QList<Entry> entries = SourceListParser::parse(
        u"## Sources\n"
        "- [Fos dockers’ union: strike from 6 a.m.](https://t.me/fosdockers_info/2741) — Fos Dockers’ Union\n"
        "- *Meridian Press Agency*: [French port strike halts container traffic](https://meridianpress.example/a)\n"
        "- [Port of Marseille (history)](https://en.wikipedia.org/wiki/Port_of_Marseille_(history))\n"_s);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).title, u"Fos dockers’ union: strike from 6 a.m."_s);
    QCOMPARE(entries.at(0).publisher, u"Fos Dockers’ Union"_s);
    QCOMPARE(entries.at(1).publisher, u"Meridian Press Agency"_s);
    QCOMPARE(entries.at(1).title, u"French port strike halts container traffic"_s);
    QCOMPARE(entries.at(2).url, u"https://en.wikipedia.org/wiki/Port_of_Marseille_(history)"_s);
}

void TestSourceListParser::htmlList()
{
    QVERIFY(SourceListParser::looksLikeHtml(u"<ul><li>x</li></ul>"_s));
    const QList<Entry> entries = SourceListParser::parse(
        u"<h3>Sources</h3><ol>"
        "<li><a href=\"https://www.agence-littorale.example/en/depeches/2026/11/26/fos-strike-talks\">Fos strike: "
        "dockers and terminal operators to resume talks</a> — Agence Littorale</li>"
        "<li>Marseille-Fos Port Authority: <a "
        "href=\"https://twitter.com/FosHarbourDesk/status/2125833249512884107?s=20\">"
        "eastern basins fully operational</a></li>"
        "<li><a href=\"javascript:void(0)\">Share</a></li>"
        "</ol>"_s);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).title, u"Fos strike: dockers and terminal operators to resume talks"_s);
    QCOMPARE(entries.at(0).publisher, u"Agence Littorale"_s);
    QCOMPARE(entries.at(1).publisher, u"Marseille-Fos Port Authority"_s);
    QCOMPARE(entries.at(1).canonicalUrl, u"https://x.com/fosharbourdesk/status/2125833249512884107"_s);
}

void TestSourceListParser::dedupesByCanonicalUrl()
{
    const QList<Entry> entries = SourceListParser::parse(
        u"https://mobile.twitter.com/FosHarbourDesk/status/2125833249512884107/photo/1\n"
        "Port authority post — @FosHarbourDesk, https://x.com/fosharbourdesk/status/2125833249512884107?s=46\n"
        "https://t.me/s/fosdockers_info/2741\nhttps://telegram.me/FosDockers_Info/2741\n"_s);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).url, u"https://mobile.twitter.com/FosHarbourDesk/status/2125833249512884107/photo/1"_s);
    QCOMPARE(entries.at(0).title, u"Port authority post"_s); // filled from the later spelling
    QCOMPARE(entries.at(0).publisher, u"@FosHarbourDesk"_s);
}

void TestSourceListParser::ignoresJunk()
{
    QVERIFY(SourceListParser::parse(QString()).isEmpty());
    QVERIFY(
        SourceListParser::parse(u"Sources\nWe spoke to three dockers at the picket line.\nmailto:desk@example.org"_s)
            .isEmpty());
    QString huge;
    for (int i = 0; i < 20000; ++i)
        huge += u"[[[(((<<<"_s;
    QVERIFY(SourceListParser::parse(huge).isEmpty());
}

QTEST_APPLESS_MAIN(TestSourceListParser)
#include "test_sourcelistparser.moc"
