// libFuzzer differential target: whenever SimpleHtmlFragment accepts an input, HtmlSanitizer's
// fast path must give byte for byte the sanitized HTML and plain text of the gumbo path, for
// both schemas, and plainText() the same text. Aborts on the first difference, printing both.
#include "htmlsanitizer.h"
#include "simplehtmlfragment.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Wiredesk;

namespace {

[[noreturn]] void fail(const char *what, const QString &html, const QString &fast, const QString &gumbo)
{
    std::fprintf(stderr, "fast path differs from gumbo (%s)\ninput: %s\nfast:  %s\ngumbo: %s\n", what,
        html.toUtf8().constData(), fast.toUtf8().constData(), gumbo.toUtf8().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks schema and base URL, as in fuzz_htmlsanitizer.
    const uint8_t mode = data[0];
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    // The recognizer on raw bytes (invalid UTF-8 included) must not crash either.
    (void)SimpleHtmlFragment(bytes).isValid();

    const QString html = QString::fromUtf8(bytes);
    if (!SimpleHtmlFragment(html.toUtf8()).isValid())
        return 0;
    HtmlSanitizer fast(mode & 1 ? HtmlSanitizer::Schema::Article : HtmlSanitizer::Schema::Wire);
    if (mode & 2)
        fast.setBaseUrl(QUrl(u"https://news.example/world/story.html"_s));
    HtmlSanitizer gumbo = fast;
    gumbo.setFastPathEnabled(false);

    QString fastText;
    QString gumboText;
    const QString fastHtml = fast.sanitize(html, &fastText);
    const QString gumboHtml = gumbo.sanitize(html, &gumboText);
    if (fastHtml != gumboHtml)
        fail("html", html, fastHtml, gumboHtml);
    if (fastText != gumboText)
        fail("plain text", html, fastText, gumboText);
    const QString fastPlain = fast.plainTextOf(html);
    const QString gumboPlain = gumbo.plainTextOf(html);
    if (fastPlain != gumboPlain)
        fail("plainText()", html, fastPlain, gumboPlain);
    return 0;
}
