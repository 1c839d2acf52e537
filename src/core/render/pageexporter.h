#pragma once

#include "article.h"
#include "renderoptions.h"

#include <QString>
#include <QStringList>

namespace Wiredesk {

/// "Export HTML…": writes the published page of an article to a file, with the article's
/// local images copied into a "<name>_files" folder beside it and referenced relatively, so
/// the folder can be opened in a browser or handed on as it is. The page is the one
/// ArticleRenderer's, like the preview and the CMS upload. Files are written atomically:
/// a failure (full disk, no permission) leaves any earlier export untouched.
class PageExporter final
{
public:
    /// @p options carry the publication settings; @p assetRoot is the profile folder that
    /// relative image paths are taken from.
    PageExporter(RenderOptions options, QString assetRoot);

    /// Returns false with @p error set (one sentence for the user) when anything failed.
    bool exportPage(const Article &article, const QString &htmlPath, QString *error);

    /// Markup placed at the end of the page's <head>, e.g. the article's schema.org JSON-LD
    /// (ProvenanceExporter::jsonLdScript()); the caller is responsible for it being safe.
    void setHeadHtml(const QString &html) { m_headHtml = html; }

    /// The image files written by the last export, relative to the page's folder.
    QStringList copiedFiles() const { return m_copied; }

private:
    RenderOptions m_options;
    QString m_assetRoot;
    QStringList m_copied;
    QString m_headHtml;
};

} // namespace Wiredesk
