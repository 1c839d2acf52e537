#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace Wiredesk {

/// Copies a database's write-ahead log back into the database file on a thread of its own,
/// so the connection that writes never waits for it.
///
/// SQLite's automatic checkpoint runs inside the COMMIT that pushed the log past 1,000 pages:
/// the writer copies every page it logged a second time and waits for two fsyncs (perf on
/// the ingest benchmark: ~11 % of the writer thread's time, plus the fsync stalls). A
/// passive checkpoint on a second connection does the same work beside the writer; SQLite
/// makes it safe against concurrent writers and against crashes (an interrupted checkpoint
/// is simply done again). WireStore installs a WAL hook that calls request() after each
/// commit that left the log long, and checkpoints synchronously only when the log outgrows
/// a hard limit anyway (the checkpointer cannot keep up, or cannot run).
///
/// The thread and its connection start with the first request and end with the object.
class WalCheckpointer final
{
public:
    explicit WalCheckpointer(const QByteArray &utf8Path);
    ~WalCheckpointer();
    Q_DISABLE_COPY_MOVE(WalCheckpointer)

    /// Asks for a passive checkpoint soon; returns at once. Requests made while one runs
    /// are folded into one more run.
    void request();
    /// Completed checkpoint runs (for tests).
    int runs() const;

private:
    void run();

    QByteArray m_path;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    int m_runs = 0;
    std::thread m_thread;
};

} // namespace Wiredesk
