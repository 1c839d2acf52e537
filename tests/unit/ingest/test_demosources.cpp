// The demo profile end to end: sources.json → sources → every wire file ingested → the
// stories of docs/demo-profile.md clustered.
#include "demosources.h"
#include "refreshsummary.h"
#include "wireingestor.h"
#include "wirestore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

class TestDemoSources : public QObject
{
    Q_OBJECT

    QString demo() const { return QStringLiteral(WIREDESK_SOURCE_DIR) + u"/resources/demo"_s; }

private Q_SLOTS:
    void readsTheDemoList()
    {
        QString error;
        const QList<WireSource> sources = DemoSources::read(demo() + u"/sources.json"_s, demo(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(sources.size(), 7);
        QCOMPARE(sources[0].name, u"Meridian Press Agency"_s);
        QCOMPARE(sources[0].label, u"agency"_s);
        QCOMPARE(sources[0].pollSeconds, 60);
        QCOMPARE(sources[0].type, u"file"_s);
        QVERIFY(QFile::exists(sources[0].location));
        QCOMPARE(sources[6].label, u"social-unverified"_s);
    }

    void refusesBadLists_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("newer version") << R"({"format":"wiredesk-demo-sources","version":2,"sources":[]})"_ba;
        QTest::newRow("other format") << R"({"format":"x","version":1,"sources":[]})"_ba;
        QTest::newRow("escape") << R"({"format":"wiredesk-demo-sources","version":1,"sources":[
            {"name":"x","type":"dropfolder","file":"../../etc/passwd"}]})"_ba;
        QTest::newRow("not json") << "nope"_ba;
    }
    void refusesBadLists()
    {
        QFETCH(QByteArray, json);
        QTemporaryDir dir;
        QFile f(dir.filePath(u"sources.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        QString error;
        QVERIFY(DemoSources::read(f.fileName(), dir.path(), &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void ingestsTheDemoProfile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A copy of the demo profile, as `wiredesk --demo` makes one.
        QVERIFY(QDir().mkpath(dir.filePath(u"wires"_s)));
        QVERIFY(QFile::copy(demo() + u"/sources.json"_s, dir.filePath(u"sources.json"_s)));
        const QStringList wires = QDir(demo() + u"/wires"_s).entryList(QDir::Files);
        for (const QString &name : wires)
            QVERIFY(QFile::copy(demo() + u"/wires/"_s + name, dir.filePath(u"wires/"_s + name)));

        const QString db = dir.filePath(u"wiredesk.sqlite"_s);
        WireStore store;
        QVERIFY(store.open(db));
        QString error;
        QCOMPARE(DemoSources::addToEmptyStore(store, dir.path(), &error), 7);
        QCOMPARE(DemoSources::addToEmptyStore(store, dir.path(), &error), 0); // only once

        WireIngestor ingestor(db);
        QSignalSpy finished(&ingestor, &WireIngestor::refreshFinished);
        ingestor.refresh();
        QVERIFY(finished.count() == 1 || finished.wait());
        const auto summary = finished.takeFirst().at(0).value<RefreshSummary>();
        QVERIFY2(summary.errors.isEmpty(), qPrintable(summary.errors.join(u'\n')));
        QCOMPARE(summary.sourcesDone, 7);
        QCOMPARE(summary.added, 11 + 8 * 6);

        // The seabed story: the Meridian and Nordwire leads are in one cluster.
        InboxQuery q;
        q.ftsExpression = u"\"seabed\""_s;
        const InboxPage page = store.page(q, {}, 50);
        int clustered = 0;
        for (const InboxRow &row : page.rows)
            clustered += row.clusterSize > 1 ? 1 : 0;
        QVERIFY2(clustered >= 2, "the seabed story is not clustered");
        QVERIFY(store.checkIntegrity().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemoSources)
#include "test_demosources.moc"
