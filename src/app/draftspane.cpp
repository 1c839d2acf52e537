#include "draftspane.h"

#include "articlerepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wiredesk {

DraftsPane::DraftsPane(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Drafts"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search drafts by headline"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search drafts"));
    m_trashToggle = new QToolButton(this);
    m_trashToggle->setText(tr("Trash"));
    m_trashToggle->setCheckable(true);
    m_trashToggle->setToolTip(tr("Show deleted drafts"));
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Headline"), tr("Modified"), tr("Sync")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Drafts list"));
    m_new = new QPushButton(tr("&New"), this);
    m_new->setToolTip(tr("New draft (Ctrl+N)"));
    m_duplicate = new QPushButton(tr("D&uplicate"), this);
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setToolTip(tr("Move to the trash"));
    m_restore = new QPushButton(tr("&Restore"), this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_trashToggle);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &DraftsPane::refresh);
    connect(m_trashToggle, &QToolButton::toggled, this, &DraftsPane::setShowTrash);
    connect(m_new, &QPushButton::clicked, this, &DraftsPane::newRequested);
    connect(m_duplicate, &QPushButton::clicked, this, &DraftsPane::duplicateSelected);
    connect(m_delete, &QPushButton::clicked, this, &DraftsPane::trashSelected);
    connect(m_restore, &QPushButton::clicked, this, &DraftsPane::restoreSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!m_trash && item)
            Q_EMIT openRequested(item->data(0, Qt::UserRole).toString());
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &DraftsPane::updateButtons);
    updateButtons();
}

void DraftsPane::setRepository(ArticleRepository *repository)
{
    m_repository = repository;
    refresh();
}

void DraftsPane::setCurrentDraft(const QString &id)
{
    m_current = id;
    refresh();
}

void DraftsPane::setShowTrash(bool trash)
{
    m_trash = trash;
    if (m_trashToggle->isChecked() != trash)
        m_trashToggle->setChecked(trash);
    refresh();
}

QString DraftsPane::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->data(0, Qt::UserRole).toString() : QString();
}

QStringList DraftsPane::shownIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        ids << m_list->topLevelItem(i)->data(0, Qt::UserRole).toString();
    return ids;
}

void DraftsPane::refresh()
{
    const QString selected = selectedId();
    m_list->clear();
    if (!m_repository)
        return;
    const QString query = m_search->text().trimmed();
    QList<DraftSummary> drafts;
    if (m_trash) {
        drafts = m_repository->list(ArticleRepository::Listing::Trash);
        if (!query.isEmpty())
            drafts.removeIf([&](const DraftSummary &d) { return !d.headline.contains(query, Qt::CaseInsensitive); });
    } else {
        drafts = query.isEmpty() ? m_repository->list() : m_repository->search(query);
    }
    const QLocale locale;
    for (const DraftSummary &draft : std::as_const(drafts)) {
        auto *item = new QTreeWidgetItem(m_list);
        const QString headline = draft.headline.isEmpty() ? tr("(untitled)") : draft.headline;
        item->setText(0, headline);
        item->setToolTip(0, tr("%1\n%Ln word(s)", nullptr, draft.wordCount).arg(headline));
        const QDateTime when = (m_trash ? draft.trashed : draft.modified).toLocalTime();
        item->setText(1, locale.toString(when, QLocale::ShortFormat));
        item->setData(0, Qt::UserRole, draft.id);
        applySyncState(item);
        if (draft.id == m_current) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
        if (draft.id == selected) {
            m_list->setCurrentItem(item);
            item->setSelected(true);
        }
    }
    updateButtons();
}

void DraftsPane::setSyncState(const QString &id, const QString &text, const QIcon &icon, const QString &toolTip)
{
    if (text.isEmpty())
        m_syncStates.remove(id);
    else
        m_syncStates.insert(id, SyncBadge {text, icon, toolTip});
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == id)
            applySyncState(item);
    }
}

void DraftsPane::clearSyncStates()
{
    m_syncStates.clear();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        applySyncState(m_list->topLevelItem(i));
}

void DraftsPane::applySyncState(QTreeWidgetItem *item) const
{
    const SyncBadge badge = m_syncStates.value(item->data(0, Qt::UserRole).toString());
    // Long failure reasons stay readable in the tooltip; the column shows the first words.
    item->setText(2, badge.text.size() > 40 ? badge.text.left(39) + u'…' : badge.text);
    item->setIcon(2, badge.icon);
    item->setToolTip(2, badge.toolTip.isEmpty() ? badge.text : badge.toolTip);
    item->setData(2, Qt::AccessibleTextRole, badge.text);
}

void DraftsPane::duplicateSelected()
{
    const QString id = selectedId();
    if (!m_repository || id.isEmpty())
        return;
    const auto copy = m_repository->duplicate(id);
    if (!copy) {
        Q_EMIT failed(m_repository->errorString());
        return;
    }
    refresh();
    Q_EMIT openRequested(copy->id);
}

void DraftsPane::trashSelected()
{
    const QString id = selectedId();
    if (!m_repository || id.isEmpty() || m_trash)
        return;
    if (!m_repository->moveToTrash(id)) {
        Q_EMIT failed(m_repository->errorString());
        return;
    }
    refresh();
    Q_EMIT trashed(id);
}

void DraftsPane::restoreSelected()
{
    const QString id = selectedId();
    if (!m_repository || id.isEmpty() || !m_trash)
        return;
    if (!m_repository->restoreFromTrash(id)) {
        Q_EMIT failed(m_repository->errorString());
        return;
    }
    refresh();
}

void DraftsPane::updateButtons()
{
    const bool selected = !selectedId().isEmpty();
    m_new->setVisible(!m_trash);
    m_duplicate->setVisible(!m_trash);
    m_delete->setVisible(!m_trash);
    m_restore->setVisible(m_trash);
    m_duplicate->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_restore->setEnabled(selected);
}

} // namespace Wiredesk
