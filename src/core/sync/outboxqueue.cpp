#include "outboxqueue.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {

const QString Columns = u"draft_id, target, state, attempts, next_attempt, last_error, remote_id, remote_version, "
                        u"content_hash, base_json, updated"_s;

QDateTime fromMs(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()) : QDateTime();
}

qint64 toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

} // namespace

QString OutboxEntry::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return u"queued"_s;
    case State::Sending:
        return u"sending"_s;
    case State::Sent:
        return u"sent"_s;
    case State::RetryAt:
        return u"retry-at"_s;
    case State::Conflict:
        return u"conflict"_s;
    case State::NeedsSignIn:
        return u"needs-sign-in"_s;
    case State::Failed:
        return u"failed"_s;
    }
    return {};
}

std::optional<OutboxEntry::State> OutboxEntry::stateFromName(const QString &name)
{
    for (State state : {State::Queued, State::Sending, State::Sent, State::RetryAt, State::Conflict, State::NeedsSignIn,
             State::Failed}) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

OutboxQueue::OutboxQueue(Database *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

OutboxQueue::~OutboxQueue() = default;

bool OutboxQueue::fail(const QString &message) const
{
    m_error = message;
    return false;
}

QList<OutboxEntry> OutboxQueue::select(const QString &where, const QVariantList &values) const
{
    QList<OutboxEntry> out;
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT "_s + Columns + u" FROM sync_outbox "_s + where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        fail(query.lastError().text());
        return out;
    }
    while (query.next()) {
        OutboxEntry e;
        e.draftId = query.value(0).toString();
        e.target = query.value(1).toString();
        e.state = OutboxEntry::stateFromName(query.value(2).toString()).value_or(OutboxEntry::State::Queued);
        e.attempts = query.value(3).toInt();
        e.nextAttempt = fromMs(query.value(4).toLongLong());
        e.lastError = query.value(5).toString();
        e.remoteId = query.value(6).toString();
        e.remoteVersion = query.value(7).toString();
        e.contentHash = query.value(8).toString();
        e.baseJson = query.value(9).toString();
        e.updated = fromMs(query.value(10).toLongLong());
        out << e;
    }
    return out;
}

bool OutboxQueue::enqueue(const QString &draftId, const QString &target, const QDateTime &now)
{
    std::optional<OutboxEntry> existing = entry(draftId, target);
    OutboxEntry e = existing.value_or(OutboxEntry {});
    e.draftId = draftId;
    e.target = target;
    if (existing && e.state == OutboxEntry::State::Sending)
        return true; // the running push picks the newest text when it is re-queued after
    e.state = OutboxEntry::State::Queued;
    e.attempts = 0;
    e.nextAttempt = now;
    e.lastError.clear();
    return update(e, u"queued"_s);
}

std::optional<OutboxEntry> OutboxQueue::entry(const QString &draftId, const QString &target) const
{
    const QList<OutboxEntry> found = select(u"WHERE draft_id = ? AND target = ?"_s, {draftId, target});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<OutboxEntry> OutboxQueue::entries() const
{
    return select(u"ORDER BY updated DESC"_s, {});
}

QList<OutboxEntry> OutboxQueue::due(const QDateTime &now, int limit) const
{
    return select(
        u"WHERE state IN ('queued', 'retry-at') AND next_attempt <= ? ORDER BY next_attempt, draft_id LIMIT ?"_s,
        {toMs(now), limit});
}

QDateTime OutboxQueue::nextDue() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(u"SELECT MIN(next_attempt) FROM sync_outbox WHERE state IN ('queued', 'retry-at')"_s)
        || !query.next() || query.value(0).isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), QTimeZone::utc());
}

int OutboxQueue::pendingCount() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(u"SELECT COUNT(*) FROM sync_outbox WHERE state IN ('queued', 'sending', 'retry-at')"_s)
        || !query.next())
        return 0;
    return query.value(0).toInt();
}

int OutboxQueue::recoverInterrupted()
{
    const QList<OutboxEntry> stuck = select(u"WHERE state = 'sending'"_s, {});
    for (OutboxEntry e : stuck) {
        e.state = OutboxEntry::State::Queued;
        e.nextAttempt = QDateTime::currentDateTimeUtc();
        update(e, u"interrupted"_s,
            tr("A push was interrupted; the post is looked up by draft id before anything is created."));
    }
    return int(stuck.size());
}

bool OutboxQueue::update(const OutboxEntry &entry, const QString &event, const QString &message)
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"INSERT OR REPLACE INTO sync_outbox ("_s + Columns + u") VALUES (?,?,?,?,?,?,?,?,?,?,?)"_s);
    query.addBindValue(entry.draftId);
    query.addBindValue(entry.target);
    query.addBindValue(OutboxEntry::stateName(entry.state));
    query.addBindValue(entry.attempts);
    query.addBindValue(toMs(entry.nextAttempt));
    query.addBindValue(entry.lastError);
    query.addBindValue(entry.remoteId);
    query.addBindValue(entry.remoteVersion);
    query.addBindValue(entry.contentHash);
    query.addBindValue(entry.baseJson);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return fail(query.lastError().text());
    log(entry.draftId, entry.target, event, message.isEmpty() ? entry.lastError : message);
    Q_EMIT entryChanged(entry.draftId, entry.target);
    return true;
}

bool OutboxQueue::remove(const QString &draftId, const QString &target)
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"DELETE FROM sync_outbox WHERE draft_id = ? AND target = ?"_s);
    query.addBindValue(draftId);
    query.addBindValue(target);
    if (!query.exec())
        return fail(query.lastError().text());
    Q_EMIT entryChanged(draftId, target);
    return true;
}

bool OutboxQueue::log(const QString &draftId, const QString &target, const QString &event, const QString &message)
{
    OutboxLogEntry e {0, QDateTime::currentDateTimeUtc(), draftId, target, event, message};
    QSqlQuery query(m_database->connection());
    query.prepare(u"INSERT INTO sync_log (at, draft_id, target, event, message) VALUES (?,?,?,?,?)"_s);
    query.addBindValue(toMs(e.at));
    query.addBindValue(draftId);
    query.addBindValue(target);
    query.addBindValue(event);
    // A null QString binds as SQL NULL, which the NOT NULL column refuses: "queued" (no
    // message) was never logged.
    query.addBindValue(message.isNull() ? QString(u""_s) : message);
    if (!query.exec())
        return fail(query.lastError().text());
    e.id = query.lastInsertId().toLongLong();
    Q_EMIT logged(e);
    return true;
}

QList<OutboxLogEntry> OutboxQueue::logEntries(int limit, const QString &draftId) const
{
    QList<OutboxLogEntry> out;
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT id, at, draft_id, target, event, message FROM sync_log "_s
        + (draftId.isEmpty() ? QString() : u"WHERE draft_id = ? "_s) + u"ORDER BY id DESC LIMIT ?"_s);
    if (!draftId.isEmpty())
        query.addBindValue(draftId);
    query.addBindValue(limit);
    if (!query.exec()) {
        fail(query.lastError().text());
        return out;
    }
    while (query.next())
        out << OutboxLogEntry {query.value(0).toLongLong(), fromMs(query.value(1).toLongLong()),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString(), query.value(5).toString()};
    return out;
}

} // namespace Wiredesk
