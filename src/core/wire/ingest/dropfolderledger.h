#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace Wiredesk {

/// Remembers which files of drop folders were already ingested, so each file is read once
/// and a rewritten file (other size, time or content) is read again.
///
/// Agencies deliver by FTP/SFTP into a folder and rarely delete what they delivered, so the
/// folder is rescanned on every change and every poll; the ledger turns that into "only the
/// new and rewritten files". A file is identified by its absolute path and fingerprinted by
/// (size, mtime, SHA-256 of its bytes): when size and time are unchanged the file is not
/// even read; when only the time changed but the hash is the same, it is not parsed again.
/// A file that failed keeps its error, so a broken file gives one clear error and is not
/// retried until it is rewritten. The ledger is saved as a small JSON file beside the store.
class DropFolderLedger final
{
public:
    struct Entry {
        qint64 size = -1;
        QDateTime modified;
        QByteArray sha256;
        QString error; ///< why the file could not be ingested; empty when it was
    };

    DropFolderLedger() = default;
    explicit DropFolderLedger(const QString &filePath);

    bool load();
    bool save() const;
    QString filePath() const { return m_path; }

    /// Whether (size, modified) match the entry: nothing to do for this file.
    bool isUnchanged(const QString &path, qint64 size, const QDateTime &modified) const;
    const Entry *entry(const QString &path) const;
    void record(const QString &path, const Entry &entry);
    void forget(const QString &path);
    QHash<QString, Entry> entries() const { return m_entries; }

private:
    QString m_path;
    QHash<QString, Entry> m_entries;
};

} // namespace Wiredesk
