#include "bodytextconverter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

// Article body HTML ⇄ QTextDocument: golden round trips over every block kind, and block
// ids that survive typing, Enter-splits and pastes.
class TestBodyTextConverter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void exportIsIdempotent();
    void typingKeepsTheBlockId();
    void enterSplitGivesTheNewPartAFreshStableId_data();
    void enterSplitGivesTheNewPartAFreshStableId();
    void enterInAListKeepsOneListBlock();
    void duplicatedIdsFirstKeepsIt();
    void pastedBlocksGetFreshIds();
    void blocksWithoutIdGetOne();
    void formattingFromTheCursor();
    void hostileNestingDoesNotCrash();
    void emptyDocumentIsEmptyBody();

private:
    static QString readFile(const QString &path);
    static QStringList ids(const QString &html);
};

QString TestBodyTextConverter::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList TestBodyTextConverter::ids(const QString &html)
{
    QStringList list;
    static const QRegularExpression pattern(u"data-block=\"([^\"]*)\""_s);
    for (const auto &match : pattern.globalMatch(html))
        list << match.captured(1);
    return list;
}

void TestBodyTextConverter::roundTrip_data()
{
    QTest::addColumn<QString>("folder");
    const QDir root(QStringLiteral(WIREDESK_TEST_DATA) + u"/richtext/bodies"_s);
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 9);
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << root.filePath(name);
}

void TestBodyTextConverter::roundTrip()
{
    QFETCH(QString, folder);
    const QString input = readFile(folder + u"/input.html"_s);
    QVERIFY(!input.isEmpty());
    QString expected = QFile::exists(folder + u"/expected.html"_s) ? readFile(folder + u"/expected.html"_s) : input;
    expected = expected.trimmed();

    QTextDocument document;
    BodyTextConverter::load(&document, input);
    const QString actual = BodyTextConverter::toHtml(&document);
    if (actual != expected) {
        const QStringList want = expected.split(u'\n');
        const QStringList got = actual.split(u'\n');
        for (qsizetype i = 0; i < std::max(want.size(), got.size()); ++i) {
            const QString w = want.value(i);
            const QString g = got.value(i);
            if (w != g)
                qWarning().noquote() << "line" << i + 1 << "\n  expected:" << w << "\n  actual:  " << g;
        }
    }
    QCOMPARE(actual, expected);
}

void TestBodyTextConverter::exportIsIdempotent()
{
    const QString input = readFile(QStringLiteral(WIREDESK_TEST_DATA) + u"/richtext/bodies/loose-markup/input.html"_s);
    QTextDocument first;
    BodyTextConverter::load(&first, input);
    const QString once = BodyTextConverter::toHtml(&first);
    QTextDocument second;
    BodyTextConverter::load(&second, once);
    QCOMPARE(BodyTextConverter::toHtml(&second), once);
}

void TestBodyTextConverter::typingKeepsTheBlockId()
{
    QTextDocument document;
    BodyTextConverter::load(
        &document, u"<p data-block=\"aaaa0001\">Hello world</p>\n<p data-block=\"aaaa0002\">Second</p>"_s);
    QTextCursor cursor(document.findBlockByNumber(0));
    cursor.movePosition(QTextCursor::EndOfWord);
    cursor.insertText(u", dear"_s);
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.deletePreviousChar();
    QCOMPARE(BodyTextConverter::toHtml(&document),
        u"<p data-block=\"aaaa0001\">Hello, dear worl</p>\n<p data-block=\"aaaa0002\">Second</p>"_s);
}

void TestBodyTextConverter::enterSplitGivesTheNewPartAFreshStableId_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("end") << 11 << u"Hello world"_s << u""_s;
    QTest::newRow("middle") << 5 << u"Hello"_s << u" world"_s;
    QTest::newRow("start") << 0 << u""_s << u"Hello world"_s; // the id stays with the text
}

void TestBodyTextConverter::enterSplitGivesTheNewPartAFreshStableId()
{
    QFETCH(int, offset);
    QFETCH(QString, first);
    QFETCH(QString, second);
    QTextDocument document;
    BodyTextConverter::load(
        &document, u"<p data-block=\"aaaa0001\">Hello world</p>\n<p data-block=\"aaaa0002\">Next</p>"_s);
    QTextCursor cursor(&document);
    cursor.setPosition(offset);
    BodyTextConverter::splitBlock(&cursor);
    const QString html = BodyTextConverter::toHtml(&document);
    const QStringList blockIds = ids(html);
    QCOMPARE(blockIds.size(), 3);
    QCOMPARE(blockIds.at(2), u"aaaa0002"_s);
    const int kept = offset == 0 ? 1 : 0; // which part keeps aaaa0001: the one with the old text
    QCOMPARE(blockIds.at(kept), u"aaaa0001"_s);
    const QString fresh = blockIds.at(1 - kept);
    QVERIFY(BodyTextConverter::isValidBlockId(fresh));
    QVERIFY(fresh != u"aaaa0001"_s);
    QVERIFY2(html.startsWith(u"<p data-block=\""_s + blockIds.at(0) + u"\">"_s + first + u"</p>\n<p data-block=\""_s
                 + blockIds.at(1) + u"\">"_s + second + u"</p>"_s),
        qPrintable(html));
    // The fresh id is remembered: typing into the new block keeps it.
    cursor.insertText(u"typed"_s);
    QCOMPARE(ids(BodyTextConverter::toHtml(&document)), blockIds);
}

void TestBodyTextConverter::enterInAListKeepsOneListBlock()
{
    QTextDocument document;
    BodyTextConverter::load(&document, u"<ul data-block=\"cccc0001\"><li>one</li><li>two</li></ul>"_s);
    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock();
    cursor.insertText(u"three"_s);
    QCOMPARE(BodyTextConverter::toHtml(&document),
        u"<ul data-block=\"cccc0001\"><li>one</li><li>two</li><li>three</li></ul>"_s);
}

void TestBodyTextConverter::duplicatedIdsFirstKeepsIt()
{
    QTextDocument document;
    BodyTextConverter::load(&document, u"<p data-block=\"aaaa0001\">one</p><p data-block=\"aaaa0001\">two</p>"_s);
    const QStringList blockIds = ids(BodyTextConverter::toHtml(&document));
    QCOMPARE(blockIds.size(), 2);
    QCOMPARE(blockIds.at(0), u"aaaa0001"_s);
    QVERIFY(BodyTextConverter::isValidBlockId(blockIds.at(1)));
    QVERIFY(blockIds.at(1) != blockIds.at(0));
}

void TestBodyTextConverter::pastedBlocksGetFreshIds()
{
    const QString body = u"<p data-block=\"aaaa0001\">one</p>\n<p data-block=\"aaaa0002\">two</p>"_s;
    QTextDocument document;
    BodyTextConverter::load(&document, body);
    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock();
    BodyTextConverter::insertHtml(&cursor, body); // the same blocks pasted again
    const QStringList blockIds = ids(BodyTextConverter::toHtml(&document));
    QCOMPARE(blockIds.size(), 4);
    QCOMPARE(blockIds.mid(0, 2), (QStringList {u"aaaa0001"_s, u"aaaa0002"_s}));
    QCOMPARE(QSet<QString>(blockIds.begin(), blockIds.end()).size(), 4);
}

void TestBodyTextConverter::blocksWithoutIdGetOne()
{
    QTextDocument document;
    BodyTextConverter::load(&document, u"<p>one</p>loose <em>text</em><ul><li>x</li></ul><hr>"_s);
    const QString html = BodyTextConverter::toHtml(&document);
    const QStringList blockIds = ids(html);
    QCOMPARE(blockIds.size(), 4);
    for (const QString &id : blockIds)
        QVERIFY2(BodyTextConverter::isValidBlockId(id), qPrintable(id));
    QCOMPARE(QSet<QString>(blockIds.begin(), blockIds.end()).size(), 4);
    QVERIFY(html.contains(u"\">loose <em>text</em></p>"_s));
    QCOMPARE(BodyTextConverter::toHtml(&document), html); // stable from now on
}

void TestBodyTextConverter::formattingFromTheCursor()
{
    QTextDocument document;
    BodyTextConverter::load(&document, u"<p data-block=\"aaaa0001\">make this a heading</p>"_s);
    QTextCursor cursor(&document);
    BodyTextConverter::setBlockKind(&cursor, u"h2"_s);
    QCOMPARE(BodyTextConverter::toHtml(&document), u"<h2 data-block=\"aaaa0001\">make this a heading</h2>"_s);
    BodyTextConverter::setBlockKind(&cursor, u"blockquote"_s);
    QCOMPARE(BodyTextConverter::toHtml(&document),
        u"<blockquote data-block=\"aaaa0001\">make this a heading</blockquote>"_s);
    BodyTextConverter::setBlockKind(&cursor, u"p"_s);
    cursor.setPosition(5);
    cursor.setPosition(9, QTextCursor::KeepAnchor);
    cursor.mergeCharFormat(BodyTextConverter::linkFormat(u"https://example.org/?a=\"b\""_s));
    QCOMPARE(BodyTextConverter::toHtml(&document),
        u"<p data-block=\"aaaa0001\">make <a href=\"https://example.org/?a=&quot;b&quot;\">this</a> a heading</p>"_s);
    cursor.movePosition(QTextCursor::End);
    BodyTextConverter::insertFigure(&cursor, u"assets/a.jpg"_s, u"Alt"_s, u"Caption"_s);
    BodyTextConverter::insertHorizontalRule(&cursor);
    const QStringList lines = BodyTextConverter::toHtml(&document).split(u'\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY2(
        lines.at(1).endsWith(u"\"><img src=\"assets/a.jpg\" alt=\"Alt\"><figcaption>Caption</figcaption></figure>"_s),
        qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(u"<hr data-block="_s), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).endsWith(u"\"></p>"_s), qPrintable(lines.at(3)));
}

void TestBodyTextConverter::hostileNestingDoesNotCrash()
{
    QString html;
    for (int i = 0; i < 5000; ++i)
        html += u"<em><div>"_s;
    html += u"deep"_s;
    QTextDocument document;
    BodyTextConverter::load(&document, html);
    QVERIFY(!BodyTextConverter::toHtml(&document).contains(u"<div"_s));
}

void TestBodyTextConverter::emptyDocumentIsEmptyBody()
{
    QTextDocument document;
    BodyTextConverter::load(&document, u""_s);
    QCOMPARE(BodyTextConverter::toHtml(&document), QString());
}

QTEST_MAIN(TestBodyTextConverter) // fonts (heading sizes) need a QGuiApplication
#include "test_bodytextconverter.moc"
