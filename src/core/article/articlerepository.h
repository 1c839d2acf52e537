#pragma once

#include "article.h"
#include "draftsummary.h"

#include <QList>
#include <QString>

#include <optional>

namespace Wiredesk {

class Database;

/// Drafts in the profile database (table article_draft, JSON form per row).
///
/// Saving is one transaction: if the disk is full or the file read-only the save fails with
/// a sentence in errorString() and the previously saved version stays as it was. Deleting
/// moves a draft to the trash, from which it can be restored until purged. The caller
/// migrates the database with articleSchema() first.
class ArticleRepository final
{
public:
    explicit ArticleRepository(Database *database);
    Q_DISABLE_COPY_MOVE(ArticleRepository)

    enum class Listing { Drafts, Trash };

    /// Inserts or replaces the draft. @p status empty keeps the stored one ("draft" for new).
    bool save(const Article &article, const QString &status = {});
    std::optional<Article> load(const QString &id);
    bool contains(const QString &id);
    /// Newest first.
    QList<DraftSummary> list(Listing listing = Listing::Drafts);
    /// Drafts (not trashed) whose headline contains @p text, case-insensitively.
    QList<DraftSummary> search(const QString &text);
    /// Saves a copy under a new id and returns it.
    std::optional<Article> duplicate(const QString &id);
    bool moveToTrash(const QString &id);
    bool restoreFromTrash(const QString &id);
    /// Deletes the draft with its revisions and journal for good.
    bool purge(const QString &id);
    /// When the draft was last saved (ms since the epoch), 0 if never.
    qint64 savedAt(const QString &id);
    bool setSyncState(const QString &id, const QString &state);

    QString errorString() const { return m_error; }

private:
    QList<DraftSummary> query(const QString &where, const QVariantList &values);
    bool fail(const QString &message);

    Database *m_database;
    QString m_error;
};

} // namespace Wiredesk
