#pragma once

#include "article.h"

#include <QAbstractTableModel>

namespace Wiredesk {

/// The article's sources for the provenance sidebar: one row per source with its
/// platform, posting time and verification status.
class SourceListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, PlatformColumn, PostedColumn, StatusColumn, ColumnCount };
    enum Role { SourceIdRole = Qt::UserRole + 1, UrlRole, StatusRole };

    explicit SourceListModel(QObject *parent = nullptr);

    void setSources(const QList<ArticleSource> &sources);
    const QList<ArticleSource> &sources() const { return m_sources; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusLabel(const QString &status);
    static QString platformLabel(const QString &platform);

private:
    QList<ArticleSource> m_sources;
};

} // namespace Wiredesk
