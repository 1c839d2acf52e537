#pragma once

#include "article.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace Wiredesk {

class SourceListModel;

/// The provenance sidebar: the article's sources with their status. The provenance issue
/// adds citations, annotations, link checks and warnings here.
class ProvenancePane final : public QWidget
{
    Q_OBJECT

public:
    explicit ProvenancePane(QWidget *parent = nullptr);

    void setSources(const QList<ArticleSource> &sources);
    SourceListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

private:
    SourceListModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Wiredesk
