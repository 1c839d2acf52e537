#pragma once

#include "wireitem.h"

#include <QString>

namespace Wiredesk {

/// The step between parsing and storing: gives every item what dedupe, search and display
/// rely on. It sanitizes contentHtml (HtmlSanitizer, wire schema, relative links resolved
/// against the item's baseUrl), derives contentText (plain text of the body), makes the summary plain text,
/// fills a missing title from the first words, computes the canonical URL (the cross-source
/// dedupe key) and the content hash (SHA-256 of the normalized title and text).
///
/// Thread-safe: a const WireNormalizer may be used from several threads at once (it and
/// HtmlSanitizer keep no state between calls; the only statics are immutable tables).
class WireNormalizer final
{
public:
    /// Tracking parameters removed from canonical URLs (exact names; "utm_" is a prefix).
    static const QStringList &trackingParameters();

    void normalize(WireItem &item) const;
    void normalize(ParsedFeed &feed) const;

    /// A dedupe key, not a link to open: scheme and host lower-case, http → https, default
    /// port, fragment (except "#!" routes) and tracking parameters removed, dot segments
    /// resolved, an empty path made "/". The remaining query keeps its order: some servers
    /// give order meaning, and copies of one story almost always share it.
    static QString canonicalUrl(const QString &url);
    /// SHA-256 hex of lower-cased, whitespace-folded title + "\n" + text.
    static QString contentHash(const QString &title, const QString &text);
};

} // namespace Wiredesk
