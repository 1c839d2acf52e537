#include "setbodycommand.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Wiredesk {

namespace {
// An edit is "typing" when the block sequence is unchanged and exactly one block's
// content differs: that is what consecutive keystrokes look like.
QString singleChangedBlock(const QList<BodyBlock> &before, const QList<BodyBlock> &after)
{
    if (before.size() != after.size())
        return {};
    QString changed;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before.at(i).id != after.at(i).id)
            return {};
        if (before.at(i).html != after.at(i).html) {
            if (!changed.isEmpty())
                return {};
            changed = after.at(i).id;
        }
    }
    return changed;
}
} // namespace

SetBodyCommand::SetBodyCommand(ArticleDocument *document, const QList<BodyBlock> &after)
    : QUndoCommand(QCoreApplication::translate("ArticleDocument", "Edit text"))
    , m_document(document)
    , m_before(document->blocks())
    , m_after(after)
    , m_typingBlock(singleChangedBlock(m_before, m_after))
    , m_lastEdit(QDateTime::currentMSecsSinceEpoch())
{ }

void SetBodyCommand::undo()
{
    m_document->applyBody(m_before);
}

void SetBodyCommand::redo()
{
    m_document->applyBody(m_after);
}

int SetBodyCommand::id() const
{
    return 0x57d2;
}

bool SetBodyCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetBodyCommand *>(other);
    if (m_typingBlock.isEmpty() || next->m_typingBlock != m_typingBlock || m_document->typingMergeWindow() <= 0
        || next->m_lastEdit - m_lastEdit > m_document->typingMergeWindow())
        return false;
    m_after = next->m_after;
    m_lastEdit = next->m_lastEdit;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace Wiredesk
