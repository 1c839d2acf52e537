#pragma once

#include <QString>
#include <QStringView>

namespace Wiredesk {

/// Plain text out of an HTML fragment (titles with <b> or &amp;, bodies for the first-words
/// title fallback) using gumbo, the HTML5 parser: entities decoded, tags gone, script and
/// style content dropped, block boundaries as newlines, whitespace folded. It never
/// produces markup, so its output is safe to show as text.
class HtmlTextExtractor final
{
public:
    /// Multi-line text: one line per block element.
    static QString text(QStringView html);
    /// One line: all whitespace, newlines included, folded to single spaces.
    static QString line(QStringView html);
    /// The first @p count words of @p text, with "…" when shortened.
    static QString firstWords(QStringView text, int count);
};

} // namespace Wiredesk
