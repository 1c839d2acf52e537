#pragma once

#include <QString>
#include <QStringView>

#include <gumbo.h>

#include <memory>

namespace Wiredesk {

class GumboDocument;

/// An HTML fragment parsed with gumbo (as if inside <body>), owned for as long as the
/// object lives. The article code walks body HTML with it instead of pattern matching:
/// block ids, Markdown export, plain text for counts and diffs all need the real tree.
class HtmlFragment final
{
public:
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

private:
    // Deeper nesting is flattened before parsing (text kept): the walks here recurse.
    std::unique_ptr<GumboDocument> m_document;
};

} // namespace Wiredesk
