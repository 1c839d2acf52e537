#include "urlcanonicalizer.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <optional>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

struct QueryItem {
    QString key;                  // normalised encoding
    std::optional<QString> value; // nullopt for "?amp" (no '=')
};

struct Parts {
    QString scheme;
    QString host; // lower-case ASCII (punycode)
    int port = -1;
    QString path; // normalised encoding, starts with '/'
    QList<QueryItem> query;
    QString fragment; // encoded; only read by rules that need it (#!/ on Twitter)
};

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Decodes %XX escapes of printable ASCII characters that mean the same either way, and
// upper-cases the hex of the rest. @p keepEncoded lists characters that would change the
// URL's structure if decoded. The input is ASCII (QUrl::FullyEncoded).
QString normalizeEncoding(QStringView encoded, QLatin1StringView keepEncoded)
{
    static constexpr QLatin1StringView Unsafe = " \"<>\\^`{|}[]%"_L1;
    QString out;
    out.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const QChar c = encoded.at(i);
        if (c == u'%' && i + 2 < encoded.size() && isHex(encoded.at(i + 1)) && isHex(encoded.at(i + 2))) {
            const int byte = encoded.mid(i + 1, 2).toInt(nullptr, 16);
            const QChar decoded(byte);
            if (byte > 0x20 && byte < 0x7f && !Unsafe.contains(decoded) && !keepEncoded.contains(decoded))
                out += decoded;
            else
                out += u'%' + encoded.mid(i + 1, 2).toString().toUpper();
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

QString normalizePath(const QString &encodedPath)
{
    return normalizeEncoding(encodedPath, "/?#"_L1);
}

QString normalizeQueryPart(const QString &encoded)
{
    return normalizeEncoding(encoded, "&=+#;"_L1);
}

QString decoded(const QString &encoded)
{
    return QUrl::fromPercentEncoding(encoded.toUtf8());
}

QString encodeSegment(const QString &text)
{
    return normalizePath(QString::fromLatin1(text.toUtf8().toPercentEncoding("!$&'()*+,;=:@")));
}

QString encodeQueryPart(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toPercentEncoding("!$'()*,:@/?"));
}

// Segments of a path, decoded; empty segments (from "//" or the leading '/') dropped.
QStringList segmentsOf(const QString &encodedPath)
{
    QStringList segments;
    const QStringList parts = encodedPath.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts)
        segments << decoded(part);
    return segments;
}

QString pathFrom(const QStringList &segments)
{
    QString path;
    for (const QString &segment : segments)
        path += u'/' + encodeSegment(segment);
    return path.isEmpty() ? u"/"_s : path;
}

QString removeDotSegments(const QString &path)
{
    const QStringList input = path.split(u'/');
    QStringList output;
    for (qsizetype i = 1; i < input.size(); ++i) {
        const QString &segment = input.at(i);
        const bool last = i == input.size() - 1;
        if (segment == u".") {
            if (last)
                output << QString();
        } else if (segment == u"..") {
            if (!output.isEmpty())
                output.removeLast();
            if (last)
                output << QString();
        } else {
            output << segment;
        }
    }
    return u'/' + output.join(u'/');
}

std::optional<QString> queryValue(const Parts &parts, QLatin1StringView key)
{
    for (const QueryItem &item : parts.query) {
        if (item.key == key)
            return decoded(item.value.value_or(QString()));
    }
    return std::nullopt;
}

void keepOnlyQuery(Parts *parts, const QSet<QString> &keys)
{
    QList<QueryItem> kept;
    for (const QueryItem &item : std::as_const(parts->query)) {
        if (keys.contains(item.key))
            kept << item;
    }
    parts->query = kept;
}

bool hostIn(const QString &host, std::initializer_list<QLatin1StringView> hosts)
{
    for (QLatin1StringView candidate : hosts) {
        if (host == candidate)
            return true;
    }
    return false;
}

QString withoutWww(const QString &host)
{
    return host.startsWith(u"www."_s) ? host.mid(4) : host;
}

// ---- Platform rules -------------------------------------------------------------------

const QRegularExpression &handlePattern()
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_]{1,15}$"_s);
    return pattern;
}

const QRegularExpression &digitsPattern()
{
    static const QRegularExpression pattern(u"^[0-9]{1,20}$"_s);
    return pattern;
}

bool isTwitterHost(const QString &host)
{
    return hostIn(withoutWww(host),
        {"twitter.com"_L1, "x.com"_L1, "mobile.twitter.com"_L1, "mobile.x.com"_L1, "fxtwitter.com"_L1,
            "vxtwitter.com"_L1, "fixupx.com"_L1, "fixvx.com"_L1, "nitter.net"_L1});
}

void applyTwitter(Parts *parts)
{
    parts->scheme = u"https"_s;
    parts->host = u"x.com"_s;
    parts->port = -1;
    // Old web links: https://twitter.com/#!/user/status/1 (the fragment carried the path).
    if ((parts->path == u"/" || parts->path.isEmpty()) && parts->fragment.startsWith(u"!/"))
        parts->path = normalizePath(parts->fragment.mid(1));
    QStringList segments = segmentsOf(parts->path);
    static const QSet<QString> reserved {u"i"_s, u"home"_s, u"search"_s, u"explore"_s, u"hashtag"_s, u"settings"_s,
        u"intent"_s, u"share"_s, u"messages"_s, u"notifications"_s};
    if (segments.size() >= 3 && segments.at(0) == u"i"
        && ((segments.at(1) == u"web" && segments.size() >= 4 && segments.at(2) == u"status")
            || segments.at(1) == u"status")) {
        const QString id = segments.at(1) == u"web" ? segments.at(3) : segments.at(2);
        if (digitsPattern().match(id).hasMatch())
            segments = {u"i"_s, u"web"_s, u"status"_s, id};
    } else if (segments.size() >= 3 && !reserved.contains(segments.at(0).toLower())
        && handlePattern().match(segments.at(0)).hasMatch()
        && (segments.at(1) == u"status" || segments.at(1) == u"statuses")
        && digitsPattern().match(segments.at(2)).hasMatch()) {
        segments = {segments.at(0).toLower(), u"status"_s, segments.at(2)};
    } else if (!segments.isEmpty() && !reserved.contains(segments.at(0).toLower())
        && handlePattern().match(segments.at(0)).hasMatch()) {
        segments[0] = segments.at(0).toLower();
    }
    parts->path = pathFrom(segments);
    const QString first = segments.value(0);
    if (first == u"search")
        keepOnlyQuery(parts, {u"q"_s, u"f"_s});
    else if (first != u"intent")
        parts->query.clear();
}

void applyTelegram(Parts *parts)
{
    parts->scheme = u"https"_s;
    parts->host = u"t.me"_s;
    parts->port = -1;
    QStringList segments = segmentsOf(parts->path);
    if (segments.size() >= 2 && segments.at(0) == u"s")
        segments.removeFirst(); // the web preview of a public channel
    static const QSet<QString> caseSensitive {u"c"_s, u"joinchat"_s, u"addstickers"_s, u"addemoji"_s, u"addlist"_s,
        u"share"_s, u"proxy"_s, u"socks"_s, u"iv"_s, u"login"_s, u"invoice"_s};
    if (!segments.isEmpty() && !segments.at(0).startsWith(u'+') && !caseSensitive.contains(segments.at(0)))
        segments[0] = segments.at(0).toLower();
    parts->path = pathFrom(segments);
    keepOnlyQuery(parts, {u"comment"_s, u"thread"_s});
}

QString normalizedWikiTitle(QString title)
{
    title.replace(u' ', u'_');
    static const QRegularExpression runs(u"_+"_s);
    title.replace(runs, u"_"_s);
    while (title.startsWith(u'_'))
        title.remove(0, 1);
    while (title.endsWith(u'_'))
        title.chop(1);
    auto upperFirst = [](QString text) {
        if (!text.isEmpty()) {
            // Surrogate pairs: upper-case the whole first code point.
            const qsizetype length = text.at(0).isHighSurrogate() && text.size() > 1 ? 2 : 1;
            text.replace(0, length, text.left(length).toUpper());
        }
        return text;
    };
    title = upperFirst(title);
    static const QSet<QString> namespaces {u"Talk"_s, u"User"_s, u"User_talk"_s, u"Wikipedia"_s, u"File"_s,
        u"Template"_s, u"Help"_s, u"Category"_s, u"Portal"_s, u"Draft"_s, u"Special"_s};
    const qsizetype colon = title.indexOf(u':');
    if (colon > 0) {
        const QString space = upperFirst(title.left(colon).toLower());
        if (namespaces.contains(space) || namespaces.contains(title.left(colon)))
            title = title.left(colon) + u':' + upperFirst(title.mid(colon + 1));
    }
    return title;
}

bool isWikipediaHost(const QString &host)
{
    return host == u"wikipedia.org" || host.endsWith(u".wikipedia.org");
}

void applyWikipedia(Parts *parts)
{
    parts->scheme = u"https"_s;
    parts->port = -1;
    QStringList labels = parts->host.split(u'.');
    labels.removeAll(u"m"_s); // en.m.wikipedia.org → en.wikipedia.org
    parts->host = labels.join(u'.');
    const QStringList segments = segmentsOf(parts->path);
    if (segments.size() >= 2 && segments.at(0) == u"wiki") {
        // The title may contain '/', which the split took apart: take it from the raw path.
        const QString title = decoded(parts->path.mid(parts->path.indexOf(u"/wiki/"_s) + 6));
        parts->path = u"/wiki/"_s + encodeSegment(normalizedWikiTitle(title)).replace(u"%2F"_s, u"/"_s);
        parts->query.clear();
        return;
    }
    if (segments.size() == 2 && segments.at(0) == u"w" && segments.at(1) == u"index.php") {
        const std::optional<QString> title = queryValue(*parts, "title"_L1);
        if (!title)
            return;
        const QString normalized = normalizedWikiTitle(*title);
        if (parts->query.size() == 1) {
            parts->path = u"/wiki/"_s + encodeSegment(normalized).replace(u"%2F"_s, u"/"_s);
            parts->query.clear();
            return;
        }
        for (QueryItem &item : parts->query) {
            if (item.key == u"title")
                item.value = encodeQueryPart(normalized);
        }
    }
}

bool isYouTubeHost(const QString &host)
{
    return hostIn(withoutWww(host), {"youtube.com"_L1, "youtu.be"_L1, "youtube-nocookie.com"_L1});
}

void applyYouTube(Parts *parts)
{
    const bool shortHost = withoutWww(parts->host) == u"youtu.be";
    parts->scheme = u"https"_s;
    parts->host = u"www.youtube.com"_s;
    parts->port = -1;
    const QStringList segments = segmentsOf(parts->path);
    static const QRegularExpression idPattern(u"^[A-Za-z0-9_-]{6,64}$"_s);
    QString id;
    if (shortHost && segments.size() >= 1)
        id = segments.at(0);
    else if (segments.size() == 1 && segments.at(0) == u"watch")
        id = queryValue(*parts, "v"_L1).value_or(QString());
    else if (segments.size() >= 2
        && QSet<QString> {u"shorts"_s, u"embed"_s, u"live"_s, u"v"_s, u"e"_s}.contains(segments.at(0)))
        id = segments.at(1);
    if (!id.isEmpty() && idPattern.match(id).hasMatch()) {
        parts->path = u"/watch"_s;
        parts->query = {QueryItem {u"v"_s, encodeQueryPart(id)}};
        return;
    }
    if (!segments.isEmpty() && segments.at(0).startsWith(u'@')) {
        QStringList lowered = segments;
        lowered[0] = segments.at(0).toLower(); // handles are case-insensitive
        parts->path = pathFrom(lowered);
        parts->query.clear();
        return;
    }
    if (segments.size() == 1 && segments.at(0) == u"playlist")
        keepOnlyQuery(parts, {u"list"_s});
    else
        keepOnlyQuery(parts, {u"v"_s, u"list"_s, u"search_query"_s});
}

// Instances big enough that their posts turn up as sources; any other host is recognised by
// the shape of its status URLs (/@user/ID with a numeric id).
bool isKnownMastodonHost(const QString &host)
{
    return hostIn(host,
        {"mastodon.social"_L1, "mastodon.online"_L1, "mstdn.social"_L1, "mas.to"_L1, "fosstodon.org"_L1,
            "infosec.exchange"_L1, "hachyderm.io"_L1, "mastodon.world"_L1, "journa.host"_L1, "mastodon.green"_L1,
            "social.bund.de"_L1, "mastodon.gov.uk"_L1, "social.network.europa.eu"_L1, "chaos.social"_L1, "mstdn.jp"_L1,
            "troet.cafe"_L1, "det.social"_L1, "newsie.social"_L1});
}

const QRegularExpression &mastodonUserPattern()
{
    static const QRegularExpression pattern(u"^@([A-Za-z0-9_]{1,30})(?:@([A-Za-z0-9.-]+))?$"_s);
    return pattern;
}

// True when the path has the shape of a Mastodon status or profile URL.
bool looksLikeMastodonPath(const QStringList &segments)
{
    if (segments.size() == 2 && mastodonUserPattern().match(segments.at(0)).hasMatch()
        && digitsPattern().match(segments.at(1)).hasMatch() && segments.at(1).size() >= 15)
        return true;
    if (segments.size() == 4 && segments.at(0) == u"users" && segments.at(2) == u"statuses"
        && digitsPattern().match(segments.at(3)).hasMatch())
        return true;
    return segments.size() == 3 && segments.at(0) == u"web" && mastodonUserPattern().match(segments.at(1)).hasMatch()
        && digitsPattern().match(segments.at(2)).hasMatch();
}

bool isMastodon(const Parts &parts)
{
    return isKnownMastodonHost(parts.host) || looksLikeMastodonPath(segmentsOf(parts.path));
}

void applyMastodon(Parts *parts)
{
    parts->scheme = u"https"_s;
    QStringList segments = segmentsOf(parts->path);
    if (segments.size() >= 2 && segments.at(0) == u"web" && segments.at(1).startsWith(u'@'))
        segments.removeFirst();
    if (segments.size() == 4 && segments.at(0) == u"users" && segments.at(2) == u"statuses")
        segments = {u'@' + segments.at(1), segments.at(3)};
    if (!segments.isEmpty()) {
        const QRegularExpressionMatch match = mastodonUserPattern().match(segments.at(0));
        if (match.hasMatch()) {
            const QString user = match.captured(1).toLower();
            const QString domain = match.captured(2).toLower();
            segments[0] = domain.isEmpty() || domain == parts->host ? QString(u'@' + user)
                                                                    : QString(u'@' + user + u'@' + domain);
        }
    }
    parts->path = pathFrom(segments);
    parts->query.clear();
}

bool isFacebookHost(const QString &host)
{
    return hostIn(host,
        {"facebook.com"_L1, "www.facebook.com"_L1, "mbasic.facebook.com"_L1, "touch.facebook.com"_L1,
            "web.facebook.com"_L1, "fb.com"_L1, "www.fb.com"_L1});
}

void applyFacebook(Parts *parts)
{
    parts->scheme = u"https"_s;
    parts->host = u"www.facebook.com"_s;
    parts->port = -1;
    QStringList segments = segmentsOf(parts->path);
    static const QSet<QString> reserved {u"permalink.php"_s, u"story.php"_s, u"photo.php"_s, u"profile.php"_s,
        u"watch"_s, u"groups"_s, u"events"_s, u"pages"_s, u"share"_s, u"photo"_s, u"videos"_s, u"reel"_s, u"hashtag"_s,
        u"marketplace"_s, u"plugins"_s, u"sharer.php"_s, u"l.php"_s};
    if (!segments.isEmpty() && !reserved.contains(segments.at(0)) && !segments.at(0).contains(u'.'))
        segments[0] = segments.at(0).toLower(); // vanity names are case-insensitive
    parts->path = pathFrom(segments);
    keepOnlyQuery(parts, {u"story_fbid"_s, u"id"_s, u"v"_s, u"fbid"_s, u"set"_s, u"comment_id"_s});
}

bool isInstagramHost(const QString &host)
{
    return hostIn(host, {"instagram.com"_L1, "www.instagram.com"_L1, "instagr.am"_L1});
}

void applyInstagram(Parts *parts)
{
    parts->scheme = u"https"_s;
    parts->host = u"www.instagram.com"_s;
    parts->port = -1;
    QStringList segments = segmentsOf(parts->path);
    static const QSet<QString> postKinds {u"p"_s, u"reel"_s, u"reels"_s, u"tv"_s};
    if (segments.size() >= 3 && postKinds.contains(segments.at(1)) && !postKinds.contains(segments.at(0)))
        segments.removeFirst(); // /USER/p/ID → /p/ID
    if (segments.size() >= 2 && segments.at(0) == u"reels")
        segments[0] = u"reel"_s;
    static const QSet<QString> reserved {u"p"_s, u"reel"_s, u"tv"_s, u"explore"_s, u"accounts"_s, u"direct"_s};
    if (!segments.isEmpty() && segments.at(0) == u"stories" && segments.size() >= 2)
        segments[1] = segments.at(1).toLower();
    else if (!segments.isEmpty() && !reserved.contains(segments.at(0)))
        segments[0] = segments.at(0).toLower();
    parts->path = pathFrom(segments);
    parts->query.clear();
}

// ---- Generic rules ---------------------------------------------------------------------

QString stripMobileLabel(const QString &host)
{
    QStringList labels = host.split(u'.');
    static const QSet<QString> mobile {u"m"_s, u"mobile"_s, u"amp"_s, u"mbasic"_s, u"touch"_s};
    if (labels.size() >= 3 && mobile.contains(labels.at(0))) {
        labels.removeFirst();
        return labels.join(u'.');
    }
    return host;
}

QString withoutAmpSegments(const QString &path)
{
    QStringList segments = path.split(u'/');
    // segments[0] is the empty string before the leading '/'.
    for (qsizetype i = segments.size() - 1; i >= 1; --i) {
        if (segments.at(i).compare(u"amp"_s, Qt::CaseInsensitive) == 0)
            segments.removeAt(i);
    }
    QString &last = segments.last();
    if (last.endsWith(u".amp.html"_s))
        last = last.chopped(9) + u".html"_s;
    else if (last.endsWith(u".amp"_s) && last.size() > 4)
        last.chop(4);
    const QString joined = segments.join(u'/');
    return joined.isEmpty() ? u"/"_s : joined;
}

// https://www-example-com.cdn.ampproject.org/c/s/www.example.com/path → https://www.example.com/path
std::optional<QString> fromAmpCache(const Parts &parts)
{
    QStringList segments = parts.path.split(u'/', Qt::SkipEmptyParts);
    if (segments.size() < 2 || !QSet<QString> {u"c"_s, u"v"_s, u"i"_s}.contains(segments.at(0)))
        return std::nullopt;
    segments.removeFirst();
    QString scheme = u"http"_s;
    if (segments.at(0) == u"s") {
        scheme = u"https"_s;
        segments.removeFirst();
    }
    if (segments.isEmpty())
        return std::nullopt;
    QString target = scheme + u"://"_s + segments.join(u'/');
    if (!parts.query.isEmpty()) {
        QStringList items;
        for (const QueryItem &item : parts.query)
            items << (item.value ? QString(item.key + u'=' + *item.value) : item.key);
        target += u'?' + items.join(u'&');
    }
    return target;
}

std::optional<Parts> parseOnce(const QString &input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // A fediverse handle pasted on its own: "@user@host" → https://host/@user.
    static const QRegularExpression handle(u"^@([A-Za-z0-9_]{1,30})@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)$"_s);
    if (const QRegularExpressionMatch m = handle.match(text); m.hasMatch())
        text = u"https://"_s + m.captured(2) + u"/@"_s + m.captured(1);
    static const QRegularExpression hasScheme(u"^[A-Za-z][A-Za-z0-9+.-]*:"_s);
    if (text.startsWith(u"//"_s))
        text.prepend(u"https:"_s);
    else if (!hasScheme.match(text).hasMatch() || QRegularExpression(u"^[^:/]+:[0-9]+"_s).match(text).hasMatch())
        text.prepend(u"https://"_s);
    const QUrl url(text, QUrl::TolerantMode);
    if (!url.isValid())
        return std::nullopt;
    Parts parts;
    parts.scheme = url.scheme().toLower();
    if (parts.scheme != u"http" && parts.scheme != u"https")
        return std::nullopt;
    parts.host = url.host(QUrl::EncodeUnicode).toLower();
    while (parts.host.endsWith(u'.'))
        parts.host.chop(1);
    if (parts.host.isEmpty())
        return std::nullopt;
    parts.port = url.port();
    if ((parts.scheme == u"http" && parts.port == 80) || (parts.scheme == u"https" && parts.port == 443))
        parts.port = -1;
    parts.path = removeDotSegments(normalizePath(url.path(QUrl::FullyEncoded)));
    if (parts.path.isEmpty())
        parts.path = u"/"_s;
    parts.fragment = url.fragment(QUrl::FullyEncoded);
    const QString query = url.query(QUrl::FullyEncoded);
    if (!query.isEmpty()) {
        const QStringList items = query.split(u'&', Qt::SkipEmptyParts);
        for (const QString &item : items) {
            const qsizetype equals = item.indexOf(u'=');
            QueryItem entry;
            entry.key = normalizeQueryPart(equals < 0 ? item : item.left(equals));
            if (equals >= 0)
                entry.value = normalizeQueryPart(item.mid(equals + 1));
            parts.query << entry;
        }
    }
    return parts;
}

// Parses, unwrapping Google AMP cache URLs (each unwrap shortens the text, so this ends).
std::optional<Parts> parse(const QString &input)
{
    std::optional<Parts> parts = parseOnce(input);
    while (parts && parts->host.endsWith(u".cdn.ampproject.org"_s)) {
        const std::optional<QString> target = fromAmpCache(*parts);
        if (!target)
            break;
        std::optional<Parts> inner = parseOnce(*target);
        if (!inner)
            break;
        parts = inner;
    }
    return parts;
}

void applyGenericRules(Parts *parts)
{
    parts->host = stripMobileLabel(parts->host);
    parts->path = withoutAmpSegments(parts->path);
    QList<QueryItem> kept;
    for (const QueryItem &item : std::as_const(parts->query)) {
        const QString key = decoded(item.key);
        if (UrlCanonicalizer::isTrackingParameter(key, parts->host))
            continue;
        if (key.compare(u"amp"_s, Qt::CaseInsensitive) == 0)
            continue;
        if (key.compare(u"outputType"_s, Qt::CaseInsensitive) == 0
            && decoded(item.value.value_or(QString())).compare(u"amp"_s, Qt::CaseInsensitive) == 0)
            continue;
        kept << item;
    }
    parts->query = kept;
}

void applyPlatformRules(Parts *parts)
{
    if (isTwitterHost(parts->host))
        applyTwitter(parts);
    else if (hostIn(withoutWww(parts->host), {"t.me"_L1, "telegram.me"_L1, "telegram.dog"_L1}))
        applyTelegram(parts);
    else if (isWikipediaHost(parts->host))
        applyWikipedia(parts);
    else if (isYouTubeHost(parts->host))
        applyYouTube(parts);
    else if (isFacebookHost(parts->host))
        applyFacebook(parts);
    else if (isInstagramHost(parts->host))
        applyInstagram(parts);
    else if (isMastodon(*parts))
        applyMastodon(parts);
}

QString build(const Parts &parts)
{
    QString host = parts.host.contains(u':') ? u'[' + parts.host + u']' : parts.host;
    QString out = parts.scheme + u"://"_s + host;
    if (parts.port >= 0)
        out += u':' + QString::number(parts.port);
    QString path = parts.path;
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    out += path.isEmpty() ? u"/"_s : path;
    if (!parts.query.isEmpty()) {
        QStringList items;
        for (const QueryItem &item : parts.query)
            items << (item.value ? QString(item.key + u'=' + *item.value) : item.key);
        out += u'?' + items.join(u'&');
    }
    return out;
}

std::optional<Parts> canonicalParts(const QString &url)
{
    std::optional<Parts> parts = parse(url);
    if (!parts)
        return std::nullopt;
    applyGenericRules(&*parts);
    applyPlatformRules(&*parts);
    return parts;
}

} // namespace

QString UrlCanonicalizer::canonicalize(const QString &url)
{
    const std::optional<Parts> parts = canonicalParts(url);
    return parts ? build(*parts) : QString();
}

bool UrlCanonicalizer::isTrackingParameter(const QString &name, const QString &host)
{
    const QString key = name.toLower();
    if (key.startsWith(u"utm_"_s))
        return true;
    static const QSet<QString> everywhere {u"fbclid"_s, u"gclid"_s, u"gclsrc"_s, u"dclid"_s, u"gbraid"_s, u"wbraid"_s,
        u"msclkid"_s, u"mc_cid"_s, u"mc_eid"_s, u"igshid"_s, u"igsh"_s, u"ref_src"_s, u"ref_url"_s, u"_ga"_s, u"_gl"_s,
        u"yclid"_s, u"spm"_s, u"twclid"_s, u"ttclid"_s, u"mkt_tok"_s, u"_hsenc"_s, u"_hsmi"_s, u"mibextid"_s,
        u"oly_anon_id"_s, u"oly_enc_id"_s, u"vero_id"_s, u"wickedid"_s};
    if (everywhere.contains(key))
        return true;
    const QString site = withoutWww(host);
    if (key == u"s" || key == u"t")
        return isTwitterHost(site);
    if (key == u"si")
        return isYouTubeHost(site) || site == u"open.spotify.com";
    if (key == u"feature" || key == u"pp")
        return isYouTubeHost(site);
    return false;
}

bool UrlCanonicalizer::hostMatches(const QString &host, const QString &domain)
{
    if (domain.isEmpty())
        return false;
    return host == domain || host.endsWith(u'.' + domain);
}

QString UrlCanonicalizer::siteOf(const QString &url)
{
    const std::optional<Parts> parts = canonicalParts(url);
    return parts ? withoutWww(parts->host) : QString();
}

QString UrlCanonicalizer::platformOf(const QString &url)
{
    const std::optional<Parts> parts = canonicalParts(url);
    if (!parts)
        return u"other"_s;
    const QString host = parts->host;
    if (host == u"x.com")
        return u"x"_s;
    if (host == u"t.me")
        return u"telegram"_s;
    if (host == u"www.youtube.com")
        return u"youtube"_s;
    if (isWikipediaHost(host))
        return u"wikipedia"_s;
    if (isMastodon(*parts))
        return u"mastodon"_s;
    static const QRegularExpression documentSuffix(
        u"\\.(pdf|docx?|odt|rtf|xlsx?|ods|pptx?|odp)$"_s, QRegularExpression::CaseInsensitiveOption);
    if (documentSuffix.match(parts->path).hasMatch())
        return u"document"_s;
    // Government second-level labels (gov.uk, gouv.fr, gob.mx, go.jp, gc.ca, …), the .gov,
    // .mil and .int top-level domains, and a few institutions under ordinary domains.
    const QStringList labels = host.split(u'.');
    static const QSet<QString> governmentLabels {
        u"gov"_s, u"gouv"_s, u"gob"_s, u"go"_s, u"gc"_s, u"govt"_s, u"gv"_s, u"admin"_s, u"bund"_s, u"mil"_s, u"int"_s};
    const QString tld = labels.constLast();
    if (tld == u"gov" || tld == u"mil" || tld == u"int")
        return u"official"_s;
    if (labels.size() >= 2 && governmentLabels.contains(labels.at(labels.size() - 2)))
        return u"official"_s;
    for (QLatin1StringView domain : {"europa.eu"_L1, "un.org"_L1, "who.int"_L1, "nato.int"_L1, "oecd.org"_L1,
             "imf.org"_L1, "worldbank.org"_L1, "unhcr.org"_L1, "icrc.org"_L1, "elysee.fr"_L1, "bundesregierung.de"_L1,
             "president.gov.ua"_L1, "kremlin.ru"_L1}) {
        if (hostMatches(host, domain))
            return u"official"_s;
    }
    for (QLatin1StringView domain :
        {"reuters.com"_L1, "apnews.com"_L1, "afp.com"_L1, "dpa.com"_L1, "ansa.it"_L1, "efe.com"_L1, "aa.com.tr"_L1,
            "kyodonews.net"_L1, "xinhuanet.com"_L1, "tass.com"_L1, "ukrinform.net"_L1, "pap.pl"_L1, "apa.at"_L1,
            "belga.be"_L1, "anp.nl"_L1, "keystone-sda.ch"_L1, "ritzau.dk"_L1, "ntb.no"_L1, "tt.se"_L1, "stt.fi"_L1}) {
        if (hostMatches(host, domain))
            return u"wire"_s;
    }
    return u"other"_s;
}

} // namespace Wiredesk
