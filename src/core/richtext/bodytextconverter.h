#pragma once

#include <QString>
#include <QStringView>
#include <QTextCharFormat>
#include <QTextFormat>

class QTextBlock;
class QTextCursor;
class QTextDocument;

namespace Wiredesk {

/// Converts an article body (HTML of the article schema whose top-level blocks carry
/// data-block ids) into a QTextDocument for WYSIWYG editing, and back.
///
/// Loading walks the HTML with a real parser (gumbo) and builds the document block by
/// block with a QTextCursor, so nothing outside the schema can enter: p, h2, h3,
/// blockquote, ul/ol, figure (img + figcaption) and hr at the top level; a[href], em,
/// strong, br and span[data-sources] inline. Each QTextBlock remembers its article block id
/// in a BlockIdData. Exporting walks the QTextBlocks: heading level → h2/h3, QTextList →
/// ul/ol (the consecutive items of one list are one article block), BlockQuoteLevel →
/// blockquote, the horizontal-rule property → hr, a leading image → figure; bold, italic,
/// anchors and the citation property become strong, em, a and span[data-sources]. Blocks
/// without an id (split by Enter, new) or with a duplicated one (pasted; the first keeps
/// it) get a fresh id that is stored back so it stays stable. Canonical input — one block
/// per line, as produced here — round-trips exactly: toHtml(load(x)) == x.
class BodyTextConverter final
{
public:
    /// Custom format properties the editor shares with the converter.
    enum Property {
        CitationProperty = QTextFormat::UserProperty + 1, ///< char: space-separated source ids
        FigureProperty = QTextFormat::UserProperty + 2,   ///< block: the block is a figure
        ImageAltProperty = QTextFormat::UserProperty + 3, ///< image char: alt text
    };

    /// Replaces the content of @p document with @p bodyHtml.
    static void load(QTextDocument *document, QStringView bodyHtml);
    /// The body HTML of @p document, one top-level block per line. Assigns ids to blocks
    /// that need one (see the class comment), hence the non-const document.
    static QString toHtml(QTextDocument *document);

    /// The HTML of one block that is not a list item, under its stored id (empty when the
    /// block is in a list or has no valid id): the cheap path for typing in one paragraph.
    static QString blockHtml(const QTextBlock &block);

    /// Inserts @p html (article-schema fragment, may hold several blocks) at @p cursor
    /// as new blocks after the cursor's block when it holds blocks, or inline otherwise.
    static void insertHtml(QTextCursor *cursor, QStringView html);

    /// Splits the block at the cursor like Enter. Qt leaves the id (user data) on the first
    /// part; when the cursor is at the start of a non-empty block, the id moves with the
    /// text to the second part, so "a new paragraph above" does not re-id an existing one.
    static void splitBlock(QTextCursor *cursor);

    /// The id stored on @p block, empty when it has none.
    static QString blockId(const QTextBlock &block);
    static void setBlockId(QTextBlock block, const QString &id);
    /// A fresh random id, eight characters [a-z0-9] (the format BlockIds uses).
    static QString newBlockId();
    static bool isValidBlockId(QStringView id);

    /// The tag the block exports as: p, h2, h3, blockquote, ul, ol, figure or hr.
    static QString blockTag(const QTextBlock &block);

    /// Visual formats of the editor; the export reads only the semantic properties.
    static QTextCharFormat linkFormat(const QString &href);
    static QTextCharFormat citationFormat(const QString &sourceIds);
    /// Applies the look and semantics of @p tag (p, h2, h3, blockquote) to the cursor's block(s).
    static void setBlockKind(QTextCursor *cursor, const QString &tag);
    static void insertHorizontalRule(QTextCursor *cursor);
    static void insertFigure(QTextCursor *cursor, const QString &source, const QString &alt, const QString &caption);
};

} // namespace Wiredesk
