#pragma once

#include "parsecontext.h"
#include "wireitem.h"

#include <QXmlStreamReader>

namespace Wiredesk {

class XmlSourceMap;

/// RSS 0.91, 0.92, 2.0 and RSS 1.0 (RDF: items beside the channel, Dublin Core dates and
/// creators), with the extensions feeds use: content:encoded, dc:*, media:content,
/// media:thumbnail and image enclosures. Called with the reader on the root element.
class RssParser final
{
public:
    static void parse(
        QXmlStreamReader &reader, const XmlSourceMap &source, const ParseContext &context, ParsedFeed &feed);
};

} // namespace Wiredesk
