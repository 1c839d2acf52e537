#pragma once

#include "articledocument.h"

#include <QUndoCommand>

namespace Wiredesk {

/// Changes the body. Before and after are kept as block lists (their strings are shared
/// with the document, so a keystroke in a long article costs one block, not the body).
/// Typing in the same single block within the merge window merges into one undo step.
class SetBodyCommand final : public QUndoCommand
{
public:
    SetBodyCommand(ArticleDocument *document, const QList<BodyBlock> &after);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    /// The one block this edit changed, or empty when it touched structure or several blocks.
    QString typingBlock() const { return m_typingBlock; }

private:
    ArticleDocument *m_document;
    QList<BodyBlock> m_before;
    QList<BodyBlock> m_after;
    QString m_typingBlock;
    qint64 m_lastEdit;
};

} // namespace Wiredesk
