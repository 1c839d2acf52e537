#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Wiredesk {

/// Reads an article body (the editor's schema: top-level blocks with data-block ids, cited
/// spans as <span data-sources="src1 src2">) with a real HTML parser (gumbo) and returns
/// what the provenance checks and exports need: every cited span with its block, offsets and
/// text, the paragraphs (list items count one by one) with their text and whether they cite
/// anything, and every image with its alt text and credit.
///
/// Offsets are UTF-16 code units into the block's text content (text nodes in document
/// order, <br> as "\n"). A citation's id is "<block id>/<n>", n counting the block's cited
/// spans from 1; annotations on claims use it as their target. A block without data-block
/// gets "auto-<n>" from its position among the top-level elements.
class CitationExtractor final
{
public:
    struct Citation {
        QString id;
        QString blockId;
        int start = 0;
        int end = 0;
        QString text;
        QStringList sourceIds; ///< as written, duplicates removed, in order
    };

    struct Paragraph {
        QString blockId;
        QString tag;   ///< "p", "li", "blockquote", "h2", …
        int item = -1; ///< index of the list item within its list, -1 for whole blocks
        QString text;
        bool cited = false; ///< at least one cited span overlaps it
        bool isHeading() const;
    };

    struct Image {
        QString blockId;
        QString source;
        QString alt;    ///< trimmed; empty when missing
        QString credit; ///< the enclosing figure's caption or the title attribute, trimmed
    };

    struct Result {
        QList<Citation> citations;
        QList<Paragraph> paragraphs;
        QList<Image> images;
    };

    static Result extract(const QString &bodyHtml);
};

} // namespace Wiredesk
