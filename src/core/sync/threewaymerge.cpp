#include "threewaymerge.h"

#include "blockids.h"

#include <QHash>
#include <QSet>

#include <optional>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

struct Blocks {
    QList<BodyBlock> list;
    QHash<QString, QString> html; ///< id → normalised outer HTML

    explicit Blocks(const QString &body)
        : list(BlockIds::assign(body))
    {
        for (const BodyBlock &block : std::as_const(list))
            html.insert(block.id, block.html);
    }
    std::optional<QString> find(const QString &id) const
    {
        const auto it = html.constFind(id);
        if (it == html.constEnd())
            return std::nullopt;
        return *it;
    }
};

} // namespace

MergeResult ThreeWayMerge::merge(const MergeSide &base, const MergeSide &local, const MergeSide &remote)
{
    MergeResult result;

    // Fields: one side changed → that side; both the same → it; both differently → conflict.
    QSet<QString> names;
    for (const MergeSide *side : {&base, &local, &remote}) {
        for (auto it = side->fields.constBegin(); it != side->fields.constEnd(); ++it)
            names.insert(it.key());
    }
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    for (const QString &name : std::as_const(sorted)) {
        const QString b = base.fields.value(name);
        const QString l = local.fields.value(name);
        const QString r = remote.fields.value(name);
        if (l == r || r == b)
            result.fields.insert(name, l);
        else if (l == b)
            result.fields.insert(name, r);
        else {
            result.fields.insert(name, l);
            result.conflicts << MergeConflict {MergeConflict::Where::Field, name, b, l, r};
        }
    }

    // Blocks. Ids come from the same document, so a block without an id in the remote copy
    // (someone typed it in WordPress's editor) gets a fresh id here and counts as an addition.
    const Blocks b(base.bodyHtml);
    const Blocks l(local.bodyHtml);
    const Blocks r(remote.bodyHtml);
    QStringList order; // ids in the result, in order
    QHash<QString, QString> html;

    for (const BodyBlock &block : l.list) {
        const std::optional<QString> inBase = b.find(block.id);
        const std::optional<QString> inRemote = r.find(block.id);
        if (!inBase) {
            if (inRemote && *inRemote != block.html) // both added the same id differently (copied block)
                result.conflicts << MergeConflict {MergeConflict::Where::Block, block.id, {}, block.html, *inRemote};
            order << block.id;
            html.insert(block.id, block.html);
            continue;
        }
        if (!inRemote) {
            // Deleted remotely: fine if we did not touch it, a conflict if we changed it.
            if (block.html != *inBase) {
                result.conflicts << MergeConflict {MergeConflict::Where::Block, block.id, *inBase, block.html, {}};
                order << block.id;
                html.insert(block.id, block.html);
            }
            continue;
        }
        order << block.id;
        if (block.html == *inRemote || *inRemote == *inBase) {
            html.insert(block.id, block.html);
        } else if (block.html == *inBase) {
            html.insert(block.id, *inRemote);
        } else {
            html.insert(block.id, block.html);
            result.conflicts << MergeConflict {MergeConflict::Where::Block, block.id, *inBase, block.html, *inRemote};
        }
    }

    // Remote blocks missing locally: additions go after their remote predecessor; deletions
    // stay deleted unless the remote side changed the block (then it is a conflict, kept).
    QString previous;
    for (const BodyBlock &block : r.list) {
        if (html.contains(block.id)) {
            previous = block.id;
            continue;
        }
        const std::optional<QString> inBase = b.find(block.id);
        bool keep = false;
        if (!inBase) {
            keep = true;
        } else if (block.html != *inBase) {
            result.conflicts << MergeConflict {MergeConflict::Where::Block, block.id, *inBase, {}, block.html};
            keep = true;
        }
        if (!keep)
            continue;
        const qsizetype at = previous.isEmpty() ? 0 : order.indexOf(previous) + 1;
        order.insert(at, block.id);
        html.insert(block.id, block.html);
        previous = block.id;
    }

    QList<BodyBlock> merged;
    for (const QString &id : std::as_const(order))
        merged << BodyBlock {id, {}, html.value(id)};
    result.bodyHtml = BlockIds::join(merged);
    return result;
}

} // namespace Wiredesk
