#pragma once

#include "article.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Wiredesk {

/// Merges duplicate sources of an article (two entries for one canonical URL): the citations
/// that named the duplicate are re-pointed to the source kept, the kept source's empty fields
/// (title, publisher, posted time …) are filled from the duplicate, and the duplicate goes.
/// Pure functions over the article, so the sidebar can apply the result as one undo step and
/// the rules are tested headless. Notes and checks are moved separately by
/// ProvenanceStore::moveTarget(), which keeps both threads.
class SourceMerger final
{
public:
    /// Merges @p fromId into @p intoId. Returns false, changing nothing, when either is missing
    /// or they are the same source.
    static bool merge(Article *article, const QString &fromId, const QString &intoId);

    /// Rewrites every data-sources attribute of @p bodyHtml (the sanitized article schema):
    /// @p fromId becomes @p toId, without naming a source twice. An empty @p toId drops
    /// @p fromId; a span left citing nothing loses the attribute's value (the sanitizer then
    /// drops the empty span).
    static QString repointCitations(const QString &bodyHtml, const QString &fromId, const QString &toId);

    /// Sources sharing a canonical URL, in article order: each group's first id is the source
    /// to keep, the others its duplicates. Sources without a URL are never duplicates.
    static QList<QStringList> duplicateGroups(const QList<ArticleSource> &sources);
};

} // namespace Wiredesk
