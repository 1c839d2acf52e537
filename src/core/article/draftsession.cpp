#include "draftsession.h"

#include "articledocument.h"

#include <QDateTime>

namespace Wiredesk {

DraftSession::DraftSession(Database *database, ArticleDocument *document, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_document(document)
    , m_repository(database)
    , m_revisions(database)
    , m_journal(database, document)
{
    m_revisions.setAutomaticInterval(m_revisionInterval);
    // The first edit of a session does not make a revision by itself: the saved version is
    // already one. The interval starts now.
    m_lastAutomatic = QDateTime::currentMSecsSinceEpoch();
    connect(document, &ArticleDocument::changed, this, &DraftSession::onChanged);
}

void DraftSession::setRevisionInterval(qint64 milliseconds)
{
    m_revisionInterval = milliseconds;
    m_revisions.setAutomaticInterval(milliseconds);
}

void DraftSession::onChanged()
{
    // Checked in memory first, so a keystroke costs no query.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastAutomatic < m_revisionInterval)
        return;
    m_lastAutomatic = now;
    m_revisions.addAutomatic(m_document->article());
}

bool DraftSession::save(const QString &status)
{
    m_error.clear();
    if (!m_repository.save(m_document->article(), status)) {
        m_error = m_repository.errorString();
        // Keep the journal: until a save succeeds it is the only copy of the changes.
        m_journal.flush();
        Q_EMIT saveFailed(m_error);
        return false;
    }
    m_document->markSaved();
    m_journal.compact();
    if (m_revisions.add(m_document->article(), RevisionStore::Save) == 0)
        m_error = m_revisions.errorString(); // saved all the same; the revision is a bonus
    Q_EMIT saved();
    return true;
}

qint64 DraftSession::saveRevision(const QString &label)
{
    const qint64 id = m_revisions.add(m_document->article(), RevisionStore::Manual, label);
    if (id == 0)
        m_error = m_revisions.errorString();
    return id;
}

void DraftSession::discardChanges()
{
    AutosaveJournal::discard(m_database, m_document->id());
}

bool DraftSession::close()
{
    const bool flushed = m_journal.flush();
    if (m_repository.contains(m_document->id()) || m_document->isModified())
        m_revisions.add(m_document->article(), RevisionStore::Close);
    if (!flushed)
        m_error = m_journal.errorString();
    return flushed;
}

} // namespace Wiredesk
