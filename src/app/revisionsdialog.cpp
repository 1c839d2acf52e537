#include "revisionsdialog.h"

#include "articledocument.h"
#include "revisiondiff.h"
#include "revisionstore.h"
#include "semanticcolors.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wiredesk {

RevisionsDialog::RevisionsDialog(RevisionStore *store, ArticleDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_document(document)
{
    setWindowTitle(tr("Revisions"));
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Saved"), tr("Kind"), tr("Headline"), tr("Words")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_diff = new QTextBrowser(this);
    m_diff->setOpenLinks(false);
    applyDiffColors();
    m_hint = new QLabel(tr("Select one revision to compare it with the current text, or two to compare them."), this);
    m_hint->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore This Revision"), QDialogButtonBox::ActionRole);
    connect(m_restore, &QPushButton::clicked, this, &RevisionsDialog::restoreSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RevisionsDialog::compare);
    resize(900, 640);
    reload();
}

void RevisionsDialog::reload()
{
    m_list->clear();
    const QLocale locale;
    for (const RevisionInfo &info : m_store->list(m_document->id())) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(info.created.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, info.label.isEmpty() ? info.kind : tr("%1: %2").arg(info.kind, info.label));
        item->setText(2, info.headline);
        item->setText(3, locale.toString(info.wordCount));
        item->setData(0, Qt::UserRole, info.id);
    }
    compare();
}

void RevisionsDialog::applyDiffColors()
{
    // Applies to the next setHtml(); compare() runs again when the palette changes.
    m_diff->document()->setDefaultStyleSheet(
        u"ins { background: %1; text-decoration: none; } del { background: %2; }"_s.arg(
            SemanticColors::color(SemanticColors::Role::InsertedBackground, palette()).name(),
            SemanticColors::color(SemanticColors::Role::DeletedBackground, palette()).name()));
}

void RevisionsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_diff) {
        applyDiffColors();
        compare();
    }
}

void RevisionsDialog::compare()
{
    QList<qint64> ids;
    for (const QTreeWidgetItem *item : m_list->selectedItems())
        ids << item->data(0, Qt::UserRole).toLongLong();
    m_restore->setEnabled(ids.size() == 1);
    if (ids.isEmpty() || ids.size() > 2) {
        m_diff->clear();
        return;
    }
    std::sort(ids.begin(), ids.end()); // older revision first
    const auto older = m_store->load(ids.first());
    const auto newer = ids.size() == 2 ? m_store->load(ids.last()) : std::optional<Article>(m_document->article());
    if (!older || !newer) {
        m_diff->setPlainText(m_store->errorString());
        return;
    }
    const RevisionDiff diff(*older, *newer);
    m_diff->setHtml(diff.isEmpty() ? tr("<p>No differences.</p>") : diff.toHtml());
}

bool RevisionsDialog::restoreSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.size() != 1)
        return false;
    if (!m_store->restore(selected.first()->data(0, Qt::UserRole).toLongLong(), m_document)) {
        QMessageBox::warning(this, tr("Revisions"), m_store->errorString());
        return false;
    }
    accept();
    return true;
}

} // namespace Wiredesk
