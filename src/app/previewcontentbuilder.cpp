#include "previewcontentbuilder.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Wiredesk {

PreviewContentBuilder::PreviewContentBuilder(const QString &profileFolder)
    : m_profileFolder(profileFolder)
    , m_renderer(std::make_unique<ArticleRenderer>(optionsFor(profileFolder, false)))
{ }

RenderOptions PreviewContentBuilder::optionsFor(const QString &profileFolder, bool remoteImages)
{
    RenderOptions options = RenderOptions::forPreview(profileFolder);
    const QString folder = RenderOptions::profileTemplateFolder(profileFolder);
    options.templateSearchPaths = {folder};
    const QString settings = folder + u"/publication.json"_s;
    QString error;
    if (QFileInfo::exists(settings) && !options.loadPublicationSettings(settings, &error))
        qWarning("%s", qUtf8Printable(error));
    options.allowRemoteImages = remoteImages;
    return options;
}

void PreviewContentBuilder::setRemoteImagesAllowed(bool allowed)
{
    if (allowed != m_renderer->options().allowRemoteImages)
        m_renderer = std::make_unique<ArticleRenderer>(optionsFor(m_profileFolder, allowed));
}

PreviewContent PreviewContentBuilder::build(const Article &article) const
{
    PreviewContent content;
    content.page = m_renderer->renderPage(article);
    const QList<ArticlePart> parts = ArticleRenderer::parts();
    for (ArticlePart part : parts)
        content.parts << PreviewPart {
            u"part:"_s + ArticleRenderer::partName(part), m_renderer->renderPart(article, part)};
    const QList<RenderedBlock> blocks = m_renderer->renderBlocks(article);
    for (const RenderedBlock &block : blocks)
        content.parts << PreviewPart {u"block:"_s + block.id, block.html};
    return content;
}

} // namespace Wiredesk
