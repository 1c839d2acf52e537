#include "movenotescommand.h"

#include <QCoreApplication>

namespace Wiredesk {

MoveNotesCommand::MoveNotesCommand(std::function<ProvenanceStore *()> store, const QString &articleId,
    Annotation::TargetKind kind, const QString &fromId, const QString &toId, std::function<void()> moved,
    QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Wiredesk::MoveNotesCommand", "Move notes"), parent)
    , m_store(std::move(store))
    , m_articleId(articleId)
    , m_kind(kind)
    , m_fromId(fromId)
    , m_toId(toId)
    , m_moved(std::move(moved))
{ }

void MoveNotesCommand::redo()
{
    ProvenanceStore *store = m_store();
    if (!store)
        return;
    // The first time, everything on the duplicate moves and its ids are kept; afterwards
    // exactly those move again.
    const bool ok = m_first ? store->moveTarget(m_articleId, m_kind, m_fromId, m_toId, &m_records)
                            : store->moveRecords(m_articleId, m_kind, m_records, m_toId);
    m_first = false;
    finish(store, ok);
}

void MoveNotesCommand::undo()
{
    ProvenanceStore *store = m_store();
    if (!store)
        return;
    finish(store, store->moveRecords(m_articleId, m_kind, m_records, m_fromId));
}

void MoveNotesCommand::finish(ProvenanceStore *store, bool ok)
{
    m_ok = ok;
    m_error = ok ? QString() : store->errorString();
    if (m_moved)
        m_moved();
}

} // namespace Wiredesk
