#include "inboxpane.h"

#include "inboxheadlinedelegate.h"
#include "searchqueryparser.h"
#include "wireinboxmodel.h"
#include "wireitemview.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
constexpr int SavedSearchIdRole = Qt::UserRole + 1;
}

InboxPane::InboxPane(QWidget *parent)
    : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search wires (words, \"phrases\", prefix*, source:, label:, since:2h)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search wires"));
    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Number of matching items"));
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setAccessibleName(tr("Search notes"));
    m_notes->setStyleSheet(u"color: palette(mid); font-style: italic"_s);
    m_notes->hide();

    m_view = new QTreeView(this);
    m_view->setRootIsDecorated(true);
    // Room for the story's arrow and no more: every row pays the indentation, and the
    // members of a story are still set off from it.
    m_view->setIndentation(m_view->style()->pixelMetric(QStyle::PM_SmallIconSize) - 2);
    m_view->setUniformRowHeights(true); // a million rows stay fast only with uniform heights
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setAccessibleName(tr("Wire items"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->header(), &QWidget::customContextMenuRequested, this, &InboxPane::showHeaderMenu);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);

    m_detail = new WireItemView(this);
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Inbox status"));

    m_saved = new QListWidget(this);
    m_saved->setAccessibleName(tr("Saved searches"));
    // Compact buttons: the sidebar shares a narrow dock with the list.
    m_saveButton = new QPushButton(tr("+"), this);
    m_saveButton->setToolTip(tr("Save the current search in this list"));
    m_saveButton->setAccessibleName(tr("Save search"));
    m_alertButton = new QPushButton(tr("⚑"), this);
    m_alertButton->setCheckable(true);
    m_alertButton->setToolTip(tr("Alert: highlight new items matching the selected search and notify"));
    m_alertButton->setAccessibleName(tr("Alert"));
    m_removeButton = new QPushButton(tr("−"), this);
    m_removeButton->setToolTip(tr("Remove the selected saved search"));
    m_removeButton->setAccessibleName(tr("Remove saved search"));
    for (QPushButton *b : {m_saveButton, m_alertButton, m_removeButton})
        b->setMaximumWidth(fontMetrics().horizontalAdvance(u"MMM"_s) + 8);

    // Saved searches sit under the search box, above the results: the dock is narrow, and
    // beside the list they took a third of its width from the headlines.
    auto *sidebar = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(2);
    auto *sideTitle = new QLabel(tr("Saved searches"), sidebar);
    QFont titleFont = sideTitle->font(); // a font, not a style sheet: the palette stays live
    titleFont.setBold(true);
    sideTitle->setFont(titleFont);
    m_savedHeader = new QWidget(sidebar);
    auto *sideHeader = new QHBoxLayout(m_savedHeader);
    sideHeader->setContentsMargins(0, 0, 0, 0);
    sideHeader->addWidget(sideTitle, 1);
    sideHeader->addWidget(m_saveButton);
    sideHeader->addWidget(m_alertButton);
    sideHeader->addWidget(m_removeButton);
    sideLayout->addWidget(m_savedHeader);
    sideLayout->addWidget(m_saved, 1);
    m_saved->hide(); // shown with the first saved search (fitSavedSearches)
    // One row at least, not a scroll area's usual minimum of several: it fits its rows.
    m_saved->setMinimumHeight(fontMetrics().height() + 6);

    auto *main = new QWidget(this);
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    mainLayout->addLayout(searchRow);
    mainLayout->addWidget(m_notes);
    m_vertical = new QSplitter(Qt::Vertical, main);
    m_vertical->addWidget(sidebar);
    m_vertical->addWidget(m_view);
    m_vertical->addWidget(m_detail);
    m_vertical->setStretchFactor(0, 0);
    m_vertical->setStretchFactor(1, 3);
    m_vertical->setStretchFactor(2, 2);
    m_vertical->setCollapsible(1, false);
    // The saved searches take the room their rows need (fitSavedSearches); the rest goes to
    // the list and the item (3 : 2). Once the user drags the splitter, their sizes stay.
    m_vertical->setSizes({m_savedHeader->sizeHint().height(), 600, 400});
    connect(m_vertical, &QSplitter::splitterMoved, this, [this](int, int index) {
        if (index == 1)
            m_savedHeightChosen = true;
    });
    mainLayout->addWidget(m_vertical, 1);
    mainLayout->addWidget(m_status);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(main);

    m_newDraft = new QAction(tr("New Draft from Item"), this);
    m_newDraft->setShortcut(tr("Ctrl+Shift+N"));
    m_newDraft->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cite = new QAction(tr("Cite in Current Draft"), this);
    m_sideBySide = new QAction(tr("Open Side by Side"), this);
    m_tickerAction = new QAction(tr("Ticker Mode"), this);
    m_tickerAction->setCheckable(true);
    m_tickerAction->setToolTip(tr("Follow the newest items as they arrive"));
    addAction(m_newDraft);
    connect(m_newDraft, &QAction::triggered, this, [this] {
        const InboxRow r = currentRow();
        if (r.item.id != 0)
            Q_EMIT newDraftRequested(r);
    });
    connect(m_cite, &QAction::triggered, this, [this] {
        const QList<InboxRow> rows = selectedRows();
        if (!rows.isEmpty())
            Q_EMIT citeRequested(rows);
    });
    connect(m_sideBySide, &QAction::triggered, this, &InboxPane::openSideBySide);
    connect(m_tickerAction, &QAction::toggled, this, &InboxPane::setTickerMode);

    // Search as you type, but not on every keystroke of a fast typist.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] { search(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this, debounce] {
        debounce->stop();
        search(m_search->text());
    });
    connect(m_view, &QTreeView::activated, this, &InboxPane::itemActivated);
    connect(m_view, &QWidget::customContextMenuRequested, this, &InboxPane::showContextMenu);

    connect(m_saved, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_alertButton->setEnabled(item != nullptr);
        m_removeButton->setEnabled(item != nullptr);
        if (!item)
            return;
        const QSignalBlocker block(m_alertButton);
        const qint64 id = item->data(SavedSearchIdRole).toLongLong();
        for (const SavedSearch &s : std::as_const(m_searches)) {
            if (s.id == id)
                m_alertButton->setChecked(s.alert);
        }
    });
    connect(m_saved, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        for (const SavedSearch &s : std::as_const(m_searches)) {
            if (s.id == item->data(SavedSearchIdRole).toLongLong())
                m_search->setText(s.query); // the debounce runs the search
        }
    });
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        const QString query = m_search->text().trimmed();
        if (query.isEmpty())
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save Search"), tr("Name:"), QLineEdit::Normal, query, &ok);
        if (ok && !name.trimmed().isEmpty())
            Q_EMIT saveSearchRequested(name.trimmed(), query);
    });
    connect(m_alertButton, &QPushButton::toggled, this, [this](bool on) {
        if (QListWidgetItem *item = m_saved->currentItem())
            Q_EMIT savedSearchAlertToggled(item->data(SavedSearchIdRole).toLongLong(), on);
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_saved->currentItem())
            Q_EMIT removeSavedSearchRequested(item->data(SavedSearchIdRole).toLongLong());
    });
    m_alertButton->setEnabled(false);
    m_removeButton->setEnabled(false);
}

void InboxPane::setModel(QAbstractItemModel *model)
{
    m_view->setModel(model);
    m_model = qobject_cast<WireInboxModel *>(model);
    if (!m_model)
        return;
    QHeaderView *header = m_view->header();
    // Visual order: time, headline (takes the room), source. Urgency and the story's size are
    // painted into the headline cell (InboxHeadlineDelegate; their words are in its tooltip and
    // accessible text), so their own columns start hidden; the header's context menu shows
    // them again, where they used to be.
    header->setMinimumSectionSize(24);
    header->setSectionResizeMode(WireInboxModel::HeadlineColumn, QHeaderView::Stretch);
    m_view->setItemDelegateForColumn(WireInboxModel::HeadlineColumn, new InboxHeadlineDelegate(m_view));
    QFont bold = font();
    bold.setBold(true);
    // The widest of the model's forms in this locale: "Wed 23:59" this week, "28 Nov 26" before.
    const QFontMetrics boldMetrics(bold);
    int timeWidth = 0;
    for (int day = 0; day < 7; ++day) {
        const QDateTime sample(QDate(2026, 11, 23).addDays(day), QTime(23, 59));
        timeWidth = qMax(timeWidth, boldMetrics.horizontalAdvance(QLocale().toString(sample, u"ddd HH:mm"_s)));
    }
    for (int month = 1; month <= 12; ++month) {
        timeWidth
            = qMax(timeWidth, boldMetrics.horizontalAdvance(QLocale().toString(QDate(2026, month, 28), u"d MMM yy"_s)));
    }
    header->resizeSection(WireInboxModel::TimeColumn, timeWidth + m_view->indentation() + 12);
    header->resizeSection(WireInboxModel::UrgencyColumn,
        fontMetrics().horizontalAdvance(m_model->headerData(WireInboxModel::UrgencyColumn, Qt::Horizontal).toString())
            + 12);
    header->resizeSection(WireInboxModel::ClusterColumn,
        fontMetrics().horizontalAdvance(
            QCoreApplication::translate("Wiredesk::WireInboxModel", "%n wires", nullptr, 14))
            + 12);
    header->moveSection(header->visualIndex(WireInboxModel::UrgencyColumn), 1);
    header->moveSection(header->visualIndex(WireInboxModel::HeadlineColumn), 2);
    header->setSectionHidden(WireInboxModel::UrgencyColumn, true);
    header->setSectionHidden(WireInboxModel::ClusterColumn, true);
    m_sourceWidthChosen = false;
    fitSourceColumn();
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (section == WireInboxModel::SourceColumn && !m_fittingSource)
            m_sourceWidthChosen = true; // the user's width stays
    });
    connect(m_model, &WireInboxModel::firstPageLoaded, this, &InboxPane::fitSourceColumn);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_model, &WireInboxModel::countChanged, this, &InboxPane::updateCount);
    connect(m_model, &WireInboxModel::notesChanged, this, [this](const QStringList &notes) {
        m_notes->setText(notes.join(u' '));
        m_notes->setVisible(!notes.isEmpty());
    });
    connect(m_model, &WireInboxModel::errorOccurred, this, &InboxPane::setStatusText);
    connect(m_model, &WireInboxModel::rowsAddedAtTop, this, [this](int count) {
        QScrollBar *bar = m_view->verticalScrollBar();
        if (m_ticker)
            m_view->scrollToTop();
        else if (bar->value() > 0)
            bar->setValue(bar->value() + count); // the rows under the reader's eyes stay put
    });
    connect(m_model, &WireInboxModel::itemLoaded, this, [this](const InboxRow &row) {
        if (row.item.id != 0 && row.item.id == m_openedId)
            m_detail->showRow(row);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        // The current row's page arrived after the user moved onto it.
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && !current.parent().isValid() && current.row() >= from.row() && current.row() <= to.row()
            && m_openedId == 0)
            onCurrentChanged(current);
    });
}

void InboxPane::fitSourceColumn()
{
    if (!m_model || m_sourceWidthChosen)
        return;
    // As wide as the names on the first page (unread rows are bold), up to about eleven
    // characters: the full name and label are in the tooltip, the headline needs the room.
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int padding = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) + 4;
    const int cap = metrics.averageCharWidth() * 11 + padding;
    int width = metrics.horizontalAdvance(m_model->headerData(WireInboxModel::SourceColumn, Qt::Horizontal).toString())
        + padding + 12;
    const int rows = qMin(m_model->rowCount(), WireInboxModel::PageSize);
    for (int r = 0; r < rows && width < cap; ++r) {
        const QModelIndex index = m_model->index(r, WireInboxModel::SourceColumn);
        if (index.data(WireInboxModel::LoadedRole).toBool())
            width = qMax(width, metrics.horizontalAdvance(index.data().toString()) + padding);
    }
    m_fittingSource = true;
    m_view->header()->resizeSection(WireInboxModel::SourceColumn, qMin(width, cap));
    m_fittingSource = false;
}

void InboxPane::showHeaderMenu(const QPoint &pos)
{
    if (!m_model)
        return;
    QHeaderView *header = m_view->header();
    QMenu menu(this);
    for (int visual = 0; visual < header->count(); ++visual) {
        const int section = header->logicalIndex(visual);
        if (section == WireInboxModel::HeadlineColumn)
            continue; // always shown
        QAction *action = menu.addAction(m_model->headerData(section, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(section));
        connect(
            action, &QAction::toggled, header, [header, section](bool on) { header->setSectionHidden(section, !on); });
    }
    menu.exec(header->mapToGlobal(pos));
}

void InboxPane::search(const QString &text)
{
    Q_EMIT searchRequested(text);
    if (!m_model)
        return;
    InboxQuery query = SearchQueryParser::parse(text);
    // Browsing shows a story once; a search shows every matching wire.
    query.collapseClusters = text.trimmed().isEmpty();
    m_notes->setText(query.notes.join(u' '));
    m_notes->setVisible(!query.notes.isEmpty());
    m_openedId = 0;
    m_model->setQuery(query);
}

void InboxPane::updateCount()
{
    if (m_model)
        m_count->setText(WireInboxModel::formatCount(m_model->matchCount(), m_model->matchCountCapped()));
}

void InboxPane::setStatusText(const QString &text)
{
    m_status->setText(text);
}

void InboxPane::setSavedSearches(const QList<SavedSearch> &searches)
{
    m_searches = searches;
    const qint64 current = m_saved->currentItem() ? m_saved->currentItem()->data(SavedSearchIdRole).toLongLong() : 0;
    m_saved->clear();
    for (const SavedSearch &s : searches) {
        auto *item = new QListWidgetItem(s.alert ? u"⚑ "_s + s.name : s.name, m_saved);
        item->setData(SavedSearchIdRole, s.id);
        item->setToolTip(s.query);
        if (s.id == current)
            m_saved->setCurrentItem(item);
    }
    fitSavedSearches();
}

void InboxPane::fitSavedSearches()
{
    // No saved search: only the title row with its "+" shows. Otherwise up to four rows;
    // more scroll.
    const int rows = qMin(int(m_searches.size()), 4);
    m_saved->setVisible(rows > 0);
    if (m_savedHeightChosen)
        return;
    int height = m_savedHeader->sizeHint().height();
    if (rows > 0) {
        const int rowHeight = qMax(m_saved->sizeHintForRow(0), fontMetrics().height());
        height += 2 + rows * rowHeight + 2 * m_saved->frameWidth();
    }
    QList<int> sizes = m_vertical->sizes();
    if (sizes.size() != 3 || sizes.at(0) == height)
        return;
    sizes[1] += sizes.at(0) - height; // the results give or take the difference
    sizes[0] = height;
    m_vertical->setSizes(sizes);
}

void InboxPane::setTickerMode(bool on)
{
    m_ticker = on;
    if (m_tickerAction->isChecked() != on)
        m_tickerAction->setChecked(on);
    if (on)
        m_view->scrollToTop();
}

InboxRow InboxPane::currentRow() const
{
    return m_model ? m_model->row(m_view->currentIndex()) : InboxRow {};
}

QList<InboxRow> InboxPane::selectedRows() const
{
    QList<InboxRow> rows;
    if (!m_model)
        return rows;
    const QModelIndexList indexes = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : indexes) {
        const InboxRow r = m_model->row(i);
        if (r.item.id != 0)
            rows << r;
    }
    if (rows.isEmpty() && currentRow().item.id != 0)
        rows << currentRow();
    return rows;
}

void InboxPane::moveBy(int step)
{
    QModelIndex current = m_view->currentIndex();
    QModelIndex next;
    if (!current.isValid())
        next = m_view->model() ? m_view->model()->index(0, 0) : QModelIndex();
    else
        next = step > 0 ? m_view->indexBelow(current) : m_view->indexAbove(current);
    if (!next.isValid())
        return;
    m_view->setCurrentIndex(next);
    m_view->scrollTo(next);
}

void InboxPane::nextItem()
{
    moveBy(1);
}

void InboxPane::previousItem()
{
    moveBy(-1);
}

void InboxPane::toggleStar()
{
    if (!m_model)
        return;
    const QModelIndex current = m_view->currentIndex();
    const InboxRow r = m_model->row(current);
    if (r.item.id != 0)
        m_model->setStarred({current}, !r.starred);
}

void InboxPane::openCurrent()
{
    onCurrentChanged(m_view->currentIndex());
    m_detail->setFocus(Qt::OtherFocusReason);
    m_view->setFocus(Qt::OtherFocusReason); // keys stay in the list
}

void InboxPane::pageDownOrMarkRead()
{
    if (m_detail->row().item.id == 0) {
        openCurrent();
        return;
    }
    m_detail->pageDown([this](bool atEnd) {
        if (!atEnd || !m_model)
            return;
        m_model->setRead({m_view->currentIndex()}, true);
        nextItem();
    });
}

void InboxPane::onCurrentChanged(const QModelIndex &current)
{
    if (!m_model)
        return;
    const InboxRow r = m_model->row(current);
    if (r.item.id == 0) {
        m_openedId = 0;
        return;
    }
    if (r.item.id == m_openedId)
        return;
    m_openedId = r.item.id;
    m_model->loadItem(r.item.id);
    if (!r.read)
        m_model->setRead({current}, true); // read on open
}

void InboxPane::openSideBySide()
{
    if (!m_model)
        return;
    const QList<InboxRow> rows = selectedRows();
    if (rows.size() < 2) {
        setStatusText(tr("Select two or more items (for example the wires of a story) to compare them."));
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Side by Side — %n item(s)", nullptr, int(rows.size())));
    auto *splitter = new QSplitter(Qt::Horizontal, dialog);
    QHash<qint64, WireItemView *> views;
    for (const InboxRow &r : rows.mid(0, 4)) {
        auto *view = new WireItemView(splitter);
        splitter->addWidget(view);
        views.insert(r.item.id, view);
        m_model->loadItem(r.item.id);
    }
    connect(m_model, &WireInboxModel::itemLoaded, dialog, [views](const InboxRow &row) {
        if (WireItemView *view = views.value(row.item.id))
            view->showRow(row);
    });
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(splitter);
    dialog->resize(1200, 700);
    dialog->show();
}

void InboxPane::showContextMenu(const QPoint &pos)
{
    if (!m_model || !m_view->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_newDraft);
    menu.addAction(m_cite);
    menu.addAction(m_sideBySide);
    menu.addSeparator();
    const InboxRow r = currentRow();
    menu.addAction(r.starred ? tr("Unstar") : tr("Star"), this, &InboxPane::toggleStar);
    menu.addAction(
        tr("Mark as Unread"), this, [this] { m_model->setRead(m_view->selectionModel()->selectedRows(), false); });
    menu.addAction(
        tr("Mark as Read"), this, [this] { m_model->setRead(m_view->selectionModel()->selectedRows(), true); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

bool InboxPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_J:
            nextItem();
            return true;
        case Qt::Key_K:
            previousItem();
            return true;
        case Qt::Key_S:
            toggleStar();
            return true;
        case Qt::Key_Space:
            pageDownOrMarkRead();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openCurrent();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Wiredesk
