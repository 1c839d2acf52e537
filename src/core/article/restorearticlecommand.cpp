#include "restorearticlecommand.h"

namespace Wiredesk {

RestoreArticleCommand::RestoreArticleCommand(ArticleDocument *document, const Article &after, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document->article())
    , m_after(after)
{
    // The document stays the same document: only its content comes from the revision.
    m_after.id = m_before.id;
    m_after.created = m_before.created;
}

void RestoreArticleCommand::undo()
{
    m_document->applyArticle(m_before);
}

void RestoreArticleCommand::redo()
{
    m_document->applyArticle(m_after);
}

} // namespace Wiredesk
