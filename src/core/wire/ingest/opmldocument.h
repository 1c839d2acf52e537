#pragma once

#include "wiresource.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Wiredesk {

/// OPML 2.0 import and export of feed sources, the format every feed reader exchanges.
///
/// Export writes one outline per source (type "rss", text/title, xmlUrl, category = the
/// credibility label) plus Wiredesk's own attributes in the wiredesk namespace (label,
/// type, poll interval, enabled) so a round trip keeps everything the desk set. Import is
/// tolerant of real-world files: nested folder outlines, missing or odd `type`, `text`
/// without `title` (or neither), categories as comma lists or "/paths", duplicate URLs and
/// names. Drop folders and local files are not feeds and are not exported.
class OpmlDocument final
{
public:
    static constexpr const char *WiredeskNamespace = "https://wiredesk.example.org/ns/opml/1";

    /// The feed sources in @p opml; empty with @p error when it is not OPML at all.
    /// Recoverable oddities (an outline without xmlUrl that is not a folder, duplicates)
    /// are listed in @p warnings.
    static QList<WireSource> read(const QByteArray &opml, QString *error, QStringList *warnings = nullptr);
    /// An OPML 2.0 document of the URL sources among @p sources.
    static QByteArray write(const QList<WireSource> &sources, const QString &title);
};

} // namespace Wiredesk
