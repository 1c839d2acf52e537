#pragma once

#include <QHash>
#include <QIcon>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QToolButton;

namespace Wiredesk {

class ArticleRepository;

/// The drafts list, a dock tabbed with the wire inbox: drafts newest first with headline
/// and time modified, a headline search, New, Duplicate, Delete (to the trash) and a trash
/// view with Restore, and a Sync column with each draft's publishing state (queued, sent,
/// retry at …, conflict …) that the window keeps current. Opening an entry asks the window to
/// load it in the editor.
class DraftsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit DraftsPane(QWidget *parent = nullptr);

    /// The store to list (not owned); refreshes.
    void setRepository(ArticleRepository *repository);
    /// Reloads the list, keeping the selection.
    void refresh();
    /// Marks the draft open in the editor.
    void setCurrentDraft(const QString &id);

    /// Shows @p text with @p icon in the Sync column of draft @p id (empty text: nothing);
    /// the row changes in place, the list is not rebuilt.
    void setSyncState(const QString &id, const QString &text, const QIcon &icon = {}, const QString &toolTip = {});
    /// Forgets every sync state (a different target became current).
    void clearSyncStates();
    QString syncStateText(const QString &id) const { return m_syncStates.value(id).text; }

    void setShowTrash(bool trash);
    bool showsTrash() const { return m_trash; }

    QLineEdit *searchField() const { return m_search; }
    QTreeWidget *list() const { return m_list; }
    QString selectedId() const;
    /// Ids in the order shown.
    QStringList shownIds() const;

    /// Actions the window also offers in its menu.
    void duplicateSelected();
    void trashSelected();
    void restoreSelected();

Q_SIGNALS:
    void openRequested(const QString &id);
    void newRequested();
    /// A draft went to the trash (the window closes it if it was open).
    void trashed(const QString &id);
    void failed(const QString &message);

private:
    struct SyncBadge {
        QString text;
        QIcon icon;
        QString toolTip;
    };

    void updateButtons();
    void applySyncState(QTreeWidgetItem *item) const;

    ArticleRepository *m_repository = nullptr;
    QString m_current;
    bool m_trash = false;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_restore = nullptr;
    QToolButton *m_trashToggle = nullptr;
    QHash<QString, SyncBadge> m_syncStates;
};

} // namespace Wiredesk
