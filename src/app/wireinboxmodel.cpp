#include "wireinboxmodel.h"

#include "semanticcolors.h"
#include "wireinboxreader.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMimeData>
#include <QThread>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
constexpr int MaxInFlight = 2;
constexpr int MaxWanted = 8;
constexpr qint64 FullCountCap = 100'000'000;
} // namespace

WireInboxModel::WireInboxModel(const QString &storePath, QObject *parent)
    : QAbstractItemModel(parent)
{
    qRegisterMetaType<Wiredesk::InboxQuery>();
    qRegisterMetaType<Wiredesk::InboxRow>();
    qRegisterMetaType<QList<Wiredesk::InboxRow>>();
    m_pageThread = new QThread(this);
    m_countThread = new QThread(this);
    m_pageThread->setObjectName(u"inbox-pages"_s);
    m_countThread->setObjectName(u"inbox-count"_s);
    m_pageReader = new WireInboxReader(storePath);
    m_countReader = new WireInboxReader(storePath);
    m_pageReader->moveToThread(m_pageThread);
    m_countReader->moveToThread(m_countThread);
    connect(m_pageThread, &QThread::finished, m_pageReader, &QObject::deleteLater);
    connect(m_countThread, &QThread::finished, m_countReader, &QObject::deleteLater);
    connect(m_pageReader, &WireInboxReader::pageRead, this, &WireInboxModel::onPageRead);
    connect(m_pageReader, &WireInboxReader::membersRead, this, &WireInboxModel::onMembersRead);
    connect(m_pageReader, &WireInboxReader::itemRead, this, &WireInboxModel::itemLoaded);
    connect(m_countReader, &WireInboxReader::counted, this, &WireInboxModel::onCounted);
    connect(m_countReader, &WireInboxReader::countedFrom, this, &WireInboxModel::onCountedFrom);
    m_pageThread->start();
    m_countThread->start();

    m_dispatch = new QTimer(this);
    m_dispatch->setSingleShot(true);
    m_dispatch->setInterval(0);
    connect(m_dispatch, &QTimer::timeout, this, &WireInboxModel::dispatch);
}

WireInboxModel::~WireInboxModel()
{
    for (auto [thread, reader] : {std::pair {m_pageThread, m_pageReader}, std::pair {m_countThread, m_countReader}}) {
        QMetaObject::invokeMethod(reader, &WireInboxReader::close, Qt::QueuedConnection);
        thread->quit();
        thread->wait();
    }
}

void WireInboxModel::restartReaders()
{
    ++m_generation;
    const quint64 g = m_generation;
    const InboxQuery q = m_query;
    for (WireInboxReader *reader : {m_pageReader, m_countReader})
        QMetaObject::invokeMethod(
            reader, [reader, g, q] { reader->reset(g, q); }, Qt::QueuedConnection);
    m_pages.clear();
    m_lru.clear();
    m_wanted.clear();
    m_inFlight.clear();
    m_fullCountAsked = false;
}

void WireInboxModel::setQuery(const InboxQuery &query)
{
    beginResetModel();
    m_query = query;
    m_members.clear();
    m_membersAsked.clear();
    m_membersUnplaced.clear();
    m_rows = 0;
    m_displayCount = -1;
    m_displayCapped = false;
    m_firstPageSeen = false;
    m_pendingIngest = false;
    restartReaders();
    endResetModel();
    const quint64 g = m_generation;
    QMetaObject::invokeMethod(
        m_countReader, [r = m_countReader, g] { r->count(g, DisplayCap + 1); }, Qt::QueuedConnection);
    want(0);
    Q_EMIT countChanged(-1, false);
}

void WireInboxModel::itemsIngested()
{
    if (m_pendingIngest)
        return; // the running update will see these items too
    const InboxRow *top = topRow(0);
    m_pendingIngest = true;
    m_topPublished = top ? top->item.published : QDateTime();
    m_topSameTime = 0;
    if (top) {
        for (const InboxRow &r : m_pages.value(0))
            m_topSameTime += r.item.published == m_topPublished ? 1 : 0;
    }
    // The view keeps expanded clusters expanded and will not fetch them again: their members
    // are read anew (in the new generation); onMembersRead() puts them under the cluster's
    // row wherever it has moved by then.
    const QSet<qint64> expanded = m_membersAsked;
    dropChildren();
    restartReaders();
    const quint64 g = m_generation;
    for (const qint64 cluster : expanded) {
        m_membersAsked.insert(cluster);
        QMetaObject::invokeMethod(
            m_pageReader, [reader = m_pageReader, g, cluster] { reader->readMembers(g, cluster); },
            Qt::QueuedConnection);
    }
    if (m_topPublished.isValid()) {
        const QDateTime from = m_topPublished;
        QMetaObject::invokeMethod(
            m_countReader, [r = m_countReader, g, from] { r->countFrom(g, from); }, Qt::QueuedConnection);
    } else {
        m_pendingIngest = false;
    }
    QMetaObject::invokeMethod(
        m_countReader, [r = m_countReader, g] { r->count(g, DisplayCap + 1); }, Qt::QueuedConnection);
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    else
        want(0);
}

void WireInboxModel::onCountedFrom(quint64 generation, qint64 count)
{
    if (generation != m_generation)
        return;
    m_pendingIngest = false;
    const int added = int(qMax<qint64>(0, count - m_topSameTime));
    if (added <= 0)
        return;
    beginInsertRows({}, 0, added - 1);
    m_rows += added;
    endInsertRows();
    Q_EMIT rowsAddedAtTop(added);
}

void WireInboxModel::onCounted(quint64 generation, qint64 count, qint64 cap)
{
    if (generation != m_generation)
        return;
    if (cap == DisplayCap + 1) {
        m_displayCapped = count > DisplayCap;
        m_displayCount = m_displayCapped ? DisplayCap : count;
        Q_EMIT countChanged(m_displayCount, m_displayCapped);
        if (!m_displayCapped) {
            resizeTo(int(count));
            return;
        }
        resizeTo(qMax<int>(m_rows, int(DisplayCap)));
        if (!m_fullCountAsked) {
            // The exact count of a common word over a million items takes a while: the scroll
            // range grows when it arrives, the "10,000+" figure is shown meanwhile.
            m_fullCountAsked = true;
            QMetaObject::invokeMethod(
                m_countReader, [r = m_countReader, generation] { r->count(generation, FullCountCap); },
                Qt::QueuedConnection);
        }
        return;
    }
    resizeTo(int(qMin<qint64>(count, std::numeric_limits<int>::max() / 2)));
}

void WireInboxModel::resizeTo(int rows)
{
    if (rows == m_rows || m_pendingIngest)
        return;
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    }
}

void WireInboxModel::dropChildren()
{
    // Expanded clusters lose their member rows before rows move: their parents' row numbers
    // are about to change.
    const auto clusters = m_members.keys();
    for (int p = 0; p < m_rows && !m_members.isEmpty(); ++p) {
        const InboxRow *r = topRow(p);
        if (!r || !m_members.contains(r->clusterId))
            continue;
        const int n = int(m_members.value(r->clusterId).size());
        if (n > 0) {
            beginRemoveRows(index(p, 0), 0, n - 1);
            m_members.remove(r->clusterId);
            endRemoveRows();
        }
    }
    m_members.clear();
    m_membersAsked.clear();
    m_membersUnplaced.clear();
    Q_UNUSED(clusters)
}

const InboxRow *WireInboxModel::topRow(int row) const
{
    const auto it = m_pages.constFind(row / PageSize);
    if (it == m_pages.cend() || row % PageSize >= it->size())
        return nullptr;
    return &it->at(row % PageSize);
}

void WireInboxModel::want(int page) const
{
    if (m_inFlight.contains(page))
        return;
    m_wanted.removeOne(page);
    m_wanted.append(page);
    while (m_wanted.size() > MaxWanted)
        m_wanted.removeFirst();
    if (!m_dispatch->isActive())
        m_dispatch->start();
}

void WireInboxModel::dispatch()
{
    // Newest wishes first: while the user scrolls fast, the page under the viewport now
    // matters, not the one it passed.
    while (m_inFlight.size() < MaxInFlight && !m_wanted.isEmpty()) {
        const int page = m_wanted.takeLast();
        if (m_pages.contains(page) || m_inFlight.contains(page))
            continue;
        m_inFlight.insert(page);
        const quint64 g = m_generation;
        QMetaObject::invokeMethod(
            m_pageReader, [r = m_pageReader, g, page] { r->readPage(g, page, PageSize); }, Qt::QueuedConnection);
    }
}

void WireInboxModel::onPageRead(quint64 generation, int pageIndex, const QList<InboxRow> &rows, bool atEnd,
    const QStringList &notes, const QString &error)
{
    if (generation != m_generation)
        return;
    m_inFlight.remove(pageIndex);
    if (!error.isEmpty())
        Q_EMIT errorOccurred(error);
    if (pageIndex == 0 && !m_firstPageSeen) {
        m_firstPageSeen = true;
        Q_EMIT notesChanged(notes);
    }
    m_pages.insert(pageIndex, rows);
    m_lru.removeOne(pageIndex);
    m_lru.append(pageIndex);
    while (m_lru.size() > MaxCachedPages) {
        const int old = m_lru.takeFirst();
        m_pages.remove(old);
    }
    const int first = pageIndex * PageSize;
    const int have = first + int(rows.size());
    if (have > m_rows && !m_pendingIngest) {
        // Rows arrived before the count (the first page shows at once) or the count was low.
        beginInsertRows({}, m_rows, have - 1);
        m_rows = have;
        endInsertRows();
    } else if (atEnd && have < m_rows && m_displayCount >= 0 && !m_pendingIngest) {
        resizeTo(have);
    }
    const int last = qMin(m_rows, first + PageSize) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    // Clusters expanded before new items arrived had their members read while their page was
    // away (onMembersRead could not place them): read them again now that the row is back.
    for (const InboxRow &row : rows) {
        if (row.clusterId != 0 && m_membersAsked.contains(row.clusterId) && !m_members.contains(row.clusterId)
            && m_membersUnplaced.remove(row.clusterId)) {
            const quint64 g = m_generation;
            const qint64 cluster = row.clusterId;
            QMetaObject::invokeMethod(
                m_pageReader, [reader = m_pageReader, g, cluster] { reader->readMembers(g, cluster); },
                Qt::QueuedConnection);
        }
    }
    if (pageIndex == 0)
        Q_EMIT firstPageLoaded();
    dispatch();
}

void WireInboxModel::onMembersRead(quint64 generation, qint64 clusterId, const QList<InboxRow> &rows)
{
    // Only a reset (new generation) makes an answer stale. New items at the top drop the
    // member rows shown so far (dropChildren) while a read may still be on its way; the view
    // keeps that cluster expanded and will not ask again, so the answer is still wanted.
    if (generation != m_generation || m_members.contains(clusterId))
        return;
    for (int p = 0; p < m_rows; ++p) {
        const InboxRow *r = topRow(p);
        if (!r || r->clusterId != clusterId)
            continue;
        if (rows.isEmpty()) {
            m_membersAsked.remove(clusterId); // nothing yet: expanding again asks again
            return;
        }
        m_membersAsked.insert(clusterId);
        beginInsertRows(index(p, 0), 0, int(rows.size()) - 1);
        m_members.insert(clusterId, rows);
        endInsertRows();
        return;
    }
    m_membersUnplaced.insert(clusterId); // its row is not loaded now: read again when it is
}

void WireInboxModel::setAlertItems(const QSet<qint64> &ids)
{
    m_alerts = ids;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1), {Qt::BackgroundRole});
}

void WireInboxModel::addAlertItems(const QList<qint64> &ids)
{
    for (qint64 id : ids)
        m_alerts.insert(id);
}

InboxRow WireInboxModel::row(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const InboxRow *r = topRow(index.row());
        return r ? *r : InboxRow {};
    }
    const InboxRow *parentRow = topRow(int(index.internalId() - 1));
    if (!parentRow)
        return {};
    return m_members.value(parentRow->clusterId).value(index.row());
}

void WireInboxModel::setRead(const QModelIndexList &indexes, bool read)
{
    QList<qint64> ids;
    for (const QModelIndex &i : indexes) {
        InboxRow *r = nullptr;
        if (i.internalId() == 0) {
            auto it = m_pages.find(i.row() / PageSize);
            if (it != m_pages.end() && i.row() % PageSize < it->size())
                r = &(*it)[i.row() % PageSize];
        } else if (const InboxRow *p = topRow(int(i.internalId() - 1))) {
            auto it = m_members.find(p->clusterId);
            if (it != m_members.end() && i.row() < it->size())
                r = &(*it)[i.row()];
        }
        if (r && r->read != read && r->item.id != 0) {
            r->read = read;
            ids << r->item.id;
            Q_EMIT dataChanged(i.siblingAtColumn(0), i.siblingAtColumn(ColumnCount - 1));
        }
    }
    if (!ids.isEmpty())
        QMetaObject::invokeMethod(
            m_pageReader, [r = m_pageReader, ids, read] { r->setRead(ids, read); }, Qt::QueuedConnection);
}

void WireInboxModel::setStarred(const QModelIndexList &indexes, bool starred)
{
    QList<qint64> ids;
    for (const QModelIndex &i : indexes) {
        InboxRow *r = nullptr;
        if (i.internalId() == 0) {
            auto it = m_pages.find(i.row() / PageSize);
            if (it != m_pages.end() && i.row() % PageSize < it->size())
                r = &(*it)[i.row() % PageSize];
        } else if (const InboxRow *p = topRow(int(i.internalId() - 1))) {
            auto it = m_members.find(p->clusterId);
            if (it != m_members.end() && i.row() < it->size())
                r = &(*it)[i.row()];
        }
        if (r && r->item.id != 0) {
            r->starred = starred;
            ids << r->item.id;
            Q_EMIT dataChanged(i.siblingAtColumn(0), i.siblingAtColumn(ColumnCount - 1));
        }
    }
    if (!ids.isEmpty())
        QMetaObject::invokeMethod(
            m_pageReader, [r = m_pageReader, ids, starred] { r->setStarred(ids, starred); }, Qt::QueuedConnection);
}

void WireInboxModel::loadItem(qint64 id)
{
    QMetaObject::invokeMethod(
        m_pageReader, [r = m_pageReader, id] { r->readItem(id); }, Qt::QueuedConnection);
}

QModelIndex WireInboxModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_rows ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0)
        return {};
    return row < rowCount(parent) ? createIndex(row, column, quintptr(parent.row() + 1)) : QModelIndex();
}

QModelIndex WireInboxModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int WireInboxModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_rows;
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const InboxRow *r = topRow(parent.row());
    return r ? int(m_members.value(r->clusterId).size()) : 0;
}

int WireInboxModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool WireInboxModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_rows > 0;
    if (parent.internalId() != 0 || parent.column() != 0)
        return false;
    const InboxRow *r = topRow(parent.row());
    return r && r->clusterId != 0 && r->clusterSize > 1;
}

bool WireInboxModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.internalId() != 0)
        return false; // top-level rows come from the count, never from a fetchMore loop
    const InboxRow *r = topRow(parent.row());
    return r && r->clusterSize > 1 && !m_membersAsked.contains(r->clusterId);
}

void WireInboxModel::fetchMore(const QModelIndex &parent)
{
    const InboxRow *r = topRow(parent.row());
    if (!r || parent.internalId() != 0)
        return;
    const qint64 cluster = r->clusterId;
    m_membersAsked.insert(cluster);
    const quint64 g = m_generation;
    QMetaObject::invokeMethod(
        m_pageReader, [reader = m_pageReader, g, cluster] { reader->readMembers(g, cluster); }, Qt::QueuedConnection);
}

QVariant WireInboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const InboxRow *r = nullptr;
    InboxRow member;
    if (index.internalId() == 0) {
        r = topRow(index.row());
        if (!r) {
            want(index.row() / PageSize); // cheap when already wanted
            if (role == Qt::DisplayRole && index.column() == HeadlineColumn)
                return tr("Loading…");
            if (role == LoadedRole)
                return false;
            return {};
        }
        const int page = index.row() / PageSize;
        if (!m_lru.isEmpty() && m_lru.constLast() != page) {
            m_lru.removeOne(page);
            m_lru.append(page);
        }
    } else {
        member = row(index);
        if (member.item.id == 0)
            return {};
        r = &member;
    }
    const WireItem &item = r->item;
    switch (role) {
    case LoadedRole:
        return true;
    case ItemIdRole:
        return item.id;
    case ClusterIdRole:
        return r->clusterId;
    case RowRole:
        return QVariant::fromValue(*r);
    case UrgencyRole:
        return item.urgency;
    case ClusterSizeRole:
        return index.internalId() == 0 ? r->clusterSize : 1;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: {
            // Short, so the headline keeps the room: today the time, this week the day and
            // the time, before that the date (the tooltip has both clocks in full).
            const QDateTime local = item.published.toLocalTime();
            const qint64 daysAgo = local.date().daysTo(QDate::currentDate());
            if (daysAgo == 0)
                return local.toString(u"HH:mm"_s);
            if (daysAgo > 0 && daysAgo < 7)
                return QLocale().toString(local, u"ddd HH:mm"_s);
            return QLocale().toString(local.date(), u"d MMM yy"_s);
        }
        case SourceColumn:
            return r->sourceLabel.isEmpty() ? r->sourceName : u"%1 · %2"_s.arg(r->sourceName, r->sourceLabel);
        case UrgencyColumn:
            return item.urgency > 0 ? QVariant(item.urgency) : QVariant();
        case HeadlineColumn: {
            QString text = item.title;
            if (r->starred)
                text.prepend(u"★ "_s);
            if (r->updated)
                text.append(tr(" (updated)"));
            return text;
        }
        case ClusterColumn: {
            const QString story = storySizeText(*r, index);
            return story.isEmpty() ? QVariant() : QVariant(story);
        }
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return tr("%1 UTC\n%2 local")
                .arg(item.published.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                    item.published.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss t"_s));
        case SourceColumn:
            return r->sourceLabel.isEmpty() ? r->sourceName
                                            : tr("%1 — credibility: %2").arg(r->sourceName, r->sourceLabel);
        case HeadlineColumn: {
            // The headline carries the urgency mark and the story count (InboxHeadlineDelegate):
            // their words are here and in the accessible text.
            QStringList parts;
            if (item.urgency > 0)
                parts << urgencyText(item.urgency);
            parts << (item.summary.isEmpty() ? item.title : item.title + u"\n\n"_s + item.summary.left(400));
            if (const QString story = storySizeText(*r, index); !story.isEmpty())
                parts << story;
            return parts.join(u"\n\n"_s);
        }
        case UrgencyColumn:
            return item.urgency > 0 ? urgencyText(item.urgency) : QVariant();
        case ClusterColumn: {
            const QString story = storySizeText(*r, index);
            return story.isEmpty() ? QVariant() : QVariant(story);
        }
        }
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == HeadlineColumn) {
            QStringList parts {data(index, Qt::DisplayRole).toString()};
            if (item.urgency > 0)
                parts << urgencyText(item.urgency);
            if (const QString story = storySizeText(*r, index); !story.isEmpty())
                parts << story;
            return parts.join(u", "_s);
        }
        return {};
    case Qt::FontRole:
        if (!r->read) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (m_alerts.contains(item.id))
            return QBrush(QColor(255, 236, 153)); // alert highlight, readable in light and dark
        return {};
    case Qt::ForegroundRole:
        if (m_alerts.contains(item.id))
            return QBrush(QColor(20, 20, 20));
        if (index.column() == UrgencyColumn && item.urgency == 1)
            return QBrush(SemanticColors::color(SemanticColors::Role::Bad)); // when the column is shown
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == UrgencyColumn || index.column() == ClusterColumn)
            return int(Qt::AlignCenter);
        return {};
    }
    return {};
}

QVariant WireInboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case UrgencyColumn:
            return tr("IPTC urgency (1 = flash … 9)");
        case HeadlineColumn:
            return tr("A coloured bar before the headline marks an urgent wire (red: flash); the number after it "
                      "counts the wires of the story. Right-click the header to show more columns.");
        case ClusterColumn:
            return tr("Wires in the story");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SourceColumn:
        return tr("Source");
    case UrgencyColumn:
        return tr("Urg.");
    case HeadlineColumn:
        return tr("Headline");
    case ClusterColumn:
        return tr("Story");
    }
    return {};
}

Qt::ItemFlags WireInboxModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList WireInboxModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType), u"text/uri-list"_s, u"text/plain"_s};
}

QMimeData *WireInboxModel::mimeData(const QModelIndexList &indexes) const
{
    QJsonArray items;
    QList<QUrl> urls;
    QStringList lines;
    QSet<qint64> seen;
    for (const QModelIndex &i : indexes) {
        const InboxRow r = row(i);
        if (r.item.id == 0 || seen.contains(r.item.id))
            continue;
        seen.insert(r.item.id);
        QJsonObject o;
        o.insert(u"id"_s, r.item.id);
        o.insert(u"url"_s, r.item.url);
        o.insert(u"title"_s, r.item.title);
        o.insert(u"source"_s, r.sourceName);
        o.insert(u"published"_s, r.item.published.toUTC().toString(Qt::ISODate));
        items.append(o);
        if (!r.item.url.isEmpty())
            urls << QUrl(r.item.url);
        lines << (r.item.url.isEmpty() ? r.item.title : r.item.title + u" <"_s + r.item.url + u'>');
    }
    if (items.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(MimeType), QJsonDocument(items).toJson(QJsonDocument::Compact));
    mime->setUrls(urls);
    mime->setText(lines.join(u'\n'));
    return mime;
}

QString WireInboxModel::storySizeText(const InboxRow &row, const QModelIndex &index) const
{
    return index.internalId() == 0 && row.clusterSize > 1 ? tr("%n wires", nullptr, row.clusterSize) : QString();
}

QString WireInboxModel::urgencyText(int urgency)
{
    if (urgency <= 0)
        return {};
    return urgency == 1 ? tr("Flash") : tr("IPTC urgency %1 (1 = flash … 9)").arg(urgency);
}

QString WireInboxModel::formatCount(qint64 count, bool capped)
{
    if (count < 0)
        return tr("counting…");
    const QString n = QLocale().toString(count);
    if (capped)
        return tr("%1+ items").arg(n);
    return count == 1 ? tr("1 item") : tr("%1 items").arg(n);
}

} // namespace Wiredesk
