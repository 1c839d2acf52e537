#pragma once

#include "renderedblock.h"
#include "renderoptions.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <optional>

namespace Wiredesk {

/// Parses an article body with a real HTML5 parser (gumbo) and serializes it again as a
/// list of top-level blocks, each one element carrying data-block="<id>". Loose inline
/// content between blocks is wrapped in a paragraph; a block without an id gets
/// "auto-<n>" from its position (stable only until blocks are inserted before it: the
/// editor is expected to give every block an id). Image sources go through the image URL
/// mapper; an image whose source the mapper rejects is left out. An optional sanitizer
/// (the renderer passes HtmlSanitizer's Article schema) cleans the body before it is split.
///
/// The preview re-renders on every keystroke, and gumbo needs ~10 ms for 100 KB. So split()
/// first scans the body for its top-level elements; when the body is plain well-formed
/// markup (every element closed in order, no comments, no raw-text or head elements) each
/// top-level element is sanitized and parsed on its own and remembered, and the next call
/// does that only for the elements whose source changed; positional ids are renumbered. Anything else takes the full
/// parse. Both paths give identical output (tested). Thread-safe.
class BodyBlockSplitter final
{
public:
    /// Cleans untrusted body HTML; empty means the body is taken as it is.
    using Sanitizer = std::function<QString(QStringView html)>;

    explicit BodyBlockSplitter(RenderOptions::ImageUrlMapper imageUrl, Sanitizer sanitizer = Sanitizer());
    Q_DISABLE_COPY_MOVE(BodyBlockSplitter)

    QList<RenderedBlock> split(const QString &bodyHtml) const;

    /// The reference path: one sanitize and one full parse, no cache.
    QList<RenderedBlock> parse(const QString &bodyHtml) const;

    /// The source ranges of the top-level elements when the body qualifies for per-block
    /// parsing (see the class comment); nothing otherwise.
    static std::optional<QList<QStringView>> topLevelElements(QStringView bodyHtml);

private:
    struct ParsedBlocks {
        QList<RenderedBlock> blocks;
        QList<bool> generatedIds; ///< per block: the id is "auto-<n>" from its position
    };
    static ParsedBlocks parseClean(const QString &bodyHtml, const RenderOptions::ImageUrlMapper &imageUrl);

    RenderOptions::ImageUrlMapper m_imageUrl;
    Sanitizer m_sanitizer;
    mutable QMutex m_mutex;
    /// Block source → rendered block, for the blocks of the previous call only.
    mutable QHash<QString, ParsedBlocks> m_cache;
};

} // namespace Wiredesk
