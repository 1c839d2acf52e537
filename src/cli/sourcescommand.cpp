// wiredesk-cli sources check: canonical URLs, platforms, posting times derived from ids,
// duplicates and the provenance warnings of a URL list or an article, optionally with link
// checks — the fact-checker's checks panel for scripts and CI.
#include "clicommand.h"

#include "article.h"
#include "httpclient.h"
#include "linkchecker.h"
#include "posttimedecoder.h"
#include "provenancechecker.h"
#include "snapshotstore.h"
#include "sourcelistparser.h"
#include "urlcanonicalizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

using namespace Qt::StringLiterals;

namespace Wiredesk {
namespace {

constexpr qint64 MaxInputSize = 64 * 1024 * 1024;

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject readJsonFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(MaxInputSize), &parseError);
    if (!document.isObject()) {
        *error = parseError.errorString();
        return {};
    }
    return document.object();
}

// Link checks for every source with an http(s) URL; blocks in a local event loop.
QHash<QString, LinkCheckResult> checkOnline(const QList<ArticleSource> &sources, const QString &snapshotFolder)
{
    HttpClient client;
    LinkChecker checker(&client);
    std::unique_ptr<SnapshotStore> store;
    if (!snapshotFolder.isEmpty()) {
        store = std::make_unique<SnapshotStore>(snapshotFolder);
        checker.setSnapshotStore(store.get());
    }
    QStringList urls;
    QStringList ids;
    for (const ArticleSource &source : sources) {
        if (!UrlCanonicalizer::canonicalize(source.url).isEmpty()) {
            urls << source.url.trimmed();
            ids << source.id;
        }
    }
    QEventLoop loop;
    QObject::connect(&checker, &LinkChecker::finished, &loop, &QEventLoop::quit);
    QObject::connect(&checker, &LinkChecker::progress, &checker, [](int done, int total) {
        cliErr() << QCoreApplication::translate("SourcesCommand", "checked %1 of %2").arg(done).arg(total) << '\n';
        cliErr().flush();
    });
    checker.check(urls);
    if (checker.isRunning())
        loop.exec();
    QHash<QString, LinkCheckResult> results;
    const QList<LinkCheckResult> list = checker.results();
    for (qsizetype i = 0; i < list.size(); ++i)
        results.insert(ids.at(i), list.at(i));
    return results;
}

int usageError(const QString &message)
{
    return cliUsageError(u"sources check"_s, message);
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // Descriptions live in the command's usage text (wiredesk-cli help sources check).
    const QCommandLineOption onlineOption(u"online"_s);
    const QCommandLineOption snapshotsOption(u"snapshots"_s, {}, u"DIR"_s);
    const QCommandLineOption settingsOption(u"settings"_s, {}, u"FILE"_s);
    const QCommandLineOption nowOption(u"now"_s, {}, u"TIME"_s);
    parser.addOptions({onlineOption, snapshotsOption, settingsOption, nowOption});
    if (!parser.parse(QStringList {u"sources check"_s} + arguments))
        return cliParseError(u"sources check"_s, parser);
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(QCoreApplication::translate(
            "SourcesCommand", "name a file of URLs or an article (JSON); see wiredesk-cli help sources check"));
    if (positional.size() > 1)
        return usageError(QCoreApplication::translate("SourcesCommand", "only one file at a time"));
    const QString inputPath = positional.first();
    const bool online = parser.isSet(onlineOption);
    const QString snapshotFolder = parser.value(snapshotsOption);
    const QString settingsPath = parser.value(settingsOption);
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(nowOption)) {
        now = QDateTime::fromString(parser.value(nowOption), Qt::ISODateWithMs).toUTC();
        if (!now.isValid())
            return usageError(QCoreApplication::translate(
                "SourcesCommand", "--now needs an ISO 8601 time such as 2026-11-27T09:00:00Z"));
    }
    if (!snapshotFolder.isEmpty() && !online)
        return usageError(QCoreApplication::translate("SourcesCommand", "--snapshots only makes sense with --online"));

    ProvenanceCheckSettings settings;
    if (!settingsPath.isEmpty()) {
        QString error;
        const QJsonObject json = readJsonFile(settingsPath, &error);
        if (!error.isEmpty()) {
            cliErr() << QCoreApplication::translate(
                "SourcesCommand", "wiredesk-cli sources check: cannot read settings %1: %2")
                            .arg(QDir::toNativeSeparators(settingsPath), error)
                     << '\n';
            return 2;
        }
        settings = ProvenanceCheckSettings::fromJson(json);
    }

    QFile file(inputPath);
    const bool opened = inputPath == u"-" ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        cliErr() << QCoreApplication::translate("SourcesCommand", "wiredesk-cli sources check: cannot read %1: %2")
                        .arg(QDir::toNativeSeparators(inputPath), file.errorString())
                 << '\n';
        return 2;
    }
    const QByteArray data = file.read(MaxInputSize + 1);
    if (data.size() > MaxInputSize) {
        cliErr() << QCoreApplication::translate("SourcesCommand", "wiredesk-cli sources check: %1 is larger than 64 MB")
                        .arg(QDir::toNativeSeparators(inputPath))
                 << '\n';
        return 2;
    }

    // An article file, or else a list of URLs (one per line, or a pasted sources section).
    Article article;
    bool isArticle = false;
    const QJsonDocument document = QJsonDocument::fromJson(data);
    if (document.isObject()) {
        QString error;
        if (!Article::fromJson(document.object(), &article, &error)) {
            cliErr() << QCoreApplication::translate("SourcesCommand", "wiredesk-cli sources check: %1: %2")
                            .arg(QDir::toNativeSeparators(inputPath), error)
                     << '\n';
            return 2;
        }
        isArticle = true;
    } else {
        // Line by line, so that the same URL pasted twice is reported, not silently merged.
        const QStringList lines = QString::fromUtf8(data).split(u'\n');
        for (const QString &line : lines) {
            const QList<SourceListParser::Entry> entries = SourceListParser::parse(line);
            for (const SourceListParser::Entry &entry : entries) {
                ArticleSource source;
                source.id = u"line"_s + QString::number(article.sources.size() + 1);
                source.url = entry.url;
                source.title = entry.title;
                source.publisher = entry.publisher;
                source.platform = entry.platform;
                article.sources << source;
            }
        }
    }

    const QHash<QString, LinkCheckResult> checks
        = online ? checkOnline(article.sources, snapshotFolder) : QHash<QString, LinkCheckResult>();
    QList<ProvenanceWarning> warnings = ProvenanceChecker::check(article, checks, settings, now);
    if (!isArticle) {
        // A bare list has no text: citation, paragraph and image checks do not apply.
        warnings.removeIf([](const ProvenanceWarning &w) { return w.kind == ProvenanceWarning::Kind::UncitedSource; });
    }

    QHash<QString, QStringList> byCanonical;
    for (const ArticleSource &source : std::as_const(article.sources))
        byCanonical[UrlCanonicalizer::canonicalize(source.url)] << source.id;
    QJsonArray sourceArray;
    for (const ArticleSource &source : std::as_const(article.sources)) {
        const QString canonical = UrlCanonicalizer::canonicalize(source.url);
        QJsonObject json {
            {u"id"_s, source.id},
            {u"url"_s, source.url},
            {u"canonicalUrl"_s, canonical},
            {u"platform"_s, source.platform.isEmpty() ? UrlCanonicalizer::platformOf(source.url) : source.platform},
        };
        if (!source.title.isEmpty())
            json.insert(u"title"_s, source.title);
        const DecodedPostTime decoded = PostTimeDecoder::decode(source.url, now);
        if (decoded.isDerived())
            json.insert(u"postedFromUrl"_s, iso(decoded.time));
        else if (decoded.verdict == DecodedPostTime::Verdict::Sequential)
            json.insert(u"postedFromUrl"_s, QJsonValue::Null);
        QStringList duplicates = canonical.isEmpty() ? QStringList() : byCanonical.value(canonical);
        duplicates.removeAll(source.id);
        json.insert(u"duplicates"_s, QJsonArray::fromStringList(duplicates));
        if (checks.contains(source.id))
            json.insert(u"check"_s, checks.value(source.id).toJson());
        QJsonArray own;
        for (const ProvenanceWarning &w : std::as_const(warnings)) {
            if (w.sourceId == source.id && w.blockId.isEmpty())
                own.append(w.toJson());
        }
        json.insert(u"warnings"_s, own);
        sourceArray.append(json);
    }
    QJsonArray warningArray;
    int blocking = 0;
    for (const ProvenanceWarning &w : std::as_const(warnings)) {
        warningArray.append(w.toJson());
        if (w.severity == ProvenanceWarning::Severity::Blocking)
            ++blocking;
    }
    const QJsonObject report {
        {u"file"_s, inputPath},
        {u"input"_s, isArticle ? u"article"_s : u"url-list"_s},
        {u"checkedAt"_s, iso(now)},
        {u"online"_s, online},
        {u"sources"_s, sourceArray},
        {u"warnings"_s, warningArray},
        {u"blocking"_s, blocking},
    };
    cliOut() << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    cliOut().flush();
    return blocking > 0 ? 1 : 0;
}

const CliCommandRegistry::Entry sourcesCheckEntry(CliCommand {
    u"sources check"_s,
    "SourcesCommand",
    QT_TRANSLATE_NOOP("SourcesCommand", "Check the sources of an article or a list of URLs"),
    QT_TRANSLATE_NOOP("SourcesCommand",
        "Usage: wiredesk-cli sources check FILE [--online [--snapshots DIR]] [--settings FILE] [--now TIME]\n"
        "FILE is an article in Wiredesk's JSON form, or a list of URLs (one per line, or a pasted\n"
        "\"Sources\" section); \"-\" reads standard input. Prints JSON: each source's canonical URL,\n"
        "platform, the posting time derived from its id (null for sequential ids), its duplicates,\n"
        "and the warnings that apply without network access (duplicates, impossible ids, dates,\n"
        "uncited sources and paragraphs, citations of removed sources, images, low-credibility\n"
        "domains).\n\n"
        "  --online          also check every link (HEAD, else GET; redirects recorded)\n"
        "  --snapshots DIR   with --online: keep the pages' bodies in DIR, named by SHA-256\n"
        "  --settings FILE   desk settings (JSON: maxDaysBefore, maxDaysAfter, lowCredibilityDomains)\n"
        "  --now TIME        judge dates as of TIME (ISO 8601) instead of now\n\n"
        "Exit status: 0 no blocking warning, 1 at least one blocking warning, 2 wrong usage or\n"
        "unreadable input."),
    runCheck,
});

} // namespace
} // namespace Wiredesk
