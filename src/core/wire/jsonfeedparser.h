#pragma once

#include "parsecontext.h"
#include "wireitem.h"

#include <QJsonObject>

namespace Wiredesk {

/// JSON Feed 1.0 and 1.1 (jsonfeed.org): ids that are numbers become strings, `authors`
/// (1.1) and `author` (1.0) are both read, content_html wins over content_text, relative
/// URLs resolve against the feed URL.
class JsonFeedParser final
{
public:
    static bool accepts(const QJsonObject &document);
    static void parse(const QJsonObject &document, const ParseContext &context, ParsedFeed &feed);
};

} // namespace Wiredesk
