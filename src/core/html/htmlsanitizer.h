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
///
/// The output is written from the parse tree, never copied from the input: every tag has the
/// shape <name attr="value"...>, text and values are escaped, and elements are only written
/// where an HTML parser re-reading the output builds the same tree, so sanitizing twice
/// changes nothing. Schema decisions:
/// - Wire: h1 becomes h2 (the item's headline is the page's only h1), h2-h6 stay; div and
///   sectioning elements (section, article, header...) become attribute-less divs so block
///   boundaries survive; span is unwrapped; strike/del become s, ins becomes u, kbd/tt/samp
///   become code; links get rel="nofollow noopener noreferrer"; blocks keep dir=ltr|rtl|auto.
/// - Article: the editor's schema (p h2 h3 blockquote ul ol li a em strong br hr figure
///   figcaption img span[data-sources]); b/i become strong/em, h1 h2 and h3-h6 map to h2 and
///   h3; div-like containers, table cells and dt/dd become paragraphs when they hold no
///   blocks, everything else is unwrapped. Top-level blocks keep a valid data-block id.
/// - Blocks inside inline elements or paragraphs are unwrapped; li outside ul/ol, dt/dd
///   outside dl and table parts outside their table are unwrapped; empty inline elements,
///   links without a usable href and images without a usable src are dropped.
/// - Nesting deeper than 256 output elements is flattened (text kept).
/// sanitize() and plainText() keep no state between calls: safe to call from several threads.
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

    /// On by default: fragments SimpleHtmlFragment recognizes (plain paragraphs, inline
    /// formatting, links, lists) skip gumbo and go through the same Writer, with the same
    /// output. Off forces the gumbo path; the differential test and fuzzer compare the two.
    void setFastPathEnabled(bool enabled);

    /// Returns the sanitized fragment (no html/head/body wrapper), UTF-8 safe, well-formed.
    QString sanitize(QStringView html) const;
    /// sanitize(), and in @p plainText exactly what plainText() of the result gives, mostly
    /// without parsing the result again (the normalizer needs both for every wire item).
    QString sanitize(QStringView html, QString *plainText) const;

    /// Plain text of @p html for search and clustering: block boundaries become newlines,
    /// whitespace folded, entities decoded, no markup.
    static QString plainText(QStringView html);
    /// plainText() with this sanitizer's fast path setting (setFastPathEnabled()); the
    /// schema and base URL play no part.
    QString plainTextOf(QStringView html) const;

private:
    Schema m_schema;
    QUrl m_baseUrl;
    bool m_fastPath = true;
};

} // namespace Wiredesk
