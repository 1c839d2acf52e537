#include "bodyblocksplitter.h"

#include "gumbodocument.h"
#include "gumbotree.h"
#include "htmlescape.h"

#include <gumbo.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
QString stringFrom(const char *data, size_t length)
{
    return QString::fromUtf8(data, qsizetype(length));
}

bool isRawTextParent(const GumboNode *node)
{
    if (!node || node->type != GUMBO_NODE_ELEMENT)
        return false;
    switch (node->v.element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_PLAINTEXT:
        return true;
    default:
        return false;
    }
}

// Phrasing content: loose runs of these at the top level are wrapped in a paragraph.
bool isInline(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA)
        return true;
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    switch (node->v.element.tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DATA:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_I:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_U:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_UNKNOWN:
        return true;
    default:
        return false;
    }
}

QString tagName(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(element.tag));
    GumboStringPiece piece = element.original_tag;
    if (!piece.data || piece.length == 0)
        return {};
    gumbo_tag_from_original_text(&piece);
    const QString original = stringFrom(piece.data, piece.length).toLower();
    QString name;
    for (const QChar c : original) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || (c == u'-' && !name.isEmpty()))
            name += c;
        else
            break;
    }
    return name;
}

bool isSafeAttributeName(QStringView name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        if (!(letter || c == u'_' || (i > 0 && ((c >= u'0' && c <= u'9') || c == u'-' || c == u':' || c == u'.'))))
            return false;
    }
    return true;
}

const GumboAttribute *attribute(const GumboElement &element, const char *name)
{
    return gumbo_get_attribute(&element.attributes, name);
}

class Serializer
{
public:
    explicit Serializer(const RenderOptions::ImageUrlMapper &imageUrl)
        : m_imageUrl(imageUrl)
    { }

    // Writes the start tag; returns false when the element is to be left out entirely.
    bool openTag(const GumboNode *node, QString *out, const QString &injectBlockId = {}) const
    {
        const GumboElement &element = node->v.element;
        const QString name = tagName(element);
        if (name.isEmpty())
            return false;
        QString mappedSource;
        if (element.tag == GUMBO_TAG_IMG) {
            const GumboAttribute *src = attribute(element, "src");
            const QUrl url = src ? m_imageUrl(QString::fromUtf8(src->value)) : QUrl();
            if (!url.isValid() || url.isEmpty())
                return false;
            mappedSource = url.toString(QUrl::FullyEncoded);
        }
        *out += u'<' + name;
        if (!injectBlockId.isEmpty())
            *out += u" data-block=\""_s + HtmlEscape::attribute(injectBlockId) + u'"';
        for (unsigned i = 0; i < element.attributes.length; ++i) {
            const auto *attr = static_cast<const GumboAttribute *>(element.attributes.data[i]);
            const QString attrName = QString::fromUtf8(attr->name);
            if (!isSafeAttributeName(attrName))
                continue;
            if (element.tag == GUMBO_TAG_IMG && (attrName == u"srcset" || attrName == u"src"))
                continue; // src is written mapped below; srcset candidates would bypass the mapper
            *out += u' ' + attrName + u"=\""_s + HtmlEscape::attribute(QString::fromUtf8(attr->value)) + u'"';
        }
        if (!mappedSource.isEmpty())
            *out += u" src=\""_s + HtmlEscape::attribute(mappedSource) + u'"';
        *out += u'>';
        return true;
    }

    // Serializes @p root iteratively (hostile bodies nest tens of thousands deep).
    void serialize(const GumboNode *root, QString *out, const QString &injectBlockId = {}) const
    {
        if (root->type != GUMBO_NODE_ELEMENT && root->type != GUMBO_NODE_TEMPLATE) {
            appendLeaf(root, out);
            return;
        }
        if (!openTag(root, out, injectBlockId))
            return;
        if (GumboTree::isVoidElement(root->v.element.tag))
            return;
        struct Frame {
            const GumboNode *node;
            unsigned next;
        };
        QList<Frame> stack {{root, 0}};
        while (!stack.isEmpty()) {
            Frame &top = stack.last();
            const GumboVector &children = top.node->v.element.children;
            if (top.next >= children.length) {
                *out += u"</"_s + tagName(top.node->v.element) + u'>';
                stack.removeLast();
                continue;
            }
            const auto *child = static_cast<const GumboNode *>(children.data[top.next++]);
            if (child->type == GUMBO_NODE_ELEMENT || child->type == GUMBO_NODE_TEMPLATE) {
                if (openTag(child, out) && !GumboTree::isVoidElement(child->v.element.tag))
                    stack.append({child, 0});
            } else {
                appendLeaf(child, out);
            }
        }
    }

private:
    static void appendLeaf(const GumboNode *node, QString *out)
    {
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA: {
            const QString text = QString::fromUtf8(node->v.text.text);
            *out += isRawTextParent(node->parent) ? text : HtmlEscape::text(text);
            break;
        }
        default: // comments and anything else carry nothing a reader sees
            break;
        }
    }

    const RenderOptions::ImageUrlMapper &m_imageUrl;
};

const GumboNode *findBody(const GumboNode *html)
{
    if (!html || html->type != GUMBO_NODE_ELEMENT)
        return nullptr;
    const GumboVector &children = html->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_BODY)
            return child;
    }
    return nullptr;
}
} // namespace

BodyBlockSplitter::BodyBlockSplitter(RenderOptions::ImageUrlMapper imageUrl, Sanitizer sanitizer)
    : m_imageUrl(imageUrl ? std::move(imageUrl) : RenderOptions::ImageUrlMapper(&RenderOptions::remoteImageUrl))
    , m_sanitizer(std::move(sanitizer))
{ }

QList<RenderedBlock> BodyBlockSplitter::parse(const QString &bodyHtml) const
{
    return parseClean(m_sanitizer ? m_sanitizer(bodyHtml) : bodyHtml, m_imageUrl).blocks;
}

QList<RenderedBlock> BodyBlockSplitter::split(const QString &bodyHtml) const
{
    const std::optional<QList<QStringView>> elements = topLevelElements(bodyHtml);
    if (!elements)
        return parse(bodyHtml);
    QList<RenderedBlock> blocks;
    blocks.reserve(elements->size());
    QHash<QString, ParsedBlocks> used;
    QMutexLocker locker(&m_mutex);
    for (const QStringView element : *elements) {
        const QString source = element.toString();
        auto found = used.constFind(source);
        if (found == used.cend()) {
            const auto cached = m_cache.constFind(source);
            found = used.insert(source,
                cached != m_cache.cend() ? *cached
                                         : parseClean(m_sanitizer ? m_sanitizer(source) : source, m_imageUrl));
        }
        for (qsizetype i = 0; i < found->blocks.size(); ++i) {
            RenderedBlock block = found->blocks.at(i);
            if (found->generatedIds.at(i)) {
                // Positional ids count blocks in the whole body, not in this element.
                const QString id = u"auto-"_s + QString::number(blocks.size() + 1);
                const QString was = u"data-block=\""_s + block.id + u'"';
                const qsizetype at = block.html.indexOf(was);
                if (at >= 0)
                    block.html.replace(at, was.size(), u"data-block=\""_s + id + u'"');
                block.id = id;
            }
            blocks.append(block);
        }
    }
    m_cache = std::move(used);
    return blocks;
}

std::optional<QList<QStringView>> BodyBlockSplitter::topLevelElements(QStringView html)
{
    // Elements whose content or placement the HTML parser treats specially: with them the
    // blocks cannot be parsed one by one, so the body takes the full parse.
    static const QStringList special {u"script"_s, u"style"_s, u"textarea"_s, u"title"_s, u"xmp"_s, u"iframe"_s,
        u"noembed"_s, u"noframes"_s, u"noscript"_s, u"plaintext"_s, u"template"_s, u"svg"_s, u"math"_s, u"html"_s,
        u"head"_s, u"body"_s, u"frameset"_s, u"frame"_s, u"link"_s, u"meta"_s, u"base"_s, u"basefont"_s, u"bgsound"_s,
        u"select"_s, u"option"_s, u"table"_s, u"image"_s, u"form"_s};
    static const QStringList voids {u"area"_s, u"br"_s, u"col"_s, u"embed"_s, u"hr"_s, u"img"_s, u"input"_s, u"param"_s,
        u"source"_s, u"track"_s, u"wbr"_s, u"keygen"_s};
    QList<QStringView> elements;
    QStringList stack;
    qsizetype start = -1;
    qsizetype i = 0;
    const qsizetype size = html.size();
    while (i < size) {
        const QChar c = html[i];
        if (c != u'<') {
            if (stack.isEmpty() && !c.isSpace())
                return std::nullopt; // loose text at the top level
            ++i;
            continue;
        }
        const bool closing = i + 1 < size && html[i + 1] == u'/';
        qsizetype p = i + (closing ? 2 : 1);
        const qsizetype nameStart = p;
        while (p < size && ((html[p] >= u'a' && html[p] <= u'z') || (html[p] >= u'0' && html[p] <= u'9')))
            ++p;
        if (p == nameStart || p >= size || html[nameStart] < u'a')
            return std::nullopt; // comments, doctype, upper case, a bare '<' ...
        const QString name = html.mid(nameStart, p - nameStart).toString();
        if (special.contains(name))
            return std::nullopt;
        // The rest of the tag, respecting quoted attribute values.
        QChar quote;
        while (p < size && (!quote.isNull() || html[p] != u'>')) {
            const QChar t = html[p];
            if (quote.isNull() && (t == u'"' || t == u'\''))
                quote = t;
            else if (t == quote)
                quote = QChar();
            else if (quote.isNull() && t == u'<')
                return std::nullopt;
            ++p;
        }
        if (p >= size)
            return std::nullopt;
        const bool selfClosing = html[p - 1] == u'/';
        i = p + 1;
        if (closing) {
            if (stack.isEmpty() || stack.last() != name)
                return std::nullopt; // implied or misnested end tags: the parser would repair them
            stack.removeLast();
            if (stack.isEmpty())
                elements.append(html.mid(start, i - start));
            continue;
        }
        if (stack.isEmpty())
            start = nameStart - 1; // the '<'
        if (voids.contains(name)) {
            if (stack.isEmpty())
                elements.append(html.mid(start, i - start));
            continue;
        }
        if (selfClosing)
            return std::nullopt; // "<p/>" is not closed in HTML
        stack.append(name);
    }
    if (!stack.isEmpty())
        return std::nullopt;
    return elements;
}

BodyBlockSplitter::ParsedBlocks BodyBlockSplitter::parseClean(
    const QString &bodyHtml, const RenderOptions::ImageUrlMapper &imageUrl)
{
    ParsedBlocks parsed;
    QList<RenderedBlock> &blocks = parsed.blocks;
    if (bodyHtml.trimmed().isEmpty())
        return parsed;
    // No nesting limit: the serializer walks without recursion and keeps every element.
    const GumboDocument document(bodyHtml.toUtf8(), GumboDocument::Kind::WholePage, 0);
    const GumboNode *body = findBody(document.root());
    if (!body)
        return parsed;

    const Serializer serializer(imageUrl);
    QList<const GumboNode *> loose; // a run of inline content waiting for its paragraph
    auto nextAutoId = [&blocks]() -> QString { return u"auto-"_s + QString::number(blocks.size() + 1); };
    auto flushLoose = [&] {
        while (!loose.isEmpty() && loose.last()->type == GUMBO_NODE_WHITESPACE)
            loose.removeLast();
        if (loose.isEmpty())
            return;
        RenderedBlock block {nextAutoId(), {}};
        block.html = u"<p data-block=\""_s + HtmlEscape::attribute(block.id) + u"\">"_s;
        for (const GumboNode *node : std::as_const(loose))
            serializer.serialize(node, &block.html);
        block.html += u"</p>"_s;
        loose.clear();
        blocks.append(block);
        parsed.generatedIds.append(true);
    };

    const GumboVector &children = body->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_WHITESPACE) {
            if (!loose.isEmpty())
                loose.append(child);
            continue;
        }
        if (child->type == GUMBO_NODE_COMMENT)
            continue;
        if (isInline(child)) {
            loose.append(child);
            continue;
        }
        if (child->type != GUMBO_NODE_ELEMENT && child->type != GUMBO_NODE_TEMPLATE)
            continue;
        flushLoose();
        const GumboAttribute *idAttribute = attribute(child->v.element, "data-block");
        const QString id = idAttribute ? QString::fromUtf8(idAttribute->value).trimmed() : QString();
        RenderedBlock block {id.isEmpty() ? nextAutoId() : id, {}};
        serializer.serialize(child, &block.html, id.isEmpty() ? block.id : QString());
        if (!block.html.isEmpty()) {
            blocks.append(block);
            parsed.generatedIds.append(id.isEmpty());
        }
    }
    flushLoose();
    return parsed;
}

} // namespace Wiredesk
