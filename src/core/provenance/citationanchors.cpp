#include "citationanchors.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
using Citation = CitationExtractor::Citation;

QString groupKey(const Citation &citation)
{
    return citation.blockId + u'\n' + citation.sourceIds.join(u' ');
}
} // namespace

QList<CitationAnchors::Move> CitationAnchors::moves(const QList<Citation> &before, const QList<Citation> &after)
{
    QList<Move> result;
    QSet<QString> takenAfter; // ids of "after" already matched
    QSet<QString> matchedBefore;

    // 1. Same block, same sources, same text: unambiguous when exactly one such span remains.
    QHash<QString, QList<int>> byContent; // key + text → indexes into after
    for (int i = 0; i < after.size(); ++i)
        byContent[groupKey(after.at(i)) + u'\n' + after.at(i).text].append(i);
    QHash<QString, int> contentCountBefore;
    for (const Citation &citation : before)
        ++contentCountBefore[groupKey(citation) + u'\n' + citation.text];
    for (const Citation &citation : before) {
        const QString key = groupKey(citation) + u'\n' + citation.text;
        const QList<int> candidates = byContent.value(key);
        if (candidates.size() != 1 || contentCountBefore.value(key) != 1)
            continue;
        const Citation &now = after.at(candidates.first());
        takenAfter.insert(now.id);
        matchedBefore.insert(citation.id);
        if (now.id != citation.id)
            result << Move {citation.id, now.id};
    }

    // 2. Edited text: the k-th unmatched span of a (block, sources) group before is the k-th
    //    unmatched one after, when both sides have the same number of them.
    QHash<QString, QList<const Citation *>> groupBefore;
    QHash<QString, QList<const Citation *>> groupAfter;
    for (const Citation &citation : before) {
        if (!matchedBefore.contains(citation.id))
            groupBefore[groupKey(citation)].append(&citation);
    }
    for (const Citation &citation : after) {
        if (!takenAfter.contains(citation.id))
            groupAfter[groupKey(citation)].append(&citation);
    }
    for (auto it = groupBefore.cbegin(); it != groupBefore.cend(); ++it) {
        const QList<const Citation *> now = groupAfter.value(it.key());
        if (now.size() != it.value().size())
            continue;
        for (int i = 0; i < now.size(); ++i) {
            if (now.at(i)->id != it.value().at(i)->id)
                result << Move {it.value().at(i)->id, now.at(i)->id};
        }
    }
    return result;
}

} // namespace Wiredesk
