#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Wiredesk {

/// Bodies of checked pages kept content-addressed, so a fact-checker can later prove what a
/// page said when it was checked: <folder>/ab/cdef… named by the SHA-256 of the body, written
/// atomically (QSaveFile), next to a small JSON sidecar (<hash>.json) with the URL, final URL,
/// status, content type and fetch time. The same body fetched again is not written twice; the
/// sidecar keeps the first fetch and lists later ones under "seenAgain".
class SnapshotStore final
{
    Q_DECLARE_TR_FUNCTIONS(Wiredesk::SnapshotStore)

public:
    struct Fetch {
        QString url;
        QString finalUrl;
        int status = 0;
        QString contentType;
        QDateTime fetchedAt;
        bool truncated = false;
    };

    /// @p folder is usually Profile::snapshotFolder(); created on the first store().
    explicit SnapshotStore(const QString &folder);

    QString folder() const { return m_folder; }

    /// Stores @p body and returns its SHA-256 (lower-case hex); empty with errorString() set
    /// when the file could not be written.
    QString store(const QByteArray &body, const Fetch &fetch);

    bool contains(const QString &sha256) const;
    /// The stored body; empty when absent or when @p sha256 is not a SHA-256 hex string.
    QByteArray read(const QString &sha256) const;
    /// The sidecar; empty when absent.
    QJsonObject metadata(const QString &sha256) const;
    /// Where the body of @p sha256 lives; empty for anything but 64 hex digits.
    QString pathFor(const QString &sha256) const;

    static QString sha256Of(const QByteArray &body);
    QString errorString() const { return m_error; }

private:
    QString m_folder;
    QString m_error;
};

} // namespace Wiredesk
