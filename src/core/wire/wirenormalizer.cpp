#include "wirenormalizer.h"

#include "feedparser.h"
#include "htmlsanitizer.h"
#include "htmltextextractor.h"
#include "sha256.h"

#include <QUrl>
#include <QUrlQuery>

#include <array>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

// RFC 3986 5.2.4 (QUrl::NormalizePathSegments in Qt 6.4 leaves "a//c" for "a/./b/../c").
QString withoutDotSegments(const QString &path)
{
    if (!path.contains(u'.'))
        return path;
    const QList<QStringView> segments = QStringView(path).split(u'/');
    QList<QStringView> kept;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QStringView segment = segments.at(i);
        const bool last = i == segments.size() - 1;
        if (segment == u".") {
            if (last)
                kept.append(QStringView());
        } else if (segment == u"..") {
            if (kept.size() > 1)
                kept.removeLast();
            if (last)
                kept.append(QStringView());
        } else {
            kept.append(segment);
        }
    }
    QString result;
    for (qsizetype i = 0; i < kept.size(); ++i) {
        if (i > 0)
            result += u'/';
        result += kept.at(i);
    }
    return result;
}

} // namespace

const QStringList &WireNormalizer::trackingParameters()
{
    static const QStringList names {u"fbclid"_s, u"gclid"_s, u"dclid"_s, u"msclkid"_s, u"mc_cid"_s, u"mc_eid"_s,
        u"igshid"_s, u"ref_src"_s, u"_ga"_s, u"yclid"_s, u"spm"_s, u"_hsenc"_s, u"_hsmi"_s, u"mkt_tok"_s,
        u"oly_enc_id"_s, u"oly_anon_id"_s, u"vero_id"_s};
    return names;
}

QString WireNormalizer::canonicalUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    QUrl u(trimmed);
    if (trimmed.isEmpty() || !u.isValid() || u.isRelative() || u.host().isEmpty())
        return trimmed;
    const QString scheme = u.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return u.toString(QUrl::FullyEncoded);
    u.setScheme(u"https"_s);
    u.setHost(u.host().toLower());
    if (u.port() == 80 || u.port() == 443)
        u.setPort(-1);
    if (!u.fragment().startsWith(u'!'))
        u.setFragment(QString());
    if (u.hasQuery()) {
        QUrlQuery query(u);
        QList<QPair<QString, QString>> kept;
        const QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
        for (const auto &pair : items) {
            const QString key = pair.first.toLower();
            if (key.startsWith(u"utm_") || trackingParameters().contains(key))
                continue;
            kept.append(pair);
        }
        if (kept.isEmpty()) {
            u.setQuery(QString());
        } else {
            QUrlQuery cleaned;
            cleaned.setQueryItems(kept);
            u.setQuery(cleaned.query(QUrl::FullyEncoded), QUrl::StrictMode);
        }
    }
    u.setPath(withoutDotSegments(u.path(QUrl::FullyEncoded)), QUrl::TolerantMode);
    if (u.path().isEmpty())
        u.setPath(u"/"_s);
    return u.toString(QUrl::FullyEncoded);
}

namespace {

// Appends the UTF-8 of toLower().simplified() of @p text to @p out in one pass when every
// character is ASCII or punctuation (whose lower case is itself); returns false otherwise,
// and the caller uses QString's full case mapping. Most wire copy takes the fast path, and
// writing UTF-8 straight into a buffer sized for the worst case (three bytes per UTF-16
// unit) spares both the per-character QString::append and the later toUtf8().
bool appendFoldedUtf8(QByteArray &out, QStringView text)
{
    // ASCII by table: 0 for whitespace (what simplified() folds), else the lower-case byte.
    static constexpr auto asciiFold = [] {
        std::array<char, 128> table {};
        for (int c = 0; c < 128; ++c)
            table[c] = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
        for (const char space : {' ', '\t', '\n', '\v', '\f', '\r'})
            table[uchar(space)] = 0;
        return table;
    }();
    const qsizetype start = out.size();
    out.resize(start + text.size() * 3);
    char *const begin = out.data() + start;
    char *d = begin;
    bool pendingSpace = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            const char folded = asciiFold[u];
            if (folded == 0 && u != 0) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && d != begin)
                *d++ = ' ';
            pendingSpace = false;
            *d++ = folded;
            continue;
        }
        switch (c.category()) {
        case QChar::Punctuation_Connector:
        case QChar::Punctuation_Dash:
        case QChar::Punctuation_Open:
        case QChar::Punctuation_Close:
        case QChar::Punctuation_InitialQuote:
        case QChar::Punctuation_FinalQuote:
        case QChar::Punctuation_Other:
            // Never a surrogate (those are category Other_Surrogate): two or three bytes.
            if (pendingSpace && d != begin)
                *d++ = ' ';
            pendingSpace = false;
            if (u < 0x800) {
                *d++ = char(0xC0 | (u >> 6));
            } else {
                *d++ = char(0xE0 | (u >> 12));
                *d++ = char(0x80 | ((u >> 6) & 0x3F));
            }
            *d++ = char(0x80 | (u & 0x3F));
            break;
        default:
            out.truncate(start);
            return false;
        }
    }
    out.truncate(start + (d - begin));
    return true;
}

} // namespace

QString WireNormalizer::contentHash(const QString &title, const QString &text)
{
    QByteArray normalized;
    normalized.reserve((title.size() + text.size()) * 3 + 1);
    if (!appendFoldedUtf8(normalized, title) || !(normalized += '\n', appendFoldedUtf8(normalized, text)))
        normalized = (title.toLower().simplified() + u'\n' + text.toLower().simplified()).toUtf8();
    return QString::fromLatin1(Sha256::hexDigest(normalized));
}

void WireNormalizer::normalize(WireItem &item) const
{
    // Parsers hand over the publisher's HTML untouched; from here on only the allow-listed
    // form exists, with relative links resolved against the item's base (xml:base, link).
    HtmlSanitizer sanitizer(HtmlSanitizer::Schema::Wire);
    if (!item.baseUrl.isEmpty())
        sanitizer.setBaseUrl(QUrl(item.baseUrl));
    // One parse gives both: the plain text is read off the sanitizer's own output.
    item.contentHtml = sanitizer.sanitize(item.contentHtml, &item.contentText);
    if (!item.summary.isEmpty())
        item.summary = HtmlSanitizer::plainText(item.summary).simplified();
    if (item.title.trimmed().isEmpty()) {
        item.title = HtmlTextExtractor::firstWords(
            item.contentText.isEmpty() ? item.summary : item.contentText, FeedParser::TitleFallbackWords);
    }
    item.canonicalUrl = canonicalUrl(item.url);
    item.contentHash = contentHash(item.title, item.contentText);
}

void WireNormalizer::normalize(ParsedFeed &feed) const
{
    for (WireItem &item : feed.items)
        normalize(item);
}

} // namespace Wiredesk
