#pragma once

#include "inboxquery.h"
#include "inboxrow.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

class QThread;
class QTimer;

namespace Wiredesk {

class WireInboxReader;

/// The wire inbox as a tree model over the store that stays fluid at a million items.
///
/// Rows are read a page at a time by WireInboxReader on reader threads (one for pages, one
/// for counts), never on the GUI thread; a row whose page has not arrived yet shows as a
/// placeholder and fills in when it does. Only the pages the view asks for are read (data()
/// of visible rows), a bounded number of pages is cached, and there is no fetchMore loop:
/// the row count comes from a count query (first capped at 10,001 for the "10,000+" figure,
/// then exact in the background for the scroll range). A story cluster is one row (its
/// newest member) with its number of wires, expandable to its members. After an ingest, the
/// rows newer than the old top are inserted at the top, so selection and scroll position
/// stay on the same items.
class WireInboxModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, SourceColumn, UrgencyColumn, HeadlineColumn, ClusterColumn, ColumnCount };
    enum Role {
        RowRole = Qt::UserRole + 1,
        ItemIdRole,
        ClusterIdRole,
        LoadedRole,
        UrgencyRole,     ///< IPTC urgency, 1 (flash) … 9; 0 when the wire gave none
        ClusterSizeRole, ///< wires in the row's story; 1 for a member row or a lone item
    };
    static constexpr int PageSize = 100;
    static constexpr int MaxCachedPages = 60;
    static constexpr qint64 DisplayCap = 10000;
    static constexpr const char *MimeType = "application/x-wiredesk-wire-items";

    explicit WireInboxModel(const QString &storePath, QObject *parent = nullptr);
    ~WireInboxModel() override;

    void setQuery(const InboxQuery &query);
    InboxQuery query() const { return m_query; }
    /// New items were stored: rows newer than the current top are inserted above it.
    void itemsIngested();
    void setAlertItems(const QSet<qint64> &ids);
    void addAlertItems(const QList<qint64> &ids);
    bool isAlert(qint64 id) const { return m_alerts.contains(id); }

    /// The row at @p index; item.id 0 while its page is loading.
    InboxRow row(const QModelIndex &index) const;
    void setRead(const QModelIndexList &indexes, bool read);
    void setStarred(const QModelIndexList &indexes, bool starred);
    /// Asks the reader for the full item (body, raw); arrives as itemLoaded().
    void loadItem(qint64 id);

    qint64 matchCount() const { return m_displayCount; }
    bool matchCountCapped() const { return m_displayCapped; }
    bool isCounting() const { return m_displayCount < 0; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

    static QString formatCount(qint64 count, bool capped);
    /// "Flash" or "IPTC urgency 3 (1 = flash … 9)"; empty for 0 (none given).
    static QString urgencyText(int urgency);

Q_SIGNALS:
    void countChanged(qint64 count, bool capped);
    void notesChanged(const QStringList &notes);
    void errorOccurred(const QString &message);
    /// The first page of the current query is in the model.
    void firstPageLoaded();
    /// @p count rows were inserted above the old top row.
    void rowsAddedAtTop(int count);
    void itemLoaded(const Wiredesk::InboxRow &row);

private:
    void onPageRead(quint64 generation, int pageIndex, const QList<Wiredesk::InboxRow> &rows, bool atEnd,
        const QStringList &notes, const QString &error);
    void onCounted(quint64 generation, qint64 count, qint64 cap);
    void onCountedFrom(quint64 generation, qint64 count);
    void onMembersRead(quint64 generation, qint64 clusterId, const QList<Wiredesk::InboxRow> &rows);
    void want(int page) const;
    void dispatch();
    void resizeTo(int rows);
    void dropChildren();
    void restartReaders();
    const InboxRow *topRow(int row) const;
    /// "4 wires" for the head of a story of several wires; empty for members and single wires.
    QString storySizeText(const InboxRow &row, const QModelIndex &index) const;

    InboxQuery m_query;
    quint64 m_generation = 0;
    int m_rows = 0;
    qint64 m_displayCount = -1;
    bool m_displayCapped = false;
    bool m_fullCountAsked = false;
    bool m_firstPageSeen = false;
    QDateTime m_topPublished; ///< of the top row when an ingest arrived
    int m_topSameTime = 0;    ///< rows of the first page with that exact time
    bool m_pendingIngest = false;

    mutable QHash<int, QList<InboxRow>> m_pages;
    mutable QList<int> m_lru;
    mutable QList<int> m_wanted;
    QSet<int> m_inFlight;
    QTimer *m_dispatch = nullptr;

    QHash<qint64, QList<InboxRow>> m_members; ///< cluster id → members, once expanded
    QSet<qint64> m_membersAsked;
    QSet<qint64> m_membersUnplaced; ///< asked clusters whose answer came while their row was not loaded
    QSet<qint64> m_alerts;

    QThread *m_pageThread = nullptr;
    QThread *m_countThread = nullptr;
    WireInboxReader *m_pageReader = nullptr;
    WireInboxReader *m_countReader = nullptr;
};

} // namespace Wiredesk
