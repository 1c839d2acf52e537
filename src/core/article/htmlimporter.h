#pragma once

#include "article.h"
#include "cleanbody.h"

#include <QString>
#include <QStringView>
#include <QUrl>

namespace Wiredesk {

/// Brings outside HTML into an article: a saved web page or document ("Import HTML…") or
/// a paste from a browser or word processor.
///
/// Everything goes through HtmlSanitizer with the article schema (scripts, styles, event
/// handlers, script URLs and unknown tags never enter the document) and then BlockIds, so
/// the result is a canonical body whose blocks carry ids. A page's headline comes from its
/// first h1 or its title, its dek from the description meta tag, when the article has none.
class HtmlImporter final
{
public:
    /// Inputs above this size are refused with a clear error instead of being parsed.
    static constexpr qsizetype MaximumBytes = 32 * 1024 * 1024;

    /// Sanitized, block-id'd body HTML for @p html (a paste or a fragment). Relative links
    /// are resolved against @p baseUrl or dropped.
    static QString cleanBody(QStringView html, const QUrl &baseUrl = {});
    /// The same as blocks ready for ArticleDocument::setBody() / insertBlocks(). Thread-safe:
    /// run it off the GUI thread for big pastes (5 MB of HTML takes seconds).
    static CleanBody prepareBody(QStringView html, const QUrl &baseUrl = {});

    /// Fills @p article from a whole HTML page; existing headline and dek are kept.
    static bool importPage(QStringView html, Article *article, QString *error, const QUrl &baseUrl = {});
    /// Reads @p filePath (encoding from BOM, meta charset, else UTF-8) and imports it.
    static bool importFile(const QString &filePath, Article *article, QString *error);

private:
    static QList<BodyBlock> cleanBlocks(QStringView html, const QUrl &baseUrl);
};

} // namespace Wiredesk
