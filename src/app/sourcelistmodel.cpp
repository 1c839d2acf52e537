#include "sourcelistmodel.h"

#include "bodyeditor.h"
#include "semanticcolors.h"
#include "sourcemerger.h"

#include <QColor>
#include <QLocale>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
// Source rows have internal id 0; citation rows carry their source's row + 1.
constexpr quintptr SourceLevel = 0;
constexpr int QuoteLength = 90;

QString quoted(const QString &text)
{
    const QString simple = text.simplified();
    const QString shown = simple.size() > QuoteLength ? QString(simple.left(QuoteLength - 1) + u"…"_s) : simple;
    // A span that is itself a quotation keeps its own marks.
    static const QString quoteMarks = u"“\"«„‘'"_s;
    if (!shown.isEmpty() && quoteMarks.contains(shown.front()))
        return shown;
    return u"“"_s + shown + u"”"_s;
}
} // namespace

SourceListModel::SourceListModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void SourceListModel::setArticle(const QList<ArticleSource> &sources, const QString &bodyHtml)
{
    if (sources == m_sources && bodyHtml == m_bodyHtml)
        return;
    const QList<CitationExtractor::Citation> all = CitationExtractor::extract(bodyHtml).citations;
    QList<QList<CitationExtractor::Citation>> bySource(sources.size());
    for (int row = 0; row < sources.size(); ++row) {
        for (const CitationExtractor::Citation &citation : all) {
            if (citation.sourceIds.contains(sources.at(row).id))
                bySource[row] << citation;
        }
    }
    QHash<QString, QString> duplicateOf;
    for (const QStringList &group : SourceMerger::duplicateGroups(sources)) {
        for (int i = 1; i < group.size(); ++i)
            duplicateOf.insert(group.at(i), group.first());
    }
    // Same shape (sources and their number of spans): update in place, so the selection and
    // the expanded rows stay while the user types.
    bool sameShape = sources.size() == m_sources.size();
    for (int row = 0; sameShape && row < sources.size(); ++row)
        sameShape = sources.at(row).id == m_sources.at(row).id && bySource.at(row).size() == m_citations.at(row).size();
    m_bodyHtml = bodyHtml;
    if (sameShape) {
        m_sources = sources;
        m_citations = bySource;
        m_duplicateOf = duplicateOf;
        if (!m_sources.isEmpty()) {
            Q_EMIT dataChanged(index(0, 0), index(int(m_sources.size()) - 1, ColumnCount - 1));
            for (int row = 0; row < m_sources.size(); ++row) {
                if (!m_citations.at(row).isEmpty()) {
                    const QModelIndex parent = index(row, 0);
                    Q_EMIT dataChanged(
                        index(0, 0, parent), index(int(m_citations.at(row).size()) - 1, ColumnCount - 1, parent));
                }
            }
        }
        return;
    }
    beginResetModel();
    m_sources = sources;
    m_citations = bySource;
    m_duplicateOf = duplicateOf;
    endResetModel();
}

void SourceListModel::setChecks(const QHash<QString, LinkCheckResult> &checks)
{
    m_checks = checks;
    if (!m_sources.isEmpty())
        Q_EMIT dataChanged(index(0, LinkColumn), index(int(m_sources.size()) - 1, LinkColumn));
}

QList<CitationExtractor::Citation> SourceListModel::citationsOf(const QString &sourceId) const
{
    const QModelIndex source = indexOfSource(sourceId);
    return source.isValid() ? m_citations.at(source.row()) : QList<CitationExtractor::Citation>();
}

QModelIndex SourceListModel::indexOfSource(const QString &sourceId, int column) const
{
    for (int row = 0; row < m_sources.size(); ++row) {
        if (m_sources.at(row).id == sourceId)
            return index(row, column);
    }
    return {};
}

QModelIndex SourceListModel::indexOfCitation(const QString &sourceId, const QString &citationId) const
{
    const QModelIndex source = indexOfSource(sourceId);
    if (!source.isValid())
        return {};
    const auto &citations = m_citations.at(source.row());
    for (int row = 0; row < citations.size(); ++row) {
        if (citations.at(row).id == citationId)
            return index(row, 0, source);
    }
    return {};
}

QModelIndex SourceListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_sources.size() ? createIndex(row, column, SourceLevel) : QModelIndex();
    if (parent.internalId() != SourceLevel || parent.row() >= m_citations.size())
        return {};
    return row < m_citations.at(parent.row()).size() ? createIndex(row, column, quintptr(parent.row()) + 1)
                                                     : QModelIndex();
}

QModelIndex SourceListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == SourceLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, SourceLevel);
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sources.size());
    if (parent.internalId() != SourceLevel || parent.column() != 0 || parent.row() >= m_citations.size())
        return 0;
    return int(m_citations.at(parent.row()).size());
}

int SourceListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QStringList SourceListModel::statuses()
{
    return {u"unchecked"_s, u"verified"_s, u"partly-verified"_s, u"disputed"_s, u"false"_s, u"unreachable"_s};
}

QStringList SourceListModel::platforms()
{
    return {u"wire"_s, u"telegram"_s, u"x"_s, u"mastodon"_s, u"youtube"_s, u"wikipedia"_s, u"official"_s, u"document"_s,
        u"other"_s};
}

QStringList SourceListModel::kinds()
{
    return {u"primary"_s, u"secondary"_s, u"tertiary"_s};
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

QString SourceListModel::kindLabel(const QString &kind)
{
    if (kind == u"primary")
        return tr("Primary");
    if (kind == u"secondary")
        return tr("Secondary");
    if (kind == u"tertiary")
        return tr("Tertiary");
    return tr("Not set");
}

QString SourceListModel::checkLabel(const LinkCheckResult &check)
{
    switch (check.outcome) {
    case LinkCheckResult::Outcome::Ok:
        return check.redirectsToOtherDomain() ? tr("%1 (moved)").arg(check.status) : QString::number(check.status);
    case LinkCheckResult::Outcome::Dead:
        return tr("%1 dead").arg(check.status);
    case LinkCheckResult::Outcome::HttpError:
        return tr("%1 error").arg(check.status);
    case LinkCheckResult::Outcome::Timeout:
        return tr("Timeout");
    case LinkCheckResult::Outcome::Cancelled:
        return tr("Cancelled");
    case LinkCheckResult::Outcome::RedirectLoop:
    case LinkCheckResult::Outcome::TooManyRedirects:
    case LinkCheckResult::Outcome::RedirectRefused:
        return tr("Bad redirect");
    case LinkCheckResult::Outcome::Unreachable:
        break;
    }
    return tr("Unreachable");
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() != SourceLevel) {
        const int sourceRow = int(index.internalId() - 1);
        if (sourceRow >= m_citations.size() || index.row() >= m_citations.at(sourceRow).size())
            return {};
        const CitationExtractor::Citation &citation = m_citations.at(sourceRow).at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == TitleColumn ? quoted(citation.text) : QVariant();
        case Qt::ToolTipRole:
            return citation.text;
        case Qt::ForegroundRole:
            return SemanticColors::color(SemanticColors::Role::Muted);
        case SourceIdRole:
            return m_sources.at(sourceRow).id;
        case CitationIdRole:
            return citation.id;
        case BlockIdRole:
            return citation.blockId;
        case CitationNumberRole:
            return citation.id.section(u'/', 1).toInt();
        }
        return {};
    }
    if (index.row() >= m_sources.size())
        return {};
    const ArticleSource &source = m_sources.at(index.row());
    const QString duplicate = m_duplicateOf.value(source.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: {
            const QString title = source.title.isEmpty() ? source.url : source.title;
            return duplicate.isEmpty() ? title : tr("%1 (duplicate of %2)").arg(title, duplicate);
        }
        case PlatformColumn:
            return platformLabel(source.platform);
        case PostedColumn:
            // Compact: the sidebar is narrow; the tooltip and the source's detail carry the rest.
            return source.posted.isValid() ? QLocale().toString(source.posted.toLocalTime(), u"d MMM HH:mm"_s)
                                           : QString();
        case StatusColumn:
            return statusLabel(source.status);
        case LinkColumn: {
            const auto check = m_checks.constFind(source.id);
            return check == m_checks.constEnd() ? QString() : checkLabel(*check);
        }
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = source.publisher.isEmpty() ? source.url : source.publisher + u"\n"_s + source.url;
        if (!duplicate.isEmpty())
            tip += u"\n"_s + tr("Same canonical URL as %1: merge them.").arg(duplicate);
        return tip;
    }
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            if (source.status == u"verified")
                return SemanticColors::color(SemanticColors::Role::Good);
            if (source.status == u"disputed" || source.status == u"false" || source.status == u"unreachable")
                return SemanticColors::color(SemanticColors::Role::Bad);
        }
        if (index.column() == LinkColumn) {
            const auto check = m_checks.constFind(source.id);
            if (check != m_checks.constEnd())
                return SemanticColors::color(check->isOk() ? SemanticColors::Role::Good : SemanticColors::Role::Bad);
        }
        if (index.column() == TitleColumn && !duplicate.isEmpty())
            return SemanticColors::color(SemanticColors::Role::Warning);
        break;
    case SourceIdRole:
        return source.id;
    case UrlRole:
        return source.url;
    case StatusRole:
        return source.status;
    case DuplicateOfRole:
        return duplicate;
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
    case LinkColumn:
        return tr("Link");
    }
    return {};
}

Qt::ItemFlags SourceListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() == SourceLevel)
        flags |= Qt::ItemIsDragEnabled; // drop a source on a sentence to cite it there
    return flags;
}

QStringList SourceListModel::mimeTypes() const
{
    return {QString::fromLatin1(BodyEditor::SourceIdsMimeType)};
}

QMimeData *SourceListModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = index.data(SourceIdRole).toString();
        if (index.internalId() == SourceLevel && !id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(BodyEditor::SourceIdsMimeType), ids.join(u' ').toUtf8());
    return mime;
}

} // namespace Wiredesk
