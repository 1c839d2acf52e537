#include "article.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

// The bundled demo profile is hand-written data that the GUI, the clustering tests and
// first-run users all rely on; these checks keep it loadable and consistent when someone
// edits it (a broken draft or a feed that does not parse would only show up at run time).
class TestDemoContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void draftRoundTrips();
    void draftBodyFollowsArticleSchema();
    void xStatusIdMatchesPostedTime();
    void sourceListMatchesWireFiles();
    void wireFileIsWellFormed_data();
    void wireFileIsWellFormed();

private:
    static QByteArray read(const QString &path);
    Article m_draft;
};

QByteArray TestDemoContent::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestDemoContent::initTestCase()
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(read(u":/demo/drafts/sample-draft.json"_s), &parseError);
    QVERIFY2(doc.isObject(), qPrintable(parseError.errorString()));
    QString error;
    QVERIFY2(Article::fromJson(doc.object(), &m_draft, &error), qPrintable(error));
}

void TestDemoContent::draftRoundTrips()
{
    Article again;
    QString error;
    QVERIFY2(Article::fromJson(m_draft.toJson(), &again, &error), qPrintable(error));
    QCOMPARE(again, m_draft);

    QVERIFY(!m_draft.id.isEmpty());
    QVERIFY(!m_draft.headline.isEmpty());
    QVERIFY(!m_draft.dek.isEmpty());
    QCOMPARE(m_draft.bylines.size(), 2);
    QVERIFY(m_draft.published.isValid());
    QVERIFY(m_draft.created.isValid() && m_draft.modified >= m_draft.created);
    QVERIFY2(QTimeZone(m_draft.timeZone.toUtf8()).isValid(), qPrintable(m_draft.timeZone));
    QVERIFY(!m_draft.leadImage.caption.isEmpty() && !m_draft.leadImage.credit.isEmpty()
        && !m_draft.leadImage.alt.isEmpty());
    // The lead image is relative to the profile root, which is the copy of :/demo.
    QVERIFY2(QFileInfo::exists(u":/demo/"_s + m_draft.leadImage.source), qPrintable(m_draft.leadImage.source));
    for (const ArticleSource &source : std::as_const(m_draft.sources)) {
        QVERIFY2(source.retrieved.isValid(), qPrintable(source.id));
        QVERIFY2(!source.posted.isValid() || source.posted <= source.retrieved, qPrintable(source.id));
    }
}

void TestDemoContent::draftBodyFollowsArticleSchema()
{
    static const QSet<QString> topLevel
        = {u"p"_s, u"h2"_s, u"h3"_s, u"blockquote"_s, u"ul"_s, u"ol"_s, u"figure"_s, u"hr"_s};
    static const QSet<QString> nested = {u"a"_s, u"em"_s, u"strong"_s, u"span"_s, u"li"_s, u"img"_s, u"figcaption"_s};
    static const QSet<QString> voidElements = {u"hr"_s, u"img"_s, u"br"_s};
    static const QRegularExpression tagPattern(u"<(/?)([a-z0-9]+)([^>]*)>"_s);
    static const QRegularExpression blockPattern(u"\\bdata-block=\"([^\"]*)\""_s);
    static const QRegularExpression sourcesPattern(u"\\bdata-sources=\"([^\"]*)\""_s);
    static const QRegularExpression blockId(u"^[a-z0-9]{8}$"_s);

    QSet<QString> sourceIds;
    for (const ArticleSource &source : std::as_const(m_draft.sources))
        sourceIds.insert(source.id);
    QSet<QString> blockIds;
    QSet<QString> cited;
    int depth = 0;
    qsizetype lastEnd = 0;
    auto it = tagPattern.globalMatch(m_draft.bodyHtml);
    while (it.hasNext()) {
        const QRegularExpressionMatch tag = it.next();
        if (depth == 0)
            QVERIFY2(m_draft.bodyHtml.mid(lastEnd, tag.capturedStart() - lastEnd).trimmed().isEmpty(),
                "text outside a block");
        lastEnd = tag.capturedEnd();
        const QString name = tag.captured(2);
        if (!tag.captured(1).isEmpty()) {
            --depth;
            continue;
        }
        const QString attributes = tag.captured(3);
        if (depth == 0) {
            QVERIFY2(topLevel.contains(name), qPrintable(name));
            const QString id = blockPattern.match(attributes).captured(1);
            QVERIFY2(blockId.match(id).hasMatch(), qPrintable(u"<%1 data-block=\"%2\">"_s.arg(name, id)));
            QVERIFY2(!blockIds.contains(id), qPrintable(id));
            blockIds.insert(id);
        } else {
            QVERIFY2(nested.contains(name), qPrintable(name));
        }
        const QRegularExpressionMatch sources = sourcesPattern.match(attributes);
        if (sources.hasMatch()) {
            const QStringList ids = sources.captured(1).split(u' ', Qt::SkipEmptyParts);
            for (const QString &id : ids) {
                QVERIFY2(sourceIds.contains(id), qPrintable(id));
                cited.insert(id);
            }
        }
        if (!voidElements.contains(name))
            ++depth;
    }
    QCOMPARE(depth, 0);
    QCOMPARE(cited, sourceIds);
    QVERIFY(m_draft.bodyHtml.count(u"<h2 "_s) >= 2);
    QVERIFY(m_draft.bodyHtml.contains(u"<blockquote "_s));
    QVERIFY(m_draft.bodyHtml.contains(u"<ul "_s) || m_draft.bodyHtml.contains(u"<ol "_s));
}

void TestDemoContent::xStatusIdMatchesPostedTime()
{
    constexpr qint64 twitterEpochMs = 1288834974657;
    int checked = 0;
    for (const ArticleSource &source : std::as_const(m_draft.sources)) {
        if (source.platform != u"x")
            continue;
        bool ok = false;
        const quint64 id = source.url.section(u'/', -1).toULongLong(&ok);
        QVERIFY2(ok, qPrintable(source.url));
        QCOMPARE(qint64(id >> 22) + twitterEpochMs, source.posted.toMSecsSinceEpoch());
        ++checked;
    }
    QCOMPARE(checked, 1);
}

void TestDemoContent::sourceListMatchesWireFiles()
{
    const QJsonObject list = QJsonDocument::fromJson(read(u":/demo/sources.json"_s)).object();
    QCOMPARE(list.value(u"format"_s).toString(), u"wiredesk-demo-sources"_s);
    QCOMPARE(list.value(u"version"_s).toInt(), 1);
    static const QSet<QString> credibility = {u"agency"_s, u"official"_s, u"outlet"_s, u"social-unverified"_s};
    QSet<QString> listed;
    const QJsonArray sources = list.value(u"sources"_s).toArray();
    for (const QJsonValue &value : sources) {
        const QJsonObject source = value.toObject();
        const QString file = source.value(u"file"_s).toString();
        QVERIFY2(QFileInfo(u":/demo/"_s + file).isFile(), qPrintable(file));
        QCOMPARE(source.value(u"type"_s).toString(), u"dropfolder"_s);
        QVERIFY2(credibility.contains(source.value(u"credibility"_s).toString()), qPrintable(file));
        QVERIFY(!source.value(u"name"_s).toString().isEmpty());
        QVERIFY(source.value(u"pollIntervalSeconds"_s).toInt() > 0);
        listed.insert(file);
    }
    const QStringList wires = QDir(u":/demo/wires"_s).entryList(QDir::Files);
    for (const QString &wire : wires)
        QVERIFY2(listed.contains(u"wires/"_s + wire), qPrintable(wire));
    QCOMPARE(listed.size(), wires.size());
}

void TestDemoContent::wireFileIsWellFormed_data()
{
    QTest::addColumn<QString>("path");
    const QStringList wires = QDir(u":/demo/wires"_s).entryList(QDir::Files);
    for (const QString &wire : wires)
        QTest::newRow(qPrintable(wire)) << u":/demo/wires/"_s + wire;
}

void TestDemoContent::wireFileIsWellFormed()
{
    QFETCH(QString, path);
    const QByteArray data = read(path);
    QVERIFY(!data.isEmpty());
    if (path.endsWith(u".json"_s)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
        QVERIFY2(!doc.isNull(), qPrintable(error.errorString()));
        const QJsonArray items = doc.isArray() ? doc.array() : doc.object().value(u"items"_s).toArray();
        QVERIFY2(items.size() >= 8 && items.size() <= 15, qPrintable(QString::number(items.size())));
    } else if (path.endsWith(u".html"_s)) {
        QVERIFY(data.count("data-post=\"") >= 5);
    } else {
        QXmlStreamReader xml(data);
        int items = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && (xml.name() == u"item" || xml.name() == u"entry"))
                ++items;
        }
        QVERIFY2(!xml.hasError(), qPrintable(u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber())));
        QVERIFY2(items >= 8 && items <= 15, qPrintable(QString::number(items)));
    }
}

QTEST_GUILESS_MAIN(TestDemoContent)
#include "test_demo_content.moc"
