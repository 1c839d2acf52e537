#include "inboxpane.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Wiredesk {

InboxPane::InboxPane(QWidget *parent)
    : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search wires (words, \"phrases\", prefix*, source:, label:)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search wires"));

    m_view = new QTreeView(this);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // a million rows stay fast only with uniform heights
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragEnabled(true);
    m_view->setAccessibleName(tr("Wire items"));
    m_view->header()->setStretchLastSection(false);

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Inbox status"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    // Search as you type, but not on every keystroke of a fast typist.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] { Q_EMIT searchRequested(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this, debounce] {
        debounce->stop();
        Q_EMIT searchRequested(m_search->text());
    });
    connect(m_view, &QTreeView::activated, this, &InboxPane::itemActivated);
}

void InboxPane::setModel(QAbstractItemModel *model)
{
    m_view->setModel(model);
}

void InboxPane::setStatusText(const QString &text)
{
    m_status->setText(text);
}

} // namespace Wiredesk
