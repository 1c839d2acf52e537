#include "htmlfragment.h"

#include "gumbodocument.h"
#include "gumbotree.h"
#include "htmlescape.h"
#include "nestinglimiter.h"

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
// Content that never belongs in an article body, even if a caller skipped the sanitizer.
bool isDropped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
        return true;
    default:
        return false;
    }
}

bool isScriptLikeUrl(const QString &url)
{
    // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:").
    QString scheme;
    for (const QChar c : url) {
        if (c == u':')
            break;
        if (c.unicode() <= 0x20)
            continue;
        scheme += c.toLower();
    }
    return scheme == u"javascript" || scheme == u"vbscript" || scheme == u"data" || scheme == u"file";
}

bool isBlockForText(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_PRE:
        return true;
    default:
        return false;
    }
}

void appendOuter(const GumboNode *node, QString *out);

bool isStructural(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    switch (node->v.element.tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
        return true;
    default:
        return false;
    }
}

void appendChildren(const GumboNode *node, QString *out)
{
    const GumboVector &children = node->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        // Whitespace between blocks (pretty-printed lists and quotes) is not content; dropping
        // it gives one canonical form whichever tool wrote the HTML.
        if (child->type == GUMBO_NODE_WHITESPACE) {
            const bool afterBlock = i > 0 && isStructural(static_cast<const GumboNode *>(children.data[i - 1]));
            const bool beforeBlock
                = i + 1 < children.length && isStructural(static_cast<const GumboNode *>(children.data[i + 1]));
            const bool edge = i == 0 || i + 1 == children.length;
            if (afterBlock || beforeBlock
                || (edge && isStructural(node) && node->v.element.tag != GUMBO_TAG_P
                    && node->v.element.tag != GUMBO_TAG_LI))
                continue;
        }
        // "<br>\n" and "<br>" are the same line break; keep one form.
        if (child->type == GUMBO_NODE_TEXT && i > 0
            && HtmlFragment::isElement(static_cast<const GumboNode *>(children.data[i - 1]), GUMBO_TAG_BR)
            && child->v.text.text[0] == '\n') {
            out->append(HtmlEscape::text(QString::fromUtf8(child->v.text.text + 1)));
            continue;
        }
        appendOuter(child, out);
    }
}

void appendOuter(const GumboNode *node, QString *out)
{
    switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
        out->append(HtmlEscape::text(QString::fromUtf8(node->v.text.text)));
        return;
    case GUMBO_NODE_COMMENT:
    case GUMBO_NODE_DOCUMENT:
        return;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        break;
    }
    const GumboElement &element = node->v.element;
    if (isDropped(element.tag))
        return;
    const QString name = HtmlFragment::tagName(node);
    if (name.isEmpty()) {
        appendChildren(node, out);
        return;
    }
    // A link whose target was dropped is just its text; an image without a source is nothing.
    const GumboAttribute *target = nullptr;
    if (element.tag == GUMBO_TAG_A || element.tag == GUMBO_TAG_IMG) {
        target = gumbo_get_attribute(&element.attributes, element.tag == GUMBO_TAG_A ? "href" : "src");
        const bool usable = target && !QByteArray(target->value).trimmed().isEmpty()
            && !isScriptLikeUrl(QString::fromUtf8(target->value));
        if (!usable) {
            if (element.tag == GUMBO_TAG_A)
                appendChildren(node, out);
            return;
        }
    }
    out->append(u'<' + name);
    for (unsigned int i = 0; i < element.attributes.length; ++i) {
        const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
        const QString attributeName = QString::fromUtf8(attribute->name);
        // Event handlers and script URLs never survive a round trip through the document,
        // even when a caller skipped the sanitizer.
        if (attributeName.startsWith(u"on"_s) || attributeName == u"style")
            continue;
        if ((attributeName == u"href" || attributeName == u"src")
            && isScriptLikeUrl(QString::fromUtf8(attribute->value)))
            continue;
        out->append(
            u' ' + attributeName + u"=\""_s + HtmlEscape::attribute(QString::fromUtf8(attribute->value)) + u'"');
    }
    out->append(u'>');
    if (GumboTree::isVoidElement(element.tag))
        return;
    appendChildren(node, out);
    out->append(u"</"_s + name + u'>');
}

void appendText(const GumboNode *node, QString *out)
{
    switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
        out->append(QString::fromUtf8(node->v.text.text));
        return;
    case GUMBO_NODE_COMMENT:
    case GUMBO_NODE_DOCUMENT:
        return;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        break;
    }
    const GumboTag tag = node->v.element.tag;
    if (isDropped(tag))
        return;
    if (tag == GUMBO_TAG_BR) {
        out->append(u'\n');
        return;
    }
    const bool block = isBlockForText(tag);
    if (block && !out->isEmpty() && !out->endsWith(u'\n'))
        out->append(u'\n');
    const GumboVector &children = node->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i)
        appendText(static_cast<const GumboNode *>(children.data[i]), out);
    if (block && !out->isEmpty() && !out->endsWith(u'\n'))
        out->append(u'\n');
}
} // namespace

HtmlFragment::HtmlFragment(QStringView html)
    : m_document(std::make_unique<GumboDocument>(html.toUtf8()))
{ }

HtmlFragment::~HtmlFragment() = default;

const GumboNode *HtmlFragment::root() const
{
    return m_document->root();
}

QString HtmlFragment::tagName(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
        return {};
    const GumboElement &element = node->v.element;
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromUtf8(gumbo_normalized_tagname(element.tag));
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    QString name = QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
    // Only plain names: a mangled original tag must never inject markup.
    for (const QChar c : std::as_const(name)) {
        if (!(c.isLetterOrNumber() || c == u'-') || c.unicode() > 127)
            return {};
    }
    return name;
}

QString HtmlFragment::attribute(const GumboNode *node, const char *name)
{
    return node->type == GUMBO_NODE_ELEMENT ? GumboTree::attribute(node, name) : QString();
}

bool HtmlFragment::isElement(const GumboNode *node, GumboTag tag)
{
    return GumboTree::isElement(node, tag);
}

QString HtmlFragment::outerHtml(const GumboNode *node)
{
    QString out;
    appendOuter(node, &out);
    return out;
}

QString HtmlFragment::innerHtml(const GumboNode *node)
{
    QString out;
    if (node->type == GUMBO_NODE_ELEMENT)
        appendChildren(node, &out);
    return out;
}

QString HtmlFragment::text(const GumboNode *node)
{
    QString out;
    appendText(node, &out);
    return out;
}

} // namespace Wiredesk
