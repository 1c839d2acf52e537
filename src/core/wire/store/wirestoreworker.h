#pragma once

#include "ingestresult.h"
#include "wireitem.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Wiredesk {

class WireStore;

/// Runs the store's writes on a worker thread so the GUI never waits on the disk.
///
/// Create it, moveToThread() a QThread, start the thread and call the slots through queued
/// connections (signals or QMetaObject::invokeMethod). The worker opens its own WireStore
/// on first use, in its thread, because a store belongs to the thread that opened it. The
/// GUI reads through its own WireStore on the same file and re-reads its first page when
/// ingested() arrives.
class WireStoreWorker final : public QObject
{
    Q_OBJECT

public:
    explicit WireStoreWorker(const QString &filePath, QObject *parent = nullptr);
    ~WireStoreWorker() override;

public Q_SLOTS:
    /// Stores one batch; emits ingested() (also on failure, with result.error set).
    void ingest(qint64 sourceId, const QList<Wiredesk::WireItem> &items);
    /// Applies every source's retention; emits purged().
    void purge();
    /// Closes the store in the worker thread (call before quitting the thread).
    void close();

Q_SIGNALS:
    void ingested(const Wiredesk::IngestResult &result);
    void purged(int items);
    void failed(const QString &message);

private:
    WireStore *store();

    QString m_filePath;
    std::unique_ptr<WireStore> m_store;
};

} // namespace Wiredesk
