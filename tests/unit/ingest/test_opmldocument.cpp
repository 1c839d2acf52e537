#include "opmldocument.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

class TestOpmlDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        WireSource a = WireSource::named(u"Meridian & Co <Press>"_s, u"agency"_s, u"https://m.example/feed?x=1&y=2"_s);
        a.pollSeconds = 60;
        WireSource b = WireSource::named(u"Channel"_s, u"social-unverified"_s, u"https://t.me/s/chan"_s);
        b.type = u"telegram"_s;
        b.enabled = false;
        WireSource folder = WireSource::named(u"Folder"_s, {}, u"/tmp/drop"_s);
        folder.type = u"dropfolder"_s;
        const QByteArray opml = OpmlDocument::write({a, b, folder}, u"Desk"_s);
        QString error;
        const QList<WireSource> back = OpmlDocument::read(opml, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.size(), 2); // drop folders are not feeds
        QCOMPARE(back[0].name, a.name);
        QCOMPARE(back[0].location, a.location);
        QCOMPARE(back[0].label, u"agency"_s);
        QCOMPARE(back[0].pollSeconds, 60);
        QCOMPARE(back[0].type, u"feed"_s);
        QCOMPARE(back[1].type, u"telegram"_s);
        QCOMPARE(back[1].label, u"social-unverified"_s);
        QVERIFY(!back[1].enabled);
    }

    void realWorldQuirks()
    {
        QFile file(QStringLiteral(WIREDESK_TEST_DATA) + u"/ingest/opml/real-world-quirks.opml"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray opml = file.readAll();
        QString error;
        QStringList warnings;
        const QList<WireSource> sources = OpmlDocument::read(opml, &error, &warnings);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(sources.size(), 5);
        QCOMPARE(sources[0].label, u"agency"_s);
        QCOMPARE(sources[1].name, u"Deep"_s);
        QCOMPARE(sources[2].name, u"notitle.example"_s);
        QCOMPARE(sources[3].name, u"Nordwire (2)"_s);
        QCOMPARE(sources[3].label, u"outlet"_s);
        QCOMPARE(sources[4].location, u"https://blog.example/feed"_s);
        QCOMPARE(warnings.size(), 2); // the duplicate and the ftp address
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not xml") << "hello"_ba;
        QTest::newRow("not opml") << "<rss version=\"2.0\"/>"_ba;
        QTest::newRow("dtd") << "<!DOCTYPE opml [<!ENTITY a \"aaaa\">]><opml><body/></opml>"_ba;
        QTest::newRow("truncated, nothing read") << "<opml><body><outline text=\"x\""_ba;
        QByteArray deep = "<opml><body>"_ba;
        for (int i = 0; i < 100000; ++i)
            deep += "<outline text=\"f\">";
        QTest::newRow("deep") << deep;
    }
    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QString error;
        QVERIFY(OpmlDocument::read(bytes, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestOpmlDocument)
#include "test_opmldocument.moc"
