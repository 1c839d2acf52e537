// JSON-LD and provenance-file exports of the demo draft, with a fact-checker's notes and
// link checks, against golden files in tests/data/provenance-export/.
#include "article.h"
#include "goldenfile.h"
#include "provenanceexporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Wiredesk;
using Kind = Annotation::TargetKind;

class TestProvenanceExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonLdGolden();
    void jsonLdClaimReviews();
    void scriptIsSafeToEmbed();
    void provenanceFileGolden();
    void ratings();

private:
    Article m_article;
    QList<Annotation> m_annotations;
    ProvenanceExporter::Options m_options;
};

static QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

void TestProvenanceExporter::initTestCase()
{
    QFile file(QStringLiteral(WIREDESK_SOURCE_DIR "/resources/demo/drafts/sample-draft.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    QVERIFY2(
        Article::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &m_article, &error), qPrintable(error));
    qint64 id = 0;
    auto note = [&](Kind kind, const char *target, const char *time, const char *text, const char *from = "",
                    const char *to = "") {
        Annotation a;
        a.id = ++id;
        a.articleId = m_article.id;
        a.targetKind = kind;
        a.targetId = QString::fromUtf8(target);
        a.author = u"Ines Duarte"_s;
        a.time = at(time);
        a.text = QString::fromUtf8(text);
        a.statusFrom = QString::fromUtf8(from);
        a.statusTo = QString::fromUtf8(to);
        m_annotations << a;
    };
    note(Kind::Source, "src4", "2026-11-26T09:15:00.000Z",
        "Account is the port authority's own (linked from marseille-port.fr).", "unchecked", "verified");
    note(Kind::Citation, "rjyzte8t/1", "2026-11-26T09:20:00.000Z", "Wording matches the post and its archived copy.",
        "unchecked", "verified");
    note(Kind::Citation, "iuf5kfeb/2", "2026-11-26T09:40:00.000Z", "The 400 figure appears only in the union's post.",
        "unchecked", "partly-verified");
    note(Kind::Citation, "iuf5kfeb/2", "2026-11-26T11:05:00.000Z",
        "Operators' HR data shows 260 posts at risk; the union did not answer our questions.", "partly-verified",
        "disputed");
    note(Kind::Citation, "c5jbd278/2", "2026-11-26T11:30:00.000Z",
        "Freight ranking checked against the ministry's 2025 figures.");
    note(Kind::Citation, "no-such-block/1", "2026-11-26T11:31:00.000Z", "A note on a claim that was cut.", "unchecked",
        "false");
    m_options.publisherName = u"The Harbour Ledger"_s;
    m_options.articleUrl = u"https://news.example.org/business/2026/11/26/marseille-fos-dockers-strike-automation"_s;
    m_options.exportedAt = at("2026-11-26T18:00:00.000Z");
}

void TestProvenanceExporter::jsonLdGolden()
{
    const QJsonObject ld = ProvenanceExporter::jsonLd(m_article, m_annotations, m_options);
    QString message;
    QVERIFY2(GoldenFile::compare(QStringLiteral(WIREDESK_TEST_DATA "/provenance-export/sample-draft.jsonld"),
                 QJsonDocument(ld).toJson(QJsonDocument::Indented), &message),
        qPrintable(message));
}

void TestProvenanceExporter::jsonLdClaimReviews()
{
    const QJsonObject ld = ProvenanceExporter::jsonLd(m_article, m_annotations, m_options);
    // Valid JSON after a round trip through text.
    QJsonParseError parseError;
    const QJsonDocument reparsed = QJsonDocument::fromJson(QJsonDocument(ld).toJson(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonArray graph = reparsed.object().value(u"@graph"_s).toArray();
    QCOMPARE(graph.at(0)[u"@type"_s].toString(), u"NewsArticle"_s);
    QCOMPARE(graph.at(0)[u"citation"_s].toArray().size(), m_article.sources.size());
    QCOMPARE(graph.at(0)[u"citation"_s].toArray().at(2)[u"url"_s].toString(), u"https://t.me/fosdockers_info/2741"_s);
    // Two rated claims: the port authority's post (True) and the disputed 400-jobs figure.
    // The unrated note and the note on a removed claim give none.
    QCOMPARE(graph.size(), 3);
    QCOMPARE(graph.at(1)[u"@type"_s].toString(), u"ClaimReview"_s);
    QCOMPARE(graph.at(1)[u"reviewRating"_s][u"ratingValue"_s].toInt(), 2);
    QCOMPARE(graph.at(1)[u"reviewRating"_s][u"alternateName"_s].toString(), u"Disputed"_s);
    QVERIFY(graph.at(1)[u"claimReviewed"_s].toString().contains(u"400 jobs"_s));
    QCOMPARE(graph.at(1)[u"itemReviewed"_s][u"appearance"_s].toArray().at(0)[u"url"_s].toString(),
        u"https://t.me/s/fosdockers_info/2741"_s);
    QCOMPARE(graph.at(2)[u"reviewRating"_s][u"ratingValue"_s].toInt(), 5);
}

void TestProvenanceExporter::scriptIsSafeToEmbed()
{
    Article article = m_article;
    article.headline = u"</script><script>alert(1)</script>"_s;
    const QString script = ProvenanceExporter::jsonLdScript(ProvenanceExporter::jsonLd(article, {}, m_options));
    QVERIFY(script.startsWith(u"<script type=\"application/ld+json\">"_s));
    QVERIFY(script.endsWith(u"</script>"_s));
    QCOMPARE(script.count(u"</"_s), 1);
}

void TestProvenanceExporter::provenanceFileGolden()
{
    QHash<QString, QList<LinkCheckResult>> checks;
    LinkCheckResult telegram;
    telegram.url = u"https://t.me/s/fosdockers_info/2741"_s;
    telegram.finalUrl = telegram.url;
    telegram.status = 200;
    telegram.contentType = u"text/html"_s;
    telegram.method = u"GET"_s;
    telegram.outcome = LinkCheckResult::Outcome::Ok;
    telegram.elapsedMs = 388;
    telegram.checkedAt = at("2026-11-26T08:04:02.000Z");
    telegram.snapshotSha256 = u"5d0f2c8f3f2a4b7e9c1d6a0b8e7f4c3d2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d"_s;
    telegram.snapshotSize = 48213;
    LinkCheckResult wikipedia;
    wikipedia.url = u"https://en.wikipedia.org/wiki/Port_of_Marseille"_s;
    wikipedia.finalUrl = wikipedia.url;
    wikipedia.status = 200;
    wikipedia.contentType = u"text/html"_s;
    wikipedia.method = u"HEAD"_s;
    wikipedia.outcome = LinkCheckResult::Outcome::Ok;
    wikipedia.elapsedMs = 120;
    wikipedia.checkedAt = at("2026-11-26T10:31:00.000Z");
    checks.insert(u"src3"_s, {telegram});
    checks.insert(u"src5"_s, {wikipedia});
    const QJsonObject json = ProvenanceExporter::provenanceJson(m_article, m_annotations, checks, m_options);
    QCOMPARE(json.value(u"format"_s).toString(), u"wiredesk-provenance"_s);
    QCOMPARE(json.value(u"snapshots"_s).toArray().size(), 1);
    QString message;
    QVERIFY2(GoldenFile::compare(QStringLiteral(WIREDESK_TEST_DATA "/provenance-export/sample-draft.provenance.json"),
                 QJsonDocument(json).toJson(QJsonDocument::Indented), &message),
        qPrintable(message));
}

void TestProvenanceExporter::ratings()
{
    QCOMPARE(ProvenanceExporter::ratingFor(u"verified"_s), qMakePair(5, u"True"_s));
    QCOMPARE(ProvenanceExporter::ratingFor(u"partly-verified"_s), qMakePair(3, u"Partly true"_s));
    QCOMPARE(ProvenanceExporter::ratingFor(u"disputed"_s), qMakePair(2, u"Disputed"_s));
    QCOMPARE(ProvenanceExporter::ratingFor(u"false"_s), qMakePair(1, u"False"_s));
    QCOMPARE(ProvenanceExporter::ratingFor(u"unchecked"_s).first, 0);
    QCOMPARE(ProvenanceExporter::ratingFor(u"unreachable"_s).first, 0);
}

QTEST_APPLESS_MAIN(TestProvenanceExporter)
#include "test_provenanceexporter.moc"
