#pragma once

#include "inboxrow.h"
#include "savedsearch.h"

#include <QList>
#include <QWidget>

class QAbstractItemModel;
class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSplitter;
class QTreeView;

namespace Wiredesk {

class WireInboxModel;
class WireItemView;

/// The wire inbox dock: saved searches on the left; the search box (the FTS5 query
/// language of SearchQueryParser, its notes shown under the box, the result count), the
/// list of wire items (WireInboxModel) and the item detail (WireItemView) on the right.
///
/// Keyboard: j/k next/previous, space pages down the detail and at its end marks the item
/// read and moves on, s stars, Enter opens. Items are read when opened. Items can be
/// dragged out (application/x-wiredesk-wire-items) or turned into a draft or a citation
/// through the signals; the window decides what that means.
class InboxPane final : public QWidget
{
    Q_OBJECT

public:
    explicit InboxPane(QWidget *parent = nullptr);

    /// Any model works for a bare list; a WireInboxModel brings search, detail and actions.
    void setModel(QAbstractItemModel *model);
    WireInboxModel *inboxModel() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    WireItemView *itemView() const { return m_detail; }
    QListWidget *savedSearchList() const { return m_saved; }
    /// The splitter of saved searches, results and the item (top to bottom).
    QSplitter *verticalSplitter() const { return m_vertical; }
    QLabel *countLabel() const { return m_count; }
    QLabel *notesLabel() const { return m_notes; }
    void setStatusText(const QString &text);

    void setSavedSearches(const QList<SavedSearch> &searches);
    void setTickerMode(bool on);
    bool tickerMode() const { return m_ticker; }

    InboxRow currentRow() const;
    QList<InboxRow> selectedRows() const;

    QAction *newDraftAction() const { return m_newDraft; }
    QAction *citeAction() const { return m_cite; }
    QAction *sideBySideAction() const { return m_sideBySide; }
    QAction *tickerAction() const { return m_tickerAction; }

public Q_SLOTS:
    void search(const QString &text);
    void nextItem();
    void previousItem();
    void toggleStar();
    void openCurrent();
    void pageDownOrMarkRead();
    void openSideBySide();

Q_SIGNALS:
    void searchRequested(const QString &query);
    void itemActivated(const QModelIndex &index);
    void newDraftRequested(const Wiredesk::InboxRow &row);
    void citeRequested(const QList<Wiredesk::InboxRow> &rows);
    void saveSearchRequested(const QString &name, const QString &query);
    void savedSearchAlertToggled(qint64 id, bool alert);
    void removeSavedSearchRequested(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void moveBy(int step);
    void showContextMenu(const QPoint &pos);
    void showHeaderMenu(const QPoint &pos);
    void fitSourceColumn();
    void onCurrentChanged(const QModelIndex &current);
    void updateCount();
    void fitSavedSearches();

    WireInboxModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_notes = nullptr;
    QTreeView *m_view = nullptr;
    WireItemView *m_detail = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_saved = nullptr;
    QWidget *m_savedHeader = nullptr;
    QSplitter *m_vertical = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_alertButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QAction *m_newDraft = nullptr;
    QAction *m_cite = nullptr;
    QAction *m_sideBySide = nullptr;
    QAction *m_tickerAction = nullptr;
    QList<SavedSearch> m_searches;
    qint64 m_openedId = 0;
    bool m_ticker = false;
    bool m_sourceWidthChosen = false; ///< the user resized the source column: no more fitting
    bool m_fittingSource = false;
    bool m_savedHeightChosen = false; ///< the user dragged the saved searches' splitter
};

} // namespace Wiredesk
