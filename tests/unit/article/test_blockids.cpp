#include "blockids.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

class TestBlockIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void assignsValidUniqueIds();
    void keepsExistingIds();
    void editInsideBlockKeepsId();
    void splitGivesSecondPartNewId();
    void duplicatesFixedFirstKeeps();
    void invalidIdsReplaced();
    void structureNormalised_data();
    void structureNormalised();
    void changedIds();
    void hostileMarkupNeverSurvives();
};

static QStringList ids(const QList<BodyBlock> &blocks)
{
    QStringList list;
    for (const BodyBlock &b : blocks)
        list << b.id;
    return list;
}

void TestBlockIds::assignsValidUniqueIds()
{
    const QString body
        = u"<p>GENEVA — Talks resumed on Tuesday.</p><h2>What was agreed</h2>"
          u"<ul><li>A ceasefire</li><li>Aid corridors</li></ul><hr><blockquote><p>We are "
          u"close,</p></blockquote><figure><img src=\"https://example.org/a.jpg\" alt=\"Delegates\">"
          u"<figcaption>Delegates arrive</figcaption></figure><h3>Next steps</h3><ol><li>Vote</li></ol>"_s;
    const QList<BodyBlock> blocks = BlockIds::assign(body);
    QCOMPARE(blocks.size(), 8);
    const QStringList tags {u"p"_s, u"h2"_s, u"ul"_s, u"hr"_s, u"blockquote"_s, u"figure"_s, u"h3"_s, u"ol"_s};
    QSet<QString> seen;
    static const QRegularExpression pattern(u"^[a-z0-9]{8}$"_s);
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        QCOMPARE(blocks.at(i).tag, tags.at(i));
        QVERIFY2(pattern.match(blocks.at(i).id).hasMatch(), qPrintable(blocks.at(i).id));
        QVERIFY(!seen.contains(blocks.at(i).id));
        seen.insert(blocks.at(i).id);
        QVERIFY(blocks.at(i).html.contains(u"data-block=\""_s + blocks.at(i).id + u'"'));
    }
    QCOMPARE(
        blocks.at(0).html, u"<p data-block=\""_s + blocks.at(0).id + u"\">GENEVA — Talks resumed on Tuesday.</p>"_s);
    QCOMPARE(blocks.at(3).html, u"<hr data-block=\""_s + blocks.at(3).id + u"\">"_s);
}

void TestBlockIds::keepsExistingIds()
{
    const QString body = BlockIds::normalize(u"<p>One</p><p>Two</p><h2>Three</h2>");
    QCOMPARE(BlockIds::normalize(body), body); // canonical form is a fixed point
    const QList<BodyBlock> first = BlockIds::assign(body);
    const QList<BodyBlock> second = BlockIds::assign(body);
    QCOMPARE(ids(first), ids(second));
}

void TestBlockIds::editInsideBlockKeepsId()
{
    const QList<BodyBlock> before = BlockIds::assign(u"<p>The minister said</p><p>Second</p>");
    QString edited = BlockIds::join(before);
    edited.replace(u"The minister said"_s, u"The finance <em>minister</em> said on Monday"_s);
    const QList<BodyBlock> after = BlockIds::assign(edited);
    QCOMPARE(ids(after), ids(before));
    QCOMPARE(BlockIds::changedIds(before, after), QStringList {before.at(0).id});
}

void TestBlockIds::splitGivesSecondPartNewId()
{
    const QList<BodyBlock> before = BlockIds::assign(u"<p>First sentence. Second sentence.</p><p>Tail</p>");
    const QString id = before.at(0).id;
    // An editor splitting a paragraph copies its attributes to both halves.
    const QString split = u"<p data-block=\""_s + id + u"\">First sentence.</p><p data-block=\""_s + id
        + u"\">Second sentence.</p>"_s + before.at(1).html;
    const QList<BodyBlock> after = BlockIds::assign(split);
    QCOMPARE(after.size(), 3);
    QCOMPARE(after.at(0).id, id);
    QVERIFY(after.at(1).id != id);
    QVERIFY(BlockIds::isValidId(after.at(1).id));
    QCOMPARE(after.at(2).id, before.at(1).id);
    const QStringList changed = BlockIds::changedIds(before, after);
    QCOMPARE(changed, (QStringList {id, after.at(1).id}));
}

void TestBlockIds::duplicatesFixedFirstKeeps()
{
    const QString pasted = u"<p data-block=\"abcd1234\">A</p><p data-block=\"zzzz0000\">B</p>"
                           u"<p data-block=\"abcd1234\">A again</p><p data-block=\"zzzz0000\">B again</p>"_s;
    const QList<BodyBlock> blocks = BlockIds::assign(pasted);
    QCOMPARE(blocks.size(), 4);
    QCOMPARE(blocks.at(0).id, u"abcd1234"_s);
    QCOMPARE(blocks.at(1).id, u"zzzz0000"_s);
    QVERIFY(blocks.at(2).id != u"abcd1234"_s && blocks.at(2).id != u"zzzz0000"_s);
    QVERIFY(blocks.at(3).id != u"abcd1234"_s && blocks.at(3).id != u"zzzz0000"_s);
    QVERIFY(blocks.at(2).id != blocks.at(3).id);
    // Deterministic: the first occurrence keeps its id whatever run.
    QCOMPARE(BlockIds::assign(pasted).at(0).id, u"abcd1234"_s);
}

void TestBlockIds::invalidIdsReplaced()
{
    const QList<BodyBlock> blocks
        = BlockIds::assign(u"<p data-block=\"SHOUTING\">x</p><p data-block=\"a\">y</p><p data-block=\"\">z</p>");
    for (const BodyBlock &block : blocks)
        QVERIFY2(BlockIds::isValidId(block.id), qPrintable(block.id));
    QVERIFY(blocks.at(0).id != u"SHOUTING"_s);
}

void TestBlockIds::structureNormalised_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QStringList>("texts");
    QTest::newRow("loose text") << u"Breaking: <b>quake</b> hits coast"_s << QStringList {u"p"_s}
                                << QStringList {u"Breaking: quake hits coast"_s};
    QTest::newRow("h1 and h5") << u"<h1>Top</h1><h5>Small</h5>"_s << QStringList {u"h2"_s, u"h3"_s}
                               << QStringList {u"Top"_s, u"Small"_s};
    QTest::newRow("divs unwrapped") << u"<div><div><p>Inner</p>tail</div></div>"_s << QStringList {u"p"_s, u"p"_s}
                                    << QStringList {u"Inner"_s, u"tail"_s};
    QTest::newRow("whitespace and comments")
        << u"\n  <!-- x --> <p>Only</p>\n"_s << QStringList {u"p"_s} << QStringList {u"Only"_s};
    QTest::newRow("empty") << QString() << QStringList {} << QStringList {};
}

void TestBlockIds::structureNormalised()
{
    QFETCH(QString, input);
    QFETCH(QStringList, tags);
    QFETCH(QStringList, texts);
    const QList<BodyBlock> blocks = BlockIds::assign(input);
    QStringList gotTags, gotTexts;
    for (const BodyBlock &block : blocks) {
        gotTags << block.tag;
        gotTexts << BlockIds::plainText(block.html).trimmed();
    }
    QCOMPARE(gotTags, tags);
    QCOMPARE(gotTexts, texts);
}

void TestBlockIds::changedIds()
{
    const QList<BodyBlock> before = BlockIds::assign(u"<p>a</p><p>b</p><p>c</p>");
    QList<BodyBlock> after = before;
    after.removeAt(1);
    after.append(BlockIds::assign(u"<p>d</p>").constFirst());
    QCOMPARE(BlockIds::changedIds(before, after), (QStringList {after.at(2).id, before.at(1).id}));
    QVERIFY(BlockIds::changedIds(before, before).isEmpty());
}

void TestBlockIds::hostileMarkupNeverSurvives()
{
    const QString html = BlockIds::normalize(
        u"<p onclick=\"steal()\">Hi<script>alert(1)</script></p><script>bad()</script><style>p{}</style>"
        u"<iframe src=\"https://evil.example\"></iframe><p>\"quoted\" &amp; <x-y>custom</x-y></p>"_s);
    QVERIFY2(!html.contains(u"script"_s), qPrintable(html));
    QVERIFY(!html.contains(u"onclick"_s));
    QVERIFY(!html.contains(u"iframe"_s));
    QVERIFY(!html.contains(u"p{}"_s));
    QVERIFY(html.contains(u"&amp;"_s));
    QCOMPARE(BlockIds::assign(html).size(), 2);
}

QTEST_APPLESS_MAIN(TestBlockIds)
#include "test_blockids.moc"
