#pragma once

#include "migration.h"

class QSqlError;

namespace Wiredesk {

/// The "article" module's tables in the profile database: drafts (article_draft), their
/// revisions (article_revision) and the autosave journal (article_journal). Apply with
/// Database::migrate(articleSchema()) before using ArticleRepository, RevisionStore or
/// AutosaveJournal.
Schema articleSchema();

/// Turns a failed statement's error into a sentence for the user; a full disk is named.
QString describeStoreError(const QSqlError &error);

} // namespace Wiredesk
