// "wire ingest" and "wire search": a profile's wire store from the command line, through the
// same WireIngestor and SearchQueryParser the app uses.

#include "clicommand.h"

#include "profile.h"
#include "searchqueryparser.h"
#include "wireingestor.h"
#include "wireitemjson.h"
#include "wirestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

// The context lupdate records is the one looked up at run time.
struct WireIngestText {
    Q_DECLARE_TR_FUNCTIONS(WireIngestCommand)
};

bool openProfile(Profile *profile, const QString &folder)
{
    if (folder.isEmpty()) {
        cliErr() << WireIngestText::tr("--profile DIR is required") << '\n';
        return false;
    }
    if (!profile->open(folder)) {
        cliErr() << WireIngestText::tr("error: %1").arg(profile->errorString()) << '\n';
        return false;
    }
    return true;
}

/// The existing source for @p argument (same URL or path), or a new one added to the store.
/// On failure returns 0 with @p error set and @p wrongUsage telling a bad argument from a
/// store that failed (the message is translated, so callers must not look into it).
qint64 sourceFor(WireStore &store, const QString &argument, QString *error, bool *wrongUsage)
{
    *wrongUsage = false;
    WireSource source;
    if (WireIngestor::isUrl(argument)) {
        const QUrl url(argument);
        if (!url.isValid() || url.host().isEmpty()) {
            *error = WireIngestText::tr("%1 is not a usable URL.").arg(argument);
            *wrongUsage = true;
            return 0;
        }
        source.location = url.toString();
        source.type = url.host() == u"t.me" ? u"telegram"_s : u"feed"_s;
        source.name = url.host() + url.path();
    } else {
        const QFileInfo info(argument);
        if (!info.exists()) {
            *error = WireIngestText::tr("%1 does not exist.").arg(argument);
            *wrongUsage = true;
            return 0;
        }
        source.location = info.absoluteFilePath();
        source.type = info.isDir() ? u"dropfolder"_s : u"file"_s;
        source.name = info.fileName().isEmpty() ? source.location : info.fileName();
    }
    const QList<WireSource> existing = store.sources();
    QStringList names;
    for (const WireSource &s : existing) {
        if (s.location == source.location)
            return s.id;
        names << s.name.toCaseFolded();
    }
    const QString base = source.name;
    for (int n = 2; names.contains(source.name.toCaseFolded()); ++n)
        source.name = u"%1 (%2)"_s.arg(base).arg(n);
    const qint64 id = store.addSource(source);
    if (id == 0)
        *error = WireIngestText::tr("Cannot add the source %1: %2").arg(argument, store.errorString());
    return id;
}

QJsonObject summaryJson(const SourceRefresh &r)
{
    QJsonObject o;
    o.insert(u"id"_s, r.source.id);
    o.insert(u"name"_s, r.source.name);
    o.insert(u"type"_s, r.source.type);
    o.insert(u"location"_s, r.source.location);
    o.insert(u"added"_s, r.added);
    o.insert(u"updated"_s, r.updated);
    o.insert(u"unchanged"_s, r.unchanged);
    o.insert(u"duplicates"_s, r.duplicates);
    o.insert(u"tombstoned"_s, r.tombstoned);
    o.insert(u"files"_s, r.files);
    o.insert(u"notModified"_s, r.notModified);
    o.insert(u"deferred"_s, r.deferred);
    o.insert(u"nextAttempt"_s, WireItemJson::dateString(r.source.nextAttempt));
    o.insert(u"result"_s, r.source.lastResult);
    o.insert(u"error"_s, r.error.isEmpty() ? QJsonValue() : QJsonValue(r.error));
    return o;
}

int wireIngest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption profileOption(u"profile"_s, WireIngestText::tr("The profile folder."), u"DIR"_s);
    parser.addOption(profileOption);
    parser.addPositionalArgument(u"SOURCE"_s, WireIngestText::tr("A feed file, a drop folder or an http(s) URL."));
    if (!parser.parse(QStringList {u"wire ingest"_s} + arguments))
        return cliParseError(u"wire ingest"_s, parser);
    const QStringList sources = parser.positionalArguments();
    if (sources.isEmpty() || !parser.isSet(profileOption)) {
        cliErr() << WireIngestText::tr("Usage: wiredesk-cli wire ingest --profile DIR SOURCE...") << '\n';
        return 2;
    }
    Profile profile;
    if (!openProfile(&profile, parser.value(profileOption)))
        return 1;

    QList<qint64> ids;
    {
        WireStore store;
        if (!store.open(profile.databasePath())) {
            cliErr() << WireIngestText::tr("error: %1").arg(store.errorString()) << '\n';
            return 1;
        }
        for (const QString &argument : sources) {
            QString error;
            bool wrongUsage = false;
            const qint64 id = sourceFor(store, argument, &error, &wrongUsage);
            if (id == 0) {
                cliErr() << WireIngestText::tr("error: %1").arg(error) << '\n';
                return wrongUsage ? 2 : 1;
            }
            if (!ids.contains(id))
                ids << id;
        }
    }

    WireIngestor ingestor(profile.databasePath());
    ingestor.setSettleTime(std::chrono::milliseconds(0)); // the user says the files are complete
    QEventLoop loop;
    bool failed = false;
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    QObject::connect(&ingestor, &WireIngestor::sourceRefreshed, &loop, [&](const SourceRefresh &r) {
        failed = failed || !r.ok();
        out.write(QJsonDocument(summaryJson(r)).toJson(QJsonDocument::Compact) + '\n');
        out.flush();
    });
    QObject::connect(&ingestor, &WireIngestor::refreshFinished, &loop, [&](const RefreshSummary &summary) {
        for (const QString &error : summary.errors)
            cliErr() << WireIngestText::tr("error:") << ' ' << error << '\n';
        cliErr().flush();
        loop.quit();
    });
    QMetaObject::invokeMethod(
        &ingestor, [&] { ingestor.refresh(ids); }, Qt::QueuedConnection);
    loop.exec();
    ingestor.stop();
    return failed ? 1 : 0;
}

int wireSearch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption profileOption(u"profile"_s, WireIngestText::tr("The profile folder."), u"DIR"_s);
    const QCommandLineOption limitOption(
        u"limit"_s, WireIngestText::tr("At most N items (default 50, at most 10000)."), u"N"_s);
    parser.addOptions({profileOption, limitOption});
    parser.addPositionalArgument(u"QUERY"_s, WireIngestText::tr("The search, as typed in the inbox search box."));
    if (!parser.parse(QStringList {u"wire search"_s} + arguments))
        return cliParseError(u"wire search"_s, parser);
    int limit = 50;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit < 1 || limit > 10000) {
            cliErr() << WireIngestText::tr("--limit wants a number from 1 to 10000") << '\n';
            return 2;
        }
    }
    if (!parser.isSet(profileOption) || parser.positionalArguments().isEmpty()) {
        cliErr() << WireIngestText::tr("Usage: wiredesk-cli wire search --profile DIR [--limit N] QUERY") << '\n';
        return 2;
    }
    Profile profile;
    if (!openProfile(&profile, parser.value(profileOption)))
        return 1;
    WireStore store;
    if (!store.open(profile.databasePath())) {
        cliErr() << WireIngestText::tr("error: %1").arg(store.errorString()) << '\n';
        return 1;
    }
    const InboxQuery query = SearchQueryParser::parse(parser.positionalArguments().join(u' '));
    const InboxPage page = store.page(query, {}, limit);
    for (const QString &note : page.notes)
        cliErr() << WireIngestText::tr("note:") << ' ' << note << '\n';
    if (!page.error.isEmpty()) {
        cliErr() << WireIngestText::tr("error: %1").arg(page.error) << '\n';
        return 1;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    for (const InboxRow &row : page.rows) {
        QJsonObject o = WireItemJson::toJson(row.item);
        o.insert(u"source"_s, row.sourceName);
        o.insert(u"label"_s, row.sourceLabel);
        o.insert(u"read"_s, row.read);
        o.insert(u"starred"_s, row.starred);
        o.insert(u"clusterId"_s, row.clusterId);
        o.insert(u"clusterSize"_s, row.clusterSize);
        out.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    }
    out.flush();
    cliErr().flush();
    return 0;
}

const CliCommandRegistry::Entry wireIngestEntry(CliCommand {u"wire ingest"_s, "wire",
    QT_TRANSLATE_NOOP("wire", "Ingest feed files, drop folders or URLs into a profile's wire store"),
    QT_TRANSLATE_NOOP("wire",
        "Usage: wiredesk-cli wire ingest --profile DIR SOURCE...\n"
        "SOURCE is a feed file, a drop folder or an http(s) URL. A source not yet in the profile is added\n"
        "(one with the same URL or path is reused), then each is ingested once. Prints one JSON summary\n"
        "per source (docs/wire-json-lines.md). Exit code 1 when a source failed, 2 on wrong usage."),
    wireIngest});

const CliCommandRegistry::Entry wireSearchEntry(CliCommand {u"wire search"_s, "wire",
    QT_TRANSLATE_NOOP("wire", "Search a profile's wire store (JSON lines, newest first)"),
    QT_TRANSLATE_NOOP("wire",
        "Usage: wiredesk-cli wire search --profile DIR [--limit N] QUERY\n"
        "QUERY uses the inbox search language: words, \"phrases\", prefix*, AND/OR/NOT, source:, label:,\n"
        "after:/before:/since:, is:unread|read|starred, urgency:<=N. Prints the matching items as JSON\n"
        "lines, newest first; parser notes go to standard error. Exit code 1 on failure, 2 on wrong usage."),
    wireSearch});

} // namespace

} // namespace Wiredesk
