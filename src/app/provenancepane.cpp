#include "provenancepane.h"

#include "notesthreadview.h"
#include "provenancechecker.h"
#include "sourcedetailform.h"
#include "sourcelistmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
constexpr int SourceIdRole = Qt::UserRole + 1;
constexpr int CitationIdRole = Qt::UserRole + 2;
constexpr int BlockIdRole = Qt::UserRole + 3;
} // namespace

ProvenancePane::ProvenancePane(QWidget *parent)
    : QWidget(parent)
{
    m_model = new SourceListModel(this);
    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Sources of the article"));
    m_view->setDragEnabled(true); // drop a source on a sentence of the body to cite it there
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SourceListModel::TitleColumn, QHeaderView::Stretch);
    // The sidebar is narrow: the platform is in the details and the tooltip.
    m_view->setColumnHidden(SourceListModel::PlatformColumn, true);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Verification summary"));

    m_toolBar = new QToolBar(this);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setAccessibleName(tr("Sources toolbar"));
    m_addSources = m_toolBar->addAction(tr("Add…"), this, &ProvenancePane::askForSources);
    m_addSources->setToolTip(tr("Add sources: paste one URL, a list of URLs or a copied “Sources” section"));
    m_addBlank = m_toolBar->addAction(tr("New"), this, &ProvenancePane::addBlankSourceRequested);
    m_addBlank->setToolTip(tr("Add a source by hand and fill in its details"));
    m_delete = m_toolBar->addAction(tr("Delete"), this, [this] {
        if (!currentSourceId().isEmpty())
            Q_EMIT deleteSourceRequested(currentSourceId());
    });
    m_delete->setToolTip(tr("Delete the chosen source (Ctrl+Z brings it back)"));
    m_merge = m_toolBar->addAction(tr("Merge"), this, [this] {
        const QString id = currentSourceId();
        const QString into = m_model->duplicateOf(id);
        if (!id.isEmpty() && !into.isEmpty())
            Q_EMIT mergeRequested(id, into);
    });
    m_merge->setToolTip(tr("Merge this duplicate into the earlier source with the same address"));

    // Link checks get a row of their own: the button, then progress and Cancel while running.
    m_checkLinks = new QAction(tr("Check Links"), this);
    m_checkLinks->setToolTip(tr("Fetch every source and keep what it answered, with a snapshot"));
    connect(m_checkLinks, &QAction::triggered, this, &ProvenancePane::checkLinksRequested);
    m_cancelChecks = new QAction(tr("Cancel"), this);
    m_cancelChecks->setToolTip(tr("Stop checking links"));
    m_cancelChecks->setVisible(false);
    connect(m_cancelChecks, &QAction::triggered, this, &ProvenancePane::cancelChecksRequested);
    auto *checkButton = new QToolButton(this);
    checkButton->setDefaultAction(m_checkLinks);
    auto *cancelButton = new QToolButton(this);
    cancelButton->setDefaultAction(m_cancelChecks);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Link check progress"));
    m_progress->setTextVisible(true);
    m_progress->setVisible(false);
    auto *checkRow = new QHBoxLayout;
    checkRow->setContentsMargins(0, 0, 0, 0);
    checkRow->addWidget(checkButton);
    checkRow->addWidget(m_progress, 1);
    checkRow->addWidget(cancelButton);
    checkRow->addStretch(0);

    m_detail = new SourceDetailForm(this);
    m_notes = new NotesThreadView(this);
    m_history = new QTreeWidget(this);
    m_history->setAccessibleName(tr("Link check history"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("Checked"), tr("Result"), tr("Final URL"), tr("Snapshot")});
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_detail, tr("Details"));
    m_tabs->addTab(m_notes, tr("Notes"));
    m_tabs->addTab(m_history, tr("Link Checks"));

    m_warnings = new QListWidget(this);
    m_warnings->setAccessibleName(tr("Checks"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextElideMode(Qt::ElideNone);
    auto *checksTitle = new QLabel(tr("<b>Checks</b>"), this);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(checksTitle);
    lowerLayout->addWidget(m_warnings, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_tabs);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_toolBar);
    layout->addLayout(checkRow);
    layout->addWidget(splitter, 1);

    // The checks parse the whole body: run them once typing pauses, not per keystroke.
    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(300);
    connect(m_checkTimer, &QTimer::timeout, this, &ProvenancePane::checkNow);
    connect(m_warnings, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        const QString sourceId = item->data(SourceIdRole).toString();
        const QString citationId = item->data(CitationIdRole).toString();
        if (!sourceId.isEmpty())
            selectSource(sourceId);
        if (!citationId.isEmpty())
            Q_EMIT citationChosen(sourceId, citationId.section(u'/', 0, 0), citationId.section(u'/', 1).toInt());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProvenancePane::onCurrentChanged);
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        // Clicking the span that is already current jumps there again.
        const QString citation = index.data(SourceListModel::CitationIdRole).toString();
        if (!citation.isEmpty())
            Q_EMIT citationChosen(index.data(SourceListModel::SourceIdRole).toString(),
                index.data(SourceListModel::BlockIdRole).toString(),
                index.data(SourceListModel::CitationNumberRole).toInt());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A quoted span reads across the whole row, under its source.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex source = m_model->index(row, 0);
            for (int child = 0; child < m_model->rowCount(source); ++child)
                m_view->setFirstColumnSpanned(child, source, true);
        }
        m_view->expandAll();
        onCurrentChanged();
    });
    connect(m_detail, &SourceDetailForm::applied, this, &ProvenancePane::sourceEditRequested);
    connect(m_notes, &NotesThreadView::noteRequested, this, &ProvenancePane::noteRequested);
    updateActions();
}

void ProvenancePane::setArticle(const Article &article)
{
    const QString before = currentSourceId();
    m_article = article;
    m_model->setArticle(article.sources, article.bodyHtml);
    // The form follows edits of the shown source (undo, a status set in a note).
    const QModelIndex current = m_model->indexOfSource(currentSourceId());
    if (current.isValid() && currentSourceId() == before) {
        const ArticleSource &source = m_model->sources().at(current.row());
        if (!(source == m_detail->source()))
            m_detail->setSource(source);
    }
    updateActions();
    m_checkTimer->start();
}

void ProvenancePane::setChecks(const QHash<QString, LinkCheckResult> &checks)
{
    m_checks = checks;
    m_model->setChecks(checks);
    m_checkTimer->start();
}

void ProvenancePane::checkNow()
{
    m_checkTimer->stop();
    m_current
        = ProvenanceChecker::check(m_article, m_checks, ProvenanceCheckSettings(), QDateTime::currentDateTimeUtc());
    m_warnings->clear();
    int blocking = 0;
    for (const ProvenanceWarning &warning : std::as_const(m_current)) {
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (warning.severity == ProvenanceWarning::Severity::Blocking) {
            icon = QStyle::SP_MessageBoxCritical;
            ++blocking;
        } else if (warning.severity == ProvenanceWarning::Severity::Warning) {
            icon = QStyle::SP_MessageBoxWarning;
        }
        auto *item = new QListWidgetItem(style()->standardIcon(icon), warning.message, m_warnings);
        item->setToolTip(warning.detail);
        item->setData(SourceIdRole, warning.sourceId);
        item->setData(CitationIdRole, warning.citationId);
        item->setData(BlockIdRole, warning.blockId);
    }
    if (m_current.isEmpty())
        new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("No problems found."), m_warnings);

    const auto &sources = m_article.sources;
    const auto verified = std::count_if(
        sources.cbegin(), sources.cend(), [](const ArticleSource &s) { return s.status == u"verified"; });
    m_summary->setText(tr("%n source(s)", nullptr, int(sources.size())) + u" · "_s
        + tr("%n verified", nullptr, int(verified)) + u" · "_s + tr("%n blocking problem(s)", nullptr, blocking));
}

QString ProvenancePane::currentSourceId() const
{
    return m_view->currentIndex().data(SourceListModel::SourceIdRole).toString();
}

QString ProvenancePane::currentCitationId() const
{
    return m_view->currentIndex().data(SourceListModel::CitationIdRole).toString();
}

bool ProvenancePane::selectSource(const QString &sourceId)
{
    const QModelIndex index = m_model->indexOfSource(sourceId);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void ProvenancePane::selectSources(const QStringList &sourceIds)
{
    // The cursor landed in a span of the chosen source (often because choosing a span moved
    // it there): the user's choice stands.
    if (sourceIds.contains(currentSourceId()))
        return;
    QItemSelection selection;
    QModelIndex first;
    for (const QString &id : sourceIds) {
        const QModelIndex index = m_model->indexOfSource(id);
        if (!index.isValid())
            continue;
        if (!first.isValid())
            first = index;
        selection.select(index, m_model->index(index.row(), SourceListModel::ColumnCount - 1));
    }
    if (!first.isValid())
        return; // outside cited text the list keeps what the user chose
    m_selectingForEditor = true;
    m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(first);
    m_selectingForEditor = false;
    onCurrentChanged(); // the details follow, but nothing is sent back to the editor
}

void ProvenancePane::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const QString sourceId = current.data(SourceListModel::SourceIdRole).toString();
    const QString citationId = current.data(SourceListModel::CitationIdRole).toString();
    const QModelIndex sourceIndex = m_model->indexOfSource(sourceId);
    m_detail->setSource(sourceIndex.isValid() ? m_model->sources().at(sourceIndex.row()) : ArticleSource());
    updateActions();
    const QString target = citationId.isEmpty() ? sourceId : citationId;
    if (target != m_shownTarget) {
        m_shownTarget = target;
        if (citationId.isEmpty()) {
            Q_EMIT targetChanged(Annotation::TargetKind::Source, sourceId);
        } else {
            Q_EMIT targetChanged(Annotation::TargetKind::Citation, citationId);
            m_tabs->setCurrentWidget(m_notes); // a claim has no details of its own: its notes
        }
    }
    if (m_selectingForEditor)
        return;
    if (!citationId.isEmpty())
        Q_EMIT citationChosen(sourceId, current.data(SourceListModel::BlockIdRole).toString(),
            current.data(SourceListModel::CitationNumberRole).toInt());
    Q_EMIT sourcesChosen(sourceId.isEmpty() ? QStringList() : QStringList {sourceId});
}

void ProvenancePane::showThread(Annotation::TargetKind kind, const QString &targetId, const QList<Annotation> &notes)
{
    QString title;
    if (kind == Annotation::TargetKind::Source) {
        const QModelIndex index = m_model->indexOfSource(targetId);
        title = index.isValid() ? index.data().toString() : targetId;
    } else {
        const QModelIndex current = m_view->currentIndex();
        title = current.data(SourceListModel::CitationIdRole).toString() == targetId ? current.data().toString()
                                                                                     : targetId;
    }
    m_notes->setThread(kind, targetId, title, notes);
}

void ProvenancePane::showCheckHistory(const QString &sourceId, const QList<LinkCheckResult> &history)
{
    m_history->clear();
    if (sourceId.isEmpty())
        return;
    for (const LinkCheckResult &check : history) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, QLocale().toString(check.checkedAt.toLocalTime(), QLocale::ShortFormat));
        QString result = SourceListModel::checkLabel(check);
        if (!check.redirects.isEmpty())
            result += u' ' + tr("after %n redirect(s)", nullptr, int(check.redirects.size()));
        item->setText(1, result);
        item->setText(2, check.finalUrl);
        item->setText(3, check.snapshotSha256.left(12));
        QStringList tip {check.url};
        for (const LinkCheckResult::Hop &hop : check.redirects)
            tip << u"%1 → %2"_s.arg(hop.status).arg(hop.url);
        tip << tr("%1, %2 ms, %3").arg(check.method).arg(check.elapsedMs).arg(check.contentType);
        if (!check.errorString.isEmpty())
            tip << check.errorString;
        if (!check.snapshotSha256.isEmpty())
            tip << tr("Snapshot SHA-256 %1 (%n byte(s))", nullptr, int(check.snapshotSize)).arg(check.snapshotSha256);
        item->setToolTip(1, tip.join(u'\n'));
        item->setToolTip(3, check.snapshotSha256);
    }
    for (int column = 0; column < m_history->columnCount(); ++column)
        m_history->resizeColumnToContents(column);
}

void ProvenancePane::setCheckProgress(int done, int total, bool running)
{
    m_progress->setVisible(running);
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    m_progress->setFormat(tr("Checking links: %1 of %2").arg(done).arg(total));
    m_cancelChecks->setVisible(running);
    m_checkLinks->setEnabled(!running);
}

void ProvenancePane::askForSources()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Add Sources"),
        tr("Paste one URL, a list of URLs (one per line) or the “Sources” section of an article:"), QString(), &ok);
    if (ok && !text.trimmed().isEmpty())
        Q_EMIT addSourcesRequested(text);
}

void ProvenancePane::updateActions()
{
    const QString id = currentSourceId();
    m_delete->setEnabled(!id.isEmpty());
    m_merge->setEnabled(!id.isEmpty() && !m_model->duplicateOf(id).isEmpty());
}

} // namespace Wiredesk
