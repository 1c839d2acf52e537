#include "atomparser.h"

#include "dateparser.h"
#include "htmltextextractor.h"
#include "xmlsourcemap.h"

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

constexpr QStringView atomNs = u"http://www.w3.org/2005/Atom";
constexpr QStringView mediaNs = u"http://search.yahoo.com/mrss/";
constexpr QStringView xmlNs = u"http://www.w3.org/XML/1998/namespace";

// The base URL in effect inside the current element.
QUrl elementBase(const QXmlStreamReader &reader, const QUrl &parentBase)
{
    const QStringView xmlBase = reader.attributes().value(xmlNs.toString(), "base"_L1);
    if (xmlBase.isEmpty())
        return parentBase;
    const QUrl url(xmlBase.toString().trimmed());
    return parentBase.isValid() ? parentBase.resolved(url) : url;
}

QString resolve(const QUrl &base, QStringView link)
{
    const QString trimmed = link.trimmed().toString();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed);
    if (!url.isValid())
        return {};
    return base.isValid() ? base.resolved(url).toString() : url.toString();
}

QString textToHtml(const QString &text)
{
    QStringList paragraphs;
    for (const QStringView paragraph : QStringView(text).split(u"\n\n"_s, Qt::SkipEmptyParts)) {
        const QString trimmed = paragraph.trimmed().toString();
        if (!trimmed.isEmpty())
            paragraphs << u"<p>"_s + trimmed.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p>"_s;
    }
    return paragraphs.join(u'\n');
}

// The XHTML of a type="xhtml" construct without its required wrapping <div>.
QString unwrapXhtml(QString inner)
{
    inner.replace(u"<xhtml:"_s, u"<"_s);
    inner.replace(u"</xhtml:"_s, u"</"_s);
    const QString trimmed = inner.trimmed();
    if (trimmed.startsWith(u"<div") && trimmed.endsWith(u"</div>")) {
        const qsizetype open = trimmed.indexOf(u'>');
        if (open > 0)
            return trimmed.mid(open + 1, trimmed.size() - open - 1 - 6).trimmed();
    }
    return trimmed;
}

enum class TextAs { Html, Plain };

// Reads an Atom text construct (title, summary, content, rights) as HTML or as plain text.
QString readText(QXmlStreamReader &reader, const XmlSourceMap &source, TextAs as)
{
    const QString type = reader.attributes().value("type"_L1).toString().toLower();
    bool children = false;
    const QString value = source.readContent(reader, &children);
    QString html;
    if (type == u"xhtml" || type == u"application/xhtml+xml")
        html = unwrapXhtml(value);
    else if (type == u"html" || type == u"text/html" || children)
        html = value;
    else if (as == TextAs::Plain)
        return value.simplified();
    else
        html = textToHtml(value);
    return as == TextAs::Html ? html : HtmlTextExtractor::line(html);
}

QString readPersonName(QXmlStreamReader &reader)
{
    QString name;
    QString email;
    while (reader.readNextStartElement()) {
        if (reader.name() == u"name")
            name = reader.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        else if (reader.name() == u"email")
            email = reader.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        else
            reader.skipCurrentElement();
    }
    return name.isEmpty() ? email : name;
}

WireItem readEntry(QXmlStreamReader &reader, const XmlSourceMap &source, const QUrl &parentBase,
    const QString &feedLanguage, const QStringList &feedAuthors)
{
    WireItem item;
    const qsizetype begin = source.startTagBegin(reader);
    const QUrl base = elementBase(reader, parentBase);
    item.language = reader.attributes().value(xmlNs.toString(), "lang"_L1).toString();
    QString published;
    QString updated;
    QString contentBase;
    while (reader.readNextStartElement()) {
        const QStringView ns = reader.namespaceUri();
        const QStringView name = reader.name();
        const QUrl childBase = elementBase(reader, base);
        if (ns == atomNs) {
            if (name == u"id") {
                item.guid = reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            } else if (name == u"title") {
                item.title = readText(reader, source, TextAs::Plain);
            } else if (name == u"link") {
                const QXmlStreamAttributes attributes = reader.attributes();
                const QStringView rel = attributes.value("rel"_L1);
                const QString href = resolve(childBase, attributes.value("href"_L1));
                if ((rel.isEmpty() || rel == u"alternate") && item.url.isEmpty())
                    item.url = href;
                else if (rel == u"enclosure" && attributes.value("type"_L1).startsWith(u"image/")
                    && item.imageUrl.isEmpty())
                    item.imageUrl = href;
                reader.skipCurrentElement();
            } else if (name == u"content") {
                if (reader.attributes().hasAttribute("src"_L1)) {
                    // Out-of-line content: only the link is useful.
                    if (item.url.isEmpty())
                        item.url = resolve(childBase, reader.attributes().value("src"_L1));
                    reader.skipCurrentElement();
                } else {
                    contentBase = childBase.toString();
                    item.contentHtml = readText(reader, source, TextAs::Html);
                }
            } else if (name == u"summary") {
                item.summary = readText(reader, source, TextAs::Plain);
            } else if (name == u"published" || name == u"issued") {
                published = reader.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (name == u"updated" || name == u"modified") {
                updated = reader.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (name == u"author") {
                const QString author = readPersonName(reader);
                if (!author.isEmpty() && !item.authors.contains(author))
                    item.authors.append(author);
            } else if (name == u"category") {
                const QXmlStreamAttributes attributes = reader.attributes();
                const QString label = attributes.value("label"_L1).toString().simplified();
                const QString category = label.isEmpty() ? attributes.value("term"_L1).toString().simplified() : label;
                if (!category.isEmpty() && !item.categories.contains(category))
                    item.categories.append(category);
                reader.skipCurrentElement();
            } else {
                reader.skipCurrentElement();
            }
        } else if (ns == mediaNs && (name == u"thumbnail" || name == u"content")) {
            const QXmlStreamAttributes attributes = reader.attributes();
            const bool image = name == u"thumbnail" || attributes.value("medium"_L1) == u"image"
                || attributes.value("type"_L1).startsWith(u"image/");
            if (image && item.imageUrl.isEmpty())
                item.imageUrl = resolve(childBase, attributes.value("url"_L1));
            reader.skipCurrentElement();
        } else {
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError())
        return {};
    item.raw = source.slice(begin, source.tokenEnd(reader)).toUtf8();
    // Atom requires <updated>; <published> is optional. An entry is "updated" only when
    // both exist and differ.
    item.published = DateParser::parse(published.isEmpty() ? updated : published);
    if (!published.isEmpty())
        item.updated = DateParser::parse(updated);
    if (item.updated.isValid() && item.updated == item.published)
        item.updated = QDateTime();
    if (item.authors.isEmpty())
        item.authors = feedAuthors;
    if (item.language.isEmpty())
        item.language = feedLanguage;
    if (item.contentHtml.isEmpty() && !item.summary.isEmpty())
        contentBase.clear();
    item.baseUrl = !contentBase.isEmpty() ? contentBase : !item.url.isEmpty() ? item.url : base.toString();
    return item;
}

} // namespace

void AtomParser::parse(
    QXmlStreamReader &reader, const XmlSourceMap &source, const ParseContext &context, ParsedFeed &feed)
{
    feed.format = u"atom"_s;
    const QUrl base = elementBase(reader, context.url);
    const QString language = reader.attributes().value(xmlNs.toString(), "lang"_L1).toString();
    QStringList feedAuthors;
    while (reader.readNextStartElement()) {
        const QStringView name = reader.name();
        const bool atom = reader.namespaceUri() == atomNs || reader.namespaceUri().isEmpty();
        if (atom && name == u"entry") {
            WireItem item = readEntry(reader, source, base, language, feedAuthors);
            if (reader.hasError())
                return;
            feed.items.append(std::move(item));
        } else if (atom && name == u"title") {
            feed.title = readText(reader, source, TextAs::Plain);
        } else if (atom && name == u"link") {
            const QXmlStreamAttributes attributes = reader.attributes();
            const QStringView rel = attributes.value("rel"_L1);
            if ((rel.isEmpty() || rel == u"alternate") && feed.link.isEmpty())
                feed.link = resolve(elementBase(reader, base), attributes.value("href"_L1));
            reader.skipCurrentElement();
        } else if (atom && name == u"author") {
            const QString author = readPersonName(reader);
            if (!author.isEmpty())
                feedAuthors.append(author);
        } else {
            reader.skipCurrentElement();
        }
    }
}

} // namespace Wiredesk
