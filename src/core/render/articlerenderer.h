#pragma once

#include <QHash>

#include "article.h"
#include "bodyblocksplitter.h"
#include "publicationtemplate.h"
#include "renderedblock.h"
#include "renderoptions.h"

#include <QList>
#include <QString>

namespace Wiredesk {

/// The parts of an article's header and end matter that the preview can patch one by one.
/// Each renders as one element carrying data-part="<partName>".
enum class ArticlePart {
    Section,  ///< the section label (kicker) above the headline
    Headline, ///< <h1>
    Dek,      ///< the standfirst
    Byline,
    Dateline,  ///< place and publication time in the publication's zone
    LeadImage, ///< <figure> with caption and credit
    Sources,   ///< the closing sources list
    Tags,      ///< the article footer with the tags
};

/// The one renderer from an Article to the published HTML: the live preview, "Export HTML…",
/// printing and the CMS adapters all use it, so they cannot drift apart. The page is the
/// publication template around semantic article markup; all metadata is escaped, URLs are
/// limited to http(s) (images go through RenderOptions::imageUrl), and the page carries a
/// Content-Security-Policy that allows no script and no remote load unless the options say
/// so. Every top-level body block carries data-block and every header part data-part, so
/// the preview can replace exactly what changed (renderBlock, renderPart). Keep one
/// renderer per preview: it remembers the previous body's blocks and re-parses only the
/// ones that changed. Const methods are safe to call from several threads.
class ArticleRenderer final
{
public:
    explicit ArticleRenderer(RenderOptions options = RenderOptions());
    Q_DISABLE_COPY_MOVE(ArticleRenderer)

    const RenderOptions &options() const { return m_options; }
    /// Set when a template override in RenderOptions::templateSearchPaths was unusable and
    /// the built-in file was used instead.
    QString templateError() const { return m_template.errorString(); }
    const PublicationTemplate &publicationTemplate() const { return m_template; }

    /// The complete HTML5 document.
    QString renderPage(const Article &article) const;
    /// Only the <article> element (header, body, sources, footer).
    QString renderBody(const Article &article) const;
    /// The body's top-level blocks in order, each with its id and outer HTML.
    QList<RenderedBlock> renderBlocks(const Article &article) const;
    /// The outer HTML of the block with data-block="@p blockId"; empty when there is none.
    QString renderBlock(const Article &article, const QString &blockId) const;
    /// The outer HTML of one part. Empty for an empty part unless keepEmptyParts is set,
    /// then a hidden element with the same data-part.
    QString renderPart(const Article &article, ArticlePart part) const;

    /// The data-part value of @p part ("headline", "lead-image", ...).
    static QString partName(ArticlePart part);
    static QList<ArticlePart> parts();
    /// The page's Content-Security-Policy for @p options.
    static QString contentSecurityPolicy(const RenderOptions &options);
    /// True for languages written right to left (ar, he, fa, ur, ...), by primary subtag.
    static bool isRightToLeft(const QString &language);
    /// Source id → its number in the closing sources list (sources with neither a title, a
    /// usable URL nor a publisher are not listed and get none). Cited spans in the body get
    /// reference marks with these numbers.
    static QHash<QString, int> sourceNumbers(const Article &article);

private:
    QString renderArticle(const Article &article) const;
    QString renderClocks(const Article &article) const;
    QDateTime publicationInstant(const Article &article) const;
    QString publicationZoneId(const Article &article) const;

    RenderOptions m_options;
    PublicationTemplate m_template;
    BodyBlockSplitter m_splitter; ///< remembers the last body's blocks: the preview re-renders per keystroke
};

} // namespace Wiredesk
