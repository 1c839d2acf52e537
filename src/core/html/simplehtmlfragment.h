#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <gumbo.h>

#include <string>
#include <vector>

namespace Wiredesk {

/// The parse tree of a simple HTML fragment, built without gumbo, in gumbo's node types.
///
/// Almost every wire body is a few paragraphs of text with links and inline formatting,
/// and gumbo's general tree construction was two thirds of sanitizing one. For a small,
/// unambiguous subset of HTML the tree an HTML5 parser builds is obvious: every element is
/// explicitly closed in order (void ones excepted), only nestings the tree construction rules
/// leave alone (no block inside p or inline elements, no formatting element inside one of its
/// own kind, li only in ul/ol), only the character references listed here, plain attributes,
/// no comments, doctype, raw text elements, control characters, carriage returns or
/// non-characters. This class recognizes exactly that subset and builds the same tree gumbo
/// would (body fragment context), so HtmlSanitizer's one Writer turns it into output. On
/// anything else isValid() is false and the caller parses with gumbo, the reference parser.
/// Equality with gumbo is tested over the sanitizer corpus and fuzzed differentially
/// (tests/fuzz/html/fuzz_sanitizer_fastpath.cpp).
class SimpleHtmlFragment final
{
public:
    /// Recognizes @p utf8; the tree points into this object, not into @p utf8.
    explicit SimpleHtmlFragment(QByteArrayView utf8);
    Q_DISABLE_COPY_MOVE(SimpleHtmlFragment)

    /// Whether the input was in the subset; otherwise children() is empty.
    bool isValid() const { return m_valid; }
    /// The fragment's nodes, as gumbo's GumboDocument::children() would give them.
    const GumboVector &children() const { return m_roots; }

private:
    struct OpenElement {
        GumboTag tag;
        int node;
    };

    bool parse(const char *s, qsizetype n);
    static qsizetype tagName(const char *s, qsizetype n, qsizetype j, GumboTag *tag);
    qsizetype startTag(const char *s, qsizetype n, qsizetype i);
    qsizetype endTag(const char *s, qsizetype n, qsizetype i);
    qsizetype attributeValue(const char *s, qsizetype n, qsizetype i);
    qsizetype characterReference(const char *s, qsizetype n, qsizetype i);
    bool flushText();
    int addNode(GumboNodeType type, size_t offset);
    void link();

    // Where a node's pointers go once all vectors have their final size (see link()).
    struct NodeLinks {
        int parent;    // index in m_nodes, -1 for the fragment's roots
        size_t offset; // text nodes: their text in m_text; elements: first attribute
    };
    struct AttributeText {
        size_t name;
        size_t value;
    };

    std::vector<GumboNode> m_nodes;
    std::vector<NodeLinks> m_links;
    std::vector<GumboAttribute> m_attributes;
    std::vector<AttributeText> m_attributeText; // offsets in m_text
    std::vector<void *> m_pointers;             // children and attribute vectors
    std::vector<OpenElement> m_open;
    std::string m_text; // decoded text, attribute names and values, each NUL-terminated
    size_t m_textStart = 0;
    bool m_textIsWhitespace = true;
    GumboVector m_roots {nullptr, 0, 0};
    bool m_valid = false;
};

} // namespace Wiredesk
