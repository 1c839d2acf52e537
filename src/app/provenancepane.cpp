#include "provenancepane.h"

#include "sourcelistmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wiredesk {

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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
}

void ProvenancePane::setSources(const QList<ArticleSource> &sources)
{
    m_model->setSources(sources);
    const auto verified = std::count_if(
        sources.cbegin(), sources.cend(), [](const ArticleSource &s) { return s.status == u"verified"; });
    m_summary->setText(
        tr("%n source(s)", nullptr, int(sources.size())) + u" · "_s + tr("%n verified", nullptr, int(verified)));
}

} // namespace Wiredesk
