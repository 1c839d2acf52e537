#include "sourcelistmodel.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Wiredesk {

SourceListModel::SourceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SourceListModel::setSources(const QList<ArticleSource> &sources)
{
    if (sources == m_sources)
        return;
    beginResetModel();
    m_sources = sources;
    endResetModel();
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SourceListModel::statusLabel(const QString &status)
{
    if (status == u"verified")
        return tr("Verified");
    if (status == u"partly-verified")
        return tr("Partly verified");
    if (status == u"disputed")
        return tr("Disputed");
    if (status == u"false")
        return tr("False");
    if (status == u"unreachable")
        return tr("Unreachable");
    return tr("Unchecked");
}

QString SourceListModel::platformLabel(const QString &platform)
{
    if (platform == u"wire")
        return tr("Wire");
    if (platform == u"telegram")
        return tr("Telegram");
    if (platform == u"x")
        return tr("X/Twitter");
    if (platform == u"mastodon")
        return tr("Mastodon");
    if (platform == u"youtube")
        return tr("YouTube");
    if (platform == u"wikipedia")
        return tr("Wikipedia");
    if (platform == u"official")
        return tr("Official site");
    if (platform == u"document")
        return tr("Document");
    return tr("Other");
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sources.size())
        return {};
    const ArticleSource &source = m_sources.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return source.title.isEmpty() ? source.url : source.title;
        case PlatformColumn:
            return platformLabel(source.platform);
        case PostedColumn:
            // Compact: the sidebar is narrow; the tooltip and the source's detail carry the rest.
            return source.posted.isValid() ? QLocale().toString(source.posted.toLocalTime(), u"d MMM HH:mm"_s)
                                           : QString();
        case StatusColumn:
            return statusLabel(source.status);
        }
        break;
    case Qt::ToolTipRole:
        return source.publisher.isEmpty() ? source.url : source.publisher + u"\n"_s + source.url;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            if (source.status == u"verified")
                return QColor(0x2e, 0x7d, 0x32);
            if (source.status == u"disputed" || source.status == u"false" || source.status == u"unreachable")
                return QColor(0xc6, 0x28, 0x28);
        }
        break;
    case SourceIdRole:
        return source.id;
    case UrlRole:
        return source.url;
    case StatusRole:
        return source.status;
    }
    return {};
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Source");
    case PlatformColumn:
        return tr("Platform");
    case PostedColumn:
        return tr("Posted");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace Wiredesk
