#pragma once

#include <QString>
#include <QStringView>

#include <gumbo.h>

namespace Wiredesk {

/// An HTML fragment parsed with gumbo (as if inside <body>), owned for as long as the
/// object lives. The article code walks body HTML with it instead of pattern matching:
/// block ids, Markdown export, plain text for counts and diffs all need the real tree.
class HtmlFragment final
{
public:
    /// Deeper nesting is flattened before parsing (text kept): gumbo is quadratic in depth
    /// and frees its tree recursively, and the walks here recurse too.
    static constexpr int MaximumDepth = 512;

    explicit HtmlFragment(QStringView html);
    ~HtmlFragment();
    Q_DISABLE_COPY_MOVE(HtmlFragment)

    /// The element whose children are the fragment's top-level nodes.
    const GumboNode *root() const;

    /// The lowercase tag name of an element ("" for other nodes), including unknown tags.
    static QString tagName(const GumboNode *node);
    static QString attribute(const GumboNode *node, const char *name);
    static bool isElement(const GumboNode *node, GumboTag tag);
    /// Well-formed HTML of the node (comments and script-like elements dropped).
    static QString outerHtml(const GumboNode *node);
    static QString innerHtml(const GumboNode *node);
    /// Text content; <br> and block boundaries become newlines.
    static QString text(const GumboNode *node);

    static QString escapeText(QStringView text);
    static QString escapeAttribute(QStringView value);

private:
    QByteArray m_utf8; // gumbo points into this buffer
    GumboOutput *m_output = nullptr;
};

} // namespace Wiredesk
