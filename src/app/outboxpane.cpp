#include "outboxpane.h"

#include "synccontroller.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

constexpr int MaximumLogRows = 500;
constexpr int DraftRole = Qt::UserRole;
constexpr int TargetRole = Qt::UserRole + 1;

QTreeWidget *makeList(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setColumnCount(int(headers.size()));
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setAccessibleName(name);
    list->header()->setStretchLastSection(true);
    return list;
}

} // namespace

OutboxPane::OutboxPane(QWidget *parent)
    : QWidget(parent)
    , m_titleFor([](const QString &id) { return id; })
{
    setAccessibleName(tr("Outbox"));
    m_queue = makeList(
        {tr("Draft"), tr("Target"), tr("State"), tr("Attempts"), tr("Last error")}, tr("Outbox queue"), this);
    m_log = makeList({tr("Time"), tr("Draft"), tr("Event"), tr("Message")}, tr("Sync log"), this);
    m_queue->setColumnWidth(0, 240);
    for (int column : {1, 2, 3})
        m_queue->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_log->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_log->setColumnWidth(1, 240);
    m_log->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_summary = new QLabel(this);
    m_retry = new QPushButton(tr("Retry &Now"), this);
    m_retry->setToolTip(tr("Send this draft now instead of waiting for the next attempt"));
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setToolTip(tr("Take the waiting push out of the outbox; the draft stays as it is"));
    m_recreate = new QPushButton(tr("&Recreate"), this);
    m_recreate->setToolTip(tr("The post was deleted on the site: create it again"));
    m_detach = new QPushButton(tr("De&tach"), this);
    m_detach->setToolTip(tr("The post was deleted on the site: keep the draft here only"));
    m_resolve = new QPushButton(tr("Re&solve…"), this);
    m_resolve->setToolTip(tr("Compare your version with the site's and decide"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    for (QPushButton *button : {m_resolve, m_retry, m_cancel, m_recreate, m_detach})
        buttons->addWidget(button);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_queue, 1);
    topLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_log);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_retry, &QPushButton::clicked, this, &OutboxPane::retrySelected);
    connect(m_cancel, &QPushButton::clicked, this, &OutboxPane::cancelSelected);
    connect(m_recreate, &QPushButton::clicked, this, &OutboxPane::recreateSelected);
    connect(m_detach, &QPushButton::clicked, this, &OutboxPane::detachSelected);
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        if (const auto entry = selectedEntry())
            Q_EMIT resolveRequested(entry->draftId, entry->target);
    });
    connect(m_queue, &QTreeWidget::itemSelectionChanged, this, &OutboxPane::updateButtons);
    connect(m_queue, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { Q_EMIT openRequested(item->data(0, DraftRole).toString()); });
    updateButtons();
}

void OutboxPane::setController(SyncController *controller)
{
    m_controller = controller;
    m_log->clear();
    if (!controller || !controller->outbox())
        return;
    connect(controller, &SyncController::entryChanged, this, &OutboxPane::refreshEntry);
    connect(controller, &SyncController::logged, this, [this](const OutboxLogEntry &entry) { addLogRow(entry, true); });
    const QList<OutboxLogEntry> entries = controller->outbox()->logEntries(MaximumLogRows);
    for (const OutboxLogEntry &entry : entries)
        addLogRow(entry, false); // newest first already
    refreshQueue();
}

void OutboxPane::addLogRow(const OutboxLogEntry &entry, bool atTop)
{
    auto *item = new QTreeWidgetItem;
    item->setText(0, QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat));
    item->setToolTip(0, entry.at.toLocalTime().toString(Qt::ISODateWithMs));
    item->setText(1, titleOf(entry.draftId));
    item->setText(2, entry.event);
    item->setText(3, entry.message);
    item->setToolTip(3, entry.message);
    item->setData(0, DraftRole, entry.draftId);
    if (atTop)
        m_log->insertTopLevelItem(0, item);
    else
        m_log->addTopLevelItem(item);
    while (m_log->topLevelItemCount() > MaximumLogRows)
        delete m_log->takeTopLevelItem(m_log->topLevelItemCount() - 1);
}

QString OutboxPane::titleOf(const QString &draftId, bool reload)
{
    auto found = m_titles.find(draftId);
    if (found == m_titles.end() || reload)
        found = m_titles.insert(draftId, m_titleFor(draftId));
    return found.value();
}

void OutboxPane::fillRow(QTreeWidgetItem *item, const OutboxEntry &entry)
{
    item->setText(0, titleOf(entry.draftId));
    item->setText(1, entry.target);
    item->setText(2, SyncController::stateText(entry));
    item->setText(3, QString::number(entry.attempts));
    item->setText(4, entry.lastError);
    item->setToolTip(4, entry.lastError);
    item->setData(0, DraftRole, entry.draftId);
    item->setData(0, TargetRole, entry.target);
}

void OutboxPane::updateSummary()
{
    m_summary->setText(tr("%n waiting", nullptr, m_controller ? m_controller->pendingCount() : 0));
    updateButtons();
}

void OutboxPane::refreshQueue()
{
    if (!m_controller || !m_controller->outbox())
        return;
    const std::optional<OutboxEntry> selected = selectedEntry();
    m_queue->clear();
    const QList<OutboxEntry> entries = m_controller->outbox()->entries();
    for (const OutboxEntry &entry : entries) {
        auto *item = new QTreeWidgetItem(m_queue);
        fillRow(item, entry);
        if (selected && selected->draftId == entry.draftId && selected->target == entry.target) {
            m_queue->setCurrentItem(item);
            item->setSelected(true);
        }
    }
    updateSummary();
}

void OutboxPane::refreshEntry(const QString &draftId, const QString &target)
{
    if (!m_controller || !m_controller->outbox())
        return;
    QTreeWidgetItem *row = nullptr;
    for (int i = 0; i < m_queue->topLevelItemCount() && !row; ++i) {
        QTreeWidgetItem *item = m_queue->topLevelItem(i);
        if (item->data(0, DraftRole).toString() == draftId && item->data(0, TargetRole).toString() == target)
            row = item;
    }
    const std::optional<OutboxEntry> entry = m_controller->outbox()->entry(draftId, target);
    titleOf(draftId, true); // the headline may have changed with the push
    if (!entry) {
        delete row;
    } else if (row) {
        fillRow(row, *entry);
    } else {
        row = new QTreeWidgetItem;
        fillRow(row, *entry);
        m_queue->insertTopLevelItem(0, row); // newest change first, as entries() orders them
    }
    updateSummary();
}

bool OutboxPane::selectEntry(const QString &draftId, const QString &target)
{
    for (int i = 0; i < m_queue->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_queue->topLevelItem(i);
        if (item->data(0, DraftRole).toString() == draftId
            && (target.isEmpty() || item->data(0, TargetRole).toString() == target)) {
            m_queue->setCurrentItem(item);
            item->setSelected(true);
            return true;
        }
    }
    return false;
}

std::optional<OutboxEntry> OutboxPane::selectedEntry() const
{
    const QTreeWidgetItem *item = m_queue->currentItem();
    if (!m_controller || !item || !item->isSelected())
        return std::nullopt;
    return m_controller->outbox()->entry(item->data(0, DraftRole).toString(), item->data(0, TargetRole).toString());
}

void OutboxPane::updateButtons()
{
    const std::optional<OutboxEntry> entry = selectedEntry();
    using State = OutboxEntry::State;
    const State state = entry ? entry->state : State::Sent;
    const bool waiting = entry && state != State::Sending && state != State::Sent && state != State::Conflict;
    m_retry->setEnabled(waiting);
    m_cancel->setEnabled(waiting);
    // Recreate/Detach are for a post the site no longer has (404).
    const bool deleted = entry && state == State::Failed && !entry->remoteId.isEmpty();
    m_recreate->setVisible(deleted);
    m_detach->setVisible(deleted);
    m_resolve->setVisible(entry && state == State::Conflict);
}

void OutboxPane::retrySelected()
{
    if (const auto entry = selectedEntry(); entry && !m_controller->retryNow(entry->draftId, entry->target))
        Q_EMIT failed(tr("This draft cannot be sent again now."));
}

void OutboxPane::cancelSelected()
{
    if (const auto entry = selectedEntry(); entry && !m_controller->cancel(entry->draftId, entry->target))
        Q_EMIT failed(tr("A draft that is being sent cannot be cancelled."));
}

void OutboxPane::recreateSelected()
{
    if (const auto entry = selectedEntry(); entry && !m_controller->recreate(entry->draftId, entry->target))
        Q_EMIT failed(tr("The post could not be recreated."));
}

void OutboxPane::detachSelected()
{
    if (const auto entry = selectedEntry(); entry && !m_controller->detach(entry->draftId, entry->target))
        Q_EMIT failed(tr("The draft could not be detached."));
    refreshQueue();
}

} // namespace Wiredesk
