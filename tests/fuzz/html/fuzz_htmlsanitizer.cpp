// libFuzzer target: HtmlSanitizer must never crash, hang or leak on any input, and its output
// must keep the properties the rest of the app relies on (see check() below).
#include "htmlsanitizer.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

[[noreturn]] void fail(const char *what, const QString &output)
{
    std::fprintf(stderr, "invariant broken: %s\noutput: %s\n", what, output.toUtf8().constData());
    std::abort();
}

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
}

bool isAllowedAttribute(QStringView name)
{
    static const QLatin1StringView allowed[] = {
        "href"_L1,
        "src"_L1,
        "title"_L1,
        "alt"_L1,
        "width"_L1,
        "height"_L1,
        "colspan"_L1,
        "rowspan"_L1,
        "datetime"_L1,
        "rel"_L1,
        "dir"_L1,
        "data-block"_L1,
        "data-sources"_L1,
    };
    return std::find(std::begin(allowed), std::end(allowed), name) != std::end(allowed);
}

// The sanitizer writes tags in one strict shape: <name( attr="value")*> or </name>, values
// without raw quotes or angle brackets. Checks that shape, the attribute allow-list, and
// that every URL is absolute http(s) (or mailto for links).
void checkTag(QStringView tag, const QString &output)
{
    qsizetype i = 1;
    if (tag[i] == u'/')
        ++i;
    const qsizetype nameStart = i;
    while (i < tag.size() && isNameChar(tag[i]))
        ++i;
    if (i == nameStart)
        fail("tag without name", output);
    while (tag[i] == u' ') {
        const qsizetype attrStart = ++i;
        while (i < tag.size() && isNameChar(tag[i]))
            ++i;
        const QStringView name = tag.sliced(attrStart, i - attrStart);
        if (!isAllowedAttribute(name))
            fail("attribute outside the allow-list", output);
        if (i + 2 > tag.size() || tag.sliced(i, 2) != u"=\""_s)
            fail("unquoted attribute", output);
        i += 2;
        const qsizetype valueStart = i;
        while (i < tag.size() && tag[i] != u'"' && tag[i] != u'<' && tag[i] != u'>')
            ++i;
        if (tag[i] != u'"')
            fail("attribute value not closed", output);
        const QString value = tag.sliced(valueStart, i - valueStart).toString();
        ++i;
        if (name == "href"_L1 || name == "src"_L1) {
            const bool web = value.startsWith("http://"_L1) || value.startsWith("https://"_L1);
            if (!web && !(name == "href"_L1 && value.startsWith("mailto:"_L1)))
                fail("URL with a forbidden scheme", output);
        }
    }
    if (tag[i] != u'>' || i != tag.size() - 1)
        fail("malformed tag", output);
}

void check(const HtmlSanitizer &sanitizer, const QString &output)
{
    if (output.contains("<script"_L1, Qt::CaseInsensitive))
        fail("<script in output", output);
    // Text is escaped, so every '<' starts a tag the sanitizer wrote.
    for (qsizetype start = output.indexOf(u'<'); start >= 0; start = output.indexOf(u'<', start + 1)) {
        const qsizetype end = output.indexOf(u'>', start);
        if (end < 0)
            fail("unterminated tag", output);
        checkTag(QStringView(output).sliced(start, end - start + 1), output);
    }
    if (sanitizer.sanitize(output) != output)
        fail("sanitize is not idempotent", output);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks schema and base URL, so one corpus covers all combinations.
    const uint8_t mode = data[0];
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    HtmlSanitizer sanitizer(mode & 1 ? HtmlSanitizer::Schema::Article : HtmlSanitizer::Schema::Wire);
    if (mode & 2)
        sanitizer.setBaseUrl(QUrl(u"https://news.example/world/story.html"_s));
    check(sanitizer, sanitizer.sanitize(html));

    const QString text = HtmlSanitizer::plainText(html);
    if (text != text.trimmed())
        fail("plainText not trimmed", text);
    return 0;
}
