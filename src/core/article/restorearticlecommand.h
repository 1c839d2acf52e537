#pragma once

#include "articledocument.h"

#include <QUndoCommand>

namespace Wiredesk {

/// Replaces the whole content (a restored revision, a recovered draft) as one undo step.
class RestoreArticleCommand final : public QUndoCommand
{
public:
    RestoreArticleCommand(ArticleDocument *document, const Article &after, const QString &text);

    void undo() override;
    void redo() override;

private:
    ArticleDocument *m_document;
    Article m_before;
    Article m_after;
};

} // namespace Wiredesk
