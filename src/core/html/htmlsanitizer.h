#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUrl>

namespace Wiredesk {

/// Turns untrusted HTML (wire items, pasted web pages, imported documents) into HTML of a
/// small allow-listed schema, using a real HTML5 parser (gumbo). Everything not allowed is
/// dropped: scripts, styles, event handlers, iframes, forms, unknown tags and attributes,
/// and any URL whose scheme is not http, https or mailto (javascript:, data:, vbscript:,
/// file: ...). Text content of dropped formatting elements is kept; content of dangerous
/// elements (script, style, template, ...) is not.
class HtmlSanitizer final
{
public:
    enum class Schema {
        Wire,    ///< wire item bodies: text structure, links, images
        Article, ///< article bodies: the editor's schema, keeps data-block ids and citation marks
    };

    explicit HtmlSanitizer(Schema schema = Schema::Wire);

    /// Relative links and image sources are resolved against this URL (a feed's xml:base or
    /// the item link); without one they are dropped.
    void setBaseUrl(const QUrl &baseUrl);

    /// Returns the sanitized fragment (no html/head/body wrapper), UTF-8 safe, well-formed.
    QString sanitize(QStringView html) const;

    /// Plain text of @p html for search and clustering: block boundaries become newlines,
    /// whitespace folded, entities decoded, no markup.
    static QString plainText(QStringView html);

private:
    Schema m_schema;
    QUrl m_baseUrl;
};

} // namespace Wiredesk
