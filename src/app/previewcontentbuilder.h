#pragma once

#include "article.h"
#include "articlerenderer.h"
#include "previewpane.h"

namespace Wiredesk {

/// Adapts the one renderer for the preview pane: the full page plus the patchable parts
/// (header parts by data-part, body blocks by data-block) in document order. It keeps one
/// ArticleRenderer, which re-parses only the body blocks that changed since the last call.
class PreviewContentBuilder final
{
public:
    /// @p profileFolder: relative lead-image paths and template overrides come from it.
    explicit PreviewContentBuilder(const QString &profileFolder);
    Q_DISABLE_COPY_MOVE(PreviewContentBuilder)

    PreviewContent build(const Article &article) const;
    /// Remote images in the page's Content-Security-Policy follow the pane's setting.
    void setRemoteImagesAllowed(bool allowed);
    const ArticleRenderer &renderer() const { return *m_renderer; }

private:
    static RenderOptions optionsFor(const QString &profileFolder, bool remoteImages);

    QString m_profileFolder;
    std::unique_ptr<ArticleRenderer> m_renderer;
};

} // namespace Wiredesk
