#pragma once

#include <QDateTime>
#include <QString>

namespace Wiredesk {

/// A wire the desk watches, with what the fetcher needs to poll it politely.
///
/// The credibility label is the desk's own judgement ("agency", "official", "outlet",
/// "social-unverified", "state-affiliated" or any custom word) and is shown beside every
/// item of the source. ETag and Last-Modified are kept byte for byte as the server sent
/// them, because servers compare them literally.
struct WireSource {
    qint64 id = 0;
    QString name;                          ///< unique, what `source:` searches for
    QString type = QStringLiteral("feed"); ///< "feed", "dropfolder", "ninjs", "telegram"
    QString location;                      ///< URL, or folder/file path for drop folders
    int pollSeconds = 300;
    bool enabled = true;
    QString label;          ///< credibility label
    int retentionDays = 0;  ///< 0 keeps items forever
    int retentionCount = 0; ///< 0 keeps any number
    QString etag;           ///< exactly as received
    QString lastModified;   ///< exactly as received
    QString lastResult;     ///< e.g. "200, 37 new", "304 not modified"
    QString lastError;      ///< empty after a success
    QDateTime lastAttempt;  ///< UTC
    QDateTime nextAttempt;  ///< UTC; invalid means "as soon as possible"
    int consecutiveFailures = 0;

    static WireSource named(const QString &name, const QString &label = {}, const QString &location = {})
    {
        WireSource s;
        s.name = name;
        s.label = label;
        s.location = location;
        return s;
    }
};

} // namespace Wiredesk
