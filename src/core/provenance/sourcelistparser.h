#pragma once

#include <QList>
#include <QString>

namespace Wiredesk {

/// Turns pasted text into sources: one URL per line, a "Sources" section copied from a
/// published article (lines like "Title — Publisher, https://…", Markdown links
/// "[title](url)", numbered or bulleted lists), or an HTML list copied from a page (parsed
/// with gumbo). Entries pointing at the same canonical URL are merged, the first one kept and
/// its missing title or publisher filled from the later ones. Anything that is not an http(s)
/// URL is skipped.
class SourceListParser final
{
public:
    struct Entry {
        QString url; ///< as pasted
        QString canonicalUrl;
        QString platform;
        QString title;
        QString publisher;

        bool operator==(const Entry &) const = default;
    };

    static QList<Entry> parse(const QString &text);
    /// True when @p text is HTML markup rather than plain lines.
    static bool looksLikeHtml(const QString &text);
};

} // namespace Wiredesk
