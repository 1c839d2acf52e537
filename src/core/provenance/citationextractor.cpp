#include "citationextractor.h"

#include "gumbodocument.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *attr = gumbo_get_attribute(&element.attributes, name);
    return attr ? QString::fromUtf8(attr->value) : QString();
}

QString tagName(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(element.tag));
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

QStringList sourceIdsOf(const QString &value)
{
    QStringList ids;
    const QStringList tokens = value.split(u' ', Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        const QString id = token.trimmed();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    return ids;
}

// Walks one top-level block. Iterative so hostile nesting cannot exhaust the stack (the
// document is already depth-limited by GumboDocument, this is belt and braces).
class BlockWalker final
{
public:
    BlockWalker(const QString &blockId, CitationExtractor::Result *result)
        : m_blockId(blockId)
        , m_result(result)
    { }

    struct Unit {
        int start;
        int end;
        QString tag;
        int item;
    };

    void walk(const GumboNode *root, const QString &blockTag)
    {
        struct Frame {
            const GumboNode *node;
            unsigned int next; // index of the next child to visit
            int citation;      // index in m_open of a span opened here, -1 otherwise
            int unitStart;     // text length when a list item started, -1 otherwise
            int figureCaption; // text length when a figcaption started, -1 otherwise
        };
        QList<Frame> stack;
        stack.append({root, 0, -1, -1, -1});
        const bool isList = blockTag == u"ul" || blockTag == u"ol";
        int itemIndex = 0;
        QList<QPair<int, int>> figcaptions; // offsets in m_text
        QList<qsizetype> blockImages;       // indexes in m_result->images from this block
        while (!stack.isEmpty()) {
            Frame &frame = stack.last();
            const GumboNode *node = frame.node;
            if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE
                || node->type == GUMBO_NODE_CDATA) {
                m_text += QString::fromUtf8(node->v.text.text);
                stack.removeLast();
                continue;
            }
            if (node->type != GUMBO_NODE_ELEMENT) {
                stack.removeLast();
                continue;
            }
            const GumboElement &element = node->v.element;
            if (frame.next == 0 && frame.citation < 0 && frame.unitStart < 0 && frame.figureCaption < 0) {
                // First visit.
                if (element.tag == GUMBO_TAG_BR)
                    m_text += u'\n';
                if (element.tag == GUMBO_TAG_IMG) {
                    blockImages << m_result->images.size();
                    m_result->images.append({m_blockId, attribute(element, "src"), attribute(element, "alt").trimmed(),
                        attribute(element, "title").trimmed()});
                }
                if (element.tag == GUMBO_TAG_SPAN && gumbo_get_attribute(&element.attributes, "data-sources")) {
                    m_open.append({int(m_text.size()), sourceIdsOf(attribute(element, "data-sources"))});
                    frame.citation = int(m_open.size()) - 1;
                }
                if (isList && element.tag == GUMBO_TAG_LI && stack.size() == 2)
                    frame.unitStart = int(m_text.size());
                if (element.tag == GUMBO_TAG_FIGCAPTION)
                    frame.figureCaption = int(m_text.size());
            }
            if (frame.next < element.children.length) {
                const auto *child = static_cast<const GumboNode *>(element.children.data[frame.next]);
                ++frame.next;
                stack.append({child, 0, -1, -1, -1});
                continue;
            }
            // Last visit: close what this element opened.
            if (frame.citation >= 0) {
                const OpenSpan span = m_open.at(frame.citation);
                m_spans.append({span.start, int(m_text.size()), span.sources});
            }
            if (frame.unitStart >= 0)
                m_units.append({frame.unitStart, int(m_text.size()), u"li"_s, itemIndex++});
            if (frame.figureCaption >= 0)
                figcaptions.append({frame.figureCaption, int(m_text.size())});
            stack.removeLast();
        }
        if (!isList)
            m_units.append({0, int(m_text.size()), blockTag, -1});
        // A figure's caption credits the images of its block.
        QString caption;
        for (const auto &range : std::as_const(figcaptions))
            caption += m_text.mid(range.first, range.second - range.first).trimmed();
        for (qsizetype index : std::as_const(blockImages)) {
            CitationExtractor::Image &image = m_result->images[index];
            if (image.credit.isEmpty())
                image.credit = caption.trimmed();
        }
        finish();
    }

private:
    struct OpenSpan {
        int start;
        QStringList sources;
    };
    struct Span {
        int start;
        int end;
        QStringList sources;
    };

    void finish()
    {
        // Spans close inner-first; report them in the order they open.
        std::stable_sort(
            m_spans.begin(), m_spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
        int n = 0;
        for (const Span &span : std::as_const(m_spans)) {
            CitationExtractor::Citation citation;
            citation.id = m_blockId + u'/' + QString::number(++n);
            citation.blockId = m_blockId;
            citation.start = span.start;
            citation.end = span.end;
            citation.text = m_text.mid(span.start, span.end - span.start);
            citation.sourceIds = span.sources;
            m_result->citations << citation;
        }
        for (const Unit &unit : std::as_const(m_units)) {
            CitationExtractor::Paragraph paragraph;
            paragraph.blockId = m_blockId;
            paragraph.tag = unit.tag;
            paragraph.item = unit.item;
            paragraph.text = m_text.mid(unit.start, unit.end - unit.start);
            for (const Span &span : std::as_const(m_spans)) {
                if (span.start < unit.end && span.end > unit.start && !span.sources.isEmpty())
                    paragraph.cited = true;
            }
            m_result->paragraphs << paragraph;
        }
    }

    QString m_blockId;
    CitationExtractor::Result *m_result;
    QString m_text;
    QList<OpenSpan> m_open;
    QList<Span> m_spans;
    QList<Unit> m_units;
};

} // namespace

bool CitationExtractor::Paragraph::isHeading() const
{
    return tag.size() == 2 && tag.at(0) == u'h' && tag.at(1) >= u'1' && tag.at(1) <= u'6';
}

CitationExtractor::Result CitationExtractor::extract(const QString &bodyHtml)
{
    Result result;
    const GumboDocument document(bodyHtml.toUtf8());
    const GumboVector &children = document.children();
    int position = 0;
    for (unsigned int i = 0; i < children.length; ++i) {
        const auto *node = static_cast<const GumboNode *>(children.data[i]);
        if (node->type != GUMBO_NODE_ELEMENT)
            continue; // loose text between blocks: the editor never writes it
        ++position;
        const GumboElement &element = node->v.element;
        QString blockId = attribute(element, "data-block");
        if (blockId.isEmpty())
            blockId = u"auto-"_s + QString::number(position);
        BlockWalker walker(blockId, &result);
        walker.walk(node, tagName(element));
    }
    return result;
}

} // namespace Wiredesk
