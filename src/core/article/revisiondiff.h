#pragma once

#include "article.h"

#include <QList>
#include <QString>

namespace Wiredesk {

/// A readable comparison of two versions of an article, for the revisions panel.
///
/// Metadata is compared field by field; the body block by block, matching blocks by their
/// stable ids, so an edited paragraph shows as one changed block with its words marked
/// rather than as a removal and an addition. Inside a changed block the words are aligned
/// with a longest-common-subsequence diff. The result renders as HTML (<ins>/<del>) and as
/// plain text ([-removed-]{+added+}).
class RevisionDiff final
{
public:
    struct Segment {
        enum class Kind { Same, Deleted, Inserted };
        Kind kind;
        QString text;
        bool operator==(const Segment &) const = default;
    };

    struct FieldChange {
        QString label; ///< "Headline", "Tags", ...
        QString before;
        QString after;
    };

    struct BlockChange {
        enum class Kind { Added, Removed, Changed };
        Kind kind;
        QString id;
        QString tag;
        QString before;              ///< plain text
        QString after;               ///< plain text
        QList<Segment> words;        ///< for Changed: the word-level diff of before → after
        bool formattingOnly = false; ///< same text, different markup (a link, emphasis)
    };

    RevisionDiff(const Article &older, const Article &newer);

    const QList<FieldChange> &fieldChanges() const { return m_fields; }
    const QList<BlockChange> &blockChanges() const { return m_blocks; }
    bool isEmpty() const { return m_fields.isEmpty() && m_blocks.isEmpty(); }

    QString toHtml() const;
    QString toPlainText() const;

    /// Word-level diff; whitespace runs belong to the following word's segment boundary.
    static QList<Segment> diffWords(const QString &before, const QString &after);

private:
    QList<FieldChange> m_fields;
    QList<BlockChange> m_blocks;
};

} // namespace Wiredesk
