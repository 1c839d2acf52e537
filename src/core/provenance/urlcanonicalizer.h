#pragma once

#include <QString>

namespace Wiredesk {

/// Turns the many spellings of one web address into a single canonical string, so that two
/// sources pointing at the same post or page are recognised as duplicates.
///
/// Generic rules (RFC 3986 §6 plus newsroom practice): scheme and host in lower case (host in
/// its ASCII/punycode form), default ports, user info and fragments dropped; percent-encoding
/// normalised to one form (unreserved and harmless characters decoded, everything else
/// encoded as UTF-8 with upper-case hex, so "ü", "%c3%bc" and "%C3%BC" are the same);
/// "." and ".." segments resolved; trailing slashes removed; tracking parameters (utm_*,
/// fbclid, gclid, …) removed; mobile and AMP forms (m., mobile., amp. hosts, /amp/ segments,
/// ?amp, outputType=amp, Google AMP cache URLs) folded into the desktop page. The remaining
/// query parameters keep their order: servers may read them positionally or repeat a key, and
/// a reordered URL is not guaranteed to fetch the same page, while the canonical URL must stay
/// fetchable. The scheme is kept (http and https may serve different things), except on the
/// platforms below, which are always https.
///
/// Platform rules: X/Twitter (twitter.com, mobile.twitter.com, mirrors → x.com, user names in
/// lower case, /status/ID without /photo/1, /video/1 or query), Telegram (telegram.me → t.me,
/// /s/NAME/ID → /NAME/ID, channel names in lower case), Wikipedia (mobile hosts, title
/// normalisation, /w/index.php?title=X → /wiki/X), YouTube (youtu.be, shorts, embed, live →
/// https://www.youtube.com/watch?v=ID), Mastodon (/users/NAME/statuses/ID, /web/@NAME/ID,
/// @NAME@HOST → https://HOST/@name/ID), Facebook (m., mbasic., touch., web. hosts) and
/// Instagram (/USER/p/ID → /p/ID, /reels/ID → /reel/ID). See docs/provenance-format.md.
class UrlCanonicalizer final
{
public:
    /// The canonical form of @p url; empty when it is not an http(s) URL. A missing scheme is
    /// taken as https ("example.org/a" → "https://example.org/a").
    static QString canonicalize(const QString &url);

    /// Where @p url lives: "x", "telegram", "mastodon", "youtube", "wikipedia", "document"
    /// (a .pdf, .docx, … path), "official" (government and intergovernmental hosts), "wire"
    /// (news agencies) or "other". Social platforms win over "document", and "document" over
    /// "official": a PDF on a ministry's site is checked as a document.
    static QString platformOf(const QString &url);

    /// Whether the query parameter @p name only tracks the reader on @p host (lower case).
    static bool isTrackingParameter(const QString &name, const QString &host);

    /// The host of the canonical form without a leading "www.", for domain comparisons.
    static QString siteOf(const QString &url);
    /// True when @p host is @p domain or one of its subdomains (both lower case).
    static bool hostMatches(const QString &host, const QString &domain);
};

} // namespace Wiredesk
