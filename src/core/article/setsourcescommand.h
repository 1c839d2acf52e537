#pragma once

#include "articledocument.h"

#include <QUndoCommand>

namespace Wiredesk {

/// Adds, removes or edits sources: stores the list before and after, which keeps undo
/// exact (including a source's position) whatever the change was.
class SetSourcesCommand final : public QUndoCommand
{
public:
    SetSourcesCommand(ArticleDocument *document, const QList<ArticleSource> &after, const QString &text);

    void undo() override;
    void redo() override;

private:
    ArticleDocument *m_document;
    QList<ArticleSource> m_before;
    QList<ArticleSource> m_after;
};

} // namespace Wiredesk
