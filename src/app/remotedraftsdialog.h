#pragma once

#include "remotepost.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Wiredesk {

class PublishingTarget;

/// Sync → Pull Remote Drafts…: the site's drafts and pending posts, newest change first, a
/// page at a time (the target's pagination: X-WP-Total / X-WP-TotalPages), optionally only
/// those modified after a given time.
///
/// "Open as Draft" hands the chosen post to the window (openRequested), which opens the
/// local draft it came from or creates one linked to it, so the next push updates that post.
class RemoteDraftsDialog final : public QDialog
{
    Q_OBJECT

public:
    RemoteDraftsDialog(PublishingTarget *target, const QString &targetName, QWidget *parent = nullptr);

    /// Loads page @p page (1-based) of the listing.
    void load(int page = 1);
    void setModifiedAfter(const QDateTime &time);

    QTreeWidget *list() const { return m_list; }
    int page() const { return m_page; }
    int totalPages() const { return m_totalPages; }
    int total() const { return m_total; }
    QList<RemotePost> posts() const { return m_posts; }
    /// Asks to open the selected post (or @p row).
    void openSelected(int row = -1);

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);
    void openRequested(const QString &targetName, const Wiredesk::RemotePost &post);

private:
    void setBusy(bool busy);

    QPointer<PublishingTarget> m_target;
    QString m_targetName;
    QCheckBox *m_onlyNewer = nullptr;
    QDateTimeEdit *m_since = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_open = nullptr;
    QList<RemotePost> m_posts;
    int m_page = 1;
    int m_totalPages = 0;
    int m_total = 0;
    int m_request = 0;
};

} // namespace Wiredesk
