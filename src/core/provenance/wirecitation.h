#pragma once

#include "article.h"
#include "wireitem.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Wiredesk {

/// Turns wire items into what the article needs from them: an ArticleSource that records
/// where the item came from, and a new draft that quotes the item with attribution and
/// cites it as its first source. "New Draft from Item" and "Cite in Current Draft" both go
/// through here, so a wire item is recorded the same way whichever way it enters a draft.
class WireCitation final
{
public:
    /// The source for @p item as delivered by the wire called @p wireName.
    static ArticleSource sourceFor(const WireItem &item, const QString &wireName, const QString &sourceId);

    /// A new draft from @p item: headline, the item's opening quoted and attributed, the
    /// item recorded as source "src1" and cited by the attribution sentence.
    static Article draftFrom(const WireItem &item, const QString &wireName, const QDateTime &nowUtc);

    /// The first "srcN" id not used in @p sources.
    static QString nextSourceId(const QList<ArticleSource> &sources);

    /// The index of a source in @p sources that is already @p item (same wire item, or the
    /// same canonical URL), -1 when there is none.
    static int findExisting(const QList<ArticleSource> &sources, const WireItem &item);
};

} // namespace Wiredesk
