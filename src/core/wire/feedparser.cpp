#include "feedparser.h"

#include "atomparser.h"
#include "dateparser.h"
#include "entityguard.h"
#include "feeddecoder.h"
#include "htmltextextractor.h"
#include "jsonfeedparser.h"
#include "ninjsparser.h"
#include "rssparser.h"
#include "sha256.h"
#include "telegrampageparser.h"
#include "xmlsourcemap.h"

#include "nestinglimiter.h"

#include <gumbo.h>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

constexpr int MaxHtmlNesting = 512;

// ---- what the bytes are ------------------------------------------------------------------

// Binary content (images, archives, compressed bodies) must not be "decoded" into nonsense.
QString binaryDescription(const QByteArray &bytes)
{
    if (bytes.startsWith("\x1F\x8B"))
        return QCoreApplication::translate("Wiredesk::FeedParser",
            "The response is gzip-compressed data, not a feed (the server sent compressed bytes without saying so).");
    if (bytes.startsWith("PK\x03\x04"))
        return QCoreApplication::translate("Wiredesk::FeedParser", "The response is a ZIP archive, not a feed.");
    if (bytes.startsWith("%PDF"))
        return QCoreApplication::translate("Wiredesk::FeedParser", "The response is a PDF document, not a feed.");
    if (bytes.startsWith("\x89PNG") || bytes.startsWith("\xFF\xD8\xFF") || bytes.startsWith("GIF8"))
        return QCoreApplication::translate("Wiredesk::FeedParser", "The response is an image, not a feed.");
    // UTF-16/32 have zero bytes but also a BOM or '<' next to them; FeedDecoder handles those.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF") || bytes.startsWith("\xEF\xBB\xBF"))
        return {};
    if (bytes.size() >= 2 && ((bytes.at(0) == '<' && bytes.at(1) == 0) || (bytes.at(0) == 0 && bytes.at(1) == '<')))
        return {};
    const QByteArray head = bytes.left(1024);
    qsizetype controls = 0;
    for (char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && u != '\t' && u != '\n' && u != '\r')
            ++controls;
    }
    if (controls * 10 > head.size()) {
        QStringList hex;
        for (qsizetype i = 0; i < std::min<qsizetype>(8, bytes.size()); ++i)
            hex << QString::number(static_cast<unsigned char>(bytes.at(i)), 16).rightJustified(2, u'0').toUpper();
        return QCoreApplication::translate(
            "Wiredesk::FeedParser", "The response is binary data, not a feed (it starts with the bytes %1).")
            .arg(hex.join(u' '));
    }
    return {};
}

// The first element name of a markup document, skipping the prolog, comments, PIs, DOCTYPE.
QString firstElementName(QStringView text, QString *doctype)
{
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        if (text.mid(i).startsWith(u"<?")) {
            const qsizetype end = text.indexOf(u"?>", i);
            i = end < 0 ? text.size() : end + 2;
        } else if (text.mid(i).startsWith(u"<!--")) {
            const qsizetype end = text.indexOf(u"-->", i);
            i = end < 0 ? text.size() : end + 3;
        } else if (text.mid(i).startsWith(u"<!", Qt::CaseInsensitive)) {
            qsizetype j = i + 2;
            while (j < text.size() && !text.at(j).isSpace() && text.at(j) != u'>')
                ++j;
            while (j < text.size() && text.at(j).isSpace())
                ++j;
            qsizetype k = j;
            while (k < text.size() && !text.at(k).isSpace() && text.at(k) != u'>' && text.at(k) != u'[')
                ++k;
            if (doctype)
                *doctype = text.mid(j, k - j).toString();
            // Skip a DOCTYPE with an internal subset by its closing "]>".
            const qsizetype close = text.indexOf(u'>', i);
            const qsizetype bracket = close < 0 ? -1 : text.mid(i, close - i).indexOf(u'[');
            if (bracket >= 0) {
                const qsizetype end = text.indexOf(u"]"_s, i + bracket);
                const qsizetype gt = end < 0 ? -1 : text.indexOf(u'>', end);
                i = gt < 0 ? text.size() : gt + 1;
            } else {
                i = close < 0 ? text.size() : close + 1;
            }
        } else if (text.at(i) == u'<') {
            qsizetype j = i + 1;
            while (j < text.size() && !text.at(j).isSpace() && text.at(j) != u'>' && text.at(j) != u'/')
                ++j;
            return text.mid(i + 1, j - i - 1).toString();
        } else {
            return {};
        }
    }
    return {};
}

// ---- HTML served instead of a feed -----------------------------------------------------------

void findFeedLinks(
    const GumboNode *node, const QUrl &base, QString *title, QStringList *feeds, const QByteArray &source)
{
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
        return;
    if (node->type == GUMBO_NODE_ELEMENT) {
        const GumboElement &e = node->v.element;
        if (e.tag == GUMBO_TAG_TITLE && title->isEmpty() && e.original_end_tag.length > 0) {
            const qsizetype begin = qsizetype(e.start_pos.offset + e.original_tag.length);
            *title = HtmlTextExtractor::line(QString::fromUtf8(source.mid(begin, qsizetype(e.end_pos.offset) - begin)));
        } else if (e.tag == GUMBO_TAG_LINK) {
            const GumboAttribute *rel = gumbo_get_attribute(&e.attributes, "rel");
            const GumboAttribute *type = gumbo_get_attribute(&e.attributes, "type");
            const GumboAttribute *href = gumbo_get_attribute(&e.attributes, "href");
            if (rel && type && href && QByteArray(rel->value).toLower().contains("alternate")) {
                const QByteArray t = QByteArray(type->value).toLower();
                if (t.contains("rss") || t.contains("atom") || t.contains("feed+json")
                    || t.contains("application/json")) {
                    const QUrl url(QString::fromUtf8(href->value).trimmed());
                    feeds->append(base.isValid() ? base.resolved(url).toString() : url.toString());
                }
            }
        }
    }
    const GumboVector *children
        = node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children : &node->v.element.children;
    for (unsigned int i = 0; i < children->length; ++i)
        findFeedLinks(static_cast<const GumboNode *>(children->data[i]), base, title, feeds, source);
}

QString webPageError(const QString &html, const QUrl &base)
{
    // gumbo's tree building is quadratic in nesting depth and it frees its tree recursively:
    // cap the nesting first (hostile pages nest hundreds of thousands of levels).
    const QByteArray source = NestingLimiter::limit(html.toUtf8(), MaxHtmlNesting);
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, source.constData(), size_t(source.size()));
    QString title;
    QStringList feeds;
    findFeedLinks(output->root, base, &title, &feeds, source);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    QString error = title.isEmpty()
        ? QCoreApplication::translate("Wiredesk::FeedParser", "This is a web page, not a feed.")
        : QCoreApplication::translate("Wiredesk::FeedParser", "This is a web page, not a feed (title: \"%1\").")
              .arg(title.left(120));
    if (!feeds.isEmpty())
        error += u' '
            + QCoreApplication::translate(
                "Wiredesk::FeedParser", "The page names a feed at %1; use that address instead.")
                  .arg(feeds.first());
    return error;
}

// QXmlStreamReader's messages end with a period; ours wrap them in a sentence.
QString xmlError(const QXmlStreamReader &reader)
{
    QString message = reader.errorString().trimmed();
    while (message.endsWith(u'.'))
        message.chop(1);
    return message;
}

// ---- XML -------------------------------------------------------------------------------

void parseXml(const QString &decoded, const ParseContext &context, ParsedFeed &feed)
{
    // The text is decoded already; an encoding declaration would only mislead the reader.
    QString text = decoded;
    if (text.startsWith(u"<?xml")) {
        const qsizetype end = text.indexOf(u"?>");
        if (end > 0)
            text.remove(0, end + 2);
    }

    const GuardedXml guarded = EntityGuard().guard(text);
    feed.warnings += guarded.warnings;
    if (!guarded.error.isEmpty()) {
        feed.error = guarded.error;
        return;
    }
    const XmlSourceMap source(guarded.text);
    QXmlStreamReader reader(guarded.text);
    reader.setNamespaceProcessing(true);
    if (!reader.readNextStartElement()) {
        feed.error = reader.hasError()
            ? QCoreApplication::translate(
                "Wiredesk::FeedParser", "The feed is not well-formed XML: %1 (line %2, column %3).")
                  .arg(xmlError(reader))
                  .arg(reader.lineNumber())
                  .arg(reader.columnNumber())
            : QCoreApplication::translate("Wiredesk::FeedParser", "The document has no root element.");
        return;
    }
    const QStringView root = reader.name();
    if (root == u"rss" || root == u"RDF" || root == u"channel") {
        RssParser::parse(reader, source, context, feed);
    } else if (root == u"feed") {
        AtomParser::parse(reader, source, context, feed);
    } else if (root.compare(u"html", Qt::CaseInsensitive) == 0) {
        feed.error = webPageError(decoded, context.url);
        return;
    } else {
        feed.error = QCoreApplication::translate("Wiredesk::FeedParser",
            "This XML document is not a feed: its root element is <%1>, not <rss>, <rdf:RDF> or <feed>.")
                         .arg(reader.qualifiedName());
        return;
    }
    if (reader.hasError()) {
        if (feed.items.isEmpty()) {
            feed.error = QCoreApplication::translate(
                "Wiredesk::FeedParser", "The feed is not well-formed XML: %1 (line %2, column %3).")
                             .arg(xmlError(reader))
                             .arg(reader.lineNumber())
                             .arg(reader.columnNumber());
        } else {
            feed.warnings << QCoreApplication::translate("Wiredesk::FeedParser",
                "The feed is truncated or broken at line %1, column %2 (%3); kept the %n item(s) before it.", nullptr,
                int(feed.items.size()))
                                 .arg(reader.lineNumber())
                                 .arg(reader.columnNumber())
                                 .arg(xmlError(reader));
        }
    }
}

// ---- JSON ------------------------------------------------------------------------------

void parseJson(const QString &text, const ParseContext &context, ParsedFeed &feed)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        feed.error
            = QCoreApplication::translate("Wiredesk::FeedParser", "The feed is not valid JSON: %1 at character %2.")
                  .arg(parseError.errorString())
                  .arg(parseError.offset);
        return;
    }
    QJsonArray ninjsItems;
    if (document.isObject()) {
        const QJsonObject object = document.object();
        if (JsonFeedParser::accepts(object)) {
            JsonFeedParser::parse(object, context, feed);
            return;
        }
        if (NinjsParser::isNinjsItem(object))
            ninjsItems.append(object);
        else if (object.value(u"items").isArray())
            ninjsItems = object.value(u"items").toArray();
        else if (object.value(u"data").isArray())
            ninjsItems = object.value(u"data").toArray();
        feed.title = object.value(u"title").toString().simplified();
    } else {
        ninjsItems = document.array();
    }
    qsizetype skipped = 0;
    for (const QJsonValue &value : std::as_const(ninjsItems)) {
        const QJsonObject object = value.toObject();
        if (!NinjsParser::isNinjsItem(object)) {
            ++skipped;
            continue;
        }
        if (feed.format.isEmpty())
            feed.format = NinjsParser::version(object);
        feed.items.append(NinjsParser::parseItem(object, context));
    }
    if (feed.format.isEmpty()) {
        feed.error = QCoreApplication::translate("Wiredesk::FeedParser",
            "This JSON document is neither a JSON Feed (no jsonfeed.org version) nor IPTC ninjs (no \"uri\").");
        return;
    }
    if (skipped > 0)
        feed.warnings << QCoreApplication::translate(
            "Wiredesk::FeedParser", "Skipped %n list entry(ies) without a ninjs \"uri\".", nullptr, int(skipped));
}

// ---- what every item needs -------------------------------------------------------------------

QString hashGuid(const WireItem &item)
{
    QByteArray input = item.title.toUtf8();
    input += '\n';
    if (item.published.isValid())
        input += item.published.toString(Qt::ISODate).toUtf8();
    input += '\n';
    input += item.contentHtml.toUtf8();
    return u"sha256:"_s + QString::fromLatin1(Sha256::hexDigest(input).left(32));
}

void settleItems(ParsedFeed &feed, const QDateTime &fetchTime)
{
    // Exact duplicates within one document (some CMSs repeat items) go first. Keyed by a
    // seeded hash of everything that makes an item and confirmed by comparing the fields, so
    // a feed with one guid on 40,000 different items stays linear and no digest collision can
    // drop a distinct item. (Hashing every item's UTF-16 with SHA-1 cost more than reading it.)
    qsizetype duplicates = 0;
    {
        const auto publishedKey = [](const WireItem &item) {
            return item.published.isValid() ? item.published.toMSecsSinceEpoch() : qint64(-1);
        };
        const auto same = [&](const WireItem &a, const WireItem &b) {
            return a.guid == b.guid && a.url == b.url && a.title == b.title && a.contentHtml == b.contentHtml
                && publishedKey(a) == publishedKey(b);
        };
        const size_t seed = QHashSeed::globalSeed();
        QMultiHash<size_t, qsizetype> seen; // hash -> index into kept
        seen.reserve(feed.items.size());
        QList<WireItem> kept;
        kept.reserve(feed.items.size());
        for (WireItem &item : feed.items) {
            const size_t key = qHashMulti(seed, item.guid, item.url, item.title, item.contentHtml, publishedKey(item));
            bool repeated = false;
            for (auto it = seen.constFind(key); it != seen.cend() && it.key() == key; ++it) {
                if (same(kept.at(it.value()), item)) {
                    repeated = true;
                    break;
                }
            }
            if (repeated) {
                ++duplicates;
                continue;
            }
            seen.insert(key, kept.size());
            kept.append(std::move(item));
        }
        feed.items = std::move(kept);
    }
    if (duplicates > 0)
        feed.warnings << QCoreApplication::translate(
            "Wiredesk::FeedParser", "Dropped %n duplicate item(s) repeated within the feed.", nullptr, int(duplicates));

    // Guids: missing ones are derived; one guid shared by several different items means the
    // publisher's guids are useless, so those items get derived guids too.
    QHash<QString, int> guidCount;
    QHash<QString, int> urlCount;
    for (const WireItem &item : std::as_const(feed.items)) {
        if (!item.guid.isEmpty())
            ++guidCount[item.guid];
        if (!item.url.isEmpty())
            ++urlCount[item.url];
    }
    qsizetype missing = 0;
    QSet<QString> shared;
    for (WireItem &item : feed.items) {
        const bool isMissing = item.guid.isEmpty();
        const bool isShared = !isMissing && guidCount.value(item.guid) > 1;
        if (!isMissing && !isShared)
            continue;
        if (isMissing)
            ++missing;
        else
            shared.insert(item.guid);
        item.guid = !item.url.isEmpty() && urlCount.value(item.url) == 1 ? item.url : hashGuid(item);
    }
    if (missing > 0)
        feed.warnings << QCoreApplication::translate("Wiredesk::FeedParser",
            "%n item(s) had no guid; derived one from the link or a hash of title, date and text.", nullptr,
            int(missing));
    for (const QString &guid : std::as_const(shared)) {
        feed.warnings << QCoreApplication::translate("Wiredesk::FeedParser",
            "%n items share the guid \"%1\"; derived a guid per item from its link or content.", nullptr,
            guidCount.value(guid))
                             .arg(guid.left(100));
    }

    // Titles and dates.
    qsizetype untitled = 0;
    qsizetype undated = 0;
    qsizetype future = 0;
    const bool titlesExpected = feed.format != u"telegram";
    for (WireItem &item : feed.items) {
        if (item.title.isEmpty()) {
            QString text = HtmlTextExtractor::line(item.contentHtml);
            if (text.isEmpty())
                text = item.summary;
            item.title = HtmlTextExtractor::firstWords(text, FeedParser::TitleFallbackWords);
            if (titlesExpected)
                ++untitled;
        }
        item.fetched = fetchTime;
        switch (DateParser::settle(item.published, fetchTime)) {
        case DateParser::Settled::WasMissing:
            ++undated;
            break;
        case DateParser::Settled::WasInFuture:
            ++future;
            break;
        case DateParser::Settled::Kept:
            break;
        }
        if (item.updated.isValid() && DateParser::settle(item.updated, fetchTime) == DateParser::Settled::WasInFuture)
            item.updated = fetchTime;
        if (item.updated.isValid() && item.updated < item.published)
            item.updated = QDateTime();
    }
    if (untitled > 0)
        feed.warnings << QCoreApplication::translate("Wiredesk::FeedParser",
            "%n item(s) had no title; used the first words of the text.", nullptr, int(untitled));
    if (undated > 0)
        feed.warnings << QCoreApplication::translate(
            "Wiredesk::FeedParser", "%n item(s) had no readable date; used the fetch time.", nullptr, int(undated));
    if (future > 0)
        feed.warnings << QCoreApplication::translate("Wiredesk::FeedParser",
            "%n item(s) were dated more than 15 minutes in the future; used the fetch time.", nullptr, int(future));
}

} // namespace

ParsedFeed FeedParser::parse(const QByteArray &bytes, const ParseContext &context)
{
    ParsedFeed feed;
    const QDateTime fetchTime
        = context.fetchTime.isValid() ? context.fetchTime.toUTC() : QDateTime::currentDateTimeUtc();

    if (bytes.trimmed().isEmpty()) {
        feed.error = bytes.isEmpty()
            ? QCoreApplication::translate("Wiredesk::FeedParser", "The feed is empty (0 bytes).")
            : QCoreApplication::translate("Wiredesk::FeedParser", "The feed contains only whitespace.");
        return feed;
    }
    if (const QString binary = binaryDescription(bytes); !binary.isEmpty()) {
        feed.error = binary;
        return feed;
    }
    DecodedFeed decoded = FeedDecoder::decode(bytes, context.contentType);
    feed.encoding = decoded.encoding;
    feed.warnings += decoded.warnings;
    const QString &text = decoded.text;
    const QChar first = text.isEmpty() ? QChar() : text.at(0);

    if (first == u'{' || first == u'[') {
        parseJson(text, context, feed);
    } else if (first == u'<') {
        QString doctype;
        const QString root = firstElementName(text, &doctype);
        if (root.compare(u"html", Qt::CaseInsensitive) == 0 || doctype.compare(u"html", Qt::CaseInsensitive) == 0
            || root.compare(u"head", Qt::CaseInsensitive) == 0 || root.compare(u"body", Qt::CaseInsensitive) == 0) {
            if (TelegramPageParser::looksLikeTelegramPage(text)) {
                TelegramPageParser::parse(text, context, feed);
                if (feed.items.isEmpty())
                    feed.error = QCoreApplication::translate("Wiredesk::FeedParser",
                        "This Telegram page shows no posts; a channel's posts are at https://t.me/s/NAME.");
            } else {
                feed.error = webPageError(text, context.url);
            }
        } else {
            parseXml(text, context, feed);
        }
    } else {
        feed.error = QCoreApplication::translate("Wiredesk::FeedParser",
            "This is not a feed: the content is neither XML, JSON nor HTML (it starts with \"%1\").")
                         .arg(text.left(40).simplified());
    }
    if (!feed.error.isEmpty()) {
        feed.items.clear();
        return feed;
    }
    settleItems(feed, fetchTime);
    return feed;
}

} // namespace Wiredesk
