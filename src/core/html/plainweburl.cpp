#include "plainweburl.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

constexpr qsizetype MaxLabel = 63;

bool isLowerAlpha(char16_t c)
{
    return c >= u'a' && c <= u'z';
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isValidLabel(QStringView label)
{
    return !label.isEmpty() && label.size() <= MaxLabel && label.front() != u'-' && label.back() != u'-'
        && !label.startsWith("xn--"_L1);
}

// Path, query and fragment characters QUrl neither encodes nor decodes: unreserved ones and
// the delimiters that mean the same to it encoded or not. No '%', no quotes, brackets or
// backslash.
bool isPlainPathCharacter(char16_t c)
{
    if (isLowerAlpha(c) || isDigit(c) || (c >= u'A' && c <= u'Z'))
        return true;
    switch (c) {
    case u'-':
    case u'.':
    case u'_':
    case u'~':
    case u'/':
    case u'?':
    case u'=':
    case u'&':
    case u'+':
    case u',':
    case u';':
    case u':':
    case u'@':
    case u'!':
    case u'*':
    case u'$':
        return true;
    default:
        return false;
    }
}

} // namespace

bool PlainWebUrl::isPlain(QStringView url)
{
    qsizetype i = 0;
    if (url.startsWith("https://"_L1))
        i = 8;
    else if (url.startsWith("http://"_L1))
        i = 7;
    else
        return false;

    const qsizetype hostStart = i;
    qsizetype labelStart = i;
    while (i < url.size()) {
        const char16_t c = url[i].unicode();
        if (c == u'.') {
            if (!isValidLabel(url.sliced(labelStart, i - labelStart)))
                return false;
            labelStart = i + 1;
        } else if (!isLowerAlpha(c) && !isDigit(c) && c != u'-') {
            break;
        }
        ++i;
    }
    // The last label starts with a letter: "1.2.3" would be read (and rewritten) as IPv4.
    const QStringView lastLabel = url.sliced(labelStart, i - labelStart);
    if (i == hostStart || !isValidLabel(lastLabel) || !isLowerAlpha(lastLabel.front().unicode()))
        return false;
    if (i == url.size())
        return true;
    if (url[i] != u'/')
        return false; // a port, user info, or a query right after the host
    bool inFragment = false;
    for (; i < url.size(); ++i) {
        const char16_t c = url[i].unicode();
        if (c == u'#' && !inFragment) {
            inFragment = true;
            continue;
        }
        if (!isPlainPathCharacter(c))
            return false;
        // Dot segments ("/./", "/../") are removed by QUrl; refuse any "/." to be sure.
        if (c == u'.' && url[i - 1] == u'/')
            return false;
    }
    return true;
}

} // namespace Wiredesk
