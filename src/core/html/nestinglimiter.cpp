#include "nestinglimiter.h"

#include <QHash>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool endsTagName(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>';
}

// Void elements never nest; the others here are closed implicitly by their next sibling
// (<p><p>, <li><li>, <td><td>...) or only occur once, so they add at most one level.
bool neverNests(QByteArrayView name)
{
    static constexpr QByteArrayView names[] = {
        "area",
        "base",
        "basefont",
        "bgsound",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "image",
        "input",
        "keygen",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "frame",
        "p",
        "li",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "option",
        "optgroup",
        "tbody",
        "thead",
        "tfoot",
        "colgroup",
        "caption",
        "rb",
        "rt",
        "rtc",
        "rp",
        "html",
        "head",
        "body",
    };
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

// Start tags that end foreign (SVG/MathML) content or open HTML inside it: after them,
// "<x/>" opens an HTML element again instead of being self-contained.
bool leavesForeignContent(QByteArrayView name)
{
    static constexpr QByteArrayView names[] = {
        "b",
        "big",
        "blockquote",
        "body",
        "br",
        "center",
        "code",
        "dd",
        "div",
        "dl",
        "dt",
        "em",
        "embed",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "hr",
        "i",
        "img",
        "li",
        "listing",
        "menu",
        "meta",
        "nobr",
        "ol",
        "p",
        "pre",
        "ruby",
        "s",
        "small",
        "span",
        "strong",
        "strike",
        "sub",
        "sup",
        "table",
        "tt",
        "u",
        "ul",
        "var",
        "font",
        "foreignobject",
        "desc",
        "title",
        "mi",
        "mo",
        "mn",
        "ms",
        "mtext",
        "annotation-xml",
    };
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

} // namespace

QByteArray NestingLimiter::limit(QByteArrayView html, int maxDepth)
{
    QByteArray out;
    out.reserve(html.size());
    QHash<QByteArray, int> open;       // counted, not yet closed, per tag name
    QHash<QByteArray, int> suppressed; // start tags blanked out, per tag name
    int depth = 0;
    int foreign = 0; // open <svg>/<math> elements, as far as this scanner can tell
    const qsizetype size = html.size();
    qsizetype copiedUpTo = 0;
    qsizetype i = 0;
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
        if (neverNests(name))
            continue;
        const bool isForeignRoot = name == "svg" || name == "math";
        if (isEndTag && isForeignRoot && foreign > 0) {
            --foreign;
        } else if (!isEndTag && leavesForeignContent(name)) {
            foreign = 0;
        } else if (!isEndTag && foreign > 0 && html[tagEnd - 2] == '/') {
            continue; // <path/> inside SVG is complete on its own
        }

        bool blank = false;
        if (isEndTag) {
            if (int &count = suppressed[name]; count > 0) {
                --count;
                blank = true;
            } else if (int &openCount = open[name]; openCount > 0) {
                --openCount;
                --depth;
            }
        } else if (depth >= maxDepth) {
            ++suppressed[name];
            blank = true;
        } else {
            ++open[name];
            ++depth;
            if (isForeignRoot && html[tagEnd - 2] != '/')
                ++foreign;
        }
        if (blank) {
            // One space, never nothing: gluing the neighbours together could form a new tag.
            out.append(html.sliced(copiedUpTo, lt - copiedUpTo));
            out.append(' ');
            copiedUpTo = tagEnd;
        }
    }
    if (copiedUpTo == 0)
        return html.toByteArray();
    out.append(html.sliced(copiedUpTo));
    return out;
}

} // namespace Wiredesk
