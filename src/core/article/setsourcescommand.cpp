#include "setsourcescommand.h"

namespace Wiredesk {

SetSourcesCommand::SetSourcesCommand(ArticleDocument *document, const QList<ArticleSource> &after, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document->article().sources)
    , m_after(after)
{ }

void SetSourcesCommand::undo()
{
    m_document->applySources(m_before);
}

void SetSourcesCommand::redo()
{
    m_document->applySources(m_after);
}

} // namespace Wiredesk
