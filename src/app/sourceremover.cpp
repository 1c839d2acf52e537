#include "sourceremover.h"

#include "wirestore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace Wiredesk {

struct SourceRemover::Job {
    std::atomic<bool> cancelled {false};
};

SourceRemover::SourceRemover(QObject *parent)
    : QObject(parent)
{ }

SourceRemover::~SourceRemover()
{
    // A job still running finishes its transaction; nobody hears about it any more.
    if (m_job)
        m_job->cancelled = true;
}

void SourceRemover::start(const QString &databasePath, qint64 sourceId)
{
    if (m_job)
        return;
    m_job = std::make_shared<Job>();
    const std::shared_ptr<Job> job = m_job;
    QPointer<SourceRemover> self(this);
    QThreadPool::globalInstance()->start([self, job, databasePath, sourceId] {
        WireStore store;
        bool ok = store.open(databasePath);
        if (ok) {
            ok = store.removeSource(sourceId, [self, job](qint64 done, qint64 total) {
                if (job->cancelled)
                    return false;
                // The application object is the context: the remover may be gone by then.
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [self, done, total] {
                        if (self)
                            Q_EMIT self->progress(done, total);
                    },
                    Qt::QueuedConnection);
                return true;
            });
        }
        const bool cancelled = !ok && job->cancelled;
        const QString error = ok ? QString() : store.errorString();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, ok, cancelled, error] {
                if (!self)
                    return;
                self->m_job.reset();
                Q_EMIT self->finished(ok, cancelled, error);
            },
            Qt::QueuedConnection);
    });
}

void SourceRemover::cancel()
{
    if (m_job)
        m_job->cancelled = true;
}

} // namespace Wiredesk
