#include "htmlescape.h"

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
QString escaped(QStringView input, bool quotes)
{
    QString out;
    out.reserve(input.size() + input.size() / 8);
    for (const QChar c : input) {
        switch (c.unicode()) {
        case '&':
            out += u"&amp;"_s;
            break;
        case '<':
            out += u"&lt;"_s;
            break;
        case '>':
            out += u"&gt;"_s;
            break;
        case '"':
            if (quotes) {
                out += u"&quot;"_s;
                break;
            }
            out += c;
            break;
        default:
            out += c;
        }
    }
    return out;
}
} // namespace

QString HtmlEscape::text(QStringView text)
{
    return escaped(text, false);
}

QString HtmlEscape::attribute(QStringView value)
{
    return escaped(value, true);
}

} // namespace Wiredesk
