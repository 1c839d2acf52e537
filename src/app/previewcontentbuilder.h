#pragma once

#include "article.h"
#include "previewpane.h"

namespace Wiredesk {

/// Adapts the renderer's output for the preview pane: the full page plus the patchable
/// parts (header pieces and body blocks) in document order.
class PreviewContentBuilder final
{
public:
    /// @p assetRoot is the profile folder: relative lead-image paths are served from it.
    static PreviewContent build(const Article &article);
};

} // namespace Wiredesk
