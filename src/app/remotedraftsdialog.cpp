#include "remotedraftsdialog.h"

#include "publishingtarget.h"
#include "syncresults.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wiredesk {

RemoteDraftsDialog::RemoteDraftsDialog(PublishingTarget *target, const QString &targetName, QWidget *parent)
    : QDialog(parent)
    , m_target(target)
    , m_targetName(targetName)
{
    setWindowTitle(tr("Remote Drafts on %1").arg(targetName));
    resize(760, 480);
    m_onlyNewer = new QCheckBox(tr("Only changed &after:"), this);
    m_since = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this);
    m_since->setCalendarPopup(true);
    m_since->setEnabled(false);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Title"), tr("Status"), tr("Modified"), tr("Post")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Remote drafts"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column : {1, 2, 3})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_status = new QLabel(this);
    m_previous = new QPushButton(tr("&Previous"), this);
    m_next = new QPushButton(tr("&Next"), this);

    auto *filter = new QHBoxLayout;
    filter->addWidget(m_onlyNewer);
    filter->addWidget(m_since);
    filter->addStretch(1);
    filter->addWidget(m_refresh);
    auto *paging = new QHBoxLayout;
    paging->addWidget(m_status, 1);
    paging->addWidget(m_previous);
    paging->addWidget(m_next);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open as Draft"), QDialogButtonBox::ActionRole);
    m_open->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filter);
    layout->addWidget(m_list, 1);
    layout->addLayout(paging);
    layout->addWidget(buttons);

    connect(m_onlyNewer, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_onlyNewer, &QCheckBox::toggled, this, [this] { load(1); });
    connect(m_since, &QDateTimeEdit::editingFinished, this, [this] {
        if (m_onlyNewer->isChecked())
            load(1);
    });
    connect(m_refresh, &QPushButton::clicked, this, [this] { load(m_page); });
    connect(m_previous, &QPushButton::clicked, this, [this] { load(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { load(m_page + 1); });
    connect(m_open, &QPushButton::clicked, this, [this] { openSelected(); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { openSelected(); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
        [this] { m_open->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void RemoteDraftsDialog::setModifiedAfter(const QDateTime &time)
{
    const QSignalBlocker blocker(m_onlyNewer);
    m_onlyNewer->setChecked(time.isValid());
    m_since->setEnabled(time.isValid());
    if (time.isValid())
        m_since->setDateTime(time.toLocalTime());
}

void RemoteDraftsDialog::setBusy(bool busy)
{
    m_refresh->setEnabled(!busy);
    m_previous->setEnabled(!busy && m_page > 1);
    m_next->setEnabled(!busy && m_page < m_totalPages);
    if (busy)
        m_status->setText(tr("Loading…"));
}

void RemoteDraftsDialog::load(int page)
{
    if (!m_target)
        return;
    m_page = qMax(1, page);
    setBusy(true);
    const int request = ++m_request; // a later load wins over an answer still on its way
    const QDateTime since = m_onlyNewer->isChecked() ? m_since->dateTime().toUTC() : QDateTime();
    const QPointer<RemoteDraftsDialog> self(this);
    m_target->listRemote(since, m_page, [this, self, request](const ListResult &result) {
        if (!self || request != m_request)
            return;
        if (!result.error.ok()) {
            setBusy(false);
            m_status->setText(tr("The drafts could not be listed: %1").arg(result.error.message));
            Q_EMIT loadFailed(result.error.message);
            return;
        }
        m_posts = result.posts;
        m_total = result.total;
        m_totalPages = result.totalPages;
        m_list->clear();
        const QLocale locale;
        for (const RemotePost &post : std::as_const(m_posts)) {
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(0, post.title.isEmpty() ? tr("(untitled)") : post.title);
            item->setText(1, post.status);
            item->setText(2, locale.toString(post.modified.toLocalTime(), QLocale::ShortFormat));
            item->setText(3, post.remoteId);
            item->setToolTip(
                0, post.draftId.isEmpty() ? tr("Not written in Wiredesk") : tr("Published from a Wiredesk draft"));
        }
        setBusy(false);
        m_status->setText(m_total == 0
                ? tr("No drafts.")
                : tr("Page %1 of %2 (%n draft(s))", nullptr, m_total).arg(m_page).arg(qMax(1, m_totalPages)));
        Q_EMIT loaded();
    });
}

void RemoteDraftsDialog::openSelected(int row)
{
    if (row < 0) {
        QTreeWidgetItem *item = m_list->currentItem();
        row = item ? m_list->indexOfTopLevelItem(item) : -1;
    }
    if (row < 0 || row >= m_posts.size())
        return;
    Q_EMIT openRequested(m_targetName, m_posts.at(row));
    accept();
}

} // namespace Wiredesk
