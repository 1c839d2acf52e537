#include "simplehtmlfragment.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>

namespace Wiredesk {

namespace {

// Deeper nesting is rare in wire bodies and not worth a thought about parser limits.
constexpr size_t MaxDepth = 64;
constexpr qsizetype MaxTagName = 10;
// Attributes are compared pairwise for duplicates; real tags have a handful.
constexpr size_t MaxAttributes = 16;

enum class Content {
    None,      // not in the subset
    Phrasing,  // text and inline elements
    Flow,      // blocks, text and inline elements
    ListItems, // li (and white space)
    Void,
};

Content contentOf(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_LI:
        return Content::Flow;
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
        return Content::ListItems;
    case GUMBO_TAG_BR:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_HR:
        return Content::Void;
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_A:
    case GUMBO_TAG_B:
    case GUMBO_TAG_I:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_U:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_TIME:
        return Content::Phrasing;
    default:
        return Content::None;
    }
}

// Elements that start a block: a parser closes an open p before them, so they may only
// appear where flow content is (never inside p, a heading or an inline element).
bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_HR:
        return true;
    default:
        return false;
    }
}

// The formatting elements of the HTML5 tree construction: one inside another of its own kind
// involves the list of active formatting elements (Noah's Ark, <a> in <a>), so it is refused.
bool isFormatting(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_B:
    case GUMBO_TAG_I:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_U:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SMALL:
        return true;
    default:
        return false;
    }
}

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isAsciiAlnum(char c)
{
    return isAsciiAlpha(c) || (c >= '0' && c <= '9');
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// White space between attributes; form feed and carriage return are left to gumbo.
bool isTagSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n';
}

// Printable ASCII other than the markup characters, plus tab and newline: copied as it is.
bool isPlainAscii(unsigned char c)
{
    return (c >= 0x20 && c < 0x7f && c != '<' && c != '&') || c == '\t' || c == '\n';
}

// Byte classes for the text loop, which sees every byte of the input.
enum ByteClass : unsigned char { Word, Space, Other };
constexpr std::array<unsigned char, 256> ByteClasses = [] {
    std::array<unsigned char, 256> classes {};
    for (unsigned b = 0; b < 256; ++b) {
        if (b == ' ' || b == '\t' || b == '\n')
            classes[b] = Space;
        else if (b > 0x20 && b < 0x7f && b != '<' && b != '&')
            classes[b] = Word;
        else
            classes[b] = Other;
    }
    return classes;
}();

// Code points an HTML parser passes through unchanged: no controls other than tab and
// newline (gumbo turns several into U+FFFD), no C1 controls, surrogates, non-characters or
// byte order mark.
bool isPlainCodePoint(char32_t c)
{
    if (c < 0x80)
        return isPlainAscii(static_cast<unsigned char>(c)) || c == '<' || c == '&';
    if (c < 0xa0 || (c >= 0xd800 && c <= 0xdfff) || (c >= 0xfdd0 && c <= 0xfdef) || c == 0xfeff || c > 0x10ffff)
        return false;
    return (c & 0xfffe) != 0xfffe;
}

// Length of the well-formed UTF-8 sequence of a plain code point at s[i] (a non-ASCII
// lead byte), 0 for anything else.
qsizetype plainSequence(const char *s, qsizetype n, qsizetype i)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    qsizetype length = 0;
    char32_t c = 0;
    if (b0 >= 0xc2 && b0 <= 0xdf) {
        length = 2;
        c = b0 & 0x1f;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
        length = 3;
        c = b0 & 0x0f;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
        length = 4;
        c = b0 & 0x07;
    } else {
        return 0;
    }
    if (i + length > n)
        return 0;
    for (qsizetype k = 1; k < length; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xc0) != 0x80)
            return 0;
        c = (c << 6) | (b & 0x3f);
    }
    const char32_t minimum = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
    if (c < minimum || !isPlainCodePoint(c))
        return 0;
    return length;
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xc0 | (c >> 6));
        out += char(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        out += char(0xe0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3f));
        out += char(0x80 | (c & 0x3f));
    } else {
        out += char(0xf0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3f));
        out += char(0x80 | ((c >> 6) & 0x3f));
        out += char(0x80 | (c & 0x3f));
    }
}

struct NamedReference {
    const char *name;
    char32_t codePoint;
};

// The named references understood here, each only with its semicolon; any other name
// followed by ';' goes to gumbo.
constexpr NamedReference NamedReferences[] = {
    {"amp", U'&'},
    {"lt", U'<'},
    {"gt", U'>'},
    {"quot", U'"'},
    {"apos", U'\''},
    {"nbsp", 0xa0},
    {"shy", 0xad},
    {"copy", 0xa9},
    {"reg", 0xae},
    {"deg", 0xb0},
    {"middot", 0xb7},
    {"laquo", 0xab},
    {"raquo", 0xbb},
    {"pound", 0xa3},
    {"yen", 0xa5},
    {"cent", 0xa2},
    {"euro", 0x20ac},
    {"times", 0xd7},
    {"eacute", 0xe9},
    {"egrave", 0xe8},
    {"agrave", 0xe0},
    {"auml", 0xe4},
    {"ouml", 0xf6},
    {"uuml", 0xfc},
    {"szlig", 0xdf},
    {"ccedil", 0xe7},
    {"ndash", 0x2013},
    {"mdash", 0x2014},
    {"lsquo", 0x2018},
    {"rsquo", 0x2019},
    {"sbquo", 0x201a},
    {"ldquo", 0x201c},
    {"rdquo", 0x201d},
    {"bdquo", 0x201e},
    {"bull", 0x2022},
    {"hellip", 0x2026},
    {"thinsp", 0x2009},
    {"trade", 0x2122},
};

// The references HTML also decodes without a semicolon ("&copy 2024", "&notit;" is "¬it;"):
// an ampersand followed by one of these as a prefix goes to gumbo.
constexpr const char *LegacyReferences[] = {"AElig", "AMP", "Aacute", "Acirc", "Agrave", "Aring", "Atilde", "Auml",
    "COPY", "Ccedil", "ETH", "Eacute", "Ecirc", "Egrave", "Euml", "GT", "Iacute", "Icirc", "Igrave", "Iuml", "LT",
    "Ntilde", "Oacute", "Ocirc", "Ograve", "Oslash", "Otilde", "Ouml", "QUOT", "REG", "THORN", "Uacute", "Ucirc",
    "Ugrave", "Uuml", "Yacute", "aacute", "acirc", "acute", "aelig", "agrave", "amp", "aring", "atilde", "auml",
    "brvbar", "ccedil", "cedil", "cent", "copy", "curren", "deg", "divide", "eacute", "ecirc", "egrave", "eth", "euml",
    "frac12", "frac14", "frac34", "gt", "iacute", "icirc", "iexcl", "igrave", "iquest", "iuml", "laquo", "lt", "macr",
    "micro", "middot", "nbsp", "not", "ntilde", "oacute", "ocirc", "ograve", "ordf", "ordm", "oslash", "otilde", "ouml",
    "para", "plusmn", "pound", "quot", "raquo", "reg", "sect", "shy", "sup1", "sup2", "sup3", "szlig", "thorn", "times",
    "uacute", "ucirc", "ugrave", "uml", "uuml", "yacute", "yen", "yuml"};

} // namespace

SimpleHtmlFragment::SimpleHtmlFragment(QByteArrayView utf8)
{
    m_text.reserve(size_t(utf8.size()) + 64);
    m_nodes.reserve(32);
    m_links.reserve(32);
    m_valid = parse(utf8.data(), utf8.size());
    if (m_valid)
        link();
}

bool SimpleHtmlFragment::parse(const char *s, qsizetype n)
{
    qsizetype i = 0;
    while (i < n) {
        const char c = s[i];
        if (c == '<') {
            if (!flushText())
                return false;
            if (i + 1 < n && isAsciiAlpha(s[i + 1]))
                i = startTag(s, n, i);
            else if (i + 2 < n && s[i + 1] == '/' && isAsciiAlpha(s[i + 2]))
                i = endTag(s, n, i);
            else
                return false; // comments, doctype, processing instructions, a bare '<'
            if (i < 0)
                return false;
            m_textStart = m_text.size();
            m_textIsWhitespace = true;
        } else if (c == '&') {
            i = characterReference(s, n, i);
            if (i < 0)
                return false;
            m_textIsWhitespace = false;
        } else {
            const qsizetype start = i;
            bool whitespace = true;
            while (i < n) {
                const auto b = static_cast<unsigned char>(s[i]);
                const unsigned char byteClass = ByteClasses[b];
                if (byteClass == Word) {
                    whitespace = false;
                    ++i;
                    while (i < n && ByteClasses[static_cast<unsigned char>(s[i])] == Word)
                        ++i;
                } else if (byteClass == Space) {
                    ++i;
                } else if (b >= 0x80) {
                    const qsizetype length = plainSequence(s, n, i);
                    if (length == 0)
                        return false;
                    whitespace = false;
                    i += length;
                } else {
                    break;
                }
            }
            if (i == start)
                return false; // NUL, carriage return, form feed, other controls
            m_text.append(s + start, size_t(i - start));
            m_textIsWhitespace = m_textIsWhitespace && whitespace;
        }
    }
    return flushText() && m_open.empty();
}

int SimpleHtmlFragment::addNode(GumboNodeType type, size_t offset)
{
    GumboNode node;
    std::memset(&node, 0, sizeof node);
    node.type = type;
    m_nodes.push_back(node);
    m_links.push_back({m_open.empty() ? -1 : m_open.back().node, offset});
    return int(m_nodes.size() - 1);
}

bool SimpleHtmlFragment::flushText()
{
    if (m_text.size() == m_textStart)
        return true;
    // Text may stand in a list only as white space between its items.
    if (!m_textIsWhitespace && !m_open.empty() && contentOf(m_open.back().tag) == Content::ListItems)
        return false;
    addNode(m_textIsWhitespace ? GUMBO_NODE_WHITESPACE : GUMBO_NODE_TEXT, m_textStart);
    m_text += '\0';
    m_textStart = m_text.size();
    m_textIsWhitespace = true;
    return true;
}

// Reads the tag name at @p j (ASCII letters and digits, case-folded) into @p tag; returns the
// position after it, or -1 when it is longer than any tag of the subset.
qsizetype SimpleHtmlFragment::tagName(const char *s, qsizetype n, qsizetype j, GumboTag *tag)
{
    char name[MaxTagName + 1];
    qsizetype length = 0;
    while (j < n && isAsciiAlnum(s[j])) {
        if (length == MaxTagName)
            return -1;
        name[length++] = asciiLower(s[j++]);
    }
    name[length] = '\0';
    *tag = gumbo_tagn_enum(name, unsigned(length));
    return j;
}

qsizetype SimpleHtmlFragment::startTag(const char *s, qsizetype n, qsizetype i)
{
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    qsizetype j = tagName(s, n, i + 1, &tag);
    if (j < 0 || j >= n || !(isTagSpace(s[j]) || s[j] == '/' || s[j] == '>'))
        return -1;
    const Content content = contentOf(tag);
    if (content == Content::None)
        return -1;

    // Only placements where the tree construction just inserts the element.
    const Content here = m_open.empty() ? Content::Flow : contentOf(m_open.back().tag);
    if (tag == GUMBO_TAG_LI) {
        if (here != Content::ListItems)
            return -1;
    } else if (isBlock(tag)) {
        if (here != Content::Flow)
            return -1;
    } else if (here != Content::Flow && here != Content::Phrasing) {
        return -1;
    }
    if (isFormatting(tag)
        && std::any_of(m_open.begin(), m_open.end(), [tag](const OpenElement &e) { return e.tag == tag; }))
        return -1;
    if (content != Content::Void && m_open.size() >= MaxDepth)
        return -1;

    const int node = addNode(GUMBO_NODE_ELEMENT, m_attributes.size());
    GumboElement &element = m_nodes[size_t(node)].v.element;
    element.tag = tag;
    element.tag_namespace = GUMBO_NAMESPACE_HTML;
    const size_t firstAttribute = m_attributes.size();
    for (;;) {
        while (j < n && isTagSpace(s[j]))
            ++j;
        if (j >= n)
            return -1;
        if (s[j] == '>') {
            ++j;
            break;
        }
        if (s[j] == '/') {
            if (content != Content::Void || j + 1 >= n || s[j + 1] != '>')
                return -1; // "<p/>" opens a p; not worth mirroring
            j += 2;
            break;
        }
        if (!isAsciiAlpha(s[j]) || m_attributes.size() - firstAttribute >= MaxAttributes)
            return -1;
        AttributeText text {m_text.size(), 0};
        while (j < n && (isAsciiAlnum(s[j]) || s[j] == '-' || s[j] == '_' || s[j] == ':' || s[j] == '.'))
            m_text += asciiLower(s[j++]);
        if (j >= n || !(isTagSpace(s[j]) || s[j] == '=' || s[j] == '>' || s[j] == '/'))
            return -1;
        m_text += '\0';
        const char *attributeName = m_text.data() + text.name;
        for (size_t a = firstAttribute; a < m_attributes.size(); ++a) {
            if (std::strcmp(m_text.data() + m_attributeText[a].name, attributeName) == 0)
                return -1; // duplicates: gumbo keeps the first; simply not handled here
        }
        while (j < n && isTagSpace(s[j]))
            ++j;
        text.value = m_text.size();
        if (j < n && s[j] == '=') {
            ++j;
            while (j < n && isTagSpace(s[j]))
                ++j;
            j = attributeValue(s, n, j);
            if (j < 0)
                return -1;
        }
        m_text += '\0';
        GumboAttribute attribute;
        std::memset(&attribute, 0, sizeof attribute);
        attribute.attr_namespace = GUMBO_ATTR_NAMESPACE_NONE;
        m_attributes.push_back(attribute);
        m_attributeText.push_back(text);
    }
    // The pointers are set in link(); the count is known now.
    m_nodes[size_t(node)].v.element.attributes.length = unsigned(m_attributes.size() - firstAttribute);
    if (content != Content::Void)
        m_open.push_back({tag, node});
    return j;
}

// Appends the value starting at s[i] (after '=' and white space); returns where it ends.
qsizetype SimpleHtmlFragment::attributeValue(const char *s, qsizetype n, qsizetype i)
{
    if (i >= n)
        return -1;
    const char quote = s[i] == '"' || s[i] == '\'' ? s[i] : '\0';
    qsizetype j = quote ? i + 1 : i;
    const qsizetype valueStart = j;
    qsizetype run = j; // characters copied as they are, appended at once
    for (;;) {
        if (j >= n)
            return -1;
        const auto b = static_cast<unsigned char>(s[j]);
        if (quote ? b == static_cast<unsigned char>(quote) : (isTagSpace(char(b)) || b == '>'))
            break;
        if (b == '&') {
            m_text.append(s + run, size_t(j - run));
            j = characterReference(s, n, j);
            if (j < 0)
                return -1;
            run = j;
            continue;
        }
        if (b == '<' || (!quote && (b == '"' || b == '\'' || b == '=' || b == '`')))
            return -1;
        if (isPlainAscii(b)) {
            ++j;
        } else if (b >= 0x80) {
            const qsizetype length = plainSequence(s, n, j);
            if (length == 0)
                return -1;
            j += length;
        } else {
            return -1;
        }
    }
    m_text.append(s + run, size_t(j - run));
    if (!quote) {
        return j == valueStart ? -1 : j;
    }
    ++j; // the closing quote
    if (j >= n || !(isTagSpace(s[j]) || s[j] == '>' || s[j] == '/'))
        return -1; // "a='x'b" runs attributes together
    return j;
}

qsizetype SimpleHtmlFragment::endTag(const char *s, qsizetype n, qsizetype i)
{
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    qsizetype j = tagName(s, n, i + 2, &tag);
    if (j < 0)
        return -1;
    while (j < n && isTagSpace(s[j]))
        ++j;
    if (j >= n || s[j] != '>')
        return -1;
    // Only the end tag of the current element: anything else makes the parser close,
    // ignore or reopen elements.
    if (m_open.empty() || m_open.back().tag != tag || tag == GUMBO_TAG_UNKNOWN)
        return -1;
    m_open.pop_back();
    return j + 1;
}

// Decodes the character reference at s[i] == '&' into m_text; returns where it ends, or -1
// when its meaning is anything but obvious.
qsizetype SimpleHtmlFragment::characterReference(const char *s, qsizetype n, qsizetype i)
{
    if (i + 1 >= n || !(isAsciiAlnum(s[i + 1]) || s[i + 1] == '#')) {
        m_text += '&'; // "AT & T", "&-": a plain ampersand
        return i + 1;
    }
    if (s[i + 1] == '#') {
        qsizetype j = i + 2;
        const bool hex = j < n && (s[j] == 'x' || s[j] == 'X');
        if (hex)
            ++j;
        const qsizetype digitsStart = j;
        char32_t c = 0;
        while (j < n && j - digitsStart < 8) {
            const char d = s[j];
            int value = -1;
            if (d >= '0' && d <= '9')
                value = d - '0';
            else if (hex && d >= 'a' && d <= 'f')
                value = d - 'a' + 10;
            else if (hex && d >= 'A' && d <= 'F')
                value = d - 'A' + 10;
            if (value < 0)
                break;
            c = c * (hex ? 16 : 10) + char32_t(value);
            ++j;
        }
        if (j == digitsStart || j >= n || s[j] != ';' || !isPlainCodePoint(c))
            return -1;
        appendUtf8(m_text, c);
        return j + 1;
    }
    qsizetype j = i + 1;
    while (j < n && isAsciiAlnum(s[j]))
        ++j;
    const QByteArrayView name(s + i + 1, j - i - 1);
    if (j < n && s[j] == ';') {
        for (const NamedReference &reference : NamedReferences) {
            if (name == QByteArrayView(reference.name)) {
                appendUtf8(m_text, reference.codePoint);
                return j + 1;
            }
        }
        return -1;
    }
    for (const char *legacy : LegacyReferences) {
        if (name.startsWith(QByteArrayView(legacy)))
            return -1;
    }
    m_text += '&'; // "&utm_medium=": no reference at all
    return i + 1;
}

// Turns the offsets collected while parsing into the pointers of gumbo's tree.
void SimpleHtmlFragment::link()
{
    const size_t nodeCount = m_nodes.size();
    // Every node is the child of exactly one parent: children lists are slices of one vector.
    std::vector<unsigned> start(nodeCount + 2, 0);
    for (const NodeLinks &links : m_links)
        ++start[size_t(links.parent + 2)];
    for (size_t k = 1; k < start.size(); ++k)
        start[k] += start[k - 1];
    m_pointers.assign(nodeCount + m_attributes.size(), nullptr);
    std::vector<unsigned> next(start.begin(), start.end() - 1);
    for (size_t k = 0; k < nodeCount; ++k) {
        GumboNode &node = m_nodes[k];
        const NodeLinks &links = m_links[k];
        unsigned &slot = next[size_t(links.parent + 1)];
        node.parent = links.parent < 0 ? nullptr : &m_nodes[size_t(links.parent)];
        node.index_within_parent = slot - start[size_t(links.parent + 1)];
        m_pointers[slot++] = &node;
        if (node.type == GUMBO_NODE_ELEMENT) {
            GumboElement &element = node.v.element;
            const unsigned first = start[k + 1];
            element.children = {m_pointers.data() + first, start[k + 2] - first, start[k + 2] - first};
            void **attributes = m_pointers.data() + nodeCount + links.offset;
            for (unsigned a = 0; a < element.attributes.length; ++a) {
                GumboAttribute &attribute = m_attributes[links.offset + a];
                const AttributeText &text = m_attributeText[links.offset + a];
                attribute.name = m_text.data() + text.name;
                attribute.value = m_text.data() + text.value;
                attributes[a] = &attribute;
            }
            element.attributes.data = attributes;
            element.attributes.capacity = element.attributes.length;
        } else {
            node.v.text.text = m_text.data() + links.offset;
        }
    }
    m_roots = {m_pointers.data(), start[1], start[1]};
}

} // namespace Wiredesk
