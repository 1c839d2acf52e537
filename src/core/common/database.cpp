#include "database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Wiredesk {

namespace {
QAtomicInteger<quint64> s_connectionCounter;

} // namespace

Database::~Database()
{
    close();
}

bool Database::open(const QString &filePath)
{
    close();
    m_error.clear();
    m_filePath = filePath;
    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QCoreApplication::translate("Database", "Cannot create the folder %1.").arg(info.absolutePath()));

    m_connectionName = u"wiredesk-%1"_s.arg(++s_connectionCounter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(filePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            return fail(
                QCoreApplication::translate("Database", "Cannot open %1: %2").arg(filePath, db.lastError().text()));
    }
    // WAL with synchronous=NORMAL survives application crashes (kill -9); every commit is
    // durable against that without paying for an fsync per transaction.
    if (!exec({u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA foreign_keys=ON"_s,
            u"PRAGMA temp_store=MEMORY"_s}))
        return false;
    QSqlQuery mode(connection());
    if (!mode.exec(u"PRAGMA journal_mode"_s) || !mode.next() || mode.value(0).toString().toLower() != u"wal")
        return fail(QCoreApplication::translate("Database", "%1 cannot use write-ahead logging.").arg(filePath));
    if (!exec({u"CREATE TABLE IF NOT EXISTS schema_version (module TEXT PRIMARY KEY, version INTEGER NOT NULL)"_s}))
        return false;
    return true;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::moduleVersion(const QString &module) const
{
    QSqlQuery query(connection());
    query.prepare(u"SELECT version FROM schema_version WHERE module = ?"_s);
    query.addBindValue(module);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

bool Database::migrate(const Schema &schema)
{
    const int current = moduleVersion(schema.module);
    if (current > schema.latestVersion()) {
        return fail(QCoreApplication::translate("Database",
            "%1 was written by a newer version of Wiredesk (%2 schema %3, this version knows %4). "
            "Open it with that version, or use another profile.")
                        .arg(m_filePath, schema.module)
                        .arg(current)
                        .arg(schema.latestVersion()));
    }
    QSqlDatabase db = connection();
    for (const Migration &step : schema.migrations) {
        if (step.version <= current)
            continue;
        if (!db.transaction())
            return fail(db.lastError().text());
        QSqlQuery record(db);
        record.prepare(u"INSERT INTO schema_version(module, version) VALUES(?, ?) "
                       u"ON CONFLICT(module) DO UPDATE SET version = excluded.version"_s);
        record.addBindValue(schema.module);
        record.addBindValue(step.version);
        if (!exec(step.statements) || !record.exec()) {
            const QString why = m_error.isEmpty() ? record.lastError().text() : m_error;
            db.rollback();
            return fail(QCoreApplication::translate("Database", "Upgrading %1 to %2 schema %3 failed: %4")
                            .arg(m_filePath, schema.module)
                            .arg(step.version)
                            .arg(why));
        }
        if (!db.commit())
            return fail(db.lastError().text());
    }
    return true;
}

bool Database::exec(const QStringList &statements)
{
    QSqlDatabase db = connection();
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return fail(query.lastError().text() + u" — "_s + statement.left(120));
    }
    return true;
}

bool Database::fail(const QString &message)
{
    m_error = message;
    return false;
}

} // namespace Wiredesk
