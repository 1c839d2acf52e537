#include "article.h"
#include "foldertarget.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

Article makeArticle()
{
    Article a;
    a.id = u"0f0e0d0c-aaaa-bbbb-cccc-000000000001"_s;
    a.headline = u"Bridge reopens"_s;
    a.slug = u"bridge-reopens"_s;
    a.bodyHtml = u"<p data-block=\"aaaaaaaa\">Traffic flows again.</p>"_s;
    ArticleSource source;
    source.id = u"s1"_s;
    source.url = u"https://example.org/report"_s;
    source.title = u"City report"_s;
    a.sources << source;
    a.created = a.modified = QDateTime::currentDateTimeUtc();
    return a;
}

template<typename Result, typename Call> Result await(Call call)
{
    std::optional<Result> out;
    call([&out](const Result &r) { out = r; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 5000))
        return Result {};
    return *out;
}

} // namespace

class TestFolderTarget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void provenanceSourceFillsHeadAndFile()
    {
        QTemporaryDir dir;
        FolderTarget target(dir.filePath(u"site"_s), dir.path());
        const Article article = makeArticle();
        int asked = 0;
        target.setProvenanceSource([&](const Article &) {
            ++asked;
            return FolderTarget::Provenance {
                u"<script type=\"application/ld+json\">{\"headline\":\"x\"}</script>"_s, "{\"formatVersion\":1}"_ba};
        });
        const PushResult pushed = await<PushResult>([&](auto done) { target.push(article, {}, {}, done); });
        QVERIFY2(pushed.error.ok(), qPrintable(pushed.error.message));
        QCOMPARE(asked, 1);
        QFile page(dir.filePath(u"site/bridge-reopens/index.html"_s));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(page.readAll());
        const qsizetype script = html.indexOf(u"<script type=\"application/ld+json\">"_s);
        QVERIFY(script > 0);
        QVERIFY(script < html.indexOf(u"</head>"_s));
        QFile provenance(dir.filePath(u"site/bridge-reopens/provenance.json"_s));
        QVERIFY(provenance.open(QIODevice::ReadOnly));
        QCOMPARE(provenance.readAll(), "{\"formatVersion\":1}"_ba);
    }

    void publishesPageArticleAndProvenance()
    {
        QTemporaryDir dir;
        FolderTarget target(dir.filePath(u"site"_s), dir.path());
        const Article article = makeArticle();
        const PushResult pushed = await<PushResult>([&](auto done) { target.push(article, {}, {}, done); });
        QVERIFY2(pushed.error.ok(), qPrintable(pushed.error.message));
        QCOMPARE(pushed.remoteId, u"bridge-reopens"_s);
        QCOMPARE(pushed.remoteVersion, pushed.contentHash);
        const QDir out(dir.filePath(u"site/bridge-reopens"_s));
        QFile page(out.filePath(u"index.html"_s));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(page.readAll());
        QVERIFY(html.contains(u"Traffic flows again."_s));
        QVERIFY(html.contains(u"Bridge reopens"_s));
        QFile json(out.filePath(u"article.json"_s));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(json.readAll()).object().value(u"id"_s).toString(), article.id);
        QFile provenance(out.filePath(u"provenance.json"_s));
        QVERIFY(provenance.open(QIODevice::ReadOnly));
        QVERIFY(provenance.readAll().contains("https://example.org/report"));

        const FetchResult found = await<FetchResult>([&](auto done) { target.findByDraftId(article.id, done); });
        QVERIFY(found.found);
        QCOMPARE(found.post.contentHash, pushed.contentHash);
        const FetchResult none = await<FetchResult>([&](auto done) { target.findByDraftId(u"other"_s, done); });
        QVERIFY(!none.found);

        // An update changes the version; the same content gives the same version.
        Article edited = article;
        edited.bodyHtml = u"<p data-block=\"aaaaaaaa\">Traffic flows again, slowly.</p>"_s;
        const PushResult second
            = await<PushResult>([&](auto done) { target.push(edited, pushed.remoteId, pushed.remoteVersion, done); });
        QVERIFY(second.error.ok());
        QVERIFY(second.remoteVersion != pushed.remoteVersion);
        const ListResult list = await<ListResult>([&](auto done) { target.listRemote({}, 1, done); });
        QCOMPARE(list.total, 1);
        QCOMPARE(list.posts.constFirst().bodyHtml, edited.bodyHtml);
    }

    void hostileRemoteIdStaysInside()
    {
        QTemporaryDir dir;
        FolderTarget target(dir.filePath(u"site"_s), dir.path());
        const PushResult pushed
            = await<PushResult>([&](auto done) { target.push(makeArticle(), u"../../escape"_s, {}, done); });
        QVERIFY(pushed.error.ok());
        QCOMPARE(pushed.remoteId, u"escape"_s);
        QVERIFY(QFile::exists(dir.filePath(u"site/escape/index.html"_s)));
        const FetchResult missing = await<FetchResult>([&](auto done) { target.fetch(u"nothing-here"_s, done); });
        QCOMPARE(missing.error.kind, SyncError::Kind::RemoteDeleted);
    }

    void unwritableFolderIsAClearError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        FolderTarget target(dir.filePath(u"file/site"_s), dir.path());
        const PushResult pushed = await<PushResult>([&](auto done) { target.push(makeArticle(), {}, {}, done); });
        QCOMPARE(pushed.error.kind, SyncError::Kind::Invalid);
        QVERIFY(!pushed.error.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFolderTarget)
#include "test_foldertarget.moc"
