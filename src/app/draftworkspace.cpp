#include "draftworkspace.h"

#include "articledocument.h"
#include "articleeditor.h"
#include "articlerepository.h"
#include "articleschema.h"
#include "autosavejournal.h"
#include "database.h"
#include "draftsession.h"

namespace Wiredesk {

DraftWorkspace::DraftWorkspace(QObject *parent)
    : QObject(parent)
{ }

DraftWorkspace::~DraftWorkspace()
{
    close();
}

bool DraftWorkspace::open(const QString &databasePath, QString *error)
{
    m_database = std::make_unique<Database>();
    if (!m_database->open(databasePath) || !m_database->migrate(articleSchema())) {
        *error = m_database->errorString();
        m_database.reset();
        return false;
    }
    m_repository = std::make_unique<ArticleRepository>(m_database.get());
    return true;
}

std::optional<DraftWorkspace::Recovery> DraftWorkspace::recover(QString *error)
{
    if (!m_database)
        return std::nullopt;
    const QList<RecoveredDraft> recovered = AutosaveJournal::recover(m_database.get(), error);
    if (recovered.isEmpty())
        return std::nullopt;
    const RecoveredDraft &draft = recovered.first();
    show(std::make_unique<ArticleDocument>(draft.article));
    QString why;
    if (!save(&why) && error)
        *error = why;
    return Recovery {draft.article.id, draft.article.headline, draft.journaled};
}

bool DraftWorkspace::openDraft(const QString &id, QString *error)
{
    if (m_document && m_document->id() == id)
        return true;
    if (!m_repository) {
        *error = tr("The drafts store is not open.");
        return false;
    }
    const std::optional<Article> article = m_repository->load(id);
    if (!article) {
        *error = m_repository->errorString();
        return false;
    }
    show(std::make_unique<ArticleDocument>(*article));
    return true;
}

bool DraftWorkspace::openNew(const Article &article, QString *error)
{
    show(std::make_unique<ArticleDocument>(article));
    return !m_session || save(error); // listed at once, so it can be found again
}

bool DraftWorkspace::save(QString *error)
{
    if (!m_session)
        return false;
    if (!m_session->save()) {
        *error = m_session->errorString();
        return false;
    }
    return true;
}

void DraftWorkspace::close()
{
    if (m_session) {
        if (m_document && m_document->isModified())
            m_session->save();
        m_session->close();
        m_session.reset();
    }
}

void DraftWorkspace::discard()
{
    if (m_session) {
        m_session->discardChanges();
        m_session.reset();
    }
}

void DraftWorkspace::show(std::unique_ptr<ArticleDocument> document)
{
    close();
    if (m_editor)
        m_editor->setDocument(document.get());
    Q_EMIT documentReplaced(document.get()); // views let go of the old document now
    m_document = std::move(document);
    if (m_database)
        m_session = std::make_unique<DraftSession>(m_database.get(), m_document.get());
}

QString DraftWorkspace::currentId() const
{
    return m_document ? m_document->id() : QString();
}

Article DraftWorkspace::article() const
{
    return m_document ? m_document->article() : Article {};
}

QString DraftWorkspace::language() const
{
    return m_document ? m_document->article().language : QStringLiteral("en");
}

int DraftWorkspace::wordCount() const
{
    return m_document ? m_document->wordCount() : 0;
}

int DraftWorkspace::characterCount() const
{
    return m_document ? m_document->characterCount() : 0;
}

int DraftWorkspace::readingTimeMinutes() const
{
    return m_document ? m_document->readingTimeMinutes() : 0;
}

} // namespace Wiredesk
