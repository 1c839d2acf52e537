#include "feedparser.h"
#include "htmlsanitizer.h"
#include "simplehtmlfragment.h"

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

#include <random>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

// HtmlSanitizer's fast path (SimpleHtmlFragment instead of gumbo) must give byte-identical
// sanitized HTML and plain text (sanitize() and plainText()) whenever it accepts an input. Compared over every HTML
// input in tests/data (sanitizer cases, pages, feed item bodies) and generated fragments, and the test counts
// acceptances so it fails if the fast path quietly stops running.
class TestSimpleHtmlFragment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void sameAsGumboOnTestData();
    void sameAsGumboOnGeneratedFragments();
};

namespace {

const QUrl Base(u"https://news.example/world/story.html"_s);

struct Mismatch {
    QString what;
    QString fast;
    QString gumbo;
};

// Compares both paths for both schemas, with and without a base URL. Returns whether the
// fast path accepted the input; a difference goes to @p mismatch.
bool compareBothPaths(const QString &html, std::optional<Mismatch> &mismatch)
{
    if (!SimpleHtmlFragment(html.toUtf8()).isValid())
        return false;
    HtmlSanitizer gumboOnly;
    gumboOnly.setFastPathEnabled(false);
    const QString gumboPlain = gumboOnly.plainTextOf(html);
    if (HtmlSanitizer::plainText(html) != gumboPlain) {
        mismatch = Mismatch {u"plainText()"_s, HtmlSanitizer::plainText(html), gumboPlain};
        return true;
    }
    for (const auto schema : {HtmlSanitizer::Schema::Wire, HtmlSanitizer::Schema::Article}) {
        for (const bool withBase : {false, true}) {
            HtmlSanitizer fast(schema);
            HtmlSanitizer gumbo(schema);
            gumbo.setFastPathEnabled(false);
            if (withBase) {
                fast.setBaseUrl(Base);
                gumbo.setBaseUrl(Base);
            }
            QString fastText;
            QString gumboText;
            const QString fastHtml = fast.sanitize(html, &fastText);
            const QString gumboHtml = gumbo.sanitize(html, &gumboText);
            const QString where = (schema == HtmlSanitizer::Schema::Wire ? u"wire"_s : u"article"_s)
                + (withBase ? u" with base"_s : QString());
            if (fastHtml != gumboHtml) {
                mismatch = Mismatch {u"html, "_s + where, fastHtml, gumboHtml};
                return true;
            }
            if (fastText != gumboText) {
                mismatch = Mismatch {u"plain text, "_s + where, fastText, gumboText};
                return true;
            }
        }
    }
    return true;
}

QString readUtf8(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Every HTML input in tests/data: .html files as they are, and the item bodies and summaries
// of every feed the feed parser reads there.
QList<std::pair<QString, QString>> testDataInputs()
{
    QList<std::pair<QString, QString>> inputs;
    const QString root = QStringLiteral(WIREDESK_TEST_DATA);
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = path.mid(root.size() + 1);
        if (path.endsWith(".html"_L1)) {
            inputs.append({name, readUtf8(path)});
            continue;
        }
        if (!name.startsWith("feeds/"_L1) && !name.startsWith("ingest/"_L1))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > 8 * 1024 * 1024)
            continue;
        const ParsedFeed feed = FeedParser::parse(file.readAll(), ParseContext {Base, QString(), QDateTime()});
        for (qsizetype i = 0; i < feed.items.size(); ++i) {
            const WireItem &item = feed.items.at(i);
            if (!item.contentHtml.isEmpty())
                inputs.append({u"%1 item %2 body"_s.arg(name).arg(i), item.contentHtml});
            if (!item.summary.isEmpty())
                inputs.append({u"%1 item %2 summary"_s.arg(name).arg(i), item.summary});
        }
    }
    return inputs;
}

// A wire body as bench_ingest generates them.
QString benchBody()
{
    return u"<p>Officials said the port strike ended &amp; <a href=\"https://ref.example/42?utm_source=x\">more</a>."
           "</p><p>Talks resume &amp; <a href=\"https://ref.example/43?utm_source=x\">more</a>.</p>"_s;
}

// Pieces of markup, in and outside the fast path's subset, that fragments are made of.
const QStringList &pieces()
{
    static const QStringList list {
        u"text"_s,
        u"Ünïcödé ✓ 😀"_s,
        u" "_s,
        u"\n"_s,
        u"\t"_s,
        u"  \n "_s,
        u"&amp;"_s,
        u"&lt;"_s,
        u"&gt;"_s,
        u"&quot;"_s,
        u"&apos;"_s,
        u"&nbsp;"_s,
        u"&mdash;"_s,
        u"&hellip;"_s,
        u"&shy;"_s,
        u"&#65;"_s,
        u"&#x1F600;"_s,
        u"&#X41;"_s,
        u"&#128;"_s,
        u"&#0;"_s,
        u"&#13;"_s,
        u"&#xD800;"_s,
        u"&#9;"_s,
        u"&#65"_s,
        u"&notit;"_s,
        u"&copy 2026"_s,
        u"&unknown;"_s,
        u"AT&T"_s,
        u"& "_s,
        u"&"_s,
        u"a < b"_s,
        u">"_s,
        u"\r\n"_s,
        u"\u0001"_s,
        u"\u0085"_s,
        u"\ufeff"_s,
        u"\ufffe"_s,
        u"<!-- c -->"_s,
        u"<!doctype html>"_s,
        u"<?php ?>"_s,
        u"<br>"_s,
        u"<br/>"_s,
        u"<br />"_s,
        u"</br>"_s,
        u"<hr>"_s,
        u"<img src=\"pic.png\" alt=\"A &amp; B\" width=\"20\">"_s,
        u"<img src='https://i.example/x.png'/>"_s,
        u"<img alt=x>"_s,
        u"<p/>"_s,
        u"<table><tr><td>cell</td></tr></table>"_s,
        u"<script>alert(1)</script>"_s,
        u"<style>p{}</style>"_s,
        u"<pre>\nx</pre>"_s,
    };
    return list;
}

struct Element {
    const char *start;
    const char *end;
};

// Start tags (with attribute variants) and their end tags.
const std::vector<Element> &elements()
{
    static const std::vector<Element> list {
        {"<p>", "</p>"},
        {"<P>", "</p>"},
        {"<p dir=\"rtl\">", "</P >"},
        {"<p class=lead id='x' data-x=\"1\">", "</p>"},
        {"<p\ndir=auto>", "</p>"},
        {"<h1>", "</h1>"},
        {"<h2>", "</h2>"},
        {"<h3 dir=ltr>", "</h3>"},
        {"<h6>", "</h6>"},
        {"<div>", "</div>"},
        {"<div dir=rtl>", "</div>"},
        {"<blockquote>", "</blockquote>"},
        {"<ul>", "</ul>"},
        {"<ol>", "</ol>"},
        {"<li>", "</li>"},
        {"<a href=\"https://a.example/x?y=1&amp;z=2\">", "</a>"},
        {"<a href=\"https://ref.example/1?utm_source=x&utm_medium=feed\">", "</a>"},
        {"<a href=/relative title=\"T &quot;q&quot;\">", "</a>"},
        {"<a href='HTTPS://Mixed.Example:443/a%20b/../c'>", "</a>"},
        {"<a href=\"https://ex.example/ü?q=a b#f\">", "</a>"},
        {"<a href=\"javascript:alert(1)\">", "</a>"},
        {"<a href=\"java&#x09;script:x\">", "</a>"},
        {"<a href=\"mailto:desk@news.example\">", "</a>"},
        {"<a href=\"//cdn.example/x\">", "</a>"},
        {"<a href=\"https://x.example/\" href=\"https://y.example/\">", "</a>"},
        {"<a name=x>", "</a>"},
        {"<a href=\"https://x.example/\" onclick=\"x()\">", "</a>"},
        {"<b>", "</b>"},
        {"<B>", "</b>"},
        {"<i>", "</i>"},
        {"<em>", "</em>"},
        {"<strong>", "</strong>"},
        {"<code>", "</code>"},
        {"<u>", "</u>"},
        {"<s>", "</s>"},
        {"<small>", "</small>"},
        {"<sub>", "</sub>"},
        {"<sup>", "</sup>"},
        {"<mark>", "</mark>"},
        {"<abbr title=\"World Health Organization\">", "</abbr>"},
        {"<cite>", "</cite>"},
        {"<q>", "</q>"},
        {"<span>", "</span>"},
        {"<span data-sources=\"src1 src2\">", "</span>"},
        {"<time datetime=\"2026-11-27\">", "</time>"},
        {"<font>", "</font>"},
        {"<section>", "</section>"},
        {"<table>", "</table>"},
        {"<td>", "</td>"},
        {"<dl>", "</dl>"},
        {"<pre>", "</pre>"},
        {"<textarea>", "</textarea>"},
    };
    return list;
}

// A random tree of elements with text between; mostly well-formed, sometimes a nesting the
// fast path must refuse, sometimes a broken end tag or a piece outside the subset.
void generate(std::mt19937 &rng, QString &out, int depth)
{
    const int children = int(rng() % 4);
    for (int c = 0; c < children; ++c) {
        const unsigned roll = rng() % 10;
        if (roll < 4 || depth >= 5) {
            out += pieces().at(rng() % (roll < 3 ? 12 : pieces().size()));
        } else {
            const Element &e = elements().at(rng() % elements().size());
            out += QString::fromUtf8(e.start);
            generate(rng, out, depth + 1);
            if (rng() % 40 != 0)
                out += QString::fromUtf8(e.end);
        }
    }
}

} // namespace

void TestSimpleHtmlFragment::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSimpleHtmlFragment::accepts_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("bench body") << benchBody();
    QTest::newRow("plain text") << u"Just text, no markup."_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("paragraphs and lists")
        << u"<h2>Title</h2>\n<p>One <b>bold</b> <i>word</i>.</p>\n<ul>\n <li>a</li>\n <li><p>b</p></li>\n</ul>"_s;
    QTest::newRow("attributes of all quotings")
        << u"<p dir=rtl><a href='https://a.example/' title=\"t\">x</a><img src=https://i.example/a.png alt=\"\"></p>"_s;
    QTest::newRow("references") << u"&lt;&gt;&quot;&#65;&#x263A;&nbsp;AT&T & co &utm=1"_s;
    QTest::newRow("upper case tags") << u"<P><STRONG>x</STRONG></P>"_s;
    QTest::newRow("void forms") << u"a<br>b<br/>c<br />d<hr>"_s;
}

void TestSimpleHtmlFragment::accepts()
{
    QFETCH(QString, html);
    QVERIFY(SimpleHtmlFragment(html.toUtf8()).isValid());
    std::optional<Mismatch> mismatch;
    QVERIFY(compareBothPaths(html, mismatch));
    if (mismatch)
        QFAIL(qPrintable(mismatch->what + u"\nfast:  "_s + mismatch->fast + u"\ngumbo: "_s + mismatch->gumbo));
}

void TestSimpleHtmlFragment::rejects_data()
{
    // Each of these makes an HTML5 parser do something other than nest what was written.
    QTest::addColumn<QString>("html");
    QTest::newRow("block in p") << u"<p><div>x</div></p>"_s;
    QTest::newRow("p in p") << u"<p>a<p>b</p></p>"_s;
    QTest::newRow("heading in heading") << u"<h2><h3>x</h3></h2>"_s;
    QTest::newRow("block in inline") << u"<b><p>x</p></b>"_s;
    QTest::newRow("a in a") << u"<a href=x><b><a href=y>z</a></b></a>"_s;
    QTest::newRow("b in b") << u"<b><b>x</b></b>"_s;
    QTest::newRow("misnested") << u"<b><i>x</b></i>"_s;
    QTest::newRow("unclosed") << u"<p>x"_s;
    QTest::newRow("stray end tag") << u"x</p>"_s;
    QTest::newRow("br end tag") << u"x</br>"_s;
    QTest::newRow("self-closing p") << u"<p/>x"_s;
    QTest::newRow("li outside list") << u"<li>x</li>"_s;
    QTest::newRow("text in list") << u"<ul>x<li>y</li></ul>"_s;
    QTest::newRow("comment") << u"<p>a<!-- b --></p>"_s;
    QTest::newRow("less-than in text") << u"a < b"_s;
    QTest::newRow("carriage return") << u"a\r\nb"_s;
    QTest::newRow("NUL") << u"a\u0000b"_s;
    QTest::newRow("C1 control") << u"a\u0085b"_s;
    QTest::newRow("legacy reference") << u"&copy 2026"_s;
    QTest::newRow("prefix reference") << u"&notit;"_s;
    QTest::newRow("unknown reference") << u"&foo;"_s;
    QTest::newRow("numeric without semicolon") << u"&#65 x"_s;
    QTest::newRow("numeric C1") << u"&#128;"_s;
    QTest::newRow("duplicate attribute") << u"<a href=x href=y>z</a>"_s;
    QTest::newRow("script") << u"<script>x</script>"_s;
    QTest::newRow("table") << u"<table><tr><td>x</td></tr></table>"_s;
    QString manyAttributes = u"<p"_s;
    for (int a = 0; a < 17; ++a)
        manyAttributes += u" a%1=x"_s.arg(a);
    QTest::newRow("too many attributes") << manyAttributes + u">x</p>"_s;
    QTest::newRow("too deep") << u"<span>"_s.repeated(65) + u"x"_s + u"</span>"_s.repeated(65);
}

void TestSimpleHtmlFragment::rejects()
{
    QFETCH(QString, html);
    QVERIFY(!SimpleHtmlFragment(html.toUtf8()).isValid());
}

void TestSimpleHtmlFragment::sameAsGumboOnTestData()
{
    const auto inputs = testDataInputs();
    QVERIFY2(inputs.size() >= 250, qPrintable(QString::number(inputs.size())));
    int accepted = 0;
    int feedBodies = 0;
    int feedBodiesAccepted = 0;
    int sanitizerInputs = 0;
    int sanitizerInputsAccepted = 0;
    for (const auto &[name, html] : inputs) {
        std::optional<Mismatch> mismatch;
        const bool ok = compareBothPaths(html, mismatch);
        if (mismatch)
            QFAIL(qPrintable(
                name + u": "_s + mismatch->what + u"\nfast:  "_s + mismatch->fast + u"\ngumbo: "_s + mismatch->gumbo));
        accepted += ok ? 1 : 0;
        if (name.contains(" item "_L1)) {
            ++feedBodies;
            feedBodiesAccepted += ok ? 1 : 0;
        } else if (name.startsWith("sanitizer/"_L1) && name.endsWith("/input.html"_L1)) {
            ++sanitizerInputs;
            sanitizerInputsAccepted += ok ? 1 : 0;
        }
    }
    qInfo("fast path accepted %d of %lld test data inputs: %d of %d feed bodies and summaries, %d of %d hostile "
          "sanitizer inputs, the rest are other pages and expected outputs",
        accepted, qlonglong(inputs.size()), feedBodiesAccepted, feedBodies, sanitizerInputsAccepted, sanitizerInputs);
    QVERIFY(accepted >= 50);
    QVERIFY(feedBodiesAccepted >= 20);
}

void TestSimpleHtmlFragment::sameAsGumboOnGeneratedFragments()
{
    std::mt19937 rng(20261127);
    constexpr int Count = 20000;
    int accepted = 0;
    for (int n = 0; n < Count; ++n) {
        QString html;
        generate(rng, html, 0);
        std::optional<Mismatch> mismatch;
        accepted += compareBothPaths(html, mismatch) ? 1 : 0;
        if (mismatch)
            QFAIL(qPrintable(u"input: "_s + html + u"\n"_s + mismatch->what + u"\nfast:  "_s + mismatch->fast
                + u"\ngumbo: "_s + mismatch->gumbo));
    }
    qInfo("fast path accepted %d of %d generated fragments", accepted, Count);
    QVERIFY(accepted >= Count / 10);
    QVERIFY(accepted <= Count * 9 / 10); // the generator must also produce what it refuses
}

QTEST_GUILESS_MAIN(TestSimpleHtmlFragment)
#include "test_simplehtmlfragment.moc"
