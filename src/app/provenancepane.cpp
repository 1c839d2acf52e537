#include "provenancepane.h"

#include "provenancechecker.h"
#include "sourcelistmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
constexpr int SourceIdRole = Qt::UserRole + 1;
}

ProvenancePane::ProvenancePane(QWidget *parent)
    : QWidget(parent)
{
    m_model = new SourceListModel(this);
    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Sources of the article"));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SourceListModel::TitleColumn, QHeaderView::Stretch);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Verification summary"));

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
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    // The checks parse the whole body: run them once typing pauses, not per keystroke.
    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(300);
    connect(m_checkTimer, &QTimer::timeout, this, &ProvenancePane::checkNow);
    connect(m_warnings, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            selectSource(item->data(SourceIdRole).toString());
    });
}

void ProvenancePane::setArticle(const Article &article)
{
    m_article = article;
    m_model->setSources(article.sources);
    m_checkTimer->start();
}

void ProvenancePane::checkNow()
{
    m_checkTimer->stop();
    const QList<ProvenanceWarning> warnings
        = ProvenanceChecker::check(m_article, {}, ProvenanceCheckSettings(), QDateTime::currentDateTimeUtc());
    m_warnings->clear();
    int blocking = 0;
    for (const ProvenanceWarning &warning : warnings) {
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
    }
    if (warnings.isEmpty())
        new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("No problems found."), m_warnings);

    const auto &sources = m_article.sources;
    const auto verified = std::count_if(
        sources.cbegin(), sources.cend(), [](const ArticleSource &s) { return s.status == u"verified"; });
    m_summary->setText(tr("%n source(s)", nullptr, int(sources.size())) + u" · "_s
        + tr("%n verified", nullptr, int(verified)) + u" · "_s + tr("%n blocking problem(s)", nullptr, blocking));
}

void ProvenancePane::selectSource(const QString &sourceId)
{
    if (sourceId.isEmpty())
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(SourceListModel::SourceIdRole).toString() == sourceId) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return;
        }
    }
}

} // namespace Wiredesk
