#include "walcheckpointer.h"

#include <sqlite3.h>

namespace Wiredesk {

WalCheckpointer::WalCheckpointer(const QByteArray &utf8Path)
    : m_path(utf8Path)
{ }

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void WalCheckpointer::request()
{
    {
        std::lock_guard lock(m_mutex);
        m_requested = true;
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }
    m_wake.notify_one();
}

int WalCheckpointer::runs() const
{
    std::lock_guard lock(m_mutex);
    return m_runs;
}

void WalCheckpointer::run()
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(m_path.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        // The writer's hard limit checkpoints in its own connection instead.
        sqlite3_close(db);
        return;
    }
    // The same durability as the writer (WAL synced before the copy, the file after it).
    sqlite3_exec(db, "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr);
    // A checkpoint needs no lock that a writer holds for long; a short busy wait covers
    // the moments when another checkpoint or a WAL restart is in progress.
    sqlite3_busy_timeout(db, 1000);
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_requested || m_stopping; });
        if (m_stopping)
            break;
        m_requested = false;
        lock.unlock();
        // PASSIVE never waits for readers or the writer: it copies what it can now.
        sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
        ++m_runs;
    }
    lock.unlock();
    sqlite3_close(db);
}

} // namespace Wiredesk
