#pragma once

#include "article.h"

#include <QString>
#include <QStringView>

namespace Wiredesk {

/// Markdown in and out of the article schema.
///
/// Import runs md4c (raw HTML in the Markdown is shown as text, never interpreted), turns
/// a paragraph holding only an image — optionally followed by an emphasised credit line —
/// into a figure, then sends the HTML through the sanitizer and BlockIds. A front matter
/// block between "---" lines sets headline, dek, byline(s), tags, section, dateline, slug
/// and language; without one, a leading "# Title" becomes the headline.
///
/// Export writes that front matter and the body: ## and ### subheadings, > quotes, - and 1.
/// lists, [links](url "title"), *emphasis*, **strong**, * * * rules, and figures as
/// ![alt](src "caption") followed by the credit in emphasis on the next line. Citation marks
/// and block ids have no Markdown form and are not exported.
///
/// Body figures keep caption and credit in one figcaption separated by <br>, the only
/// structure the article schema allows there.
class MarkdownConverter final
{
public:
    static bool fromMarkdown(QStringView markdown, Article *article, QString *error);
    static QString toMarkdown(const Article &article);
    /// Just the body: Markdown to sanitized block-id'd HTML.
    static QString bodyFromMarkdown(QStringView markdown);
    static QString bodyToMarkdown(QStringView bodyHtml);
};

} // namespace Wiredesk
