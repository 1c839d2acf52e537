#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Wiredesk {

/// One top-level block of an article body.
struct BodyBlock {
    QString id;   ///< eight characters [a-z0-9]
    QString tag;  ///< p, h2, h3, blockquote, ul, ol, figure or hr
    QString html; ///< the block's outer HTML, carrying data-block="id"

    bool operator==(const BodyBlock &) const = default;
};

/// Gives every top-level block of an article body a stable id (data-block="[a-z0-9]{8}").
///
/// The preview patches blocks by id, citations point at them and merges align them, so an
/// id must survive edits and saves: existing ids are kept, blocks without one (new, or
/// pasted) get a fresh random id, and when two blocks carry the same id — a split block or
/// a paste of copied blocks — the first keeps it and the later ones get fresh ids. Loose
/// inline content at the top level is wrapped in paragraphs, h1 becomes h2 and h4–h6 become
/// h3, and wrappers such as div are unwrapped, so the body always has the article schema's
/// block structure. The HTML is parsed with gumbo, never matched with patterns.
class BlockIds final
{
public:
    /// Parses @p bodyHtml into blocks, assigning ids as described above. Ids in
    /// @p reserved (for example those of blocks elsewhere) are never handed out fresh.
    static QList<BodyBlock> assign(QStringView bodyHtml, const QSet<QString> &reserved = {});
    /// The body HTML for @p blocks (one block per line).
    static QString join(const QList<BodyBlock> &blocks);
    /// assign() then join(): the canonical form of a body.
    static QString normalize(QStringView bodyHtml);

    /// Ids whose block was added, removed or changed between @p before and @p after, in
    /// the order of @p after followed by removed ids in the order of @p before.
    static QStringList changedIds(const QList<BodyBlock> &before, const QList<BodyBlock> &after);

    static QString generateId();
    static bool isValidId(QStringView id);

    /// The text of a block or body, block boundaries as newlines, for counts and diffs.
    static QString plainText(QStringView html);
};

} // namespace Wiredesk
