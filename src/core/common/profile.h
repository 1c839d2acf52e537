#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace Wiredesk {

/// A profile is a folder holding everything one desk works with: the SQLite store
/// (wiredesk.sqlite, WAL), the drop folder for wire files, link-check snapshots, template
/// overrides and the personal dictionary. Only one process uses a profile at a time.
class Profile final
{
public:
    Profile() = default;
    Q_DISABLE_COPY_MOVE(Profile)

    /// The profile used when none is named: under QStandardPaths::AppDataLocation.
    static QString defaultLocation();

    /// Creates the folder layout if needed and takes the profile's lock.
    bool open(const QString &folder);

    QString path() const { return m_path; }
    QString databasePath() const;
    QString dropFolder() const;
    QString snapshotFolder() const;
    QString templateFolder() const;
    QString personalDictionaryPath() const;
    QString errorString() const { return m_error; }

private:
    QString m_path;
    QString m_error;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Wiredesk
