// bench_sync: the client's overhead over plain HTTP when pushing drafts to WordPress.
//
// Starts the test WordPress (tests/support/wordpress), pushes N new drafts through SyncEngine
// (each: look up by draft id, then create; tags and category cached after the first), then
// makes the same 2·N requests (the same URLs and JSON bodies) with one curl process reading a
// config file, so the Authorization header never shows on a command line. Both against the
// same server in the same run; prints both totals and the client's overhead in percent.
#include "article.h"
#include "articlerepository.h"
#include "articleschema.h"
#include "database.h"
#include "httpclient.h"
#include "syncengine.h"
#include "syncschema.h"
#include "wordpressserver.h"
#include "wordpresstarget.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrlQuery>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

Article makeDraft(int i)
{
    Article a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.headline = u"Bench draft %1"_s.arg(i);
    a.dek = u"A short dek"_s;
    a.section = u"Bench"_s;
    a.tags = {u"bench"_s};
    a.bodyHtml = u"<p data-block=\"aaaaaaaa\">First paragraph of draft %1.</p>\n"
                 u"<p data-block=\"bbbbbbbb\">Second paragraph.</p>"_s.arg(i);
    a.created = a.modified = QDateTime::currentDateTimeUtc();
    return a;
}

QString quoted(const QString &text)
{
    QString out = text;
    out.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return u"\""_s + out + u"\""_s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int drafts = qEnvironmentVariableIsSet("WIREDESK_BENCH_SYNC_DRAFTS")
        ? qMax(1, qEnvironmentVariableIntValue("WIREDESK_BENCH_SYNC_DRAFTS"))
        : 500;
    WordPressServer wp;
    if (!wp.start()) {
        out << "bench_sync: cannot start WordPress: " << wp.errorString() << '\n';
        return wp.packagesMissing() ? 0 : 1;
    }
    out << "bench_sync: WordPress started in " << wp.startMilliseconds() << " ms; " << drafts << " drafts\n";
    out.flush();

    QTemporaryDir dir;
    Database db;
    if (!db.open(dir.filePath(u"profile.sqlite"_s)) || !db.migrate(articleSchema()) || !db.migrate(syncSchema())) {
        out << "bench_sync: " << db.errorString() << '\n';
        return 1;
    }
    HttpClient client;
    WordPressTarget target(wp.baseUrl(), &client);
    target.setCredentials(wp.userName(), wp.applicationPassword());
    SyncEngine engine(&db);
    engine.setAutoDrain(false);
    engine.addTarget(u"wp"_s, &target);
    ArticleRepository repository(&db);

    // Warm-up: category and tag exist and are cached, like in a running app.
    const Article warm = makeDraft(-1);
    repository.save(warm);
    engine.enqueue(warm.id, u"wp"_s);
    {
        QEventLoop loop;
        QObject::connect(&engine, &SyncEngine::idle, &loop, &QEventLoop::quit);
        engine.drain();
        loop.exec();
    }
    QList<Article> articles;
    for (int i = 0; i < drafts; ++i) {
        articles << makeDraft(i);
        repository.save(articles.last());
        engine.enqueue(articles.last().id, u"wp"_s);
    }
    QElapsedTimer timer;
    timer.start();
    {
        QEventLoop loop;
        QObject::connect(&engine, &SyncEngine::idle, &loop, &QEventLoop::quit);
        engine.drain();
        loop.exec();
    }
    const qint64 engineMs = timer.elapsed();
    int sent = 0;
    for (const Article &a : std::as_const(articles))
        sent += engine.outbox()->entry(a.id, u"wp"_s)->state == OutboxEntry::State::Sent ? 1 : 0;

    // The same requests with curl: lookup by draft id, then the create with the same body.
    QFile config(dir.filePath(u"curl.conf"_s));
    if (!config.open(QIODevice::WriteOnly)) {
        out << "bench_sync: cannot write the curl config\n";
        return 1;
    }
    QTextStream conf(&config);
    bool first = true;
    for (int i = 0; i < drafts; ++i) {
        Article a = makeDraft(i);
        const QString auth
            = u"header = \"Authorization: "_s + QString::fromLatin1(wp.authorizationHeader()) + u"\"\n"_s;
        QUrlQuery find;
        find.addQueryItem(u"context"_s, u"edit"_s);
        find.addQueryItem(u"status"_s, u"any"_s);
        find.addQueryItem(u"wiredesk_draft_id"_s, a.id);
        find.addQueryItem(u"_embed"_s, u"wp:term"_s);
        if (!first)
            conf << "next\n";
        first = false;
        conf << "url = " << quoted(target.restUrl(u"/wp/v2/posts"_s, find.toString()).toString()) << '\n'
             << auth << "output = \"/dev/null\"\nsilent\n";
        QJsonObject post {{u"title"_s, a.headline}, {u"content"_s, WordPressTarget::contentFor(a)},
            {u"excerpt"_s, a.dek}, {u"slug"_s, a.slug}, {u"status"_s, u"draft"_s}, {u"tags"_s, QJsonArray {}},
            {u"meta"_s,
                QJsonObject {
                    {u"wiredesk_draft_id"_s, a.id}, {u"wiredesk_provenance"_s, WordPressTarget::provenanceFor(a)}}}};
        conf << "next\nurl = " << quoted(target.restUrl(u"/wp/v2/posts"_s, u"_embed=wp:term"_s).toString()) << '\n'
             << auth << "header = \"Content-Type: application/json\"\n"
             << "data-binary = " << quoted(QString::fromUtf8(QJsonDocument(post).toJson(QJsonDocument::Compact)))
             << "\noutput = \"/dev/null\"\nsilent\n";
    }
    conf.flush();
    config.close();
    QProcess curl;
    timer.restart();
    curl.start(u"curl"_s, {u"--config"_s, config.fileName()});
    curl.waitForFinished(-1);
    const qint64 curlMs = timer.elapsed();

    out << "bench_sync: engine  " << drafts << " drafts in " << engineMs << " ms (" << sent << " sent), "
        << QString::number(double(engineMs) / drafts, 'f', 1) << " ms per draft\n";
    out << "bench_sync: curl    " << 2 * drafts << " requests in " << curlMs << " ms (exit " << curl.exitCode()
        << ")\n";
    out << "bench_sync: client overhead " << QString::number(100.0 * double(engineMs - curlMs) / double(curlMs), 'f', 1)
        << " % (target <= 10 %)\n";
    return sent == drafts ? 0 : 1;
}
