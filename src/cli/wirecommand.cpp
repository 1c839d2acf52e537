// "wire parse": a feed document in, normalized wire items out as JSON lines.

#include "clicommand.h"

#include "feedfetcher.h"
#include "feedparser.h"
#include "httpclient.h"
#include "wireitemjson.h"
#include "wirenormalizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

// One conditional-less GET through the same fetcher the app uses (size cap, timeouts,
// redirect policy); returns false with a message on failure.
bool fetchFeed(const QUrl &url, QByteArray *body, ParseContext *context, QString *error)
{
    HttpClient client;
    FeedFetcher fetcher(&client);
    FeedFetcher::Result result;
    bool done = false;
    QEventLoop loop;
    QObject::connect(&fetcher, &FeedFetcher::fetched, &loop, [&](const FeedFetcher::Result &r) {
        result = r;
        done = true;
        loop.quit();
    });
    FeedFetcher::Source source;
    source.id = url.toString();
    source.url = url;
    fetcher.fetch(source);
    if (!done)
        loop.exec();
    if (!result.isSuccess()) {
        *error = result.http.errorString.isEmpty()
            ? QCoreApplication::translate("wire", "The feed could not be fetched.")
            : result.http.errorString;
        return false;
    }
    *body = result.body();
    if (context->url.isEmpty())
        context->url = result.http.finalUrl.isValid() ? result.http.finalUrl : url;
    if (context->contentType.isEmpty())
        context->contentType = QString::fromLatin1(result.http.header("Content-Type"));
    if (!context->fetchTime.isValid())
        context->fetchTime = result.http.receivedAt;
    return true;
}

int wireParse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption urlOption(u"url"_s,
        QCoreApplication::translate("wire", "The feed's URL: the base for relative links (default: the fetched URL)."),
        u"URL"_s);
    const QCommandLineOption typeOption(
        u"content-type"_s, QCoreApplication::translate("wire", "The HTTP Content-Type the feed came with."), u"TYPE"_s);
    const QCommandLineOption timeOption(u"fetch-time"_s,
        QCoreApplication::translate("wire", "When the feed was fetched (ISO 8601; default: now)."), u"TIME"_s);
    const QCommandLineOption rawOption(
        u"raw"_s, QCoreApplication::translate("wire", "Include each item's raw payload."));
    const QCommandLineOption quietOption(
        u"quiet"_s, QCoreApplication::translate("wire", "Do not print the feed summary and warnings."));
    parser.addOptions({urlOption, typeOption, timeOption, rawOption, quietOption});
    parser.addPositionalArgument(
        u"SOURCE"_s, QCoreApplication::translate("wire", "A feed file, an http(s) URL, or - for standard input."));
    if (!parser.parse(QStringList {u"wire parse"_s} + arguments))
        return cliParseError(u"wire parse"_s, parser);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        cliErr() << QCoreApplication::translate("wire",
            "Usage: wiredesk-cli wire parse [--url URL] [--content-type TYPE] [--fetch-time TIME] [--raw] FILE|-")
                 << '\n';
        return 2;
    }
    const QString source = positional.first();

    ParseContext context;
    if (parser.isSet(urlOption))
        context.url = QUrl(parser.value(urlOption));
    context.contentType = parser.value(typeOption);
    if (parser.isSet(timeOption)) {
        context.fetchTime = QDateTime::fromString(parser.value(timeOption), Qt::ISODate);
        if (!context.fetchTime.isValid()) {
            cliErr() << QCoreApplication::translate(
                "wire", "--fetch-time wants an ISO 8601 date, such as 2026-11-27T07:00:00Z.")
                     << '\n';
            return 2;
        }
    }

    QByteArray bytes;
    if (source.startsWith(u"http://", Qt::CaseInsensitive) || source.startsWith(u"https://", Qt::CaseInsensitive)) {
        const QUrl url(source, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            cliErr() << QCoreApplication::translate("wire", "Not a valid URL: %1").arg(source) << '\n';
            return 2;
        }
        QString error;
        if (!fetchFeed(url, &bytes, &context, &error)) {
            cliErr() << QCoreApplication::translate("wire", "error:") << ' ' << error << '\n';
            return 1;
        }
    } else if (source == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            cliErr() << QCoreApplication::translate("wire", "Cannot read standard input.") << '\n';
            return 1;
        }
        bytes = in.readAll();
    } else {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly)) {
            cliErr() << QCoreApplication::translate("wire", "Cannot open %1: %2").arg(source, file.errorString())
                     << '\n';
            return 1;
        }
        bytes = file.readAll();
    }

    ParsedFeed feed = FeedParser::parse(bytes, context);
    QTextStream &err = cliErr();
    if (!feed.ok()) {
        err << QCoreApplication::translate("wire", "error:") << ' ' << feed.error << '\n';
        err.flush();
        return 1;
    }
    WireNormalizer().normalize(feed);

    const WireItemJson::Raw raw = parser.isSet(rawOption) ? WireItemJson::Raw::Include : WireItemJson::Raw::Omit;
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    for (const WireItem &item : std::as_const(feed.items))
        out.write(WireItemJson::toJsonLine(item, raw));
    out.flush();

    if (!parser.isSet(quietOption)) {
        err << QCoreApplication::translate("wire", "format:") << ' ' << feed.format << '\n'
            << QCoreApplication::translate("wire", "encoding:") << ' ' << feed.encoding << '\n';
        if (!feed.title.isEmpty())
            err << QCoreApplication::translate("wire", "title:") << ' ' << feed.title << '\n';
        err << QCoreApplication::translate("wire", "items:") << ' ' << feed.items.size() << '\n';
        for (const QString &warning : std::as_const(feed.warnings))
            err << QCoreApplication::translate("wire", "warning:") << ' ' << warning << '\n';
    }
    err.flush();
    return 0;
}

const CliCommandRegistry::Entry wireParseEntry(CliCommand {u"wire parse"_s, "wire",
    QT_TRANSLATE_NOOP("wire", "Parse a feed file into normalized wire items (JSON lines)"),
    QT_TRANSLATE_NOOP("wire",
        "Usage: wiredesk-cli wire parse [--url URL] [--content-type TYPE] [--fetch-time TIME] [--raw] [--quiet] "
        "FILE|-\n"
        "Reads RSS 0.9x/1.0/2.0, Atom, JSON Feed, IPTC ninjs or a Telegram channel page (t.me/s/NAME) from FILE\n"
        "or standard input and prints one JSON object per item (fields: docs/wire-json-lines.md).\n"
        "Feed format, encoding and warnings go to standard error. Exit code 1 when the feed cannot be parsed,\n"
        "2 on wrong usage. URLs are not fetched yet."),
    wireParse});

} // namespace

} // namespace Wiredesk
