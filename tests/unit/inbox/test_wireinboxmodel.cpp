// WireInboxModel over a real store: rows arrive from the reader threads, a far jump walks
// to the right page, new items are inserted at the top, search narrows.
#include "wireinboxmodel.h"
#include "wirestore.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {
constexpr int Items = 2345;

QList<WireItem> items(int first, int count, const QDateTime &base, const QString &word)
{
    QList<WireItem> list;
    for (int i = first; i < first + count; ++i) {
        WireItem item;
        item.guid = u"g%1"_s.arg(i);
        item.title = u"Item %1 about %2"_s.arg(i).arg(word);
        item.contentText = item.title;
        item.published = base.addSecs(i * 60);
        item.fetched = item.published;
        list << item;
    }
    return list;
}
} // namespace

class TestWireInboxModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"wire.sqlite"_s);
        QVERIFY(m_store.open(m_path));
        m_store.setClusteringEnabled(false);
        m_source = m_store.addSource(WireSource::named(u"S"_s, u"agency"_s));
        const QList<WireItem> all = items(0, Items, m_base, u"harbour"_s);
        for (int i = 0; i < Items; i += 500)
            QVERIFY(m_store.ingest(m_source, all.mid(i, 500)).ok());
    }

    void pagesArriveAndFarRowsAreRight()
    {
        WireInboxModel model(m_path);
        QSignalSpy first(&model, &WireInboxModel::firstPageLoaded);
        model.setQuery({});
        QVERIFY(first.wait(5000));
        QTRY_COMPARE(model.rowCount(), Items);
        QCOMPARE(model.matchCount(), qint64(Items));
        QCOMPARE(model.index(0, WireInboxModel::HeadlineColumn).data().toString(), u"Item 2344 about harbour"_s);
        // A row far below anything read so far: placeholder first, then the right item.
        const QModelIndex far = model.index(2000, WireInboxModel::HeadlineColumn);
        QCOMPARE(far.data(WireInboxModel::LoadedRole).toBool(), false);
        QTRY_VERIFY(far.data(WireInboxModel::LoadedRole).toBool());
        QCOMPARE(far.data().toString(), u"Item 344 about harbour"_s);
        QCOMPARE(model.index(Items - 1, WireInboxModel::HeadlineColumn).data().toString(), QObject::tr("Loading…"));
        QTRY_COMPARE(
            model.index(Items - 1, WireInboxModel::HeadlineColumn).data().toString(), u"Item 0 about harbour"_s);
    }

    void newItemsComeInAtTheTop()
    {
        WireInboxModel model(m_path);
        QSignalSpy first(&model, &WireInboxModel::firstPageLoaded);
        model.setQuery({});
        QVERIFY(first.wait(5000));
        QTRY_COMPARE(model.rowCount(), Items);
        QPersistentModelIndex old(model.index(0, 0));
        const qint64 oldTop = old.data(WireInboxModel::ItemIdRole).toLongLong();
        QSignalSpy added(&model, &WireInboxModel::rowsAddedAtTop);
        QVERIFY(m_store.ingest(m_source, items(Items, 3, m_base, u"harbour"_s)).ok());
        model.itemsIngested();
        QVERIFY(added.wait(5000));
        QCOMPARE(added.first().at(0).toInt(), 3);
        QCOMPARE(model.rowCount(), Items + 3);
        QCOMPARE(old.row(), 3); // selections and persistent indexes follow the item
        QTRY_COMPARE(model.index(3, 0).data(WireInboxModel::ItemIdRole).toLongLong(), oldTop);
        QTRY_COMPARE(model.index(0, WireInboxModel::HeadlineColumn).data().toString(), u"Item 2347 about harbour"_s);
    }

    void dragCarriesTheItems()
    {
        WireInboxModel model(m_path);
        model.setQuery({});
        QTRY_VERIFY(model.index(1, 0).data(WireInboxModel::LoadedRole).toBool());
        std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0, 0), model.index(0, 3), model.index(1, 0)}));
        QVERIFY(mime);
        QVERIFY(mime->hasFormat(QString::fromLatin1(WireInboxModel::MimeType)));
        const QJsonArray items
            = QJsonDocument::fromJson(mime->data(QString::fromLatin1(WireInboxModel::MimeType))).array();
        QCOMPARE(items.size(), 2); // one entry per item, not per cell
        const QJsonObject first = items.first().toObject();
        QCOMPARE(first.value(u"id"_s).toInteger(), model.index(0, 0).data(WireInboxModel::ItemIdRole).toLongLong());
        QCOMPARE(first.value(u"source"_s).toString(), u"S"_s);
        QVERIFY(first.value(u"title"_s).toString().startsWith(u"Item "_s));
        QVERIFY(first.value(u"published"_s).toString().endsWith(u'Z'));
        QVERIFY(first.contains(u"url"_s));
    }

    void searchNarrows()
    {
        QVERIFY(m_store.ingest(m_source, items(10000, 5, m_base.addDays(-30), u"lighthouse"_s)).ok());
        WireInboxModel model(m_path);
        InboxQuery q;
        q.ftsExpression = u"\"lighthouse\""_s;
        model.setQuery(q);
        QTRY_COMPARE(model.rowCount(), 5);
        QTRY_COMPARE(model.matchCount(), qint64(5));
        QVERIFY(!model.matchCountCapped());
        QCOMPARE(WireInboxModel::formatCount(10000, true), u"10,000+ items"_s);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    WireStore m_store;
    qint64 m_source = 0;
    const QDateTime m_base {QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()};
};

QTEST_MAIN(TestWireInboxModel)
#include "test_wireinboxmodel.moc"
