#pragma once

#include <QString>

#include <gumbo.h>

namespace Wiredesk {

/// Small read-only questions about a gumbo parse tree that every walker asks: which tag,
/// which attribute, is it void. One place, so the article, renderer, rich-text and
/// provenance code agree on them.
class GumboTree final
{
public:
    GumboTree() = delete;

    /// Elements and <template> elements (gumbo gives templates their own node type).
    static bool isElement(const GumboNode *node)
    {
        return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
    }
    static bool isElement(const GumboNode *node, GumboTag tag)
    {
        return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
    }
    /// The element's tag, GUMBO_TAG_UNKNOWN for text, comments and other nodes.
    static GumboTag tagOf(const GumboNode *node) { return isElement(node) ? node->v.element.tag : GUMBO_TAG_UNKNOWN; }
    /// The attribute's value, or a null string when the node is no element or lacks it.
    static QString attribute(const GumboNode *node, const char *name);
    /// Elements that have no end tag in HTML (the WHATWG list).
    static bool isVoidElement(GumboTag tag);
};

} // namespace Wiredesk
