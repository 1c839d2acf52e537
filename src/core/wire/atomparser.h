#pragma once

#include "parsecontext.h"
#include "wireitem.h"

#include <QXmlStreamReader>

namespace Wiredesk {

class XmlSourceMap;

/// Atom 1.0 (RFC 4287): xml:base on any element (links resolve against the nearest one),
/// link rel="alternate", text constructs of type text, html and xhtml, summary, updated and
/// published, author/name, categories, xml:lang. Called with the reader on <feed>.
class AtomParser final
{
public:
    static void parse(
        QXmlStreamReader &reader, const XmlSourceMap &source, const ParseContext &context, ParsedFeed &feed);
};

} // namespace Wiredesk
