#include "feeddecoder.h"

#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

QByteArray encode(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

const QString russian = u"Паводок: уровень воды в Волге поднялся"_s;
const QString portuguese = u"Câmara aprova orçamento — habitação"_s;

} // namespace

class TestFeedDecoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
    void canonicalNames_data();
    void canonicalNames();
    void windows1251IsAvailable();
    void garbageBeforeDocumentIsDropped();
    void controlCharactersAreRemoved();
};

void TestFeedDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("expectedText");     // must appear in the decoded text
    QTest::addColumn<QString>("expectedEncoding"); // exact ParsedFeed::encoding

    const QString xml = u"<?xml version=\"1.0\" encoding=\"%1\"?><rss><title>%2</title></rss>"_s;
    const QString bare = u"<rss><title>%1</title></rss>"_s;

    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + bare.arg(russian).toUtf8() << QString() << russian
                               << u"utf-8 (bom)"_s;
    QTest::newRow("bom beats header") << QByteArray("\xEF\xBB\xBF") + bare.arg(russian).toUtf8()
                                      << u"text/xml; charset=windows-1251"_s << russian
                                      << u"utf-8 (bom); http header said windows-1251"_s;
    QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE") + encode(bare.arg(russian), "utf-16le") << QString()
                                  << russian << u"utf-16le (bom)"_s;
    QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF") + encode(bare.arg(russian), "utf-16be") << QString()
                                  << russian << u"utf-16be (bom)"_s;
    QTest::newRow("utf-16le without bom") << encode(bare.arg(russian), "utf-16le") << QString() << russian
                                          << u"utf-16le (detected from zero bytes, no bom)"_s;
    QTest::newRow("prolog utf-8") << xml.arg(u"UTF-8"_s, russian).toUtf8() << QString() << russian
                                  << u"utf-8 (xml prolog)"_s;
    QTest::newRow("prolog windows-1251") << encode(xml.arg(u"windows-1251"_s, russian), "windows-1251") << QString()
                                         << russian << u"windows-1251 (xml prolog)"_s;
    QTest::newRow("lying prolog, header right")
        << encode(xml.arg(u"utf-8"_s, russian), "windows-1251") << u"application/rss+xml; charset=windows-1251"_s
        << russian << u"windows-1251 (http header; prolog said utf-8 but bytes are not valid UTF-8)"_s;
    QTest::newRow("cp-1251 header label")
        << encode(bare.arg(russian), "windows-1251") << u"text/xml; charset=\"cp-1251\""_s << russian
        << u"windows-1251 (http header)"_s;
    QTest::newRow("header says 1251 but bytes are utf-8")
        << bare.arg(russian).toUtf8() << u"text/xml; charset=cp1251"_s << russian
        << u"utf-8 (bytes are valid UTF-8; header said windows-1251 but bytes are valid UTF-8)"_s;
    QTest::newRow("iso8859-1 prolog") << encode(xml.arg(u"iso8859-1"_s, portuguese).replace(u"—"_s, u"-"_s),
        "iso-8859-1") << QString() << u"Câmara aprova orçamento - habitação"_s
                                      << u"iso-8859-1 (xml prolog)"_s;
    QTest::newRow("latin1 without any label")
        << encode(bare.arg(portuguese).replace(u"—"_s, u"-"_s), "iso-8859-1") << QString()
        << u"Câmara aprova orçamento - habitação"_s << u"windows-1252 (fallback; bytes are not valid UTF-8)"_s;
    QTest::newRow("windows-1252 quotes without label")
        << QByteArray("<rss><title>\x93Quoted\x94 \x96 dash</title></rss>") << QString() << u"“Quoted” – dash"_s
        << u"windows-1252 (fallback; bytes are not valid UTF-8)"_s;
    QTest::newRow("unknown label")
        << bare.arg(russian).toUtf8() << u"text/xml; charset=x-no-such-thing"_s << russian
        << u"utf-8 (bytes are valid UTF-8; header said x-no-such-thing but bytes are valid UTF-8)"_s;
    QTest::newRow("ascii only, header latin1")
        << QByteArray("<rss><title>Plain</title></rss>") << u"text/xml; charset=latin1"_s << u"Plain"_s
        << u"iso-8859-1 (http header)"_s;
    QTest::newRow("json is utf-8 whatever the header")
        << u"{\"title\":\"%1\"}"_s.arg(russian).toUtf8() << u"application/json; charset=iso-8859-1"_s << russian
        << u"utf-8 (json)"_s;
    QTest::newRow("json in windows-1251 with header")
        << encode(u"{\"title\":\"%1\"}"_s.arg(russian), "windows-1251") << u"application/json; charset=windows-1251"_s
        << russian << u"windows-1251 (http header; json should be utf-8 but bytes are not valid UTF-8)"_s;
    QTest::newRow("html meta charset") << encode(
        u"<html><head><meta charset=\"windows-1251\"><title>%1</title>"_s.arg(russian), "windows-1251")
                                       << QString() << russian << u"windows-1251 (html meta)"_s;
    QTest::newRow("no label, utf-8") << bare.arg(russian).toUtf8() << QString() << russian << u"utf-8 (default)"_s;
}

void TestFeedDecoder::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, contentType);
    QFETCH(QString, expectedText);
    QFETCH(QString, expectedEncoding);
    const DecodedFeed decoded = FeedDecoder::decode(bytes, contentType);
    QVERIFY2(decoded.text.contains(expectedText), qPrintable(decoded.text));
    QCOMPARE(decoded.encoding, expectedEncoding);
    QVERIFY(!decoded.text.startsWith(QChar(0xFEFF)));
}

void TestFeedDecoder::canonicalNames_data()
{
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("cp-1251") << QByteArray("cp-1251") << QByteArray("windows-1251");
    QTest::newRow("CP1251") << QByteArray("CP1251") << QByteArray("windows-1251");
    QTest::newRow("win-1251") << QByteArray("win-1251") << QByteArray("windows-1251");
    QTest::newRow("x-cp1252") << QByteArray("x-cp1252") << QByteArray("windows-1252");
    QTest::newRow("Windows-1250") << QByteArray("Windows-1250") << QByteArray("windows-1250");
    QTest::newRow("utf8") << QByteArray("utf8") << QByteArray("utf-8");
    QTest::newRow("UTF-8 quoted") << QByteArray("\"UTF-8\"") << QByteArray("utf-8");
    QTest::newRow("iso8859-1") << QByteArray("iso8859-1") << QByteArray("iso-8859-1");
    QTest::newRow("ISO_8859-15") << QByteArray("ISO_8859-15") << QByteArray("iso-8859-15");
    QTest::newRow("latin1") << QByteArray("latin1") << QByteArray("iso-8859-1");
    QTest::newRow("koi8r") << QByteArray("koi8r") << QByteArray("koi8-r");
    QTest::newRow("sjis") << QByteArray("sjis") << QByteArray("shift_jis");
    QTest::newRow("ascii") << QByteArray("ASCII") << QByteArray("us-ascii");
    QTest::newRow("unknown kept") << QByteArray(" X-Custom ") << QByteArray("x-custom");
}

void TestFeedDecoder::canonicalNames()
{
    QFETCH(QByteArray, label);
    QFETCH(QByteArray, expected);
    QCOMPARE(FeedDecoder::canonicalEncodingName(label), expected);
}

void TestFeedDecoder::windows1251IsAvailable()
{
    // Debian's Qt is built with ICU; without it QStringDecoder would not know windows-1251.
    QVERIFY(QStringDecoder("windows-1251").isValid());
    QVERIFY(QStringDecoder("koi8-r").isValid());
}

void TestFeedDecoder::garbageBeforeDocumentIsDropped()
{
    const DecodedFeed decoded = FeedDecoder::decode("\n\n  junk\x01 <?xml version=\"1.0\"?><rss/>");
    QVERIFY(decoded.text.startsWith(u"<?xml"_s));
    // The control character sat inside the garbage, so only the garbage is reported.
    QCOMPARE(decoded.warnings.size(), 1);
    QVERIFY2(decoded.warnings.first().contains(u"garbage"_s), qPrintable(decoded.warnings.first()));
}

void TestFeedDecoder::controlCharactersAreRemoved()
{
    QString text = u"a\u0001b\tc\nd\re\u000Bf\uFFFEg"_s;
    QCOMPARE(FeedDecoder::removeIllegalXmlCharacters(text), 3);
    QCOMPARE(text, u"ab\tc\nd\refg"_s);
    QString lone = u"x"_s + QChar(0xD800) + u"y"_s;
    QCOMPARE(FeedDecoder::removeIllegalXmlCharacters(lone), 1);
    QCOMPARE(lone, u"xy"_s);
    QString pair = u"📰"_s;
    QCOMPARE(FeedDecoder::removeIllegalXmlCharacters(pair), 0);
}

QTEST_APPLESS_MAIN(TestFeedDecoder)
#include "test_feeddecoder.moc"
