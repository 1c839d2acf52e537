#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace Wiredesk {

/// Removes a wire source and all of its items off the GUI thread: a busy wire holds tens of
/// thousands of items, and each is tombstoned and leaves its story cluster, which takes
/// seconds. The work runs on the global thread pool with its own connection to the store,
/// in one transaction, so cancel() rolls everything back. Signals arrive on the thread that
/// owns the remover; it may be destroyed while the job runs (the job then just finishes).
class SourceRemover final : public QObject
{
    Q_OBJECT

public:
    explicit SourceRemover(QObject *parent = nullptr);
    ~SourceRemover() override;

    /// Starts removing source @p sourceId from the store file @p databasePath.
    void start(const QString &databasePath, qint64 sourceId);
    bool isRunning() const { return m_job != nullptr; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    /// @p ok: removed; otherwise @p error says why (also when cancelled: nothing was removed).
    void finished(bool ok, bool cancelled, const QString &error);

private:
    struct Job;
    std::shared_ptr<Job> m_job; ///< the running removal's, null when none runs
};

} // namespace Wiredesk
