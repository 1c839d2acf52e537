#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Wiredesk {

/// Caps how deeply an HTML byte stream can nest before it reaches the parser.
///
/// gumbo 0.10.1 checks element scopes by walking the stack of open elements, so 5 MB of
/// unclosed <div>s (a million levels) takes minutes. This scanner counts start and end tags
/// the simple way, erring on the side of counting too deep (it ignores quoting, comments and
/// raw text, and treats every non-void element as nesting), and blanks out start tags (and
/// their matching end tags) beyond the limit. Their text stays; only the markup is flattened.
class NestingLimiter final
{
public:
    /// Returns @p html with start tags beyond @p maxDepth replaced by a space.
    static QByteArray limit(QByteArrayView html, int maxDepth);
};

} // namespace Wiredesk
