#include "previewcontentbuilder.h"

using namespace Qt::StringLiterals;

namespace Wiredesk {

PreviewContent PreviewContentBuilder::build(const Article &article)
{
    // Interim: headline and body only, until the publication renderer is wired in.
    PreviewContent content;
    const QString headline = u"<h1 data-part=\"headline\">"_s + article.headline.toHtmlEscaped() + u"</h1>"_s;
    content.parts << PreviewPart {u"part:headline"_s, headline};
    content.page = u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"_s + article.headline.toHtmlEscaped()
        + u"</title></head><body><article>"_s + headline + u"<div data-part=\"body\">"_s + article.bodyHtml
        + u"</div></article></body></html>"_s;
    return content;
}

} // namespace Wiredesk
