#include "bodytextconverter.h"

#include "blockiddata.h"
#include "gumbodocument.h"
#include "gumbotree.h"
#include "htmlescape.h"

#include <QColor>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextList>

#include <gumbo.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

constexpr QChar LineSeparator(QChar::LineSeparator);
constexpr QChar ObjectReplacement(QChar::ObjectReplacementCharacter);
constexpr int MaxNesting = 200; // hostile nesting must not exhaust the stack

QList<const GumboNode *> childrenOf(const GumboNode *node)
{
    QList<const GumboNode *> list;
    if (!GumboTree::isElement(node))
        return list;
    const GumboVector &children = node->v.element.children;
    list.reserve(children.length);
    for (unsigned int i = 0; i < children.length; ++i)
        list.append(static_cast<const GumboNode *>(children.data[i]));
    return list;
}

const GumboNode *findDescendant(const GumboNode *node, GumboTag tag, int depth = 0)
{
    if (depth > MaxNesting)
        return nullptr;
    for (const GumboNode *child : childrenOf(node)) {
        if (GumboTree::tagOf(child) == tag)
            return child;
        if (const GumboNode *found = findDescendant(child, tag, depth + 1))
            return found;
    }
    return nullptr;
}

bool isDropped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
        return true;
    default:
        return false;
    }
}

bool isParagraphLike(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
        return true;
    default:
        return false;
    }
}

bool isContainer(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_FIGCAPTION:
        return true;
    default:
        return false;
    }
}

bool isBlockLevel(GumboTag tag)
{
    return isParagraphLike(tag) || isContainer(tag) || tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_UL
        || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_FIGURE || tag == GUMBO_TAG_HR;
}

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == u'\f';
}

QTextBlockFormat paragraphFormat()
{
    QTextBlockFormat format;
    format.setTopMargin(0);
    format.setBottomMargin(10);
    return format;
}

QTextBlockFormat headingFormat(int level)
{
    QTextBlockFormat format;
    format.setHeadingLevel(level);
    format.setTopMargin(14);
    format.setBottomMargin(6);
    return format;
}

QTextBlockFormat quoteFormat()
{
    QTextBlockFormat format = paragraphFormat();
    format.setProperty(QTextFormat::BlockQuoteLevel, 1);
    format.setLeftMargin(28);
    format.setRightMargin(28);
    return format;
}

QTextBlockFormat listItemFormat()
{
    QTextBlockFormat format;
    format.setBottomMargin(4);
    return format;
}

QTextBlockFormat ruleFormat()
{
    QTextBlockFormat format = paragraphFormat();
    format.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength(QTextLength::PercentageLength, 100));
    return format;
}

QTextBlockFormat figureFormat()
{
    QTextBlockFormat format = paragraphFormat();
    format.setProperty(BodyTextConverter::FigureProperty, true);
    format.setAlignment(Qt::AlignHCenter);
    return format;
}

// Headings look bold and larger through their char format; the export ignores weight there.
QTextCharFormat headingCharFormat(int level)
{
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    format.setProperty(QTextFormat::FontSizeAdjustment, level <= 2 ? 2 : 1);
    return format;
}

QTextCharFormat plainCharFormat()
{
    QTextCharFormat format;
    format.setFontWeight(QFont::Normal);
    format.setProperty(QTextFormat::FontSizeAdjustment, 0);
    return format;
}

/// Builds the document from parsed HTML with one cursor.
class Loader final
{
public:
    /// @p reuseFirstBlock: the first block takes over the cursor's (empty) block;
    /// @p mergeFirstParagraph: a leading paragraph flows into the cursor's block (a paste).
    Loader(QTextCursor cursor, bool reuseFirstBlock, bool mergeFirstParagraph = false)
        : m_cursor(std::move(cursor))
        , m_reuseFirst(reuseFirstBlock)
        , m_mergeFirst(mergeFirstParagraph)
    { }

    void topLevel(const GumboNode *parent, int depth)
    {
        if (depth > MaxNesting)
            return;
        for (const GumboNode *node : childrenOf(parent)) {
            if (node->type == GUMBO_NODE_COMMENT)
                continue;
            if (node->type == GUMBO_NODE_WHITESPACE) {
                if (m_loose)
                    inlineNode(node, m_looseFormat, depth);
                continue;
            }
            const GumboTag tag = GumboTree::tagOf(node);
            if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA
                || (GumboTree::isElement(node) && !isBlockLevel(tag) && !isDropped(tag))) {
                if (!m_loose) {
                    startBlock(paragraphFormat(), QTextCharFormat(), {});
                    m_loose = true;
                    m_looseFormat = QTextCharFormat();
                }
                inlineNode(node, m_looseFormat, depth);
                continue;
            }
            m_loose = false;
            if (isDropped(tag))
                continue;
            const QString id = GumboTree::attribute(node, "data-block");
            switch (tag) {
            case GUMBO_TAG_H1:
            case GUMBO_TAG_H2:
                startBlock(headingFormat(2), headingCharFormat(2), id);
                inlineChildren(node, headingCharFormat(2), depth);
                break;
            case GUMBO_TAG_H3:
            case GUMBO_TAG_H4:
            case GUMBO_TAG_H5:
            case GUMBO_TAG_H6:
                startBlock(headingFormat(3), headingCharFormat(3), id);
                inlineChildren(node, headingCharFormat(3), depth);
                break;
            case GUMBO_TAG_BLOCKQUOTE:
                quote(node, id, depth);
                break;
            case GUMBO_TAG_UL:
            case GUMBO_TAG_OL:
                list(node, id, depth);
                break;
            case GUMBO_TAG_FIGURE:
                figure(node, id, depth);
                break;
            case GUMBO_TAG_HR:
                startBlock(ruleFormat(), QTextCharFormat(), id);
                break;
            default:
                if (isParagraphLike(tag)) {
                    startBlock(paragraphFormat(), QTextCharFormat(), id);
                    inlineChildren(node, QTextCharFormat(), depth);
                } else {
                    topLevel(node, depth + 1); // a wrapper: its content is the body
                }
                break;
            }
        }
        m_loose = false;
    }

    void finish() { dropPendingSpace(); }
    QTextCursor cursor() const { return m_cursor; }

private:
    void startBlock(const QTextBlockFormat &blockFormat, const QTextCharFormat &charFormat, const QString &id)
    {
        dropPendingSpace();
        const bool merge = m_mergeFirst && m_blocks == 0 && !blockFormat.hasProperty(QTextFormat::HeadingLevel)
            && !blockFormat.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)
            && !blockFormat.hasProperty(BodyTextConverter::FigureProperty)
            && !blockFormat.hasProperty(QTextFormat::BlockQuoteLevel);
        m_mergeFirst = false;
        if (merge) {
            // Pasted text flows into the paragraph it lands in and keeps that block's id.
            m_cursor.setCharFormat(charFormat);
            m_atLineStart = m_cursor.atBlockStart();
            ++m_blocks;
            return;
        }
        if (m_reuseFirst) {
            m_cursor.setBlockFormat(blockFormat);
            m_cursor.setBlockCharFormat(charFormat);
            m_cursor.block().setUserData(nullptr);
            m_reuseFirst = false;
        } else {
            m_cursor.insertBlock(blockFormat, charFormat);
        }
        m_cursor.setCharFormat(charFormat);
        if (BodyTextConverter::isValidBlockId(id) && !m_ids.contains(id)) {
            m_ids.insert(id);
            BodyTextConverter::setBlockId(m_cursor.block(), id);
        }
        ++m_blocks;
    }

    void quote(const GumboNode *node, const QString &id, int depth)
    {
        bool started = false;
        bool loose = false;
        for (const GumboNode *child : childrenOf(node)) {
            const GumboTag tag = GumboTree::tagOf(child);
            if (child->type == GUMBO_NODE_COMMENT || isDropped(tag))
                continue;
            if (GumboTree::isElement(child) && isBlockLevel(tag)) {
                startBlock(quoteFormat(), QTextCharFormat(), started ? QString() : id);
                started = true;
                loose = false;
                inlineChildren(child, QTextCharFormat(), depth + 1);
                continue;
            }
            if (!loose) {
                if (child->type == GUMBO_NODE_WHITESPACE)
                    continue;
                startBlock(quoteFormat(), QTextCharFormat(), started ? QString() : id);
                started = true;
                loose = true;
            }
            inlineNode(child, QTextCharFormat(), depth + 1);
        }
        if (!started)
            startBlock(quoteFormat(), QTextCharFormat(), id);
    }

    void list(const GumboNode *node, const QString &id, int depth)
    {
        QTextListFormat listFormat;
        listFormat.setStyle(
            GumboTree::tagOf(node) == GUMBO_TAG_OL ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc);
        listFormat.setIndent(1);
        m_mergeFirst = false; // a pasted list is its own block
        QTextList *textList = nullptr;
        for (const GumboNode *child : childrenOf(node)) {
            if (!GumboTree::isElement(child) || isDropped(GumboTree::tagOf(child)))
                continue;
            startBlock(listItemFormat(), QTextCharFormat(), textList ? QString() : id);
            if (textList)
                textList->add(m_cursor.block());
            else
                textList = m_cursor.createList(listFormat);
            if (GumboTree::tagOf(child) == GUMBO_TAG_LI)
                inlineChildren(child, QTextCharFormat(), depth + 1);
            else
                inlineNode(child, QTextCharFormat(), depth + 1);
        }
    }

    void figure(const GumboNode *node, const QString &id, int depth)
    {
        const GumboNode *image = GumboTree::tagOf(node) == GUMBO_TAG_IMG ? node : findDescendant(node, GUMBO_TAG_IMG);
        const GumboNode *caption = findDescendant(node, GUMBO_TAG_FIGCAPTION);
        const QString source = GumboTree::attribute(image, "src");
        if (source.isEmpty()) {
            startBlock(paragraphFormat(), QTextCharFormat(), id);
        } else {
            startBlock(figureFormat(), QTextCharFormat(), id);
            QTextImageFormat imageFormat;
            imageFormat.setName(source);
            imageFormat.setProperty(BodyTextConverter::ImageAltProperty, GumboTree::attribute(image, "alt"));
            m_cursor.insertImage(imageFormat);
            m_cursor.setCharFormat(QTextCharFormat());
        }
        if (caption) {
            if (!source.isEmpty())
                m_cursor.insertText(QString(LineSeparator), QTextCharFormat());
            m_atLineStart = true;
            inlineChildren(caption, QTextCharFormat(), depth + 1);
        }
    }

    void inlineChildren(const GumboNode *node, const QTextCharFormat &format, int depth)
    {
        m_atLineStart = m_cursor.atBlockStart();
        for (const GumboNode *child : childrenOf(node))
            inlineNode(child, format, depth + 1);
        dropPendingSpace();
    }

    void inlineNode(const GumboNode *node, QTextCharFormat format, int depth)
    {
        if (depth > MaxNesting)
            return;
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            appendText(QString::fromUtf8(node->v.text.text), format);
            return;
        case GUMBO_NODE_COMMENT:
        case GUMBO_NODE_DOCUMENT:
            return;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            break;
        }
        const GumboTag tag = GumboTree::tagOf(node);
        if (isDropped(tag))
            return;
        switch (tag) {
        case GUMBO_TAG_BR:
            m_pendingSpace = false;
            m_cursor.insertText(QString(LineSeparator), format);
            m_atLineStart = true;
            return;
        case GUMBO_TAG_IMG:
            return; // images belong to figures
        case GUMBO_TAG_STRONG:
        case GUMBO_TAG_B:
            format.setFontWeight(QFont::Bold);
            break;
        case GUMBO_TAG_EM:
        case GUMBO_TAG_I:
            format.setFontItalic(true);
            break;
        case GUMBO_TAG_A: {
            const QString href = GumboTree::attribute(node, "href");
            if (!href.isEmpty())
                format.merge(BodyTextConverter::linkFormat(href));
            break;
        }
        case GUMBO_TAG_SPAN: {
            const QString ids = GumboTree::attribute(node, "data-sources").simplified();
            if (!ids.isEmpty())
                format.merge(BodyTextConverter::citationFormat(ids));
            break;
        }
        default:
            break;
        }
        // Block elements nested where only inline content fits are flattened with a space.
        const bool block = isBlockLevel(tag);
        if (block && !m_atLineStart)
            markSpace(format);
        for (const GumboNode *child : childrenOf(node))
            inlineNode(child, format, depth + 1);
        if (block)
            markSpace(format);
    }

    void markSpace(const QTextCharFormat &format)
    {
        if (!m_pendingSpace && !m_atLineStart) {
            m_pendingSpace = true;
            m_spaceFormat = format;
        }
    }

    // HTML whitespace folds to one space; none at the start or end of a line.
    void appendText(const QString &text, const QTextCharFormat &format)
    {
        QString run;
        run.reserve(text.size());
        auto flush = [&] {
            if (run.isEmpty())
                return;
            if (m_pendingSpace) {
                m_cursor.insertText(u" "_s, m_spaceFormat);
                m_pendingSpace = false;
            }
            m_cursor.insertText(run, format);
            m_atLineStart = false;
            run.clear();
        };
        for (const QChar c : text) {
            if (isHtmlSpace(c)) {
                flush();
                markSpace(format);
            } else {
                run += c;
            }
        }
        flush();
    }

    void dropPendingSpace() { m_pendingSpace = false; }

    QTextCursor m_cursor;
    bool m_reuseFirst;
    bool m_mergeFirst;
    bool m_loose = false;
    QTextCharFormat m_looseFormat;
    bool m_pendingSpace = false;
    bool m_atLineStart = true;
    QTextCharFormat m_spaceFormat;
    QSet<QString> m_ids;
    int m_blocks = 0;
};

QString escapeText(QStringView text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += u"&amp;"_s;
            break;
        case '<':
            out += u"&lt;"_s;
            break;
        case '>':
            out += u"&gt;"_s;
            break;
        case QChar::LineSeparator:
            out += u"<br>"_s;
            break;
        case QChar::ObjectReplacementCharacter:
        case 0xFDD0: // QTextBeginningOfFrame
        case 0xFDD1: // QTextEndOfFrame
            break;
        default:
            out += c;
        }
    }
    return out;
}

/// An inline element of the schema as the export opens it.
struct InlineElement {
    enum class Kind { Span, Link, Strong, Em }; // also the nesting order on ties
    Kind kind;
    QString value;
    bool operator==(const InlineElement &) const = default;

    QString open() const
    {
        switch (kind) {
        case Kind::Span:
            return u"<span data-sources=\""_s + HtmlEscape::attribute(value) + u"\">"_s;
        case Kind::Link:
            return u"<a href=\""_s + HtmlEscape::attribute(value) + u"\">"_s;
        case Kind::Strong:
            return u"<strong>"_s;
        case Kind::Em:
            return u"<em>"_s;
        }
        return {};
    }
    QString close() const
    {
        switch (kind) {
        case Kind::Span:
            return u"</span>"_s;
        case Kind::Link:
            return u"</a>"_s;
        case Kind::Strong:
            return u"</strong>"_s;
        case Kind::Em:
            return u"</em>"_s;
        }
        return {};
    }
};

QList<InlineElement> elementsOf(const QTextCharFormat &format, bool heading)
{
    QList<InlineElement> elements;
    const QString ids = format.property(BodyTextConverter::CitationProperty).toString().simplified();
    if (!ids.isEmpty())
        elements.append({InlineElement::Kind::Span, ids});
    if (format.isAnchor() && !format.anchorHref().isEmpty())
        elements.append({InlineElement::Kind::Link, format.anchorHref()});
    if (!heading && format.fontWeight() >= QFont::Bold)
        elements.append({InlineElement::Kind::Strong, {}});
    if (format.fontItalic())
        elements.append({InlineElement::Kind::Em, {}});
    return elements;
}

/// The inline HTML of a block. Elements that run longest open first, so nesting follows the
/// text ("<em>a <strong>b</strong></em>") instead of a fixed order.
QString inlineHtml(const QTextBlock &block, bool heading, bool skipCaptionBreak)
{
    struct Piece {
        QString text;
        QList<InlineElement> elements;
    };
    QList<Piece> pieces;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat format = fragment.charFormat();
        if (format.isImageFormat())
            continue;
        QString text = fragment.text();
        if (skipCaptionBreak) {
            if (text.startsWith(LineSeparator))
                text.remove(0, 1);
            skipCaptionBreak = false;
        }
        if (text.isEmpty())
            continue;
        pieces.append({text, elementsOf(format, heading)});
    }
    QString out;
    QList<InlineElement> open;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const Piece &piece = pieces.at(i);
        qsizetype keep = 0;
        while (keep < open.size() && piece.elements.contains(open.at(keep)))
            ++keep;
        while (open.size() > keep)
            out += open.takeLast().close();
        QList<std::pair<qsizetype, InlineElement>> opening;
        for (const InlineElement &element : piece.elements) {
            if (open.contains(element))
                continue;
            qsizetype run = 0;
            for (qsizetype j = i; j < pieces.size() && pieces.at(j).elements.contains(element); ++j)
                run += pieces.at(j).text.size();
            opening.append({run, element});
        }
        std::stable_sort(
            opening.begin(), opening.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (const auto &entry : opening) {
            out += entry.second.open();
            open.append(entry.second);
        }
        out += escapeText(piece.text);
    }
    while (!open.isEmpty())
        out += open.takeLast().close();
    return out;
}

// The image a figure block starts with (a default QTextImageFormat counts as "valid", so
// the answer is the bool).
bool leadingImage(const QTextBlock &block, QTextImageFormat *image = nullptr)
{
    const auto it = block.begin();
    if (it.atEnd())
        return false;
    const QTextFragment fragment = it.fragment();
    const QTextCharFormat format = fragment.charFormat();
    if (!format.isImageFormat() || !fragment.text().startsWith(ObjectReplacement))
        return false;
    if (image)
        *image = format.toImageFormat();
    return true;
}

} // namespace

void BodyTextConverter::load(QTextDocument *document, QStringView bodyHtml)
{
    document->clear();
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    const GumboDocument parsed(bodyHtml.toUtf8());
    Loader loader(cursor, true);
    loader.topLevel(parsed.root(), 0);
    loader.finish();
    cursor.endEditBlock();
}

void BodyTextConverter::insertHtml(QTextCursor *cursor, QStringView html)
{
    // Built straight into the target document: a 5 MB paste is not copied three times.
    // Ids the HTML carries are kept (a cut and paste moves a block with its id); when they
    // collide with blocks already there, the export gives the later block a fresh one.
    cursor->beginEditBlock();
    cursor->removeSelectedText();
    const bool emptyBlock = cursor->block().length() <= 1 && !cursor->currentList();
    const GumboDocument parsed(html.toUtf8());
    Loader loader(*cursor, emptyBlock, !emptyBlock);
    loader.topLevel(parsed.root(), 0);
    loader.finish();
    *cursor = loader.cursor();
    cursor->endEditBlock();
}

void BodyTextConverter::splitBlock(QTextCursor *cursor)
{
    const bool textMovesDown = !cursor->hasSelection() && cursor->atBlockStart() && cursor->block().length() > 1;
    const QString id = blockId(cursor->block());
    cursor->insertBlock();
    if (textMovesDown && !id.isEmpty()) {
        setBlockId(cursor->block().previous(), QString());
        setBlockId(cursor->block(), id);
    }
}

QString BodyTextConverter::blockId(const QTextBlock &block)
{
    const auto *data = dynamic_cast<const BlockIdData *>(block.userData());
    return data ? data->id() : QString();
}

void BodyTextConverter::setBlockId(QTextBlock block, const QString &id)
{
    if (blockId(block) != id)
        block.setUserData(id.isEmpty() ? nullptr : new BlockIdData(id));
}

QString BodyTextConverter::newBlockId()
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString id(8, Qt::Uninitialized);
    for (qsizetype i = 0; i < id.size(); ++i)
        id[i] = QLatin1Char(alphabet[QRandomGenerator::system()->bounded(36)]);
    return id;
}

bool BodyTextConverter::isValidBlockId(QStringView id)
{
    if (id.size() != 8)
        return false;
    return std::all_of(
        id.begin(), id.end(), [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'); });
}

QString BodyTextConverter::blockTag(const QTextBlock &block)
{
    if (const QTextList *list = block.textList()) {
        switch (list->format().style()) {
        case QTextListFormat::ListDisc:
        case QTextListFormat::ListCircle:
        case QTextListFormat::ListSquare:
            return u"ul"_s;
        default:
            return u"ol"_s;
        }
    }
    const QTextBlockFormat format = block.blockFormat();
    if (format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth) && block.length() <= 1)
        return u"hr"_s;
    if (leadingImage(block))
        return u"figure"_s;
    if (format.headingLevel() > 0)
        return format.headingLevel() <= 2 ? u"h2"_s : u"h3"_s;
    if (format.intProperty(QTextFormat::BlockQuoteLevel) > 0)
        return u"blockquote"_s;
    return u"p"_s;
}

namespace {
// One non-list block as article HTML.
QString singleBlockHtml(const QTextBlock &block, const QString &tag, const QString &id)
{
    const QString open = u'<' + tag + u" data-block=\""_s + id + u"\">"_s;
    if (tag == u"hr")
        return open;
    if (tag == u"figure") {
        QTextImageFormat image;
        leadingImage(block, &image);
        QString html = open + u"<img src=\""_s + HtmlEscape::attribute(image.name()) + u"\" alt=\""_s
            + HtmlEscape::attribute(image.property(BodyTextConverter::ImageAltProperty).toString()) + u"\">"_s;
        const QString caption = inlineHtml(block, false, true);
        if (!caption.isEmpty())
            html += u"<figcaption>"_s + caption + u"</figcaption>"_s;
        return html + u"</figure>"_s;
    }
    return open + inlineHtml(block, tag.startsWith(u'h'), false) + u"</"_s + tag + u'>';
}
} // namespace

QString BodyTextConverter::blockHtml(const QTextBlock &block)
{
    const QString id = blockId(block);
    if (block.textList() || !isValidBlockId(id))
        return {};
    return singleBlockHtml(block, blockTag(block), id);
}

QString BodyTextConverter::toHtml(QTextDocument *document)
{
    if (document->blockCount() == 1 && document->begin().length() <= 1 && !document->begin().textList()
        && blockTag(document->begin()) == u"p")
        return {};

    QSet<QString> taken;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QString id = blockId(block);
        if (isValidBlockId(id))
            taken.insert(id);
    }
    QSet<QString> used;
    auto claim = [&](const QString &wanted) {
        QString id = wanted;
        if (!isValidBlockId(id) || used.contains(id)) {
            do {
                id = newBlockId();
            } while (taken.contains(id));
            taken.insert(id);
        }
        used.insert(id);
        return id;
    };

    QStringList out;
    QTextBlock block = document->begin();
    while (block.isValid()) {
        const QString tag = blockTag(block);
        if (QTextList *list = block.textList()) {
            QList<QTextBlock> items;
            QString wanted;
            for (; block.isValid() && block.textList() == list; block = block.next()) {
                items.append(block);
                const QString id = blockId(block);
                if (wanted.isEmpty() && isValidBlockId(id) && !used.contains(id))
                    wanted = id;
            }
            const QString id = claim(wanted);
            QString html = u'<' + tag + u" data-block=\""_s + id + u"\">"_s;
            for (qsizetype i = 0; i < items.size(); ++i) {
                setBlockId(items.at(i), i == 0 ? id : QString());
                html += u"<li>"_s + inlineHtml(items.at(i), false, false) + u"</li>"_s;
            }
            out.append(html + u"</"_s + tag + u'>');
            continue;
        }
        const QString id = claim(blockId(block));
        setBlockId(block, id);
        out.append(singleBlockHtml(block, tag, id));
        block = block.next();
    }
    return out.join(u'\n');
}

QTextCharFormat BodyTextConverter::linkFormat(const QString &href)
{
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(href);
    format.setForeground(QColor(0x1a, 0x5f, 0xb4));
    format.setFontUnderline(true);
    return format;
}

QTextCharFormat BodyTextConverter::citationFormat(const QString &sourceIds)
{
    QTextCharFormat format;
    format.setProperty(CitationProperty, sourceIds);
    format.setBackground(QColor(255, 214, 102, 70));
    return format;
}

void BodyTextConverter::setBlockKind(QTextCursor *cursor, const QString &tag)
{
    QTextBlockFormat format = paragraphFormat();
    QTextCharFormat chars = plainCharFormat();
    if (tag == u"h2" || tag == u"h3") {
        const int level = tag == u"h2" ? 2 : 3;
        format = headingFormat(level);
        chars = headingCharFormat(level);
    } else if (tag == u"blockquote") {
        format = quoteFormat();
    }
    cursor->beginEditBlock();
    const int end = cursor->selectionEnd();
    QTextBlock block = cursor->document()->findBlock(cursor->selectionStart());
    for (; block.isValid() && block.position() <= end; block = block.next()) {
        if (QTextList *list = block.textList())
            list->remove(block);
        QTextCursor blockCursor(block);
        blockCursor.setBlockFormat(format); // replaces list, rule, figure and quote properties
        blockCursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        blockCursor.mergeCharFormat(chars);
        blockCursor.mergeBlockCharFormat(chars);
    }
    cursor->mergeCharFormat(chars);
    cursor->endEditBlock();
}

void BodyTextConverter::insertHorizontalRule(QTextCursor *cursor)
{
    cursor->beginEditBlock();
    if (cursor->block().length() > 1)
        cursor->insertBlock(ruleFormat(), QTextCharFormat());
    else
        cursor->setBlockFormat(ruleFormat());
    cursor->insertBlock(paragraphFormat(), QTextCharFormat());
    cursor->endEditBlock();
}

void BodyTextConverter::insertFigure(
    QTextCursor *cursor, const QString &source, const QString &alt, const QString &caption)
{
    cursor->beginEditBlock();
    if (cursor->block().length() > 1) {
        cursor->movePosition(QTextCursor::EndOfBlock);
        cursor->insertBlock(figureFormat(), QTextCharFormat());
    } else {
        cursor->setBlockFormat(figureFormat());
    }
    QTextImageFormat image;
    image.setName(source);
    image.setProperty(ImageAltProperty, alt);
    cursor->insertImage(image);
    if (!caption.isEmpty())
        cursor->insertText(QString(LineSeparator) + caption, QTextCharFormat());
    cursor->insertBlock(paragraphFormat(), QTextCharFormat());
    cursor->endEditBlock();
}

} // namespace Wiredesk
