#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Wiredesk {

/// A post as a publishing target holds it, in the fields Wiredesk exchanges with every CMS.
///
/// version is the target's collision token (WordPress modified_gmt, Ghost updated_at);
/// contentHash is computed by Wiredesk over the exchanged fields, so a change inside the
/// token's one-second resolution is still noticed.
struct RemotePost {
    QString remoteId;
    QString version;
    QString contentHash;
    QString title;
    QString excerpt;
    QString slug;
    QString status;
    QString bodyHtml; ///< top-level blocks carrying data-block ids
    QStringList categories;
    QStringList tags;
    QString draftId;        ///< the Wiredesk draft it was published from (post meta)
    QString provenanceJson; ///< the article's sources as JSON (post meta)
    QString link;
    qint64 featuredMediaId = 0;
    QDateTime modified; ///< UTC

    /// The hash of the exchanged fields (title, excerpt, slug, body, categories, tags).
    static QString hashOf(const QString &title, const QString &excerpt, const QString &slug, const QString &bodyHtml,
        const QStringList &categories, const QStringList &tags);
    QString computeHash() const { return hashOf(title, excerpt, slug, bodyHtml, categories, tags); }
};

} // namespace Wiredesk
