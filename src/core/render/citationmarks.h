#pragma once

#include <QHash>
#include <QString>

namespace Wiredesk {

/// Reference marks for cited spans in rendered body HTML: after each
/// `<span data-sources="s1 s2">…</span>` it adds `<sup class="cite-ref">` with a link per
/// source to its entry in the closing sources list (`#source-<id>`), numbered as that list
/// numbers them, so a reader of the published page can follow every claim to its source.
/// Ids without a number (a removed source) get no mark; the checks panel reports them.
///
/// It reads HTML written by the renderer's own serializer (well-formed, attributes in
/// double quotes, text escaped), not arbitrary input.
class CitationMarks final
{
public:
    CitationMarks() = delete;

    /// @p numbers: source id → its 1-based position in the sources list.
    static QString insert(const QString &html, const QHash<QString, int> &numbers);
};

} // namespace Wiredesk
