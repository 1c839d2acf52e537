#include "htmlsanitizer.h"

#include "gumbodocument.h"
#include "plainweburl.h"
#include "simplehtmlfragment.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

// Output elements nested deeper than this are unwrapped: their text stays, the markup goes.
constexpr int MaxOutputDepth = 256;

// Elements whose content is dangerous, invisible or meaningless outside the source page.
bool isDroppedWithContent(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_OUTPUT:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_AREA:
        return true;
    default:
        return false;
    }
}

bool isHeading(GumboTag tag)
{
    return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

// Elements that may only hold phrasing content; blocks inside them are unwrapped, because
// an HTML parser would close them (<p><p>, <h2><h3>) or restructure them when re-parsing.
bool holdsPhrasingOnly(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_A:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_B:
    case GUMBO_TAG_I:
    case GUMBO_TAG_U:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_SPAN:
        return true;
    default:
        return false;
    }
}

bool isPhrasing(GumboTag tag)
{
    return tag == GUMBO_TAG_BR || tag == GUMBO_TAG_IMG
        || (holdsPhrasingOnly(tag) && tag != GUMBO_TAG_P && !isHeading(tag) && tag != GUMBO_TAG_PRE
            && tag != GUMBO_TAG_DT);
}

// Table parts whose content model is other table parts only (no text, no other elements).
bool isTableStructure(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
        return true;
    default:
        return false;
    }
}

// Generic sectioning and layout containers: kept as <div> (wire) or turned into a paragraph
// when they hold only inline content (article), so "<div>a</div><div>b</div>" stays two blocks.
bool isGenericBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_HGROUP:
        return true;
    default:
        return false;
    }
}

// Blocks outside the article schema that become paragraphs there (when they hold no blocks
// themselves), so that table cells or definition terms do not run into one another.
bool becomesArticleParagraph(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_XMP:
        return true;
    default:
        return isGenericBlock(tag);
    }
}

// Anything that starts a new block in a browser; used to decide whether a generic container
// is a paragraph in disguise, and for plain text line breaks.
bool isBlockLevel(GumboTag tag)
{
    if (isGenericBlock(tag) || isHeading(tag) || isTableStructure(tag))
        return true;
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_DIR:
        return true;
    default:
        return false;
    }
}

// Elements that carry no meaning when empty; written only if something ended up inside.
bool isDroppedWhenEmpty(GumboTag tag)
{
    return (isPhrasing(tag) && tag != GUMBO_TAG_BR && tag != GUMBO_TAG_IMG) || tag == GUMBO_TAG_FIGURE
        || tag == GUMBO_TAG_FIGCAPTION || tag == GUMBO_TAG_DIV;
}

bool carriesDirection(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TABLE:
        return true;
    default:
        return isHeading(tag);
    }
}

bool isVoid(GumboTag tag)
{
    return tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_IMG;
}

const GumboAttribute *attribute(const GumboElement &element, const char *name)
{
    return gumbo_get_attribute(&element.attributes, name);
}

QString attributeValue(const GumboElement &element, const char *name)
{
    const GumboAttribute *attr = attribute(element, name);
    return attr ? QString::fromUtf8(attr->value) : QString();
}

bool isUnwantedControl(char32_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n') || (c >= 0x7f && c <= 0x9f);
}

// Escapes text or an attribute value; drops NULs and control characters on the way. Runs
// of ordinary characters are appended at once (per character, this was a tenth of the
// wire ingest's parse-thread time).
void appendEscaped(QString &out, QStringView text, bool inAttribute)
{
    const QChar *run = text.data();
    const QChar *const end = run + text.size();
    for (const QChar *p = run; p != end; ++p) {
        const char16_t u = p->unicode();
        const bool special
            = u == u'&' || u == u'<' || u == u'>' || (u == u'"' && inAttribute) || u == 0xa0 || isUnwantedControl(u);
        if (!special)
            continue;
        if (p != run)
            out.append(run, p - run);
        run = p + 1;
        switch (u) {
        case u'&':
            out += "&amp;"_L1;
            break;
        case u'<':
            out += "&lt;"_L1;
            break;
        case u'>':
            out += "&gt;"_L1;
            break;
        case u'"':
            out += "&quot;"_L1;
            break;
        case 0xa0:
            out += "&nbsp;"_L1;
            break;
        default:
            break; // an unwanted control character: dropped
        }
    }
    if (end != run)
        out.append(run, end - run);
}

// Length of the UTF-8 sequence led by @p lead, and its payload bits; 0 for a byte that
// cannot lead one.
int utf8SequenceLength(unsigned char lead, char32_t &bits)
{
    if (lead >= 0xc2 && lead <= 0xdf) {
        bits = lead & 0x1f;
        return 2;
    }
    if (lead >= 0xe0 && lead <= 0xef) {
        bits = lead & 0x0f;
        return 3;
    }
    if (lead >= 0xf0 && lead <= 0xf4) {
        bits = lead & 0x07;
        return 4;
    }
    return 0;
}

// appendEscaped() of NUL-terminated UTF-8 (gumbo's text and attribute values), without a
// temporary QString: runs of ASCII are appended as Latin-1 at once, other code points are
// decoded here. Anything but well-formed UTF-8 (which gumbo never hands out) takes the
// QString::fromUtf8() way, so the result is always the same.
void appendUtf8Escaped(QString &out, const char *utf8, bool inAttribute)
{
    const auto *p = reinterpret_cast<const unsigned char *>(utf8);
    const unsigned char *run = p;
    auto flush = [&out, &run](const unsigned char *end) {
        if (end != run)
            out.append(QLatin1StringView(reinterpret_cast<const char *>(run), end - run));
    };
    // ASCII bytes written as they are, in text (bit 0) and in attribute values (bit 1).
    static constexpr std::array<unsigned char, 128> Plain = [] {
        std::array<unsigned char, 128> plain {};
        for (unsigned b = 0x20; b < 0x7f; ++b)
            plain[b] = b == '&' || b == '<' || b == '>' ? 0 : b == '"' ? 1 : 3;
        plain['\t'] = plain['\n'] = 3;
        return plain;
    }();
    const unsigned char mask = inAttribute ? 2 : 1;
    for (;;) {
        while (*p < 0x80 && (Plain[*p] & mask))
            ++p;
        const unsigned char c = *p;
        flush(p);
        if (c == 0)
            return;
        if (c < 0x80) {
            switch (c) {
            case '&':
                out += "&amp;"_L1;
                break;
            case '<':
                out += "&lt;"_L1;
                break;
            case '>':
                out += "&gt;"_L1;
                break;
            case '"':
                out += "&quot;"_L1;
                break;
            default:
                break; // an unwanted control character: dropped
            }
            run = ++p;
            continue;
        }
        char32_t code = 0;
        const int length = utf8SequenceLength(c, code);
        bool wellFormed = length > 0;
        for (int k = 1; wellFormed && k < length; ++k) {
            wellFormed = (p[k] & 0xc0) == 0x80;
            code = (code << 6) | (p[k] & 0x3f);
        }
        wellFormed = wellFormed && !(length == 3 && (code < 0x800 || (code >= 0xd800 && code <= 0xdfff)))
            && !(length == 4 && (code < 0x10000 || code > 0x10ffff));
        if (!wellFormed) {
            appendEscaped(out, QString::fromUtf8(reinterpret_cast<const char *>(p)), inAttribute);
            return;
        }
        if (code == 0xa0)
            out += "&nbsp;"_L1;
        else if (code > 0x9f && code < 0x10000)
            out += QChar(char16_t(code));
        else if (code >= 0x10000)
            out += QStringView(QChar::fromUcs4(code));
        // else: a C1 control character, dropped
        p += length;
        run = p;
    }
}

bool isDigits(const QString &value, int maxLength)
{
    if (value.isEmpty() || value.size() > maxLength)
        return false;
    return std::all_of(value.begin(), value.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// data-sources: citation ids of the article schema; invalid ids are dropped one by one.
QString sanitizedSourceIds(const QString &value)
{
    static const QRegularExpression idPattern(u"\\A[A-Za-z0-9_-]{1,64}\\z"_s);
    QStringList ids;
    const QStringList tokens = value.split(QRegularExpression(u"[\\t\\n\\f\\r ]+"_s), Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        if (idPattern.match(token).hasMatch() && !ids.contains(token))
            ids.append(token);
    }
    return ids.join(u' ');
}

bool isValidBlockId(const QString &value)
{
    static const QRegularExpression pattern(u"\\A[a-z0-9]{4,32}\\z"_s);
    return pattern.match(value).hasMatch();
}

enum class UrlKind { Link, Image };

// Browsers drop ASCII tab and newlines anywhere in a URL and control characters and spaces
// around it ("jav&#x09;ascript:" runs script), so the scheme is checked on what they see.
QString sanitizedUrl(const QString &raw, const QUrl &base, UrlKind kind)
{
    // Most links are plain absolute http(s) URLs that QUrl would give back unchanged.
    if (PlainWebUrl::isPlain(raw))
        return raw;
    QString cleaned;
    cleaned.reserve(raw.size());
    for (const QChar c : raw) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            continue;
        cleaned += c;
    }
    cleaned = cleaned.trimmed();
    if (cleaned.isEmpty())
        return {};

    QUrl url;
    if (cleaned.startsWith("//"_L1)) {
        const QString scheme = base.isValid() && !base.scheme().isEmpty() ? base.scheme() : u"https"_s;
        url = QUrl(scheme + u':' + cleaned);
    } else {
        url = QUrl(cleaned);
        if (url.isValid() && url.isRelative()) {
            if (!base.isValid() || base.isRelative())
                return {};
            url = base.resolved(url);
        }
    }
    if (!url.isValid())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme == "http"_L1 || scheme == "https"_L1) {
        if (url.host().isEmpty())
            return {};
    } else if (scheme == "mailto"_L1 && kind == UrlKind::Link) {
        if (url.path().isEmpty())
            return {};
    } else {
        return {};
    }
    return url.toString(QUrl::FullyEncoded);
}

struct OpenElement {
    GumboTag tag;
    qsizetype contentStart; // where its content begins in the output
};

// One pass over gumbo's tree, iterative so that nesting depth costs heap, not stack.
class Writer final
{
public:
    /// @p sizeHint: the input's size, which the output rarely exceeds by much.
    Writer(HtmlSanitizer::Schema schema, const QUrl &base, qsizetype sizeHint)
        : m_schema(schema)
        , m_base(base)
    {
        m_out.reserve(sizeHint + sizeHint / 4);
    }

    QString write(const GumboVector &roots)
    {
        struct Frame {
            const GumboVector *children;
            unsigned next;
            GumboTag written;    // GUMBO_TAG_UNKNOWN when the element was unwrapped
            GumboTag source;     // the element's own tag, before the schema mapped it
            qsizetype openStart; // where its start tag begins in m_out
            qsizetype contentStart;
        };
        std::vector<Frame> frames;
        frames.push_back({&roots, 0, GUMBO_TAG_UNKNOWN, GUMBO_TAG_UNKNOWN, 0, 0});
        while (!frames.empty()) {
            Frame &frame = frames.back();
            if (frame.next >= frame.children->length) {
                const Frame done = frame;
                frames.pop_back();
                if (done.written != GUMBO_TAG_UNKNOWN)
                    close(done.written, done.source, done.openStart, done.contentStart);
                continue;
            }
            const auto *node = static_cast<const GumboNode *>(frame.children->data[frame.next++]);
            switch (node->type) {
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_WHITESPACE:
                text(node->v.text.text);
                break;
            case GUMBO_NODE_ELEMENT: {
                const GumboElement &element = node->v.element;
                if (element.tag_namespace != GUMBO_NAMESPACE_HTML || isDroppedWithContent(element.tag))
                    break;
                if (parentIsTableStructure() && !fitsTableStructure(element.tag))
                    break; // only whitespace or dropped elements can be here
                const qsizetype openStart = m_out.size();
                const GumboTag written = open(element);
                if (written != GUMBO_TAG_UNKNOWN && isVoid(written))
                    break;
                if (written == GUMBO_TAG_UNKNOWN && isBlockLevel(element.tag) && inPhrasingContext())
                    separateUnwrappedBlock();
                frames.push_back({&element.children, 0, written, element.tag, openStart, m_out.size()});
                break;
            }
            default:
                break; // comments, CDATA, the document node, <template> contents
            }
        }
        // The reservation was for markup that ended up in the output; when most of the
        // input was dropped, the caller should not keep the unused capacity.
        if (m_out.capacity() > 2 * m_out.size() + 1024)
            m_out.squeeze();
        return m_out;
    }

private:
    GumboTag parent() const { return m_open.empty() ? GUMBO_TAG_BODY : m_open.back().tag; }

    bool parentIsTableStructure() const { return isTableStructure(parent()); }

    static bool fitsTableStructure(GumboTag tag)
    {
        return tag == GUMBO_TAG_CAPTION || tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_TFOOT
            || tag == GUMBO_TAG_TR || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_TD;
    }

    bool inPhrasingContext() const
    {
        return std::any_of(m_open.begin(), m_open.end(), [](const OpenElement &e) { return holdsPhrasingOnly(e.tag); });
    }

    bool insideLink() const
    {
        return std::any_of(m_open.begin(), m_open.end(), [](const OpenElement &e) { return e.tag == GUMBO_TAG_A; });
    }

    // A block unwrapped inside a link or paragraph ("<a><div>title</div><p>text</p></a>")
    // still starts a new line: a <br> goes before it unless it is the first thing there.
    void separateUnwrappedBlock()
    {
        const qsizetype start = m_open.back().contentStart;
        qsizetype end = m_out.size();
        while (end > start && m_out[end - 1].isSpace())
            --end;
        if (end == start || QStringView(m_out).first(end).endsWith("<br>"_L1))
            return;
        m_out += "<br>"_L1;
    }

    void text(const char *utf8)
    {
        if (parentIsTableStructure())
            return;
        appendUtf8Escaped(m_out, utf8, false);
    }

    // What the schema makes of an element, before looking at where it would go.
    GumboTag mapped(const GumboElement &element) const
    {
        const GumboTag tag = element.tag;
        if (m_schema == HtmlSanitizer::Schema::Article) {
            switch (tag) {
            case GUMBO_TAG_P:
            case GUMBO_TAG_BLOCKQUOTE:
            case GUMBO_TAG_UL:
            case GUMBO_TAG_OL:
            case GUMBO_TAG_LI:
            case GUMBO_TAG_A:
            case GUMBO_TAG_EM:
            case GUMBO_TAG_STRONG:
            case GUMBO_TAG_BR:
            case GUMBO_TAG_HR:
            case GUMBO_TAG_FIGURE:
            case GUMBO_TAG_FIGCAPTION:
            case GUMBO_TAG_IMG:
            case GUMBO_TAG_SPAN:
                return tag;
            case GUMBO_TAG_H1:
            case GUMBO_TAG_H2:
                return GUMBO_TAG_H2;
            case GUMBO_TAG_H3:
            case GUMBO_TAG_H4:
            case GUMBO_TAG_H5:
            case GUMBO_TAG_H6:
                return GUMBO_TAG_H3;
            case GUMBO_TAG_B:
                return GUMBO_TAG_STRONG;
            case GUMBO_TAG_I:
                return GUMBO_TAG_EM;
            default:
                return becomesArticleParagraph(tag) ? GUMBO_TAG_P : GUMBO_TAG_UNKNOWN;
            }
        }
        switch (tag) {
        case GUMBO_TAG_H1:
            return GUMBO_TAG_H2; // the item's headline is the page's only h1
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
        case GUMBO_TAG_P:
        case GUMBO_TAG_BR:
        case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_LI:
        case GUMBO_TAG_DL:
        case GUMBO_TAG_DT:
        case GUMBO_TAG_DD:
        case GUMBO_TAG_A:
        case GUMBO_TAG_EM:
        case GUMBO_TAG_STRONG:
        case GUMBO_TAG_B:
        case GUMBO_TAG_I:
        case GUMBO_TAG_U:
        case GUMBO_TAG_S:
        case GUMBO_TAG_SUB:
        case GUMBO_TAG_SUP:
        case GUMBO_TAG_SMALL:
        case GUMBO_TAG_MARK:
        case GUMBO_TAG_CODE:
        case GUMBO_TAG_PRE:
        case GUMBO_TAG_IMG:
        case GUMBO_TAG_FIGURE:
        case GUMBO_TAG_FIGCAPTION:
        case GUMBO_TAG_TABLE:
        case GUMBO_TAG_THEAD:
        case GUMBO_TAG_TBODY:
        case GUMBO_TAG_TFOOT:
        case GUMBO_TAG_TR:
        case GUMBO_TAG_TH:
        case GUMBO_TAG_TD:
        case GUMBO_TAG_CAPTION:
        case GUMBO_TAG_HR:
        case GUMBO_TAG_ABBR:
        case GUMBO_TAG_Q:
        case GUMBO_TAG_CITE:
        case GUMBO_TAG_TIME:
            return tag;
        case GUMBO_TAG_STRIKE:
        case GUMBO_TAG_DEL:
            return GUMBO_TAG_S;
        case GUMBO_TAG_INS:
            return GUMBO_TAG_U;
        case GUMBO_TAG_TT:
        case GUMBO_TAG_KBD:
        case GUMBO_TAG_SAMP:
            return GUMBO_TAG_CODE;
        case GUMBO_TAG_LISTING:
        case GUMBO_TAG_XMP:
            return GUMBO_TAG_PRE;
        default:
            // span carries nothing without attributes, so it is unwrapped; generic
            // containers keep their block boundary as an attribute-less div.
            return isGenericBlock(tag) ? GUMBO_TAG_DIV : GUMBO_TAG_UNKNOWN;
        }
    }

    // Whether @p tag may be written as a child of the current output element such that an
    // HTML parser reading the output builds the same tree (this keeps sanitize idempotent).
    bool fitsHere(GumboTag tag) const
    {
        const GumboTag here = parent();
        switch (tag) {
        case GUMBO_TAG_LI:
            return here == GUMBO_TAG_UL || here == GUMBO_TAG_OL;
        case GUMBO_TAG_DT:
        case GUMBO_TAG_DD:
            return here == GUMBO_TAG_DL;
        case GUMBO_TAG_CAPTION:
        case GUMBO_TAG_THEAD:
        case GUMBO_TAG_TBODY:
        case GUMBO_TAG_TFOOT:
            return here == GUMBO_TAG_TABLE;
        case GUMBO_TAG_TR:
            return here == GUMBO_TAG_THEAD || here == GUMBO_TAG_TBODY || here == GUMBO_TAG_TFOOT;
        case GUMBO_TAG_TH:
        case GUMBO_TAG_TD:
            return here == GUMBO_TAG_TR;
        case GUMBO_TAG_TABLE:
            if (std::any_of(
                    m_open.begin(), m_open.end(), [](const OpenElement &e) { return e.tag == GUMBO_TAG_CAPTION; }))
                return false; // <table> inside <caption> closes the caption when parsed
            break;
        case GUMBO_TAG_A:
            if (insideLink())
                return false;
            break;
        default:
            break;
        }
        if (isPhrasing(tag))
            return true;
        return !inPhrasingContext();
    }

    static bool hasBlockChild(const GumboElement &element)
    {
        for (unsigned i = 0; i < element.children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(element.children.data[i]);
            if (child->type == GUMBO_NODE_ELEMENT && isBlockLevel(child->v.element.tag))
                return true;
        }
        return false;
    }

    // Writes the start tag if the element is kept; returns what was written or UNKNOWN.
    GumboTag open(const GumboElement &element)
    {
        GumboTag tag = mapped(element);
        if (tag == GUMBO_TAG_UNKNOWN)
            return tag;
        if (m_schema == HtmlSanitizer::Schema::Article && tag == GUMBO_TAG_P && element.tag != GUMBO_TAG_P
            && hasBlockChild(element))
            return GUMBO_TAG_UNKNOWN; // a container of blocks: its blocks speak for themselves
        if (!fitsHere(tag))
            return GUMBO_TAG_UNKNOWN;
        if (!isVoid(tag) && int(m_open.size()) >= MaxOutputDepth)
            return GUMBO_TAG_UNKNOWN;

        // Written in place (no temporary per element); taken back if the element is dropped.
        const qsizetype start = m_out.size();
        m_out += u'<' + QLatin1StringView(gumbo_normalized_tagname(tag));
        if (!collectAttributes(element, tag, m_out)) {
            m_out.truncate(start);
            return GUMBO_TAG_UNKNOWN;
        }
        m_out += u'>';
        if (tag == GUMBO_TAG_PRE)
            m_out += u'\n'; // parsers drop one newline after <pre>; this keeps a leading one
        if (!isVoid(tag))
            m_open.push_back({tag, m_out.size()});
        return tag;
    }

    void close(GumboTag tag, GumboTag source, qsizetype openStart, qsizetype contentStart)
    {
        m_open.pop_back();
        // Wire bodies lose empty paragraphs and headings (parser debris like "</p>"); the
        // article schema keeps a real empty <p>, which may be where the editor types, but not
        // one it made from an empty <div> or table cell.
        const bool isTextBlock = tag == GUMBO_TAG_P || isHeading(tag);
        const bool emptyBlockIsDebris
            = isTextBlock && (m_schema == HtmlSanitizer::Schema::Wire || source != GUMBO_TAG_P);
        const bool madeUp = tag != source && tag == GUMBO_TAG_P;
        const bool empty
            = m_out.size() == contentStart || (madeUp && QStringView(m_out).sliced(contentStart).trimmed().isEmpty());
        if ((isDroppedWhenEmpty(tag) || emptyBlockIsDebris) && empty) {
            m_out.truncate(openStart);
            return;
        }
        m_out += "</"_L1 + QLatin1StringView(gumbo_normalized_tagname(tag)) + u'>';
    }

    static void addAttribute(QString &out, QLatin1StringView name, const QString &value)
    {
        out += u' ' + name + "=\""_L1;
        appendEscaped(out, value, true);
        out += u'"';
    }

    // Returns false when the element is pointless without the attributes it lacks.
    bool collectAttributes(const GumboElement &element, GumboTag tag, QString &out) const
    {
        const bool article = m_schema == HtmlSanitizer::Schema::Article;
        auto copyText = [&](const char *name) {
            if (const GumboAttribute *attr = attribute(element, name))
                addAttribute(out, QLatin1StringView(name), QString::fromUtf8(attr->value));
        };
        auto copyNumber = [&](const char *name, int maxDigits) {
            const QString value = attributeValue(element, name).trimmed();
            if (isDigits(value, maxDigits) && value.toInt() > 0)
                addAttribute(out, QLatin1StringView(name), value);
        };

        if (article && m_open.empty() && isBlockLevel(tag)) {
            const QString block = attributeValue(element, "data-block");
            if (!block.isEmpty() && isValidBlockId(block))
                addAttribute(out, "data-block"_L1, block);
        }
        if (!article && carriesDirection(tag)) {
            // Right-to-left paragraphs in a left-to-right page need their direction.
            const QString dir = attributeValue(element, "dir").trimmed().toLower();
            if (dir == "ltr"_L1 || dir == "rtl"_L1 || dir == "auto"_L1)
                addAttribute(out, "dir"_L1, dir);
        }
        switch (tag) {
        case GUMBO_TAG_A: {
            const QString href = sanitizedUrl(attributeValue(element, "href"), m_base, UrlKind::Link);
            if (href.isEmpty())
                return false;
            addAttribute(out, "href"_L1, href);
            copyText("title");
            if (!article)
                addAttribute(out, "rel"_L1, u"nofollow noopener noreferrer"_s);
            return true;
        }
        case GUMBO_TAG_IMG: {
            const QString src = sanitizedUrl(attributeValue(element, "src"), m_base, UrlKind::Image);
            if (src.isEmpty())
                return false;
            addAttribute(out, "src"_L1, src);
            copyText("alt");
            copyText("title");
            if (!article) {
                copyNumber("width", 5);
                copyNumber("height", 5);
            }
            return true;
        }
        case GUMBO_TAG_SPAN: {
            if (!article)
                return false;
            const QString ids = sanitizedSourceIds(attributeValue(element, "data-sources"));
            if (ids.isEmpty())
                return false;
            addAttribute(out, "data-sources"_L1, ids);
            return true;
        }
        case GUMBO_TAG_TH:
        case GUMBO_TAG_TD:
            copyNumber("colspan", 4);
            copyNumber("rowspan", 4);
            return true;
        case GUMBO_TAG_ABBR:
            copyText("title");
            return true;
        case GUMBO_TAG_TIME:
            copyText("datetime");
            return true;
        default:
            return true;
        }
    }

    HtmlSanitizer::Schema m_schema;
    QUrl m_base;
    QString m_out;
    std::vector<OpenElement> m_open;
};

// Plain text with paragraph breaks; breaks are requested and written lazily so that empty
// blocks and runs of whitespace leave no trace.
class PlainTextWriter final
{
public:
    QString write(const GumboVector &roots)
    {
        struct Frame {
            const GumboVector *children;
            unsigned next;
            GumboTag tag;
        };
        std::vector<Frame> frames;
        frames.push_back({&roots, 0, GUMBO_TAG_UNKNOWN});
        int preDepth = 0;
        while (!frames.empty()) {
            Frame &frame = frames.back();
            if (frame.next >= frame.children->length) {
                const GumboTag tag = frame.tag;
                frames.pop_back();
                leave(tag);
                if (tag == GUMBO_TAG_PRE)
                    --preDepth;
                continue;
            }
            const auto *node = static_cast<const GumboNode *>(frame.children->data[frame.next++]);
            if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
                text(QString::fromUtf8(node->v.text.text), preDepth > 0);
            } else if (node->type == GUMBO_NODE_ELEMENT) {
                const GumboElement &element = node->v.element;
                if (element.tag_namespace != GUMBO_NAMESPACE_HTML || isDroppedWithContent(element.tag))
                    continue;
                enter(element.tag);
                if (element.tag == GUMBO_TAG_PRE)
                    ++preDepth;
                frames.push_back({&element.children, 0, element.tag});
            }
        }
        return finish();
    }

    QString finish()
    {
        while (!m_out.isEmpty() && m_out.back().isSpace())
            m_out.chop(1);
        return m_out;
    }

    void enter(GumboTag tag)
    {
        if (tag == GUMBO_TAG_BR) {
            m_pendingBreak = std::min(m_pendingBreak + 1, 2);
        } else if (tag == GUMBO_TAG_LI || tag == GUMBO_TAG_TR || tag == GUMBO_TAG_DT || tag == GUMBO_TAG_DD) {
            requestBreak(1);
        } else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
            m_pendingSpace = true;
        } else if (isBlockLevel(tag)) {
            requestBreak(2);
        }
    }

    void leave(GumboTag tag)
    {
        if (tag == GUMBO_TAG_LI || tag == GUMBO_TAG_TR || tag == GUMBO_TAG_DT || tag == GUMBO_TAG_DD)
            requestBreak(1);
        else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
            m_pendingSpace = true;
        else if (tag != GUMBO_TAG_BR && isBlockLevel(tag))
            requestBreak(2);
    }

private:
    void requestBreak(int newlines) { m_pendingBreak = std::max(m_pendingBreak, newlines); }

    void flushPending()
    {
        if (m_out.isEmpty()) {
            m_pendingBreak = 0;
            m_pendingSpace = false;
            return;
        }
        if (m_pendingBreak > 0) {
            while (!m_out.isEmpty() && m_out.back() == u' ')
                m_out.chop(1);
            m_out += QString(m_pendingBreak, u'\n');
        } else if (m_pendingSpace && !m_out.back().isSpace()) {
            m_out += u' ';
        }
        m_pendingBreak = 0;
        m_pendingSpace = false;
    }

public:
    void text(QStringView text, bool preformatted)
    {
        // Soft hyphens split words for search and controls are noise: both are dropped.
        auto dropped = [](char16_t u) { return u == 0xad || u == 0 || (isUnwantedControl(u) && u != u'\r'); };
        const QChar *p = text.data();
        const QChar *const end = p + text.size();
        while (p != end) {
            // A run of characters written as they are, appended at once. Single spaces
            // between words belong to it: written now, they are what the pending space
            // would have written.
            const QChar *const start = p;
            auto isWordCharacter = [&dropped](QChar c) {
                const char16_t u = c.unicode();
                return (u > 0x20 && u < 0x7f) || (u > 0x7f && !dropped(u) && !c.isSpace());
            };
            while (p != end) {
                if (isWordCharacter(*p))
                    ++p;
                else if (*p == u' ' && p != start && p + 1 != end && isWordCharacter(p[1]))
                    p += 2;
                else
                    break;
            }
            if (p != start) {
                flushPending();
                m_out.append(start, p - start);
            }
            if (p == end)
                break;
            const char16_t u = p->unicode();
            if (preformatted && u == u'\n')
                m_pendingBreak = std::min(m_pendingBreak + 1, 2);
            else if (!dropped(u))
                m_pendingSpace = true; // white space
            ++p;
        }
    }

private:
    QString m_out;
    int m_pendingBreak = 0;
    bool m_pendingSpace = false;
};

// Tags whose parse is a plain nesting of what was written (no tables with their foster
// parenting, no pre with its dropped newline, no foreign content): for these the plain text
// of the sanitizer's own output can be read off its tags without parsing it again.
bool isSimpleOutputTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_A:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_B:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_I:
    case GUMBO_TAG_U:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_HR:
        return true;
    default:
        return false;
    }
}

// plainText() of markup the Writer produced, without a second gumbo parse (which was a third
// of the normalizer's instructions). The Writer's output is well-formed, escapes only
// & < > " and U+00A0, and has no comments; anything outside that and isSimpleOutputTag()
// returns false and the caller parses. Equality with plainText() is checked over the
// sanitizer's whole test corpus (test_htmlsanitizer::plainTextOfOutput).
bool plainTextOfOwnOutput(QStringView html, QString *result)
{
    PlainTextWriter writer;
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html.at(i);
        if (c != u'<' && c != u'&' && c != u'\r' && c.unicode() != 0) {
            // A run of text, handed over at once (the writer's state carries across calls).
            qsizetype end = i + 1;
            while (end < n) {
                const char16_t u = html.at(end).unicode();
                if (u == u'<' || u == u'&' || u == u'\r' || u == 0)
                    break;
                ++end;
            }
            writer.text(html.sliced(i, end - i), false);
            i = end;
        } else if (c == u'<') {
            const qsizetype end = html.indexOf(u'>', i);
            if (end < 0)
                return false;
            QStringView tag = html.sliced(i + 1, end - i - 1);
            const bool closing = tag.startsWith(u'/');
            if (closing)
                tag = tag.sliced(1);
            qsizetype nameEnd = 0;
            while (nameEnd < tag.size() && tag.at(nameEnd).isLetterOrNumber())
                ++nameEnd;
            if (nameEnd == 0 || nameEnd > 16)
                return false;
            char name[17];
            for (qsizetype k = 0; k < nameEnd; ++k)
                name[k] = char(tag.at(k).toLatin1());
            const GumboTag t = gumbo_tagn_enum(name, unsigned(nameEnd));
            if (!isSimpleOutputTag(t))
                return false;
            if (closing) {
                writer.leave(t);
            } else {
                writer.enter(t);
                if (isVoid(t))
                    writer.leave(t);
            }
            i = end + 1;
        } else if (c == u'&') {
            static constexpr std::pair<QLatin1StringView, char16_t> entities[] = {{"&amp;"_L1, u'&'}, {"&lt;"_L1, u'<'},
                {"&gt;"_L1, u'>'}, {"&quot;"_L1, u'"'}, {"&nbsp;"_L1, char16_t(0xa0)}};
            bool known = false;
            for (const auto &[entity, decoded] : entities) {
                if (html.sliced(i).startsWith(entity)) {
                    const QChar decodedChar(decoded);
                    writer.text(QStringView(&decodedChar, 1), false);
                    i += entity.size();
                    known = true;
                    break;
                }
            }
            if (!known)
                return false;
        } else {
            return false; // '\r' or NUL: the HTML parser rewrites these
        }
    }
    *result = writer.finish();
    return true;
}

} // namespace

HtmlSanitizer::HtmlSanitizer(Schema schema)
    : m_schema(schema)
{ }

void HtmlSanitizer::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
}

void HtmlSanitizer::setFastPathEnabled(bool enabled)
{
    m_fastPath = enabled;
}

QString HtmlSanitizer::sanitize(QStringView html) const
{
    const QByteArray utf8 = html.toUtf8();
    if (m_fastPath) {
        // Most wire bodies: the tree is obvious, build it without gumbo; the same Writer
        // writes it. Anything the recognizer is not sure about goes to gumbo.
        const SimpleHtmlFragment fragment(utf8);
        if (fragment.isValid())
            return Writer(m_schema, m_baseUrl, utf8.size()).write(fragment.children());
    }
    const GumboDocument document(utf8);
    return Writer(m_schema, m_baseUrl, utf8.size()).write(document.children());
}

QString HtmlSanitizer::sanitize(QStringView html, QString *plain) const
{
    QString out = sanitize(html);
    if (!plainTextOfOwnOutput(out, plain))
        *plain = plainTextOf(out);
    return out;
}

QString HtmlSanitizer::plainText(QStringView html)
{
    return HtmlSanitizer().plainTextOf(html);
}

QString HtmlSanitizer::plainTextOf(QStringView html) const
{
    const QByteArray utf8 = html.toUtf8();
    if (m_fastPath) {
        // Summaries and titles with an entity or two: the same tree without gumbo.
        const SimpleHtmlFragment fragment(utf8);
        if (fragment.isValid())
            return PlainTextWriter().write(fragment.children());
    }
    const GumboDocument document(utf8);
    return PlainTextWriter().write(document.children());
}

} // namespace Wiredesk
