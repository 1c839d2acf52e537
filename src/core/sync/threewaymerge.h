#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace Wiredesk {

/// One side of a merge: named fields (title, excerpt, slug, tags...) and a body whose
/// top-level blocks carry data-block ids.
struct MergeSide {
    QMap<QString, QString> fields;
    QString bodyHtml;
};

/// A place where both sides changed the same thing differently. Both versions are kept.
struct MergeConflict {
    enum class Where { Field, Block };
    Where where = Where::Field;
    QString key;    ///< the field name or the block id
    QString base;   ///< empty when the thing did not exist in the base
    QString local;  ///< empty when the local side deleted it
    QString remote; ///< empty when the remote side deleted it
    bool operator==(const MergeConflict &) const = default;
};

/// The merged fields and body; for each conflict the result holds the local version (or the
/// surviving one when one side deleted) until the user decides.
struct MergeResult {
    QMap<QString, QString> fields;
    QString bodyHtml;
    QList<MergeConflict> conflicts;
    bool isClean() const { return conflicts.isEmpty(); }
};

/// Three-way merge of a draft with its remote copy at block level, so two people editing the
/// same post never silently overwrite each other.
///
/// Blocks are matched by their data-block id (WordPress keeps the attribute in the raw content
/// for users allowed unfiltered HTML; both sides are re-serialised through BlockIds before
/// comparing, so attribute order or whitespace is no change). A block or field changed on one
/// side only takes that side's version, the same change on both sides merges, different
/// changes to the same block or field are a conflict. A block deleted on one side and changed
/// on the other is a conflict too. Blocks added on either side are kept: local order first,
/// remote additions after the block that precedes them remotely.
class ThreeWayMerge final
{
public:
    static MergeResult merge(const MergeSide &base, const MergeSide &local, const MergeSide &remote);
};

} // namespace Wiredesk
