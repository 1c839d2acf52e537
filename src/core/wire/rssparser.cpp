#include "rssparser.h"

#include "dateparser.h"
#include "htmltextextractor.h"
#include "xmlsourcemap.h"

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

constexpr QStringView contentNs = u"http://purl.org/rss/1.0/modules/content/";
constexpr QStringView dcNs = u"http://purl.org/dc/elements/1.1/";
constexpr QStringView dcTermsNs = u"http://purl.org/dc/terms/";
constexpr QStringView mediaNs = u"http://search.yahoo.com/mrss/";
constexpr QStringView atomNs = u"http://www.w3.org/2005/Atom";
constexpr QStringView rdfNs = u"http://www.w3.org/1999/02/22-rdf-syntax-ns#";

QString resolve(const QUrl &base, const QString &link)
{
    const QString trimmed = link.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed);
    if (!url.isValid())
        return {};
    return base.isValid() ? base.resolved(url).toString() : url.toString();
}

// RSS 2.0 <author> is "email (Name)"; keep the name when there is one.
QString authorName(const QString &value)
{
    const QString v = value.simplified();
    const qsizetype open = v.indexOf(u'(');
    if (open > 0 && v.endsWith(u')'))
        return v.mid(open + 1, v.size() - open - 2).trimmed();
    return v;
}

bool isImage(const QXmlStreamAttributes &attributes)
{
    const QStringView type = attributes.value("type"_L1);
    const QStringView medium = attributes.value("medium"_L1);
    if (type.startsWith(u"image/") || medium == u"image")
        return true;
    if (!type.isEmpty() || !medium.isEmpty())
        return false;
    const QString url = attributes.value("url"_L1).toString().toLower();
    return url.endsWith(u".jpg") || url.endsWith(u".jpeg") || url.endsWith(u".png") || url.endsWith(u".webp")
        || url.endsWith(u".gif");
}

struct ItemFields {
    QString description;
    QString encoded;
    QString date;
    QString updated;
    QString guid;
    bool guidIsPermaLink = true;
    QString about;
};

void readMedia(QXmlStreamReader &reader, const QUrl &base, QString *image, QString *thumbnail)
{
    // media:content, media:thumbnail, possibly inside media:group (or media:content); read
    // iteratively so hostile nesting cannot exhaust the stack.
    int depth = 0;
    do {
        if (reader.isStartElement()) {
            ++depth;
            if (reader.namespaceUri() == mediaNs) {
                const QStringView name = reader.name();
                const QXmlStreamAttributes attributes = reader.attributes();
                if (name == u"content" && isImage(attributes) && image->isEmpty())
                    *image = resolve(base, attributes.value("url"_L1).toString());
                else if (name == u"thumbnail" && thumbnail->isEmpty())
                    *thumbnail = resolve(base, attributes.value("url"_L1).toString());
            }
        } else if (reader.isEndElement()) {
            --depth;
        }
        if (depth == 0)
            break;
        reader.readNext();
    } while (!reader.atEnd());
}

WireItem readItem(QXmlStreamReader &reader, const XmlSourceMap &source, const QUrl &base, const QString &feedLanguage)
{
    WireItem item;
    ItemFields f;
    const qsizetype begin = source.startTagBegin(reader);
    f.about = reader.attributes().value(rdfNs.toString(), "about"_L1).toString();
    QString mediaImage;
    QString thumbnail;
    QString enclosureImage;
    while (reader.readNextStartElement()) {
        const QStringView ns = reader.namespaceUri();
        const QStringView name = reader.name();
        if (ns.isEmpty() || ns == u"http://purl.org/rss/1.0/" || ns == u"http://backend.userland.com/rss2") {
            if (name == u"title") {
                item.title = HtmlTextExtractor::line(source.readContent(reader));
            } else if (name == u"link") {
                item.url = resolve(base, source.readContent(reader));
            } else if (name == u"description") {
                f.description = source.readContent(reader);
            } else if (name == u"guid") {
                f.guidIsPermaLink
                    = reader.attributes().value("isPermaLink"_L1).compare(u"false", Qt::CaseInsensitive) != 0;
                f.guid = reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            } else if (name == u"pubDate") {
                f.date = reader.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (name == u"author") {
                const QString author = authorName(reader.readElementText(QXmlStreamReader::IncludeChildElements));
                if (!author.isEmpty())
                    item.authors.append(author);
            } else if (name == u"category") {
                const QString category = reader.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
                if (!category.isEmpty() && !item.categories.contains(category))
                    item.categories.append(category);
            } else if (name == u"enclosure") {
                const QXmlStreamAttributes attributes = reader.attributes();
                if (enclosureImage.isEmpty() && isImage(attributes))
                    enclosureImage = resolve(base, attributes.value("url"_L1).toString());
                reader.skipCurrentElement();
            } else {
                reader.skipCurrentElement();
            }
        } else if (ns == contentNs && name == u"encoded") {
            f.encoded = source.readContent(reader);
        } else if (ns == dcNs || ns == dcTermsNs) {
            if (name == u"date" || name == u"created" || name == u"issued") {
                const QString date = reader.readElementText(QXmlStreamReader::IncludeChildElements);
                if (f.date.isEmpty())
                    f.date = date;
            } else if (name == u"modified") {
                f.updated = reader.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (name == u"creator" || name == u"contributor") {
                const QString author = reader.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
                if (!author.isEmpty() && !item.authors.contains(author))
                    item.authors.append(author);
            } else if (name == u"subject") {
                const QString category = reader.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
                if (!category.isEmpty() && !item.categories.contains(category))
                    item.categories.append(category);
            } else if (name == u"language") {
                item.language = reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            } else if (name == u"identifier") {
                const QString id = reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                if (f.guid.isEmpty())
                    f.guid = id;
            } else {
                reader.skipCurrentElement();
            }
        } else if (ns == mediaNs) {
            readMedia(reader, base, &mediaImage, &thumbnail);
        } else if (ns == atomNs && name == u"updated") {
            f.updated = reader.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (ns == atomNs && name == u"link" && item.url.isEmpty()) {
            const QStringView rel = reader.attributes().value("rel"_L1);
            if (rel.isEmpty() || rel == u"alternate")
                item.url = resolve(base, reader.attributes().value("href"_L1).toString());
            reader.skipCurrentElement();
        } else {
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError())
        return {};
    item.raw = source.slice(begin, source.tokenEnd(reader)).toUtf8();

    item.guid = f.guid;
    if (item.url.isEmpty() && f.guidIsPermaLink && !f.guid.isEmpty()) {
        const QUrl guidUrl(f.guid);
        if (guidUrl.scheme() == u"http" || guidUrl.scheme() == u"https")
            item.url = resolve(base, f.guid);
    }
    if (item.url.isEmpty() && !f.about.isEmpty())
        item.url = resolve(base, f.about);
    if (item.guid.isEmpty() && !f.about.isEmpty())
        item.guid = f.about;
    if (!f.encoded.isEmpty()) {
        item.contentHtml = f.encoded;
        item.summary = HtmlTextExtractor::line(f.description);
    } else {
        item.contentHtml = f.description;
    }
    item.published = DateParser::parse(f.date);
    item.updated = DateParser::parse(f.updated);
    item.imageUrl = !enclosureImage.isEmpty() ? enclosureImage : !mediaImage.isEmpty() ? mediaImage : thumbnail;
    if (item.language.isEmpty())
        item.language = feedLanguage;
    item.baseUrl = item.url.isEmpty() ? base.toString() : item.url;
    return item;
}

} // namespace

void RssParser::parse(
    QXmlStreamReader &reader, const XmlSourceMap &source, const ParseContext &context, ParsedFeed &feed)
{
    const bool rdf = reader.name() == u"RDF";
    if (rdf) {
        feed.format = u"rss1"_s;
    } else {
        const QStringView version = reader.attributes().value("version"_L1);
        feed.format = version.startsWith(u"0.9") ? u"rss09"_s : u"rss2"_s;
    }
    QUrl base = context.url;
    if (const QStringView xmlBase = reader.attributes().value("xml:base"_L1); !xmlBase.isEmpty())
        base = base.resolved(QUrl(xmlBase.toString()));
    QString language;

    // In RSS 2.0 items live inside <channel>; in RSS 1.0 beside it. Read both shapes.
    const auto readChannel = [&](bool itemsInside) {
        while (reader.readNextStartElement()) {
            const QStringView name = reader.name();
            const QStringView ns = reader.namespaceUri();
            if (name == u"item" && (ns.isEmpty() || !ns.contains(u"mrss"))) {
                WireItem item = readItem(reader, source, base, language);
                if (reader.hasError())
                    return;
                if (itemsInside)
                    feed.items.append(std::move(item));
            } else if (name == u"title" && feed.title.isEmpty()
                && (ns.isEmpty() || ns == u"http://purl.org/rss/1.0/")) {
                feed.title = HtmlTextExtractor::line(source.readContent(reader));
            } else if (name == u"link" && feed.link.isEmpty() && (ns.isEmpty() || ns == u"http://purl.org/rss/1.0/")) {
                feed.link = resolve(base, source.readContent(reader));
            } else if (name == u"language" && (ns.isEmpty() || ns == dcNs)) {
                language = reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            } else {
                reader.skipCurrentElement();
            }
        }
    };

    while (reader.readNextStartElement()) {
        const QStringView name = reader.name();
        if (name == u"channel") {
            readChannel(true);
        } else if (rdf && name == u"item") {
            WireItem item = readItem(reader, source, base, language);
            if (reader.hasError())
                return;
            feed.items.append(std::move(item));
        } else if (name == u"item") { // RSS 0.9x feeds sometimes put items beside the channel too
            WireItem item = readItem(reader, source, base, language);
            if (reader.hasError())
                return;
            feed.items.append(std::move(item));
        } else {
            reader.skipCurrentElement();
        }
        if (reader.hasError())
            return;
    }
}

} // namespace Wiredesk
