// wiredesk-cli sync ...: push drafts through the outbox, pull remote drafts, show the outbox,
// configure targets. Targets live in the profile database (sync_target); passwords only in
// the system keychain (read from stdin by "sync target add", never from the command line).
#include "clicommand.h"

#include "articleschema.h"
#include "credentialstore.h"
#include "database.h"
#include "foldertarget.h"
#include "httpclient.h"
#include "profile.h"
#include "syncengine.h"
#include "syncschema.h"
#include "wordpresstarget.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Wiredesk {
namespace {

struct Options {
    QString profile;
    QString target;
    QString kind;
    QString url;
    QString user;
    QString since;
    bool allowInsecure = false;
    QStringList rest;
};

/// Parses the options every sync subcommand shares; false (after a message) on bad usage.
bool parse(const QString &command, const QStringList &arguments, Options *options)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        QString *target = a == u"--profile" ? &options->profile
            : a == u"--target"              ? &options->target
            : a == u"--kind"                ? &options->kind
            : a == u"--url"                 ? &options->url
            : a == u"--user"                ? &options->user
            : a == u"--since"               ? &options->since
                                            : nullptr;
        if (target) {
            if (i + 1 >= arguments.size()) {
                cliErr()
                    << QCoreApplication::translate("SyncCommand", "wiredesk-cli %1: %2 needs a value").arg(command, a)
                    << '\n';
                return false;
            }
            *target = arguments.at(++i);
        } else if (a == u"--allow-insecure") {
            options->allowInsecure = true;
        } else if (a.startsWith(u"--")) {
            cliErr() << QCoreApplication::translate("SyncCommand", "wiredesk-cli %1: unknown option %2").arg(command, a)
                     << '\n';
            return false;
        } else {
            options->rest << a;
        }
    }
    if (options->profile.isEmpty())
        options->profile = Profile::defaultLocation();
    return true;
}

struct Session {
    Profile profile;
    Database database;
};

std::unique_ptr<Session> openProfile(const QString &command, const QString &folder)
{
    auto session = std::make_unique<Session>();
    if (!session->profile.open(folder)) {
        cliErr() << QCoreApplication::translate("SyncCommand", "wiredesk-cli %1: %2")
                        .arg(command, session->profile.errorString())
                 << '\n';
        return nullptr;
    }
    if (!session->database.open(session->profile.databasePath()) || !session->database.migrate(articleSchema())
        || !session->database.migrate(syncSchema())) {
        cliErr() << QCoreApplication::translate("SyncCommand", "wiredesk-cli %1: %2")
                        .arg(command, session->database.errorString())
                 << '\n';
        return nullptr;
    }
    return session;
}

struct TargetRow {
    QString name, kind, url, user;
    bool allowInsecure = false;
};

QList<TargetRow> targets(Database &database, const QString &only = {})
{
    QList<TargetRow> rows;
    QSqlQuery query(database.connection());
    query.exec(u"SELECT name, kind, url, user, allow_insecure FROM sync_target ORDER BY name"_s);
    while (query.next()) {
        TargetRow row {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toBool()};
        if (only.isEmpty() || row.name == only)
            rows << row;
    }
    return rows;
}

PublishingTarget *makeTarget(const TargetRow &row, HttpClient *client, const QString &profile, QObject *parent)
{
    if (row.kind == u"folder")
        return new FolderTarget(row.url, profile, RenderOptions(), parent);
    auto *wordpress = new WordPressTarget(QUrl(row.url), client, parent);
    wordpress->setUser(row.user);
    wordpress->setAssetRoot(profile);
    return wordpress;
}

QJsonObject entryJson(const OutboxEntry &e)
{
    return QJsonObject {{u"draft"_s, e.draftId}, {u"target"_s, e.target}, {u"state"_s, OutboxEntry::stateName(e.state)},
        {u"attempts"_s, e.attempts},
        {u"nextAttempt"_s, e.nextAttempt.isValid() ? e.nextAttempt.toString(Qt::ISODate) : QString()},
        {u"remoteId"_s, e.remoteId}, {u"remoteVersion"_s, e.remoteVersion}, {u"error"_s, e.lastError}};
}

int runTargetAdd(const QStringList &arguments)
{
    Options o;
    if (!parse(u"sync target add"_s, arguments, &o))
        return 2;
    // Registered as "sync target" (the registry knows two-word names); "add" is the verb.
    if (!o.rest.isEmpty() && o.rest.constFirst() == u"add")
        o.rest.removeFirst();
    else
        o.rest.clear();
    if (o.rest.size() != 1 || (o.kind != u"wordpress" && o.kind != u"folder") || o.url.isEmpty()
        || (o.kind == u"wordpress" && o.user.isEmpty())) {
        cliErr() << QCoreApplication::translate("SyncCommand",
            "Usage: wiredesk-cli sync target add [--profile DIR] NAME --kind wordpress|folder --url URL "
            "[--user USER] [--allow-insecure]")
                 << '\n';
        return 2;
    }
    auto session = openProfile(u"sync target add"_s, o.profile);
    if (!session)
        return 1;
    if (o.kind == u"wordpress") {
        if (!SyncEngine::mayCarryCredentials(QUrl(o.url), o.allowInsecure)) {
            cliErr() << QCoreApplication::translate("SyncCommand",
                "wiredesk-cli sync target add: %1 is plain http to another machine; the password would "
                "travel unencrypted. Use https, or --allow-insecure if you accept that.")
                            .arg(o.url)
                     << '\n';
            return 1;
        }
        // The Application Password comes on stdin, so it never shows in `ps` or shell history.
        QTextStream in(stdin);
        const QString password = in.readLine().trimmed();
        if (password.isEmpty()) {
            cliErr() << QCoreApplication::translate(
                "SyncCommand", "wiredesk-cli sync target add: give the Application Password on standard input")
                     << '\n';
            return 2;
        }
        CredentialStore store;
        std::optional<SyncError> result;
        QEventLoop loop;
        store.store(QUrl(o.url), o.user, password, [&](const SyncError &e) {
            result = e;
            loop.quit();
        });
        loop.exec();
        if (!result->ok()) {
            cliErr()
                << QCoreApplication::translate("SyncCommand", "wiredesk-cli sync target add: %1").arg(result->message)
                << '\n';
            return 1;
        }
    }
    QSqlQuery query(session->database.connection());
    query.prepare(u"INSERT OR REPLACE INTO sync_target (name, kind, url, user, allow_insecure) VALUES (?,?,?,?,?)"_s);
    for (const QVariant &v : QVariantList {o.rest.constFirst(), o.kind, o.url, o.user, o.allowInsecure ? 1 : 0})
        query.addBindValue(v);
    if (!query.exec()) {
        cliErr() << QCoreApplication::translate("SyncCommand", "wiredesk-cli sync target add: cannot save the target")
                 << '\n';
        return 1;
    }
    return 0;
}

int runPush(const QStringList &arguments)
{
    Options o;
    if (!parse(u"sync push"_s, arguments, &o))
        return 2;
    if (o.rest.isEmpty()) {
        cliErr() << QCoreApplication::translate(
            "SyncCommand", "Usage: wiredesk-cli sync push [--profile DIR] [--target NAME] DRAFT...")
                 << '\n';
        return 2;
    }
    auto session = openProfile(u"sync push"_s, o.profile);
    if (!session)
        return 1;
    const QList<TargetRow> rows = targets(session->database, o.target);
    if (rows.isEmpty()) {
        cliErr() << QCoreApplication::translate(
            "SyncCommand", "wiredesk-cli sync push: no such target; add one with `sync target add`")
                 << '\n';
        return 1;
    }
    QObject owner;
    HttpClient client;
    CredentialStore credentials;
    SyncEngine engine(&session->database);
    engine.setAutoDrain(false);
    engine.setCredentialStore(&credentials);
    for (const TargetRow &row : rows) {
        engine.addTarget(row.name, makeTarget(row, &client, session->profile.path(), &owner));
        engine.setAllowInsecureCredentials(row.name, row.allowInsecure);
    }
    engine.recover();
    for (const QString &draft : std::as_const(o.rest)) {
        for (const TargetRow &row : rows)
            engine.enqueue(draft, row.name);
    }
    // Drain what is due now; retries later are left in the outbox for the next run or the app.
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::idle, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, &engine, &SyncEngine::drain);
    loop.exec();
    int failed = 0;
    for (const QString &draft : std::as_const(o.rest)) {
        for (const TargetRow &row : rows) {
            const std::optional<OutboxEntry> e = engine.outbox()->entry(draft, row.name);
            if (!e)
                continue;
            failed += e->state == OutboxEntry::State::Sent ? 0 : 1;
            cliOut() << QString::fromUtf8(QJsonDocument(entryJson(*e)).toJson(QJsonDocument::Compact)) << '\n';
        }
    }
    return failed == 0 ? 0 : 1;
}

int runPull(const QStringList &arguments)
{
    Options o;
    if (!parse(u"sync pull"_s, arguments, &o))
        return 2;
    auto session = openProfile(u"sync pull"_s, o.profile);
    if (!session)
        return 1;
    const QList<TargetRow> rows = targets(session->database, o.target);
    if (rows.isEmpty()) {
        cliErr() << QCoreApplication::translate("SyncCommand", "wiredesk-cli sync pull: no such target") << '\n';
        return 1;
    }
    const QDateTime since = o.since.isEmpty() ? QDateTime() : QDateTime::fromString(o.since, Qt::ISODate);
    QObject owner;
    HttpClient client;
    CredentialStore credentials;
    int status = 0;
    for (const TargetRow &row : rows) {
        PublishingTarget *target = makeTarget(row, &client, session->profile.path(), &owner);
        if (auto *wordpress = qobject_cast<WordPressTarget *>(target)) {
            if (!SyncEngine::mayCarryCredentials(wordpress->siteUrl(), row.allowInsecure)) {
                cliErr() << QCoreApplication::translate(
                    "SyncCommand", "wiredesk-cli sync pull: %1: plain http to another machine")
                                .arg(row.name)
                         << '\n';
                status = 1;
                continue;
            }
            QEventLoop loop;
            SyncError error;
            credentials.read(wordpress->siteUrl(), row.user, [&](const QString &secret, const SyncError &e) {
                error = e;
                wordpress->setCredentials(row.user, secret);
                loop.quit();
            });
            loop.exec();
            if (!error.ok()) {
                cliErr() << QCoreApplication::translate("SyncCommand", "wiredesk-cli sync pull: %1: %2")
                                .arg(row.name, error.message)
                         << '\n';
                status = 1;
                continue;
            }
        }
        for (int page = 1;; ++page) {
            QEventLoop loop;
            ListResult result;
            target->listRemote(since, page, [&](const ListResult &r) {
                result = r;
                loop.quit();
            });
            loop.exec();
            if (!result.error.ok()) {
                cliErr() << QCoreApplication::translate("SyncCommand", "wiredesk-cli sync pull: %1: %2")
                                .arg(row.name, result.error.message)
                         << '\n';
                status = 1;
                break;
            }
            for (const RemotePost &post : std::as_const(result.posts))
                cliOut() << QString::fromUtf8(QJsonDocument(
                    QJsonObject {{u"target"_s, row.name}, {u"remoteId"_s, post.remoteId}, {u"version"_s, post.version},
                        {u"title"_s, post.title}, {u"status"_s, post.status},
                        {u"draft"_s,
                            post.draftId}}).toJson(QJsonDocument::Compact))
                         << '\n';
            if (page >= result.totalPages)
                break;
        }
    }
    return status;
}

int runStatus(const QStringList &arguments)
{
    Options o;
    if (!parse(u"sync status"_s, arguments, &o))
        return 2;
    auto session = openProfile(u"sync status"_s, o.profile);
    if (!session)
        return 1;
    OutboxQueue queue(&session->database);
    QJsonArray entries;
    for (const OutboxEntry &e : queue.entries()) {
        if (o.target.isEmpty() || e.target == o.target)
            entries.append(entryJson(e));
    }
    QJsonArray configured;
    for (const TargetRow &row : targets(session->database))
        configured.append(
            QJsonObject {{u"name"_s, row.name}, {u"kind"_s, row.kind}, {u"url"_s, row.url}, {u"user"_s, row.user}});
    cliOut() << QString::fromUtf8(QJsonDocument(
        QJsonObject {{u"targets"_s, configured},
            {u"outbox"_s, entries}}).toJson(QJsonDocument::Indented));
    return 0;
}

const CliCommandRegistry::Entry targetAddEntry(CliCommand {u"sync target"_s, "SyncCommand",
    QT_TRANSLATE_NOOP(
        "SyncCommand", "sync target add: configure a publishing target (password on stdin, kept in the keychain)"),
    QT_TRANSLATE_NOOP("SyncCommand",
        "wiredesk-cli sync target add [--profile DIR] NAME --kind wordpress|folder --url URL [--user USER] "
        "[--allow-insecure]\n  The WordPress Application Password is read from standard input and stored only in "
        "the system keychain."),
    runTargetAdd});
const CliCommandRegistry::Entry pushEntry(
    CliCommand {u"sync push"_s, "SyncCommand", QT_TRANSLATE_NOOP("SyncCommand", "Push drafts through the outbox"),
        QT_TRANSLATE_NOOP("SyncCommand",
            "wiredesk-cli sync push [--profile DIR] [--target NAME] DRAFT...\n  Prints one JSON line per draft and "
            "target with its outbox state; exit 1 when any is not sent."),
        runPush});
const CliCommandRegistry::Entry pullEntry(
    CliCommand {u"sync pull"_s, "SyncCommand", QT_TRANSLATE_NOOP("SyncCommand", "List remote drafts (JSON lines)"),
        QT_TRANSLATE_NOOP("SyncCommand", "wiredesk-cli sync pull [--profile DIR] [--target NAME] [--since ISO-DATE]"),
        runPull});
const CliCommandRegistry::Entry statusEntry(
    CliCommand {u"sync status"_s, "SyncCommand", QT_TRANSLATE_NOOP("SyncCommand", "The outbox as JSON"),
        QT_TRANSLATE_NOOP("SyncCommand", "wiredesk-cli sync status [--profile DIR] [--target NAME]"), runStatus});

} // namespace
} // namespace Wiredesk
