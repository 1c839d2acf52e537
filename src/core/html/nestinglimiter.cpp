#include "nestinglimiter.h"

#include <QHash>

#include <algorithm>
#include <iterator>

namespace Wiredesk {

namespace {

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isAsciiAlnum(char c)
{
    return isAsciiAlpha(c) || (c >= '0' && c <= '9');
}

bool endsTagName(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>';
}

bool contains(const QByteArrayView *begin, const QByteArrayView *end, QByteArrayView name)
{
    return std::find(begin, end, name) != end;
}

// Void elements never nest; the others here are closed implicitly by their next sibling
// (<p><p>, <li><li>, <td><td>...) or only occur once, so they add at most one level.
bool neverNests(QByteArrayView name)
{
    // clang-format off
    static constexpr QByteArrayView names[] = {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "hr", "img", "image", "input",
        "keygen", "link", "meta", "param", "source", "track", "wbr", "frame", "p", "li", "dt", "dd",
        "tr", "td", "th", "option", "optgroup", "tbody", "thead", "tfoot", "colgroup", "caption",
        "rb", "rt", "rtc", "rp", "html", "head", "body",
    };
    // clang-format on
    return contains(std::begin(names), std::end(names), name);
}

// Start tags that end foreign (SVG/MathML) content or open HTML inside it: after them,
// "<x/>" opens an HTML element again instead of being self-contained.
bool leavesForeignContent(QByteArrayView name)
{
    // clang-format off
    static constexpr QByteArrayView names[] = {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em",
        "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing",
        "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike",
        "sub", "sup", "table", "tt", "u", "ul", "var", "font",
        "foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml",
    };
    // clang-format on
    return contains(std::begin(names), std::end(names), name);
}

} // namespace

QByteArray NestingLimiter::limit(QByteArrayView html, int maxDepth)
{
    QByteArray out;
    QHash<QByteArray, int> starts;     // start tags seen, per tag name
    QHash<QByteArray, int> ends;       // end tags seen, per tag name
    QHash<QByteArray, int> open;       // counted, not yet closed, per tag name
    QHash<QByteArray, int> suppressed; // start tags blanked out, per tag name
    int depth = 0;
    int foreign = 0; // open <svg>/<math> elements, as far as this scanner can tell
    const qsizetype size = html.size();
    qsizetype copiedUpTo = 0;
    qsizetype i = 0;

    // Removes [from, to) from the output. Gluing the neighbours together could form a new
    // tag ("<</b>div>") or comment, so a space stands in unless the text before is harmless.
    auto blank = [&](qsizetype from, qsizetype to) {
        if (copiedUpTo == 0)
            out.reserve(size);
        out.append(html.sliced(copiedUpTo, from - copiedUpTo));
        const char before = out.isEmpty() ? ' ' : out.back();
        if (!isAsciiAlnum(before) && before != ' ' && before != '\n' && before != '>')
            out.append(' ');
        copiedUpTo = to;
    };

    while (i < size) {
        const qsizetype lt = html.indexOf('<', i);
        if (lt < 0 || lt + 1 >= size)
            break;
        const bool isEndTag = html[lt + 1] == '/';
        const qsizetype nameStart = lt + (isEndTag ? 2 : 1);
        if (nameStart >= size || !isAsciiAlpha(html[nameStart])) {
            i = lt + 1;
            continue;
        }
        qsizetype nameEnd = nameStart;
        while (nameEnd < size && !endsTagName(html[nameEnd]))
            ++nameEnd;
        const QByteArray name = html.sliced(nameStart, nameEnd - nameStart).toByteArray().toLower();
        qsizetype tagEnd = html.indexOf('>', nameEnd);
        tagEnd = tagEnd < 0 ? size : tagEnd + 1;
        i = tagEnd;

        if (isEndTag) {
            // An end tag with no start tag left to close does nothing but cost the parser a
            // walk down the stack of open elements; a flood of them is a slow-down attack.
            // (</br> is the exception: parsers turn it into <br>.)
            int &endCount = ends[name];
            if (endCount >= starts.value(name) && name != "br") {
                blank(lt, tagEnd);
                continue;
            }
            ++endCount;
        } else {
            ++starts[name];
        }
        const bool isForeignRoot = name == "svg" || name == "math";
        const bool selfClosing = html[tagEnd - 2] == '/';
        if (isEndTag && isForeignRoot && foreign > 0) {
            --foreign;
        } else if (!isEndTag && leavesForeignContent(name)) {
            foreign = 0;
        } else if (!isEndTag && foreign > 0 && selfClosing) {
            continue; // <path/> inside SVG is complete on its own
        }
        if (neverNests(name))
            continue;

        if (isEndTag) {
            if (int &count = suppressed[name]; count > 0) {
                --count;
                blank(lt, tagEnd);
            } else if (int &openCount = open[name]; openCount > 0) {
                --openCount;
                --depth;
            }
        } else if (depth >= maxDepth) {
            ++suppressed[name];
            blank(lt, tagEnd);
        } else {
            ++open[name];
            ++depth;
            if (isForeignRoot && !selfClosing)
                ++foreign;
        }
    }
    if (copiedUpTo == 0)
        return html.toByteArray();
    out.append(html.sliced(copiedUpTo));
    return out;
}

} // namespace Wiredesk
