#pragma once

#include "synccontroller.h"

#include <QDialog>

class QTextEdit;

namespace Wiredesk {

struct Article;

/// Resolves a sync conflict: the draft and the site's version both changed the same
/// block or field since the last push.
///
/// Each conflicting place is shown side by side — as last pushed (base), mine (local) and
/// theirs (the site's) — with Keep Mine, Take Theirs, or an editable merged text. Changes
/// that touch different places were merged already and are only counted. The dialog
/// decides nothing by itself: resolvedArticle() is the local draft with the automatic merge
/// and the user's choices applied, which the window puts into the editor as one undoable
/// change before the engine pushes it with the site's version as the new base. A block's
/// merged text is edited as rich text (BodyTextConverter, as in the editor), so links,
/// emphasis and citation marks of the side it starts from survive an edit.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Mine, Theirs, Edited };

    ConflictDialog(const SyncController::ConflictCase &conflict, QWidget *parent = nullptr);

    int conflictCount() const { return int(m_places.size()); }
    void chooseMine(int index);
    void chooseTheirs(int index);
    /// Replaces the merged text with plain @p text, in the block's own element.
    void setMergedText(int index, const QString &text);
    Choice choice(int index) const { return m_places.at(index).choice; }
    QString mergedText(int index) const;

    /// @p local with the merge and the choices applied.
    Article resolvedArticle(const Article &local) const;

    /// The block HTML for @p text typed as the merge of a block shaped like @p model.
    static QString blockFromText(const QString &blockId, const QString &model, const QString &text);

private:
    struct Place {
        MergeConflict conflict;
        Choice choice = Choice::Mine;
        QTextEdit *merged = nullptr;
        QString localHtml; ///< blocks: the sides as the merged editor writes them
        QString remoteHtml;
    };

    QString textOf(const Place &place, const QString &side) const;
    void setChoice(int index, Choice choice);
    void loadMerged(Place &place, const QString &html);
    /// A block's merged HTML under its own id; empty when the text was emptied (deleted).
    static QString editedHtml(const Place &place);
    void mergedChanged(int index);

    SyncController::ConflictCase m_case;
    QList<Place> m_places;
    bool m_updating = false;
};

} // namespace Wiredesk
