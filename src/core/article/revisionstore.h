#pragma once

#include "article.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Wiredesk {

class ArticleDocument;
class Database;

/// One stored revision, without its content.
struct RevisionInfo {
    qint64 id = 0;
    QString articleId;
    QDateTime created; ///< UTC
    QString kind;      ///< auto, save, close, manual
    QString label;     ///< the user's name for a manual revision
    QString headline;
    int wordCount = 0;
};

/// Timestamped revisions of drafts (table article_revision), so that any two can be
/// compared with RevisionDiff and an old one restored.
///
/// While someone types, addAutomatic() keeps at most one revision per interval (default
/// ten minutes); saving and closing add one each, and the user can add a named one. A
/// revision identical in content to the article's latest one is not stored again.
class RevisionStore final
{
public:
    static inline const QString Auto = QStringLiteral("auto");
    static inline const QString Save = QStringLiteral("save");
    static inline const QString Close = QStringLiteral("close");
    static inline const QString Manual = QStringLiteral("manual");

    explicit RevisionStore(Database *database);
    Q_DISABLE_COPY_MOVE(RevisionStore)

    void setAutomaticInterval(qint64 milliseconds) { m_interval = milliseconds; }

    /// Stores a revision; returns its id, the latest revision's id when the content is
    /// unchanged, or 0 on failure (see errorString()).
    qint64 add(const Article &article, const QString &kind, const QString &label = {});
    /// Stores an "auto" revision unless one younger than the interval exists; returns its
    /// id, or 0 when skipped or failed.
    qint64 addAutomatic(const Article &article, const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// Newest first.
    QList<RevisionInfo> list(const QString &articleId);
    std::optional<Article> load(qint64 revisionId);
    /// Makes the revision the document's content as one undoable change.
    bool restore(qint64 revisionId, ArticleDocument *document);

    QString errorString() const { return m_error; }

private:
    qint64 insert(const Article &article, const QString &kind, const QString &label, const QDateTime &when);

    Database *m_database;
    qint64 m_interval = 10 * 60 * 1000;
    QString m_error;
};

} // namespace Wiredesk
