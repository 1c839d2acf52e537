#pragma once

#include "citationextractor.h"

#include <QList>
#include <QString>

namespace Wiredesk {

/// Keeps notes on cited claims attached to their spans while the text changes. A citation's
/// id is "<block>/<n>" (CitationExtractor), so citing a new span earlier in a block renumbers
/// the spans after it, and the notes keyed on the old ids would end up on the wrong claim.
/// moves() compares the citations before and after an edit and says which ids changed; the
/// sidebar re-points the notes with ProvenanceStore::moveTarget().
///
/// A span is the same span when it stays in its block and keeps its sources and its text; a
/// span whose text was edited is recognised by its place among the block's spans citing the
/// same sources, as long as their number did not change. Anything else is not guessed at:
/// its notes stay on the id they have.
class CitationAnchors final
{
public:
    struct Move {
        QString from;
        QString to;
        bool operator==(const Move &) const = default;
    };

    static QList<Move> moves(
        const QList<CitationExtractor::Citation> &before, const QList<CitationExtractor::Citation> &after);
};

} // namespace Wiredesk
