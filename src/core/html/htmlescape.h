#pragma once

#include <QString>
#include <QStringView>

namespace Wiredesk {

/// Escaping for HTML we write ourselves. Every serializer of a parsed tree (block ids, the
/// renderer, Markdown and rich-text export) goes through these two, so text can never close
/// an element or an attribute, whichever path wrote it.
class HtmlEscape final
{
public:
    HtmlEscape() = delete;

    /// & < > as entities: safe as element content.
    static QString text(QStringView text);
    /// & < > " as entities: safe inside a double-quoted attribute value.
    static QString attribute(QStringView value);
};

} // namespace Wiredesk
