#pragma once

#include "migration.h"

#include <QSqlDatabase>
#include <QString>

namespace Wiredesk {

/// A connection to a profile's SQLite file, opened in WAL mode with foreign keys on.
///
/// QSqlDatabase connections belong to the thread that opened them, so every thread that
/// touches the store opens its own Database on the same file. Schemas are applied with
/// migrate(); a file written by a newer Wiredesk (a module version above what this build
/// knows) is refused with a clear error instead of being touched.
class Database final
{
public:
    Database() = default;
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// Opens (creating if needed) the file. Returns false and sets errorString() on failure.
    bool open(const QString &filePath);
    void close();
    bool isOpen() const;

    /// Brings @p schema up to its latest version. Fails without changes when the file
    /// carries a newer version of the module than this build knows.
    bool migrate(const Schema &schema);
    /// The version of @p module stored in the file (0 when never migrated).
    int moduleVersion(const QString &module) const;

    QSqlDatabase connection() const;
    QString filePath() const { return m_filePath; }
    QString errorString() const { return m_error; }

    /// Executes @p statements in order. Sets errorString() on the first failure.
    bool exec(const QStringList &statements);

private:
    bool fail(const QString &message);

    QString m_connectionName;
    QString m_filePath;
    QString m_error;
};

} // namespace Wiredesk
