#pragma once

#include <QString>
#include <QStringView>

namespace Wiredesk {

/// Plain text out of an HTML fragment (titles with <b> or &amp;, bodies for the first-words
/// title fallback) through HtmlSanitizer::plainText (gumbo, with its nesting limits):
/// entities decoded, tags gone, script and style content dropped, one line per block,
/// whitespace folded. Text without '<' or '&' skips the parser.
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
