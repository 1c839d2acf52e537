#pragma once

#include "article.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTimer;
class QTreeView;

namespace Wiredesk {

class SourceListModel;

/// The provenance sidebar: the article's sources with their status, and the checks panel —
/// the warnings ProvenanceChecker finds (dead links, duplicates, uncited sources and
/// paragraphs, dates that do not add up, images without credit), updated as the article
/// changes. Choosing a warning about a source selects that source.
class ProvenancePane final : public QWidget
{
    Q_OBJECT

public:
    explicit ProvenancePane(QWidget *parent = nullptr);

    /// Shows the article's sources now and re-runs the checks shortly after the last change.
    void setArticle(const Article &article);
    SourceListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QListWidget *warningList() const { return m_warnings; }
    /// Runs the pending checks at once (tests, and before submitting).
    void checkNow();

private:
    void selectSource(const QString &sourceId);

    Article m_article;
    SourceListModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_warnings = nullptr;
    QTimer *m_checkTimer = nullptr;
};

} // namespace Wiredesk
