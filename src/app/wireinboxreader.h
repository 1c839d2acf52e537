#pragma once

#include "inboxquery.h"
#include "inboxrow.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <memory>

namespace Wiredesk {

class WireStore;

/// The inbox's own connection to the store, living on a reader thread so the GUI thread
/// never runs a query. WireInboxModel asks for pages by number; the reader turns page
/// numbers into keyset cursors, walking forward from the nearest known cursor when the
/// user jumps far down (only the cursors of the skipped pages are kept). It also performs
/// the inbox's small writes (read, starred), so those never block the GUI either.
class WireInboxReader final : public QObject
{
    Q_OBJECT

public:
    explicit WireInboxReader(const QString &storePath, QObject *parent = nullptr);
    ~WireInboxReader() override;

public Q_SLOTS:
    /// Forget the cursors: the query changed or new items arrived (generation identifies it).
    void reset(quint64 generation, const Wiredesk::InboxQuery &query);
    void readPage(quint64 generation, int pageIndex, int pageSize);
    void count(quint64 generation, qint64 cap);
    /// Counts the rows published at or after @p from (the rows a refresh put above the old top).
    void countFrom(quint64 generation, const QDateTime &from);
    void readMembers(quint64 generation, qint64 clusterId);
    void readItem(qint64 id);
    void setRead(const QList<qint64> &ids, bool read);
    void setStarred(const QList<qint64> &ids, bool starred);
    void close();

Q_SIGNALS:
    void pageRead(quint64 generation, int pageIndex, const QList<Wiredesk::InboxRow> &rows, bool atEnd,
        const QStringList &notes, const QString &error);
    void counted(quint64 generation, qint64 count, qint64 cap);
    void countedFrom(quint64 generation, qint64 count);
    void membersRead(quint64 generation, qint64 clusterId, const QList<Wiredesk::InboxRow> &rows);
    void itemRead(const Wiredesk::InboxRow &row);

private:
    WireStore *store();

    QString m_path;
    std::unique_ptr<WireStore> m_store;
    quint64 m_generation = 0;
    InboxQuery m_query;
    int m_pageSize = 0;
    QHash<int, PageCursor> m_cursors; ///< cursor *after* page n (page n+1 starts there)
    int m_lastPage = -1;              ///< the last page, once the end was seen
};

} // namespace Wiredesk
