// Every canonicalization rule of issue 5, one row each (grouped by rule), and the platform table.
#include "urlcanonicalizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

class TestUrlCanonicalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalize_data();
    void canonicalize();
    void isIdempotent_data() { canonicalize_data(); }
    void isIdempotent();
    void platform_data();
    void platform();
    void trackingParameters();
    void hostileInputs();
};

void TestUrlCanonicalizer::canonicalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const QString &input, const QString &expected) {
        QTest::newRow(name) << input << expected;
    };
    // Not URLs we check.
    row("empty", u""_s, u""_s);
    row("mailto", u"mailto:desk@example.org"_s, u""_s);
    row("ftp", u"ftp://files.example.org/report.pdf"_s, u""_s);
    row("javascript", u"javascript:alert(1)"_s, u""_s);
    // Scheme and host case, default ports, user info, IDN.
    row("scheme case", u"HTTPS://www.lemonde.fr/economie/"_s, u"https://www.lemonde.fr/economie"_s);
    row("host case", u"https://WWW.LeMonde.FR/economie"_s, u"https://www.lemonde.fr/economie"_s);
    row("https default port", u"https://www.lemonde.fr:443/economie"_s, u"https://www.lemonde.fr/economie"_s);
    row("http default port", u"http://www.ouest-france.fr:80/bretagne"_s, u"http://www.ouest-france.fr/bretagne"_s);
    row("other port kept", u"https://data.example.org:8443/api"_s, u"https://data.example.org:8443/api"_s);
    row("http kept", u"http://www.ouest-france.fr/bretagne"_s, u"http://www.ouest-france.fr/bretagne"_s);
    row("no scheme", u"www.lemonde.fr/economie"_s, u"https://www.lemonde.fr/economie"_s);
    row("protocol-relative", u"//www.lemonde.fr/economie"_s, u"https://www.lemonde.fr/economie"_s);
    row("user info dropped", u"https://editor:secret@cms.example.org/drafts/12"_s,
        u"https://cms.example.org/drafts/12"_s);
    row("trailing dot host", u"https://www.lemonde.fr./economie"_s, u"https://www.lemonde.fr/economie"_s);
    row("idn unicode", u"https://Bücher.example/neu"_s, u"https://xn--bcher-kva.example/neu"_s);
    row("idn punycode", u"https://xn--bcher-kva.example/neu"_s, u"https://xn--bcher-kva.example/neu"_s);
    row("surrounding spaces", u"  https://www.lemonde.fr/economie  "_s, u"https://www.lemonde.fr/economie"_s);
    // Percent-encoding.
    row("unicode path raw", u"https://www.faz.net/aktuell/wirtschaft/hafen-müll"_s,
        u"https://www.faz.net/aktuell/wirtschaft/hafen-m%C3%BCll"_s);
    row("unicode path lower hex", u"https://www.faz.net/aktuell/wirtschaft/hafen-m%c3%bcll"_s,
        u"https://www.faz.net/aktuell/wirtschaft/hafen-m%C3%BCll"_s);
    row("unreserved decoded", u"https://example.org/%7Ecorrespondent/%41rchive"_s,
        u"https://example.org/~correspondent/Archive"_s);
    row("sub-delims decoded", u"https://example.org/report%28final%29"_s, u"https://example.org/report(final)"_s);
    row("encoded slash kept", u"https://example.org/a%2fb"_s, u"https://example.org/a%2Fb"_s);
    row("space encoded", u"https://example.org/press release.pdf"_s, u"https://example.org/press%20release.pdf"_s);
    row("query unicode", u"https://www.lemonde.fr/recherche?q=grève"_s,
        u"https://www.lemonde.fr/recherche?q=gr%C3%A8ve"_s);
    row("query plus kept distinct", u"https://example.org/s?q=a+b&r=a%2Bb"_s, u"https://example.org/s?q=a+b&r=a%2Bb"_s);
    // Paths: dot segments, trailing slashes.
    row("trailing slash", u"https://www.lemonde.fr/economie/article/2026/11/26/greve/"_s,
        u"https://www.lemonde.fr/economie/article/2026/11/26/greve"_s);
    row("several trailing slashes", u"https://example.org/news//"_s, u"https://example.org/news"_s);
    row("root", u"https://www.lemonde.fr"_s, u"https://www.lemonde.fr/"_s);
    row("root slash", u"https://www.lemonde.fr/"_s, u"https://www.lemonde.fr/"_s);
    row("dot segments", u"https://example.org/news/./2026/../2025/port"_s, u"https://example.org/news/2025/port"_s);
    // Fragments.
    row("fragment", u"https://www.lemonde.fr/economie/greve#comments"_s, u"https://www.lemonde.fr/economie/greve"_s);
    row("empty fragment", u"https://www.lemonde.fr/economie/greve#"_s, u"https://www.lemonde.fr/economie/greve"_s);
    // Tracking parameters; the rest stays in order.
    row("utm_source", u"https://www.lemonde.fr/a?utm_source=twitter"_s, u"https://www.lemonde.fr/a"_s);
    row("utm mixed case", u"https://www.lemonde.fr/a?UTM_Medium=social&utm_campaign=x"_s,
        u"https://www.lemonde.fr/a"_s);
    row("fbclid", u"https://www.lemonde.fr/a?fbclid=IwAR0abc"_s, u"https://www.lemonde.fr/a"_s);
    row("gclid", u"https://shop.example.org/p?id=4&gclid=Cj0KCQ"_s, u"https://shop.example.org/p?id=4"_s);
    row("dclid", u"https://example.org/a?dclid=CjkKEQ"_s, u"https://example.org/a"_s);
    row("msclkid", u"https://example.org/a?msclkid=3f2a"_s, u"https://example.org/a"_s);
    row("mailchimp", u"https://example.org/a?mc_cid=abc&mc_eid=def"_s, u"https://example.org/a"_s);
    row("igshid", u"https://example.org/a?igshid=MzRlODBiNWFlZA=="_s, u"https://example.org/a"_s);
    row("ref_src ref_url", u"https://example.org/a?ref_src=twsrc%5Etfw&ref_url=https%3A%2F%2Fx.com"_s,
        u"https://example.org/a"_s);
    row("_ga", u"https://example.org/a?_ga=2.1234.5678"_s, u"https://example.org/a"_s);
    row("yclid", u"https://example.org/a?yclid=123"_s, u"https://example.org/a"_s);
    row("spm", u"https://example.org/a?spm=a2g0o.home"_s, u"https://example.org/a"_s);
    row("order kept", u"https://data.example.org/q?year=2026&utm_source=nl&port=fos&month=11"_s,
        u"https://data.example.org/q?year=2026&port=fos&month=11"_s);
    row("repeated keys kept", u"https://data.example.org/q?tag=ports&tag=labour"_s,
        u"https://data.example.org/q?tag=ports&tag=labour"_s);
    row("s kept off X", u"https://www.lemonde.fr/recherche?s=greve"_s, u"https://www.lemonde.fr/recherche?s=greve"_s);
    row("empty query", u"https://www.lemonde.fr/a?"_s, u"https://www.lemonde.fr/a"_s);
    // Mobile and AMP.
    row("m host", u"https://m.lefigaro.fr/economie/greve"_s, u"https://lefigaro.fr/economie/greve"_s);
    row("mobile host", u"https://mobile.reuters.com/article/port"_s, u"https://reuters.com/article/port"_s);
    row("amp host", u"https://amp.theguardian.com/world/2026/nov/26/port"_s,
        u"https://theguardian.com/world/2026/nov/26/port"_s);
    row("two-label m host kept", u"https://m.me/wiredesk"_s, u"https://m.me/wiredesk"_s);
    row("amp trailing segment", u"https://www.ouest-france.fr/bretagne/greve/amp/"_s,
        u"https://www.ouest-france.fr/bretagne/greve"_s);
    row("amp middle segment", u"https://www.example.com/amp/news/port-strike"_s,
        u"https://www.example.com/news/port-strike"_s);
    row("amp query flag", u"https://www.example.com/news/port-strike?amp"_s,
        u"https://www.example.com/news/port-strike"_s);
    row("amp query value", u"https://www.example.com/news/port-strike?amp=1&page=2"_s,
        u"https://www.example.com/news/port-strike?page=2"_s);
    row("outputType amp", u"https://www.example.com/news/port-strike?outputType=amp"_s,
        u"https://www.example.com/news/port-strike"_s);
    row("outputType other kept", u"https://www.example.com/news/port-strike?outputType=print"_s,
        u"https://www.example.com/news/port-strike?outputType=print"_s);
    row(".amp suffix", u"https://www.bbc.co.uk/news/world-europe-67501234.amp"_s,
        u"https://www.bbc.co.uk/news/world-europe-67501234"_s);
    row(".amp.html suffix", u"https://www.example.com/news/strike.amp.html"_s,
        u"https://www.example.com/news/strike.html"_s);
    row("amp cache", u"https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/port-strike?amp=1"_s,
        u"https://www.example.com/news/port-strike"_s);
    // X / Twitter.
    row("twitter.com status", u"https://twitter.com/FosHarbourDesk/status/2125833249512884107"_s,
        u"https://x.com/fosharbourdesk/status/2125833249512884107"_s);
    row("x.com status", u"https://x.com/FosHarbourDesk/status/2125833249512884107"_s,
        u"https://x.com/fosharbourdesk/status/2125833249512884107"_s);
    row("mobile.twitter.com", u"https://mobile.twitter.com/fosharbourdesk/status/2125833249512884107"_s,
        u"https://x.com/fosharbourdesk/status/2125833249512884107"_s);
    row("www.twitter.com http", u"http://www.twitter.com/FosHarbourDesk/status/2125833249512884107"_s,
        u"https://x.com/fosharbourdesk/status/2125833249512884107"_s);
    row("status photo", u"https://x.com/FosHarbourDesk/status/2125833249512884107/photo/1"_s,
        u"https://x.com/fosharbourdesk/status/2125833249512884107"_s);
    row("status video", u"https://x.com/FosHarbourDesk/status/2125833249512884107/video/1"_s,
        u"https://x.com/fosharbourdesk/status/2125833249512884107"_s);
    row("status share query", u"https://x.com/FosHarbourDesk/status/2125833249512884107?s=20&t=Zq3vXk"_s,
        u"https://x.com/fosharbourdesk/status/2125833249512884107"_s);
    row("statuses", u"https://twitter.com/FosHarbourDesk/statuses/2125833249512884107"_s,
        u"https://x.com/fosharbourdesk/status/2125833249512884107"_s);
    row("i web status", u"https://twitter.com/i/web/status/2125833249512884107"_s,
        u"https://x.com/i/web/status/2125833249512884107"_s);
    row("i status", u"https://x.com/i/status/2125833249512884107"_s,
        u"https://x.com/i/web/status/2125833249512884107"_s);
    row("hash-bang", u"https://twitter.com/#!/FosHarbourDesk/status/21258332495"_s,
        u"https://x.com/fosharbourdesk/status/21258332495"_s);
    row("profile", u"https://twitter.com/FosHarbourDesk"_s, u"https://x.com/fosharbourdesk"_s);
    row("fxtwitter mirror", u"https://fxtwitter.com/FosHarbourDesk/status/2125833249512884107"_s,
        u"https://x.com/fosharbourdesk/status/2125833249512884107"_s);
    row("x search keeps q", u"https://x.com/search?q=%23Fos&src=typed_query"_s, u"https://x.com/search?q=%23Fos"_s);
    // Telegram.
    row("t.me post", u"https://t.me/fosdockers_info/2741"_s, u"https://t.me/fosdockers_info/2741"_s);
    row("t.me web preview", u"https://t.me/s/fosdockers_info/2741"_s, u"https://t.me/fosdockers_info/2741"_s);
    row("telegram.me", u"https://telegram.me/fosdockers_info/2741"_s, u"https://t.me/fosdockers_info/2741"_s);
    row("telegram channel case", u"https://t.me/FosDockers_Info/2741"_s, u"https://t.me/fosdockers_info/2741"_s);
    row("telegram single", u"https://t.me/fosdockers_info/2741?single"_s, u"https://t.me/fosdockers_info/2741"_s);
    row("telegram embed", u"http://www.t.me/fosdockers_info/2741?embed=1"_s, u"https://t.me/fosdockers_info/2741"_s);
    row("telegram comment kept", u"https://t.me/fosdockers_info/2741?comment=118"_s,
        u"https://t.me/fosdockers_info/2741?comment=118"_s);
    row("telegram invite case kept", u"https://t.me/+AbCdEfGh123"_s, u"https://t.me/+AbCdEfGh123"_s);
    row("telegram private link", u"https://t.me/c/1234567890/55"_s, u"https://t.me/c/1234567890/55"_s);
    // Wikipedia.
    row("wikipedia desktop", u"https://en.wikipedia.org/wiki/Port_of_Marseille"_s,
        u"https://en.wikipedia.org/wiki/Port_of_Marseille"_s);
    row("wikipedia mobile", u"https://en.m.wikipedia.org/wiki/Port_of_Marseille"_s,
        u"https://en.wikipedia.org/wiki/Port_of_Marseille"_s);
    row("wikipedia spaces", u"https://en.wikipedia.org/wiki/Port of Marseille"_s,
        u"https://en.wikipedia.org/wiki/Port_of_Marseille"_s);
    row("wikipedia lower first", u"https://en.wikipedia.org/wiki/port_of_Marseille"_s,
        u"https://en.wikipedia.org/wiki/Port_of_Marseille"_s);
    row("wikipedia encoded", u"https://fr.wikipedia.org/wiki/Grand_port_maritime_de_Marseille%E2%80%93Fos"_s,
        u"https://fr.wikipedia.org/wiki/Grand_port_maritime_de_Marseille%E2%80%93Fos"_s);
    row("wikipedia raw unicode", u"https://fr.wikipedia.org/wiki/Grand_port_maritime_de_Marseille–Fos"_s,
        u"https://fr.wikipedia.org/wiki/Grand_port_maritime_de_Marseille%E2%80%93Fos"_s);
    row("wikipedia lower unicode first", u"https://de.wikipedia.org/wiki/überseehafen"_s,
        u"https://de.wikipedia.org/wiki/%C3%9Cberseehafen"_s);
    row("wikipedia parentheses", u"https://en.wikipedia.org/wiki/Fos_%28river%29"_s,
        u"https://en.wikipedia.org/wiki/Fos_(river)"_s);
    row("wikipedia index.php", u"https://en.wikipedia.org/w/index.php?title=Port_of_Marseille"_s,
        u"https://en.wikipedia.org/wiki/Port_of_Marseille"_s);
    row("wikipedia index.php spaces", u"https://en.wikipedia.org/w/index.php?title=port%20of%20Marseille"_s,
        u"https://en.wikipedia.org/wiki/Port_of_Marseille"_s);
    row("wikipedia oldid kept", u"https://en.wikipedia.org/w/index.php?title=port_of_Marseille&oldid=1187654321"_s,
        u"https://en.wikipedia.org/w/index.php?title=Port_of_Marseille&oldid=1187654321"_s);
    row("wikipedia section", u"https://en.wikipedia.org/wiki/Port_of_Marseille#History"_s,
        u"https://en.wikipedia.org/wiki/Port_of_Marseille"_s);
    row("wikipedia namespace", u"https://en.wikipedia.org/wiki/talk:port_of_Marseille"_s,
        u"https://en.wikipedia.org/wiki/Talk:Port_of_Marseille"_s);
    row("wikipedia http", u"http://en.wikipedia.org/wiki/Port_of_Marseille"_s,
        u"https://en.wikipedia.org/wiki/Port_of_Marseille"_s);
    // YouTube.
    row("youtube watch", u"https://www.youtube.com/watch?v=dQw4w9WgXcQ"_s,
        u"https://www.youtube.com/watch?v=dQw4w9WgXcQ"_s);
    row("youtube no www", u"https://youtube.com/watch?v=dQw4w9WgXcQ"_s,
        u"https://www.youtube.com/watch?v=dQw4w9WgXcQ"_s);
    row("youtube time", u"https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s"_s,
        u"https://www.youtube.com/watch?v=dQw4w9WgXcQ"_s);
    row("youtube v not first", u"https://www.youtube.com/watch?feature=share&v=dQw4w9WgXcQ&list=PL1"_s,
        u"https://www.youtube.com/watch?v=dQw4w9WgXcQ"_s);
    row("youtu.be", u"https://youtu.be/dQw4w9WgXcQ"_s, u"https://www.youtube.com/watch?v=dQw4w9WgXcQ"_s);
    row("youtu.be si", u"https://youtu.be/dQw4w9WgXcQ?si=Zx81_qLm&t=10"_s,
        u"https://www.youtube.com/watch?v=dQw4w9WgXcQ"_s);
    row("youtube mobile", u"https://m.youtube.com/watch?v=dQw4w9WgXcQ"_s,
        u"https://www.youtube.com/watch?v=dQw4w9WgXcQ"_s);
    row("youtube shorts", u"https://www.youtube.com/shorts/aB3dE5gH7jK"_s,
        u"https://www.youtube.com/watch?v=aB3dE5gH7jK"_s);
    row("youtube embed", u"https://www.youtube.com/embed/dQw4w9WgXcQ?start=30"_s,
        u"https://www.youtube.com/watch?v=dQw4w9WgXcQ"_s);
    row("youtube nocookie", u"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"_s,
        u"https://www.youtube.com/watch?v=dQw4w9WgXcQ"_s);
    row("youtube live", u"https://www.youtube.com/live/dQw4w9WgXcQ?feature=share"_s,
        u"https://www.youtube.com/watch?v=dQw4w9WgXcQ"_s);
    row("youtube id case kept", u"https://youtu.be/DQW4W9WGXCQ"_s, u"https://www.youtube.com/watch?v=DQW4W9WGXCQ"_s);
    row("youtube handle", u"https://www.youtube.com/@PortDeMarseille/videos"_s,
        u"https://www.youtube.com/@portdemarseille/videos"_s);
    row("youtube playlist", u"https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG&si=abc"_s,
        u"https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG"_s);
    // Mastodon.
    row("mastodon status", u"https://mastodon.social/@PortWatch/113547281904512345"_s,
        u"https://mastodon.social/@portwatch/113547281904512345"_s);
    row("mastodon users statuses", u"https://mastodon.social/users/PortWatch/statuses/113547281904512345"_s,
        u"https://mastodon.social/@portwatch/113547281904512345"_s);
    row("mastodon web", u"https://mastodon.social/web/@PortWatch/113547281904512345"_s,
        u"https://mastodon.social/@portwatch/113547281904512345"_s);
    row("mastodon own domain", u"https://mastodon.social/@PortWatch@mastodon.social/113547281904512345"_s,
        u"https://mastodon.social/@portwatch/113547281904512345"_s);
    row("mastodon remote account", u"https://mastodon.social/@Editor@Journa.Host/113547281904512345"_s,
        u"https://mastodon.social/@editor@journa.host/113547281904512345"_s);
    row("mastodon unknown instance", u"https://social.example-port.fr/@Capitainerie/113547281904512345?ref=share"_s,
        u"https://social.example-port.fr/@capitainerie/113547281904512345"_s);
    row("mastodon handle", u"@PortWatch@Mastodon.Social"_s, u"https://mastodon.social/@portwatch"_s);
    row("mastodon profile", u"https://mastodon.social/@PortWatch/"_s, u"https://mastodon.social/@portwatch"_s);
    row("medium not mastodon", u"https://medium.com/@PortWatch/why-fos-matters-5b1f2c"_s,
        u"https://medium.com/@PortWatch/why-fos-matters-5b1f2c"_s);
    // Facebook.
    row("facebook m", u"https://m.facebook.com/PortDeMarseille/posts/pfbid02abc"_s,
        u"https://www.facebook.com/portdemarseille/posts/pfbid02abc"_s);
    row("facebook mbasic", u"https://mbasic.facebook.com/story.php?story_fbid=1029384756&id=100064&__tn__=R"_s,
        u"https://www.facebook.com/story.php?story_fbid=1029384756&id=100064"_s);
    row("facebook web", u"https://web.facebook.com/watch?v=882211&mibextid=Nif5oz"_s,
        u"https://www.facebook.com/watch?v=882211"_s);
    // Instagram.
    row("instagram post", u"https://www.instagram.com/p/C0aBcDeFgHi/?igsh=MWQ1ZGUxMzBkMA=="_s,
        u"https://www.instagram.com/p/C0aBcDeFgHi"_s);
    row("instagram user post", u"https://instagram.com/portdemarseille/p/C0aBcDeFgHi/"_s,
        u"https://www.instagram.com/p/C0aBcDeFgHi"_s);
    row("instagram reels", u"https://www.instagram.com/reels/C0aBcDeFgHi/"_s,
        u"https://www.instagram.com/reel/C0aBcDeFgHi"_s);
    row("instagram profile", u"https://www.instagram.com/PortDeMarseille/"_s,
        u"https://www.instagram.com/portdemarseille"_s);
}

void TestUrlCanonicalizer::canonicalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(UrlCanonicalizer::canonicalize(input), expected);
}

void TestUrlCanonicalizer::isIdempotent()
{
    QFETCH(QString, expected);
    QCOMPARE(UrlCanonicalizer::canonicalize(expected), expected);
}

void TestUrlCanonicalizer::platform_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("platform");
    QTest::newRow("x") << u"https://twitter.com/FosHarbourDesk/status/2125833249512884107"_s << u"x"_s;
    QTest::newRow("telegram") << u"https://telegram.me/s/fosdockers_info/2741"_s << u"telegram"_s;
    QTest::newRow("mastodon known") << u"https://mastodon.social/@portwatch"_s << u"mastodon"_s;
    QTest::newRow("mastodon handle") << u"@portwatch@mastodon.social"_s << u"mastodon"_s;
    QTest::newRow("mastodon by shape") << u"https://social.example-port.fr/@capitainerie/113547281904512345"_s
                                       << u"mastodon"_s;
    QTest::newRow("youtube") << u"https://youtu.be/dQw4w9WgXcQ"_s << u"youtube"_s;
    QTest::newRow("wikipedia") << u"https://fr.m.wikipedia.org/wiki/Fos-sur-Mer"_s << u"wikipedia"_s;
    QTest::newRow("gov") << u"https://www.whitehouse.gov/briefing-room/"_s << u"official"_s;
    QTest::newRow("gouv.fr") << u"https://www.bouches-du-rhone.gouv.fr/Actualites"_s << u"official"_s;
    QTest::newRow("gov.uk") << u"https://www.gov.uk/government/news"_s << u"official"_s;
    QTest::newRow("europa.eu") << u"https://ec.europa.eu/commission/presscorner/home/en"_s << u"official"_s;
    QTest::newRow("un.org") << u"https://news.un.org/en/story/2026/11/1150001"_s << u"official"_s;
    QTest::newRow("admin.ch") << u"https://www.admin.ch/gov/en/start.html"_s << u"official"_s;
    QTest::newRow("int") << u"https://www.who.int/news"_s << u"official"_s;
    QTest::newRow("pdf") << u"https://www.marseille-port.fr/sites/default/files/rapport-annuel-2025.PDF"_s
                         << u"document"_s;
    QTest::newRow("docx") << u"https://example.org/statement.docx?download=1"_s << u"document"_s;
    QTest::newRow("pdf on gov") << u"https://www.ecologie.gouv.fr/sites/default/files/plan-ports.pdf"_s
                                << u"document"_s;
    QTest::newRow("wire") << u"https://www.reuters.com/world/europe/french-port-strike-2026-11-26/"_s << u"wire"_s;
    QTest::newRow("wire ap") << u"https://apnews.com/article/france-port-strike-0a1b2c"_s << u"wire"_s;
    QTest::newRow("other") << u"https://www.lemonde.fr/economie/"_s << u"other"_s;
    QTest::newRow("gov lookalike") << u"https://gov.example.com/news"_s << u"other"_s;
    QTest::newRow("not a url") << u"mailto:desk@example.org"_s << u"other"_s;
}

void TestUrlCanonicalizer::platform()
{
    QFETCH(QString, url);
    QFETCH(QString, platform);
    QCOMPARE(UrlCanonicalizer::platformOf(url), platform);
}

void TestUrlCanonicalizer::trackingParameters()
{
    QVERIFY(UrlCanonicalizer::isTrackingParameter(u"utm_content"_s, u"example.org"_s));
    QVERIFY(UrlCanonicalizer::isTrackingParameter(u"s"_s, u"x.com"_s));
    QVERIFY(!UrlCanonicalizer::isTrackingParameter(u"s"_s, u"example.org"_s));
    QVERIFY(UrlCanonicalizer::isTrackingParameter(u"si"_s, u"youtu.be"_s));
    QVERIFY(!UrlCanonicalizer::isTrackingParameter(u"si"_s, u"example.org"_s));
    QVERIFY(!UrlCanonicalizer::isTrackingParameter(u"id"_s, u"example.org"_s));
    QCOMPARE(UrlCanonicalizer::siteOf(u"https://WWW.LeMonde.fr/a"_s), u"lemonde.fr"_s);
    QVERIFY(UrlCanonicalizer::hostMatches(u"news.example.org"_s, u"example.org"_s));
    QVERIFY(!UrlCanonicalizer::hostMatches(u"badexample.org"_s, u"example.org"_s));
}

void TestUrlCanonicalizer::hostileInputs()
{
    const QStringList inputs {u"https://"_s, u"http://[::1"_s, u"https://example.org/%"_s,
        u"https://example.org/%zz%4"_s, u"https://example.org/"_s + QString(200000, u'a'), u"https://ex ample.org/"_s,
        QString(1, QChar(0)), u"https://example.org/?&&=&a==b&&"_s, u"https://x.com/"_s + QString(5000, u'/'),
        u"https://t.me/s/"_s, u"https://en.wikipedia.org/wiki/"_s, u"https://youtu.be/"_s,
        u"https://www-x-com.cdn.ampproject.org/c/s/"_s,
        u"https://a.cdn.ampproject.org/c/s/b.cdn.ampproject.org/c/s/c.cdn.ampproject.org/c/s/d.example/x"_s, u"@@@"_s,
        u"https://example.org/\u2028\u0085"_s};
    for (const QString &input : inputs) {
        const QString once = UrlCanonicalizer::canonicalize(input);
        QCOMPARE(UrlCanonicalizer::canonicalize(once), once);
        UrlCanonicalizer::platformOf(input); // must not crash
    }
    QCOMPARE(UrlCanonicalizer::canonicalize(u"https://example.org/%zz"_s), u"https://example.org/%25zz"_s);
}

QTEST_APPLESS_MAIN(TestUrlCanonicalizer)
#include "test_urlcanonicalizer.moc"
