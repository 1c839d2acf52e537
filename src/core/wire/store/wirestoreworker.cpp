#include "wirestoreworker.h"

#include "wirestore.h"

namespace Wiredesk {

WireStoreWorker::WireStoreWorker(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
{
    qRegisterMetaType<Wiredesk::IngestResult>();
    qRegisterMetaType<QList<Wiredesk::WireItem>>();
}

WireStoreWorker::~WireStoreWorker() = default;

WireStore *WireStoreWorker::store()
{
    if (!m_store) {
        auto store = std::make_unique<WireStore>();
        if (!store->open(m_filePath)) {
            Q_EMIT failed(store->errorString());
            return nullptr;
        }
        m_store = std::move(store);
    }
    return m_store.get();
}

void WireStoreWorker::ingest(qint64 sourceId, const QList<Wiredesk::WireItem> &items)
{
    WireStore *s = store();
    if (!s) {
        IngestResult result;
        result.sourceId = sourceId;
        result.error = tr("The wire store could not be opened.");
        Q_EMIT ingested(result);
        return;
    }
    Q_EMIT ingested(s->ingest(sourceId, items));
}

void WireStoreWorker::purge()
{
    if (WireStore *s = store())
        Q_EMIT purged(s->purgeAll());
}

void WireStoreWorker::close()
{
    m_store.reset();
}

} // namespace Wiredesk
