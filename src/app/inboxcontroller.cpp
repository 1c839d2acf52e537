#include "inboxcontroller.h"

#include "demosources.h"
#include "inboxpane.h"
#include "profile.h"
#include "sourcesdialog.h"
#include "wireinboxmodel.h"
#include "wireingestor.h"
#include "wirestore.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QProgressBar>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Wiredesk {

InboxController::InboxController(Profile *profile, InboxPane *pane, QStatusBar *statusBar, QWidget *window)
    : QObject(window)
    , m_profile(profile)
    , m_pane(pane)
    , m_statusBar(statusBar)
    , m_window(window)
{
    m_refresh = new QAction(tr("&Refresh Wires"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setEnabled(false);
    m_cancel = new QAction(tr("&Cancel Refresh"), this);
    m_cancel->setEnabled(false);
    m_sources = new QAction(tr("Wire &Sources…"), this);
    m_sources->setEnabled(false);
    connect(m_refresh, &QAction::triggered, this, &InboxController::refresh);
    connect(m_cancel, &QAction::triggered, this, &InboxController::cancel);
    connect(m_sources, &QAction::triggered, this, &InboxController::showSources);

    // The status bar owns these once they are added; without one, the window does.
    m_progress = new QProgressBar(window);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(true);
    m_progress->setAccessibleName(tr("Wire refresh progress"));
    m_progress->hide();
    m_cancelButton = new QToolButton(window);
    m_cancelButton->setDefaultAction(m_cancel);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->hide();
    m_errors = new QLabel(window);
    m_errors->setAccessibleName(tr("Wire refresh errors"));
    m_errors->hide();
    if (m_statusBar) {
        m_statusBar->addPermanentWidget(m_errors);
        m_statusBar->addPermanentWidget(m_progress);
        m_statusBar->addPermanentWidget(m_cancelButton);
    }

    // New items arrive source by source; the list re-reads at most a few times a second.
    m_modelRefresh = new QTimer(this);
    m_modelRefresh->setSingleShot(true);
    m_modelRefresh->setInterval(250);
    connect(m_modelRefresh, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->itemsIngested();
    });
}

InboxController::~InboxController()
{
    if (m_thread) {
        QMetaObject::invokeMethod(m_ingestor, &WireIngestor::stop, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
}

bool InboxController::open(QString *error)
{
    const QString path = m_profile->databasePath();
    m_store = std::make_unique<WireStore>();
    if (!m_store->open(path)) {
        *error = tr("The wire store %1 cannot be opened: %2").arg(path, m_store->errorString());
        return false;
    }
    QString demoError;
    if (DemoSources::addToEmptyStore(*m_store, m_profile->path(), &demoError) < 0 && m_statusBar)
        m_statusBar->showMessage(demoError, 10000);

    m_model = new WireInboxModel(path, this);
    m_pane->setModel(m_model);
    m_pane->search(m_pane->searchField()->text());
    reloadSavedSearches();
    connect(m_pane, &InboxPane::saveSearchRequested, this, [this](const QString &name, const QString &query) {
        SavedSearch s;
        s.name = name;
        s.query = query;
        m_store->addSavedSearch(s);
        reloadSavedSearches();
    });
    connect(m_pane, &InboxPane::savedSearchAlertToggled, this, [this](qint64 id, bool alert) {
        const QList<SavedSearch> all = m_store->savedSearches();
        for (SavedSearch s : all) {
            if (s.id == id) {
                s.alert = alert;
                m_store->updateSavedSearch(s);
            }
        }
        reloadSavedSearches();
    });
    connect(m_pane, &InboxPane::removeSavedSearchRequested, this, [this](qint64 id) {
        m_store->removeSavedSearch(id);
        reloadSavedSearches();
    });

    m_thread = new QThread(this);
    m_thread->setObjectName(u"wire-ingest"_s);
    m_ingestor = new WireIngestor(path);
    m_ingestor->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_ingestor, &QObject::deleteLater);
    connect(m_ingestor, &WireIngestor::progress, this, &InboxController::onProgress);
    connect(m_ingestor, &WireIngestor::sourceRefreshed, this, [this](const SourceRefresh &r) {
        if (r.added > 0 || r.updated > 0)
            m_modelRefresh->start();
    });
    connect(m_ingestor, &WireIngestor::refreshFinished, this, &InboxController::onRefreshFinished);
    m_thread->start();
    QMetaObject::invokeMethod(
        m_ingestor,
        [ingestor = m_ingestor] {
            ingestor->setAutoPolling(true);
            ingestor->start();
            ingestor->refresh();
        },
        Qt::QueuedConnection);
    m_refresh->setEnabled(true);
    m_sources->setEnabled(true);
    return true;
}

void InboxController::populateMenu(QMenu *menu)
{
    menu->addAction(m_refresh);
    menu->addAction(m_cancel);
    menu->addAction(m_sources);
    menu->addSeparator();
    menu->addAction(m_pane->tickerAction());
    menu->addSeparator();
    menu->addAction(m_pane->newDraftAction());
    menu->addAction(m_pane->citeAction());
    menu->addAction(m_pane->sideBySideAction());
}

void InboxController::refresh()
{
    if (!m_ingestor)
        return;
    m_errors->hide();
    QMetaObject::invokeMethod(
        m_ingestor, [ingestor = m_ingestor] { ingestor->refresh(); }, Qt::QueuedConnection);
}

void InboxController::cancel()
{
    if (m_ingestor)
        QMetaObject::invokeMethod(m_ingestor, &WireIngestor::cancel, Qt::QueuedConnection);
}

void InboxController::showSources()
{
    auto *dialog = new SourcesDialog(m_store.get(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SourcesDialog::sourcesChanged, this, [this] {
        QMetaObject::invokeMethod(m_ingestor, &WireIngestor::sourcesEdited, Qt::QueuedConnection);
        m_modelRefresh->start();
    });
    // The dialog shows last results; keep them current while it is open.
    connect(m_ingestor, &WireIngestor::sourceRefreshed, dialog, &SourcesDialog::reload);
    dialog->show();
}

void InboxController::onProgress(int done, int total, int added)
{
    const bool running = done < total;
    m_progress->setVisible(running);
    m_cancelButton->setVisible(running);
    m_cancel->setEnabled(running);
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1/%2 sources, %n new", nullptr, added).arg(done).arg(total));
}

void InboxController::onRefreshFinished(const RefreshSummary &summary)
{
    m_progress->hide();
    m_cancelButton->hide();
    m_cancel->setEnabled(false);
    if (!summary.errors.isEmpty()) {
        m_errors->setText(tr("⚠ %n source(s) failed", nullptr, int(summary.errors.size())));
        m_errors->setToolTip(summary.errors.join(u'\n'));
        m_errors->show();
    } else {
        m_errors->hide();
    }
    if (m_statusBar && summary.sourcesTotal > 0) {
        m_statusBar->showMessage(summary.cancelled
                ? tr("Wire refresh cancelled; %n new item(s).", nullptr, summary.added)
                : tr("Wires refreshed: %n new item(s).", nullptr, summary.added),
            5000);
    }
    if (summary.added > 0)
        m_modelRefresh->start();
    if (!summary.addedIds.isEmpty())
        checkAlerts(summary.addedIds);
    Q_EMIT refreshFinished(summary);
}

void InboxController::checkAlerts(const QList<qint64> &ids)
{
    bool anyAlert = false;
    for (const SavedSearch &s : m_store->savedSearches())
        anyAlert = anyAlert || s.alert;
    if (!anyAlert)
        return;
    // Matching runs a full-text query per alert: off the GUI thread, on a connection of its own.
    const QString path = m_profile->databasePath();
    QPointer<InboxController> self(this);
    QThreadPool::globalInstance()->start([self, path, ids] {
        WireStore store;
        QHash<qint64, QList<qint64>> matches;
        if (store.open(path))
            matches = store.alertsMatching(ids);
        QMetaObject::invokeMethod(qApp, [self, matches] {
            if (!self || matches.isEmpty())
                return;
            QStringList names;
            const QList<SavedSearch> searches = self->m_store->savedSearches();
            QSet<qint64> searchIds;
            for (auto it = matches.cbegin(); it != matches.cend(); ++it) {
                self->m_alertIds.insert(it.key());
                for (qint64 id : it.value())
                    searchIds.insert(id);
            }
            for (const SavedSearch &s : searches) {
                if (searchIds.contains(s.id))
                    names << s.name;
            }
            self->m_model->setAlertItems(self->m_alertIds);
            self->notify(
                tr("Wire alert"), tr("%n new item(s) match %1", nullptr, int(matches.size())).arg(names.join(u", "_s)));
            Q_EMIT self->alertsRaised(int(matches.size()));
        });
    });
}

void InboxController::notify(const QString &title, const QString &message)
{
    ++m_notifications;
    m_lastNotification = message;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon().isNull()
                    ? m_window->style()->standardIcon(QStyle::SP_MessageBoxInformation)
                    : QApplication::windowIcon(),
                this);
            m_tray->show();
        }
        m_tray->showMessage(title, message);
    } else if (m_statusBar) {
        m_statusBar->showMessage(title + u": "_s + message, 15000);
    }
}

void InboxController::reloadSavedSearches()
{
    m_pane->setSavedSearches(m_store->savedSearches());
}

} // namespace Wiredesk
