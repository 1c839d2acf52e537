#include "migration.h"
#include "storyclusterer.h"
#include "wirestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

struct Story {
    QString story;
    QString agency;
    QString title;
    QString text;
};

QList<Story> loadStories()
{
    QFile file(QStringLiteral(WIREDESK_TEST_DATA "/wirestore/stories/stories.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Story> out;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out << Story {o[u"story"].toString(), o[u"agency"].toString(), o[u"title"].toString(), o[u"text"].toString()};
    }
    return out;
}

} // namespace

class TestStoryClusterer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void featuresNormalize();
    void signatureIsStable();
    void similaritySeparatesRewritesFromSameTopic();
    void hashFormsAgreeWithWordSets();
    void storeClustersAgencyRewrites();
    void clusterWindowAndSameSource();
    void deletingMembersKeepsClustersRight();
    void oldStoreMigratesClusterBands();

private:
    QList<Story> m_stories;
};

void TestStoryClusterer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_stories = loadStories();
    QVERIFY(m_stories.size() >= 40);
}

void TestStoryClusterer::featuresNormalize()
{
    const QSet<QString> f = StoryClusterer::features(u"The Minister's 3,000 Euros"_s, u"and the MINISTER said 3000"_s);
    QVERIFY(f.contains(u"minister"_s));
    QVERIFY(f.contains(u"3000"_s));
    QVERIFY(f.contains(u"euros"_s));
    QVERIFY(!f.contains(u"the"_s));
    QVERIFY(!f.contains(u"said"_s));
    QCOMPARE(f.size(), 3);
    QVERIFY(StoryClusterer::features(QString(), u"  ,,, "_s).isEmpty());
    QVERIFY(StoryClusterer::signature({}).isEmpty());
}

void TestStoryClusterer::signatureIsStable()
{
    const QSet<QString> f = StoryClusterer::features(u"Ferry aground off Naxos"_s, u"300 passengers evacuated"_s);
    const QByteArray a = StoryClusterer::signature(f);
    QCOMPARE(a.size(), StoryClusterer::SignatureSize * 4);
    QCOMPARE(StoryClusterer::signature(f), a);
    QCOMPARE(StoryClusterer::estimatedSimilarity(a, a), 1.0);
    const QList<qint64> keys = StoryClusterer::bandKeys(a);
    QCOMPARE(keys.size(), StoryClusterer::Bands);
    for (const qint64 k : keys)
        QVERIFY(k >= 0);
}

void TestStoryClusterer::similaritySeparatesRewritesFromSameTopic()
{
    // Every pair of the corpus: rewrites of one story must pass the threshold, different
    // stories (many on the same topic) must not. Prints the margins for tuning.
    double lowestSame = 1;
    double highestDifferent = 0;
    QString lowestPair;
    QString highestPair;
    for (qsizetype i = 0; i < m_stories.size(); ++i) {
        const QSet<QString> a = StoryClusterer::features(m_stories[i].title, m_stories[i].text);
        for (qsizetype j = i + 1; j < m_stories.size(); ++j) {
            const QSet<QString> b = StoryClusterer::features(m_stories[j].title, m_stories[j].text);
            const double s = StoryClusterer::similarity(a, b);
            const QString pair = m_stories[i].story + u'/' + m_stories[i].agency + u" ~ "_s + m_stories[j].story + u'/'
                + m_stories[j].agency + u" = "_s + QString::number(s, 'f', 3);
            if (m_stories[i].story == m_stories[j].story && s < lowestSame) {
                lowestSame = s;
                lowestPair = pair;
            } else if (m_stories[i].story != m_stories[j].story && s > highestDifferent) {
                highestDifferent = s;
                highestPair = pair;
            }
        }
    }
    qInfo("lowest same-story pair:      %s", qPrintable(lowestPair));
    qInfo("highest different-story pair: %s", qPrintable(highestPair));
    QVERIFY2(lowestSame >= StoryClusterer::threshold(), qPrintable(lowestPair));
    QVERIFY2(highestDifferent < StoryClusterer::threshold(), qPrintable(highestPair));
}

// The store works on word hashes; they must give the signatures and scores of the word sets.
void TestStoryClusterer::hashFormsAgreeWithWordSets()
{
    // Beyond the (English) corpus: non-ASCII case folding, numbers, possessives, a word
    // longer than the splitter's buffer, a title ending in a digit before a text starting
    // with one.
    const QString longWord = QString(300, u'X') + u"ÉÉ"_s;
    const std::pair<QString, QString> extra[] = {
        {u"Zürich's ÄRZTE Straße"_s, u"ÉLAN élan 3,000.5 euros Øresund İstanbul ΣΟΦΙΑ σοφια"_s},
        {u"Flash 42"_s, u"7 killed in "_s + longWord + u" and "_s + longWord.toLower()},
        {QString(), u"  ,,, "_s},
        // Possessives with both apostrophes, separators that do not join numbers, digits
        // that are not ASCII, a title ending where the text's number starts, emoji.
        {u"Minister\u2019s AIDE's 12,"_s,
            u"3.5.7 a1,2 x,5 .9 9. \u0663,\u0660\u0660\u0660 ABC'DEF \U0001F30A wave\u2019"_s},
        {u"2026"_s, u",5 Ünïcödé-Wörds ÇA ǅemal ﬁnance ΐ"_s},
    };
    for (const auto &[title, text] : extra) {
        StoryClusterer::WordHashes all;
        StoryClusterer::WordHashes key;
        StoryClusterer::featureHashes(title, text, &all, &key);
        QCOMPARE(qsizetype(all.size()), StoryClusterer::features(title, text).size());
        QCOMPARE(StoryClusterer::hashSignature(key.size() >= 3 ? key : all),
            StoryClusterer::signature(StoryClusterer::keyFeatures(title, text)));
    }
    for (qsizetype i = 0; i < m_stories.size(); ++i) {
        StoryClusterer::WordHashes all;
        StoryClusterer::WordHashes key;
        StoryClusterer::featureHashes(m_stories[i].title, m_stories[i].text, &all, &key);
        const QSet<QString> words = StoryClusterer::features(m_stories[i].title, m_stories[i].text);
        QCOMPARE(qsizetype(all.size()), words.size());
        const QSet<QString> keyWords = StoryClusterer::keyFeatures(m_stories[i].title, m_stories[i].text);
        QCOMPARE(StoryClusterer::hashSignature(key.size() >= 3 ? key : all), StoryClusterer::signature(keyWords));
        for (qsizetype j = i + 1; j < m_stories.size(); ++j) {
            StoryClusterer::WordHashes other;
            StoryClusterer::WordHashes otherKey;
            StoryClusterer::featureHashes(m_stories[j].title, m_stories[j].text, &other, &otherKey);
            QCOMPARE(StoryClusterer::hashSimilarity(all, other),
                StoryClusterer::similarity(words, StoryClusterer::features(m_stories[j].title, m_stories[j].text)));
        }
    }
}

void TestStoryClusterer::storeClustersAgencyRewrites()
{
    QTemporaryDir dir;
    WireStore store;
    QVERIFY2(store.open(dir.filePath(u"w.sqlite"_s)), qPrintable(store.errorString()));
    QHash<QString, qint64> sources;
    QHash<qint64, QString> storyOf;
    const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-6 * 3600);
    int n = 0;
    for (const Story &s : std::as_const(m_stories)) {
        if (!sources.contains(s.agency)) {
            WireSource src;
            src.name = s.agency;
            src.label = u"agency"_s;
            sources.insert(s.agency, store.addSource(src));
            QVERIFY2(sources.value(s.agency) > 0, qPrintable(store.errorString()));
        }
        WireItem item;
        item.guid = u"g%1"_s.arg(n);
        item.title = s.title;
        item.contentText = s.text;
        item.published = base.addSecs(60 * n++);
        const IngestResult r = store.ingest(sources.value(s.agency), {item});
        QVERIFY2(r.ok() && r.added == 1, qPrintable(r.error));
        storyOf.insert(r.addedIds.first(), s.story);
    }
    // Group stored items by cluster and compare with the stories.
    QHash<QString, QSet<qint64>> clustersOfStory;
    InboxPage page = store.page(InboxQuery {}, {}, 1000);
    QCOMPARE(page.rows.size(), m_stories.size());
    QHash<QString, int> storySize;
    for (const Story &s : std::as_const(m_stories))
        ++storySize[s.story];
    for (const InboxRow &row : std::as_const(page.rows)) {
        const QString story = storyOf.value(row.item.id);
        clustersOfStory[story].insert(row.clusterId);
        if (storySize.value(story) == 1)
            QVERIFY2(row.clusterId == 0, qPrintable(story + u" was clustered with another story"_s));
        else
            QCOMPARE(row.clusterSize, storySize.value(story));
    }
    for (auto it = clustersOfStory.cbegin(); it != clustersOfStory.cend(); ++it) {
        QVERIFY2(it.value().size() == 1, qPrintable(it.key() + u" is split over clusters"_s));
        if (storySize.value(it.key()) > 1)
            QVERIFY2(!it.value().contains(0), qPrintable(it.key() + u" is not clustered"_s));
    }
    // Collapsed view: one row per cluster (its newest member) plus the loners.
    InboxQuery collapsed;
    collapsed.collapseClusters = true;
    page = store.page(collapsed, {}, 1000);
    QCOMPARE(page.rows.size(), storySize.size());
    for (const InboxRow &row : std::as_const(page.rows)) {
        if (row.clusterId) {
            const QList<InboxRow> members = store.clusterMembers(row.clusterId);
            QCOMPARE(members.size(), row.clusterSize);
            QCOMPARE(members.first().item.id, row.item.id); // the newest member represents it
        }
    }
}

void TestStoryClusterer::clusterWindowAndSameSource()
{
    QTemporaryDir dir;
    WireStore store;
    QVERIFY(store.open(dir.filePath(u"w.sqlite"_s)));
    const qint64 a = store.addSource(WireSource::named(u"A"_s));
    const qint64 b = store.addSource(WireSource::named(u"B"_s));
    const Story &first = m_stories.at(0);
    const Story &second = m_stories.at(1);
    QCOMPARE(first.story, second.story);
    const QDateTime t = QDateTime::currentDateTimeUtc().addDays(-30);
    WireItem x;
    x.guid = u"x"_s;
    x.title = first.title;
    x.contentText = first.text;
    x.published = t;
    WireItem y = x;
    y.guid = u"y"_s;
    y.title = second.title;
    y.contentText = second.text;
    // Same source: a rewrite from the same wire is not a cluster of wires.
    QCOMPARE(store.ingest(a, {x, y}).clustered, 0);
    // Another source, but a week later: outside the 48 h window.
    WireItem late = y;
    late.guid = u"late"_s;
    late.title = m_stories.at(2).title;
    late.contentText = m_stories.at(2).text;
    late.published = t.addDays(7);
    QCOMPARE(store.ingest(b, {late}).clustered, 0);
    // Another source within the window: clusters.
    WireItem near = late;
    near.guid = u"near"_s;
    near.contentText += u" More follows."_s; // not a byte copy of "late": no content-hash duplicate
    near.published = t.addSecs(3600);
    const IngestResult r = store.ingest(b, {near});
    QCOMPARE(r.clustered, 1);
    QCOMPARE(store.item(r.addedIds.first()).clusterSize, 2);
}

void TestStoryClusterer::deletingMembersKeepsClustersRight()
{
    QTemporaryDir dir;
    WireStore store;
    QVERIFY(store.open(dir.filePath(u"w.sqlite"_s)));
    QList<qint64> ids;
    const QDateTime t = QDateTime::currentDateTimeUtc().addDays(-1);
    for (int i = 0; i < 3; ++i) {
        const Story &s = m_stories.at(i);
        const qint64 src = store.addSource(WireSource::named(s.agency));
        WireItem item;
        item.guid = u"g"_s;
        item.title = s.title;
        item.contentText = s.text;
        item.published = t.addSecs(i * 60);
        const IngestResult r = store.ingest(src, {item});
        QCOMPARE(r.added, 1);
        ids << r.addedIds.first();
    }
    const qint64 cluster = store.item(ids[0]).clusterId;
    QVERIFY(cluster);
    QCOMPARE(store.clusterSize(cluster), 3);
    // Deleting the newest member moves the head to the next newest.
    QCOMPARE(store.deleteItems({ids[2]}), 1);
    QCOMPARE(store.clusterSize(cluster), 2);
    InboxQuery collapsed;
    collapsed.collapseClusters = true;
    InboxPage page = store.page(collapsed);
    QCOMPARE(page.rows.size(), 1);
    QCOMPARE(page.rows.first().item.id, ids[1]);
    // Down to one member the cluster dissolves.
    QCOMPARE(store.deleteItems({ids[1]}), 1);
    QCOMPARE(store.item(ids[0]).clusterId, 0);
    QCOMPARE(store.item(ids[0]).clusterSize, 1);
    QCOMPARE(store.page(collapsed).rows.size(), 1);
    QVERIFY2(store.checkIntegrity().isEmpty(), qPrintable(store.checkIntegrity()));
}

namespace {

qint64 scalar(WireStore &store, const QString &sql)
{
    // A connection of its own: the store's handle is for its statements only.
    const QString name = u"scalar"_s;
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(store.filePath());
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

void TestStoryClusterer::oldStoreMigratesClusterBands()
{
    // A file written by schema 2 (16 wire_lsh rows per item); see its README.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"wire.sqlite"_s);
    QVERIFY(QFile::copy(QStringLiteral(WIREDESK_TEST_DATA "/wirestore/schema-v2/wire.sqlite"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    WireStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    QCOMPARE(scalar(store, u"SELECT version FROM schema_version WHERE module = 'wire'"_s),
        qint64(WireStore::schema().latestVersion()));
    // One row per item now, with the signature the item was stored with.
    QCOMPARE(scalar(store, u"SELECT count(*) FROM wire_item"_s), 33);
    QCOMPARE(scalar(store, u"SELECT count(*) FROM wire_lsh"_s), 33);
    QCOMPARE(scalar(store,
                 u"SELECT count(*) FROM wire_lsh l JOIN wire_item i ON i.id = l.item_id "
                 u"WHERE l.signature = i.minhash"_s),
        33);
    QCOMPARE(scalar(store, u"SELECT count(*) FROM pragma_table_info('wire_lsh')"_s), 2);
    // The remaining rewrites join their stories' clusters through the migrated rows.
    QHash<QString, qint64> sources;
    for (const WireSource &s : store.sources())
        sources.insert(s.name, s.id);
    const QDateTime base(QDate(2024, 6, 3), QTime(8, 0), QTimeZone::utc());
    QHash<QString, int> seen;
    QHash<QString, qint64> clusterOfStory;
    int added = 0;
    for (qsizetype n = 0; n < m_stories.size(); ++n) {
        const Story &s = m_stories.at(n);
        if (seen[s.story]++ < 2)
            continue;
        qint64 source = sources.value(s.agency);
        if (!source)
            source = store.addSource(WireSource::named(s.agency));
        QVERIFY(source > 0);
        sources.insert(s.agency, source);
        WireItem item;
        item.guid = u"g%1"_s.arg(n);
        item.title = s.title;
        item.contentText = s.text;
        item.published = base.addSecs(60 * n);
        const IngestResult r = store.ingest(source, {item});
        QVERIFY2(r.ok() && r.added == 1, qPrintable(r.error));
        QVERIFY2(r.clustered == 1, qPrintable(s.story + u" did not join its cluster"_s));
        const InboxRow row = store.item(r.addedIds.first());
        QCOMPARE(row.clusterSize, 3);
        clusterOfStory.insert(s.story, row.clusterId);
        ++added;
    }
    QCOMPARE(added, 11);
    QCOMPARE(QSet<qint64>(clusterOfStory.cbegin(), clusterOfStory.cend()).size(), 11);
    QCOMPARE(scalar(store, u"SELECT count(*) FROM wire_lsh"_s), 44);
    // Deleting an old item takes its row out.
    const qint64 oldest = scalar(store, u"SELECT min(id) FROM wire_item"_s);
    QCOMPARE(store.deleteItems({oldest}), 1);
    QCOMPARE(scalar(store, u"SELECT count(*) FROM wire_lsh"_s), 43);
    QVERIFY2(store.checkIntegrity().isEmpty(), qPrintable(store.checkIntegrity()));
}

QTEST_GUILESS_MAIN(TestStoryClusterer)
#include "test_storyclusterer.moc"
