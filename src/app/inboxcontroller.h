#pragma once

#include "refreshsummary.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QStatusBar;
class QSystemTrayIcon;
class QThread;
class QTimer;
class QToolButton;
class QWidget;

namespace Wiredesk {

class InboxPane;
class Profile;
class WireInboxModel;
class WireIngestor;
class WireStore;

/// Connects the wire inbox of one profile: the store (Profile::databasePath()), the demo
/// sources on the first open of a demo profile, the WireIngestor on its own thread with
/// automatic polling, the WireInboxModel behind the InboxPane, saved searches and keyword
/// alerts (highlight plus at most one desktop notification per refresh), the Wire menu's
/// actions and the refresh progress with cancel in the status bar. It keeps MainWindow's
/// part of the inbox to a few lines.
class InboxController final : public QObject
{
    Q_OBJECT

public:
    InboxController(Profile *profile, InboxPane *pane, QStatusBar *statusBar, QWidget *window);
    ~InboxController() override;

    /// Opens the store and starts ingesting; false with @p error when the store cannot open.
    bool open(QString *error);
    /// Adds Refresh (F5), Cancel, Sources…, Ticker Mode and the item actions to @p menu.
    void populateMenu(QMenu *menu);

    WireInboxModel *model() const { return m_model; }
    WireStore *store() const { return m_store.get(); }
    QAction *refreshAction() const { return m_refresh; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *sourcesAction() const { return m_sources; }
    /// Notifications raised so far (one per refresh at most); for tests.
    int notificationCount() const { return m_notifications; }
    QString lastNotification() const { return m_lastNotification; }

public Q_SLOTS:
    void refresh();
    void cancel();
    void showSources();

Q_SIGNALS:
    void refreshFinished(const Wiredesk::RefreshSummary &summary);
    void alertsRaised(int items);

private:
    void onProgress(int done, int total, int added);
    void onRefreshFinished(const RefreshSummary &summary);
    void checkAlerts(const QList<qint64> &ids);
    void notify(const QString &title, const QString &message);
    void reloadSavedSearches();

    Profile *m_profile;
    InboxPane *m_pane;
    QStatusBar *m_statusBar;
    QWidget *m_window;
    std::unique_ptr<WireStore> m_store; ///< GUI thread: source list and saved searches only
    WireInboxModel *m_model = nullptr;
    QThread *m_thread = nullptr;
    WireIngestor *m_ingestor = nullptr;
    QTimer *m_modelRefresh = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_sources = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QLabel *m_errors = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QSet<qint64> m_alertIds;
    int m_notifications = 0;
    QString m_lastNotification;
};

} // namespace Wiredesk
