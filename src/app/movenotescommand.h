#pragma once

#include "annotation.h"
#include "provenancestore.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace Wiredesk {

/// The notes-and-checks half of merging two duplicate sources, as a step on the article's
/// undo stack: the article's own change (citations re-pointed, the duplicate removed) is
/// undone by ArticleDocument, and this moves the duplicate's notes and link checks back to
/// it — exactly those, so the kept source keeps its own thread. The store is reached through
/// @p store (it may be gone when the profile closes before the undo stack: then nothing
/// moves); @p moved is called after every move so the sidebar shows the threads as they are.
class MoveNotesCommand final : public QUndoCommand
{
public:
    MoveNotesCommand(std::function<ProvenanceStore *()> store, const QString &articleId, Annotation::TargetKind kind,
        const QString &fromId, const QString &toId, std::function<void()> moved, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    /// False when the first move failed; errorString() says why.
    bool succeeded() const { return m_ok; }
    QString errorString() const { return m_error; }

private:
    void finish(ProvenanceStore *store, bool ok);

    std::function<ProvenanceStore *()> m_store;
    QString m_articleId;
    Annotation::TargetKind m_kind;
    QString m_fromId;
    QString m_toId;
    std::function<void()> m_moved;
    ProvenanceStore::MovedRecords m_records;
    bool m_first = true;
    bool m_ok = true;
    QString m_error;
};

} // namespace Wiredesk
