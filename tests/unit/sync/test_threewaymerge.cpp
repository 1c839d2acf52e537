#include "blockids.h"
#include "threewaymerge.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

QString p(const char *id, const char *text)
{
    return u"<p data-block=\""_s + QLatin1StringView(id) + u"\">"_s + QString::fromUtf8(text) + u"</p>"_s;
}

QString body(const QStringList &blocks)
{
    return blocks.join(u'\n');
}

MergeSide side(const QStringList &blocks, const QString &title = u"Title"_s, const QString &tags = u"a\nb"_s)
{
    return MergeSide {{{u"title"_s, title}, {u"tags"_s, tags}}, body(blocks)};
}

} // namespace

class TestThreeWayMerge final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocks_data()
    {
        QTest::addColumn<QStringList>("base");
        QTest::addColumn<QStringList>("local");
        QTest::addColumn<QStringList>("remote");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("conflictIds");

        const QString a = p("aaaaaaaa", "Alpha"), b = p("bbbbbbbb", "Beta"), c = p("cccccccc", "Gamma");
        const QString aL = p("aaaaaaaa", "Alpha local"), aR = p("aaaaaaaa", "Alpha remote");
        const QString bR = p("bbbbbbbb", "Beta remote");
        const QString x = p("xxxxxxxx", "Added locally"), y = p("yyyyyyyy", "Added remotely");

        QTest::newRow("nothing changed") << QStringList {a, b} << QStringList {a, b} << QStringList {a, b}
                                         << QStringList {a, b} << QStringList {};
        QTest::newRow("local edit only") << QStringList {a, b} << QStringList {aL, b} << QStringList {a, b}
                                         << QStringList {aL, b} << QStringList {};
        QTest::newRow("remote edit only")
            << QStringList {a, b} << QStringList {a, b} << QStringList {aR, b} << QStringList {aR, b} << QStringList {};
        QTest::newRow("edits to different blocks") << QStringList {a, b} << QStringList {aL, b} << QStringList {a, bR}
                                                   << QStringList {aL, bR} << QStringList {};
        QTest::newRow("same edit on both sides") << QStringList {a, b} << QStringList {aL, b} << QStringList {aL, b}
                                                 << QStringList {aL, b} << QStringList {};
        QTest::newRow("different edits to one block")
            << QStringList {a, b} << QStringList {aL, b} << QStringList {aR, b} << QStringList {aL, b}
            << QStringList {u"aaaaaaaa"_s};
        QTest::newRow("local delete, remote untouched")
            << QStringList {a, b} << QStringList {b} << QStringList {a, b} << QStringList {b} << QStringList {};
        QTest::newRow("remote delete, local untouched")
            << QStringList {a, b} << QStringList {a, b} << QStringList {b} << QStringList {b} << QStringList {};
        QTest::newRow("both delete") << QStringList {a, b} << QStringList {b} << QStringList {b} << QStringList {b}
                                     << QStringList {};
        QTest::newRow("local delete, remote edit") << QStringList {a, b} << QStringList {b} << QStringList {aR, b}
                                                   << QStringList {aR, b} << QStringList {u"aaaaaaaa"_s};
        QTest::newRow("remote delete, local edit") << QStringList {a, b} << QStringList {aL, b} << QStringList {b}
                                                   << QStringList {aL, b} << QStringList {u"aaaaaaaa"_s};
        QTest::newRow("additions on both sides in different places")
            << QStringList {a, b, c} << QStringList {a, x, b, c} << QStringList {a, b, y, c}
            << QStringList {a, x, b, y, c} << QStringList {};
        QTest::newRow("additions on both sides in the same place")
            << QStringList {a, b} << QStringList {a, x, b} << QStringList {a, y, b} << QStringList {a, y, x, b}
            << QStringList {};
        QTest::newRow("remote addition at the start")
            << QStringList {a, b} << QStringList {a, b} << QStringList {y, a, b} << QStringList {y, a, b}
            << QStringList {};
        QTest::newRow("remote addition after a block deleted locally")
            << QStringList {a, b} << QStringList {b} << QStringList {a, y, b} << QStringList {y, b} << QStringList {};
        QTest::newRow("local edit and remote addition")
            << QStringList {a, b} << QStringList {aL, b} << QStringList {a, b, y} << QStringList {aL, b, y}
            << QStringList {};
        QTest::newRow("two conflicts and a clean change")
            << QStringList {a, b, c} << QStringList {aL, p("bbbbbbbb", "Beta local"), c}
            << QStringList {aR, bR, p("cccccccc", "Gamma remote")}
            << QStringList {aL, p("bbbbbbbb", "Beta local"), p("cccccccc", "Gamma remote")}
            << QStringList {u"aaaaaaaa"_s, u"bbbbbbbb"_s};
    }

    void blocks()
    {
        QFETCH(QStringList, base);
        QFETCH(QStringList, local);
        QFETCH(QStringList, remote);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, conflictIds);
        const MergeResult result = ThreeWayMerge::merge(side(base), side(local), side(remote));
        QCOMPARE(result.bodyHtml, BlockIds::normalize(body(expected)));
        QStringList ids;
        for (const MergeConflict &conflict : result.conflicts) {
            QCOMPARE(conflict.where, MergeConflict::Where::Block);
            ids << conflict.key;
        }
        QCOMPARE(ids, conflictIds);
        QCOMPARE(result.isClean(), conflictIds.isEmpty());
        QCOMPARE(result.fields.value(u"title"_s), u"Title"_s);
    }

    void conflictKeepsBothVersions()
    {
        const MergeResult result = ThreeWayMerge::merge(
            side({p("aaaaaaaa", "Base")}), side({p("aaaaaaaa", "Mine")}), side({p("aaaaaaaa", "Theirs")}));
        QCOMPARE(result.conflicts.size(), 1);
        QVERIFY(result.conflicts[0].base.contains(u"Base"_s));
        QVERIFY(result.conflicts[0].local.contains(u"Mine"_s));
        QVERIFY(result.conflicts[0].remote.contains(u"Theirs"_s));
    }

    void fields_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("local");
        QTest::addColumn<QString>("remote");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("conflict");
        QTest::newRow("unchanged") << u"T"_s << u"T"_s << u"T"_s << u"T"_s << false;
        QTest::newRow("local only") << u"T"_s << u"L"_s << u"T"_s << u"L"_s << false;
        QTest::newRow("remote only") << u"T"_s << u"T"_s << u"R"_s << u"R"_s << false;
        QTest::newRow("same on both") << u"T"_s << u"S"_s << u"S"_s << u"S"_s << false;
        QTest::newRow("different on both") << u"T"_s << u"L"_s << u"R"_s << u"L"_s << true;
        QTest::newRow("cleared remotely") << u"T"_s << u"T"_s << QString() << QString() << false;
        QTest::newRow("cleared locally, changed remotely") << u"T"_s << QString() << u"R"_s << QString() << true;
    }

    void fields()
    {
        QFETCH(QString, base);
        QFETCH(QString, local);
        QFETCH(QString, remote);
        QFETCH(QString, expected);
        QFETCH(bool, conflict);
        const QStringList blocks {p("aaaaaaaa", "Same")};
        // The title varies; the tags change on the remote side only and always merge.
        const MergeResult result
            = ThreeWayMerge::merge(side(blocks, base), side(blocks, local), side(blocks, remote, u"a\nb\nc"_s));
        QCOMPARE(result.fields.value(u"title"_s), expected);
        QCOMPARE(result.fields.value(u"tags"_s), u"a\nb\nc"_s);
        QCOMPARE(result.conflicts.size(), conflict ? 1 : 0);
        if (conflict) {
            QCOMPARE(result.conflicts[0].where, MergeConflict::Where::Field);
            QCOMPARE(result.conflicts[0].key, u"title"_s);
            QCOMPARE(result.conflicts[0].remote, remote);
        }
    }
};

QTEST_APPLESS_MAIN(TestThreeWayMerge)
#include "test_threewaymerge.moc"
