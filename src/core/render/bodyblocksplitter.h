#pragma once

#include "bodyblock.h"
#include "renderoptions.h"

#include <QList>
#include <QString>

namespace Wiredesk {

/// Parses an article body with a real HTML5 parser (gumbo) and serializes it again as a
/// list of top-level blocks, each one element carrying data-block="<id>". Loose inline
/// content between blocks is wrapped in a paragraph; a block without an id gets
/// "auto-<n>" from its position (stable only until blocks are inserted before it: the
/// editor is expected to give every block an id). Image sources go through the image URL
/// mapper; an image whose source the mapper rejects is left out.
class BodyBlockSplitter final
{
public:
    explicit BodyBlockSplitter(RenderOptions::ImageUrlMapper imageUrl);

    QList<BodyBlock> split(const QString &bodyHtml) const;

    /// Escapes text for an element's content (& < >).
    static QString escapeText(QStringView text);
    /// Escapes text for a double-quoted attribute value (& < > ").
    static QString escapeAttribute(QStringView text);

private:
    RenderOptions::ImageUrlMapper m_imageUrl;
};

} // namespace Wiredesk
