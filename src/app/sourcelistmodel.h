#pragma once

#include "article.h"
#include "citationextractor.h"
#include "linkcheckresult.h"

#include <QAbstractItemModel>
#include <QHash>

namespace Wiredesk {

/// The article's sources for the provenance sidebar, as a two-level tree: one row per source
/// (title, platform, posting time, verification status, latest link check) and under it one
/// row per span of the body that cites it (the quoted text). Duplicates — sources whose
/// canonical URL an earlier source already has — are marked, naming the source to merge into.
class SourceListModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, PlatformColumn, PostedColumn, StatusColumn, LinkColumn, ColumnCount };
    enum Role {
        SourceIdRole = Qt::UserRole + 1, ///< on citation rows: the source they were listed under
        UrlRole,
        StatusRole,
        CitationIdRole, ///< "<block>/<n>"; empty on source rows
        BlockIdRole,
        CitationNumberRole,
        DuplicateOfRole, ///< the earlier source with the same canonical URL, if any
    };

    explicit SourceListModel(QObject *parent = nullptr);

    /// Sources and the cited spans of @p bodyHtml (CitationExtractor).
    void setArticle(const QList<ArticleSource> &sources, const QString &bodyHtml);
    /// The newest link check per source id (shown in the Link column).
    void setChecks(const QHash<QString, LinkCheckResult> &checks);
    const QList<ArticleSource> &sources() const { return m_sources; }
    QList<CitationExtractor::Citation> citationsOf(const QString &sourceId) const;
    QModelIndex indexOfSource(const QString &sourceId, int column = 0) const;
    QModelIndex indexOfCitation(const QString &sourceId, const QString &citationId) const;
    QString duplicateOf(const QString &sourceId) const { return m_duplicateOf.value(sourceId); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    static QString statusLabel(const QString &status);
    static QString platformLabel(const QString &platform);
    static QString kindLabel(const QString &kind);
    static QString checkLabel(const LinkCheckResult &check);
    static QStringList statuses();
    static QStringList platforms();
    static QStringList kinds();

private:
    QList<ArticleSource> m_sources;
    QList<QList<CitationExtractor::Citation>> m_citations; ///< per source row
    QHash<QString, LinkCheckResult> m_checks;
    QHash<QString, QString> m_duplicateOf;
    QString m_bodyHtml;
};

} // namespace Wiredesk
