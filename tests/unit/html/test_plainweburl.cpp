#include "plainweburl.h"

#include <QTest>
#include <QUrl>

#include <random>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

// PlainWebUrl lets the sanitizer skip QUrl; that is only right if QUrl would have given every
// accepted URL back unchanged, valid, http(s), with a host. Checked on hand-picked and on
// generated URLs; the generator must also produce URLs the check accepts.
class TestPlainWebUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isPlain_data();
    void isPlain();
    void generatedUrlsAgreeWithQUrl();
};

namespace {

// What the sanitizer's QUrl path would return for an absolute URL, or an empty string.
QString throughQUrl(const QString &text)
{
    const QUrl url(text);
    if (!url.isValid() || url.isRelative())
        return {};
    const QString scheme = url.scheme().toLower();
    if ((scheme != "http"_L1 && scheme != "https"_L1) || url.host().isEmpty())
        return {};
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

void TestPlainWebUrl::isPlain_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("plain");
    QTest::newRow("bench link") << u"https://ref.example/12345?utm_source=x"_s << true;
    QTest::newRow("no path") << u"https://news.example"_s << true;
    QTest::newRow("http") << u"http://a.b.example/x/y.html?q=1&r=2#frag"_s << true;
    QTest::newRow("delimiters") << u"https://x.example/a;b,c:d@e!f*g$h+i=j~k_l-m"_s << true;
    QTest::newRow("upper case path") << u"https://x.example/News/Story"_s << true;
    QTest::newRow("upper case host") << u"https://X.example/"_s << false;
    QTest::newRow("upper case scheme") << u"HTTPS://x.example/"_s << false;
    QTest::newRow("port") << u"https://x.example:443/"_s << false;
    QTest::newRow("user info") << u"https://u@x.example/"_s << false;
    QTest::newRow("ip address") << u"http://127.0.0.1/"_s << false;
    QTest::newRow("short ip address") << u"http://1.2.3/"_s << false;
    QTest::newRow("punycode") << u"https://xn--nxasmq6b.example/"_s << false;
    QTest::newRow("empty label") << u"https://a..example/"_s << false;
    QTest::newRow("trailing dot") << u"https://a.example./"_s << false;
    QTest::newRow("hyphen label") << u"https://-a.example/"_s << false;
    QTest::newRow("dot segment") << u"https://a.example/a/../b"_s << false;
    QTest::newRow("single dot segment") << u"https://a.example/./b"_s << false;
    QTest::newRow("percent") << u"https://a.example/a%20b"_s << false;
    QTest::newRow("space") << u"https://a.example/a b"_s << false;
    QTest::newRow("quote") << u"https://a.example/a\"b"_s << false;
    QTest::newRow("non-ascii") << u"https://a.example/ü"_s << false;
    QTest::newRow("two fragments") << u"https://a.example/#a#b"_s << false;
    QTest::newRow("query after host") << u"https://a.example?q"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("relative") << u"/a/b"_s << false;
    QTest::newRow("protocol relative") << u"//a.example/"_s << false;
    QTest::newRow("leading space") << u" https://a.example/"_s << false;
    QTest::newRow("tab inside") << u"https://a.exam\tple/"_s << false;
}

void TestPlainWebUrl::isPlain()
{
    QFETCH(QString, url);
    QFETCH(bool, plain);
    QCOMPARE(PlainWebUrl::isPlain(url), plain);
    if (plain)
        QCOMPARE(throughQUrl(url), url);
}

void TestPlainWebUrl::generatedUrlsAgreeWithQUrl()
{
    static const QStringList schemes {u"https://"_s, u"http://"_s, u"HTTP://"_s, u"ftp://"_s, u""_s};
    static const QStringList hosts {u"a.example"_s, u"news.example.com"_s, u"x-y.example"_s, u"1.2.3.4"_s,
        u"localhost"_s, u"A.example"_s, u"a.example:80"_s, u"a.b.c.d.e.example"_s, u"ex4mple.example"_s, u"a1"_s,
        u"-a.example"_s, u"a-.example"_s, u"xn--a.example"_s, u"a.0example"_s, u""_s};
    // Every printable ASCII character and a few others, so what the check allows is tested
    // against QUrl character by character.
    QString alphabet;
    for (char16_t c = 0x20; c < 0x7f; ++c)
        alphabet += QChar(c);
    alphabet += u"\u00e9\u00a0\t\n"_s;
    std::mt19937 rng(4242);
    int accepted = 0;
    constexpr int Count = 50000;
    for (int n = 0; n < Count; ++n) {
        QString url = schemes.at(rng() % schemes.size()) + hosts.at(rng() % hosts.size());
        if (rng() % 8 != 0) {
            url += u'/';
            const int length = int(rng() % 20);
            for (int k = 0; k < length; ++k) {
                // Mostly letters, so that most URLs are plain and each odd character is tried alone.
                url += rng() % 4 == 0 ? alphabet.at(rng() % alphabet.size()) : QChar(u'a' + char16_t(rng() % 26));
            }
        }
        if (!PlainWebUrl::isPlain(url))
            continue;
        ++accepted;
        if (throughQUrl(url) != url)
            QFAIL(qPrintable(u"accepted, but QUrl gives \""_s + throughQUrl(url) + u"\" for \""_s + url + u'"'));
    }
    qInfo("%d of %d generated URLs are plain", accepted, Count);
    QVERIFY(accepted > Count / 20);
}

QTEST_GUILESS_MAIN(TestPlainWebUrl)
#include "test_plainweburl.moc"
