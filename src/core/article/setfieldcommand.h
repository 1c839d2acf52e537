#pragma once

#include "articledocument.h"

#include <QUndoCommand>

namespace Wiredesk {

/// Changes one metadata field. Typing in the same field within the document's merge
/// window merges into one undo step.
class SetFieldCommand final : public QUndoCommand
{
public:
    SetFieldCommand(ArticleDocument *document, ArticleDocument::Field field, const QVariant &value);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ArticleDocument *m_document;
    ArticleDocument::Field m_field;
    QVariant m_before;
    QVariant m_after;
    qint64 m_lastEdit;
};

} // namespace Wiredesk
