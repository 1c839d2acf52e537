#pragma once

#include "outboxqueue.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Wiredesk {

class SyncController;

/// The Outbox dock: every outbox row (draft, target, state, attempts, next attempt, last
/// error) and the sync log (time, draft, event, message), both updated live from the
/// outbox's signals.
///
/// Retry Now sends a waiting or failed entry at once, Cancel takes a waiting one out of the
/// queue, and for a post deleted on the site Recreate creates it anew while Detach forgets
/// the link; a draft in conflict opens the conflict dialog with Resolve…. The log shows what the outbox wrote, which
/// never holds a secret.
class OutboxPane final : public QWidget
{
    Q_OBJECT

public:
    explicit OutboxPane(QWidget *parent = nullptr);

    /// The controller to show (not owned); fills both lists.
    void setController(SyncController *controller);
    /// How a draft id is shown (its headline); default: the id.
    void setDraftTitles(std::function<QString(const QString &draftId)> titleFor) { m_titleFor = std::move(titleFor); }

    QTreeWidget *queueList() const { return m_queue; }
    QTreeWidget *logList() const { return m_log; }
    /// Selects the queue row of @p draftId (and @p target, when given).
    bool selectEntry(const QString &draftId, const QString &target = {});

    void retrySelected();
    void cancelSelected();
    void recreateSelected();
    void detachSelected();

    /// Rebuilds the queue list from the outbox.
    void refreshQueue();
    /// Updates the one row of @p draftId and @p target (added, changed or removed): a drain
    /// of hundreds of drafts changes rows thousands of times.
    void refreshEntry(const QString &draftId, const QString &target);

Q_SIGNALS:
    void failed(const QString &message);
    /// The user asked to open the draft of a row (double click).
    void openRequested(const QString &draftId);
    /// Resolve… on a row in conflict.
    void resolveRequested(const QString &draftId, const QString &target);

private:
    void addLogRow(const OutboxLogEntry &entry, bool atTop);
    void fillRow(QTreeWidgetItem *item, const OutboxEntry &entry);
    void updateSummary();
    /// The draft's headline, loaded once and refreshed when its entry changes.
    QString titleOf(const QString &draftId, bool reload = false);
    void updateButtons();
    std::optional<OutboxEntry> selectedEntry() const;

    SyncController *m_controller = nullptr;
    std::function<QString(const QString &)> m_titleFor;
    QHash<QString, QString> m_titles;
    QTreeWidget *m_queue = nullptr;
    QTreeWidget *m_log = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_recreate = nullptr;
    QPushButton *m_detach = nullptr;
    QPushButton *m_resolve = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Wiredesk
