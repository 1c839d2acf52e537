#pragma once

#include "articlerepository.h"
#include "autosavejournal.h"
#include "revisionstore.h"

#include <QObject>

namespace Wiredesk {

class ArticleDocument;
class Database;

/// One open draft tied to the profile's store: the place where saving, closing, the
/// autosave journal and revisions meet, so the editor does not have to orchestrate them.
///
/// save() writes the draft, marks the document clean, compacts its journal and keeps a
/// "save" revision; a failed save (full disk, read-only file) reports why and changes
/// nothing: the document stays modified and its journal keeps every change. While the
/// user types, an "auto" revision is kept at most once per revision interval; close()
/// writes pending journal entries and keeps a "close" revision.
class DraftSession final : public QObject
{
    Q_OBJECT

public:
    /// @p database must be migrated with articleSchema(); both must outlive the session.
    DraftSession(Database *database, ArticleDocument *document, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DraftSession)

    ArticleDocument *document() const { return m_document; }
    AutosaveJournal *journal() { return &m_journal; }
    RevisionStore *revisions() { return &m_revisions; }
    ArticleRepository *repository() { return &m_repository; }

    /// Interval between automatic revisions (default ten minutes).
    void setRevisionInterval(qint64 milliseconds);

    bool save(const QString &status = {});
    /// A revision the user asked for, with a name ("Before legal read").
    qint64 saveRevision(const QString &label);
    /// The user closes the draft without saving and does not want the changes back.
    void discardChanges();
    /// Writes what is pending and keeps a "close" revision.
    bool close();

    QString errorString() const { return m_error; }

Q_SIGNALS:
    void saved();
    void saveFailed(const QString &message);

private:
    void onChanged();

    Database *m_database;
    ArticleDocument *m_document;
    ArticleRepository m_repository;
    RevisionStore m_revisions;
    AutosaveJournal m_journal;
    qint64 m_revisionInterval = 10 * 60 * 1000;
    qint64 m_lastAutomatic = 0;
    QString m_error;
};

} // namespace Wiredesk
