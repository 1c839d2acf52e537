#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace Wiredesk {

/// Everything about the publication (not the article) that the published page needs, and
/// the knobs that differ between the live preview, "Export HTML…" and the CMS: where the
/// template comes from, how image sources become URLs and whether remote images may load.
/// Defaults give the exported page: http(s) images only and no remote loads allowed.
struct RenderOptions {
    /// Turns an image source as stored in the article (a local path, a file: URL or an
    /// http(s) URL) into the URL written into the page. An invalid or empty QUrl drops the
    /// image. Never returns javascript:, data: or other schemes unless the caller means it.
    using ImageUrlMapper = std::function<QUrl(const QString &source)>;

    QString publicationName = QStringLiteral("The Wiredesk Courier");
    /// Volume = full years since this date + 1 (Vol. I is the founding year), computed on
    /// the publication date in the publication's time zone.
    QDate founded = QDate(1998, 3, 2);
    /// A running issue counter kept by the profile; 0 means "use the day of the year" in
    /// the publication's time zone (a daily paper's No. 1 is January 1st).
    int issueNumber = 0;
    /// The publication's home zone (IANA id), used when the article names none.
    QString publicationTimeZone = QStringLiteral("UTC");
    /// The strip of world clocks under the masthead, IANA ids, shown in this order.
    QStringList worldClockZones = defaultWorldClockZones();
    /// Folders holding template overrides (page.html, style.css, print.css), searched in
    /// order before the built-in ":/templates/publication"; e.g. "<profile>/templates/publication".
    QStringList templateSearchPaths;
    /// Lets http(s) images load (the page's Content-Security-Policy allows them).
    bool allowRemoteImages = false;
    /// Reference marks after cited spans, linking to the closing sources list. Off for body
    /// HTML that goes somewhere without that list (a CMS post's content) and must come back
    /// unchanged.
    bool citationMarks = true;
    /// Maps image sources to URLs; empty means remoteImageUrl (http/https only).
    ImageUrlMapper imageUrl;
    /// Extra img-src entries for the Content-Security-Policy, e.g. "wiredesk-asset:".
    QStringList extraImageSources;
    /// Stands in for the publication time of an article not yet scheduled (the preview
    /// shows it "as if published now"). Invalid means the current time.
    QDateTime referenceTime;
    /// One line in the page footer (imprint, copyright holder); the year comes first.
    QString footerText;
    /// Renders empty header parts as hidden elements with their data-part so the preview
    /// always has an element to patch when a dek or lead image is added later.
    bool keepEmptyParts = false;

    static QStringList defaultWorldClockZones();
    /// The default mapper: http and https URLs pass, everything else is dropped.
    static QUrl remoteImageUrl(const QString &source);
    /// The scheme the preview serves local files through ("wiredesk-asset").
    static QString assetScheme();
    /// A mapper for the preview: http(s) pass; local paths and file: URLs inside
    /// @p assetRoot (the profile folder) become "wiredesk-asset://profile/<relative path>",
    /// which the preview's scheme handler serves; relative paths are taken relative to
    /// @p assetRoot. Paths outside it, or climbing out with "..", are dropped.
    static ImageUrlMapper assetUrlMapper(const QString &assetRoot = QString());
    /// The folder a profile keeps its template overrides and publication.json in:
    /// "<profile>/templates/publication".
    static QString profileTemplateFolder(const QString &profileFolder);
    /// Reads the publication's settings from a JSON file (by convention
    /// "<profile>/templates/publication/publication.json"):
    ///   {"name": "...", "founded": "1998-03-02", "issueNumber": 9120, "timeZone": "Europe/Zurich",
    ///    "worldClocks": ["America/New_York", ...], "footer": "..."}
    /// Missing keys keep their current value. Returns false with @p error set, changing
    /// nothing, when the file cannot be read or a value is invalid.
    bool loadPublicationSettings(const QString &path, QString *error);
    /// Options for the live preview: asset URLs for local images, kept empty parts.
    static RenderOptions forPreview(const QString &assetRoot = QString());
};

} // namespace Wiredesk
