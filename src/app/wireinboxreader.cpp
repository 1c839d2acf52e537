#include "wireinboxreader.h"

#include "wirestore.h"

#include <sqlite3.h>

#include <limits>

namespace Wiredesk {

WireInboxReader::WireInboxReader(const QString &storePath, QObject *parent)
    : QObject(parent)
    , m_path(storePath)
{ }

WireInboxReader::~WireInboxReader() = default;

WireStore *WireInboxReader::store()
{
    if (!m_store) {
        m_store = std::make_unique<WireStore>();
        m_store->open(m_path);
    }
    return m_store.get();
}

void WireInboxReader::reset(quint64 generation, const InboxQuery &query)
{
    m_generation = generation;
    m_query = query;
    m_cursors.clear();
    m_lastPage = -1;
}

void WireInboxReader::readPage(quint64 generation, int pageIndex, int pageSize)
{
    if (generation != m_generation)
        return; // a request for a query the user already left
    if (pageSize != m_pageSize) {
        m_cursors.clear();
        m_pageSize = pageSize;
    }
    if (m_lastPage >= 0 && pageIndex > m_lastPage) {
        Q_EMIT pageRead(generation, pageIndex, {}, true, {}, {});
        return;
    }
    // The nearest page at or before pageIndex whose start is known.
    int start = pageIndex;
    while (start > 0 && !m_cursors.contains(start - 1))
        --start;
    WireStore *s = store();
    if (start < pageIndex && m_query.ftsExpression.isEmpty() && !m_query.hasFilters()) {
        // Browsing everything: skip the rows by id alone, without building them. The id order
        // is the inbox order (see WireStore), so the id of the last skipped row is the cursor.
        const qint64 from = start == 0 ? std::numeric_limits<qint64>::max() : m_cursors.value(start - 1).id;
        const char *sql = m_query.collapseClusters
            ? "SELECT id FROM wire_item WHERE id < ?1 AND cluster_head = 1 ORDER BY id DESC LIMIT 1 OFFSET ?2"
            : "SELECT id FROM wire_item WHERE id < ?1 ORDER BY id DESC LIMIT 1 OFFSET ?2";
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(s->handle(), sql, -1, &st, nullptr) == SQLITE_OK) {
            sqlite3_bind_int64(st, 1, from);
            sqlite3_bind_int64(st, 2, qint64(pageIndex - start) * pageSize - 1);
            if (sqlite3_step(st) == SQLITE_ROW) {
                m_cursors.insert(pageIndex - 1, PageCursor {sqlite3_column_int64(st, 0), {}});
                start = pageIndex;
            }
        }
        sqlite3_finalize(st);
    }
    // Walk to the wanted page in big steps: one query per WalkPages pages, keeping only the
    // cursors at the page boundaries.
    constexpr int WalkPages = 50;
    int p = start;
    while (p < pageIndex) {
        const int steps = qMin(WalkPages, pageIndex - p);
        const PageCursor after = p == 0 ? PageCursor {} : m_cursors.value(p - 1);
        const InboxPage chunk = s->page(m_query, after, qMin(10000, steps * pageSize));
        if (!chunk.error.isEmpty()) {
            Q_EMIT pageRead(generation, pageIndex, {}, true, chunk.notes, chunk.error);
            return;
        }
        for (int i = 1; i <= steps; ++i) {
            const qsizetype last = qsizetype(i) * pageSize - 1;
            if (last >= chunk.rows.size())
                break;
            const WireItem &item = chunk.rows.at(last).item;
            m_cursors.insert(p + i - 1, PageCursor {item.id, item.published});
        }
        if (qsizetype(steps) * pageSize >= chunk.rows.size() && chunk.atEnd) {
            // The list ends before the wanted page.
            m_lastPage = p + int((chunk.rows.size() - 1) / pageSize);
            Q_EMIT pageRead(generation, pageIndex, {}, true, chunk.notes, {});
            return;
        }
        p += steps;
    }
    const PageCursor after = pageIndex == 0 ? PageCursor {} : m_cursors.value(pageIndex - 1);
    const InboxPage page = s->page(m_query, after, pageSize);
    if (!page.rows.isEmpty())
        m_cursors.insert(pageIndex, page.next);
    if (page.atEnd)
        m_lastPage = pageIndex;
    Q_EMIT pageRead(generation, pageIndex, page.rows, page.atEnd, page.notes, page.error);
}

void WireInboxReader::count(quint64 generation, qint64 cap)
{
    if (generation != m_generation)
        return;
    Q_EMIT counted(generation, store()->count(m_query, cap), cap);
}

void WireInboxReader::countFrom(quint64 generation, const QDateTime &from)
{
    if (generation != m_generation)
        return;
    InboxQuery query = m_query;
    if (!query.publishedFrom.isValid() || query.publishedFrom < from)
        query.publishedFrom = from;
    Q_EMIT countedFrom(generation, store()->count(query, 100000));
}

void WireInboxReader::readMembers(quint64 generation, qint64 clusterId)
{
    Q_EMIT membersRead(generation, clusterId, store()->clusterMembers(clusterId));
}

void WireInboxReader::readItem(qint64 id)
{
    Q_EMIT itemRead(store()->item(id));
}

void WireInboxReader::setRead(const QList<qint64> &ids, bool read)
{
    store()->setRead(ids, read);
}

void WireInboxReader::setStarred(const QList<qint64> &ids, bool starred)
{
    store()->setStarred(ids, starred);
}

void WireInboxReader::close()
{
    m_store.reset();
}

} // namespace Wiredesk
