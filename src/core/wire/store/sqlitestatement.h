#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Wiredesk {

/// A prepared statement on a raw sqlite3 connection, finalized on destruction.
///
/// The wire store talks to SQLite through the C API instead of QSqlQuery on its hot paths
/// (ingest, inbox pages): binding through QVariant and copying every column into a
/// QSqlRecord costs more than the SQL itself at tens of thousands of rows per second.
/// Statements are reset (not re-prepared) between uses.
class SqliteStatement final
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    Q_DISABLE_COPY(SqliteStatement)
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;

    bool isValid() const { return m_stmt != nullptr; }
    QString errorString() const { return m_error; }

    /// Clears bindings and resets for another run.
    void reset();
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, const QString &value);    ///< a null QString binds NULL
    SqliteStatement &bind(int index, const QByteArray &value); ///< as BLOB; null binds NULL
    SqliteStatement &bindNull(int index);

    /// Steps once: true when a row is available. Errors are kept in errorString().
    bool next();
    /// Steps to completion; false on error.
    bool exec();
    bool failed() const { return !m_error.isEmpty(); }

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
    /// The bytes of the bound texts and blobs, kept until reset(): SQLite then binds them
    /// without a copy of its own (a text bound with SQLITE_TRANSIENT was copied once more
    /// after the UTF-8 conversion; ~18 texts per stored item).
    std::vector<QByteArray> m_bound;
};

} // namespace Wiredesk
