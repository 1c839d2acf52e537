#include "articleschema.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Wiredesk {

Schema articleSchema()
{
    Schema schema {u"article"_s, {}};
    schema.migrations << Migration {1,
        {
            // saved_at (ms since the epoch) is what recovery compares journal entries with;
            // headline_key is the case-folded headline for search; sync_state belongs to the
            // sync module ('' until it claims the draft).
            u"CREATE TABLE article_draft ("
            u" id TEXT PRIMARY KEY,"
            u" headline TEXT NOT NULL DEFAULT '',"
            u" headline_key TEXT NOT NULL DEFAULT '',"
            u" status TEXT NOT NULL DEFAULT 'draft',"
            u" created TEXT NOT NULL,"
            u" modified TEXT NOT NULL,"
            u" saved_at INTEGER NOT NULL,"
            u" word_count INTEGER NOT NULL DEFAULT 0,"
            u" json TEXT NOT NULL,"
            u" trashed_at TEXT,"
            u" sync_state TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX article_draft_listing ON article_draft(trashed_at, modified)"_s,
            u"CREATE TABLE article_revision ("
            u" id INTEGER PRIMARY KEY AUTOINCREMENT,"
            u" article_id TEXT NOT NULL,"
            u" created INTEGER NOT NULL,"
            u" kind TEXT NOT NULL,"
            u" label TEXT NOT NULL DEFAULT '',"
            u" headline TEXT NOT NULL DEFAULT '',"
            u" word_count INTEGER NOT NULL DEFAULT 0,"
            u" json TEXT NOT NULL)"_s,
            u"CREATE INDEX article_revision_article ON article_revision(article_id, created)"_s,
            u"CREATE TABLE article_journal ("
            u" id INTEGER PRIMARY KEY AUTOINCREMENT,"
            u" article_id TEXT NOT NULL,"
            u" written INTEGER NOT NULL,"
            u" kind TEXT NOT NULL CHECK (kind IN ('full', 'delta')),"
            u" payload TEXT NOT NULL)"_s,
            u"CREATE INDEX article_journal_article ON article_journal(article_id, id)"_s,
        }};
    return schema;
}

QString describeStoreError(const QSqlError &error)
{
    // SQLITE_FULL (13) and SQLITE_IOERR (10) / SQLITE_READONLY (8) deserve plain words.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case 13:
        return QCoreApplication::translate("ArticleStore",
            "The disk is full (or the profile reached its size limit). Free some "
            "space and save again; nothing already saved was changed.");
    case 8:
        return QCoreApplication::translate("ArticleStore",
            "The profile database is read-only. Check the folder's permissions; "
            "nothing already saved was changed.");
    case 10:
        return QCoreApplication::translate("ArticleStore", "The disk reported an error while saving (%1).")
            .arg(error.databaseText());
    default:
        return error.text();
    }
}

} // namespace Wiredesk
