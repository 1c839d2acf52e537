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
/// End tags that have no start tag left to close are removed too: parsers ignore them, but
/// each one costs gumbo a walk down the open elements, so a flood of them is just as slow.
class NestingLimiter final
{
public:
    /// Returns @p html without start tags nested beyond @p maxDepth and stray end tags.
    static QByteArray limit(QByteArrayView html, int maxDepth);
};

} // namespace Wiredesk
