// The checks panel as golden files: tests/data/provenance/<case>/article.json (or
// article-from: a path in the source tree), optional checks.json (source id → link check)
// and settings.json → expected-warnings.json. The time is fixed at 2026-11-27T09:00:00Z.
#include "article.h"
#include "citationextractor.h"
#include "goldenfile.h"
#include "provenancechecker.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

class TestProvenanceChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void everyKindIsCovered();
    void quotesAndFigures_data();
    void quotesAndFigures();
    void extractsCitations();
    void hostileBodyDoesNotCrash();
};

static const QDateTime Now = QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::utc()).toUTC();

static QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

static QString caseDir()
{
    return QStringLiteral(WIREDESK_TEST_DATA "/provenance");
}

static QList<ProvenanceWarning> runCase(const QString &dir, QString *error)
{
    QString articlePath = dir + u"/article.json"_s;
    QFile from(dir + u"/article-from"_s);
    if (from.open(QIODevice::ReadOnly))
        articlePath = QStringLiteral(WIREDESK_SOURCE_DIR "/") + QString::fromUtf8(from.readAll()).trimmed();
    Article article;
    if (!Article::fromJson(readJson(articlePath), &article, error))
        return {};
    QHash<QString, LinkCheckResult> checks;
    const QJsonObject checkJson = readJson(dir + u"/checks.json"_s);
    for (auto it = checkJson.begin(); it != checkJson.end(); ++it)
        checks.insert(it.key(), LinkCheckResult::fromJson(it.value().toObject()));
    const ProvenanceCheckSettings settings = ProvenanceCheckSettings::fromJson(readJson(dir + u"/settings.json"_s));
    return ProvenanceChecker::check(article, checks, settings, Now);
}

void TestProvenanceChecker::golden_data()
{
    QTest::addColumn<QString>("dir");
    const QStringList cases = QDir(caseDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 15);
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << caseDir() + u'/' + name;
}

void TestProvenanceChecker::golden()
{
    QFETCH(QString, dir);
    QString error;
    const QList<ProvenanceWarning> warnings = runCase(dir, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QJsonArray array;
    for (const ProvenanceWarning &warning : warnings)
        array.append(warning.toJson());
    QString message;
    QVERIFY2(GoldenFile::compare(
                 dir + u"/expected-warnings.json"_s, QJsonDocument(array).toJson(QJsonDocument::Indented), &message),
        qPrintable(message));
}

void TestProvenanceChecker::everyKindIsCovered()
{
    QSet<QString> seen;
    bool sawClean = false;
    const QStringList cases = QDir(caseDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : cases) {
        const QJsonArray expected = QJsonDocument::fromJson([&] {
            QFile f(caseDir() + u'/' + name + u"/expected-warnings.json"_s);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }())
                                        .array();
        sawClean = sawClean || expected.isEmpty();
        for (const QJsonValue &w : expected)
            seen.insert(w[u"kind"_s].toString());
    }
    QVERIFY(sawClean);
    for (int k = 0; k <= int(ProvenanceWarning::Kind::LowCredibilityDomain); ++k) {
        const QString name = ProvenanceWarning::kindName(ProvenanceWarning::Kind(k));
        QVERIFY2(seen.contains(name), qPrintable(u"no golden case shows "_s + name));
    }
}

void TestProvenanceChecker::quotesAndFigures_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("curly quotes") << u"He called it “invented”."_s << true;
    QTest::newRow("straight quotes") << u"He called it \"invented\"."_s << true;
    QTest::newRow("guillemets") << u"« Nous ne céderons pas »"_s << true;
    QTest::newRow("low quote") << u"„Wir bleiben“"_s << true;
    QTest::newRow("percent") << u"a cut of 12% in jobs"_s << true;
    QTest::newRow("per cent") << u"up 3.5 per cent on the year"_s << true;
    QTest::newRow("euro sign") << u"adds €350 per container"_s << true;
    QTest::newRow("euro after") << u"adds 350 € per container"_s << true;
    QTest::newRow("currency code") << u"a CHF 40 fee"_s << true;
    QTest::newRow("million") << u"74 million tonnes"_s << true;
    QTest::newRow("grouped") << u"some 1,450 dockers"_s << true;
    QTest::newRow("five digits") << u"16000 inhabitants"_s << true;
    QTest::newRow("four digits not a year") << u"3400 staff"_s << true;
    QTest::newRow("year") << u"since 2023, until 2032"_s << false;
    QTest::newRow("small numbers") << u"14 ships, 22 years, 72-hour strike"_s << false;
    QTest::newRow("apostrophe") << u"France’s biggest port"_s << false;
    QTest::newRow("plain") << u"The dispute is over remote cranes."_s << false;
    QTest::newRow("spelled-out amount") << u"several hundred euros per container"_s << true;
    QTest::newRow("spelled-out percent") << u"ten per cent of the staff"_s << true;
    QTest::newRow("hundreds of ships") << u"hundreds of ships a year"_s << false;
}

void TestProvenanceChecker::quotesAndFigures()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(ProvenanceChecker::hasQuotesOrFigures(text), expected);
}

void TestProvenanceChecker::extractsCitations()
{
    const auto result = CitationExtractor::extract(
        u"<p data-block=\"a\">Port <b>news</b>: <span data-sources=\"src1  src2 src1\">ships &amp; "
        "<span data-sources=\"src3\">cranes</span></span> idle.<br>End</p><ul data-block=\"l\"><li>one</li>"
        "<li><span data-sources=\"src4\">two</span></li></ul><p>loose</p>"_s);
    QCOMPARE(result.citations.size(), 3);
    QCOMPARE(result.citations.at(0).id, u"a/1"_s);
    QCOMPARE(result.citations.at(0).text, u"ships & cranes"_s);
    QCOMPARE(result.citations.at(0).start, 11);
    QCOMPARE(result.citations.at(0).end, 25);
    QCOMPARE(result.citations.at(0).sourceIds, QStringList({u"src1"_s, u"src2"_s}));
    QCOMPARE(result.citations.at(1).id, u"a/2"_s);
    QCOMPARE(result.citations.at(1).text, u"cranes"_s);
    QCOMPARE(result.citations.at(2).id, u"l/1"_s);
    QCOMPARE(result.paragraphs.size(), 4);
    QCOMPARE(result.paragraphs.at(0).text, u"Port news: ships & cranes idle.\nEnd"_s);
    QVERIFY(result.paragraphs.at(0).cited);
    QCOMPARE(result.paragraphs.at(1).item, 0);
    QVERIFY(!result.paragraphs.at(1).cited);
    QVERIFY(result.paragraphs.at(2).cited);
    QCOMPARE(result.paragraphs.at(3).blockId, u"auto-3"_s);
}

void TestProvenanceChecker::hostileBodyDoesNotCrash()
{
    QString deep;
    for (int i = 0; i < 100000; ++i)
        deep += u"<span data-sources=\"src1\">"_s;
    deep += u"12% “x”"_s;
    Article article;
    article.bodyHtml = u"<p data-block=\"d\">"_s + deep + u"</p>"_s;
    const QList<ProvenanceWarning> warnings = ProvenanceChecker::check(article, {}, {}, Now);
    QVERIFY(!warnings.isEmpty()); // every span cites a source that is not in the article
}

QTEST_APPLESS_MAIN(TestProvenanceChecker)
#include "test_provenancechecker.moc"
