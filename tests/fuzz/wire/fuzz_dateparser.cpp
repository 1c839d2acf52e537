// libFuzzer target for DateParser: any text either parses to a valid UTC date or to an
// invalid one, never crashes; a parsed date printed as ISO 8601 parses back to itself; the
// common-form RFC 822 fast path agrees with the general tokenizer on every input.

#include "dateparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (Wiredesk::DateParser::parseRfc822(text) != Wiredesk::DateParser::parseRfc822Tokens(text))
        abort();
    const QDateTime parsed = Wiredesk::DateParser::parse(text);
    if (!parsed.isValid())
        return 0;
    if (parsed.timeSpec() != Qt::UTC)
        abort();
    const QDateTime again = Wiredesk::DateParser::parse(parsed.toString(Qt::ISODateWithMs));
    if (again != parsed)
        abort();
    return 0;
}
